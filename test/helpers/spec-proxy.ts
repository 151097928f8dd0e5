import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SpecChecker } from './openapi.js'

/**
 * A proxy in front of a TMI (the emulator) that checks every exchange through it against the
 * official spec: for the binary, which takes a URL and no fetch to wrap.
 */
export async function specProxy(
  target: string,
): Promise<{ url: string; checker: SpecChecker; close(): Promise<void> }> {
  const checker = new SpecChecker()
  const checked = checker.fetch()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined
      checked(`${target}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
        redirect: 'manual',
      })
        .then(async (answer) => {
          const text = await answer.text()
          const out: Record<string, string> = {}
          answer.headers.forEach((v, k) => {
            if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k))
              out[k] = v
          })
          res.writeHead(answer.status, out)
          res.end(text)
        })
        .catch((e: unknown) => {
          res.writeHead(502)
          res.end(String(e))
        })
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    checker,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

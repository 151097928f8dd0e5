import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse, type RequestHandler } from 'msw'

/**
 * A fake's msw handlers on a real port, for a child process (the action's bundle) to reach: msw
 * intercepts only inside the process that set it up. The handlers are given once the URL is known.
 */
export async function serveOverHttp(): Promise<{
  url: string
  use(handlers: RequestHandler[]): void
  close(): Promise<void>
}> {
  let handlers: RequestHandler[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks)
        const headers = new Headers()
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
        const request = new Request(new URL(req.url ?? '/', url), {
          method: req.method ?? 'GET',
          headers,
          ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
        })
        const response =
          (await getResponse(handlers, request)) ?? new Response('{"message":"Not Found"}', { status: 404 })
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    use: (h) => (handlers = h),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeTransportWith } from '../../src/tmi/transport.js'
import { PROJECT } from '../helpers/shared.js'

// The HTTP/1.1 client the request core talks to TMI with, against a server that writes its
// answers byte for byte as HTTP allows them: framed by length, chunked, or by closing; in pieces.
let server: Server | undefined
afterEach(() => server?.close())

/** A server answering each request (head and body read whole) with `answer(head, body)`, in `pieces`. */
async function rawServer(
  answer: (head: string, body: string, socket: Socket) => string | undefined,
  pieces = 1,
): Promise<{ url: URL; connections: () => number; requests: string[] }> {
  const requests: string[] = []
  let connections = 0
  server = createServer((socket) => {
    connections++
    let buffer = ''
    socket.on('data', (chunk) => {
      buffer += String(chunk)
      for (let end; (end = buffer.indexOf('\r\n\r\n')) >= 0;) {
        const head = buffer.slice(0, end)
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0)
        if (buffer.length < end + 4 + length) return
        const body = buffer.slice(end + 4, end + 4 + length)
        buffer = buffer.slice(end + 4 + length)
        requests.push(head)
        const text = answer(head, body, socket)
        if (text === undefined) continue
        // In `pieces` writes, each after the last has gone out: a parser must wait for the rest.
        const size = Math.ceil(text.length / pieces)
        const parts = Array.from({ length: pieces }, (_, i) => text.slice(i * size, (i + 1) * size))
        const next = () => {
          const part = parts.shift()
          if (part === undefined) return
          socket.write(part, () => setTimeout(next, 1))
        }
        next()
      }
    })
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return { url: new URL(`http://127.0.0.1:${port}/x?y=1`), connections: () => connections, requests }
}

const init = { headers: { Accept: 'application/json' }, timeoutMs: 5_000 }
const ok = (body: string, extra = '') =>
  `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`

describe('the HTTP/1.1 client', () => {
  it('reads answers framed by length, in pieces, and keeps the connection', async () => {
    const s = await rawServer(() => ok('{"a":"ünïcode"}', 'X-RateLimit-Remaining: 7\r\n'), 7)
    const transport = nodeTransportWith()
    for (let i = 0; i < 3; i++) {
      const r = await transport(s.url, { ...init, method: 'GET' })
      expect([r.status, r.headers.get('x-ratelimit-remaining'), await r.text()]).toEqual([
        200,
        '7',
        '{"a":"ünïcode"}',
      ])
    }
    expect(s.connections()).toBe(1)
    expect(s.requests[0]).toMatch(
      /^GET \/x\?y=1 HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\nAccept: application\/json$/,
    )
  })

  it('reads a chunked answer, with extensions and trailers, a byte at a time', async () => {
    const chunks = ['{"items":[', '1,2,3'.repeat(50), ']}']
    const body =
      chunks.map((c) => `${c.length.toString(16)};ext=1\r\n${c}\r\n`).join('') + '0\r\nX-Trailer: t\r\n\r\n'
    const s = await rawServer(
      () => `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body}`,
      body.length,
    )
    const transport = nodeTransportWith()
    const r = await transport(s.url, { ...init, method: 'GET' })
    expect(await r.text()).toBe(chunks.join(''))
    // The connection is reused: the answer ended where its framing said.
    expect(await (await transport(s.url, { ...init, method: 'GET' })).text()).toBe(chunks.join(''))
    expect(s.connections()).toBe(1)
  }, 20_000)

  it('reads a large chunked answer in big pieces', async () => {
    const big = 'x'.repeat(3_000_000)
    const body = `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`
    const s = await rawServer(() => `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body}`, 40)
    const r = await nodeTransportWith()(s.url, { ...init, method: 'GET' })
    expect((await r.text()).length).toBe(big.length)
  })

  it('skips interim answers, reads bodiless ones, and one that ends by closing', async () => {
    const s = await rawServer((head, _body, socket) => {
      if (head.startsWith('HEAD')) return 'HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n'
      if (head.startsWith('DELETE')) return 'HTTP/1.1 204 No Content\r\n\r\n'
      if (head.startsWith('PUT')) {
        socket.end('HTTP/1.1 200 OK\r\n\r\n{"until":"close"}')
        return undefined
      }
      return `HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n${ok('{}')}`
    })
    const transport = nodeTransportWith()
    const get = await transport(s.url, { ...init, method: 'GET' })
    expect([get.status, await get.text()]).toEqual([200, '{}'])
    const head = await transport(s.url, { ...init, method: 'HEAD' })
    expect([head.status, await head.text()]).toEqual([200, ''])
    const del = await transport(s.url, { ...init, method: 'DELETE' })
    expect([del.status, await del.text()]).toEqual([204, ''])
    const put = await transport(s.url, { ...init, method: 'PUT', body: '{"a":1}' })
    expect(await put.text()).toBe('{"until":"close"}')
    expect(s.requests.at(-1)).toContain('Content-Length: 7')
    // After an answer that ended by closing, a new connection.
    expect(await (await transport(s.url, { ...init, method: 'GET' })).text()).toBe('{}')
    expect(s.connections()).toBe(2)
  })

  it('opens a new connection after "Connection: close"', async () => {
    const s = await rawServer((_h, _b, socket) => {
      socket.end(ok('{}', 'Connection: close\r\n'))
      return undefined
    })
    const transport = nodeTransportWith()
    for (let i = 0; i < 2; i++) expect((await transport(s.url, { ...init, method: 'GET' })).status).toBe(200)
    expect(s.connections()).toBe(2)
  })

  it('refuses a header that would end its line, and an answer that is not HTTP', async () => {
    const s = await rawServer(() => 'SSH-2.0-OpenSSH\r\n\r\n')
    const transport = nodeTransportWith()
    await expect(
      transport(s.url, { ...init, method: 'GET', headers: { Authorization: 'Bearer x\r\nX-Evil: 1' } }),
    ).rejects.toThrow('refused to send a malformed header "Authorization"')
    expect(s.requests).toEqual([])
    await expect(transport(s.url, { ...init, method: 'GET' })).rejects.toThrow('not HTTP/1.1')
  })

  it('says which connection failure it met, with its code', async () => {
    const s = await rawServer(() => undefined)
    const port = s.url.port
    server!.close()
    await new Promise((r) => setTimeout(r, 50))
    const e = (await nodeTransportWith()(new URL(`http://127.0.0.1:${port}/x`), {
      ...init,
      method: 'GET',
    }).catch((x: unknown) => x)) as Error & { cause?: { code?: string } }
    expect(e.cause?.code).toBe('ECONNREFUSED')
  })

  describe('over TLS', () => {
    // A self-signed certificate for localhost, made for this test (openssl req -x509, P-256, 100 years).
    const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgofgO8eVRQYAa8mrS
s+LsidNzLhKu5oulFxLKII/XwgahRANCAAQWK1PwiLOm8VmJWWUZqIz/9xK7/ZK9
Zj6+rivb7CJcWj1SUNp/8mshyye5LXaBcKMsMPNshZ7XjddAUsPTgZYR
-----END PRIVATE KEY-----`
    const CERT = `-----BEGIN CERTIFICATE-----
MIIBljCCATugAwIBAgIUWM7kT88rfToreKR762Lm4fn+UqEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwODAwNTQxOVoYDzIxMjYxMTE0
MDA1NDE5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQWK1PwiLOm8VmJWWUZqIz/9xK7/ZK9Zj6+rivb7CJcWj1SUNp/8msh
yye5LXaBcKMsMPNshZ7XjddAUsPTgZYRo2kwZzAdBgNVHQ4EFgQUOY4XMtQ6zw1f
ICHkkLXiauh6Kg4wHwYDVR0jBBgwFoAUOY4XMtQ6zw1fICHkkLXiauh6Kg4wDwYD
VR0TAQH/BAUwAwEB/zAUBgNVHREEDTALgglsb2NhbGhvc3QwCgYIKoZIzj0EAwID
SQAwRgIhALge1dGzh7AnSsJ77qGx/0zsiQ2R5fLACqKbg9jjQatRAiEAj4Xszx/l
mi1MhscNXxr7ageiUGWPfRlVFWKZdUmAu+M=
-----END CERTIFICATE-----`
    async function tlsServer(): Promise<number> {
      const tls = createTlsServer({ key: KEY, cert: CERT }, (socket) => {
        let head = ''
        socket.on('data', (chunk) => {
          head += String(chunk)
          if (head.includes('\r\n\r\n'))
            socket.write(ok(JSON.stringify({ host: /^Host: (.*)$/m.exec(head)?.[1] })))
        })
      })
      server = tls
      await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r))
      return (tls.address() as AddressInfo).port
    }

    it('refuses a certificate it cannot verify, before sending anything', async () => {
      const port = await tlsServer()
      const e = (await nodeTransportWith()(new URL(`https://localhost:${port}/x`), {
        ...init,
        method: 'GET',
      }).catch((x: unknown) => x)) as Error & { cause?: { code?: string } }
      expect(e.cause?.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
    })

    const dist = `${PROJECT}dist/tmi/transport.js`
    it.runIf(existsSync(dist) || process.env.CI === 'true')(
      'speaks HTTP over a verified connection, named by SNI, with a CA trusted the way Node trusts one',
      async () => {
        const port = await tlsServer()
        const ca = join(mkdtempSync(join(tmpdir(), 'tmi-sync-tls-')), 'ca.pem')
        writeFileSync(ca, CERT)
        // NODE_EXTRA_CA_CERTS is read when a process starts: the client runs in one of its own.
        const child = spawn(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const { nodeTransport } = await import(${JSON.stringify(dist)})
            const r = await nodeTransport(new URL('https://localhost:${port}/x'), { method: 'GET', headers: {}, timeoutMs: 5000 })
            console.log(r.status, await r.text())`,
          ],
          { env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, stdio: ['ignore', 'pipe', 'pipe'] },
        )
        let out = ''
        child.stdout.on('data', (c) => (out += String(c)))
        child.stderr.on('data', (c) => (out += String(c)))
        await new Promise((r) => child.on('close', r))
        expect(out.trim()).toBe(`200 {"host":"localhost:${port}"}`)
      },
    )
  })
})

import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { clientCredentials, staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

/** Small HTTP servers that misbehave as a real network can: redirect, hang, fail once. */
const servers: Server[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

async function serve(
  handle: (req: {
    method: string
    url: string
    body: string
    headers: Record<string, unknown>
  }) => { status: number; headers?: Record<string, string>; body?: string } | 'hang',
): Promise<{
  url: string
  seen: Array<{ method: string; url: string; body: string; headers: Record<string, unknown> }>
}> {
  const seen: Array<{ method: string; url: string; body: string; headers: Record<string, unknown> }> = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', (c: string) => (body += c))
    req.on('end', () => {
      const r = { method: req.method ?? 'GET', url: req.url ?? '/', body, headers: req.headers }
      seen.push(r)
      const answer = handle(r)
      if (answer === 'hang') return
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
      res.end(answer.body ?? '{}')
    })
  })
  servers.push(server)
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

describe('credentials never follow a redirect', () => {
  it('does not replay the client secret to the origin a token redirect names', async () => {
    const elsewhere = await serve(() => ({ status: 200, body: '{"access_token":"x","expires_in":60}' }))
    const tmi = await serve(() => ({ status: 307, headers: { Location: `${elsewhere.url}/steal` } }))
    const source = clientCredentials({ baseUrl: tmi.url, clientId: 'ci', clientSecret: 'top-secret-value' })
    const e = (await source.token().catch((x: unknown) => x)) as Error
    expect(e.message).toBe(
      `TMI redirected POST /oauth2/token to ${elsewhere.url}/steal: not followed, so no credentials went there; check the TMI URL (it may need https:// or a path)`,
    )
    expect(elsewhere.seen).toEqual([])
    expect(e.message).not.toContain('top-secret-value')
  })

  it('does not carry a bearer token along an API redirect', async () => {
    const elsewhere = await serve(() => ({ status: 200, body: '{"threat_models":[],"total":0}' }))
    const tmi = await serve(() => ({ status: 302, headers: { Location: `${elsewhere.url}/threat_models` } }))
    const client = new TmiClient({ baseUrl: tmi.url, auth: staticToken('bearer-secret') })
    await expect(client.all(client.listThreatModels())).rejects.toThrow(
      /TMI redirected GET \/threat_models to/,
    )
    expect(elsewhere.seen).toEqual([])
  })
})

describe('a TMI that never answers', () => {
  it('times out each attempt, retries reads a bounded number of times, then says so in one line', async () => {
    const hanging = await serve(() => 'hang')
    const client = new TmiClient({
      baseUrl: hanging.url,
      auth: staticToken('t'),
      timeoutMs: 200,
      retry: { attempts: 2, baseDelayMs: 1 },
    })
    const started = Date.now()
    await expect(client.me()).rejects.toThrow(
      'cannot reach TMI: GET /me: no answer within 0.2 s (TMI_SYNC_TIMEOUT to wait longer)',
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(hanging.seen).toHaveLength(2)
  })

  it('times out an answer whose body never finishes, and one line says why when it is cut off', async () => {
    // The head comes at once; then the body stalls, or the connection drops half-way.
    let mode: 'stall' | 'drop' = 'stall'
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' })
      res.write('{"provider":')
      if (mode === 'drop') setTimeout(() => res.socket?.destroy(), 20)
    })
    servers.push(server)
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const client = new TmiClient({
      baseUrl: url,
      auth: staticToken('t'),
      timeoutMs: 200,
      retry: { attempts: 2, baseDelayMs: 1 },
    })
    await expect(client.me()).rejects.toThrow(
      'cannot reach TMI: GET /me: no answer within 0.2 s (TMI_SYNC_TIMEOUT to wait longer)',
    )
    mode = 'drop'
    const e = (await client.me().catch((x: unknown) => x)) as Error
    expect(e.message).toMatch(/^cannot reach TMI: GET \/me: \S.*$/)
    expect(e.message).not.toMatch(/no answer within|\n/)
  })

  it('ends a plan through the binary after TMI_SYNC_TIMEOUT', async () => {
    const hanging = await serve(() => 'hang')
    const started = Date.now()
    const r = await runCliAsync(['plan', `${PROJECT}fixtures/small`], {
      env: { TMI_URL: hanging.url, TMI_TOKEN: 't', TMI_SYNC_TIMEOUT: '0.3' },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^tmi-sync: cannot reach TMI: GET \/threat_models: no answer within 0\.3 s/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(15_000)
  })
})

describe('the token request', () => {
  it('has the same deadline as every other request (TMI_SYNC_TIMEOUT)', async () => {
    const hanging = await serve(() => 'hang')
    const started = Date.now()
    const r = await runCliAsync(['plan', `${PROJECT}fixtures/small`], {
      env: {
        TMI_URL: hanging.url,
        TMI_TOKEN: undefined,
        TMI_CLIENT_ID: 'ci',
        TMI_CLIENT_SECRET: 'client-secret',
        TMI_SYNC_TIMEOUT: '0.3',
      },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^tmi-sync: cannot reach TMI: POST \/oauth2\/token: no answer within 0\.3 s/)
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('retries a 503 as any other request would', async () => {
    let calls = 0
    const tmi = await serve(() =>
      ++calls === 1
        ? { status: 503, headers: { 'Retry-After': '0' }, body: '{"error":"service_unavailable"}' }
        : {
            status: 200,
            body: '{"access_token":"fresh","refresh_token":"","token_type":"bearer","expires_in":60}',
          },
    )
    const source = clientCredentials({ baseUrl: tmi.url, clientId: 'ci', clientSecret: 's' })
    expect(await source.token()).toBe('fresh')
    expect(calls).toBe(2)
  })
})

describe('a Git host that never answers', () => {
  it('ends every provider request after TMI_SYNC_TIMEOUT, in one clear line', async () => {
    const { openRepository } = await import('../../src/providers/open.js')
    const { parseSource } = await import('../../src/providers/source.js')
    const hanging = await serve(() => 'hang')
    const env = {
      TMI_SYNC_TIMEOUT: '0.2',
      GITHUB_API_URL: hanging.url,
      GITLAB_URL: hanging.url,
      BITBUCKET_API_URL: hanging.url,
    }
    // GitHub through the adapter itself, without Octokit's retries of a failed read (seconds apart).
    const { GitHubRepository } = await import('../../src/providers/github.js')
    const github = new GitHubRepository('acme/models', {
      baseUrl: hanging.url,
      timeoutMs: 200,
      retry: { retries: 0 },
    })
    await expect(github.resolve('main')).rejects.toThrow(/did not answer GET \S+ within 0\.2 s/)
    for (const source of ['gitlab:acme/models@main', 'bitbucket:acme/models@main']) {
      const spec = parseSource(source)
      if (spec.kind === 'local') throw new Error('not remote')
      const started = Date.now()
      const opened = await openRepository(spec, env)
      const e = (await opened.repository.resolve('main').catch((x: unknown) => x)) as Error
      expect(e.message, source).toMatch(
        /did not answer GET \S+ within 0\.2 s \(TMI_SYNC_TIMEOUT to wait longer\)/,
      )
      expect(Date.now() - started, source).toBeLessThan(8000)
      await opened.close()
    }
  })
})

describe('secrets a server echoes, and credentials in URLs', () => {
  it('never prints a token or client secret a server echoes back, TMI or a Git host', async () => {
    const echo = await serve((r) => ({
      status: r.url.startsWith('/oauth2/token') ? 401 : 403,
      body: JSON.stringify({
        error: 'forbidden',
        error_description: `you sent ${String(r.headers.authorization)} and ${r.body}`,
        message: `Bad credentials ${String(r.headers.authorization)}`,
      }),
    }))
    const token = await runCliAsync(['plan', `${PROJECT}fixtures/small`], {
      env: { TMI_URL: echo.url, TMI_TOKEN: 'tmi-token-value-1234' },
    })
    expect(token.code).toBe(1)
    expect(token.stderr).toContain('***')
    expect(token.stderr).not.toContain('tmi-token-value-1234')
    const secret = await runCliAsync(['plan', `${PROJECT}fixtures/small`], {
      env: {
        TMI_URL: echo.url,
        TMI_TOKEN: undefined,
        TMI_CLIENT_ID: 'ci',
        TMI_CLIENT_SECRET: 'client-secret-5678',
      },
    })
    expect(secret.code).toBe(1)
    expect(secret.stderr).not.toMatch(/client-secret-5678|client-secret%2D5678/)
    const github = await runCliAsync(['validate', 'github:acme/models@main'], {
      env: { GITHUB_API_URL: echo.url, GITHUB_TOKEN: 'ghp_github-token-9012' },
    })
    expect(github.code).not.toBe(0)
    expect(github.stdout + github.stderr).not.toContain('ghp_github-token-9012')
  })

  it('refuses a TMI URL that carries credentials, in one line that does not show them', async () => {
    const r = await runCliAsync(['plan', `${PROJECT}fixtures/small`], {
      env: { TMI_URL: 'https://admin:hunter2-password@tmi.example.com', TMI_TOKEN: 't' },
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'tmi-sync: the TMI URL https://tmi.example.com carries credentials (user:password@), which tmi-sync never sends: sign in with "tmi-sync login", or set TMI_TOKEN\n',
    )
  })

  it('keeps the path of a TMI URL behind a proxy (https://host/tmi)', async () => {
    const prefixed = await serve((r) =>
      r.url === '/tmi/me'
        ? {
            status: 200,
            body: '{"provider":"tmi","provider_id":"p","email":"p@tmi.local","display_name":"P"}',
          }
        : { status: 404 },
    )
    const client = new TmiClient({ baseUrl: `${prefixed.url}/tmi/`, auth: staticToken('t') })
    expect((await client.me()).provider_id).toBe('p')
  })
})

describe('a kept-alive connection the server closes as it is reused', () => {
  // As a server does when its idle timeout ends the connection just as the next request goes out:
  // here the second request on a connection finds it closed, with no answer.
  async function closingServer() {
    const handled: string[] = []
    const seen = new WeakMap<object, number>()
    const server = createServer((req, res) => {
      const n = (seen.get(req.socket) ?? 0) + 1
      seen.set(req.socket, n)
      if (n > 1) {
        req.socket.destroy()
        return
      }
      let body = ''
      req.on('data', (c: Buffer) => (body += String(c)))
      req.on('end', () => {
        handled.push(`${req.method} ${body}`)
        res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' })
        res.end('{}')
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`)
    return { handled, url, close: () => (server.closeAllConnections(), server.close()) }
  }
  const init = { headers: {}, timeoutMs: 5_000 }

  it('sends a read again on a new connection, once, instead of failing with a hang-up', async () => {
    const s = await closingServer()
    const { nodeTransport } = await import('../../src/tmi/transport.js')
    try {
      expect((await nodeTransport(s.url, { ...init, method: 'GET' })).status).toBe(200)
      expect((await nodeTransport(s.url, { ...init, method: 'PUT', body: '{"a":1}' })).status).toBe(200)
      expect(s.handled).toEqual(['GET ', 'PUT {"a":1}'])
    } finally {
      s.close()
    }
  })

  it('never sends a POST twice: the server may have acted on it', async () => {
    const s = await closingServer()
    const { nodeTransport } = await import('../../src/tmi/transport.js')
    try {
      await nodeTransport(s.url, { ...init, method: 'GET' })
      await expect(nodeTransport(s.url, { ...init, method: 'POST', body: '{}' })).rejects.toThrow(
        /socket hang up/,
      )
      expect(s.handled).toEqual(['GET '])
    } finally {
      s.close()
    }
  })

  it('closes an idle connection itself before a server with a 5 s idle timeout does', async () => {
    let posts = 0
    const server = createServer((req, res) => {
      if (req.method === 'POST') posts++
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    server.keepAliveTimeout = 5_000
    let connections = 0
    server.on('connection', () => connections++)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { nodeTransport, IDLE_CONNECTION_MS } = await import('../../src/tmi/transport.js')
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`)
    try {
      await nodeTransport(url, { ...init, method: 'GET' })
      // Idle past our limit, near the server's: the POST goes on a new connection, not the old one
      // the server is about to close (where it would race the close, and be lost).
      await new Promise((r) => setTimeout(r, IDLE_CONNECTION_MS + 500))
      expect((await nodeTransport(url, { ...init, method: 'POST', body: '{}' })).status).toBe(200)
      expect([posts, connections]).toEqual([1, 2])
    } finally {
      server.closeAllConnections()
      server.close()
    }
  }, 15_000)

  it('closes an idle connection itself even when the event loop was busy past the server closing it', async () => {
    // The server in its own process, as TMI is, so its idle timer runs while ours cannot; and like
    // Go's (TMI's) it closes an idle connection after a while without announcing when (no
    // Keep-Alive header for Node's agent to go by).
    const server = spawn(
      process.execPath,
      [
        '-e',
        `let posts = 0
        require('node:net').createServer((socket) => {
          let buffer = ''
          let idle
          socket.on('data', (chunk) => {
            buffer += chunk
            for (let end; (end = buffer.indexOf('\\r\\n\\r\\n')) >= 0; ) {
              const head = buffer.slice(0, end)
              const length = Number(/content-length: *(\\d+)/i.exec(head)?.[1] ?? 0)
              if (buffer.length < end + 4 + length) return
              buffer = buffer.slice(end + 4 + length)
              if (head.startsWith('POST')) posts++
              const body = JSON.stringify({ posts })
              socket.write('HTTP/1.1 200 OK\\r\\ncontent-length: ' + body.length + '\\r\\n\\r\\n' + body)
              clearTimeout(idle)
              idle = setTimeout(() => socket.destroy(), 300)
            }
          })
        }).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const port = await new Promise<string>((r) => server.stdout.once('data', (c) => r(String(c).trim())))
    const { nodeTransportWith } = await import('../../src/tmi/transport.js')
    const transport = nodeTransportWith({ idleConnectionMs: 200 })
    const url = new URL(`http://127.0.0.1:${port}/x`)
    try {
      await transport(url, { ...init, method: 'GET' })
      // Synchronous work (ten thousand models diffed): no timer of ours runs, and the server
      // closes the connection meanwhile. The POST must not go out on it, and is made once.
      const until = Date.now() + 900
      while (Date.now() < until);
      const answer = await transport(url, { ...init, method: 'POST', body: '{}' })
      expect([answer.status, await answer.text()]).toEqual([200, '{"posts":1}'])
    } finally {
      server.kill()
    }
  })
})

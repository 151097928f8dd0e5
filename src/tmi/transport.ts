import http from 'node:http'
import https from 'node:https'
import { once } from 'node:events'
import type { Socket } from 'node:net'

/** What the request core needs of one HTTP exchange; `fetch` and `nodeTransport` both give it. */
export interface Exchange {
  status: number
  headers: Headers
  text(): Promise<string>
  /** The body is not wanted (a redirect): free the connection. */
  discard(): Promise<void>
}

export interface ExchangeInit {
  method: string
  headers: Record<string, string>
  body?: string
  timeoutMs: number
}

export type Transport = (url: URL, init: ExchangeInit) => Promise<Exchange>

/** A network failure as `fetch` reports one: its reason's code (ECONNREFUSED …) on `cause`. */
export class TransportError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause })
  }
}

/** No answer within the deadline (the name `fetch` gives its own, which TmiNetworkError reads). */
export class TransportTimeout extends Error {
  override name = 'TimeoutError'
}

/**
 * A kept-alive connection idle this long is closed by us, before the server closes it (Node's
 * servers after 5 s; Go's IdleTimeout): a request sent on a connection the server is closing fails
 * with a reset, and for a POST nobody can tell whether the server read it.
 */
export const IDLE_CONNECTION_MS = 4_000

/** Sent again after a reset on a reused connection: a second copy of these changes nothing. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])

/**
 * Node's own HTTP client with keep-alive: a no-op plan of 2,000 models is 6,000 GETs, and `fetch`
 * costs about twice the CPU per request (its streams, its abort signals) for nothing we use.
 * Redirects are never followed: one would carry the bearer token to wherever it points.
 */
export function nodeTransportWith({ idleConnectionMs = IDLE_CONNECTION_MS } = {}): Transport {
  const agents = {
    'http:': idleLimited(new http.Agent({ keepAlive: true, timeout: idleConnectionMs }), idleConnectionMs),
    'https:': idleLimited(new https.Agent({ keepAlive: true, timeout: idleConnectionMs }), idleConnectionMs),
  }
  const exchange = exchangeWith(agents)
  return async (url, init) => {
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:']
    await agent.closeIdle()
    return exchange(url, init).catch((e: unknown) => {
      // A kept-alive connection the server closed as this request went out on it fails before any
      // answer with a reset. A read or a full replace is sent again, once, on a new connection (Node's
      // advice); a POST is not: the server may have acted on it, and apply converges on a rerun.
      if (e instanceof StaleConnection && IDEMPOTENT.has(init.method.toUpperCase()))
        return exchange(url, init)
      throw e
    })
  }
}

export const nodeTransport: Transport = nodeTransportWith()

type IdleLimited<A extends http.Agent> = A & { closeIdle(): Promise<void> }

/**
 * The agent's own timer closes a connection idle past the limit, but only when the event loop
 * runs: after a long synchronous stretch (ten thousand models diffed) a POST would go out on a
 * connection the server closed meanwhile, and fail. So before each request, connections idle too
 * long are closed, and forgotten by the agent, first.
 */
function idleLimited<A extends http.Agent>(agent: A, idleMs: number): IdleLimited<A> {
  const idleSince = new WeakMap<Socket, number>()
  const keepSocketAlive = agent.keepSocketAlive.bind(agent)
  agent.keepSocketAlive = (socket: Socket) => {
    idleSince.set(socket, performance.now())
    return keepSocketAlive(socket)
  }
  return Object.assign(agent, {
    async closeIdle(): Promise<void> {
      const now = performance.now()
      const stale = Object.values(agent.freeSockets)
        .flatMap((sockets) => sockets ?? [])
        .filter((s) => now - (idleSince.get(s) ?? now) >= idleMs)
      // The agent forgets a socket when it closes, not when it is destroyed: wait for that.
      await Promise.all(
        stale.map((s) => {
          const closed = once(s, 'close')
          s.destroy()
          return closed
        }),
      )
    },
  })
}

/** The request failed on a reused connection before any byte of an answer (see `nodeTransportWith`). */
class StaleConnection extends TransportError {}

function exchangeWith(agents: Record<'http:' | 'https:', http.Agent>): Transport {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const client = url.protocol === 'https:' ? https : http
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:']
      const headers: Record<string, string> = { ...init.headers }
      if (init.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(init.body))
      // Once the answer's head is in, a failure belongs to its body (a promise settles once).
      let timedOut = false
      const req = client.request(url, { method: init.method, headers, agent }, (res) => {
        const chunks: Buffer[] = []
        const body = new Promise<string>((done, failed) => {
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            clearTimeout(timer)
            done(Buffer.concat(chunks).toString('utf8'))
          })
          const broken = (e?: Error) =>
            failed(
              timedOut
                ? new TransportTimeout(`no answer within ${init.timeoutMs} ms`)
                : new TransportError(e?.message ?? 'the connection closed mid-answer', e),
            )
          res.on('error', broken)
          res.on('aborted', () => broken())
        })
        // Unread until asked for, so an unhandled failure of it must not end the process.
        body.catch(() => undefined)
        resolve({
          status: res.statusCode ?? 0,
          headers: toHeaders(res.rawHeaders),
          text: () => body,
          discard: () => {
            clearTimeout(timer)
            res.resume()
            return Promise.resolve()
          },
        })
      })
      const timer = setTimeout(() => {
        timedOut = true
        req.destroy(new TransportTimeout(`no answer within ${init.timeoutMs} ms`))
      }, init.timeoutMs)
      req.on('error', (e: Error & { code?: string }) => {
        clearTimeout(timer)
        const stale = req.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE')
        reject(
          e instanceof TransportTimeout
            ? e
            : stale
              ? new StaleConnection(e.message, e)
              : new TransportError(e.message, e),
        )
      })
      req.end(init.body)
    })
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers()
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string)
  return headers
}

/** An injected `fetch` (tests, msw) as a transport, with the same deadline and no redirects. */
export function fetchTransport(doFetch: typeof fetch): Transport {
  return async (url, init) => {
    const res = await doFetch(url, {
      method: init.method,
      headers: init.headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(init.timeoutMs),
    })
    return {
      status: res.status,
      headers: res.headers,
      text: () => res.text(),
      discard: async () => {
        await res.body?.cancel()
      },
    }
  }
}

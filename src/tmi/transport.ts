import { AnswerTimeout, ConnectionError, Http1Client, type ResponseHeaders } from './http1.js'

/** What the request core needs of one HTTP exchange; `fetch` and `nodeTransport` both give it. */
export interface Exchange {
  status: number
  headers: ResponseHeaders
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
 * TMI over Node's sockets (http1.ts), with kept-alive connections: a no-op plan of 2,000 models is
 * 6,000 GETs, and `fetch` costs about twice the CPU per request of Node's `http`, which costs
 * about three times that of http1.ts. Redirects are never followed: one would carry the bearer
 * token to wherever it points.
 */
export function nodeTransportWith({ idleConnectionMs = IDLE_CONNECTION_MS } = {}): Transport {
  const client = new Http1Client(idleConnectionMs)
  const exchange: Transport = async (url, init) => {
    try {
      const answer = await client.exchange(url, init)
      return {
        status: answer.status,
        headers: answer.headers,
        text: () => answer.body.catch((e: unknown) => Promise.reject(transportError(e))),
        discard: () => {
          answer.discard()
          return Promise.resolve()
        },
      }
    } catch (e) {
      throw transportError(e)
    }
  }
  return (url, init) =>
    exchange(url, init).catch((e: unknown) => {
      // A kept-alive connection the server closed as this request went out on it fails before any
      // answer. A read or a full replace is sent again, once, on a new connection; a POST is not:
      // the server may have acted on it, and apply converges on a rerun. (Connections idle near
      // the server's limit are never used: http1.ts closes them first.)
      if (e instanceof StaleConnection && IDEMPOTENT.has(init.method.toUpperCase()))
        return exchange(url, init)
      throw e
    })
}

export const nodeTransport: Transport = nodeTransportWith()

/** The request failed on a reused connection before any byte of an answer (see `nodeTransportWith`). */
class StaleConnection extends TransportError {}

function transportError(e: unknown): Error {
  if (e instanceof AnswerTimeout) return new TransportTimeout(e.message)
  if (e instanceof ConnectionError)
    return e.stale ? new StaleConnection(e.message, e.cause) : new TransportError(e.message, e.cause ?? e)
  return e instanceof Error ? e : new TransportError(String(e), e)
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

// tmi/: a small HTTP/1.1 client over Node's sockets, with kept-alive connections, for the request
// core (transport.ts). A no-op plan of 2,000 models is 6,000 GETs: Node's `http` module costs about
// three times the CPU per exchange of writing the request and framing the answer here, and a
// plan uses nothing else of it (no redirects, no proxies, no compression, no upgrades).
import { connect as connectTcp, isIP, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'

/** An answer's head, and its body as it arrives; `done` settles once the body is whole. */
export interface Answer {
  status: number
  headers: ResponseHeaders
  body: Promise<string>
  /** Forget the body (a redirect's): the connection is freed once it has been read. */
  discard(): void
}

/** What the request core reads of an answer's headers (`Headers` is one, for `fetch`). */
export interface ResponseHeaders {
  get(name: string): string | null
  has(name: string): boolean
}

/** A failure of the connection (`cause` is Node's error, with its code), or of the answer's framing. */
export class ConnectionError extends Error {
  readonly stale: boolean
  constructor(message: string, options: { cause?: unknown; stale: boolean }) {
    super(message, options.cause === undefined ? {} : { cause: options.cause })
    this.stale = options.stale
  }
}

export class AnswerTimeout extends Error {
  override name = 'TimeoutError'
}

interface Connection {
  socket: Socket
  /** Set while it waits in the pool. */
  idleSince?: number
  /** The exchange reading from it now. */
  reader?: (chunk: Buffer) => void
  onEnd?: (error?: Error) => void
  /** It has carried an exchange before (a failure before any answer may be a close by the server). */
  reused: boolean
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const MAX_HEAD = 64 * 1024

/** Header names and values go into the request as written: none may end a line or carry a NUL. */
function checkHeader(name: string, value: string): void {
  if (!TOKEN.test(name) || /[\r\n\0]/.test(value))
    throw new ConnectionError(`refused to send a malformed header ${JSON.stringify(name)}`, { stale: false })
}

/** One pool of kept-alive connections per origin; idle ones are closed after `idleMs`. */
export class Http1Client {
  private readonly idle = new Map<string, Connection[]>()
  private readonly idleMs: number

  constructor(idleMs: number) {
    this.idleMs = idleMs
  }

  exchange(
    url: URL,
    init: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number },
  ): Promise<Answer> {
    let head = `${init.method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`
    for (const [name, value] of Object.entries(init.headers)) {
      checkHeader(name, value)
      head += `${name}: ${value}\r\n`
    }
    if (init.body !== undefined || init.method === 'POST' || init.method === 'PUT' || init.method === 'PATCH')
      head += `Content-Length: ${Buffer.byteLength(init.body ?? '')}\r\n`
    const request = `${head}\r\n${init.body ?? ''}`
    const origin = `${url.protocol}//${url.host}`
    const connection = this.take(origin) ?? this.open(url)
    return this.send(origin, connection, request, init.method === 'HEAD', init.timeoutMs)
  }

  /** A kept-alive connection, the newest first; those idle too long, or closed, are let go. */
  private take(origin: string): Connection | undefined {
    const list = this.idle.get(origin)
    const now = performance.now()
    while (list && list.length > 0) {
      const c = list.pop() as Connection
      if (c.socket.destroyed || c.socket.readableEnded || now - (c.idleSince ?? now) >= this.idleMs) {
        c.socket.destroy()
        continue
      }
      delete c.idleSince
      c.socket.ref()
      return c
    }
    return undefined
  }

  private open(url: URL): Connection {
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
    const socket =
      url.protocol === 'https:'
        ? connectTls({ host, port, ALPNProtocols: ['http/1.1'], ...(isIP(host) ? {} : { servername: host }) })
        : connectTcp({ host, port })
    socket.setNoDelay(true)
    const c: Connection = { socket, reused: false }
    socket.on('data', (chunk: Buffer) => (c.reader ? c.reader(chunk) : socket.destroy()))
    socket.on('error', (e: Error) => c.onEnd?.(e))
    socket.on('close', () => c.onEnd?.())
    return c
  }

  private release(origin: string, c: Connection): void {
    delete c.reader
    delete c.onEnd
    c.reused = true
    c.idleSince = performance.now()
    c.socket.unref()
    const list = this.idle.get(origin) ?? []
    list.push(c)
    this.idle.set(origin, list)
  }

  private send(
    origin: string,
    c: Connection,
    request: string,
    isHead: boolean,
    timeoutMs: number,
  ): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      let buffer: Buffer = Buffer.alloc(0)
      let received = false
      let answered = false
      let finished = false
      /** How the body ends: `left` counts a chunk's data and its CRLF still to come (0: a size line next). */
      let framing:
        | { kind: 'none' }
        | { kind: 'length'; left: number }
        | { kind: 'chunked'; left: number }
        | { kind: 'close' } = { kind: 'none' }
      let keepAlive = true
      const parts: Buffer[] = []
      let settleBody: { done: (text: string) => void; failed: (e: Error) => void } | undefined
      const body = new Promise<string>((done, failed) => (settleBody = { done, failed }))
      // Unread until asked for, so an unhandled failure of it must not end the process.
      body.catch(() => undefined)
      const fail = (e: Error) => {
        if (finished) return
        finished = true
        clearTimeout(timer)
        c.socket.destroy()
        if (answered) settleBody?.failed(e)
        else reject(e)
      }
      const timer = setTimeout(() => fail(new AnswerTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs)
      const complete = () => {
        finished = true
        clearTimeout(timer)
        settleBody?.done(Buffer.concat(parts).toString('utf8'))
        if (keepAlive && buffer.length === 0 && !c.socket.destroyed) this.release(origin, c)
        else c.socket.destroy()
      }
      /** The head, once whole: the status, the headers, and how the body is framed. */
      const readHead = (): boolean => {
        const end = buffer.indexOf('\r\n\r\n')
        if (end < 0) {
          if (buffer.length > MAX_HEAD)
            fail(new ConnectionError('TMI sent an answer head too large', { stale: false }))
          return false
        }
        const lines = buffer.toString('latin1', 0, end).split('\r\n')
        buffer = buffer.subarray(end + 4)
        const status = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0] as string)
        if (!status) {
          fail(new ConnectionError('TMI sent an answer that is not HTTP/1.1', { stale: false }))
          return false
        }
        const code = Number(status[2])
        const headers = new Map<string, string>()
        for (const line of lines.slice(1)) {
          const colon = line.indexOf(':')
          if (colon <= 0) continue
          const name = line.slice(0, colon).trim().toLowerCase()
          const value = line.slice(colon + 1).trim()
          const seen = headers.get(name)
          headers.set(name, seen === undefined ? value : `${seen}, ${value}`)
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        if (code >= 100 && code < 200) return true
        const connection = (headers.get('connection') ?? '').toLowerCase()
        keepAlive = status[1] === '1' ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection)
        const length = headers.get('content-length')
        if (isHead || code === 204 || code === 304) framing = { kind: 'none' }
        else if (/\bchunked\s*$/i.test(headers.get('transfer-encoding') ?? ''))
          framing = { kind: 'chunked', left: 0 }
        else if (length !== undefined) {
          if (!/^\d+$/.test(length)) {
            fail(new ConnectionError('TMI sent an answer with a malformed length', { stale: false }))
            return false
          }
          framing = { kind: 'length', left: Number(length) }
        } else {
          framing = { kind: 'close' }
          keepAlive = false
        }
        answered = true
        resolve({
          status: code,
          headers: {
            get: (name) => headers.get(name.toLowerCase()) ?? null,
            has: (name) => headers.has(name.toLowerCase()),
          },
          body,
          discard: () => undefined,
        })
        return true
      }
      /** As much of the body as has arrived; true once it is whole. */
      const readBody = (): boolean => {
        if (framing.kind === 'none') return true
        if (framing.kind === 'close') {
          parts.push(buffer)
          buffer = Buffer.alloc(0)
          return false
        }
        if (framing.kind === 'length') {
          const take = Math.min(framing.left, buffer.length)
          parts.push(buffer.subarray(0, take))
          buffer = buffer.subarray(take)
          framing.left -= take
          return framing.left === 0
        }
        // Chunked: a size line, the data and its CRLF, until a size of 0 and the trailers' end.
        // Data is taken as it arrives: a large answer is never copied over and over.
        for (;;) {
          if (framing.left > 0) {
            const take = Math.min(framing.left, buffer.length)
            // The last two bytes of each chunk are its CRLF, not data.
            const data = Math.max(0, Math.min(take, framing.left - 2))
            if (data > 0) parts.push(buffer.subarray(0, data))
            buffer = buffer.subarray(take)
            framing.left -= take
            if (framing.left > 0) return false
            continue
          }
          const line = buffer.indexOf('\r\n')
          if (line < 0) return false
          const size = Number.parseInt(buffer.toString('latin1', 0, line).split(';')[0] as string, 16)
          if (!Number.isFinite(size) || size < 0) {
            fail(new ConnectionError('TMI sent a malformed chunk', { stale: false }))
            return false
          }
          if (size === 0) {
            // The last chunk: then trailers (usually none), ended by an empty line.
            const end = buffer.indexOf('\r\n\r\n', line)
            if (end < 0) return false
            buffer = buffer.subarray(end + 4)
            return true
          }
          buffer = buffer.subarray(line + 2)
          framing.left = size + 2
        }
      }
      c.reader = (chunk) => {
        if (finished) return
        received = true
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk])
        while (!answered && !finished) if (!readHead()) return
        if (!finished && readBody()) complete()
      }
      c.onEnd = (error) => {
        if (finished) return
        if (answered && framing.kind === 'close' && !error) {
          complete()
          return
        }
        // Nothing of an answer on a connection used before: the server closed it as we sent.
        const stale = c.reused && !received
        fail(
          new ConnectionError(
            error?.message ?? (answered ? 'the connection closed mid-answer' : 'socket hang up'),
            { cause: error ?? Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), stale },
          ),
        )
      }
      c.socket.write(request)
    })
  }
}

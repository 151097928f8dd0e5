import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { createGunzip } from 'node:zlib'
import { withTimeout } from './http.js'
import type { RepoFile } from './types.js'

/**
 * Reading a whole tree in one request: the hosts' archive downloads (GitHub's tarball, GitLab's
 * archive.tar.gz, Bitbucket's /get/COMMIT.tar.gz) are gzipped tar files with one top folder
 * (`owner-repo-sha/`). They are read as a stream, keeping only the wanted files, so a large
 * repository is never held in memory; past `maxBytes` of decompressed data the read gives up and the
 * caller falls back to reading files one by one.
 */
export class ArchiveTooLargeError extends Error {}

/**
 * GETs an archive, following its redirects by hand: the hosts answer with a signed URL on another
 * origin (GitHub's codeload, Bitbucket's CDN), and credentials never go to another origin.
 */
export async function downloadArchive(
  url: string,
  headers: Record<string, string>,
  options: { fetch?: typeof fetch; timeoutMs?: number | undefined } = {},
): Promise<ReadableStream<Uint8Array>> {
  const origin = new URL(url).origin
  let at = new URL(url)
  let response = await withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs)(at, {
    headers,
    redirect: 'manual',
  })
  for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 5; hops++) {
    const location = response.headers.get('location')
    if (!location) break
    at = new URL(location, at)
    const same = at.origin === origin
    response = await withTimeout(
      same ? (options.fetch ?? globalThis.fetch) : globalThis.fetch,
      options.timeoutMs,
    )(at, { headers: same ? headers : {}, redirect: 'manual' })
  }
  if (!response.ok || !response.body) throw new Error(`the archive download answered ${response.status}`)
  return response.body
}

/** Git's blob id of some bytes: the `blob` of a file read from an archive, as the hosts name it. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

export async function readTarGz(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  wanted: (path: string) => boolean,
  maxBytes = 512 * 1024 * 1024,
): Promise<Array<RepoFile & { bytes: Uint8Array }>> {
  const source =
    Symbol.asyncIterator in body
      ? Readable.from(body as AsyncIterable<Uint8Array>)
      : Readable.fromWeb(body as WebReadableStream<Uint8Array>)
  const reader = new ByteReader(source.pipe(createGunzip()), maxBytes)
  const out: Array<RepoFile & { bytes: Uint8Array }> = []
  let override: { path?: string; size?: number } = {}
  for (;;) {
    const header = await reader.read(512)
    if (!header || header.every((b) => b === 0)) break
    const text = (from: number, length: number) =>
      header
        .subarray(from, from + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const octal = (from: number, length: number) => parseInt(text(from, length).trim() || '0', 8)
    const type = String.fromCharCode(header[156] as number)
    // POSIX ustar (what git archive writes) has a name prefix field; GNU tar uses those bytes otherwise.
    const prefix = text(257, 6) === 'ustar' ? text(345, 155) : ''
    const size = override.size ?? octal(124, 12)
    const path = override.path ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100))
    const padded = Math.ceil(size / 512) * 512
    override = {}
    if (type === 'x' || type === 'L') {
      // A pax header (or GNU long name) describes the next entry: its path, its size.
      const data = (await reader.read(padded)) ?? Buffer.alloc(0)
      if (type === 'L') override = { path: data.subarray(0, size).toString('utf8').replace(/\0.*$/s, '') }
      else override = paxRecords(data.subarray(0, size))
      continue
    }
    const inside = path.slice(path.indexOf('/') + 1)
    const regular = type === '0' || type === '\0' || type === '7'
    if (regular && path.includes('/') && wanted(inside)) {
      const bytes = new Uint8Array((await reader.read(padded))?.subarray(0, size) ?? [])
      const mode = octal(100, 8) & 0o111 ? '100755' : '100644'
      out.push({ path: inside, blob: gitBlobId(bytes), size, mode, bytes })
    } else await reader.skip(padded)
  }
  return out
}

function paxRecords(data: Buffer): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    if (space < 0) break
    const length = Number(data.subarray(at, space).toString())
    if (!Number.isFinite(length) || length <= 0) break
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    const [key, value] = [record.slice(0, eq), record.slice(eq + 1)]
    if (key === 'path') out.path = value
    if (key === 'size') out.size = Number(value)
    at += length
  }
  return out
}

/** Exact reads from a stream of chunks. */
class ByteReader {
  private readonly chunks: AsyncIterator<Buffer>
  private pending: Buffer[] = []
  private buffered = 0
  private total = 0
  private readonly maxBytes: number

  constructor(stream: AsyncIterable<Buffer>, maxBytes: number) {
    this.chunks = stream[Symbol.asyncIterator]()
    this.maxBytes = maxBytes
  }

  private async fill(n: number): Promise<boolean> {
    while (this.buffered < n) {
      const next = await this.chunks.next()
      if (next.done) return false
      this.total += next.value.length
      if (this.total > this.maxBytes) {
        await this.chunks.return?.()
        throw new ArchiveTooLargeError(`the archive is larger than ${this.maxBytes} bytes`)
      }
      this.pending.push(next.value)
      this.buffered += next.value.length
    }
    return true
  }

  /** Exactly `n` bytes, copying only what spans chunks (a header inside one chunk is a view of it). */
  async read(n: number): Promise<Buffer | undefined> {
    if (n === 0) return Buffer.alloc(0)
    if (!(await this.fill(n))) return undefined
    const parts: Buffer[] = []
    for (let need = n; need > 0;) {
      const first = this.pending[0] as Buffer
      if (first.length <= need) {
        parts.push(first)
        this.pending.shift()
        need -= first.length
      } else {
        parts.push(first.subarray(0, need))
        this.pending[0] = first.subarray(need)
        need = 0
      }
    }
    this.buffered -= n
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, n)
  }

  async skip(n: number): Promise<void> {
    while (n > 0) {
      if (this.buffered === 0 && !(await this.fill(1))) return
      const first = this.pending[0] as Buffer
      const take = Math.min(n, first.length)
      if (take === first.length) this.pending.shift()
      else this.pending[0] = first.subarray(take)
      this.buffered -= take
      n -= take
    }
  }
}

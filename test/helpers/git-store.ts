import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

export type Entry = { name: string; mode: string; type: 'blob' | 'tree'; sha: string }
export type Commit = {
  tree: string
  parents: string[]
  message: string
  author: { name: string; email: string }
}

/** Git objects in memory, with git's own object ids: what the host fakes serve. */
export class GitStore {
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, Entry[]>()
  readonly commits = new Map<string, Commit>()
  readonly refs = new Map<string, string>()

  writeBlob(content: string | Buffer): string {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
    const sha = gitHash('blob', data)
    this.blobs.set(sha, data)
    return sha
  }

  /** Builds nested trees from `path → content` and returns the root tree sha. */
  writeFiles(files: Record<string, string | Buffer>): string {
    type Dir = Map<string, Dir | string>
    const root: Dir = new Map()
    for (const [path, content] of Object.entries(files)) {
      const parts = path.split('/')
      let dir = root
      for (const p of parts.slice(0, -1)) {
        if (!dir.has(p)) dir.set(p, new Map())
        dir = dir.get(p) as Dir
      }
      dir.set(parts.at(-1) as string, this.writeBlob(content))
    }
    const write = (dir: Dir): string => {
      const entries: Entry[] = [...dir.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, v]) =>
          typeof v === 'string'
            ? { name, mode: '100644', type: 'blob', sha: v }
            : { name, mode: '040000', type: 'tree', sha: write(v) },
        )
      const body = Buffer.concat(
        entries.map((e) =>
          Buffer.concat([Buffer.from(`${e.mode.replace(/^0/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
        ),
      )
      const sha = gitHash('tree', body)
      this.trees.set(sha, entries)
      return sha
    }
    return write(root)
  }

  writeCommit(tree: string, parents: string[], message: string): string {
    const sha = gitHash(
      'commit',
      Buffer.from(
        `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}\n${message}\n${Math.random()}`,
      ),
    )
    this.commits.set(sha, { tree, parents, message, author: { name: 'Test', email: 't@example.com' } })
    return sha
  }

  /** Every file of a commit, `path → content`. */
  filesOf(commit: string): Record<string, string> {
    const out: Record<string, string> = {}
    const walk = (tree: string, prefix: string) => {
      for (const e of this.trees.get(tree) ?? []) {
        if (e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`)
        else out[`${prefix}${e.name}`] = (this.blobs.get(e.sha) as Buffer).toString('utf8')
      }
    }
    walk((this.commits.get(commit) as Commit).tree, '')
    return out
  }

  flatten(tree: string, prefix = ''): Array<Entry & { path: string }> {
    return (this.trees.get(tree) ?? []).flatMap((e) => [
      { ...e, path: `${prefix}${e.name}` },
      ...(e.type === 'tree' ? this.flatten(e.sha, `${prefix}${e.name}/`) : []),
    ])
  }

  /**
   * The commit as `git archive --format=tar.gz --prefix=PREFIX/` makes it (what the hosts serve):
   * a pax global header with the commit id, directories, then files; a path longer than the ustar
   * name field gets a pax `path` record. `folder` keeps only what is under it (GitLab's `path`).
   */
  archive(commit: string, prefix: string, folder = ''): Buffer {
    const blocks: Buffer[] = []
    const header = (name: string, size: number, type: string, mode = '0000644') => {
      const h = Buffer.alloc(512)
      h.write(name.slice(0, 100), 0, 'utf8')
      h.write(`${mode}\0`, 100)
      h.write('0000000\0', 108)
      h.write('0000000\0', 116)
      h.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
      h.write('00000000000\0', 136)
      h.write('        ', 148)
      h.write(type, 156)
      h.write('ustar\0', 257)
      h.write('00', 263)
      let sum = 0
      for (const b of h) sum += b
      h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
      return h
    }
    const entry = (name: string, data: Buffer, type: string, mode?: string) => {
      if (Buffer.byteLength(name) > 100) {
        const record = (k: string, v: string) => {
          const body = ` ${k}=${v}\n`
          let length = body.length + 1
          while (String(length).length + body.length !== length) length = String(length).length + body.length
          return `${length}${body}`
        }
        const pax = Buffer.from(record('path', name))
        blocks.push(header('PaxHeader', pax.length, 'x'), pax, Buffer.alloc((512 - (pax.length % 512)) % 512))
      }
      blocks.push(
        header(name, data.length, type, mode),
        data,
        Buffer.alloc((512 - (data.length % 512)) % 512),
      )
    }
    const comment = Buffer.from(`52 comment=${commit}\n`)
    blocks.push(header('pax_global_header', comment.length, 'g'), comment, Buffer.alloc(512 - comment.length))
    entry(`${prefix}/`, Buffer.alloc(0), '5', '0000755')
    const tree = (this.commits.get(commit) as Commit).tree
    for (const e of this.flatten(tree)) {
      if (!`${e.path}/`.startsWith(folder) && !folder.startsWith(`${e.path}/`)) continue
      if (e.type === 'tree') entry(`${prefix}/${e.path}/`, Buffer.alloc(0), '5', '0000755')
      else entry(`${prefix}/${e.path}`, this.blobs.get(e.sha) as Buffer, '0')
    }
    blocks.push(Buffer.alloc(1024))
    return gzipSync(Buffer.concat(blocks))
  }

  resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref
    return this.refs.get(`refs/heads/${ref}`) ?? this.refs.get(`refs/tags/${ref}`)
  }
}

export function gitHash(type: string, data: Buffer): string {
  return createHash('sha1').update(`${type} ${data.length}\0`).update(data).digest('hex')
}

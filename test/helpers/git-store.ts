import { createHash } from 'node:crypto'

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

  resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref
    return this.refs.get(`refs/heads/${ref}`) ?? this.refs.get(`refs/tags/${ref}`)
  }
}

export function gitHash(type: string, data: Buffer): string {
  return createHash('sha1').update(`${type} ${data.length}\0`).update(data).digest('hex')
}

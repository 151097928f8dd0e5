import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ASKPASS_ENV } from './git-credentials.js'
import { redact } from './source.js'
import { simpleGit, type SimpleGit } from 'simple-git'
import { UserError } from '../common/errors.js'
import { countRequest } from '../common/request-count.js'
import {
  UnsupportedError,
  WriteConflictError,
  type Branch,
  type CommitRequest,
  type RepoFile,
  type Repository,
  type RepositoryInfo,
} from './types.js'

/**
 * A git repository on disk, bare or with a working tree, through git itself. Commits are built
 * with plumbing (a private index, commit-tree, and update-ref with the expected old value), so a
 * write never touches a working tree and a branch that moved meanwhile is refused, not overwritten.
 */
export class LocalGitRepository implements Repository {
  readonly id: string
  readonly dir: string
  private readonly git: SimpleGit

  /** A clone of a repository elsewhere: every branch written here is pushed there, never forced. */
  private readonly remote: { url: string; env: Record<string, string> } | undefined

  constructor(dir: string, id = `git:${dir}`, remote?: { url: string; env: Record<string, string> }) {
    this.dir = dir
    this.id = id
    this.remote = remote
    this.git = simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, allowEnvironment: PLUMBING_ENV })
  }

  /**
   * Pushes a branch to the repository this one was cloned from, as a fast-forward only: if the
   * branch moved there, the remote refuses, the local ref goes back, and that is a conflict.
   */
  private async publish(branch: string, commit: string, previous: string | undefined): Promise<void> {
    if (!this.remote) return
    const git = simpleGit({
      baseDir: this.dir,
      allowEnvironment: ASKPASS_ENV,
      unsafe: { allowUnsafeAskPass: true },
    }).env(this.remote.env)
    try {
      await git.raw(['push', '--quiet', this.remote.url, `${commit}:refs/heads/${branch}`])
    } catch (e) {
      await this.git.raw(
        previous
          ? ['update-ref', `refs/heads/${branch}`, previous]
          : ['update-ref', '-d', `refs/heads/${branch}`],
      )
      const why = (e as Error).message
      if (/rejected|non-fast-forward|fetch first|stale info/i.test(why))
        throw new WriteConflictError(
          `${this.id}: ${branch} moved there since it was read; nothing was pushed`,
        )
      throw new UserError(
        redact(`${this.id}: the push of ${branch} failed: ${why.trim().split('\n')[0] ?? ''}`),
      )
    }
  }

  async info(): Promise<RepositoryInfo> {
    const head = (await this.git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim()
    // A detached HEAD (what CI checks out) is the commit to read, not whatever `main` is.
    return { fullName: this.dir, defaultBranch: head || 'HEAD' }
  }

  async listBranches(): Promise<Branch[]> {
    const out = await this.git.raw(['for-each-ref', '--format=%(objectname) %(refname:short)', 'refs/heads'])
    return lines(out).map((line) => {
      const at = line.indexOf(' ')
      return { name: line.slice(at + 1), commit: line.slice(0, at) }
    })
  }

  async resolve(ref: string): Promise<string> {
    countRequest('git')
    try {
      const sha = (await this.git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
      if (sha) return sha
    } catch {
      // fall through: git says nothing useful beyond "not found"
    }
    throw new UserError(`${this.id}: no branch, tag or commit named ${ref}`, 1)
  }

  async listFiles(commit: string): Promise<RepoFile[]> {
    countRequest('git')
    // One process for the whole tree: mode, type, blob, size, then the path after a tab.
    const out = await this.git.raw(['ls-tree', '-r', '-z', '--long', '--full-tree', commit])
    return out
      .split('\0')
      .filter(Boolean)
      .flatMap((entry) => {
        const tab = entry.indexOf('\t')
        const [mode, type, blob, size] = entry.slice(0, tab).split(/\s+/)
        return type === 'blob'
          ? [{ path: entry.slice(tab + 1), blob: blob!, size: Number(size), mode: mode! }]
          : []
      })
  }

  async readFiles(_commit: string, files: RepoFile[]): Promise<Map<string, Uint8Array>> {
    countRequest('git')
    const blobs = await catFileBatch(
      this.dir,
      files.map((f) => f.blob),
    )
    return new Map(files.map((f) => [f.path, blobs.get(f.blob) as Uint8Array]))
  }

  async createBranch(name: string, commit: string): Promise<void> {
    // An empty old value: only if the branch does not exist yet.
    try {
      await this.git.raw(['update-ref', `refs/heads/${name}`, commit, ''])
    } catch {
      throw new WriteConflictError(`${this.id}: branch ${name} already exists`)
    }
    await this.publish(name, commit, undefined)
  }

  async commit(request: CommitRequest): Promise<string> {
    await this.refuseCheckedOut(request.branch)
    const head = await this.resolve(`refs/heads/${request.branch}`).catch(() => undefined)
    if (head !== request.parent)
      throw new WriteConflictError(
        `${this.id}: branch ${request.branch} is at ${head ?? 'nothing'}, not ${request.parent}: it moved since it was read`,
      )
    const tree = await this.listFiles(request.parent)
    const current = new Map(tree.map((f) => [f.path, f.blob] as [string, string]))
    const modes = new Map(tree.map((f) => [f.path, f.mode ?? '100644'] as [string, string]))
    for (const f of request.files)
      if (f.content !== null && modes.get(f.path) === '120000')
        throw new UnsupportedError(
          `${this.id}: ${f.path} is a symbolic link in the repository; tmi-sync writes only regular files, so change the file it points to`,
        )
    for (const f of request.files) {
      if (f.expectedBlob === undefined) continue
      const actual = current.get(f.path) ?? null
      if (actual !== f.expectedBlob)
        throw new WriteConflictError(
          `${this.id}: ${f.path} changed on ${request.branch} since it was read`,
          f.path,
        )
    }
    const scratch = await mkdtemp(join(tmpdir(), 'tmi-sync-git-'))
    try {
      // update-index wants a work tree even for --cacheinfo; an empty scratch one keeps bare repos and
      // checked-out trees alike untouched.
      const index = { GIT_INDEX_FILE: join(scratch, 'index'), GIT_WORK_TREE: scratch }
      // A fresh instance: simple-git's env() changes the instance it is called on, and two commits
      // may run at once.
      const git = simpleGit({ baseDir: this.dir, allowEnvironment: PLUMBING_ENV }).env(gitEnv(index))
      await git.raw(['read-tree', request.parent])
      for (const [i, f] of request.files.entries()) {
        if (f.content === null) {
          await git.raw(['update-index', '--force-remove', '--', f.path])
          continue
        }
        const file = join(scratch, `blob-${i}`)
        await writeFile(file, f.content)
        const blob = (await git.raw(['hash-object', '-w', '--', file])).trim()
        // An executable file stays executable: only the content is tmi-sync's to change.
        const mode = modes.get(f.path) === '100755' ? '100755' : '100644'
        await git.raw(['update-index', '--add', '--cacheinfo', `${mode},${blob},${f.path}`])
      }
      const tree = (await git.raw(['write-tree'])).trim()
      const author = request.author ?? { name: 'tmi-sync', email: 'tmi-sync@users.noreply.github.com' }
      const commit = (
        await git
          .env(
            gitEnv({
              ...index,
              GIT_AUTHOR_NAME: author.name,
              GIT_AUTHOR_EMAIL: author.email,
              GIT_COMMITTER_NAME: author.name,
              GIT_COMMITTER_EMAIL: author.email,
            }),
          )
          .raw(['commit-tree', tree, '-p', request.parent, '-m', request.message])
      ).trim()
      try {
        // Compare-and-swap: git refuses if the branch is no longer at the parent.
        await this.git.raw(['update-ref', `refs/heads/${request.branch}`, commit, request.parent])
      } catch {
        throw new WriteConflictError(`${this.id}: branch ${request.branch} moved while committing`)
      }
      await this.publish(request.branch, commit, request.parent)
      return commit
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  openPullRequest(): Promise<never> {
    return Promise.reject(
      new UnsupportedError(
        `${this.id}: a plain git repository has no pull requests; the branch was pushed as is`,
      ),
    )
  }

  upsertComment(): Promise<never> {
    return Promise.reject(new UnsupportedError(`${this.id}: a plain git repository has no pull requests`))
  }

  /**
   * Moving a branch a working tree has checked out would leave that tree looking edited: the main
   * one, or any linked worktree (`git worktree add`), which bare repositories can have too.
   */
  private async refuseCheckedOut(branch: string): Promise<void> {
    const listing = await this.git.raw(['worktree', 'list', '--porcelain'])
    for (const entry of listing.split(/\n\n+/)) {
      const lines = entry.split('\n')
      const path = lines.find((l) => l.startsWith('worktree '))?.slice('worktree '.length)
      if (lines.includes(`branch refs/heads/${branch}`))
        throw new UnsupportedError(
          `${this.id}: ${branch} is checked out in the working tree at ${path ?? '?'}; write the files there, or commit to another branch`,
        )
    }
  }
}

/** The variables commit plumbing sets: a private index and the commit's author. */
const PLUMBING_ENV = [
  'GIT_INDEX_FILE',
  'GIT_WORK_TREE',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
] as const

/**
 * The environment for plumbing that needs its own variables. Only what git needs is passed on:
 * simple-git refuses to run with variables such as EDITOR that can execute commands.
 */
function gitEnv(extra: Record<string, string>): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT', 'GIT_CONFIG_NOSYSTEM']
  const env: Record<string, string> = {}
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k]
  return { ...env, ...extra }
}

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean)
}

/**
 * Reads many blobs with one `git cat-file --batch` process (simple-git has no way to feed stdin):
 * one process for 500 files instead of 500.
 */
function catFileBatch(dir: string, blobs: string[]): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const unique = [...new Set(blobs)]
    const out = new Map<string, Uint8Array>()
    if (unique.length === 0) return resolve(out)
    const child = spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => chunks.push(b))
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`))
      const all = Buffer.concat(chunks)
      let at = 0
      for (const sha of unique) {
        const eol = all.indexOf(0x0a, at)
        const header = all.subarray(at, eol).toString()
        const [, type, size] = header.split(' ')
        if (type !== 'blob') return reject(new Error(`git cat-file: ${header}`))
        const start = eol + 1
        out.set(sha, new Uint8Array(all.subarray(start, start + Number(size))))
        at = start + Number(size) + 1
      }
      resolve(out)
    })
    child.stdin.end(unique.join('\n') + '\n')
  })
}

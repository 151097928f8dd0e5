import { downloadArchive, gitBlobId, readTarGz } from './archive.js'
import { withTimeout } from './http.js'
import { UserError } from '../common/errors.js'
import {
  WriteConflictError,
  type Branch,
  type CommitRequest,
  type PullRequest,
  type PullRequestRequest,
  type RepoFile,
  type Repository,
  type RepositoryInfo,
} from './types.js'

export interface BitbucketOptions {
  /** A repository, project or workspace access token (`BITBUCKET_TOKEN`), sent as Bearer. */
  token?: string
  /** Or an Atlassian account email and API token (`BITBUCKET_USER` + `BITBUCKET_API_TOKEN`), as Basic. */
  user?: string
  apiToken?: string
  baseUrl?: string
  retries?: number
  /** The backoff unit; Retry-After seconds are multiplied by it (tests shrink it). */
  retryBaseMs?: number
  concurrency?: number
  /** Per request (default 60 s). */
  timeoutMs?: number
}

type Page<T> = { values: T[]; next?: string }

/**
 * The few Bitbucket Cloud API 2.0 calls tmi-sync needs, on fetch: paging through `next`, 429 with
 * Retry-After and 5xx on reads retried, failures as one line that never carries the credentials.
 * (The `bitbucket` npm package is unmaintained and breaks on bodiless answers; see dependencies.md.)
 */
export class BitbucketClient {
  private readonly options: BitbucketOptions
  readonly baseUrl: string

  constructor(options: BitbucketOptions = {}) {
    this.options = options
    this.baseUrl = (options.baseUrl ?? 'https://api.bitbucket.org/2.0').replace(/\/$/, '')
  }

  get timeoutMs(): number | undefined {
    return this.options.timeoutMs
  }

  authHeaders(): Record<string, string> {
    return this.auth
  }

  private get auth(): Record<string, string> {
    if (this.options.token) return { Authorization: `Bearer ${this.options.token}` }
    if (this.options.user && this.options.apiToken)
      return {
        Authorization: `Basic ${Buffer.from(`${this.options.user}:${this.options.apiToken}`).toString('base64')}`,
      }
    return {}
  }

  async request(
    method: string,
    pathOrUrl: string,
    body?: { json?: unknown; form?: FormData },
  ): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`
    const retries = this.options.retries ?? 3
    const unit = this.options.retryBaseMs ?? 1000
    for (let attempt = 0; ; attempt++) {
      const response = await withTimeout((i, o) => fetch(i, o), this.options.timeoutMs)(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...this.auth,
          ...(body?.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body?.json !== undefined
          ? { body: JSON.stringify(body.json) }
          : body?.form
            ? { body: body.form }
            : {}),
      })
      if (response.ok) return response
      const retryable = response.status === 429 || (method === 'GET' && response.status >= 500)
      if (retryable && attempt < retries) {
        const after = Number(response.headers.get('retry-after'))
        await new Promise((r) =>
          setTimeout(r, Number.isFinite(after) && after > 0 ? after * unit : unit * 2 ** attempt),
        )
        continue
      }
      throw await this.failure(method, url, response)
    }
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (
      await this.request(method, path, body === undefined ? undefined : { json: body })
    ).json()) as T
  }

  async all<T>(path: string): Promise<T[]> {
    const out: T[] = []
    let next: string | undefined = path
    while (next) {
      const page: Page<T> = await this.json<Page<T>>('GET', next)
      out.push(...page.values)
      next = page.next
    }
    return out
  }

  private async failure(method: string, url: string, response: Response): Promise<UserError> {
    const what = `${method} ${new URL(url).pathname}`
    let message = response.statusText
    try {
      const body = (await response.json()) as { error?: { message?: string } }
      message = body.error?.message ?? message
    } catch {
      // not JSON
    }
    const error = new UserError(
      response.status === 401
        ? `Bitbucket refused the credentials (${what} → 401); check BITBUCKET_TOKEN or BITBUCKET_USER + BITBUCKET_API_TOKEN`
        : `Bitbucket answered ${what} with ${response.status}: ${message}`,
      1,
    )
    return Object.assign(error, { status: response.status })
  }
}

/** A Bitbucket Cloud repository. */
export class BitbucketRepository implements Repository {
  readonly id: string
  private readonly fullName: string
  private readonly base: string
  private readonly api: BitbucketClient
  private readonly concurrency: number

  constructor(fullName: string, options: BitbucketOptions = {}) {
    this.fullName = fullName
    this.id = `bitbucket:${fullName}`
    this.base = `/repositories/${fullName.split('/').map(encodeURIComponent).join('/')}`
    this.api = new BitbucketClient(options)
    this.concurrency = options.concurrency ?? 4
  }

  async info(): Promise<RepositoryInfo> {
    const r = await this.call(() =>
      this.api.json<{ full_name: string; mainbranch?: { name: string } }>('GET', this.base),
    )
    return { fullName: r.full_name, defaultBranch: r.mainbranch?.name ?? 'main' }
  }

  async listBranches(): Promise<Branch[]> {
    const branches = await this.call(() =>
      this.api.all<{ name: string; target: { hash: string } }>(`${this.base}/refs/branches?pagelen=100`),
    )
    return branches.map((b) => ({ name: b.name, commit: b.target.hash }))
  }

  /**
   * A commit hash through `/commit/{hash}`; a branch or tag by name through `refs/…?q=name="…"`,
   * because `/commit/{ref}` cannot route a name with `/` in it (`release/2`).
   */
  async resolve(ref: string): Promise<string> {
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      try {
        return (await this.api.json<{ hash: string }>('GET', `${this.base}/commit/${ref}`)).hash
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw this.named(e)
      }
    }
    const hash = (await this.findRef('branches', ref)) ?? (await this.findRef('tags', ref))
    if (hash === undefined) throw new UserError(`${this.id}: no branch, tag or commit named ${ref}`, 1)
    return hash
  }

  private async findRef(kind: 'branches' | 'tags', name: string): Promise<string | undefined> {
    const q = encodeURIComponent(`name="${name.replace(/["\\]/g, '\\$&')}"`)
    const refs = await this.call(() =>
      this.api.all<{ name: string; target: { hash: string } }>(
        `${this.base}/refs/${kind}?q=${q}&pagelen=100`,
      ),
    )
    return refs.find((r) => r.name === name)?.target.hash
  }

  /**
   * The whole tree, recursively, in pages of 100. Bitbucket gives no blob ids, so a listed file's
   * id is its commit and path; files read with their bytes (`readModelFiles`, `readTree`) carry
   * the content's git id instead. `commit` checks an expected file against either.
   */
  async listFiles(commit: string): Promise<RepoFile[]> {
    const entries = await this.call(() =>
      this.api.all<{ type: string; path: string; size?: number }>(
        `${this.base}/src/${commit}/?max_depth=100&pagelen=100`,
      ),
    )
    return entries
      .filter((e) => e.type === 'commit_file')
      .map((e) => ({
        path: e.path,
        blob: `${commit}:${e.path}`,
        ...(e.size !== undefined ? { size: e.size } : {}),
      }))
  }

  async readFiles(commit: string, files: RepoFile[]): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>()
    let next = 0
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const f = files[i] as RepoFile
        out.set(f.path, await this.raw(commit, f.path))
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, files.length) }, worker))
    return new Map(files.map((f) => [f.path, out.get(f.path) as Uint8Array]))
  }

  /**
   * API 2.0 has no archive; Bitbucket's download of a commit (`/get/COMMIT.tar.gz` on the web host)
   * takes the same credentials and is one request where listing and reading take one per file.
   * Where it is refused (some token kinds), the caller falls back to the API.
   */
  async readTree(
    commit: string,
    wanted: (path: string) => boolean,
  ): Promise<Array<RepoFile & { bytes: Uint8Array }>> {
    const web = new URL(this.api.baseUrl)
    web.hostname = web.hostname.replace(/^api\./, '')
    const body = await downloadArchive(
      `${web.origin}/${this.fullName}/get/${commit}.tar.gz`,
      this.api.authHeaders(),
      { timeoutMs: this.api.timeoutMs },
    )
    return readTarGz(body, wanted)
  }

  async createBranch(name: string, commit: string): Promise<void> {
    try {
      await this.api.json('POST', `${this.base}/refs/branches`, { name, target: { hash: commit } })
    } catch (e) {
      if ([400, 409].includes((e as { status?: number }).status ?? 0))
        throw new WriteConflictError(`${this.id}: branch ${name} already exists`)
      throw this.named(e)
    }
  }

  /**
   * One `POST /src` for every file: new content as file fields, deletions in `files`, and
   * `parents`, which Bitbucket asserts is still the branch tip (409 otherwise).
   */
  async commit(request: CommitRequest): Promise<string> {
    // POST /src recreates a deleted branch from `parents` without a word: check it is still there.
    const tip = await this.findRef('branches', request.branch)
    if (tip === undefined)
      throw new WriteConflictError(
        `${this.id}: branch ${request.branch} no longer exists (deleted since it was read); nothing was written`,
      )
    if (tip !== request.parent)
      throw new WriteConflictError(`${this.id}: branch ${request.branch} moved since it was read`)
    for (const f of request.files) await this.checkExpected(request.parent, f.path, f.expectedBlob)
    const form = new FormData()
    form.append('message', request.message)
    form.append('branch', request.branch)
    form.append('parents', request.parent)
    if (request.author) form.append('author', `${request.author.name} <${request.author.email}>`)
    for (const f of request.files) {
      if (f.content === null) form.append('files', f.path)
      else form.append(f.path, new Blob([f.content]), f.path.split('/').pop())
    }
    try {
      const response = await this.api.request('POST', `${this.base}/src`, { form })
      const location = response.headers.get('location') ?? ''
      const hash = /\/commit\/([0-9a-f]{7,40})/.exec(location)?.[1]
      return hash ?? (await this.resolve(request.branch))
    } catch (e) {
      if ((e as { status?: number }).status === 409)
        throw new WriteConflictError(`${this.id}: branch ${request.branch} moved since it was read`)
      throw this.named(e)
    }
  }

  async openPullRequest(request: PullRequestRequest): Promise<PullRequest> {
    const q = encodeURIComponent(
      `source.branch.name="${request.head}" AND destination.branch.name="${request.base}" AND state="OPEN"`,
    )
    type PR = { id: number; links: { html: { href: string } } }
    const open = await this.call(() => this.api.all<PR>(`${this.base}/pullrequests?q=${q}`))
    const existing = open[0]
    if (existing) {
      await this.call(() =>
        this.api.json('PUT', `${this.base}/pullrequests/${existing.id}`, {
          title: request.title,
          description: request.body,
        }),
      )
      return { number: existing.id, url: existing.links.html.href, created: false }
    }
    const pr = await this.call(() =>
      this.api.json<PR>('POST', `${this.base}/pullrequests`, {
        title: request.title,
        description: request.body,
        source: { branch: { name: request.head } },
        destination: { branch: { name: request.base } },
      }),
    )
    return { number: pr.id, url: pr.links.html.href, created: true }
  }

  async upsertComment(
    pullRequest: number,
    marker: string,
    body: string,
    options: { create?: boolean } = {},
  ): Promise<void> {
    type Comment = { id: number; content: { raw: string } }
    const path = `${this.base}/pullrequests/${pullRequest}/comments`
    const comments = await this.call(() => this.api.all<Comment>(`${path}?pagelen=100`))
    const mine = comments.find((c) => c.content.raw.startsWith(marker))
    const raw = body.startsWith(marker) ? body : `${marker}\n${body}`
    if (mine) await this.call(() => this.api.json('PUT', `${path}/${mine.id}`, { content: { raw } }))
    else if (options.create !== false)
      await this.call(() => this.api.json('POST', path, { content: { raw } }))
  }

  private async raw(commit: string, path: string): Promise<Uint8Array> {
    const response = await this.call(() =>
      this.api.request(
        'GET',
        `${this.base}/src/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`,
      ),
    )
    return new Uint8Array(await response.arrayBuffer())
  }

  /** A file must still be what was read: same commit (the parent assertion covers it), or same bytes. */
  private async checkExpected(
    parent: string,
    path: string,
    expected: string | null | undefined,
  ): Promise<void> {
    if (expected === undefined) return
    const now = await this.raw(parent, path).catch((e: unknown) => {
      if ((e as { status?: number }).status === 404) return null
      throw e
    })
    const conflict = () => new WriteConflictError(`${this.id}: ${path} changed since it was read`, path)
    if (expected === null) {
      if (now !== null) throw conflict()
      return
    }
    if (now === null) throw conflict()
    // A content id (a file read with its bytes: `readModelFiles`), or `listFiles`' commit:path.
    if (/^[0-9a-f]{40}$/.test(expected)) {
      if (gitBlobId(now) !== expected) throw conflict()
      return
    }
    const at = expected.slice(0, expected.indexOf(':'))
    if (at === parent) return
    const then = await this.raw(at, path)
    if (Buffer.compare(Buffer.from(then), Buffer.from(now)) !== 0) throw conflict()
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      throw this.named(e)
    }
  }

  private named(e: unknown): Error {
    if (e instanceof UserError && !e.message.startsWith(this.id)) {
      e.message = `${this.id}: ${e.message}`
    }
    return e as Error
  }
}

/** Repositories in a workspace. */
export async function listBitbucketRepositories(
  workspace: string,
  options: BitbucketOptions,
): Promise<RepositoryInfo[]> {
  const api = new BitbucketClient(options)
  const repos = await api.all<{ full_name: string; mainbranch?: { name: string }; parent?: unknown }>(
    `/repositories/${encodeURIComponent(workspace)}?pagelen=100`,
  )
  // Bitbucket Cloud has no archived repositories; a fork names its `parent`.
  return repos.map((r) => ({
    fullName: r.full_name,
    defaultBranch: r.mainbranch?.name ?? 'main',
    fork: r.parent != null,
  }))
}

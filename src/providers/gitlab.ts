import { downloadArchive, readTarGz } from './archive.js'
import { withTimeout } from './http.js'
import { Gitlab as GitlabCore, type CommitAction } from '@gitbeaker/core'
import {
  createRequesterFn,
  GitbeakerRequestError,
  presetResourceArguments,
  type RequestOptions,
  type ResponseBodyTypes,
} from '@gitbeaker/requester-utils'
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

export interface GitLabOptions {
  /** `GITLAB_TOKEN`: a personal, project or group access token. Never logged. */
  token?: string
  /** `https://gitlab.com`, or a self-managed instance (`GITLAB_URL`); gitbeaker adds `/api/v4`. */
  host?: string
  /** Retries of 429 and 5xx, honouring Retry-After; `retryBaseMs` is the backoff unit (tests shrink it). */
  retries?: number
  retryBaseMs?: number
  concurrency?: number
  /** Per request (default 60 s). */
  timeoutMs?: number
}

/**
 * gitbeaker's stock requester retries 429 and 502 ten times within a quarter second and ignores
 * Retry-After; a client on GitLab.com's limits needs to wait as told. This requester does, for
 * 429 always and for 5xx on reads (a write is repeated only when GitLab said it did nothing).
 */
function requester(options: GitLabOptions) {
  const retries = options.retries ?? 3
  const unit = options.retryBaseMs ?? 1000
  const timed = withTimeout((input, init) => fetch(input, init), options.timeoutMs)
  return createRequesterFn(
    (_, requestOptions) => Promise.resolve(requestOptions),
    async (endpoint: string, raw?: Record<string, unknown>) => {
      const { prefixUrl, searchParams, method = 'GET', asStream, ...init } = (raw ?? {}) as RequestOptions
      const url = new URL(endpoint, prefixUrl?.endsWith('/') ? prefixUrl : `${prefixUrl ?? ''}/`)
      url.search = searchParams ?? ''
      // gitbeaker's own `signal` is one 300 s deadline for a whole paginated listing; the deadline
      // here is per request (`withTimeout`), so it is left out (and `queryTimeout` is off).
      const { headers, body } = init
      for (let attempt = 0; ; attempt++) {
        const request = new Request(url, {
          method,
          ...(headers ? { headers } : {}),
          ...(body !== undefined ? { body } : {}),
        })
        const response = await timed(request)
        if (response.ok)
          return {
            status: response.status,
            headers: Object.fromEntries(response.headers),
            body: await parseBody(response, endpoint, asStream),
          }
        const retryable = response.status === 429 || (method === 'GET' && response.status >= 500)
        if (retryable && attempt < retries) {
          const after = Number(response.headers.get('retry-after'))
          await new Promise((r) =>
            setTimeout(r, Number.isFinite(after) && after > 0 ? after * unit : unit * 2 ** attempt),
          )
          continue
        }
        const text = await response.text()
        let description = text
        try {
          const json = JSON.parse(text) as { message?: unknown; error?: unknown }
          const m = json.message ?? json.error ?? ''
          description = typeof m === 'string' ? m : JSON.stringify(m)
        } catch {
          // not JSON: keep the text
        }
        throw new GitbeakerRequestError(description, { cause: { description, request, response } })
      }
    },
  )
}

async function parseBody(
  response: Response,
  endpoint: string,
  asStream?: boolean,
): Promise<ResponseBodyTypes> {
  if (asStream) return response.body
  if (response.status === 204) return null
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
  // Raw file contents stay bytes, whatever GitLab labels them: their encoding is checked later.
  if (endpoint.endsWith('/raw')) return new Blob([await response.arrayBuffer()])
  if (type === 'application/json') return ((await response.json()) as Record<string, unknown> | null) ?? {}
  if (type.startsWith('text/')) return response.text()
  return new Blob([await response.arrayBuffer()])
}

function gitlab(options: GitLabOptions) {
  const { Gitlab } = presetResourceArguments({ Gitlab: GitlabCore }, { requesterFn: requester(options) })
  return new Gitlab({
    host: options.host ?? 'https://gitlab.com',
    token: options.token ?? '',
    queryTimeout: null,
  })
}

type Api = ReturnType<typeof gitlab>

/** GitLab's 400s for a write over a change made meanwhile (a file created, changed or deleted). */
const STALE =
  /already exists|doesn't exist|has changed since you started editing it|only create or edit files when you are on a branch/

/**
 * A GitLab (or self-managed GitLab) project, nested groups included, through gitbeaker. gitbeaker's
 * own handling of 429/5xx is a few quick retries that ignore Retry-After, so every call goes
 * through `call`, which waits as GitLab asks.
 */
export class GitLabRepository implements Repository {
  readonly id: string
  private readonly project: string
  private readonly api: Api
  private readonly options: GitLabOptions

  constructor(fullPath: string, options: GitLabOptions = {}) {
    this.project = fullPath
    this.id = `gitlab:${fullPath}`
    this.options = options
    this.api = gitlab(options)
  }

  async info(): Promise<RepositoryInfo> {
    const p = await this.call(() => this.api.Projects.show(this.project))
    return { fullName: String(p.path_with_namespace), defaultBranch: String(p.default_branch ?? 'main') }
  }

  async listBranches(): Promise<Branch[]> {
    const branches = await this.call(() => this.api.Branches.all(this.project, { perPage: 100 }))
    return branches.map((b) => ({ name: b.name, commit: String((b.commit as { id: string }).id) }))
  }

  async resolve(ref: string): Promise<string> {
    try {
      const c = await this.call(() => this.api.Commits.show(this.project, ref))
      return String(c.id)
    } catch (e) {
      if (e instanceof UserError && / 404\b/.test(e.message))
        throw new UserError(`${this.id}: no branch, tag or commit named ${ref}`, 1)
      throw e
    }
  }

  /** The recursive tree, 100 entries a page (keyset pagination). */
  async listFiles(commit: string): Promise<RepoFile[]> {
    const tree = await this.call(() =>
      this.api.Repositories.allRepositoryTrees(this.project, {
        ref: commit,
        recursive: true,
        perPage: 100,
        pagination: 'keyset',
      }),
    )
    return tree.filter((e) => e.type === 'blob').map((e) => ({ path: e.path, blob: e.id }))
  }

  /** One raw blob read per file, a few at a time. */
  async readFiles(_commit: string, files: RepoFile[]): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>()
    let next = 0
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const f = files[i] as RepoFile
        const blob = await this.call(() => this.api.Repositories.showBlobRaw(this.project, f.blob))
        out.set(f.path, new Uint8Array(await blob.arrayBuffer()))
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 4, files.length) }, worker))
    return new Map(files.map((f) => [f.path, out.get(f.path) as Uint8Array]))
  }

  /**
   * One request: the archive of the commit (of `folder` only, when the glob names one), read as a
   * stream. Listing the tree alone would take a request per 100 files.
   */
  async readTree(
    commit: string,
    wanted: (path: string) => boolean,
    folder?: string,
  ): Promise<Array<RepoFile & { bytes: Uint8Array }>> {
    const query = new URLSearchParams({ sha: commit, ...(folder ? { path: folder.replace(/\/$/, '') } : {}) })
    const body = await downloadArchive(
      `${this.apiBase()}/repository/archive.tar.gz?${query.toString()}`,
      this.options.token ? { 'PRIVATE-TOKEN': this.options.token } : {},
      { timeoutMs: this.options.timeoutMs },
    )
    return readTarGz(body, wanted)
  }

  private apiBase(): string {
    const host = (this.options.host ?? 'https://gitlab.com').replace(/\/$/, '')
    return `${host}/api/v4/projects/${encodeURIComponent(this.project)}`
  }

  async createBranch(name: string, commit: string): Promise<void> {
    try {
      await this.call(() => this.api.Branches.create(this.project, name, commit))
    } catch (e) {
      if (e instanceof UserError && / 400\b/.test(e.message))
        throw new WriteConflictError(`${this.id}: branch ${name} already exists`)
      throw e
    }
  }

  /**
   * One commit with several actions. The branch head is checked first; each update or delete
   * carries the file's last commit, and each create fails if the file exists, so GitLab itself
   * refuses a write over a change made meanwhile.
   */
  async commit(request: CommitRequest): Promise<string> {
    // Only "no such branch" means the branch moved (it was deleted); any other failure is one.
    const head = await this.resolve(request.branch).catch((e: unknown) => {
      if (e instanceof UserError && e.message.includes('no branch, tag or commit named')) return undefined
      throw e
    })
    if (head !== request.parent)
      throw new WriteConflictError(
        `${this.id}: branch ${request.branch} is at ${head ?? 'nothing'}, not ${request.parent}: it moved since it was read`,
      )
    const actions: CommitAction[] = []
    for (const f of request.files) {
      const current = await this.fileAt(f.path, request.parent)
      if (f.expectedBlob !== undefined && (current?.blob ?? null) !== f.expectedBlob)
        throw new WriteConflictError(
          `${this.id}: ${f.path} changed on ${request.branch} since it was read`,
          f.path,
        )
      if (f.content === null) {
        if (current)
          actions.push({ action: 'delete' as const, filePath: f.path, lastCommitId: current.lastCommit })
      } else if (current)
        actions.push({
          action: 'update' as const,
          filePath: f.path,
          content: f.content,
          lastCommitId: current.lastCommit,
        })
      else actions.push({ action: 'create' as const, filePath: f.path, content: f.content })
    }
    try {
      const commit = await this.call(() =>
        this.api.Commits.create(this.project, request.branch, request.message, actions, {
          ...(request.author ? { authorName: request.author.name, authorEmail: request.author.email } : {}),
        }),
      )
      return String(commit.id)
    } catch (e) {
      // GitLab's refusals of a write over a change made meanwhile; any other 400 is not a race.
      if (e instanceof UserError && (/ 409\b/.test(e.message) || STALE.test(e.message)))
        throw new WriteConflictError(`${this.id}: ${request.branch} changed while committing: ${e.message}`)
      throw e
    }
  }

  async openPullRequest(request: PullRequestRequest): Promise<PullRequest> {
    const open = await this.call(() =>
      this.api.MergeRequests.all({
        projectId: this.project,
        sourceBranch: request.head,
        targetBranch: request.base,
        state: 'opened',
      }),
    )
    const existing = open[0]
    if (existing) {
      await this.call(() =>
        this.api.MergeRequests.edit(this.project, existing.iid, {
          title: request.title,
          description: request.body,
        }),
      )
      return { number: existing.iid, url: String(existing.web_url), created: false }
    }
    const mr = await this.call(() =>
      this.api.MergeRequests.create(this.project, request.head, request.base, request.title, {
        description: request.body,
      }),
    )
    return { number: mr.iid, url: String(mr.web_url), created: true }
  }

  async upsertComment(
    pullRequest: number,
    marker: string,
    body: string,
    options: { create?: boolean } = {},
  ): Promise<void> {
    const notes = await this.call(() =>
      this.api.MergeRequestNotes.all(this.project, pullRequest, { perPage: 100 }),
    )
    const mine = notes.find((n) => String(n.body).startsWith(marker))
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`
    if (mine)
      await this.call(() =>
        this.api.MergeRequestNotes.edit(this.project, pullRequest, mine.id, { body: text }),
      )
    else if (options.create !== false)
      await this.call(() => this.api.MergeRequestNotes.create(this.project, pullRequest, text))
  }

  /**
   * A file's blob and last commit from the headers of `HEAD /repository/files/:path` (GitLab's
   * `X-Gitlab-Blob-Id` and `X-Gitlab-Last-Commit-Id`): no download of its content.
   */
  private async fileAt(path: string, ref: string): Promise<{ blob: string; lastCommit: string } | undefined> {
    const url = `${this.apiBase()}/repository/files/${encodeURIComponent(path)}?ref=${encodeURIComponent(ref)}`
    const response = await withTimeout((i, o) => fetch(i, o), this.options.timeoutMs)(url, {
      method: 'HEAD',
      headers: this.options.token ? { 'PRIVATE-TOKEN': this.options.token } : {},
    })
    if (response.status === 404) return undefined
    const blob = response.headers.get('x-gitlab-blob-id')
    const lastCommit = response.headers.get('x-gitlab-last-commit-id')
    if (!response.ok || !blob || !lastCommit)
      throw new UserError(
        response.status === 401
          ? `${this.id}: GitLab refused the token (HEAD ${new URL(url).pathname} → 401); check GITLAB_TOKEN`
          : `${this.id}: GitLab answered HEAD ${new URL(url).pathname} with ${response.status}`,
        1,
      )
    return { blob, lastCommit }
  }

  /** One call; a failure becomes one line naming the request and the status, never the token. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      if (!(e instanceof GitbeakerRequestError) || !e.cause) throw e
      const { request, response } = e.cause
      const what = `${request.method} ${new URL(request.url).pathname}`
      if (response.status === 401)
        throw new UserError(`${this.id}: GitLab refused the token (${what} → 401); check GITLAB_TOKEN`, 1)
      throw new UserError(`${this.id}: GitLab answered ${what} with ${response.status}: ${e.message}`, 1)
    }
  }
}

/** Projects a token can see: a group's (with subgroups) or a user's, or the token owner's own. */
export async function listGitLabRepositories(
  group: string | undefined,
  options: GitLabOptions,
): Promise<RepositoryInfo[]> {
  const api = gitlab(options)
  const projects = group
    ? await api.Groups.allProjects(group, { includeSubgroups: true, perPage: 100 }).catch((e: unknown) => {
        // Not a group: a user's namespace, whose projects GitLab lists under /users.
        if (e instanceof GitbeakerRequestError && e.cause?.response.status === 404)
          return api.Users.allProjects(group, { perPage: 100 })
        throw e
      })
    : await api.Projects.all({ membership: true, perPage: 100 })
  return projects.map((p) => ({
    fullName: String(p.path_with_namespace),
    defaultBranch: String(p.default_branch ?? 'main'),
    archived: p.archived === true,
    fork: p.forked_from_project != null,
  }))
}

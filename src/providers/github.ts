import { downloadArchive, readTarGz } from './archive.js'
import { withTimeout } from './http.js'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import { Octokit } from '@octokit/rest'
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

const GitHub = Octokit.plugin(throttling, retry)

/** Up to this many files are read one by one; more come in one archive of the tree. */
const ARCHIVE_MIN_FILES = 2
/** A tree larger than this is not downloaded for its model files. */
const ARCHIVE_MAX_BYTES = 256 * 1024 * 1024
type GitHubClient = InstanceType<typeof GitHub>

export interface GitHubOptions {
  /** `GITHUB_TOKEN`. Never logged, never in an error. */
  token?: string
  /** `https://api.github.com`, or `https://HOST/api/v3` for GitHub Enterprise Server (`GITHUB_API_URL`). */
  baseUrl?: string
  /** Tests inject a fetch (and may tune throttling); production uses the global one. */
  fetch?: typeof fetch
  throttle?: Partial<ThrottlingOptions>
  retry?: { retries?: number; retryAfterBaseValue?: number }
  /**
   * Blob reads in flight at once. GitHub asks integrators to make requests serially, not
   * concurrently (its secondary rate limits punish bursts): 1 unless a test says otherwise.
   */
  concurrency?: number
  /** Per request (default 60 s). */
  timeoutMs?: number
}

/** An Octokit with GitHub's rate-limit guidance (throttling) and retries of 5xx, quiet in logs. */
function githubClient(options: GitHubOptions): GitHubClient {
  const retries = 3
  return new GitHub({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    userAgent: 'tmi-sync',
    request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs) },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retries, ...options.retry },
    throttle: {
      onRateLimit: (_after: number, _o: unknown, _k: unknown, retryCount: number) => retryCount < retries,
      onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, retryCount: number) =>
        retryCount < retries,
      ...options.throttle,
    } as ThrottlingOptions,
  })
}

/** A GitHub (or GitHub Enterprise Server) repository through the REST API. */
export class GitHubRepository implements Repository {
  readonly id: string
  private readonly owner: string
  private readonly repo: string
  private readonly api: GitHubClient
  private readonly concurrency: number
  private readonly options: GitHubOptions
  private readonly baseUrl: string

  constructor(fullName: string, options: GitHubOptions = {}) {
    this.options = options
    this.baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, '')
    const [owner, repo] = fullName.split('/') as [string, string]
    this.owner = owner
    this.repo = repo
    this.id = `github:${fullName}`
    this.api = githubClient(options)
    this.concurrency = options.concurrency ?? 1
  }

  private get at() {
    return { owner: this.owner, repo: this.repo }
  }

  async info(): Promise<RepositoryInfo> {
    const { data } = await this.call(() => this.api.rest.repos.get(this.at))
    return { fullName: data.full_name, defaultBranch: data.default_branch }
  }

  async listBranches(): Promise<Branch[]> {
    const branches = await this.call(() =>
      this.api.paginate(this.api.rest.repos.listBranches, { ...this.at, per_page: 100 }),
    )
    return branches.map((b) => ({ name: b.name, commit: b.commit.sha }))
  }

  async resolve(ref: string): Promise<string> {
    try {
      const { data } = await this.api.rest.repos.getCommit({ ...this.at, ref, per_page: 1 })
      return data.sha
    } catch (e) {
      if (e instanceof RequestError && (e.status === 404 || e.status === 422))
        throw new UserError(`${this.id}: no branch, tag or commit named ${ref}`, 1)
      throw this.explain(e)
    }
  }

  /** One call: the recursive tree. Only a tree too large for one answer is walked level by level. */
  async listFiles(commit: string): Promise<RepoFile[]> {
    const { data } = await this.call(() =>
      this.api.rest.git.getTree({ ...this.at, tree_sha: commit, recursive: 'true' }),
    )
    if (!data.truncated) return blobsOf(data.tree, '')
    return this.walk(commit, '')
  }

  private async walk(tree: string, prefix: string): Promise<RepoFile[]> {
    const { data } = await this.call(() => this.api.rest.git.getTree({ ...this.at, tree_sha: tree }))
    const files = blobsOf(data.tree, prefix)
    for (const t of data.tree.filter((e) => e.type === 'tree' && e.sha && e.path))
      files.push(...(await this.walk(t.sha, `${prefix}${t.path}/`)))
    return files
  }

  /** One blob read per file, one at a time (`GitHubOptions.concurrency`). */
  async readFiles(_commit: string, files: RepoFile[]): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>()
    let next = 0
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const f = files[i] as RepoFile
        const { data } = await this.call(() => this.api.rest.git.getBlob({ ...this.at, file_sha: f.blob }))
        out.set(
          f.path,
          new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')),
        )
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, files.length) }, worker))
    return new Map(files.map((f) => [f.path, out.get(f.path) as Uint8Array]))
  }

  /**
   * Three requests however many files: the tree (already needed to know what is there, and how
   * large), then the tarball, when more than a couple of files are wanted and the whole tree is not
   * too large to download for them.
   */
  async readTree(
    commit: string,
    wanted: (path: string) => boolean,
  ): Promise<Array<RepoFile & { bytes: Uint8Array }> | undefined> {
    const listed = await this.listFiles(commit)
    const picked = listed.filter((f) => wanted(f.path))
    const total = listed.reduce((sum, f) => sum + (f.size ?? 0), 0)
    if (picked.length <= ARCHIVE_MIN_FILES || total > ARCHIVE_MAX_BYTES) {
      const contents = await this.readFiles(commit, picked)
      return picked.map((f) => ({ ...f, bytes: contents.get(f.path) as Uint8Array }))
    }
    // GitHub answers with a redirect to a signed URL on codeload: followed without the token.
    const body = await downloadArchive(
      `${this.baseUrl}/repos/${this.owner}/${this.repo}/tarball/${commit}`,
      {
        accept: 'application/vnd.github+json',
        'user-agent': 'tmi-sync',
        ...(this.options.token ? { authorization: `token ${this.options.token}` } : {}),
      },
      { ...(this.options.fetch ? { fetch: this.options.fetch } : {}), timeoutMs: this.options.timeoutMs },
    )
    const byPath = new Map(
      (await readTarGz(body, wanted, ARCHIVE_MAX_BYTES * 2)).map((f) => [f.path, f.bytes]),
    )
    // The tree is what was asked for; an archive that disagrees is not used.
    if (picked.some((f) => !byPath.has(f.path))) return undefined
    return picked.map((f) => ({ ...f, bytes: byPath.get(f.path) as Uint8Array }))
  }

  async createBranch(name: string, commit: string): Promise<void> {
    try {
      await this.api.rest.git.createRef({ ...this.at, ref: `refs/heads/${name}`, sha: commit })
    } catch (e) {
      if (e instanceof RequestError && e.status === 422)
        throw new WriteConflictError(`${this.id}: branch ${name} already exists`)
      throw this.explain(e)
    }
  }

  /**
   * The Git Data API: a tree on top of the parent's, a commit, then a fast-forward-only update of
   * the branch. A fast-forward is not a compare-and-swap (a branch force-pushed back to an ancestor
   * of our commit would accept it), so the head is checked again right before the update; only a
   * force-push landing between that check and the update could slip through.
   */
  async commit(request: CommitRequest): Promise<string> {
    const moved = (head: string | undefined) =>
      new WriteConflictError(
        `${this.id}: branch ${request.branch} is at ${head ?? 'nothing'}, not ${request.parent}: it moved since it was read`,
      )
    const head = await this.branchHead(request.branch)
    if (head !== request.parent) throw moved(head)
    const { data: parent } = await this.call(() =>
      this.api.rest.git.getCommit({ ...this.at, commit_sha: request.parent }),
    )
    // GitHub refuses (422) a tree that deletes a path its base does not have: such deletions are
    // already done, so they are left out rather than sent.
    const deletes = request.files.some((f) => f.content === null)
    const current =
      deletes || request.files.some((f) => f.expectedBlob !== undefined)
        ? new Map((await this.listFiles(request.parent)).map((f) => [f.path, f.blob]))
        : new Map<string, string>()
    for (const f of request.files)
      if (f.expectedBlob !== undefined && (current.get(f.path) ?? null) !== f.expectedBlob)
        throw new WriteConflictError(
          `${this.id}: ${f.path} changed on ${request.branch} since it was read`,
          f.path,
        )
    const entries = request.files.filter((f) => f.content !== null || current.has(f.path))
    if (entries.length === 0) return request.parent
    const { data: tree } = await this.call(() =>
      this.api.rest.git.createTree({
        ...this.at,
        base_tree: parent.tree.sha,
        tree: entries.map((f) =>
          f.content === null
            ? { path: f.path, mode: '100644' as const, type: 'blob' as const, sha: null }
            : { path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content },
        ),
      }),
    )
    const { data: commit } = await this.call(() =>
      this.api.rest.git.createCommit({
        ...this.at,
        message: request.message,
        tree: tree.sha,
        parents: [request.parent],
        ...(request.author ? { author: request.author } : {}),
      }),
    )
    const now = await this.branchHead(request.branch)
    if (now !== request.parent) throw moved(now)
    try {
      await this.api.rest.git.updateRef({
        ...this.at,
        ref: `heads/${request.branch}`,
        sha: commit.sha,
        force: false,
      })
    } catch (e) {
      const message = e instanceof RequestError ? githubMessage(e) : ''
      if (e instanceof RequestError && (e.status === 409 || /not a fast.?forward/i.test(message)))
        throw new WriteConflictError(`${this.id}: branch ${request.branch} moved while committing`)
      // Anything else GitHub refuses here is a rule, not a race: a rerun would be refused again.
      if (e instanceof RequestError && e.status === 422)
        throw new UserError(
          `${this.id}: GitHub refused to update ${request.branch}: ${message.trim().replace(/\s+/g, ' ')} (a branch protection rule or ruleset); write to another branch with --branch`,
          1,
        )
      throw this.explain(e)
    }
    return commit.sha
  }

  async openPullRequest(request: PullRequestRequest): Promise<PullRequest> {
    const { data: open } = await this.call(() =>
      this.api.rest.pulls.list({
        ...this.at,
        head: `${this.owner}:${request.head}`,
        base: request.base,
        state: 'open',
      }),
    )
    const existing = open[0]
    if (existing) {
      await this.call(() =>
        this.api.rest.pulls.update({
          ...this.at,
          pull_number: existing.number,
          title: request.title,
          body: request.body,
        }),
      )
      return { number: existing.number, url: existing.html_url, created: false }
    }
    const { data } = await this.call(() => this.api.rest.pulls.create({ ...this.at, ...request }))
    return { number: data.number, url: data.html_url, created: true }
  }

  async upsertComment(
    pullRequest: number,
    marker: string,
    body: string,
    options: { create?: boolean } = {},
  ): Promise<void> {
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`
    const mine = await this.markedComment(pullRequest, marker)
    if (mine !== undefined) return this.editComment(mine, text)
    if (options.create === false) return
    try {
      // Never retried blindly: a POST whose answer was lost may have made the comment already.
      await this.api.rest.issues.createComment({
        ...this.at,
        issue_number: pullRequest,
        body: text,
        request: { retries: 0 },
      })
    } catch (e) {
      if (e instanceof RequestError && e.status < 500) throw this.explain(e)
      const made = await this.markedComment(pullRequest, marker)
      if (made !== undefined) await this.editComment(made, text)
      else
        await this.call(() =>
          this.api.rest.issues.createComment({ ...this.at, issue_number: pullRequest, body: text }),
        )
    }
  }

  /** The id of the comment on a pull request that starts with `marker`, if there is one. */
  private async markedComment(pullRequest: number, marker: string): Promise<number | undefined> {
    return (await this.findComment(pullRequest, marker))?.id
  }

  /** The comment on a pull request that starts with `marker`, if there is one. */
  async findComment(pullRequest: number, marker: string): Promise<{ id: number; body: string } | undefined> {
    const comments = await this.call(() =>
      this.api.paginate(this.api.rest.issues.listComments, {
        ...this.at,
        issue_number: pullRequest,
        per_page: 100,
      }),
    )
    const found = comments.find((c) => c.body?.startsWith(marker))
    return found ? { id: found.id, body: found.body ?? '' } : undefined
  }

  /** The merged pull requests a commit came from (GitHub: the ones associated with it). */
  async mergedPullRequestsOf(commit: string): Promise<number[]> {
    const pulls = await this.call(() =>
      this.api.paginate(this.api.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...this.at,
        commit_sha: commit,
        per_page: 100,
      }),
    )
    return pulls.filter((p) => p.merged_at).map((p) => p.number)
  }

  private async editComment(id: number, text: string): Promise<void> {
    await this.call(() => this.api.rest.issues.updateComment({ ...this.at, comment_id: id, body: text }))
  }

  private async branchHead(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.api.rest.git.getRef({ ...this.at, ref: `heads/${branch}` })
      return data.object.sha
    } catch (e) {
      if (e instanceof RequestError && e.status === 404) return undefined
      throw this.explain(e)
    }
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (e) {
      throw this.explain(e)
    }
  }

  /** GitHub's answer as one line the user can act on; Octokit's error text can carry request details. */
  private explain(e: unknown): Error {
    if (!(e instanceof RequestError)) return e as Error
    const what = `${e.request.method} ${new URL(e.request.url).pathname}`
    if (e.status === 401)
      return new UserError(`${this.id}: GitHub refused the token (${what} → 401); check GITHUB_TOKEN`, 1)
    if (e.status === 404)
      return new UserError(`${this.id}: not found, or the token cannot see it (${what} → 404)`, 1)
    return new UserError(`${this.id}: GitHub answered ${what} with ${e.status}: ${githubMessage(e)}`, 1)
  }
}

function githubMessage(e: RequestError): string {
  return (e.response?.data as { message?: string } | undefined)?.message ?? e.message
}

function blobsOf(
  tree: Array<{ path?: string; type?: string; sha?: string; size?: number }>,
  prefix: string,
): RepoFile[] {
  return tree
    .filter((e) => e.type === 'blob' && e.path && e.sha)
    .map((e) => ({
      path: `${prefix}${e.path}`,
      blob: e.sha!,
      ...(e.size !== undefined ? { size: e.size } : {}),
    }))
}

/** Repositories a token can see: an organisation's or a user's, or the token owner's own. */
export async function listGitHubRepositories(
  owner: string | undefined,
  options: GitHubOptions,
): Promise<RepositoryInfo[]> {
  const api = githubClient(options)
  const repos = owner
    ? await api
        .paginate(api.rest.repos.listForOrg, { org: owner, per_page: 100 })
        .catch(async (e: unknown) => {
          if (e instanceof RequestError && e.status === 404)
            return api.paginate(api.rest.repos.listForUser, { username: owner, per_page: 100 })
          throw e
        })
    : await api.paginate(api.rest.repos.listForAuthenticatedUser, { per_page: 100 }).catch((e: unknown) => {
        // A workflow's GITHUB_TOKEN is an installation's, not a user's: it lists the installation's.
        if (e instanceof RequestError && e.status === 403)
          return api.paginate(api.rest.apps.listReposAccessibleToInstallation, { per_page: 100 })
        throw e
      })
  return repos.map((r) => ({
    fullName: r.full_name,
    defaultBranch: r.default_branch ?? 'main',
    archived: r.archived === true,
    fork: r.fork,
  }))
}

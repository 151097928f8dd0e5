import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { fileURLToPath } from 'node:url'
import { GitStore, type Commit, type Entry } from './git-store.js'
import { SpecChecker } from './openapi.js'

/** The official GitHub REST description, from @octokit/openapi (a dev dependency). */
export const GITHUB_SPEC = fileURLToPath(
  new URL('../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url),
)

type Fault = {
  method: string
  path: RegExp
  status: number
  headers?: Record<string, string>
  message: string
  times: number
  /** The request is carried out, then answered with the failure (an answer lost on the way). */
  afterDone?: boolean
}

/**
 * GitHub's REST API for one repository, in memory, behind msw: real git object ids, the Git Data
 * API, refs that only fast-forward (422 otherwise), Link-header pagination, pull requests and
 * comments. Answers start from the official spec's examples, and every exchange the adapter makes
 * is checked against the official description (`violations`).
 */
export class GitHubFake extends GitStore {
  readonly checker: SpecChecker
  readonly requests: Array<{ method: string; path: string }> = []
  readonly pulls: Array<{
    number: number
    head: string
    base: string
    title: string
    body: string
    state: string
    /** A merged pull request: the commit its merge made. */
    merge_commit_sha?: string
  }> = []
  readonly comments: Array<{ id: number; issue: number; body: string }> = []
  readonly server: SetupServer
  private faults: Fault[] = []
  private readonly api: string

  readonly fullName: string
  readonly baseUrl: string
  readonly pageSize: number
  /** Where the tarball's redirect points (GitHub: codeload.github.com). */
  codeloadUrl = 'https://codeload.github.com'
  /** The repositories an organisation's or user's listing holds (default: this one). */
  listed: Array<{ full_name: string; archived?: boolean; fork?: boolean }> | undefined
  /** Entries a recursive tree answer holds before it is truncated (GitHub: 100,000). */
  treeLimit = 100_000

  constructor(fullName = 'acme/threat-models', baseUrl = 'https://api.github.com', pageSize = 30) {
    super()
    this.fullName = fullName
    this.baseUrl = baseUrl
    this.pageSize = pageSize
    this.api = `${baseUrl}/repos/${fullName}`
    this.checker = new SpecChecker(GITHUB_SPEC, {
      id: 'github',
      basePath: new URL(baseUrl).pathname.replace(/\/$/, ''),
    })
    this.server = setupServer(...this.handlers())
  }

  get violations() {
    return this.checker.violations
  }

  /** The adapter's fetch: every exchange is checked against the spec on the way. */
  fetch(): typeof fetch {
    return this.checker.fetch(globalThis.fetch, (res) => res.headers.has('x-fake-fault'))
  }

  /**
   * The next `times` requests matching answer with `status`, `headers` and GitHub's `message`
   * instead. Injected answers are not held to the spec (they are marked `x-fake-fault`).
   */
  fail(
    method: string,
    path: RegExp,
    status: number,
    options: {
      headers?: Record<string, string>
      message?: string
      times?: number
      afterDone?: boolean
    } = {},
  ): void {
    this.faults.push({
      method,
      path,
      status,
      headers: options.headers ?? {},
      message: options.message ?? `injected ${status}`,
      times: options.times ?? 1,
      ...(options.afterDone ? { afterDone: true } : {}),
    })
  }

  /** The Authorization header of each codeload download: a signed URL needs none, and gets none. */
  readonly codeloadAuthorization: Array<string | null> = []

  /** Branches a protection rule or ruleset guards: GitHub's 422 message for a push to each. */
  readonly protectedBranches = new Map<string, string>()

  /** GitHub's secondary rate limit, as it answers it. */
  secondaryRateLimit(method: string, path: RegExp): void {
    this.fail(method, path, 403, {
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    })
  }

  /** The primary rate limit, exhausted until the next second. */
  primaryRateLimit(method: string, path: RegExp, status: 403 | 429 = 429): void {
    this.fail(method, path, status, {
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
      message: 'API rate limit exceeded for user ID 1.',
    })
  }

  // --- the API ---

  /** The handlers that play GitHub (served in-process by `server`, or over HTTP: http-fake.ts). */
  handlers() {
    const spec = (template: string, method: string, status: number) =>
      this.checker.example(template, method, status)
    const json = (body: JsonBodyType, status = 200, headers: Record<string, string> = {}) =>
      HttpResponse.json(body, { status, headers })
    const notFound = () =>
      json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, 404)
    const T = '/repos/{owner}/{repo}'
    const route = (
      method: 'get' | 'post' | 'patch',
      path: string,
      answer: (req: Request, params: Record<string, string>, url: URL) => Promise<Response> | Response,
    ) =>
      http[method](`${this.api}${path}`, async ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: request.method, path: url.pathname })
        const fault = this.faults.find(
          (f) => f.method === request.method && f.path.test(url.pathname) && f.times > 0,
        )
        const decodedParams = () =>
          Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decodeURIComponent(String(v))]))
        if (fault) {
          fault.times--
          if (fault.afterDone) await answer(request, decodedParams(), url)
          return json(
            { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
            fault.status,
            {
              ...fault.headers,
              'x-fake-fault': '1',
            },
          )
        }
        return answer(request, decodedParams(), url)
      })
    const page = <I>(url: URL, items: I[]) => {
      // The fake's page size caps what is asked for, as GitHub caps per_page at 100.
      const per = Math.min(Number(url.searchParams.get('per_page') ?? this.pageSize), this.pageSize)
      const n = Number(url.searchParams.get('page') ?? 1)
      const slice = items.slice((n - 1) * per, n * per)
      const headers: Record<string, string> = {}
      if (n * per < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(n + 1))
        headers.link = `<${next.toString()}>; rel="next"`
      }
      return json(slice as JsonBodyType, 200, headers)
    }
    const gitRef = (ref: string, sha: string) => ({
      ...spec(`${T}/git/ref/{ref}`, 'get', 200),
      ref,
      url: `${this.api}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.api}/git/commits/${sha}` },
    })
    const gitCommit = (sha: string) => {
      const c = this.commits.get(sha) as Commit
      return {
        ...spec(`${T}/git/commits/{commit_sha}`, 'get', 200),
        sha,
        message: c.message,
        tree: { sha: c.tree, url: `${this.api}/git/trees/${c.tree}` },
        parents: c.parents.map((p) => ({
          sha: p,
          url: `${this.api}/git/commits/${p}`,
          html_url: `https://github.com/${this.fullName}/commit/${p}`,
        })),
      }
    }
    const pull = (p: (typeof this.pulls)[number]) => ({
      ...spec(`${T}/pulls/{pull_number}`, 'get', 200),
      number: p.number,
      title: p.title,
      body: p.body,
      state: p.state,
      merged_at: p.merge_commit_sha ? '2026-12-04T00:00:00Z' : null,
      merge_commit_sha: p.merge_commit_sha ?? null,
      html_url: `https://github.com/${this.fullName}/pull/${p.number}`,
      // The spec's example teams lack fields its schema requires.
      requested_teams: [],
    })
    const comment = (c: (typeof this.comments)[number]) => ({
      ...spec(`${T}/issues/comments/{comment_id}`, 'get', 200),
      id: c.id,
      body: c.body,
    })

    // A workflow's GITHUB_TOKEN (an installation token, `ghs_…`) has no user: GitHub refuses
    // /user/repos for it, and lists what the installation can see at /installation/repositories.
    const installationToken = (req: Request) =>
      /^(token|bearer) ghs_/i.test(req.headers.get('authorization') ?? '')
    // Repositories an organisation, a user, or the token's owner has: this one.
    const repoList = (template: string, userOnly = false) =>
      http.get(`${this.baseUrl}${template.replace(/\{(\w+)\}/g, ':$1')}`, ({ request }) => {
        this.requests.push({ method: 'GET', path: new URL(request.url).pathname })
        if (userOnly && installationToken(request))
          return json(
            {
              message: 'Resource not accessible by integration',
              documentation_url:
                'https://docs.github.com/rest/repos/repos#list-repositories-for-the-authenticated-user',
            },
            403,
          )
        const {
          source: _s,
          parent: _p,
          template_repository: _t,
          ...minimal
        } = first(spec(template, 'get', 200))
        const all = this.listed ?? [{ full_name: this.fullName }]
        return json(
          all.map((r) => ({
            ...minimal,
            full_name: r.full_name,
            name: r.full_name.split('/')[1],
            default_branch: 'main',
            language: null,
            archived: r.archived === true,
            fork: r.fork === true,
          })),
        )
      })
    return [
      http.get(`${this.codeloadUrl}/${this.fullName}/legacy.tar.gz/:sha`, ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: 'GET', path: `codeload:${url.pathname}` })
        this.codeloadAuthorization.push(request.headers.get('authorization'))
        const sha = String(params.sha)
        if (url.searchParams.get('token') !== 'signed' || !this.commits.has(sha))
          return new HttpResponse('Not Found', { status: 404 })
        return new HttpResponse(this.archive(sha, `${this.fullName.replace('/', '-')}-${sha.slice(0, 7)}`), {
          headers: { 'content-type': 'application/x-gzip' },
        })
      }),
      repoList('/orgs/{org}/repos'),
      repoList('/user/repos', true),
      http.get(`${this.baseUrl}/installation/repositories`, ({ request }) => {
        this.requests.push({ method: 'GET', path: new URL(request.url).pathname })
        const example = spec('/installation/repositories', 'get', 200) as { repositories: unknown[] }
        const { source: _s, parent: _p, template_repository: _t, ...minimal } = first(example.repositories)
        return json({
          ...example,
          total_count: 1,
          repositories: [{ ...minimal, full_name: this.fullName, default_branch: 'main', language: null }],
        })
      }),
      route('get', '', () => {
        // The spec's example lacks `language`, which its schema requires; and a fork's parent is not ours.
        const { source: _source, parent: _parent, ...repo } = spec(T, 'get', 200)
        return json({ ...repo, language: null, full_name: this.fullName, default_branch: 'main' })
      }),
      route('get', '/branches', (_r, _p, url) =>
        page(
          url,
          [...this.refs]
            .filter(([r]) => r.startsWith('refs/heads/'))
            .map(([r, sha]) => ({
              name: r.slice('refs/heads/'.length),
              commit: { sha, url: `${this.api}/commits/${sha}` },
              protected: false,
            })),
        ),
      ),
      route('get', '/commits/:ref', (_r, { ref }) => {
        const sha = this.resolve(ref as string)
        if (!sha)
          return json(
            { message: `No commit found for SHA: ${ref}`, documentation_url: 'https://docs.github.com/rest' },
            422,
          )
        return json({ ...spec(`${T}/commits/{ref}`, 'get', 200), sha, files: [] })
      }),
      route('get', '/git/trees/:sha', (_r, { sha }, url) => {
        const tree = this.commits.get(sha ?? '')?.tree ?? sha ?? ''
        if (!this.trees.has(tree)) return notFound()
        const recursive = url.searchParams.get('recursive') !== null
        // GitHub caps a recursive answer (100,000 entries, 7 MB) and says so with `truncated`.
        const all = recursive
          ? this.flatten(tree)
          : (this.trees.get(tree) as Entry[]).map((e) => ({ ...e, path: e.name }))
        const truncated = recursive && all.length > this.treeLimit
        const entries = truncated ? all.slice(0, this.treeLimit) : all
        return json({
          sha: tree,
          url: `${this.api}/git/trees/${tree}`,
          truncated,
          tree: entries.map((e) => ({
            path: e.path,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            url: `${this.api}/git/${e.type}s/${e.sha}`,
            ...(e.type === 'blob' ? { size: (this.blobs.get(e.sha) as Buffer).length } : {}),
          })),
        })
      }),
      route('get', '/git/blobs/:sha', (_r, { sha }) => {
        const blob = this.blobs.get(sha as string)
        if (!blob) return notFound()
        return json({
          ...spec(`${T}/git/blobs/{file_sha}`, 'get', 200),
          sha: sha as string,
          size: blob.length,
          content: blob.toString('base64').replace(/(.{60})/g, '$1\n'),
          encoding: 'base64',
          url: `${this.api}/git/blobs/${sha}`,
        })
      }),
      // The tarball: a 302 to a signed URL on codeload, which takes no Authorization.
      route('get', '/tarball/:ref', (_r, { ref }) => {
        const sha = this.resolve(ref as string)
        if (!sha) return notFound()
        return new HttpResponse(null, {
          status: 302,
          headers: {
            location: `${this.codeloadUrl}/${this.fullName}/legacy.tar.gz/${sha}?token=signed`,
          },
        })
      }),
      route('get', '/git/ref/:ref', (_r, { ref }) => {
        const sha = this.refs.get(`refs/${ref}`)
        return sha ? json(gitRef(`refs/${ref}`, sha)) : notFound()
      }),
      route('post', '/git/refs', async (req) => {
        const body = (await req.json()) as { ref: string; sha: string }
        if (this.refs.has(body.ref))
          return json(
            { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' },
            422,
          )
        this.refs.set(body.ref, body.sha)
        return json(gitRef(body.ref, body.sha), 201)
      }),
      route('patch', '/git/refs/:ref', async (req, { ref }) => {
        const body = (await req.json()) as { sha: string; force?: boolean }
        const name = `refs/${ref}`
        const current = this.refs.get(name)
        if (!current)
          return json(
            { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest' },
            422,
          )
        const isAncestor = (c: string | undefined): boolean =>
          c === current || (c !== undefined && (this.commits.get(c)?.parents ?? []).some(isAncestor))
        const rule = this.protectedBranches.get(name.replace(/^refs\/heads\//, ''))
        if (rule) return json({ message: rule, documentation_url: 'https://docs.github.com/rest' }, 422)
        if (!body.force && !isAncestor(body.sha))
          return json(
            { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest' },
            422,
          )
        this.refs.set(name, body.sha)
        return json(gitRef(name, body.sha))
      }),
      route('get', '/git/commits/:sha', (_r, { sha }) =>
        this.commits.has(sha as string) ? json(gitCommit(sha as string)) : notFound(),
      ),
      route('post', '/git/trees', async (req) => {
        const body = (await req.json()) as {
          base_tree?: string
          tree: Array<{ path: string; sha?: string | null; content?: string }>
        }
        const files: Record<string, string | Buffer> = {}
        if (body.base_tree)
          for (const e of this.flatten(body.base_tree))
            if (e.type === 'blob') files[e.path] = this.blobs.get(e.sha) as Buffer
        for (const e of body.tree) {
          // GitHub refuses to delete what the base tree does not have.
          if (e.sha === null && !(e.path in files))
            return json(
              { message: 'GitRPC::BadObjectState', documentation_url: 'https://docs.github.com/rest' },
              422,
            )
          if (e.sha === null) delete files[e.path]
          else if (e.content !== undefined) files[e.path] = e.content
          else if (e.sha) files[e.path] = this.blobs.get(e.sha) as Buffer
        }
        const sha = this.writeFiles(files)
        return json({ sha, url: `${this.api}/git/trees/${sha}`, truncated: false, tree: [] }, 201)
      }),
      route('post', '/git/commits', async (req) => {
        const body = (await req.json()) as { message: string; tree: string; parents: string[] }
        const sha = this.writeCommit(body.tree, body.parents, body.message)
        return json(gitCommit(sha), 201)
      }),
      route('get', '/commits/:sha/pulls', (_r, { sha }, url) =>
        page(
          url,
          this.pulls
            .filter((p) => p.merge_commit_sha === sha)
            .map((p) => ({ ...first(spec(`${T}/commits/{commit_sha}/pulls`, 'get', 200)), ...pull(p) })),
        ),
      ),
      route('get', '/pulls', (_r, _p, url) => {
        const head = url.searchParams.get('head')?.split(':').pop()
        const base = url.searchParams.get('base')
        const open = this.pulls.filter(
          (p) => p.state === 'open' && (!head || p.head === head) && (!base || p.base === base),
        )
        return page(
          url,
          open.map((p) => ({ ...first(spec(`${T}/pulls`, 'get', 200)), ...pull(p) })),
        )
      }),
      route('post', '/pulls', async (req) => {
        const body = (await req.json()) as { head: string; base: string; title: string; body: string }
        const p = { number: this.pulls.length + 1, ...body, state: 'open' }
        this.pulls.push(p)
        return json(pull(p), 201)
      }),
      route('patch', '/pulls/:n', async (req, { n }) => {
        const p = this.pulls.find((x) => x.number === Number(n))
        if (!p) return notFound()
        Object.assign(p, (await req.json()) as object)
        return json(pull(p))
      }),
      route('get', '/issues/:n/comments', (_r, { n }, url) =>
        page(url, this.comments.filter((c) => c.issue === Number(n)).map(comment)),
      ),
      route('post', '/issues/:n/comments', async (req, { n }) => {
        const c = {
          id: 1000 + this.comments.length,
          issue: Number(n),
          body: ((await req.json()) as { body: string }).body,
        }
        this.comments.push(c)
        return json(comment(c), 201)
      }),
      route('patch', '/issues/comments/:id', async (req, { id }) => {
        const c = this.comments.find((x) => x.id === Number(id))
        if (!c) return notFound()
        c.body = ((await req.json()) as { body: string }).body
        return json(comment(c))
      }),
    ]
  }
}

/** The first item of a list example. */
function first(example: unknown): Record<string, unknown> {
  return (Array.isArray(example) ? example[0] : example) as Record<string, unknown>
}

import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { GitStore } from './git-store.js'

type Fault = { method: string; path: RegExp; status: number; headers: Record<string, string>; times: number }

/**
 * Bitbucket Cloud's API 2.0 for one repository, in memory, behind msw, shaped as Atlassian
 * documents it: `{values, next}` pages, `src` listings with `max_depth`, raw file reads, one
 * multipart `POST /src` commit whose `parents` must be the branch tip (409 otherwise; a branch
 * that does not exist is created from `parents`, as Bitbucket does), branches and tags with `q`,
 * pull requests filtered with `q`, and comments. Requests without credentials get 401.
 */
export class BitbucketFake extends GitStore {
  readonly requests: Array<{ method: string; path: string }> = []
  readonly pulls: Array<{
    id: number
    title: string
    description: string
    source: string
    destination: string
    state: string
  }> = []
  readonly comments: Array<{ id: number; pr: number; raw: string }> = []
  readonly server: SetupServer
  readonly fullName: string
  readonly baseUrl: string
  /** The web host (downloads): the API's host without `api.`, as the adapter derives it. */
  readonly webUrl: string
  readonly pageSize: number
  private faults: Fault[] = []
  /** Some token kinds may use the API but not the web host's downloads: it sends them to sign in. */
  downloadRefused = false

  constructor(
    fullName = 'acme-security/threat-models',
    pageSize = 2,
    baseUrl = 'https://api.bitbucket.org/2.0',
  ) {
    super()
    this.fullName = fullName
    this.baseUrl = baseUrl
    const web = new URL(baseUrl)
    web.hostname = web.hostname.replace(/^api\./, '')
    this.webUrl = web.origin
    this.pageSize = pageSize
    this.server = setupServer(...this.handlers())
  }

  fail(method: string, path: RegExp, status: number, headers: Record<string, string> = {}, times = 1): void {
    this.faults.push({ method, path, status, headers, times })
  }

  /** The repositories the workspace's listing holds (default: this one). */
  listed: Array<{ full_name: string; fork?: boolean }> | undefined

  handlers() {
    const base = `${this.baseUrl}/repositories/${this.fullName}`
    const json = (body: JsonBodyType, status = 200, headers: Record<string, string> = {}) =>
      HttpResponse.json(body, { status, headers })
    const error = (status: number, message: string) => json({ type: 'error', error: { message } }, status)
    const route = (
      method: 'get' | 'post' | 'put',
      path: string,
      answer: (req: Request, params: Record<string, string>, url: URL) => Promise<Response> | Response,
    ) =>
      http[method](`${base}${path}`, async ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: request.method, path: url.pathname })
        if (!/^(Bearer|Basic) \S+/.test(request.headers.get('authorization') ?? ''))
          return error(401, 'Unauthorized')
        const fault = this.faults.find(
          (f) => f.method === request.method && f.path.test(url.pathname) && f.times > 0,
        )
        if (fault) {
          fault.times--
          return json({ type: 'error', error: { message: 'injected' } }, fault.status, fault.headers)
        }
        const decoded = Object.fromEntries(
          Object.entries(params).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.map(decodeURIComponent).join('/') : decodeURIComponent(String(v)),
          ]),
        )
        return answer(request, decoded, url)
      })
    const page = <I>(url: URL, items: I[]) => {
      const per = Math.min(Number(url.searchParams.get('pagelen') ?? 10), this.pageSize)
      const n = Number(url.searchParams.get('page') ?? 1)
      const body: Record<string, unknown> = {
        pagelen: per,
        page: n,
        size: items.length,
        values: items.slice((n - 1) * per, n * per),
      }
      if (n * per < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(n + 1))
        body.next = next.toString()
      }
      return json(body as JsonBodyType)
    }
    const pr = (p: (typeof this.pulls)[number]) => ({
      type: 'pullrequest',
      id: p.id,
      title: p.title,
      description: p.description,
      state: p.state,
      source: { branch: { name: p.source } },
      destination: { branch: { name: p.destination } },
      links: { html: { href: `https://bitbucket.org/${this.fullName}/pull-requests/${p.id}` } },
    })
    const filesAt = (commit: string) =>
      this.flatten((this.commits.get(commit) as { tree: string }).tree).filter((e) => e.type === 'blob')
    const workspace = http.get(`${this.baseUrl}/repositories/:workspace`, ({ request, params }) => {
      const url = new URL(request.url)
      this.requests.push({ method: 'GET', path: url.pathname })
      const all = this.listed ?? [{ full_name: this.fullName }]
      return page(
        url,
        all
          .filter((r) => r.full_name.split('/')[0] === params.workspace)
          .map((r) => ({
            type: 'repository',
            full_name: r.full_name,
            mainbranch: { type: 'branch', name: 'main' },
            ...(r.fork ? { parent: { type: 'repository', full_name: 'upstream/x' } } : {}),
          })),
      )
    })
    // The web host's download of a commit: the same credentials as the API.
    const download = http.get(`${this.webUrl}/${this.fullName}/get/:file`, ({ request, params }) => {
      const url = new URL(request.url)
      this.requests.push({ method: 'GET', path: `web:${url.pathname}` })
      if (this.downloadRefused || !/^(Bearer|Basic) \S+/.test(request.headers.get('authorization') ?? ''))
        return new HttpResponse(null, {
          status: 302,
          headers: { location: 'https://bitbucket.org/account/signin/' },
        })
      const sha = this.resolve(String(params.file).replace(/\.tar\.gz$/, ''))
      if (!sha) return error(404, 'Not found')
      const prefix = `${this.fullName.replace('/', '-')}-${sha.slice(0, 12)}`
      return new HttpResponse(this.archive(sha, prefix), {
        headers: { 'content-type': 'application/x-gzip' },
      })
    })
    const signin = http.get('https://bitbucket.org/account/signin/', () =>
      HttpResponse.html('<html><body>Log in to continue</body></html>'),
    )
    return [
      download,
      signin,
      workspace,
      route('get', '', () =>
        json({
          type: 'repository',
          full_name: this.fullName,
          mainbranch: { type: 'branch', name: 'main' },
          is_private: true,
        }),
      ),
      ...(['branches', 'tags'] as const).map((kind) =>
        route('get', `/refs/${kind}`, (_r, _p, url) => {
          // BBQL as Bitbucket documents it for refs: `name="…"` (and `name ~ "…"`, not needed here).
          const q = url.searchParams.get('q')
          const exact = q ? /^name\s*=\s*"((?:[^"\\]|\\.)*)"$/.exec(q) : null
          if (q && !exact) return error(400, `Invalid query: ${q}`)
          const prefix = kind === 'branches' ? 'refs/heads/' : 'refs/tags/'
          return page(
            url,
            [...this.refs]
              .filter(([r]) => r.startsWith(prefix))
              .map(([r, hash]) => ({
                type: kind === 'branches' ? 'branch' : 'tag',
                name: r.slice(prefix.length),
                target: { type: 'commit', hash },
              }))
              .filter((b) => !exact || b.name === (exact[1] as string).replace(/\\(.)/g, '$1')),
          )
        }),
      ),
      route('post', '/refs/branches', async (req) => {
        const body = (await req.json()) as { name?: string; target?: { hash?: string } }
        if (!body.name || !body.target?.hash) return error(400, 'Bad request')
        if (this.refs.has(`refs/heads/${body.name}`)) return error(400, `BRANCH_ALREADY_EXISTS: ${body.name}`)
        const hash = this.resolve(body.target.hash)
        if (!hash) return error(400, 'Invalid target')
        this.refs.set(`refs/heads/${body.name}`, hash)
        return json({ type: 'branch', name: body.name, target: { hash } }, 201)
      }),
      route('get', '/commit/:rev', (_r, { rev }) => {
        // A commit hash, or a branch or tag name without `/`: Bitbucket cannot route one with it.
        const hash = (rev as string).includes('/') ? undefined : this.resolve(rev as string)
        return hash ? json({ type: 'commit', hash }) : error(404, `Commit not found: ${rev}`)
      }),
      route('get', '/src/:commit/*', (_r, params, url) => {
        const commit = this.resolve(params.commit as string)
        if (!commit) return error(404, 'Commit not found')
        const path = params['0'] ?? ''
        if (path === '') {
          const depth = Number(url.searchParams.get('max_depth') ?? 1)
          const entries = this.flatten((this.commits.get(commit) as { tree: string }).tree)
            .filter((e) => e.path.split('/').length <= depth)
            .map((e) => ({
              type: e.type === 'blob' ? 'commit_file' : 'commit_directory',
              path: e.path,
              commit: { type: 'commit', hash: commit },
              ...(e.type === 'blob' ? { size: (this.blobs.get(e.sha) as Buffer).length } : {}),
            }))
          return page(url, entries)
        }
        const file = filesAt(commit).find((e) => e.path === path)
        if (!file) return error(404, 'No such file or directory')
        return new HttpResponse(this.blobs.get(file.sha), {
          headers: { 'content-type': 'application/octet-stream' },
        })
      }),
      route('post', '/src', async (req) => {
        const form = await req.formData()
        const field = (name: string) => {
          const v = form.get(name)
          return typeof v === 'string' ? v : undefined
        }
        const branch = field('branch') ?? 'main'
        const parents = field('parents')
        const message = field('message') ?? ''
        const head = this.refs.get(`refs/heads/${branch}`)
        if (head && parents && parents !== head) return error(409, 'parents is not the tip of the branch')
        const parent = parents ?? head ?? ''
        const files: Record<string, Buffer> = Object.fromEntries(
          filesAt(parent).map((e) => [e.path, this.blobs.get(e.sha) as Buffer]),
        )
        for (const path of form.getAll('files'))
          if (typeof path === 'string') delete files[path.replace(/^\//, '')]
        for (const [name, value] of form.entries()) {
          if (['message', 'branch', 'parents', 'author', 'files'].includes(name)) continue
          files[name.replace(/^\//, '')] =
            typeof value === 'string'
              ? Buffer.from(value)
              : Buffer.from(new Uint8Array(await value.arrayBuffer()))
        }
        const hash = this.writeCommit(this.writeFiles(files), [parent], message)
        this.refs.set(`refs/heads/${branch}`, hash)
        return new HttpResponse(null, { status: 201, headers: { location: `${base}/commit/${hash}` } })
      }),
      route('get', '/pullrequests', (_r, _p, url) => {
        const q = url.searchParams.get('q') ?? ''
        const source = /source\.branch\.name="([^"]+)"/.exec(q)?.[1]
        const destination = /destination\.branch\.name="([^"]+)"/.exec(q)?.[1]
        const state = /state="([^"]+)"/.exec(q)?.[1]
        return page(
          url,
          this.pulls
            .filter(
              (p) =>
                (!source || p.source === source) &&
                (!destination || p.destination === destination) &&
                (!state || p.state === state),
            )
            .map(pr),
        )
      }),
      route('post', '/pullrequests', async (req) => {
        const body = (await req.json()) as {
          title?: string
          description?: string
          source?: { branch?: { name?: string } }
          destination?: { branch?: { name?: string } }
        }
        if (!body.title || !body.source?.branch?.name) return error(400, 'title and source are required')
        const p = {
          id: this.pulls.length + 1,
          title: body.title,
          description: body.description ?? '',
          source: body.source.branch.name,
          destination: body.destination?.branch?.name ?? 'main',
          state: 'OPEN',
        }
        this.pulls.push(p)
        return json(pr(p), 201)
      }),
      route('put', '/pullrequests/:id', async (req, { id }) => {
        const p = this.pulls.find((x) => x.id === Number(id))
        if (!p) return error(404, 'Not found')
        Object.assign(p, (await req.json()) as object)
        return json(pr(p))
      }),
      route('get', '/pullrequests/:id/comments', (_r, { id }, url) =>
        page(
          url,
          this.comments
            .filter((c) => c.pr === Number(id))
            .map((c) => ({ type: 'pullrequest_comment', id: c.id, content: { raw: c.raw } })),
        ),
      ),
      route('post', '/pullrequests/:id/comments', async (req, { id }) => {
        const raw = ((await req.json()) as { content?: { raw?: string } }).content?.raw
        if (!raw) return error(400, 'content.raw is required')
        const c = { id: 700 + this.comments.length, pr: Number(id), raw }
        this.comments.push(c)
        return json({ type: 'pullrequest_comment', id: c.id, content: { raw } }, 201)
      }),
      route('put', '/pullrequests/:id/comments/:comment', async (req, { comment }) => {
        const c = this.comments.find((x) => x.id === Number(comment))
        if (!c) return error(404, 'Not found')
        c.raw = ((await req.json()) as { content: { raw: string } }).content.raw
        return json({ type: 'pullrequest_comment', id: c.id, content: { raw: c.raw } })
      }),
    ]
  }
}

import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { GitStore } from './git-store.js'

type Fault = {
  method: string
  path: RegExp
  status: number
  headers: Record<string, string>
  times: number
  message?: string
}

/**
 * GitLab's REST API v4 for one project, in memory, behind msw, shaped as GitLab documents it:
 * the project addressed by its URL-encoded full path (nested groups), offset pagination with
 * `x-next-page` and Link headers, keyset pagination of the recursive tree, raw blobs, commits of
 * several actions refused (400) when a file was created, changed or deleted meanwhile
 * (`last_commit_id`), merge requests and their notes. Requests missing what GitLab requires are
 * answered 400, as GitLab would.
 */
export class GitLabFake extends GitStore {
  readonly requests: Array<{ method: string; path: string }> = []
  readonly mergeRequests: Array<{
    iid: number
    source_branch: string
    target_branch: string
    title: string
    description: string
    state: string
  }> = []
  readonly notes: Array<{ id: number; mr: number; body: string }> = []
  readonly server: SetupServer
  readonly fullPath: string
  readonly host: string
  readonly pageSize: number
  private faults: Fault[] = []

  constructor(
    fullPath = 'security/platform/threat-models',
    host = 'https://gitlab.example.com',
    pageSize = 2,
  ) {
    super()
    this.fullPath = fullPath
    this.host = host
    this.pageSize = pageSize
    this.server = setupServer(...this.handlers())
  }

  fail(
    method: string,
    path: RegExp,
    status: number,
    headers: Record<string, string> = {},
    times = 1,
    message?: string,
  ): void {
    this.faults.push({ method, path, status, headers, times, ...(message ? { message } : {}) })
  }

  /** Branches nobody may push to: GitLab answers a commit to one with 403. */
  readonly protectedBranches = new Set<string>()
  /** A user namespace beside the project's group: its projects are under /users, not /groups. */
  readonly user = 'alice'

  /** The last commit on `head`'s history that changed `path`. */
  lastCommitOf(head: string, path: string): string | undefined {
    const blobAt = (c: string | undefined) => (c ? this.filesAt(c).get(path) : undefined)
    let at: string | undefined = head
    while (at) {
      const parent: string | undefined = this.commits.get(at)?.parents[0]
      if (blobAt(at) !== blobAt(parent)) return at
      at = parent
    }
    return undefined
  }

  private filesAt(commit: string): Map<string, string> {
    return new Map(
      this.flatten((this.commits.get(commit) ?? { tree: '' }).tree)
        .filter((e) => e.type === 'blob')
        .map((e) => [e.path, e.sha]),
    )
  }

  /** Beside other projects' fakes on one server: another project's request is left to them. */
  shared = false
  /** The projects a group's or the user's listing holds (default: this one). */
  listed: Array<{ path_with_namespace: string; archived?: boolean; forked?: boolean }> | undefined

  handlers() {
    const base = `${this.host}/api/v4/projects/:id`
    const json = (body: JsonBodyType, status = 200, headers: Record<string, string> = {}) =>
      HttpResponse.json(body, { status, headers })
    const message = (status: number, text: string) => json({ message: text }, status)
    const route = (
      method: 'get' | 'head' | 'post' | 'put',
      path: string,
      answer: (req: Request, params: Record<string, string>, url: URL) => Promise<Response> | Response,
    ) =>
      http[method](`${base}${path}`, async ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: request.method, path: url.pathname })
        const fault = this.faults.find(
          (f) => f.method === request.method && f.path.test(url.pathname) && f.times > 0,
        )
        if (fault) {
          fault.times--
          return json({ message: fault.message ?? `${fault.status} injected` }, fault.status, fault.headers)
        }
        const decoded = Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, decodeURIComponent(String(v))]),
        )
        if (decoded.id !== this.fullPath)
          return this.shared ? undefined : message(404, '404 Project Not Found')
        return answer(request, decoded, url)
      })
    const offsetPage = <I>(url: URL, items: I[]) => {
      const per = Math.min(Number(url.searchParams.get('per_page') ?? 20), this.pageSize)
      const page = Number(url.searchParams.get('page') ?? 1)
      const headers: Record<string, string> = {
        'x-page': String(page),
        'x-per-page': String(per),
        'x-total': String(items.length),
      }
      if (page * per < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers['x-next-page'] = String(page + 1)
        headers.link = `<${next.toString()}>; rel="next"`
      } else headers['x-next-page'] = ''
      return json(items.slice((page - 1) * per, page * per) as JsonBodyType, 200, headers)
    }
    const mr = (m: (typeof this.mergeRequests)[number]) => ({
      id: 1000 + m.iid,
      ...m,
      web_url: `${this.host}/${this.fullPath}/-/merge_requests/${m.iid}`,
    })
    const project = {
      id: 42,
      path_with_namespace: this.fullPath,
      default_branch: 'main',
      web_url: `${this.host}/${this.fullPath}`,
    }
    const projectList = (path: string) =>
      http.get(`${this.host}/api/v4${path}`, ({ request }) => {
        const url = new URL(request.url)
        this.requests.push({ method: 'GET', path: url.pathname })
        return offsetPage(url, [project])
      })
    return [
      http.get(`${this.host}/api/v4/groups/:group/projects`, ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: 'GET', path: url.pathname })
        const group = decodeURIComponent(String(params.group))
        const projects = this.listed
          ? this.listed.map((p, i) => ({
              ...project,
              id: 100 + i,
              path_with_namespace: p.path_with_namespace,
              archived: p.archived === true,
              ...(p.forked ? { forked_from_project: { id: 1, path_with_namespace: 'upstream/x' } } : {}),
            }))
          : [project]
        // A group's projects, its subgroups' included (include_subgroups=true).
        const inGroup = projects.filter((p) => p.path_with_namespace.startsWith(`${group}/`))
        if (inGroup.length === 0) return message(404, '404 Group Not Found')
        const withSubgroups = url.searchParams.get('include_subgroups') === 'true'
        return offsetPage(
          url,
          withSubgroups
            ? inGroup
            : inGroup.filter((p) => !p.path_with_namespace.slice(group.length + 1).includes('/')),
        )
      }),
      http.get(`${this.host}/api/v4/users/:user/projects`, ({ request, params }) => {
        const url = new URL(request.url)
        this.requests.push({ method: 'GET', path: url.pathname })
        if (params.user !== this.user) return message(404, '404 User Not Found')
        return offsetPage(url, [{ ...project, path_with_namespace: `${this.user}/models` }])
      }),
      projectList('/projects'),
      route('get', '', () =>
        json({
          id: 42,
          path_with_namespace: this.fullPath,
          default_branch: 'main',
          web_url: `${this.host}/${this.fullPath}`,
        }),
      ),
      route('get', '/repository/branches', (_r, _p, url) =>
        offsetPage(
          url,
          [...this.refs]
            .filter(([r]) => r.startsWith('refs/heads/'))
            .map(([r, sha]) => ({ name: r.slice(11), commit: { id: sha } })),
        ),
      ),
      route('post', '/repository/branches', async (req, _p, url) => {
        const body = (await req.json().catch(() => ({}))) as { branch?: string; ref?: string }
        const branch = body.branch ?? url.searchParams.get('branch')
        const ref = body.ref ?? url.searchParams.get('ref')
        if (!branch || !ref) return message(400, 'branch is missing, ref is missing')
        if (this.refs.has(`refs/heads/${branch}`)) return message(400, 'Branch already exists')
        const sha = this.resolve(ref)
        if (!sha) return message(400, 'Invalid reference name')
        this.refs.set(`refs/heads/${branch}`, sha)
        return json({ name: branch, commit: { id: sha } }, 201)
      }),
      route('get', '/repository/commits/:sha', (_r, { sha }) => {
        const id = this.resolve(sha as string)
        return id
          ? json({ id, short_id: id.slice(0, 8), message: this.commits.get(id)?.message })
          : message(404, '404 Commit Not Found')
      }),
      route('get', '/repository/tree', (_r, _p, url) => {
        const commit = this.resolve(url.searchParams.get('ref') ?? 'main')
        if (!commit) return message(404, '404 Tree Not Found')
        if (url.searchParams.get('pagination') !== 'keyset') return message(400, 'expected keyset pagination')
        const all =
          url.searchParams.get('recursive') === 'true'
            ? this.flatten((this.commits.get(commit) as { tree: string }).tree)
            : []
        const per = Math.min(Number(url.searchParams.get('per_page') ?? 20), 100, this.pageSize)
        const from = Number(url.searchParams.get('page_token') ?? 0)
        const page = all
          .slice(from, from + per)
          .map((e) => ({ id: e.sha, name: e.name, type: e.type, path: e.path, mode: e.mode }))
        const headers: Record<string, string> = {}
        if (from + per < all.length) {
          const next = new URL(url)
          next.searchParams.set('page_token', String(from + per))
          headers.link = `<${next.toString()}>; rel="next"`
        }
        return json(page, 200, headers)
      }),
      route('get', '/repository/archive.tar.gz', (_r, _p, url) => {
        const sha = this.resolve(url.searchParams.get('sha') ?? 'main')
        if (!sha) return message(404, '404 Commit Not Found')
        const folder = url.searchParams.get('path')
        const name = this.fullPath.split('/').pop() as string
        const prefix = `${name}-${sha}-${sha}${folder ? `-${folder.replace(/\//g, '-')}` : ''}`
        return new HttpResponse(this.archive(sha, prefix, folder ? `${folder}/` : ''), {
          headers: { 'content-type': 'application/octet-stream' },
        })
      }),
      route('get', '/repository/blobs/:sha/raw', (_r, { sha }) => {
        const blob = this.blobs.get(sha as string)
        return blob
          ? new HttpResponse(blob, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
          : message(404, '404 Blob Not Found')
      }),
      route('get', '/repository/files/:path', (_r, { path }, url) => {
        const commit = this.resolve(url.searchParams.get('ref') ?? '')
        if (!commit) return message(400, 'ref is missing')
        const blob = this.filesAt(commit).get(path as string)
        if (!blob) return message(404, '404 File Not Found')
        const content = this.blobs.get(blob) as Buffer
        // The whole file, base64, as GitLab answers it: what HEAD avoids downloading.
        return json({
          file_name: (path as string).split('/').pop() ?? '',
          file_path: path,
          size: content.length,
          encoding: 'base64',
          content: content.toString('base64'),
          blob_id: blob,
          commit_id: commit,
          last_commit_id: this.lastCommitOf(commit, path as string),
          ref: url.searchParams.get('ref'),
        })
      }),
      route('head', '/repository/files/:path', (_r, { path }, url) => {
        const commit = this.resolve(url.searchParams.get('ref') ?? '')
        if (!commit) return new HttpResponse(null, { status: 400 })
        const blob = this.filesAt(commit).get(path as string)
        if (!blob) return new HttpResponse(null, { status: 404 })
        return new HttpResponse(null, {
          status: 200,
          headers: {
            'x-gitlab-file-path': path as string,
            'x-gitlab-size': String((this.blobs.get(blob) as Buffer).length),
            'x-gitlab-blob-id': blob,
            'x-gitlab-commit-id': commit,
            'x-gitlab-last-commit-id': this.lastCommitOf(commit, path as string) ?? '',
            'x-gitlab-ref': url.searchParams.get('ref') ?? '',
          },
        })
      }),
      route('post', '/repository/commits', async (req) => {
        const body = (await req.json()) as {
          branch?: string
          commit_message?: string
          actions?: Array<{ action: string; file_path: string; content?: string; last_commit_id?: string }>
        }
        if (!body.branch || !body.commit_message || !body.actions?.length)
          return message(400, 'branch, commit_message and actions are required')
        const head = this.refs.get(`refs/heads/${body.branch}`)
        if (!head) return message(400, 'You can only create or edit files when you are on a branch')
        if (this.protectedBranches.has(body.branch))
          return message(403, 'You are not allowed to push into this branch')
        const files = Object.fromEntries(
          [...this.filesAt(head)].map(([p, sha]) => [p, this.blobs.get(sha) as Buffer]),
        )
        for (const a of body.actions) {
          const exists = a.file_path in files
          if (a.action === 'create' && exists) return message(400, 'A file with this name already exists')
          if ((a.action === 'update' || a.action === 'delete') && !exists)
            return message(400, "A file with this name doesn't exist")
          if (a.last_commit_id && a.last_commit_id !== this.lastCommitOf(head, a.file_path))
            return message(
              400,
              'You are attempting to update a file that has changed since you started editing it.',
            )
          if (a.action === 'delete') delete files[a.file_path]
          else files[a.file_path] = Buffer.from(a.content ?? '')
        }
        const id = this.writeCommit(this.writeFiles(files), [head], body.commit_message)
        this.refs.set(`refs/heads/${body.branch}`, id)
        return json({ id, short_id: id.slice(0, 8), message: body.commit_message, parent_ids: [head] }, 201)
      }),
      route('get', '/merge_requests', (_r, _p, url) =>
        offsetPage(
          url,
          this.mergeRequests
            .filter((m) => m.state === (url.searchParams.get('state') ?? m.state))
            .filter(
              (m) =>
                !url.searchParams.get('source_branch') ||
                m.source_branch === url.searchParams.get('source_branch'),
            )
            .filter(
              (m) =>
                !url.searchParams.get('target_branch') ||
                m.target_branch === url.searchParams.get('target_branch'),
            )
            .map(mr),
        ),
      ),
      route('post', '/merge_requests', async (req) => {
        const body = (await req.json()) as {
          source_branch?: string
          target_branch?: string
          title?: string
          description?: string
        }
        if (!body.source_branch || !body.target_branch || !body.title)
          return message(400, 'source_branch, target_branch and title are required')
        const m = {
          iid: this.mergeRequests.length + 1,
          source_branch: body.source_branch,
          target_branch: body.target_branch,
          title: body.title,
          description: body.description ?? '',
          state: 'opened',
        }
        this.mergeRequests.push(m)
        return json(mr(m), 201)
      }),
      route('put', '/merge_requests/:iid', async (req, { iid }) => {
        const m = this.mergeRequests.find((x) => x.iid === Number(iid))
        if (!m) return message(404, '404 Not found')
        Object.assign(m, (await req.json()) as object)
        return json(mr(m))
      }),
      route('get', '/merge_requests/:iid/notes', (_r, { iid }, url) =>
        offsetPage(
          url,
          this.notes
            .filter((n) => n.mr === Number(iid))
            .map((n) => ({ id: n.id, body: n.body, system: false })),
        ),
      ),
      route('post', '/merge_requests/:iid/notes', async (req, { iid }) => {
        const body = (await req.json()) as { body?: string }
        if (!body.body) return message(400, 'body is missing')
        const n = { id: 500 + this.notes.length, mr: Number(iid), body: body.body }
        this.notes.push(n)
        return json({ id: n.id, body: n.body, system: false }, 201)
      }),
      route('put', '/merge_requests/:iid/notes/:note', async (req, { note }) => {
        const n = this.notes.find((x) => x.id === Number(note))
        if (!n) return message(404, '404 Not found')
        n.body = ((await req.json()) as { body: string }).body
        return json({ id: n.id, body: n.body, system: false })
      }),
    ]
  }
}

// Requests to read 2,000 model files in one repository, per provider: the ref, the listing, the
// reads (an archive of the tree, or one per file), and the median time. Hosts are answered by
// minimal in-process fakes (msw) whose archives are made by real `git archive`; local git is a real
// bare repository, counted in processes.
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import childProcess from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { simpleGit } from 'simple-git'
import { validatePaths } from '../../dist/index.js'
import { median, report } from './stats.js'

const FILES = 2000
const RUNS = 3

// Count git processes: simple-git and the batch reader both spawn through child_process.
let spawned = 0
const spawn = childProcess.spawn
childProcess.spawn = (...args) => {
  if (args[0] === 'git') spawned++
  return spawn(...args)
}
syncBuiltinESMExports()

const files = Array.from({ length: FILES }, (_, i) => {
  const key = `model-${String(i).padStart(3, '0')}`
  return {
    path: `models/team-${i % 10}/${key}.tm.yaml`,
    content: `tmi_sync: 1\nkey: ${key}\nname: Model ${i}\n`,
  }
})
files.push(
  { path: 'README.md', content: '# threat models\n' },
  { path: 'src/index.ts', content: 'export {}\n' },
)
const sha = (s) => createHash('sha1').update(s).digest('hex')
const blobs = new Map(files.map((f) => [sha(`blob ${f.content}`), f]))
const commit = sha('commit')
const dirs = [
  ...new Set(
    files.flatMap((f) =>
      f.path
        .split('/')
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join('/')),
    ),
  ),
]
const entries = [
  ...dirs.map((path) => ({ path, type: 'tree', sha: sha(`tree ${path}`) })),
  ...files.map((f) => ({
    path: f.path,
    type: 'blob',
    sha: sha(`blob ${f.content}`),
    size: f.content.length,
  })),
].sort((a, b) => (a.path < b.path ? -1 : 1))

// The repository, for real: local git reads it, and `git archive` makes the hosts' archives.
const root = mkdtempSync(join(tmpdir(), 'tmi-sync-bench-git-'))
const work = join(root, 'work')
const bare = join(root, 'models.git')
for (const f of files) {
  mkdirSync(join(work, f.path, '..'), { recursive: true })
  writeFileSync(join(work, f.path), f.content)
}
const setup = simpleGit(work)
await setup
  .init(['--initial-branch=main'])
  .addConfig('user.name', 'b')
  .addConfig('user.email', 'b@example.com')
await setup.add('.').commit('models')
await simpleGit().clone(work, bare, ['--bare'])
const archive = childProcess.execFileSync(
  'git',
  ['archive', '--format=tar.gz', `--prefix=acme-models-${commit.slice(0, 7)}/`, 'main'],
  {
    cwd: bare,
    maxBuffer: 256 * 1024 * 1024,
  },
)
const tarball = (request) => (
  log('read')(request),
  new HttpResponse(archive, { headers: { 'content-type': 'application/x-gzip' } })
)

let requests = []
const log = (kind) => (request) => requests.push({ kind, path: new URL(request.url).pathname })
const page = (url, items, per, nextOf) => {
  const from = Number(url.searchParams.get('page_token') ?? url.searchParams.get('page') ?? 0)
  return {
    items: items.slice(from, from + per),
    next: from + per < items.length ? nextOf(from + per) : undefined,
  }
}

const gh = 'https://api.github.com/repos/acme/models'
const gl = 'https://gitlab.example.com/api/v4/projects/security%2Fmodels'
const bb = 'https://api.bitbucket.org/2.0/repositories/acme/models'
const server = setupServer(
  // GitHub: one recursive tree, then one blob per file.
  http.get(
    gh,
    ({ request }) => (
      log('meta')(request),
      HttpResponse.json({ full_name: 'acme/models', default_branch: 'main' })
    ),
  ),
  http.get(`${gh}/commits/:ref`, ({ request }) => (log('meta')(request), HttpResponse.json({ sha: commit }))),
  http.get(`${gh}/git/trees/:sha`, ({ request }) => {
    log('list')(request)
    return HttpResponse.json({ sha: commit, truncated: false, tree: entries })
  }),
  http.get(`${gh}/tarball/:ref`, ({ request }) => {
    log('redirect')(request)
    return new HttpResponse(null, {
      status: 302,
      headers: { location: `https://codeload.github.com/acme/models/legacy.tar.gz/${commit}` },
    })
  }),
  http.get('https://codeload.github.com/acme/models/legacy.tar.gz/:sha', ({ request }) => tarball(request)),
  http.get(`${gl}/repository/archive.tar.gz`, ({ request }) => tarball(request)),
  http.get('https://bitbucket.org/acme/models/get/:file', ({ request }) => tarball(request)),
  http.get(
    `${bb}/refs/branches`,
    ({ request }) => (
      log('meta')(request),
      HttpResponse.json({ values: [{ name: 'main', target: { hash: commit } }] })
    ),
  ),
  http.get(`${gh}/git/blobs/:sha`, ({ request, params }) => {
    log('read')(request)
    return HttpResponse.json({
      content: Buffer.from(blobs.get(params.sha).content).toString('base64'),
      encoding: 'base64',
    })
  }),
  // GitLab: the tree in keyset pages of 100, then one raw read per file.
  http.get(
    gl,
    ({ request }) => (
      log('meta')(request),
      HttpResponse.json({ path_with_namespace: 'security/models', default_branch: 'main' })
    ),
  ),
  http.get(
    `${gl}/repository/commits/:sha`,
    ({ request }) => (log('meta')(request), HttpResponse.json({ id: commit })),
  ),
  http.get(`${gl}/repository/tree`, ({ request }) => {
    log('list')(request)
    const url = new URL(request.url)
    const { items, next } = page(url, entries, 100, (n) => {
      const u = new URL(url)
      u.searchParams.set('page_token', String(n))
      return u.toString()
    })
    return HttpResponse.json(
      items.map((e) => ({ id: e.sha, name: e.path.split('/').pop(), type: e.type, path: e.path })),
      { headers: next ? { link: `<${next}>; rel="next"` } : {} },
    )
  }),
  http.get(`${gl}/repository/blobs/:sha/raw`, ({ request, params }) => {
    log('read')(request)
    return new HttpResponse(blobs.get(params.sha).content, { headers: { 'content-type': 'text/plain' } })
  }),
  // Bitbucket: the src listing in pages of 100, then one raw read per file.
  http.get(
    bb,
    ({ request }) => (
      log('meta')(request),
      HttpResponse.json({ full_name: 'acme/models', mainbranch: { name: 'main' } })
    ),
  ),
  http.get(`${bb}/commit/:rev`, ({ request }) => (log('meta')(request), HttpResponse.json({ hash: commit }))),
  http.get(`${bb}/src/:commit/*`, ({ request, params }) => {
    const path = params[0]
    if (path) {
      log('read')(request)
      return new HttpResponse(files.find((f) => f.path === path).content)
    }
    log('list')(request)
    const url = new URL(request.url)
    const { items, next } = page(url, entries, 100, (n) => {
      const u = new URL(url)
      u.searchParams.set('page', String(n))
      return u.toString()
    })
    return HttpResponse.json({
      values: items.map((e) => ({
        type: e.type === 'blob' ? 'commit_file' : 'commit_directory',
        path: e.path,
        size: e.size,
      })),
      ...(next ? { next } : {}),
    })
  }),
)

async function measure(label, source, env) {
  const times = []
  let counts
  for (let i = 0; i < RUNS; i++) {
    requests = []
    spawned = 0
    const start = performance.now()
    const result = await validatePaths([source], { env })
    times.push(performance.now() - start)
    if (result.summary.valid !== FILES) throw new Error(`${label}: ${JSON.stringify(result.summary)}`)
    counts = {
      list: requests.filter((r) => r.kind === 'list').length,
      read: requests.filter((r) => r.kind === 'read').length,
      meta: requests.filter((r) => r.kind === 'meta').length,
    }
  }
  // The API calls, not the redirect to the download host that GitHub's tarball answers with.
  const total = counts.list + counts.read + counts.meta
  return report(
    label,
    `${total} requests (${counts.meta} ref + ${counts.list} listing + ${counts.read} reads), median ${median(times).toFixed(0)} ms`,
    { ok: total <= 3, text: `≤ 3 requests for ${FILES} files` },
  )
}

export async function benchProviders() {
  console.log(
    `(${FILES} model files and 2 others in one repository; counts of one run, times median of ${RUNS})`,
  )
  let ok = true
  server.listen({ onUnhandledRequest: 'error' })
  const env = {
    GITHUB_TOKEN: 't',
    GITLAB_TOKEN: 't',
    GITLAB_URL: 'https://gitlab.example.com',
    BITBUCKET_TOKEN: 't',
  }
  try {
    ok = (await measure('GitHub: github:acme/models@main', 'github:acme/models@main', env)) && ok
    ok = (await measure('GitLab: gitlab:security/models@main', 'gitlab:security/models@main', env)) && ok
    ok = (await measure('Bitbucket: bitbucket:acme/models@main', 'bitbucket:acme/models@main', env)) && ok
  } finally {
    server.close()
  }
  // Local git: the real bare repository; the cost is in git processes.
  try {
    const times = []
    let processes = 0
    for (let i = 0; i < RUNS; i++) {
      spawned = 0
      const start = performance.now()
      const result = await validatePaths([`git:${bare}@main`])
      times.push(performance.now() - start)
      processes = spawned
      if (result.summary.valid !== FILES) throw new Error(`local git: ${JSON.stringify(result.summary)}`)
    }
    ok =
      report(
        'local git: git:PATH@main',
        `${processes} git processes, median ${median(times).toFixed(0)} ms`,
        {
          ok: processes <= 4,
          text: 'git processes ≤ 4 (HEAD, rev-parse, ls-tree, cat-file --batch)',
        },
      ) && ok
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return ok
}

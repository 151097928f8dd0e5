// `tmi-sync sync` over an organisation of N repositories × 5 models on GitHub (a minimal msw fake
// of the endpoints the adapter calls, archives made here as real ustar + gzip), against the
// embedded emulator, both with latency injected. For N = 10, 100, 1,000: the first sync and the
// nightly no-op run, in Git requests per repository, TMI requests per model and time. Targets: a
// no-op run makes ≤ 2 Git requests per repository and reads no model file, and TMI requests per
// model do not grow with N (linear in models, never worse).
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { startEmulator } from '../../dist/emulator/server.js'
import { runScheduledSync, staticToken, TmiClient } from '../../dist/index.js'
import { report } from './stats.js'

const MODELS = 5
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number)
const GIT_LATENCY_MS = 20
const TMI_LATENCY_MS = 2

const sha1 = (s) => createHash('sha1').update(s).digest('hex')
const blobId = (content) => sha1(`blob ${Buffer.byteLength(content)}\0${content}`)

function modelText(repo, i) {
  return [
    'tmi_sync: 1',
    `key: ${repo}-m${i}`,
    `name: ${repo} model ${i}`,
    'description: A service of the benchmark organisation.',
    'assets:',
    '  - key: data',
    '    name: Customer data',
    '    type: data',
    'threats:',
    '  - key: leak',
    '    name: Data leaks through logs',
    '    threat_type: [Information Disclosure]',
    '    severity: high',
    '    asset: data',
    '',
  ].join('\n')
}

/** A gzipped ustar archive, as GitHub's tarball: one top folder, then the files. */
function tarGz(prefix, files) {
  const blocks = []
  const header = (name, size, type) => {
    const h = Buffer.alloc(512)
    h.write(name, 0, 100)
    h.write('0000644\0', 100)
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
  blocks.push(header(`${prefix}/`, 0, '5'))
  for (const f of files) {
    const data = Buffer.from(f.content)
    blocks.push(
      header(`${prefix}/${f.path}`, data.length, '0'),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512),
    )
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

function organisation(n) {
  const repos = new Map()
  for (let r = 0; r < n; r++) {
    const name = `service-${String(r).padStart(4, '0')}`
    const files = [
      ...Array.from({ length: MODELS }, (_, i) => ({
        path: `threat-models/m${i}.tm.yaml`,
        content: modelText(name, i),
      })),
      { path: 'README.md', content: `# ${name}\n` },
    ]
    const commit = sha1(`commit ${name}`)
    repos.set(name, { name, files, commit, archive: undefined })
  }
  return repos
}

function hostFake(repos, counts) {
  const count = async (kind) => {
    counts[kind] = (counts[kind] ?? 0) + 1
    await delay(GIT_LATENCY_MS)
  }
  const api = 'https://api.github.com'
  return setupServer(
    http.get(`${api}/orgs/bench/repos`, async ({ request }) => {
      await count('listing')
      const url = new URL(request.url)
      const per = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const all = [...repos.values()]
      const items = all.slice((page - 1) * per, page * per).map((r) => ({
        full_name: `bench/${r.name}`,
        name: r.name,
        default_branch: 'main',
        archived: false,
        fork: false,
      }))
      const headers = {}
      if (page * per < all.length)
        headers.link = `<${api}/orgs/bench/repos?per_page=${per}&page=${page + 1}>; rel="next"`
      return HttpResponse.json(items, { headers })
    }),
    http.get(`${api}/repos/bench/:repo/commits/:ref`, async ({ params }) => {
      await count('commit')
      return HttpResponse.json({ sha: repos.get(params.repo).commit })
    }),
    http.get(`${api}/repos/bench/:repo/git/trees/:sha`, async ({ params }) => {
      await count('tree')
      const r = repos.get(params.repo)
      return HttpResponse.json({
        sha: r.commit,
        truncated: false,
        tree: r.files.map((f) => ({
          path: f.path,
          mode: '100644',
          type: 'blob',
          sha: blobId(f.content),
          size: Buffer.byteLength(f.content),
        })),
      })
    }),
    http.get(`${api}/repos/bench/:repo/tarball/:sha`, async ({ params }) => {
      await count('tarball')
      return new HttpResponse(null, {
        status: 302,
        headers: { location: `https://codeload.github.com/bench/${params.repo}/legacy.tar.gz/${params.sha}` },
      })
    }),
    http.get('https://codeload.github.com/bench/:repo/legacy.tar.gz/:sha', async ({ params }) => {
      await count('download')
      const r = repos.get(params.repo)
      r.archive ??= tarGz(`bench-${r.name}-${r.commit.slice(0, 7)}`, r.files)
      return new HttpResponse(r.archive, { headers: { 'content-type': 'application/x-gzip' } })
    }),
  )
}

async function scenario(n) {
  const repos = organisation(n)
  const counts = {}
  const server = hostFake(repos, counts)
  server.listen({ onUnhandledRequest: 'bypass' })
  const emulator = await startEmulator({
    tokens: ['bench'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    faults: { rateLimitPerMinute: 100_000_000, latencyMs: TMI_LATENCY_MS },
  })
  const client = new TmiClient({ baseUrl: emulator.url, auth: staticToken('bench'), concurrency: 8 })
  const config = {
    sources: [{ discover: 'github:bench', path: 'threat-models/**' }],
    concurrency: { tmi: 8, github: 8 },
  }
  const env = { GITHUB_TOKEN: 'ghp_bench' }
  const run = async () => {
    for (const k of Object.keys(counts)) delete counts[k]
    const started = performance.now()
    const result = await runScheduledSync(config, client, { env })
    const ms = performance.now() - started
    const git = Object.entries(counts).reduce((s, [k, v]) => s + (k === 'listing' ? 0 : v), 0)
    if (result.totals.failed > 0) throw new Error(`${result.sources.find((s) => s.error)?.error}`)
    return {
      ms,
      gitPerRepo: git / n,
      listing: counts.listing ?? 0,
      tmiPerModel: result.totals.requests.tmi / (n * MODELS),
      writesPerModel: result.totals.writes / (n * MODELS),
      // Without the run's shared requests (TMI's listing, made once a run, not once a model).
      ownPerModel: (result.totals.requests.tmi - result.shared_requests.tmi) / (n * MODELS),
      // Each source's requests and the run's shared ones are the totals, nothing left out.
      addsUp:
        result.sources.reduce((sum, src) => sum + src.requests.tmi, result.shared_requests.tmi) ===
        result.totals.requests.tmi,
      files: result.totals.requests.files,
      notRead: result.totals.not_read,
    }
  }
  const first = await run()
  const noop = await run()
  // Code was committed in every repository, no model file changed: the usual night.
  for (const r of repos.values()) {
    r.commit = sha1(`commit ${r.name} 2`)
    r.files = r.files.map((f) => (f.path === 'README.md' ? { ...f, content: `${f.content}more\n` } : f))
    r.archive = undefined
  }
  const moved = await run()
  server.close()
  await emulator.close()
  return { n, first, noop, moved }
}

export async function benchScheduledSync() {
  let ok = true
  const results = []
  for (const n of SIZES) {
    const r = await scenario(n)
    results.push(r)
    const label = `${n} repositories × ${MODELS} models`
    // TMI's minimum for a new model: its writes and the stamp recording the commit. One more is
    // allowed: the listing by name that finds a copy made by another run at the same moment.
    const minimum = r.first.writesPerModel + 1
    ok =
      report(
        `${label}: first sync`,
        `${(r.first.ms / 1000).toFixed(1)} s, ${r.first.gitPerRepo.toFixed(1)} Git req/repo, ${r.first.tmiPerModel.toFixed(2)} TMI req/model (${r.first.ownPerModel.toFixed(2)} without the run's shared listing; minimum ${minimum.toFixed(1)}), per-source requests ${r.first.addsUp && r.noop.addsUp ? 'add up to the totals' : 'DO NOT add up'}`,
        {
          ok: r.first.ownPerModel <= minimum + 1 && r.first.addsUp && r.noop.addsUp,
          text: '≤ minimum + 1 TMI request per model; sources + shared = totals',
        },
      ) && ok
    ok =
      report(
        `${label}: nightly no-op`,
        `${(r.noop.ms / 1000).toFixed(1)} s, ${r.noop.gitPerRepo.toFixed(1)} Git req/repo (+${r.noop.listing} listing), ${r.noop.tmiPerModel.toFixed(1)} TMI req/model, ${r.noop.files} files read`,
        {
          ok: r.noop.gitPerRepo <= 2 && r.noop.files === 0 && r.noop.notRead === n,
          text: '≤ 2 Git requests per repository, no file read',
        },
      ) && ok
    ok =
      report(
        `${label}: code committed, no model changed`,
        `${(r.moved.ms / 1000).toFixed(1)} s, ${r.moved.gitPerRepo.toFixed(1)} Git req/repo, ${r.moved.tmiPerModel.toFixed(1)} TMI req/model, ${r.moved.files} files read`,
        {
          ok: r.moved.gitPerRepo <= 2 && r.moved.files === 0 && r.moved.notRead === n,
          text: '≤ 2 Git requests per repository, no file read',
        },
      ) && ok
  }
  const [small, large] = [results[0], results.at(-1)]
  for (const kind of ['first', 'noop', 'moved']) {
    const growth = large[kind].tmiPerModel / small[kind].tmiPerModel
    const time = large[kind].ms / (large.n * MODELS) / (small[kind].ms / (small.n * MODELS))
    ok =
      report(
        `${{ first: 'first sync', noop: 'no-op', moved: 'code committed' }[kind]}: per model, ${large.n} vs ${small.n} repositories`,
        `TMI requests ×${growth.toFixed(2)}, time ×${time.toFixed(2)}`,
        { ok: growth <= 1.25 && time <= 2, text: 'linear in models (requests ≤ ×1.25, time ≤ ×2)' },
      ) && ok
  }
  return ok
}

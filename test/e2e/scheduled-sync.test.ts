import { spawn, spawnSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

let root: string
let tmi: RunningEmulator
let client: TmiClient
const repos: Record<string, string> = {}

/** A bare repository whose `main` holds `files`, and a clone to push more commits from. */
async function bareRepository(name: string, files: Record<string, string>): Promise<string> {
  const bare = join(root, `${name}.git`)
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, join(root, `${name}-work`))
  await push(name, files, 'models')
  return bare
}

async function push(name: string, files: Record<string, string>, message: string): Promise<void> {
  const work = join(root, `${name}-work`)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true })
    writeFileSync(join(work, path), content)
  }
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.add('.').commit(message)
  await git.push('origin', 'main')
}

const fixture = (path: string) => readFileSync(`${PROJECT}fixtures/${path}`, 'utf8')

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tmi-sync-scheduled-'))
  repos.payments = await bareRepository('payments', {
    'models/payments-api.tm.yaml': fixture('small/payments-api.tm.yaml'),
  })
  repos.orders = await bareRepository('orders', {
    'models/diagrams.tm.yaml': fixture('features/diagrams.tm.yaml'),
    'models/assets.tm.yaml': fixture('features/assets.tm.yaml'),
  })
  repos.broken = await bareRepository('broken', {
    'models/bad.tm.yaml':
      'tmi_sync: 1\nkey: bad\nname: Bad\nthreats:\n  - key: t\n    name: T\n    asset: nope\n',
  })
  tmi = await startEmulator({
    tokens: ['sync-token'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    faults: { rateLimitPerMinute: 1_000_000 },
  })
  client = new TmiClient({ baseUrl: tmi.url, auth: staticToken('sync-token') })
})
afterAll(() => tmi?.close())

const validReport = new Ajv2020({ strict: true, allowUnionTypes: true })
addFormats.default(validReport)
const checkReport = validReport.compile(
  JSON.parse(readFileSync(`${PROJECT}schemas/sync-report.schema.json`, 'utf8')) as object,
)

function config(dir: string, extra = ''): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'tmi-sync.yaml')
  writeFileSync(
    path,
    ['sources:', ...Object.values(repos).map((bare) => `  - source: git:${bare}@main`)].join('\n') +
      '\n' +
      extra,
  )
  return path
}

const env = () => ({ TMI_URL: tmi.url, TMI_TOKEN: 'sync-token' })
const writes = () => tmi.log.filter((r) => r.method !== 'GET').length
interface SourceReport {
  source: string
  status: string
  read: boolean
  error?: string
  commit?: string
  models: Array<{ key: string; status: string; writes: number; threat_model_id?: string }>
  conflicts: Array<{ model: string; kind: string; key: string; reason: string }>
  diagnostics: Array<{ file: string; line: number; col: number; message: string }>
  requests: { git: number; tmi: number; files: number }
}
interface Report {
  sources: SourceReport[]
  notifications: Array<{ event: string; status: string; attempts: number; url: string }>
  totals: Record<string, unknown>
}

async function sync(
  args: string[],
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string; report: Report }> {
  const file = join(root, `report-${Math.random().toString(36).slice(2)}.json`)
  const r = await runCliAsync(['sync', ...args, '--report', file], { env: env(), ...(cwd ? { cwd } : {}) })
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  expect(checkReport(report), JSON.stringify(checkReport.errors)).toBe(true)
  return { ...r, report }
}
const of = (report: Report, name: string) =>
  report.sources.find((s) => s.source === `git:${repos[name]}@main`) as SourceReport

describe('tmi-sync sync (the scheduled run), through the binary', () => {
  it('syncs every source, goes on past a broken one; a rerun reads no model file and writes nothing', async () => {
    const dir = join(root, 'run')
    config(dir)
    // Found upward from a folder below the configuration's.
    mkdirSync(join(dir, 'sub'), { recursive: true })
    const received = tmi.log.length
    const first = await sync(['--markdown', join(dir, 'report.md')], join(dir, 'sub'))
    expect(first.code, first.stderr).toBe(1)
    // Every request TMI received is in the report once: the run's shared ones and each source's.
    const { shared_requests: shared, totals } = first.report as unknown as {
      shared_requests: { tmi: number }
      totals: { requests: { tmi: number } }
    }
    const perSource = first.report.sources.reduce((n, s) => n + s.requests.tmi, 0)
    expect(shared.tmi + perSource).toBe(totals.requests.tmi)
    expect(totals.requests.tmi).toBe(tmi.log.length - received)
    expect(first.stdout).toMatch(
      /^3 sources: 2 applied, 0 unchanged \(0 not read\), 1 failed; \d+ writes, 0 conflicts$/m,
    )
    expect(of(first.report, 'payments').status).toBe('applied')
    expect(of(first.report, 'orders').models).toHaveLength(2)
    const broken = of(first.report, 'broken')
    expect(broken.error).toMatch(/invalid models, nothing sent: .*bad\.tm\.yaml:7:12: /)
    expect(broken.diagnostics[0]).toMatchObject({ line: 7, col: 12 })
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain(
      '| source | outcome | models | changes | writes |',
    )

    const before = writes()
    const again = await sync(['--config', join(dir, 'tmi-sync.yaml')])
    expect(again.stdout).toMatch(
      /^3 sources: 0 applied, 2 unchanged \(2 not read\), 1 failed; 0 writes, 0 conflicts$/m,
    )
    expect(writes()).toBe(before)
    for (const name of ['payments', 'orders']) {
      const s = of(again.report, name)
      // One request to the repository (where its ref points), no model file read.
      expect([s.status, s.read, s.requests.git, s.requests.files]).toEqual(['unchanged', false, 1, 0])
      expect(s.models.every((m) => m.status === 'unchanged' && m.threat_model_id)).toBe(true)
    }
    expect(of(again.report, 'broken').read).toBe(true)
    // Not on a terminal (CI): no progress lines.
    expect(`${first.stderr}${again.stderr}`).not.toMatch(/\[\d+\/\d+\]/)
  })

  it('shows one progress line per source on a terminal', async (ctx) => {
    // util-linux `script` gives the command a terminal of its own.
    if (spawnSync('script', ['--version']).status !== 0) ctx.skip()
    const path = config(join(root, 'tty'))
    const command = [process.execPath, `${PROJECT}bin/tmi-sync.js`, 'sync', '--config', path].join(' ')
    // Asynchronously: the emulator answers from this very process.
    const stdout = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        env: { ...process.env, ...env(), NO_COLOR: '1', XDG_CONFIG_HOME: root },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let out = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')))
      child.on('close', () => resolve(out))
    })
    const progress = stdout.split(/\r?\n/).filter((l) => /^\[\d\/3\] /.test(l))
    expect(progress.map((l) => l.slice(0, 5)).sort()).toEqual(['[1/3]', '[2/3]', '[3/3]'])
    expect(progress.join('\n')).toMatch(/✖ .*broken\.git@main: failed \(invalid models/)
  })

  it('asks a repository elsewhere (a git URL) where its branch is with ls-remote, and clones it only to read it', async () => {
    const bare = await bareRepository('elsewhere', {
      'm.tm.yaml': fixture('small/payments-api.tm.yaml')
        .replace(/^key: .*$/m, 'key: elsewhere')
        .replace(/^name: .*$/m, 'name: Elsewhere'),
    })
    const dir = join(root, 'elsewhere-run')
    mkdirSync(dir, { recursive: true })
    const path = join(dir, 'tmi-sync.yaml')
    writeFileSync(path, `sources:\n  - source: git:file://${bare}@main\n`)
    const first = (await sync(['--config', path])).report.sources[0]
    expect([first?.status, first?.read]).toEqual(['applied', true])
    const again = (await sync(['--config', path])).report.sources[0]
    // One `git ls-remote`, no clone.
    expect([again?.status, again?.read, again?.requests.git, again?.commit]).toEqual([
      'unchanged',
      false,
      1,
      first?.commit,
    ])
  })

  it('passes over a commit that changed no model file, reads one that did, then records it', async () => {
    const path = config(join(root, 'moved'))
    await sync(['--config', path])
    await push('payments', { 'README.md': 'not a model\n' }, 'docs')
    // The ref moved: one more request lists the tree, and the model files are the ones synced.
    const moved = of((await sync(['--config', path])).report, 'payments')
    expect([moved.status, moved.read, moved.requests.git, moved.requests.files]).toEqual([
      'unchanged',
      false,
      2,
      0,
    ])
    const text = `${fixture('small/payments-api.tm.yaml')}# reviewed in December\n`
    await push('payments', { 'models/payments-api.tm.yaml': text }, 'a comment')
    const touched = of((await sync(['--config', path])).report, 'payments')
    expect([touched.status, touched.read]).toEqual(['unchanged', true])
    const settled = of((await sync(['--config', path])).report, 'payments')
    expect([settled.read, settled.requests.git, settled.commit]).toEqual([false, 1, touched.commit])
  })

  it('reads a source again when what it takes changes (a glob, pruning), though its commit has not moved', async () => {
    const dir = join(root, 'scope')
    const path = config(dir)
    await sync(['--config', path])
    expect(of((await sync(['--config', path])).report, 'payments').read).toBe(false)
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        `git:${repos.payments}@main`,
        `git:${repos.payments}@main\n    prune: true`,
      ),
    )
    const pruning = await sync(['--config', path])
    expect([of(pruning.report, 'payments').read, of(pruning.report, 'orders').read]).toEqual([true, false])
    expect(of((await sync(['--config', path])).report, 'payments').read).toBe(false)
  })

  it('reads a source again when its model was edited in TMI, reports the drift, and signs its webhooks', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = []
    let refuseFirst = true
    const hooks = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        // The receiver is down at first: the delivery is retried.
        if (refuseFirst) {
          refuseFirst = false
          res.writeHead(503).end()
          return
        }
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r))
    try {
      const url = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hooks/T0123/secret-path`
      const path = config(
        join(root, 'drift'),
        `notify:\n  - url_env: HOOK_URL\n    secret_env: HOOK_SECRET\n    events: [sync.failed, drift.detected]\n`,
      )
      const first = await sync(['--config', path])
      const id = of(first.report, 'payments').models[0]?.threat_model_id as string
      // A person renames a threat in TMI's UI: nothing on the threat model itself changes.
      const api = (method: string, p: string, body?: unknown) =>
        fetch(`${tmi.url}${p}`, {
          method,
          headers: { authorization: 'Bearer sync-token', 'content-type': 'application/json-patch+json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        })
      const { threats } = (await (await api('GET', `/threat_models/${id}/threats`)).json()) as {
        threats: Array<{ id: string }>
      }
      const patched = await api('PATCH', `/threat_models/${id}/threats/${threats[0]!.id}`, [
        { op: 'replace', path: '/name', value: 'Renamed in the TMI UI' },
      ])
      expect(patched.status).toBe(200)

      const file = join(root, 'drift', 'report.json')
      const r = await runCliAsync(['sync', '--config', path, '--report', file], {
        env: { ...env(), HOOK_URL: url, HOOK_SECRET: 'hook-secret-value' },
      })
      expect(r.code).toBe(1)
      const report = JSON.parse(readFileSync(file, 'utf8')) as Report
      const payments = of(report, 'payments')
      expect([payments.read, payments.conflicts.map((c) => c.kind)]).toEqual([true, ['threat']])
      expect(of(report, 'orders').read).toBe(false)
      const events = received.map((d) => d.headers['x-tmisync-event']).sort()
      expect(events).toEqual(['drift.detected', 'sync.failed'])
      for (const d of received)
        expect(d.headers['x-tmisync-signature']).toBe(
          `sha256=${createHmac('sha256', 'hook-secret-value').update(d.body).digest('hex')}`,
        )
      const drift = JSON.parse(received.find((d) => d.headers['x-tmisync-event'] === 'drift.detected')!.body)
      expect(drift.drift[0]).toMatchObject({ model: 'payments-api', kind: 'threat' })
      expect(report.notifications.map((n) => n.attempts).sort()).toEqual([1, 2])
      // The webhook's URL is a secret of its own (a chat webhook's path): never shown.
      expect(`${r.stdout}${r.stderr}${readFileSync(file, 'utf8')}`).not.toContain('secret-path')
      expect(`${r.stdout}${r.stderr}${readFileSync(file, 'utf8')}`).not.toContain('hook-secret-value')

      // Told to overwrite, the run replaces the edit, and still shows it.
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          `git:${repos.payments}@main`,
          `git:${repos.payments}@main\n    on_drift: overwrite`,
        ),
      )
      const overwritten = of((await sync(['--config', path])).report, 'payments')
      expect([overwritten.status, overwritten.conflicts.map((c) => c.reason)]).toEqual([
        'applied',
        ['changed in TMI since the last apply; --on-drift=overwrite replaces it'],
      ])
    } finally {
      await new Promise<void>((r) => hooks.close(() => r()))
    }
  })

  it('two overlapping runs apply a changed model once: the second waits for the lease, then finds it done', async () => {
    const path = config(join(root, 'overlap'))
    await sync(['--config', path])
    const text = fixture('features/assets.tm.yaml').replace(
      'name: Bulk export of customer PII by an insider',
      'name: Bulk export of customer PII by an insider with admin rights',
    )
    await push('orders', { 'models/assets.tm.yaml': text }, 'threat renamed')
    const threatWrites = () =>
      tmi.log.filter((l) => l.method !== 'GET' && /\/threats(\/|$)/.test(l.path) && !/metadata/.test(l.path))
        .length
    const before = threatWrites()
    const [a, b] = await Promise.all([sync(['--config', path]), sync(['--config', path])])
    expect([a.code, b.code]).toEqual([1, 1]) // the broken source, in both
    expect(threatWrites() - before).toBe(1)
    const [ma, mb] = [a, b].map((r) => of(r.report, 'orders').models.find((m) => m.key === 'asset-inventory'))
    expect([ma?.status, mb?.status].sort()).toEqual(['applied', 'unchanged'])
    // No lease is left behind.
    const id = ma?.threat_model_id
    const meta = await client.listMetadata({ threatModel: id as string })
    expect(meta.map((m) => m.key)).not.toContain('tmi-sync-lease')
  })

  it('two overlapping first syncs of a new repository leave each model in TMI once', async () => {
    const fresh = await bareRepository('fresh', {
      'a.tm.yaml': fixture('small/payments-api.tm.yaml')
        .replace(/^key: .*$/m, 'key: fresh-a')
        .replace(/^name: .*$/m, 'name: Fresh A'),
      'b.tm.yaml': fixture('small/payments-api.tm.yaml')
        .replace(/^key: .*$/m, 'key: fresh-b')
        .replace(/^name: .*$/m, 'name: Fresh B'),
    })
    const dir = join(root, 'fresh')
    mkdirSync(dir, { recursive: true })
    const path = join(dir, 'tmi-sync.yaml')
    writeFileSync(path, `sources:\n  - source: git:${fresh}@main\n`)
    const runs = await Promise.all([sync(['--config', path]), sync(['--config', path])])
    expect(runs.map((r) => r.code)).toEqual([0, 0])
    // Both may create a model at the same moment; each keeps the earliest and removes its own copy.
    const names = (await client.all(client.listThreatModels())).map((m) => m.name)
    expect(['Fresh A', 'Fresh B'].map((n) => names.filter((x) => x === n).length)).toEqual([1, 1])
    const again = await sync(['--config', path])
    expect(again.report.sources[0]).toMatchObject({ status: 'unchanged', read: false })
  })

  it("takes over a crashed run's lease once it has expired", async () => {
    const path = config(join(root, 'crashed'))
    const first = await sync(['--config', path])
    const id = of(first.report, 'orders').models.find((m) => m.key === 'order-service')
      ?.threat_model_id as string
    await client.createMetadata({ threatModel: id }, [
      { key: 'tmi-sync-lease', value: 'holder:crashed-run until:2026-01-01T00:00:00.000Z' },
    ])
    const text = fixture('features/diagrams.tm.yaml')
    await push(
      'orders',
      { 'models/diagrams.tm.yaml': text.replace(/^name: (.*)$/m, 'name: $1 v2') },
      'renamed',
    )
    const r = await sync(['--config', path])
    expect(of(r.report, 'orders').models.find((m) => m.key === 'order-service')).toMatchObject({
      status: 'applied',
    })
    expect((await client.listMetadata({ threatModel: id })).map((m) => m.key)).not.toContain('tmi-sync-lease')
  })

  it('splits the sources into shards that cover each exactly once; a dry run writes nothing', async () => {
    const path = config(join(root, 'shards'))
    const taken: string[] = []
    const before = writes()
    for (const shard of ['1/3', '2/3', '3/3']) {
      const r = await sync(['--config', path, '--shard', shard, '--dry-run'])
      expect([0, 1]).toContain(r.code)
      taken.push(...r.report.sources.map((s) => s.source))
    }
    expect(taken.sort()).toEqual(
      Object.values(repos)
        .map((b) => `git:${b}@main`)
        .sort(),
    )
    expect(writes()).toBe(before)
    // --json: the report on stdout, for machines.
    const json = await runCliAsync(['sync', '--config', path, '--shard', '1/3', '--dry-run', '--json'], {
      env: env(),
    })
    const printed = JSON.parse(json.stdout) as Report
    expect(checkReport(printed), JSON.stringify(checkReport.errors)).toBe(true)
    expect((await runCliAsync(['sync', '--config', path, '--shard', '4/3'], { env: env() })).code).toBe(2)
  })

  it('refuses a configuration with its error located, in one line', async () => {
    const path = join(root, 'bad.yaml')
    writeFileSync(path, 'sources:\n  - source: git:/x\n    on_drift: sometimes\n')
    const r = await runCliAsync(['sync', '--config', path], { env: env() })
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      expect.stringMatching(/^tmi-sync: .*bad\.yaml:3:15: .*"fail", "overwrite", "skip"$/),
    ])
    writeFileSync(path, 'sources:\n  - source: git:/x\n    include: ["a/*"]\n')
    const mixed = await runCliAsync(['sync', '--config', path], { env: env() })
    writeFileSync(path, 'sources:\n  - source: git:/x@main:a/**\n  - source: git:/x@main:b/**\n')
    const twice = await runCliAsync(['sync', '--config', path], { env: env() })
    expect([twice.code, twice.stderr.trim()]).toEqual([
      2,
      expect.stringMatching(/^tmi-sync: git:\/x@main:b\/\*\*: git:\/x is listed twice/),
    ])
    expect([mixed.code, mixed.stderr.trim()]).toEqual([
      2,
      expect.stringMatching(/bad\.yaml:3:14: sources\[0\]\.include: not allowed here$/),
    ])
  })
})

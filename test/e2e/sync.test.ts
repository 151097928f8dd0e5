import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

let root: string
let tmi: RunningEmulator
const repos: Record<string, string> = {}

/** A bare repository whose `main` holds `files` (copied from the fixtures, or written). */
async function bareRepository(name: string, files: Record<string, string>): Promise<string> {
  const bare = join(root, `${name}.git`)
  const work = join(root, `${name}-work`)
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true })
    writeFileSync(join(work, path), content)
  }
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.add('.').commit('models')
  await git.push('origin', 'main')
  return bare
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tmi-sync-scheduled-'))
  const fixture = (path: string) => readFileSync(`${PROJECT}fixtures/${path}`, 'utf8')
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
    faults: { rateLimitPerMinute: 1_000_000 },
  })
})
afterAll(() => tmi?.close())

const validReport = new Ajv2020({ strict: true, allowUnionTypes: true })
addFormats.default(validReport)
const checkReport = validReport.compile(
  JSON.parse(readFileSync(`${PROJECT}schemas/sync-report.schema.json`, 'utf8')) as object,
)

function config(dir: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'tmi-sync.yaml')
  writeFileSync(
    path,
    ['sources:', ...Object.values(repos).map((bare) => `  - source: git:${bare}@main`)].join('\n') + '\n',
  )
  return path
}

const env = () => ({ TMI_URL: tmi.url, TMI_TOKEN: 'sync-token' })
const writes = () => tmi.log.filter((r) => r.method !== 'GET').length
type Report = { sources: Array<{ source: string; status: string; error?: string; models: unknown[] }> }

describe('tmi-sync sync (the scheduled run), through the binary', () => {
  it('syncs every source, goes on past a broken one, and reports each; a rerun writes nothing', async () => {
    const dir = join(root, 'run')
    config(dir)
    const report = join(dir, 'report.json')
    // Found upward from a folder below the configuration's.
    mkdirSync(join(dir, 'sub'), { recursive: true })
    const first = await runCliAsync(['sync', '--report', report, '--markdown', join(dir, 'report.md')], {
      cwd: join(dir, 'sub'),
      env: env(),
    })
    expect(first.code, first.stderr).toBe(1)
    expect(first.stdout).toMatch(/^3 sources: 2 applied, 0 unchanged, 1 failed; \d+ writes$/m)
    const json = JSON.parse(readFileSync(report, 'utf8')) as Report
    expect(checkReport(json), JSON.stringify(checkReport.errors)).toBe(true)
    const bySource = Object.fromEntries(json.sources.map((s) => [s.source, s]))
    expect(bySource[`git:${repos.payments}@main`]?.status).toBe('applied')
    expect(bySource[`git:${repos.orders}@main`]?.models).toHaveLength(2)
    expect(bySource[`git:${repos.broken}@main`]?.error).toMatch(
      /invalid models, nothing sent: .*bad\.tm\.yaml:7:12: /,
    )
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('| source | outcome | models | writes |')

    const before = writes()
    const again = await runCliAsync(['sync', '--config', join(dir, 'tmi-sync.yaml')], { env: env() })
    expect(again.stdout).toMatch(/^3 sources: 0 applied, 2 unchanged, 1 failed; 0 writes$/m)
    expect(writes()).toBe(before)
  })

  it('splits the sources into shards that cover each exactly once; a dry run writes nothing', async () => {
    const path = config(join(root, 'shards'))
    const taken: string[] = []
    const before = writes()
    for (const shard of ['1/3', '2/3', '3/3']) {
      const report = join(root, 'shards', `report-${shard.replace('/', '-')}.json`)
      const r = await runCliAsync(
        ['sync', '--config', path, '--shard', shard, '--dry-run', '--report', report],
        {
          env: env(),
        },
      )
      expect([0, 1]).toContain(r.code)
      taken.push(...(JSON.parse(readFileSync(report, 'utf8')) as Report).sources.map((s) => s.source))
    }
    expect(taken.sort()).toEqual(
      Object.values(repos)
        .map((b) => `git:${b}@main`)
        .sort(),
    )
    expect(writes()).toBe(before)
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
  })
})

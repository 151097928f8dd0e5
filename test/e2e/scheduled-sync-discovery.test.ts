import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { delay, http } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../src/emulator/server.js'
import type { SyncConfig } from '../../src/engine/scheduled-sync/config.js'
import { runScheduledSync } from '../../src/engine/scheduled-sync/sync.js'
import type { TmiClient } from '../../src/tmi/client.js'
import { BitbucketFake } from '../helpers/bitbucket-fake.js'
import { emulatorWithClient } from '../helpers/emulator.js'
import { GitHubFake } from '../helpers/github-fake.js'
import { GitLabFake } from '../helpers/gitlab-fake.js'
import { runCliAsync } from '../helpers/cli.js'
import { serveOverHttp } from '../helpers/http-fake.js'
import { PROJECT } from '../helpers/shared.js'

/**
 * Organisations on three hosts (HTTP-level fakes that follow each host's API) and a repository on
 * disk, synced into the emulator by one scheduled run: discovery, per-host reads, and a no-op rerun.
 */
const model = (key: string, name: string) =>
  readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8')
    .replace('key: payments-api', `key: ${key}`)
    .replace('name: Payments API', `name: ${name}`)

let tmi: RunningEmulator
let client: TmiClient
let hosts: SetupServer
let bare: string
const github = {
  payments: new GitHubFake('acme/payments'),
  orders: new GitHubFake('acme/orders'),
}
const gitlab = {
  api: new GitLabFake('security/platform/api'),
  web: new GitLabFake('security/apps/web'),
}
const bitbucket = { infra: new BitbucketFake('acme-security/infra') }

function holds(fake: GitHubFake | GitLabFake | BitbucketFake, files: Record<string, string>): void {
  fake.refs.set('refs/heads/main', fake.writeCommit(fake.writeFiles(files), [], 'models'))
}

beforeAll(async () => {
  holds(github.payments, { 'threat-models/payments.tm.yaml': model('payments', 'Payments') })
  holds(github.orders, {
    'threat-models/orders.tm.yaml': model('orders', 'Orders'),
    'threat-models/refunds.tm.yaml': model('refunds', 'Refunds'),
    'src/index.ts': 'export {}\n',
  })
  github.payments.listed = [
    { full_name: 'acme/payments' },
    { full_name: 'acme/orders' },
    { full_name: 'acme/legacy', archived: true },
    { full_name: 'acme/payments-fork', fork: true },
    { full_name: 'acme/docs-site' },
  ]
  holds(gitlab.api, { 'threat-models/api.tm.yaml': model('api', 'Platform API') })
  holds(gitlab.web, { 'threat-models/web.tm.yaml': model('web', 'Web app') })
  for (const fake of Object.values(gitlab)) fake.shared = true
  gitlab.api.listed = [
    { path_with_namespace: 'security/platform/api' },
    { path_with_namespace: 'security/apps/web' },
    { path_with_namespace: 'security/old', archived: true },
  ]
  holds(bitbucket.infra, { 'threat-models/infra.tm.yaml': model('infra', 'Infrastructure') })
  bitbucket.infra.listed = [
    { full_name: 'acme-security/infra' },
    { full_name: 'acme-security/copy', fork: true },
  ]
  hosts = setupServer(
    ...Object.values(github).flatMap((f) => f.handlers()),
    ...Object.values(gitlab).flatMap((f) => f.handlers()),
    ...bitbucket.infra.handlers(),
  )
  // TMI (the emulator) is a real server on this machine: its requests pass through.
  hosts.listen({ onUnhandledRequest: 'bypass' })

  const root = mkdtempSync(join(tmpdir(), 'tmi-sync-discovery-'))
  bare = join(root, 'local.git')
  const work = join(root, 'work')
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  writeFileSync(join(work, 'local.tm.yaml'), model('local', 'Local service'))
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.add('.').commit('models')
  await git.push('origin', 'main')
  ;({ emulator: tmi, client } = await emulatorWithClient())
})
afterAll(async () => {
  hosts?.close()
  await tmi?.close()
})

const env = {
  GITHUB_TOKEN: 'ghp_a-token-for-the-fake',
  GITLAB_TOKEN: 'glpat-a-token-for-the-fake',
  GITLAB_URL: 'https://gitlab.example.com',
  BITBUCKET_TOKEN: 'a-bitbucket-token',
}

const config = (): SyncConfig => ({
  sources: [
    { discover: 'github:acme', exclude: ['acme/docs-*'], path: 'threat-models/**' },
    { discover: 'gitlab:security', path: 'threat-models/**' },
    { discover: 'bitbucket:acme-security' },
    { source: `git:${bare}@main` },
  ],
  concurrency: { tmi: 3, github: 1, gitlab: 1, bitbucket: 1 },
})

describe('a scheduled sync over discovered organisations on GitHub, GitLab and Bitbucket', () => {
  it('finds the repositories (archived, forks and excluded ones left out), syncs them, and a rerun reads no file', async () => {
    // Three sources at once in all, yet one at a time on GitHub (`concurrency.github: 1`): every
    // GitHub request is held a moment, and never two are in flight together.
    let inFlight = 0
    let most = 0
    hosts.use(
      http.all('https://api.github.com/*', async () => {
        most = Math.max(most, ++inFlight)
        await delay(15)
        inFlight--
      }),
    )
    const first = await runScheduledSync(config(), client, { env })
    hosts.resetHandlers()
    expect(most).toBe(1)
    expect(first.sources.map((s) => [s.source, s.status])).toEqual([
      ['bitbucket:acme-security/infra@main', 'applied'],
      [`git:${bare}@main`, 'applied'],
      ['github:acme/orders@main:threat-models/**', 'applied'],
      ['github:acme/payments@main:threat-models/**', 'applied'],
      ['gitlab:security/apps/web@main:threat-models/**', 'applied'],
      ['gitlab:security/platform/api@main:threat-models/**', 'applied'],
    ])
    expect(first.totals).toMatchObject({ sources: 6, failed: 0, models: 7 })
    const names = (await client.all(client.listThreatModels())).map((m) => m.name).sort()
    expect(names).toEqual([
      'Infrastructure',
      'Local service',
      'Orders',
      'Payments',
      'Platform API',
      'Refunds',
      'Web app',
    ])
    // Nothing was asked of the repositories left out.
    const asked = github.payments.requests.map((r) => r.path).join(' ')
    expect(asked).not.toMatch(/legacy|payments-fork|docs-site/)

    for (const fake of [...Object.values(github), ...Object.values(gitlab), bitbucket.infra])
      fake.requests.length = 0
    const again = await runScheduledSync(config(), client, { env })
    expect(again.totals).toMatchObject({ sources: 6, failed: 0, unchanged: 6, not_read: 6, writes: 0 })
    expect(again.sources.map((s) => [s.source, s.requests.git, s.requests.files])).toEqual(
      again.sources.map((s) => [s.source, 1, 0]),
    )
    // Per repository: the organisation's listing aside, one request, for the commit its branch is at.
    expect(github.orders.requests.map((r) => r.path)).toEqual(['/repos/acme/orders/commits/main'])
  })

  it('reports a discovery that fails as one failed source and syncs the others', async () => {
    const broken: SyncConfig = {
      sources: [{ discover: 'bitbucket:nobody-here' }, { source: `git:${bare}@main` }],
    }
    const report = await runScheduledSync(broken, client, { env })
    expect(report.sources.map((s) => [s.source, s.status])).toEqual([
      ['discover bitbucket:nobody-here', 'failed'],
      [`git:${bare}@main`, 'unchanged'],
    ])
    expect(report.sources[0]?.error).toBe(
      'discovery failed: no repository found (check the name and what the token may see)',
    )
  })

  it('through the binary: tmi-sync.yaml discovers on all three hosts (Enterprise, self-managed), then reads nothing', async () => {
    const http = await serveOverHttp()
    try {
      const gh = new GitHubFake('corp/gateway', `${http.url}/api/v3`)
      gh.codeloadUrl = `${http.url}/codeload`
      gh.listed = [{ full_name: 'corp/gateway' }, { full_name: 'corp/attic', archived: true }]
      holds(gh, {
        'tm/gateway.tm.yaml': model('gateway', 'Gateway'),
        'tm/edge.tm.yaml': model('edge', 'Edge'),
        'tm/auth.tm.yaml': model('auth', 'Auth'),
      })
      const gl = new GitLabFake('platform/billing', http.url)
      gl.shared = true
      holds(gl, { 'billing.tm.yaml': model('billing', 'Billing') })
      const bb = new BitbucketFake('corp-ops/network', 2, `${http.url}/2.0`)
      holds(bb, { 'network.tm.yaml': model('network', 'Network') })
      http.use([...gh.handlers(), ...gl.handlers(), ...bb.handlers()])
      const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-discovery-cli-'))
      mkdirSync(join(dir, 'nightly'))
      writeFileSync(
        join(dir, 'tmi-sync.yaml'),
        [
          'tmi:',
          `  url: ${tmi.url}`,
          '  token_env: NIGHTLY_TMI_TOKEN',
          'sources:',
          '  - discover: github:corp',
          '  - discover: gitlab:platform',
          '  - discover: bitbucket:corp-ops',
          '',
        ].join('\n'),
      )
      const env = {
        NIGHTLY_TMI_TOKEN: 't',
        GITHUB_TOKEN: 'ghp_a-token-for-the-fake',
        GITHUB_API_URL: `${http.url}/api/v3`,
        GITLAB_TOKEN: 'glpat-a-token-for-the-fake',
        GITLAB_URL: http.url,
        BITBUCKET_TOKEN: 'a-bitbucket-token',
        BITBUCKET_API_URL: `${http.url}/2.0`,
      }
      const run = async () => {
        const r = await runCliAsync(['sync', '--json'], { cwd: join(dir, 'nightly'), env })
        expect(r.code, r.stderr).toBe(0)
        return JSON.parse(r.stdout) as Awaited<ReturnType<typeof runScheduledSync>>
      }
      const first = await run()
      expect(first.sources.map((s) => [s.source, s.status, s.requests.files])).toEqual([
        ['bitbucket:corp-ops/network@main', 'applied', 1],
        ['github:corp/gateway@main', 'applied', 3],
        ['gitlab:platform/billing@main', 'applied', 1],
      ])
      // GitHub's three files came in one tarball, by way of its redirect.
      expect(
        gh.requests.filter((r) => /tarball|codeload|blobs/.test(r.path)).map((r) => r.path.split('/')[1]),
      ).toEqual(['api', 'codeload'])
      const again = await run()
      expect(again.totals).toMatchObject({ sources: 3, unchanged: 3, not_read: 3, writes: 0 })
    } finally {
      await http.close()
    }
  })
})

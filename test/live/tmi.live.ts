import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { pullRequest, runAction } from '../helpers/action-runner.js'
import { runContractScenario } from '../helpers/contract-scenario.js'
import { GitHubFake } from '../helpers/github-fake.js'
import { serveOverHttp } from '../helpers/http-fake.js'
import { SpecChecker } from '../helpers/openapi.js'
import { PROJECT, TD_MODELS } from '../helpers/shared.js'
import {
  api,
  bareRepository,
  cli,
  freePort,
  LIVE,
  modelsDir,
  RUN,
  SCRATCH,
  signIn,
  start,
  threatDragonFiles,
  until,
  type Person,
} from './world.js'

/**
 * tmi-sync against a real TMI server, through the real binary and every front end: what a user
 * does, in the order a user would do it. `npm run test:live`; the README says what the server needs.
 */
const WEBHOOK_SECRET = `live-webhook-secret-${RUN}-0123456789`
// The fixtures: 7 native files and one Open Threat Model; then Threat Dragon's own.
const MODELS = 8 + threatDragonFiles().length
let admin: Person
let person: Person
let colleague: Person
let serviceAccount: { TMI_CLIENT_ID: string; TMI_CLIENT_SECRET: string }
const stops: Array<() => Promise<void>> = []

beforeAll(async () => {
  const root = await api(undefined, 'GET', '/')
  if (root.status !== 200 || (root.body as { service?: { name?: string } }).service?.name !== 'TMI')
    throw new Error(`${LIVE.url} does not answer as a TMI server (GET / → ${root.status})`)
  admin = (await signIn(LIVE.admin)).person
  const me = await api(admin.token(), 'GET', '/me')
  if (!me.body.is_admin)
    throw new Error(
      `${LIVE.admin} is not a TMI administrator: set TMI_LIVE_ADMIN, or make it one (TMI_ADMIN_PROVIDER=tmi, TMI_ADMIN_PROVIDER_ID=${LIVE.admin})`,
    )
  person = (await signIn(`lp-${RUN}`)).person
  colleague = (await signIn(`lc-${RUN}`)).person
  // The fixture's access list names a TMI group: TMI 1.8.22 answers 500 for a group it has never
  // seen (`G:api/database_store_gorm.go:116-139`), so an administrator makes it first.
  const group = await api(admin.token(), 'POST', '/admin/groups', {
    group_name: 'security-champions',
    name: 'Security champions',
  })
  expect([201, 409]).toContain(group.status)
  // Only administrators and security reviewers may make client credentials; this one is the admin's.
  const credential = await api(admin.token(), 'POST', '/me/client_credentials', {
    name: `tmi-sync live ${RUN}`,
  })
  expect(credential.status, JSON.stringify(credential.body)).toBe(201)
  serviceAccount = {
    TMI_CLIENT_ID: credential.body.client_id,
    TMI_CLIENT_SECRET: credential.body.client_secret,
  }
  // The addon is invoked once per model: TMI's default of 10 an hour per invoker is too few.
  const users = await api(
    admin.token(),
    'GET',
    `/admin/users?email=${encodeURIComponent(`${LIVE.admin}@tmi.local`)}`,
  )
  const adminId = (users.body.users as Array<{ internal_uuid: string }>)[0]?.internal_uuid
  const quota = await api(admin.token(), 'PUT', `/admin/quotas/addons/${adminId}`, {
    max_active_invocations: 10,
    max_invocations_per_hour: 1000,
  })
  expect([200, 201], JSON.stringify(quota.body)).toContain(quota.status)
}, 120_000)

afterAll(async () => {
  while (stops.length > 0) await stops.pop()?.()
  rmSync(SCRATCH, { recursive: true, force: true })
})

describe(`tmi-sync against the TMI at ${LIVE.url}`, () => {
  it('login through the test provider, whoami, a refresh that rotates, logout', async () => {
    const { person: p, result } = await signIn(`ls-${RUN}`)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(`(tmi:ls-${RUN})`)
    const who = await cli(['whoami'], p)
    expect(who.code, who.stderr).toBe(0)
    expect(who.stdout).toContain(`(tmi:ls-${RUN})`)
    expect(who.stdout).toContain('can write: yes')
    // The access token runs out: the next command refreshes, and TMI rotates the refresh token.
    const file = p.sessionFile()
    const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    writeFileSync(
      file,
      JSON.stringify({ ...before, expires_at: new Date(Date.now() - 60_000).toISOString() }),
    )
    expect((await cli(['whoami'], p)).code).toBe(0)
    const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    expect(after.refresh_token).not.toBe(before.refresh_token)
    const reused = await api(
      undefined,
      'POST',
      '/oauth2/token',
      new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: String(before.refresh_token),
      }).toString(),
      'application/x-www-form-urlencoded',
    )
    expect([reused.status, reused.body.error]).toEqual([400, 'invalid_grant'])
    const out = await cli(['logout'], p)
    expect(out.code, out.stderr).toBe(0)
    expect(out.stderr).toContain('TMI revoked the session')
    expect((await cli(['whoami'], p)).code).not.toBe(0)
  })

  it('validates, plans, applies and re-plans as no change: the fixtures and every Threat Dragon model', async () => {
    const dir = modelsDir('models', colleague.hint)
    const source = `live-${RUN}`
    const valid = await cli(['validate', '.'], person, {}, dir)
    expect(valid.code, valid.stdout + valid.stderr).toBe(0)
    expect(valid.stdout + valid.stderr).toContain(`${MODELS} files valid`)
    // The Threat Dragon files TMI cannot take are refused, located, and nothing is sent.
    for (const bad of ['v1-demo-threat-model.json', 'v2-malformed-new-model.json']) {
      const refused = await cli(['plan', join(TD_MODELS, bad), '--source', source], person)
      expect(refused.code, bad).toBe(1)
      expect(refused.stdout + refused.stderr).toMatch(new RegExp(`${bad}:\\d+:\\d+: error`))
    }
    const plan = await cli(['plan', '.', '--source', source, '--detailed-exitcode'], person, {}, dir)
    expect(plan.code, plan.stderr).toBe(2)
    const apply = await cli(['apply', '.', '--source', source, '--auto-approve'], person, {}, dir)
    expect(apply.code, apply.stdout + apply.stderr).toBe(0)
    expect((apply.stdout + apply.stderr).match(/✔ .*: applied/g)).toHaveLength(MODELS)
    const again = await cli(['plan', '.', '--source', source, '--detailed-exitcode'], person, {}, dir)
    expect([again.code, again.stdout + again.stderr]).toEqual([
      0,
      expect.stringContaining(`No changes. TMI matches the files (${MODELS} models).`),
    ])
  })

  it('reports an edit made through TMI as drift, pulls it into the local repository, and prunes', async () => {
    const repo = join(SCRATCH, 'pull-repo')
    await simpleGit().init(['--initial-branch=main', repo])
    const git = simpleGit(repo).addConfig('user.name', 'Live').addConfig('user.email', 'live@example.com')
    const file = join(repo, 'payments-api.tm.yaml')
    writeFileSync(file, readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8'))
    await git.add('.').commit('model')
    const source = `live-${RUN}-pull`
    const args = (...more: string[]) => [...more, '--source', source]
    expect((await cli(args('apply', '.', '--auto-approve'), person, {}, repo)).code).toBe(0)
    const listed = await api(person.token(), 'GET', '/threat_models?name=Payments%20API&limit=100')
    const ids = (listed.body.threat_models as Array<{ id: string }>).map((m) => m.id)
    let tm = ''
    for (const id of ids) {
      const meta = await api(person.token(), 'GET', `/threat_models/${id}/metadata/tmi-sync-source`)
      if (meta.body.value === source) tm = id
    }
    expect(tm).not.toBe('')
    const edited = await api(
      person.token(),
      'PATCH',
      `/threat_models/${tm}`,
      [{ op: 'replace', path: '/description', value: 'Edited in TMI' }],
      'application/json-patch+json',
    )
    expect(edited.status).toBe(200)
    const drift = await cli(args('plan', '.'), person, {}, repo)
    expect(drift.stdout).toContain('changed in TMI since the last apply')
    const refused = await cli(args('apply', '.', '--auto-approve'), person, {}, repo)
    expect(refused.code).toBe(3)
    const pull = await cli(args('pull', '.'), person, {}, repo)
    expect(pull.code, pull.stdout + pull.stderr).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('Edited in TMI')
    expect((await git.status()).modified).toEqual(['payments-api.tm.yaml'])
    expect((await cli(args('plan', '.', '--detailed-exitcode'), person, {}, repo)).code).toBe(0)
    // A threat the file no longer holds: deleted with --prune only, and only what tmi-sync made.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/ {2}- key: vault-tampering[\s\S]*?(?=\n\S|$)/, ''),
    )
    const prunePlan = await cli(args('plan', '.', '--prune'), person, {}, repo)
    expect(prunePlan.stdout).toContain('- threat vault-tampering')
    expect((await cli(args('apply', '.', '--prune', '--auto-approve'), person, {}, repo)).code).toBe(0)
    const threats = await api(person.token(), 'GET', `/threat_models/${tm}/threats`)
    expect((threats.body.threats as Array<{ name: string }>).map((t) => t.name)).toEqual([
      'Card numbers written to application logs',
    ])
    expect((await cli(args('plan', '.', '--prune', '--detailed-exitcode'), person, {}, repo)).code).toBe(0)
  })

  it("refuses a service account's apply before any write", async () => {
    const dir = modelsDir('refused', colleague.hint)
    const count = async () => (await api(admin.token(), 'GET', '/threat_models?limit=1')).body.total as number
    const before = await count()
    const refused = await cli(
      ['apply', 'fixtures/small', '--source', `live-${RUN}-sa`, '--auto-approve'],
      undefined,
      serviceAccount,
      dir,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toContain('refused before any write: the TMI credentials are a service account')
    expect(await count()).toBe(before)
  })

  describe('the addon service', () => {
    let bare: string
    let syncBare: string
    let addonId: string
    let github: { fake: GitHubFake; url: string; sha: string }

    beforeAll(async () => {
      bare = await bareRepository('addon-models', modelsDir('addon', colleague.hint))
      syncBare = await bareRepository('sync-addon', join(PROJECT, 'fixtures/small'))
      const http = await serveOverHttp()
      stops.push(() => http.close())
      const fake = new GitHubFake('acme/threat-models', http.url)
      http.use(fake.handlers())
      const files = {
        'models/payments-api.tm.yaml': readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8')
          .replace('key: payments-api', `key: payments-api-${RUN}`)
          .replace('name: Payments API', `name: Payments API ${RUN}`),
      }
      const sha = fake.writeCommit(fake.writeFiles(files), [], 'models')
      fake.refs.set('refs/heads/main', sha)
      github = { fake, url: http.url, sha }
      const port = await freePort()
      const config = join(SCRATCH, 'addon.yaml')
      writeFileSync(
        config,
        `tmi_url: ${LIVE.url}\nsources:\n  - git:${bare}\n  - git:${syncBare}\n  - github:acme/threat-models\non_drift: fail\nprune: false\n`,
      )
      const service = start(['serve', '--config', config, '--host', '127.0.0.1', '--port', String(port)], {
        TMI_WEBHOOK_SECRET: WEBHOOK_SECRET,
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN: 'ghs_livesuitegithubtoken0123456789',
      })
      stops.push(service.stop)
      await until(
        () => Promise.resolve(service.out.stdout.includes('http://')),
        10_000,
        'the addon service to listen',
      )
      const register = await cli(['addon', 'register', '--url', `http://${LIVE.addonHost}:${port}/`], admin, {
        TMI_WEBHOOK_SECRET: WEBHOOK_SECRET,
      })
      expect(register.code, register.stdout + register.stderr).toBe(0)
      addonId = /addon ([0-9a-f-]{36})/.exec(register.stdout + register.stderr)?.[1] as string
      // TMI's challenge worker runs every 30 s; the service answers the unsigned challenge.
      await until(
        async () => {
          const status = await cli(['addon', 'status', '--addon', addonId], admin)
          return status.stdout.includes('(active)')
        },
        120_000,
        'TMI to activate the webhook subscription',
      )
      expect(service.out.stdout + service.out.stderr).toContain("answered TMI's challenge")
    }, 180_000)

    it('applies the fixtures and the Threat Dragon models for a service account, then has nothing to invoke', async () => {
      const source = `git:${bare}@main`
      const applied = await cli(
        ['apply', source, '--via-addon', '--addon', addonId, '--auto-approve'],
        undefined,
        serviceAccount,
      )
      expect(applied.code, applied.stdout + applied.stderr).toBe(0)
      expect((applied.stdout + applied.stderr).match(/✔ .*: applied \(\d+ writes?\)/g)).toHaveLength(MODELS)
      const plan = await cli(['plan', source, '--detailed-exitcode'], admin)
      expect([plan.code, plan.stdout]).toEqual([
        0,
        expect.stringContaining(`No changes. TMI matches the files (${MODELS} models).`),
      ])
      const again = await cli(
        ['apply', source, '--via-addon', '--addon', addonId, '--auto-approve'],
        undefined,
        serviceAccount,
      )
      expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('No changes')])
    }, 300_000)

    it('runs when a person invokes it on a threat model in TMI ("Sync from Git")', async () => {
      const listed = await api(admin.token(), 'GET', '/threat_models?name=Payments%20API&limit=100')
      let tm = ''
      for (const { id } of listed.body.threat_models as Array<{ id: string }>) {
        const meta = await api(admin.token(), 'GET', `/threat_models/${id}/metadata/tmi-sync-source`)
        if (meta.body.value === `git:${bare}`) tm = id
      }
      expect(tm).not.toBe('')
      // What TMI's UI sends: the action; source and key come from the threat model's metadata. TMI
      // refuses the same invoker the same addon again within 5 s: the service account's were its owner's.
      await new Promise((r) => setTimeout(r, 5_500))
      const invoked = await api(admin.token(), 'POST', `/addons/${addonId}/invoke`, {
        threat_model_id: tm,
        data: { action: 'apply' },
      })
      expect(invoked.status, JSON.stringify(invoked.body)).toBe(202)
      // Its invoker cannot read the delivery on TMI (a bearer read is 401); the outcome is on the model.
      const read = await api(admin.token(), 'GET', `/webhook-deliveries/${invoked.body.delivery_id}`)
      expect(read.status).toBe(401)
      const outcome = await until(
        async () => {
          const meta = await api(admin.token(), 'GET', `/threat_models/${tm}/metadata/tmi-sync-outcome`)
          return typeof meta.body.value === 'string' &&
            meta.body.value.startsWith(`delivery:${invoked.body.delivery_id} `)
            ? (meta.body.value as string)
            : undefined
        },
        60_000,
        'the outcome of the invocation',
      )
      expect(outcome).toMatch(/status:completed writes:\d+ message:payments-api: /)
    }, 120_000)

    it('runs as the GitHub Action: a plan comment on pull_request, an apply through the addon on push', async () => {
      const { fake, url, sha } = github
      const base = { 'tmi-url': LIVE.url, 'github-token': 'ghs_livesuitegithubtoken0123456789' }
      const env = { GITHUB_SHA: sha, GITHUB_API_URL: url }
      const planned = await runAction({ ...base, 'tmi-token': admin.token() }, pullRequest(7), env)
      expect(planned.code, planned.stdout + planned.stderr).toBe(0)
      expect(planned.summary).toContain('### tmi-sync plan')
      expect(fake.comments.filter((c) => c.issue === 7)).toHaveLength(1)
      expect(fake.comments[0]?.body).toContain(`payments-api-${RUN}`)
      const pushed = await runAction(
        {
          ...base,
          'tmi-client-id': serviceAccount.TMI_CLIENT_ID,
          'tmi-client-secret': serviceAccount.TMI_CLIENT_SECRET,
          'addon-id': addonId,
        },
        { name: 'push', payload: { ref: 'refs/heads/main', after: sha } },
        env,
      )
      expect(pushed.code, pushed.stdout + pushed.stderr).toBe(0)
      expect(pushed.summary).toMatch(new RegExp(`payments-api-${RUN} \\| applied \\(\\d+ writes?\\)`))
      // Secrets are handed to the runner to mask (`::add-mask::`), and appear nowhere else.
      const unmasked = (text: string) =>
        text
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
      const seen = [planned, pushed].map((r) => unmasked(r.stdout) + r.stderr + r.summary).join('\n')
      for (const secret of [serviceAccount.TMI_CLIENT_SECRET, admin.token(), WEBHOOK_SECRET])
        expect(seen + fake.comments.map((c) => c.body).join('')).not.toContain(secret)
    }, 180_000)

    it('syncs on a schedule, directly with a person and through the addon with a service account', async () => {
      const direct = await bareRepository('sync-direct', join(PROJECT, 'fixtures/features'))
      const config = (name: string, body: string) => {
        const file = join(SCRATCH, name)
        writeFileSync(file, `tmi:\n  url: ${LIVE.url}\n${body}`)
        return file
      }
      const personal = config(
        'sync-direct.yaml',
        `write:\n  via: credentials\nsources:\n  - source: git:${direct}@main:documents-and-repositories.tm.yaml\n`,
      )
      const report = join(SCRATCH, 'sync-direct.json')
      const first = await cli(['sync', '--config', personal, '--report', report], person)
      expect(first.code, first.stdout + first.stderr).toBe(0)
      expect(JSON.parse(readFileSync(report, 'utf8')).sources[0]).toMatchObject({
        status: 'applied',
        read: true,
      })
      const second = await cli(['sync', '--config', personal, '--report', report], person)
      expect(second.code).toBe(0)
      expect(JSON.parse(readFileSync(report, 'utf8')).sources[0]).toMatchObject({
        status: 'unchanged',
        read: false,
      })
      const automated = config(
        'sync-addon.yaml',
        `write:\n  via: addon\n  addon_id: ${addonId}\nsources:\n  - source: git:${syncBare}@main\n`,
      )
      const viaReport = join(SCRATCH, 'sync-addon.json')
      const viaAddon = await cli(
        ['sync', '--config', automated, '--report', viaReport],
        undefined,
        serviceAccount,
      )
      expect(viaAddon.code, viaAddon.stdout + viaAddon.stderr).toBe(0)
      const synced = JSON.parse(readFileSync(viaReport, 'utf8')).sources[0]
      expect(synced).toMatchObject({ status: 'applied', read: true })
      expect(synced.models[0]).toMatchObject({ key: 'payments-api', status: 'applied' })
      // The addon recorded the commit: the next night reads no file.
      const quiet = await cli(
        ['sync', '--config', automated, '--report', viaReport],
        undefined,
        serviceAccount,
      )
      expect(quiet.code).toBe(0)
      expect(JSON.parse(readFileSync(viaReport, 'utf8')).sources[0]).toMatchObject({
        status: 'unchanged',
        read: false,
      })
    }, 300_000)
  })

  it('applies on every save while watching', async () => {
    const dir = join(SCRATCH, 'watched')
    const file = join(dir, 'payments-api.tm.yaml')
    mkdirSync(dir, { recursive: true })
    const text = readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8')
    writeFileSync(file, text)
    const watch = start(['watch', dir, '--apply', '--source', `live-${RUN}-watch`, '--format', 'json'], {
      TMI_URL: LIVE.url,
      XDG_CONFIG_HOME: person.config,
      TMI_TOKEN: undefined,
      TMI_CLIENT_ID: undefined,
      TMI_CLIENT_SECRET: undefined,
    })
    stops.push(watch.stop)
    const applied = () => watch.out.stdout.split('\n').filter((l) => l.includes('"type":"applied"')).length
    await until(() => Promise.resolve(applied() >= 1), 60_000, 'the first apply')
    writeFileSync(file, text.replace(/^description: .*$/m, 'description: Saved while watching'))
    await until(() => Promise.resolve(applied() >= 2), 60_000, 'the apply of the save')
    await watch.stop()
    const plan = await cli(['plan', dir, '--source', `live-${RUN}-watch`, '--detailed-exitcode'], person)
    expect(plan.code, plan.stdout).toBe(0)
    expect(watch.out.stdout).not.toContain('"type":"error"')
  }, 180_000)

  it("holds to the official spec: the TMI client's whole range of calls", async () => {
    const checker = new SpecChecker()
    const client = new TmiClient({
      baseUrl: LIVE.url,
      fetch: checker.fetch(),
      auth: staticToken(person.token()),
    })
    await runContractScenario(client)
    // The client's requests, each checked; what the server answered off the spec is listed.
    expect(checker.violations.filter((v) => v.where.startsWith('request'))).toEqual([])
    expect(checker.counts.exchanges).toBeGreaterThan(30)
    if (checker.violations.length > 0)
      console.log(`TMI's answers off its own spec:\n${JSON.stringify(checker.violations, null, 1)}`)
  }, 180_000)
})

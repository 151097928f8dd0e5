import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AddonLimits } from '../../src/emulator/handlers/addons.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { registerAddon } from '../../src/engine/addon/registration.js'
import { runScheduledSync } from '../../src/engine/scheduled-sync/sync.js'
import { planPaths } from '../../src/engine/plan-apply/plan.js'
import { applyViaAddon, pinnedSource } from '../../src/engine/addon/invoke.js'
import { startAddonService, type AddonServiceConfig, type RunningService } from '../../src/serve/service.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { webhookSignature } from '../../src/tmi/webhooks.js'
import { runCliAsync } from '../helpers/cli.js'
import { LOOPBACK_WEBHOOKS, serviceAccountToken, signInAs } from '../helpers/emulator.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

const SECRET = 'a-webhook-secret-of-some-length'
let root: string
let bare: string

/** A bare repository whose `main` holds the fixtures, and the Threat Dragon models when present. */
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tmi-sync-addon-'))
  bare = join(root, 'models.git')
  const work = join(root, 'work')
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  cpSync(`${PROJECT}fixtures`, join(work, 'fixtures'), { recursive: true })
  if (sharedAvailable(TD_MODELS))
    for (const name of readdirSync(TD_MODELS).filter(
      (n) => n.endsWith('.json') && !/v1|malformed/i.test(n),
    )) {
      const title = name.replace(/\.json$/, '')
      mkdirSync(join(work, 'ThreatDragonModels', title), { recursive: true })
      cpSync(join(TD_MODELS, name), join(work, 'ThreatDragonModels', title, `${title}.json`))
    }
  await git.add('.').commit('models')
  await git.push('origin', 'main')
})

const running: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  while (running.length > 0) await running.pop()?.close()
})

interface World {
  emulator: RunningEmulator
  /** The person who owns the service account (TMI's invoker for its invocations): sees what it made. */
  alice: TmiClient
  /** The service account (client credentials): reads, creates threat models, invokes addons. */
  ci: TmiClient
  admin: TmiClient
  service: RunningService
  addonId: string
}

async function world(
  options: {
    limits?: Partial<AddonLimits>
    sources?: string[]
    deadlineMs?: number
    latencyMs?: number
    url?: (service: string) => string
  } = {},
): Promise<World> {
  const emulator = await startEmulator({
    clients: ['ci:ci-secret'],
    // The fixtures' access lists name alice: TMI refuses a principal it has never seen.
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    admins: ['tmi:root'],
    faults: { rateLimitPerMinute: 1_000_000, ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) },
    addonLimits: {
      ...LOOPBACK_WEBHOOKS,
      dedupMs: 20,
      perHour: 1000,
      maxActive: 3,
      retryDelaysMs: [50, 50, 50, 50],
      ...options.limits,
    },
  })
  running.push(emulator)
  const alice = new TmiClient({
    baseUrl: emulator.url,
    auth: staticToken(await signIn(emulator.url, 'tmi-automation-ci')),
  })
  const ci = new TmiClient({ baseUrl: emulator.url, auth: await serviceAccount(emulator.url) })
  const admin = new TmiClient({
    baseUrl: emulator.url,
    auth: staticToken(await signIn(emulator.url, 'root')),
  })
  const service = await addonService(emulator.url, {
    ...(options.sources ? { policy: { sources: options.sources, onDrift: 'fail', prune: false } } : {}),
    ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
  })
  const { addon } = await registerAddon(admin, options.url?.(service.url) ?? service.url, SECRET)
  await until(async () => (await admin.all(admin.listSubscriptions()))[0]?.status === 'active')
  return { emulator, alice, ci, admin, service, addonId: addon.id }
}

async function serviceAccount(url: string) {
  return staticToken(await serviceAccountToken(url, 'ci', 'ci-secret'))
}

const signIn = signInAs

/** The addon service for this world's repository; `overrides` change its configuration. */
async function addonService(
  tmiUrl: string,
  overrides: Partial<AddonServiceConfig> = {},
): Promise<RunningService> {
  const service = await startAddonService(
    {
      tmiUrl,
      secret: SECRET,
      policy: { sources: [`git:${bare}`], onDrift: 'fail', prune: false },
      deadlineMs: 45_000,
      env: {},
      ...overrides,
    },
    { port: 0, host: '127.0.0.1' },
  )
  running.push(service)
  return service
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

const planOf = async (client: TmiClient, source: string, onDrift: 'fail' | 'overwrite' = 'fail') => {
  const outcome = await planPaths([source], client, { source: `git:${bare}`, prune: false, onDrift })
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics.slice(0, 3)))
  return outcome.plan
}
const writes = (emulator: RunningEmulator) =>
  emulator.log.filter(
    (r) => r.method !== 'GET' && !r.path.includes('webhook-deliveries') && !r.path.endsWith('/invoke'),
  ).length

describe('the addon service, end to end against the emulator', () => {
  it('applies the fixtures and the Threat Dragon models for a service account, and a second run invokes nothing', async () => {
    const w = await world()
    const source = await pinnedSource(`git:${bare}@main`)
    const plan = await planOf(w.ci, source)
    // The seven fixtures, and the five Threat Dragon v2 models (not the v1 one, nor the malformed one).
    expect(plan.models.length).toBe(sharedAvailable(TD_MODELS) ? 13 : 8)
    // The service account alone is refused every write inside a threat model; through the addon, it is not.
    const results = await applyViaAddon(plan, w.ci, {
      saved: false,
      maxWaitMs: 60_000,
      spacingMs: 30,
      pollMs: 20,
    })
    expect(
      results.filter((r) => r.status !== 'applied').map((r) => `${r.key}: ${r.error ?? r.status}`),
    ).toEqual([])
    // TMI now matches the files, as alice (a person) sees it.
    const again = await planOf(w.alice, source)
    expect(again.summary).toMatchObject({ create: 0, update: 0, delete: 0, conflict: 0 })
    const invocations = w.emulator.addons.deliveries.size
    expect(invocations).toBe(plan.models.length)
    // The invoker cannot read a delivery on TMI (a bearer read is 401): it learnt each outcome from
    // the threat model, where the service recorded it with the delegation token.
    expect(
      w.emulator.log.filter(
        (r) => r.method === 'GET' && r.path.startsWith('/webhook-deliveries/') && r.status !== 200,
      ),
    ).toEqual([])
    for (const r of results) {
      const recorded = await w.alice.getMetadataValue(
        { threatModel: r.threatModelId as string },
        'tmi-sync-outcome',
      )
      expect(recorded).toMatch(
        /^delivery:[0-9a-f-]{36} status:completed writes:[1-9]\d* message:.+: applied \(\d+ writes?\)$/,
      )
    }
    // Each delegation token was used for its own threat model only: the listings of threat models
    // are the two plans' (the service account's, then its owner's), none the service's.
    expect(
      w.emulator.log.filter((r) => r.method === 'GET' && /^\/threat_models(\?|$)/.test(r.path)),
    ).toHaveLength(2)
    const second = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 60_000,
      spacingMs: 30,
      pollMs: 20,
    })
    expect(second.every((r) => r.status === 'unchanged')).toBe(true)
    expect(w.emulator.addons.deliveries.size).toBe(invocations)
  })

  it('a scheduled sync as a service account applies through the addon, which records the commit: the next run reads no file', async () => {
    const w = await world()
    const config = { sources: [{ source: `git:${bare}@main:fixtures/small/payments-api.tm.yaml` }] }
    const first = await runScheduledSync(config, w.ci)
    expect(first.sources[0]).toMatchObject({ status: 'applied', read: true })
    expect(first.sources[0]?.models[0]).toMatchObject({ key: 'payments-api', status: 'applied' })
    const again = await runScheduledSync(config, w.ci)
    expect(again.sources[0]).toMatchObject({ status: 'unchanged', read: false, requests: { files: 0 } })
    // The service account wrote nothing inside a threat model, and no lease is left behind.
    const id = again.sources[0]?.models[0]?.threat_model_id as string
    const keys = (await w.alice.listMetadata({ threatModel: id })).map((m) => m.key)
    expect(keys).toContain('tmi-sync-synced')
    expect(keys).not.toContain('tmi-sync-lease')
    // A commit that changes no model file: a service account cannot record it (no writes inside a
    // threat model), yet the model files are seen unchanged from the tree, and nothing is read.
    const work = join(root, 'work')
    writeFileSync(join(work, 'NOTES.md'), 'not a model\n')
    const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
    await git.add('.').commit('notes')
    await git.push('origin', 'main')
    const moved = await runScheduledSync(config, w.ci)
    expect(moved.sources[0]).toMatchObject({ status: 'unchanged', read: false, requests: { files: 0 } })
    expect(moved.sources[0]?.commit).not.toBe(again.sources[0]?.commit)
  })

  it("stops invoking when TMI's hourly quota runs out past --max-wait, and says what to do", async () => {
    const w = await world({ limits: { perHour: 2 } })
    const source = await pinnedSource(`git:${bare}@main:fixtures/features/*`)
    const results = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 0,
      spacingMs: 30,
      pollMs: 20,
    })
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'failed', 'failed', 'failed'])
    expect(results[2]?.error).toMatch(
      /^not invoked: TMI's hourly addon quota is used up for \d+ s more, past --max-wait/,
    )
    // One refused invocation told it so; the models after it were not even tried.
    expect(w.emulator.addons.deliveries.size).toBe(2)
    expect(w.emulator.log.filter((r) => r.path.endsWith('/invoke') && r.status === 429)).toHaveLength(1)
  })

  it('refuses unsigned, forged and replayed deliveries; a duplicate at a second replica is not applied again', async () => {
    // A recording proxy in front of the service keeps the deliveries TMI sent, to send them again.
    const seen: Array<{ headers: IncomingHttpHeaders; body: Buffer }> = []
    let target = ''
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks)
        if (req.headers['x-webhook-event'] === 'addon.invoked') seen.push({ headers: req.headers, body })
        void forward(target, req.headers, body).then((r) => {
          res.writeHead(r.status, Object.fromEntries(r.headers))
          res.end(r.body)
        })
      })
    })
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
    running.push({ close: () => new Promise<void>((r) => proxy.close(() => r())) })
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const w = await world({
      url: (service) => {
        target = service
        return proxyUrl
      },
    })
    const source = await pinnedSource(`git:${bare}@main:fixtures/small/*.tm.yaml`)
    const [result] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    expect(result?.status).toBe('applied')
    const delivery = seen[0] as (typeof seen)[number]
    const before = writes(w.emulator)

    const post = (url: string, headers: Record<string, string>, body: Buffer | string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      })
    const headersOf = (h: IncomingHttpHeaders) =>
      Object.fromEntries(
        [
          'x-webhook-event',
          'x-webhook-delivery-id',
          'x-webhook-subscription-id',
          'x-webhook-signature',
          'x-tmi-delegation-token',
        ].map((k) => [k, String(h[k])]),
      )
    const { 'x-webhook-signature': _signature, ...unsigned } = headersOf(delivery.headers)
    expect((await post(w.service.url, unsigned, delivery.body)).status).toBe(401)
    // A delivery dressed as TMI's (unsigned) challenge is not acted on: only a challenge's echo is.
    const disguised = { ...unsigned, 'x-webhook-event': 'webhook.challenge' }
    const answer = await post(w.service.url, disguised, delivery.body)
    expect([answer.status, await answer.json()]).toEqual([400, { error: 'not a webhook challenge' }])
    const challenge = await post(
      w.service.url,
      { 'x-webhook-event': 'webhook.challenge', 'x-webhook-subscription-id': crypto.randomUUID() },
      JSON.stringify({ type: 'webhook.challenge', challenge: 'c0ffee' }),
    )
    expect([challenge.status, await challenge.json()]).toEqual([200, { challenge: 'c0ffee' }])
    const forged = {
      ...headersOf(delivery.headers),
      'x-webhook-signature': webhookSignature(delivery.body, 'another-secret-16chars'),
    }
    expect((await post(w.service.url, forged, delivery.body)).status).toBe(401)
    const tampered = Buffer.from(delivery.body.toString().replace('"apply"', '"pull"'))
    expect((await post(w.service.url, headersOf(delivery.headers), tampered)).status).toBe(401)
    // The same delivery again, to this replica and to another one that shares nothing with it.
    const replay = await post(w.service.url, headersOf(delivery.headers), delivery.body)
    expect([replay.status, await replay.json()]).toEqual([200, { status: 'already handled' }])
    const replica = await addonService(w.emulator.url)
    const duplicate = await post(replica.url, headersOf(delivery.headers), delivery.body)
    expect([duplicate.status, await duplicate.json()]).toEqual([200, { status: 'already handled' }])
    await replica.idle()
    await w.service.idle()
    expect(writes(w.emulator)).toBe(before)
  })

  it('refuses a source outside its allowlist, and a threat model tmi-sync does not manage, changing nothing', async () => {
    const w = await world({ sources: ['github:acme/other'] })
    const source = await pinnedSource(`git:${bare}@main:fixtures/small/*.tm.yaml`)
    const [refused] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    expect(refused?.status).toBe('failed')
    expect(refused?.error).toContain(`git:${bare} is not among the sources this service may read`)
    expect(refused?.permanent).toBe(true)
    // Only the threat model itself was made (a service account may), nothing inside it.
    const tm = refused?.threatModelId as string
    expect((await w.alice.all(w.alice.list(tm, 'threats'))).length).toBe(0)
    // A threat model made by hand in TMI is not tmi-sync's.
    const mine = await w.alice.createThreatModel({ name: 'By hand' })
    const invocation = await w.ci.invokeAddon(w.addonId, {
      threat_model_id: mine.id,
      data: { action: 'apply' },
    })
    await until(async () =>
      ['delivered', 'failed'].includes((await w.admin.getDeliveryAsAdmin(invocation.delivery_id)).status),
    )
    const delivery = await w.admin.getDeliveryAsAdmin(invocation.delivery_id)
    expect([delivery.status, delivery.status_message]).toEqual([
      'failed',
      `refused: threat model ${mine.id} is not managed by tmi-sync (it has no tmi-sync-source and tmi-sync-key); nothing was changed`,
    ])
  })

  it('stops at its deadline and says so; the next invocation converges', async () => {
    const w = await world({ deadlineMs: 150, latencyMs: 30 })
    const source = await pinnedSource(`git:${bare}@main:fixtures/large/*.tm.yaml`)
    const [first] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    expect(first?.status).toBe('failed')
    expect(first?.error).toContain(
      'stopped at the deadline, before the delegation token ran out; invoke again to finish',
    )
    const patient = await addonService(w.emulator.url)
    await w.service.close()
    // The same subscription, now served by a patient replica.
    const subscription = (await w.admin.all(w.admin.listSubscriptions()))[0]
    ;(w.emulator.addons.subscriptions.get(subscription?.id as string) as { url: string }).url = patient.url
    const [second] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    expect([second?.status, second?.error]).toEqual(['applied', undefined])
    expect((await planOf(w.alice, source)).summary).toMatchObject({ create: 0, update: 0, delete: 0 })
  })

  it('reports a delivery whose token expires mid-apply, and the next invocation converges', async () => {
    const w = await world({ latencyMs: 80 })
    const source = await pinnedSource(`git:${bare}@main:fixtures/large/*.tm.yaml`)
    const plan = await planOf(w.ci, source)
    const model = plan.models[0]!
    // The threat model first (a service account may), then one invocation, cut short by TMI.
    const [created] = await applyViaAddon(
      { ...plan, models: [{ ...model, changes: model.changes.filter((c) => c.kind === 'threat_model') }] },
      w.ci,
      { saved: false, maxWaitMs: 1000, pollMs: 20 },
    )
    const tm = created?.threatModelId as string
    const invocation = await w.ci.invokeAddon(w.addonId, {
      threat_model_id: tm,
      data: { action: 'apply', source: model.file, key: model.key },
    })
    // Once the service has begun writing.
    await until(
      () => Promise.resolve(w.emulator.log.some((r) => r.method === 'POST' && r.path.includes('/bulk'))),
      5000,
    )
    await fetch(`${w.emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
    const ci = new TmiClient({ baseUrl: w.emulator.url, auth: await serviceAccount(w.emulator.url) })
    const admin = new TmiClient({
      baseUrl: w.emulator.url,
      auth: staticToken(await signInAs(w.emulator.url, 'root')),
    })
    await until(async () =>
      ['delivered', 'failed'].includes((await admin.getDeliveryAsAdmin(invocation.delivery_id)).status),
    )
    const delivery = await admin.getDeliveryAsAdmin(invocation.delivery_id)
    expect(delivery.status).toBe('failed')
    expect(delivery.status_message).toMatch(/TMI answered .* with 401/)
    await w.service.idle()
    const [second] = await applyViaAddon(await planOf(ci, source), ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    // Whatever the cut-short invocation had written, the next one finishes the model.
    expect(second?.error).toBeUndefined()
    expect(['applied', 'unchanged']).toContain(second?.status)
    expect((await planOf(ci, source)).summary).toMatchObject({ create: 0, update: 0, delete: 0 })
  })

  it('pull, invoked from TMI, proposes the TMI edits as a branch of the bare repository', async () => {
    const w = await world()
    const source = await pinnedSource(`git:${bare}@main:fixtures/small/*.tm.yaml`)
    const [applied] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    const tm = applied?.threatModelId as string
    await w.alice.patchThreatModel(tm, [{ op: 'replace', path: '/description', value: 'Edited in TMI' }])
    const invocation = await w.alice.invokeAddon(w.addonId, {
      threat_model_id: tm,
      data: { action: 'pull', source: `git:${bare}@main:fixtures/small/*.tm.yaml` },
    })
    await until(async () =>
      ['delivered', 'failed'].includes((await w.admin.getDeliveryAsAdmin(invocation.delivery_id)).status),
    )
    const delivery = await w.admin.getDeliveryAsAdmin(invocation.delivery_id)
    expect(delivery.status, delivery.status_message).toBe('delivered')
    const branches = (await simpleGit(bare).branch()).all.filter((b) => b.startsWith('tmi-sync/pull-'))
    expect(branches).toHaveLength(1)
    const file = await simpleGit(bare).show([`${branches[0]}:fixtures/small/payments-api.tm.yaml`])
    expect(file).toContain('Edited in TMI')
    await simpleGit(bare).deleteLocalBranch(branches[0] as string, true)
  })
  it('applies a saved plan only while TMI still holds what it was planned against, and checks user data', async () => {
    const w = await world()
    const source = await pinnedSource(`git:${bare}@main:fixtures/small/*.tm.yaml`)
    const [first] = await applyViaAddon(await planOf(w.ci, source), w.ci, {
      saved: false,
      maxWaitMs: 1000,
      pollMs: 20,
    })
    expect(first?.status).toBe('applied')
    const tm = first?.threatModelId as string
    await w.alice.patchThreatModel(tm, [{ op: 'replace', path: '/description', value: 'Edited in TMI' }])
    // Reviewed and saved: the edit made in TMI is to be overwritten.
    const plan = await planOf(w.ci, source, 'overwrite')
    expect(plan.summary.update).toBe(1)
    await w.alice.patchThreatModel(tm, [{ op: 'replace', path: '/description', value: 'Edited again' }])
    const [stale] = await applyViaAddon(plan, w.ci, {
      saved: true,
      maxWaitMs: 1000,
      pollMs: 20,
      spacingMs: 30,
    })
    expect(stale?.status).toBe('failed')
    expect(stale?.error).toContain('TMI or the files changed since the plan was made; make a new plan')
    expect((await w.alice.getThreatModel(tm)).description).toBe('Edited again')
    // User data that is not the documented shape is refused, and says where.
    const invocation = await w.alice.invokeAddon(w.addonId, {
      threat_model_id: tm,
      data: { action: 'apply', key: '../etc', extra: true },
    })
    await until(async () =>
      ['delivered', 'failed'].includes((await w.admin.getDeliveryAsAdmin(invocation.delivery_id)).status),
    )
    const refused = await w.admin.getDeliveryAsAdmin(invocation.delivery_id)
    expect(refused.status).toBe('failed')
    expect(refused.status_message).toBe(
      `refused: invalid user data: /extra unknown field "extra"; /key key: "../etc" is not valid (The model's key (its tmi-sync-key in TMI); it must be the threat model's own.); nothing was changed`,
    )
  })
})

describe('tmi-sync serve, addon register and apply --via-addon, through the binary', () => {
  it('registers, applies as a service account, and then has nothing to invoke', async () => {
    const emulator = await startEmulator({
      clients: ['ci:ci-secret'],
      admins: ['tmi:root'],
      faults: { rateLimitPerMinute: 1_000_000 },
      addonLimits: { dedupMs: 20, ...LOOPBACK_WEBHOOKS },
    })
    running.push(emulator)
    const config = join(root, 'serve.yaml')
    writeFileSync(config, `tmi_url: ${emulator.url}\nsources:\n  - git:${bare}\n`)
    const serve = await startServe(['serve', '--config', config, '--port', '0'], {
      TMI_WEBHOOK_SECRET: SECRET,
    })
    const admin = await signIn(emulator.url, 'root')
    const register = await runCliAsync(['addon', 'register', '--url', serve.url, '--tmi-url', emulator.url], {
      env: { TMI_TOKEN: admin, TMI_WEBHOOK_SECRET: SECRET },
    })
    expect(register.code, register.stderr).toBe(0)
    expect(register.stdout).toMatch(/addon [0-9a-f-]{36} \(created\)/)
    const again = await runCliAsync(['addon', 'register', '--url', serve.url, '--tmi-url', emulator.url], {
      env: { TMI_TOKEN: admin, TMI_WEBHOOK_SECRET: SECRET },
    })
    expect(again.stdout).toMatch(/addon [0-9a-f-]{36} \(exists\)/)
    const ci = { TMI_URL: emulator.url, TMI_CLIENT_ID: 'ci', TMI_CLIENT_SECRET: 'ci-secret' }
    const source = `git:${bare}@main:fixtures/small/*.tm.yaml`
    const apply = await runCliAsync(['apply', source, '--via-addon', '--auto-approve'], { env: ci })
    expect(apply.code, apply.stderr).toBe(0)
    expect(apply.stderr).toContain('payments-api: applied')
    expect(apply.stderr + apply.stdout).not.toContain(SECRET)
    const second = await runCliAsync(['apply', source, '--via-addon', '--auto-approve'], { env: ci })
    expect([second.code, second.stdout]).toEqual([0, expect.stringContaining('No changes')])
    expect(emulator.addons.deliveries.size).toBe(1)
    // Without the addon, the service account is refused before any write, and told why.
    const direct = await runCliAsync(['apply', source, '--auto-approve'], { env: ci })
    expect(direct.code).toBe(1)
    expect(serve.stderr()).not.toContain(SECRET)
  })
})

describe('tmi-sync serve configuration', () => {
  it('refuses a configuration with its error located, and a missing webhook secret, in one line', async () => {
    const bad = join(root, 'bad.yaml')
    writeFileSync(bad, 'tmi_url: http://127.0.0.1:1\nsources:\n  - git:/x\non_drift: sometimes\n')
    const r = await runCliAsync(['serve', '--config', bad, '--port', '0'], {
      env: { TMI_WEBHOOK_SECRET: SECRET },
    })
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      expect.stringMatching(
        /^tmi-sync: .*bad\.yaml:4:11: on_drift: "sometimes" is not one of "fail", "overwrite", "skip"$/,
      ),
    ])
    const good = join(root, 'good.yaml')
    writeFileSync(good, 'tmi_url: http://127.0.0.1:1\nsources: [git:/x]\n')
    const noSecret = await runCliAsync(['serve', '--config', good, '--port', '0'], {
      env: { TMI_WEBHOOK_SECRET: undefined },
    })
    expect([noSecret.code, noSecret.stderr.trim().split('\n')]).toEqual([
      2,
      [
        'tmi-sync: set TMI_WEBHOOK_SECRET (or TMI_WEBHOOK_SECRET_FILE) to the webhook secret: 16 to 128 characters',
      ],
    ])
    const serve = await startServe(['serve', '--config', good, '--port', '0'], { TMI_WEBHOOK_SECRET: SECRET })
    expect((await fetch(`${serve.url}/healthz`)).status).toBe(200)
    // TMI (nothing at port 1) is not reachable: not ready.
    expect((await fetch(`${serve.url}/readyz`)).status).toBe(503)
  })
})

async function startServe(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; stderr: () => string }> {
  const child: ChildProcess = spawn(process.execPath, [`${PROJECT}bin/tmi-sync.js`, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  running.push({
    close: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r())
        child.kill('SIGTERM')
      }),
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      out += s
      if (out.includes('\n')) resolve(out.split('\n')[0] as string)
    })
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
  })
  return { url, stderr: () => stderr }
}

async function forward(url: string, headers: IncomingHttpHeaders, body: Buffer) {
  const res = await fetch(url, {
    method: 'POST',
    headers: Object.fromEntries(
      Object.entries(headers).filter(([k]) => k.startsWith('x-') || k === 'content-type') as Array<
        [string, string]
      >,
    ),
    body: new Uint8Array(body),
  })
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
}

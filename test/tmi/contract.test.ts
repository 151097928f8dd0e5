import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { staticToken, userSession } from '../../src/tmi/auth.js'
import { readSession, writeSession } from '../../src/tmi/credentials.js'
import { login, revoke } from '../../src/tmi/login.js'
import { TmiClient } from '../../src/tmi/client.js'
import { runContractScenario } from '../helpers/contract-scenario.js'
import { LOOPBACK_WEBHOOKS } from '../helpers/emulator.js'
import { SpecChecker, SPEC_PATH } from '../helpers/openapi.js'
import { sharedAvailable } from '../helpers/shared.js'

const run = sharedAvailable(SPEC_PATH)

/**
 * The client's whole range of calls against the emulator, every request and every response
 * checked against the official spec. Zero violations, or the test names operation and field.
 */
describe.runIf(run)('contract: client ⇄ emulator ⇄ official TMI spec', () => {
  let emulator: RunningEmulator
  let checker: SpecChecker
  let client: TmiClient

  beforeAll(async () => {
    emulator = await startEmulator({ tokens: ['sync-user'] })
    checker = new SpecChecker()
    const fetch = checker.fetch()
    client = new TmiClient({
      baseUrl: emulator.url,
      fetch,
      auth: staticToken('sync-user'),
    })
  })
  afterAll(() => emulator?.close())

  it('the checker itself catches a violation', () => {
    const probe = new SpecChecker()
    probe.check({
      method: 'POST',
      path: '/threat_models',
      requestType: 'application/json',
      requestBody: { name: 'x', status: 'open' },
      status: 201,
      responseType: 'application/json',
      responseBody: { name: 'x' },
    })
    expect(probe.violations.map((v) => v.where)).toEqual(
      expect.arrayContaining(['request body /', 'response 201 /']),
    )
  })

  it('runs every operation sync needs with zero spec violations', async () => {
    await runContractScenario(client)

    expect(checker.violations).toEqual([])
    // Every exchange the emulator saw, the token request included, went through the checker.
    expect(emulator.log.length).toBeGreaterThan(30)
    expect(checker.counts.exchanges).toBe(emulator.log.length)
    expect(checker.counts.bodies).toBeGreaterThan(emulator.log.length)
  })
})

/**
 * Sign-in, refresh, revocation and the addon loop, every exchange checked against the spec:
 * the client's requests and the emulator's answers alike.
 */
describe.runIf(run)('contract: identity and addons ⇄ emulator ⇄ official TMI spec', () => {
  it('login, refresh, revoke, webhooks, addons, invocations and deliveries follow the spec', async () => {
    const emulator = await startEmulator({
      clients: ['sa:secret'],
      admins: ['tmi:root'],
      addonLimits: LOOPBACK_WEBHOOKS,
    })
    const checker = new SpecChecker()
    const fetch = checker.fetch()
    try {
      const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-contract-'))
      const session = await login({
        baseUrl: emulator.url,
        idp: 'tmi',
        loginHint: 'root',
        openUrl: () => Promise.reject(new Error('the development provider needs no browser')),
        fetch,
      })
      const file = join(dir, 'session.json')
      await writeSession(file, session)
      const user = new TmiClient({
        baseUrl: emulator.url,
        fetch,
        auth: userSession({ baseUrl: emulator.url, file, fetch }),
      })
      // The test hook, not a TMI call: past the checker.
      await globalThis.fetch(`${emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
      expect((await user.me()).provider_id).toBe('root')
      const { access_token } = (await readSession(file))!
      const call = async (method: string, path: string, body?: unknown, token = access_token) => {
        const res = await fetch(`${emulator.url}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body ? { 'Content-Type': 'application/json' } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        })
        return {
          status: res.status,
          body: (await res.json().catch(() => undefined)) as Record<string, unknown>,
        }
      }
      const sub = await call('POST', '/admin/webhooks/subscriptions', {
        name: 'tmi-sync',
        url: 'http://127.0.0.1:9/webhook',
        events: ['addon.invoked'],
        secret: 'sixteen-chars-or-more',
      })
      expect(sub.status).toBe(201)
      await call('GET', `/admin/webhooks/subscriptions/${String(sub.body.id)}`)
      const addon = await call('POST', '/addons', { name: 'Sync from Git', webhook_id: sub.body.id })
      await call('GET', '/addons')
      const tm = await user.createThreatModel({ name: 'Contract' })
      const invoked = await call('POST', `/addons/${String(addon.body.id)}/invoke`, {
        threat_model_id: tm.id,
        data: { a: 1 },
      })
      expect(invoked.status).toBe(202)
      // A bearer read is 401 on TMI; an administrator reads it under /admin.
      expect((await call('GET', `/webhook-deliveries/${String(invoked.body.delivery_id)}`)).status).toBe(401)
      await call('GET', `/admin/webhooks/deliveries/${String(invoked.body.delivery_id)}`)
      const sa = (await (
        await fetch(`${emulator.url}/oauth2/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=client_credentials&client_id=sa&client_secret=secret',
        })
      ).json()) as { access_token: string }
      const refused = await call('PUT', `/threat_models/${tm.id}`, { name: 'No' }, sa.access_token)
      expect(refused.status).toBe(403)
      expect(await revoke(emulator.url, (await readSession(file))!, fetch)).toBe(true)
      expect(checker.violations).toEqual([])
      expect(checker.counts.exchanges).toBeGreaterThan(12)
    } finally {
      await emulator.close()
    }
  })
})

import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKER_OPERATIONS } from '../../src/emulator/gate.js'
import { emulatorApi, LOOPBACK_WEBHOOKS, type Api } from '../helpers/emulator.js'
import { SpecChecker, SPEC_PATH } from '../helpers/openapi.js'
import { sharedAvailable } from '../helpers/shared.js'

const run = sharedAvailable(SPEC_PATH)

const REFUSAL = {
  error: 'forbidden',
  error_description:
    'service account credentials cannot be used here; addon write-backs must use the delegation token from X-TMI-Delegation-Token',
}

/**
 * TMI 1.4+'s subject-authority gate (tmi-api.md §00.1): the emulator's own table of gated
 * operations is checked against the official spec, then each is called with a service account.
 */
describe.runIf(run)('contract: the service-account gate', () => {
  let api: Api
  let spec: SpecChecker
  let sa: string
  let own: string

  beforeAll(async () => {
    api = await emulatorApi({
      admins: ['tmi:root'],
      faults: { rateLimitPerMinute: 100_000 },
      addonLimits: LOOPBACK_WEBHOOKS,
    })
    spec = new SpecChecker()
    sa = await api.serviceToken()
    own = (await api.call('POST', '/threat_models', { name: 'Service-made' }, { token: sa })).body.id
  })
  afterAll(() => api.emulator.close())

  it("gates exactly the spec's x-tmi-authz subject_authority: invoker operations", () => {
    const fromSpec = spec
      .operations()
      .filter((o) => o.authz.subject_authority === 'invoker')
      .map((o) => `${o.method} ${o.path}`)
      .sort()
    expect(fromSpec.length).toBe(94)
    expect([...INVOKER_OPERATIONS].sort()).toEqual(fromSpec)
  })

  it("answers a service account's call to each of them with TMI's 403, on its own threat model", async () => {
    const outcomes: string[] = []
    for (const op of INVOKER_OPERATIONS) {
      const [method, template] = op.split(' ') as [string, string]
      const path = template.replace(/\{([a-z_]+)\}/g, (_, name: string) =>
        name === 'threat_model_id' ? own : name === 'key' ? 'some-key' : randomUUID(),
      )
      const sample = spec.sampleRequest(template, method)
      const res = await api.call(method, path, sample?.body, {
        token: sa,
        ...(sample ? { type: sample.type } : {}),
      })
      if (res.status !== 403 || JSON.stringify(res.body) !== JSON.stringify(REFUSAL))
        outcomes.push(`${op}: ${res.status} ${JSON.stringify(res.body)}`)
    }
    expect(outcomes).toEqual([])
    // Nothing was written: the model is as the service account created it.
    const model = (await api.call('GET', `/threat_models/${own}`, undefined, { token: sa })).body
    expect([model.name, model.threats, model.diagrams]).toEqual(['Service-made', [], []])
  })

  it('leaves a service account its reads, threat-model create and addon invoke', async () => {
    const root = await api.signIn('root')
    const sub = await api.call(
      'POST',
      '/admin/webhooks/subscriptions',
      { name: 'hook', url: 'http://127.0.0.1:9/hook', events: ['addon.invoked'] },
      { token: root },
    )
    const addon = await api.call('POST', '/addons', { name: 'A', webhook_id: sub.body.id }, { token: root })
    const invoked = await api.call(
      'POST',
      `/addons/${addon.body.id}/invoke`,
      { threat_model_id: own },
      { token: sa },
    )
    expect(invoked.status).toBe(202)
    for (const path of [
      '/threat_models',
      `/threat_models/${own}`,
      `/threat_models/${own}/threats`,
      `/threat_models/${own}/assets`,
      `/threat_models/${own}/diagrams`,
      `/threat_models/${own}/metadata`,
      '/me',
    ])
      expect([path, (await api.call('GET', path, undefined, { token: sa })).status]).toEqual([path, 200])
    expect((await api.call('POST', '/threat_models', { name: 'Another' }, { token: sa })).status).toBe(201)
  })

  it('lets a person write the same operations', async () => {
    const mine = (await api.call('POST', '/threat_models', { name: 'Person-made' })).body.id
    const put = await api.call('PUT', `/threat_models/${mine}`, { name: 'Renamed' })
    expect(put.status).toBe(200)
    expect((await api.call('POST', `/threat_models/${mine}/metadata`, { key: 'k', value: 'v' })).status).toBe(
      201,
    )
  })
})

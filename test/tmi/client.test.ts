import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientCredentials, staticToken } from '../../src/tmi/auth.js'
import { clientFromEnv, TmiClient } from '../../src/tmi/client.js'
import { TmiHttpError, TmiNetworkError } from '../../src/tmi/errors.js'
import { emulatorApi, USER_TOKEN, type Api } from '../helpers/emulator.js'

let api: Api
let waits: number[]
let tokenCalls: number

beforeEach(async () => {
  api = await emulatorApi()
  waits = []
  tokenCalls = 0
})
afterEach(() => api.emulator.close())

/** A client with recorded (not slept) waits, counting token requests. */
function client(options: { auth?: 'user' | 'service'; now?: () => number } = {}): TmiClient {
  const counting: typeof fetch = (input, init) => {
    if ((input instanceof Request ? input.url : input.toString()).endsWith('/oauth2/token')) tokenCalls++
    return fetch(input, init)
  }
  const auth =
    options.auth === 'user'
      ? staticToken(USER_TOKEN)
      : clientCredentials({
          baseUrl: api.emulator.url,
          clientId: 'sa',
          clientSecret: 'secret',
          fetch: counting,
          ...(options.now ? { now: options.now } : {}),
        })
  return new TmiClient({
    baseUrl: api.emulator.url,
    auth,
    fetch: counting,
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
  })
}

const writes = () => api.emulator.log.filter((r) => r.method !== 'GET' && r.path !== '/oauth2/token')

describe('retries', () => {
  it('retries a 503, waiting as long as Retry-After says', async () => {
    const c = client()
    const model = await c.createThreatModel({ name: 'M' })
    api.emulator.faults.failMatching.push({
      method: 'GET',
      path: `/threat_models/${model.id}`,
      status: 503,
      times: 2,
    })
    expect((await c.getThreatModel(model.id)).id).toBe(model.id)
    expect(waits).toEqual([1000, 1000])
  })

  it('retries a reset connection on GET, but not on a single POST', async () => {
    const c = client()
    await c.createThreatModel({ name: 'M' })
    api.emulator.faults.failMatching.push({
      method: 'GET',
      path: '/threat_models',
      status: 'reset',
      times: 1,
    })
    expect(await c.all(c.listThreatModels())).toHaveLength(1)
    api.emulator.faults.failMatching.push({
      method: 'POST',
      path: '/threat_models',
      status: 'reset',
      times: 1,
    })
    await expect(c.createThreatModel({ name: 'N' })).rejects.toBeInstanceOf(TmiNetworkError)
    expect(await c.all(c.listThreatModels())).toHaveLength(1)
  })

  it('gives up after the bounded number of attempts', async () => {
    const c = client()
    api.emulator.faults.failMatching.push({ method: 'GET', path: '/threat_models', status: 503, times: 99 })
    await expect(c.all(c.listThreatModels())).rejects.toMatchObject({ status: 503, retried: true })
    expect(waits).toHaveLength(4)
  })

  it('treats a 409 on a repeated bulk POST with client ids as already done, without duplicates', async () => {
    const c = client({ auth: 'user' })
    const model = await c.createThreatModel({ name: 'M' })
    // The first attempt commits, then its answer is lost; the retry meets its own ids.
    api.emulator.faults.failMatching.push({ method: 'POST', path: '/threats/bulk', status: 'drop', times: 1 })
    const items = Array.from({ length: 3 }, (_, i) => ({ id: randomUUID(), name: `T${i}`, threat_type: [] }))
    const created = await c.bulkCreate(model.id, 'threats', items)
    expect(created.map((t) => t.id)).toEqual(items.map((i) => i.id))
    expect(await c.all(c.list(model.id, 'threats'))).toHaveLength(3)
    const posts = api.emulator.log.filter((r) => r.method === 'POST' && r.path.endsWith('/threats/bulk'))
    expect(posts.map((r) => r.status)).toEqual([201, 409])
  })

  it('slows down before the rate limit is hit, until the window resets', async () => {
    const c = client({ auth: 'user' })
    api.emulator.faults.rateLimitPerMinute = 6
    for (let i = 0; i < 4; i++) await c.all(c.listThreatModels())
    expect(waits.length).toBeGreaterThan(0)
    expect(await c.all(c.listThreatModels())).toEqual([])
  })
})

describe('authentication', () => {
  it('gets a new token once after a 401, then carries on', async () => {
    const c = client()
    await c.createThreatModel({ name: 'M' })
    await fetch(`${api.emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
    expect(await c.all(c.listThreatModels())).toHaveLength(1)
    expect(tokenCalls).toBe(2)
  })

  it('renews before expires_in runs out, not after', async () => {
    let clock = 0
    const c = client({ now: () => clock })
    await c.all(c.listThreatModels())
    clock = 3_000_000 // 50 minutes: still valid
    await c.all(c.listThreatModels())
    expect(tokenCalls).toBe(1)
    clock = 3_560_000 // within a minute of the hour
    await c.all(c.listThreatModels())
    expect(tokenCalls).toBe(2)
  })

  it('never puts a token or secret in errors', async () => {
    const bad = new TmiClient({
      baseUrl: api.emulator.url,
      auth: staticToken('super-secret-token'),
      sleep: () => Promise.resolve(),
    })
    const e = (await bad.getThreatModel(randomUUID()).catch((x: unknown) => x)) as TmiHttpError
    expect(e).toBeInstanceOf(TmiHttpError)
    expect(e.status).toBe(401)
    expect(JSON.stringify({ ...e, message: e.message, stack: e.stack })).not.toContain('super-secret-token')
    const cc = clientCredentials({
      baseUrl: api.emulator.url,
      clientId: 'sa',
      clientSecret: 'wrong-secret-value',
    })
    const e2 = (await cc.token().catch((x: unknown) => x)) as TmiHttpError
    expect(e2.code).toBe('invalid_client')
    expect(`${e2.message} ${e2.stack}`).not.toContain('wrong-secret-value')
  })

  it('is configured from TMI_URL and TMI_TOKEN or TMI_CLIENT_ID/SECRET', async () => {
    const fromToken = clientFromEnv({ TMI_URL: api.emulator.url, TMI_TOKEN: USER_TOKEN })
    expect(await fromToken.all(fromToken.listThreatModels())).toEqual([])
    const fromClient = clientFromEnv({
      TMI_URL: api.emulator.url,
      TMI_CLIENT_ID: 'sa',
      TMI_CLIENT_SECRET: 'secret',
    })
    // A service account acts for its owner: here its own automation account (tmi-api.md §3).
    expect(await fromClient.principal()).toBe('service-account')
    expect((await fromClient.createThreatModel({ name: 'M' })).owner.provider_id).toBe('tmi-automation-sa')
    expect(() => clientFromEnv({ TMI_URL: api.emulator.url })).toThrow(/TMI_TOKEN/)
  })
})

describe('bulk calls and lists', () => {
  it('chunks to the caps: 45 threats in 3 calls, 120 assets in 3, 30 metadata in 2', async () => {
    const c = client({ auth: 'user' })
    const model = await c.createThreatModel({ name: 'M' })
    api.emulator.log.length = 0
    await c.bulkCreate(
      model.id,
      'threats',
      Array.from({ length: 45 }, (_, i) => ({ name: `T${i}`, threat_type: [] })),
    )
    await c.bulkCreate(
      model.id,
      'assets',
      Array.from({ length: 120 }, (_, i) => ({ name: `A${i}`, type: 'data' })),
    )
    await c.patchMetadata(
      { threatModel: model.id },
      Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
    )
    expect(writes().map((r) => r.path.split('/').slice(3).join('/'))).toEqual([
      ...Array(3).fill('threats/bulk'),
      ...Array(3).fill('assets/bulk'),
      'metadata/bulk',
      'metadata/bulk',
    ])
    expect(await c.all(c.list(model.id, 'threats'))).toHaveLength(45)
  })

  it('pages through lists until offset reaches total', async () => {
    const c = client()
    for (let i = 0; i < 230; i++) await c.createThreatModel({ name: `M${i}` })
    api.emulator.log.length = 0
    const all = await c.all(c.listThreatModels())
    expect(new Set(all.map((m) => m.id)).size).toBe(230)
    expect(api.emulator.log.filter((r) => r.path === '/threat_models')).toHaveLength(3)
  })

  it('sends PATCH as application/json-patch+json and If-Match when given', async () => {
    const c = client({ auth: 'user' })
    const model = await c.createThreatModel({ name: 'M' })
    const res = await c.patchThreatModel(model.id, [{ op: 'replace', path: '/name', value: 'N' }], '*')
    expect([res.body.name, res.headers.get('etag')]).toEqual(['N', '"2"'])
    await expect(
      c.patchThreatModel(model.id, [{ op: 'replace', path: '/name', value: 'O' }], '"1"'),
    ).rejects.toMatchObject({ status: 409, code: 'version_mismatch' })
  })
})

import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { AddonLimits } from '../../src/emulator/handlers/addons.js'
import { emulatorApi, LOOPBACK_WEBHOOKS, type Api } from '../helpers/emulator.js'

/** A webhook receiver standing in for an addon: records what TMI sends, answers as told. */
interface Receiver {
  url: string
  received: Array<{ headers: IncomingMessage['headers']; body: string }>
  answer: (
    body: string,
    headers: IncomingMessage['headers'],
  ) => { status: number; headers?: Record<string, string>; body?: string }
  close(): Promise<void>
}

async function receiver(): Promise<Receiver> {
  const r: Partial<Receiver> & { received: Receiver['received'] } = { received: [] }
  r.answer = (body) => {
    const parsed = JSON.parse(body) as { type?: string; challenge?: string }
    if (parsed.type === 'webhook.challenge')
      return { status: 200, body: JSON.stringify({ challenge: parsed.challenge }) }
    return { status: 200 }
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      r.received.push({ headers: req.headers, body })
      const a = (r.answer as Receiver['answer'])(body, req.headers)
      res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers })
      res.end(a.body ?? '{}')
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`
  r.close = () => new Promise<void>((ok) => server.close(() => ok()))
  return r as Receiver
}

const SECRET = 'a-webhook-secret-of-some-length'
const sign = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
const until = async (what: () => boolean | Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

let api: Api
let hook: Receiver
afterEach(async () => {
  await api?.emulator.close()
  await hook?.close()
})

/** An emulator with an administrator, a service account and one registered addon. */
async function setUp(limits: Partial<AddonLimits> = {}) {
  api = await emulatorApi({
    admins: ['tmi:root'],
    addonLimits: { retryDelaysMs: [20, 20, 20, 20], ...LOOPBACK_WEBHOOKS, ...limits },
  })
  hook = await receiver()
  const root = await adminToken()
  const sub = await api.call(
    'POST',
    '/admin/webhooks/subscriptions',
    { name: 'tmi-sync', url: hook.url, events: ['addon.invoked'], secret: SECRET },
    { token: root },
  )
  expect([sub.status, sub.body.status]).toEqual([201, 'pending_verification'])
  await until(
    async () =>
      (await api.call('GET', `/admin/webhooks/subscriptions/${sub.body.id}`, undefined, { token: root })).body
        .status === 'active',
  )
  const addon = await api.call(
    'POST',
    '/addons',
    { name: 'Sync from Git', webhook_id: sub.body.id, objects: ['threat_model'] },
    { token: root },
  )
  expect(addon.status).toBe(201)
  const sa = await api.serviceToken()
  const tm = (await api.call('POST', '/threat_models', { name: 'Invoked on' }, { token: sa })).body
    .id as string
  return { root, sa, tm, addon: addon.body.id as string, subscription: sub.body.id as string }
}

const adminToken = () => api.signIn('root')

describe('emulator addons, as TMI delivers them', () => {
  it('registers webhooks and addons for administrators only, after the challenge handshake', async () => {
    const { sa } = await setUp()
    expect(hook.received[0]?.headers['x-webhook-event']).toBe('webhook.challenge')
    // TMI sends the challenge unsigned: only the event and the subscription id
    // (`G:api/webhook_challenge_worker.go:92-104`; seen on TMI 1.8.22 at 05517d8).
    expect(hook.received[0]?.headers).not.toHaveProperty('x-webhook-signature')
    expect(hook.received[0]?.headers['x-webhook-subscription-id']).toEqual(expect.any(String))
    expect(
      (
        await api.call(
          'POST',
          '/admin/webhooks/subscriptions',
          { name: 'x', url: hook.url, events: ['addon.invoked'] },
          { token: sa },
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await api.call(
          'POST',
          '/addons',
          { name: 'x', webhook_id: crypto.randomUUID() },
          { token: await adminToken() },
        )
      ).status,
    ).toBe(404)
  })

  it('delivers an invocation signed, with a 60-second delegation token acting as the invoker, which may write', async () => {
    const { sa, tm, addon, subscription } = await setUp()
    const invoked = await api.call(
      'POST',
      `/addons/${addon}/invoke`,
      { threat_model_id: tm, data: { action: 'apply' } },
      { token: sa },
    )
    expect([invoked.status, invoked.body.status]).toEqual([202, 'pending'])
    await until(() => hook.received.some((r) => r.headers['x-webhook-event'] === 'addon.invoked'))
    const delivery = hook.received.find((r) => r.headers['x-webhook-event'] === 'addon.invoked')!
    expect(delivery.headers['x-webhook-delivery-id']).toBe(invoked.body.delivery_id)
    expect(delivery.headers['x-webhook-subscription-id']).toBe(subscription)
    expect(delivery.headers['x-webhook-signature']).toBe(sign(delivery.body))
    expect(JSON.parse(delivery.body)).toMatchObject({
      event_type: 'addon.invoked',
      threat_model_id: tm,
      data: { addon_id: addon, user_data: { action: 'apply' } },
    })
    const token = delivery.headers['x-tmi-delegation-token'] as string
    const c = claims(token)
    expect(c.exp as number).toBe((c.iat as number) + 60)
    expect(c.sub).toBe('tmi-automation-sa')
    expect(c.delegation).toMatchObject({
      addon_id: addon,
      delivery_id: invoked.body.delivery_id,
      threat_model_id: tm,
    })
    // The service account may not write; its delegation token may.
    const threat = [{ name: 'Written back', threat_type: [] }]
    expect((await api.call('POST', `/threat_models/${tm}/threats/bulk`, threat, { token: sa })).status).toBe(
      403,
    )
    expect((await api.call('POST', `/threat_models/${tm}/threats/bulk`, threat, { token })).status).toBe(201)
    const me = (await api.call('GET', '/me', undefined, { token })).body
    expect(me.is_admin).toBe(false)
    await until(
      async () =>
        (
          await api.call('GET', `/admin/webhooks/deliveries/${invoked.body.delivery_id}`, undefined, {
            token: await adminToken(),
          })
        ).body.status === 'delivered',
    )
  })

  it('takes progress from an async addon only when signed, and nothing after the end', async () => {
    const { root, sa, tm, addon } = await setUp()
    hook.answer = (body) => {
      const parsed = JSON.parse(body) as { type?: string; challenge?: string }
      if (parsed.type === 'webhook.challenge')
        return { status: 200, body: JSON.stringify({ challenge: parsed.challenge }) }
      return { status: 200, headers: { 'X-TMI-Callback': 'async' } }
    }
    const { delivery_id: id } = (
      await api.call('POST', `/addons/${addon}/invoke`, { threat_model_id: tm }, { token: sa })
    ).body
    const state = async () =>
      (await api.call('GET', `/admin/webhooks/deliveries/${id}`, undefined, { token: root })).body
    await until(async () => (await state()).status === 'in_progress')
    const report = (body: Record<string, unknown>, signature?: string) => {
      const raw = JSON.stringify(body)
      return fetch(`${api.emulator.url}/webhook-deliveries/${id}/status`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(signature !== undefined ? { 'X-Webhook-Signature': signature } : {}),
        },
        body: raw,
      })
    }
    expect((await report({ status: 'in_progress', status_percent: 40 })).status).toBe(401)
    expect((await report({ status: 'in_progress' }, sign('{"status":"forged"}'))).status).toBe(401)
    const progress = { status: 'in_progress', status_percent: 40, status_message: 'planning' }
    expect((await report(progress, sign(JSON.stringify(progress)))).status).toBe(200)
    expect(await state()).toMatchObject({
      status: 'in_progress',
      status_percent: 40,
      status_message: 'planning',
    })
    const done = { status: 'completed', status_message: 'applied 3 changes' }
    expect((await report(done, sign(JSON.stringify(done)))).status).toBe(200)
    expect(await state()).toMatchObject({ status: 'delivered', status_percent: 100 })
    expect((await report(done, sign(JSON.stringify(done)))).status).toBe(409)
    // An addon reads the delivery with an HMAC of its id.
    const byHmac = await fetch(`${api.emulator.url}/webhook-deliveries/${id}`, {
      headers: { 'X-Webhook-Signature': sign(id) },
    })
    expect(byHmac.status).toBe(200)
  })

  it('answers a bearer read of a delivery 401, its invoker and an administrator alike; an administrator reads it under /admin', async () => {
    // `/webhook-deliveries/` is a public path: the JWT middleware sets no user on it, so the bearer
    // branch always fails (`G:cmd/server/main.go:163-167`, `G:cmd/server/jwt_auth.go:759-776`,
    // `G:api/webhook_delivery_handlers.go:94-98`, `G:api/identity.go:330-340`); seen on TMI 1.8.22.
    const { root, sa, tm, addon } = await setUp()
    const { delivery_id: id } = (
      await api.call('POST', `/addons/${addon}/invoke`, { threat_model_id: tm }, { token: sa })
    ).body
    for (const token of [sa, root]) {
      const read = await api.call('GET', `/webhook-deliveries/${id}`, undefined, { token })
      expect([read.status, read.body]).toEqual([
        401,
        { error: 'unauthorized', error_description: 'Authentication required' },
      ])
    }
    // An unknown delivery is 404 before any authentication (the record is looked up first).
    expect(
      (await api.call('GET', `/webhook-deliveries/${crypto.randomUUID()}`, undefined, { token: sa })).status,
    ).toBe(404)
    expect(
      (await api.call('GET', `/admin/webhooks/deliveries/${id}`, undefined, { token: root })).body,
    ).toMatchObject({
      id,
    })
    expect((await api.call('GET', `/admin/webhooks/deliveries/${id}`, undefined, { token: sa })).status).toBe(
      403,
    )
  })

  it('retries a failed delivery with backoff and a fresh delegation token each time', async () => {
    const { root, sa, tm, addon } = await setUp()
    let failures = 2
    hook.answer = (body) => {
      const parsed = JSON.parse(body) as { type?: string; challenge?: string }
      if (parsed.type === 'webhook.challenge')
        return { status: 200, body: JSON.stringify({ challenge: parsed.challenge }) }
      return failures-- > 0 ? { status: 500 } : { status: 200 }
    }
    const { delivery_id: id } = (
      await api.call('POST', `/addons/${addon}/invoke`, { threat_model_id: tm }, { token: sa })
    ).body
    await until(
      async () =>
        (await api.call('GET', `/admin/webhooks/deliveries/${id}`, undefined, { token: root })).body
          .status === 'delivered',
    )
    const attempts = hook.received.filter((r) => r.headers['x-webhook-event'] === 'addon.invoked')
    expect(attempts).toHaveLength(3)
    const jtis = new Set(attempts.map((a) => claims(a.headers['x-tmi-delegation-token'] as string).jti))
    expect(jtis.size).toBe(3)
    expect(
      (await api.call('GET', `/admin/webhooks/deliveries/${id}`, undefined, { token: root })).body.attempts,
    ).toBe(3)
  })

  it("enforces TMI's invocation limits: 1024 bytes, the 5-second repeat, active and hourly quotas", async () => {
    const { sa, tm, addon } = await setUp({ dedupMs: 200, maxActive: 10, perHour: 3 })
    hook.answer = (body) => {
      const parsed = JSON.parse(body) as { type?: string; challenge?: string }
      if (parsed.type === 'webhook.challenge')
        return { status: 200, body: JSON.stringify({ challenge: parsed.challenge }) }
      return { status: 200, headers: { 'X-TMI-Callback': 'async' } }
    }
    const invoke = (data: unknown = {}) =>
      api.call('POST', `/addons/${addon}/invoke`, { threat_model_id: tm, data }, { token: sa })
    expect((await invoke({ blob: 'x'.repeat(1100) })).status).toBe(400)
    expect((await invoke()).status).toBe(202)
    const repeat = await invoke()
    expect([repeat.status, repeat.body.error]).toEqual([429, 'duplicate_invocation'])
    expect(repeat.headers.get('retry-after')).toBeNull()
    // TMI counts an invocation before it refuses a repeat (`G:api/addon_invocation_handlers.go:171-195`):
    // the refused repeat used up one of the hour's three.
    await new Promise((r) => setTimeout(r, 250))
    expect((await invoke()).status).toBe(202)
    await new Promise((r) => setTimeout(r, 250))
    const hourly = await invoke()
    expect([hourly.status, hourly.body.error, hourly.body.details.context]).toEqual([
      429,
      'rate_limit_exceeded',
      { retry_after: expect.any(Number), limit: 3, current: 3 },
    ])
    expect(hourly.body.error_description).toMatch(
      /^Hourly invocation limit exceeded: 3\/3\. Retry after \d+ seconds\.$/,
    )
    expect(Number(hourly.headers.get('retry-after'))).toBeGreaterThan(3000)
  })

  it("checks the user data against the addon's enum parameters, and names a missing threat model as the spec validator does", async () => {
    const { root, sa, tm, subscription } = await setUp()
    const addon = await api.call(
      'POST',
      '/addons',
      {
        name: 'With parameters',
        webhook_id: subscription,
        parameters: [{ name: 'action', type: 'enum', enum_values: ['apply', 'pull'], required: true }],
      },
      { token: root },
    )
    const invoke = (body: unknown) => api.call('POST', `/addons/${addon.body.id}/invoke`, body, { token: sa })
    // Both as TMI 1.8.22 answered.
    const off = await invoke({ threat_model_id: tm, data: { action: 'destroy' } })
    expect([off.status, off.body.error_description]).toEqual([
      400,
      "Parameter 'action' value 'destroy' is not in allowed values",
    ])
    const missing = await invoke({ data: {} })
    expect([missing.status, missing.body.error_description]).toEqual([
      400,
      'error in openapi3filter.RequestError: request body has an error: doesn\'t match schema #/components/schemas/InvokeAddonRequest: Error at "/threat_model_id": property "threat_model_id" is missing',
    ])
    expect((await invoke({ threat_model_id: tm, data: { action: 'pull' } })).status).toBe(202)
  })

  it('allows at most the active quota of unfinished invocations per invoker', async () => {
    const { sa, tm, addon } = await setUp({ dedupMs: 0, maxActive: 2 })
    hook.answer = (body) => {
      const parsed = JSON.parse(body) as { type?: string; challenge?: string }
      if (parsed.type === 'webhook.challenge')
        return { status: 200, body: JSON.stringify({ challenge: parsed.challenge }) }
      return { status: 200, headers: { 'X-TMI-Callback': 'async' } }
    }
    const invoke = () => api.call('POST', `/addons/${addon}/invoke`, { threat_model_id: tm }, { token: sa })
    expect((await invoke()).status).toBe(202)
    expect((await invoke()).status).toBe(202)
    const third = await invoke()
    expect([third.status, third.body.error]).toEqual([429, 'rate_limit_exceeded'])
    // As TMI words it: the open invocations, and a Retry-After of when the oldest times out (15 min).
    expect(third.body.error_description).toBe('Active invocation limit reached: 2/2 concurrent invocations.')
    expect(third.body.details.context).toMatchObject({
      limit: 2,
      current: 2,
      blocking_invocations: [expect.objectContaining({ status: expect.any(String) }), expect.anything()],
    })
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(890)
  })
})

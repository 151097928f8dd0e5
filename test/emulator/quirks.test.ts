import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emulatorApi, type Api } from '../helpers/emulator.js'

let api: Api
let tm: string
beforeEach(async () => {
  api = await emulatorApi()
  tm = (await api.call('POST', '/threat_models', { name: 'Quirks' })).body.id
})
afterEach(() => api.emulator.close())

const threat = (extra: Record<string, unknown> = {}) => ({ name: 'T', threat_type: ['Spoofing'], ...extra })

describe('§0.1 client-chosen ids only through bulk endpoints', () => {
  it('refuses an id on single POST, honours it on bulk POST', async () => {
    const id = randomUUID()
    expect((await api.call('POST', `/threat_models/${tm}/threats`, threat({ id }))).status).toBe(400)
    const created = await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ id })])
    expect(created.status).toBe(201)
    expect(created.body[0].id).toBe(id)
  })

  it('threat bulk PUT is update-only: unknown ids are skipped silently yet echoed', async () => {
    const ghost = randomUUID()
    const res = await api.call('PUT', `/threat_models/${tm}/threats/bulk`, [threat({ id: ghost })])
    expect(res.status).toBe(200)
    expect(res.body[0].id).toBe(ghost)
    expect((await api.call('GET', `/threat_models/${tm}/threats/${ghost}`)).status).toBe(404)
  })

  it('asset bulk PUT upserts', async () => {
    const id = randomUUID()
    expect(
      (await api.call('PUT', `/threat_models/${tm}/assets/bulk`, [{ id, name: 'A', type: 'data' }])).status,
    ).toBe(200)
    expect((await api.call('GET', `/threat_models/${tm}/assets/${id}`)).body.name).toBe('A')
  })
})

describe('§0.2 versions: never on reads, ETag only from conditional writes', () => {
  it('sends no ETag on GET, an ETag on If-Match writes, 409 on a stale one, Deprecation without', async () => {
    const get = await api.call('GET', `/threat_models/${tm}`)
    expect(get.headers.get('etag')).toBeNull()
    expect(get.body.version).toBeUndefined()
    const patch = [{ op: 'replace', path: '/description', value: 'x' }]
    const type = 'application/json-patch+json'
    const first = await api.call('PATCH', `/threat_models/${tm}`, patch, { type, ifMatch: '*' })
    expect(first.headers.get('etag')).toBe('"2"')
    expect(
      (await api.call('PATCH', `/threat_models/${tm}`, patch, { type, ifMatch: '"1"' })).body.error,
    ).toBe('version_mismatch')
    const unconditional = await api.call('PATCH', `/threat_models/${tm}`, patch, { type })
    expect(unconditional.headers.get('deprecation')).toBe('true')
    expect(unconditional.headers.get('etag')).toBeNull()
  })
})

describe('§0.3 the enum normaliser rewrites request JSON', () => {
  it('stores severity and status lower-snake, rejects asset type "Data", rewrites cell data', async () => {
    const [t] = (
      await api.call('POST', `/threat_models/${tm}/threats/bulk`, [
        threat({ severity: 'High', status: 'In Progress' }),
      ])
    ).body
    expect([t.severity, t.status]).toEqual(['high', 'in_progress'])
    expect((await api.call('POST', `/threat_models/${tm}/assets`, { name: 'A', type: 'Data' })).status).toBe(
      400,
    )
    const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' })).body
    const cell = {
      id: randomUUID(),
      shape: 'process',
      x: 0,
      y: 0,
      width: 100,
      height: 50,
      data: { status: 'Active' },
    }
    const put = await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
      name: 'D',
      type: 'DFD-1.0.0',
      cells: [cell],
    })
    expect(put.body.cells[0].data.status).toBe('active')
    expect(put.body.cells[0].parent).toBeNull()
  })
})

describe('§0.4 PUT of a threat model replaces the access list', () => {
  it('clears authorization when omitted; PATCH leaves it alone', async () => {
    const before = (await api.call('GET', `/threat_models/${tm}`)).body.authorization
    expect(before.map((a: { provider_id: string }) => a.provider_id)).toContain('tmi-automation')
    await api.call('PATCH', `/threat_models/${tm}`, [{ op: 'replace', path: '/name', value: 'Renamed' }], {
      type: 'application/json-patch+json',
    })
    expect((await api.call('GET', `/threat_models/${tm}`)).body.authorization).toEqual(before)
    await api.call('PUT', `/threat_models/${tm}`, { name: 'Renamed' })
    const after = (await api.call('GET', `/threat_models/${tm}`)).body
    expect(after.authorization).toEqual([])
    expect(after.owner.provider_id).toBe('emulator-user')
  })
})

describe('§0.5 ThreatModelInput is closed; status is for security reviewers', () => {
  it('rejects unknown keys; PATCH /status from a user, and any PATCH from a service account', async () => {
    expect((await api.call('POST', '/threat_models', { name: 'X', status: 'open' })).status).toBe(400)
    const type = 'application/json-patch+json'
    const patch = (id: string, path: string, value: unknown, token?: string) =>
      api.call('PATCH', `/threat_models/${id}`, [{ op: 'replace', path, value }], {
        type,
        ...(token ? { token } : {}),
      })
    expect((await patch(tm, '/status', 'approved')).status).toBe(403)
    // TMI 1.4+: the subject-authority gate refuses a service account before any role check.
    const sa = await api.serviceToken()
    const own = (await api.call('POST', '/threat_models', { name: 'Mine' }, { token: sa })).body.id
    const refused = await patch(own, '/status', 'approved', sa)
    expect([refused.status, refused.body.error_description]).toEqual([
      403,
      'service account credentials cannot be used here; addon write-backs must use the delegation token from X-TMI-Delegation-Token',
    ])
    expect((await patch(tm, '/owner', {})).status).toBe(200)
    expect((await patch(tm, '/alias', 3.5)).status).toBe(400)
  })
})

describe('§0.6 threat metadata: dropped on create, replaced by PUT', () => {
  it('echoes metadata on create without keeping it; PUT without metadata clears it', async () => {
    const [t] = (
      await api.call('POST', `/threat_models/${tm}/threats/bulk`, [
        threat({ metadata: [{ key: 'k', value: 'v' }] }),
      ])
    ).body
    expect(t.metadata).toEqual([{ key: 'k', value: 'v' }])
    expect((await api.call('GET', `/threat_models/${tm}/threats/${t.id}/metadata`)).body).toEqual([])
    await api.call('POST', `/threat_models/${tm}/threats/${t.id}/metadata/bulk`, [{ key: 'k', value: 'v' }])
    await api.call('PUT', `/threat_models/${tm}/threats/${t.id}`, threat())
    expect((await api.call('GET', `/threat_models/${tm}/threats/${t.id}/metadata`)).body).toEqual([])
  })
})

describe('§0.7 / §00.3 booleans', () => {
  it('stores an explicit false as true on create, and an omitted boolean on PUT as the spec default, true', async () => {
    const [t] = (
      await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ include_in_report: false })])
    ).body
    expect(t.include_in_report).toBe(true)
    const off = await api.call(
      'PUT',
      `/threat_models/${tm}/threats/${t.id}`,
      threat({ include_in_report: false, timmy_enabled: false }),
    )
    expect([off.body.include_in_report, off.body.timmy_enabled]).toEqual([false, false])
    const put = await api.call('PUT', `/threat_models/${tm}/threats/${t.id}`, threat())
    expect([put.body.include_in_report, put.body.timmy_enabled, put.body.mitigated]).toEqual([
      true,
      true,
      false,
    ])
  })
})

describe('§0.8 strict text rules', () => {
  it('rejects forbidden characters and, on single create, injection patterns', async () => {
    expect(
      (await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ name: 'Tom & Jerry' })])).status,
    ).toBe(400)
    expect(
      (await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ description: 'a < b' })]))
        .status,
    ).toBe(400)
    expect(
      (await api.call('POST', `/threat_models/${tm}/threats`, threat({ mitigation: 'set ${var}' }))).status,
    ).toBe(400)
    // Bulk handlers do not run the injection check.
    expect(
      (await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ mitigation: 'set ${var}' })]))
        .status,
    ).toBe(201)
    expect(
      (await api.call('POST', `/threat_models/${tm}/metadata`, { key: 'cond', value: 'condition=true' }))
        .status,
    ).toBe(400)
  })
})

describe('§0.9 bulk caps', () => {
  it('enforces 20 threats, 50 assets, 20/100 metadata entries', async () => {
    expect(
      (
        await api.call(
          'POST',
          `/threat_models/${tm}/threats/bulk`,
          Array.from({ length: 21 }, () => threat()),
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await api.call(
          'POST',
          `/threat_models/${tm}/assets/bulk`,
          Array.from({ length: 51 }, (_, i) => ({ name: `A${i}`, type: 'data' })),
        )
      ).status,
    ).toBe(400)
    const [asset] = (
      await api.call('POST', `/threat_models/${tm}/assets/bulk`, [{ name: 'A', type: 'data' }])
    ).body
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }))
    expect((await api.call('PUT', `/threat_models/${tm}/metadata/bulk`, entries(21))).status).toBe(400)
    expect(
      (await api.call('PUT', `/threat_models/${tm}/assets/${asset.id}/metadata/bulk`, entries(100))).status,
    ).toBe(200)
    expect((await api.call('POST', `/threat_models/${tm}/threats/bulk`, [])).status).toBe(400)
  })
})

describe('§0.10 soft delete and tombstones', () => {
  it('hides deleted items, refuses to re-create their ids, restores for owners only', async () => {
    const id = randomUUID()
    await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ id })])
    expect((await api.call('DELETE', `/threat_models/${tm}/threats/${id}`)).status).toBe(204)
    expect((await api.call('GET', `/threat_models/${tm}/threats/${id}`)).status).toBe(404)
    expect((await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat({ id })])).status).toBe(409)
    const sa = await api.serviceToken()
    expect(
      (await api.call('POST', `/threat_models/${tm}/threats/${id}/restore`, undefined, { token: sa })).status,
    ).toBe(403)
    expect((await api.call('POST', `/threat_models/${tm}/threats/${id}/restore`)).status).toBe(200)
    expect((await api.call('POST', `/threat_models/${tm}/threats/${id}/restore`)).status).toBe(409)
  })

  it('threat bulk DELETE is all-or-nothing', async () => {
    const [a] = (await api.call('POST', `/threat_models/${tm}/threats/bulk`, [threat()])).body
    expect(
      (await api.call('DELETE', `/threat_models/${tm}/threats/bulk?threat_ids=${a.id},${randomUUID()}`))
        .status,
    ).toBe(404)
    expect((await api.call('GET', `/threat_models/${tm}/threats/${a.id}`)).status).toBe(200)
    expect((await api.call('DELETE', `/threat_models/${tm}/threats/bulk?threat_ids=${a.id}`)).body).toEqual({
      deleted_count: 1,
      deleted_ids: [a.id],
    })
  })
})

describe('protocol: middleware order and envelopes', () => {
  it('405 with Allow, 415, 401 without WWW-Authenticate, 404 for unknown paths', async () => {
    const m = await api.call('DELETE', `/threat_models/${tm}/assets/bulk`)
    expect([m.status, m.headers.get('allow')]).toEqual([405, 'POST, PUT'])
    expect((await api.call('PATCH', `/threat_models/${tm}`, [], { type: 'application/json' })).status).toBe(
      415,
    )
    // A bad Content-Type is reported before authentication, as in TMI.
    expect(
      (await api.call('POST', '/threat_models', { name: 'x' }, { type: 'text/plain', token: null })).status,
    ).toBe(415)
    const anon = await api.call('GET', '/threat_models', undefined, { token: null })
    // TMI sends no WWW-Authenticate, and one message (tmi-api.md §00.8).
    expect([anon.status, anon.headers.get('www-authenticate'), anon.body.error_description]).toEqual([
      401,
      null,
      'Authentication required',
    ])
    expect((await api.call('GET', '/nothing-here')).status).toBe(404)
    expect((await api.call('GET', '/threat_models/not-a-uuid')).body.error).toBe('invalid_id')
  })

  it('rejects duplicate JSON keys and invisible characters', async () => {
    expect(
      (await api.call('POST', '/threat_models', undefined, { raw: '{"name":"a","name":"b"}' })).status,
    ).toBe(400)
    expect((await api.call('POST', '/threat_models', { name: 'a\u200bb' })).body.error).toBe(
      'invalid_request',
    )
  })

  it('lists with the envelope and TMI limits', async () => {
    const list = await api.call('GET', '/threat_models?limit=1')
    expect(Object.keys(list.body).sort()).toEqual(['limit', 'offset', 'threat_models', 'total'])
    expect(list.body.threat_models[0]).toMatchObject({ threat_count: 0, diagram_count: 0 })
    expect((await api.call('GET', '/threat_models?limit=101')).status).toBe(400)
  })

  it('rate-limits with X-RateLimit-* and 429 + Retry-After', async () => {
    api.emulator.faults.rateLimitPerMinute = 3
    const first = await api.call('GET', '/threat_models')
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBeLessThan(3)
    await api.call('GET', '/threat_models')
    await api.call('GET', '/threat_models')
    const limited = await api.call('GET', '/threat_models')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('issues client-credentials tokens and locks out after repeated failures', async () => {
    const token = (secret: string) =>
      fetch(`${api.emulator.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=sa&client_secret=${secret}`,
      })
    const ok = await token('secret')
    expect(await ok.json()).toMatchObject({ refresh_token: '', token_type: 'bearer', expires_in: 3600 })
    for (let i = 0; i < 5; i++) expect((await token('wrong')).status).toBe(401)
    const locked = await token('secret')
    expect(locked.status).toBe(429)
    expect(locked.headers.get('retry-after')).toBe('1')
  })

  it('refuses diagram writes during a live collaboration session', async () => {
    const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' })).body
    api.emulator.rules.collaborating.add(d.id)
    expect(
      (
        await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
          name: 'D',
          type: 'DFD-1.0.0',
          cells: [],
        })
      ).status,
    ).toBe(409)
  })
})

describe('access lists name only users TMI knows', () => {
  it('refuses users who never logged in and groups it has no row for; accepts them once they exist', async () => {
    const alice = {
      principal_type: 'user',
      provider: 'google',
      provider_id: 'alice@example.com',
      role: 'reader',
    }
    const group = { principal_type: 'group', provider: 'tmi', provider_id: 'champions', role: 'writer' }
    // Both as TMI 1.8.22 answered: a 400 in its words for the user; a 500 for the group, whose
    // upsert fails on PostgreSQL (`G:api/database_store_gorm.go:116-139`).
    const refused = await api.call('POST', '/threat_models', { name: 'X', authorization: [alice] })
    expect([refused.status, refused.body]).toEqual([
      400,
      {
        error: 'invalid_input',
        error_description:
          'The request references an entity that does not exist. Check the authorization subjects and owner reference for IDs that have not been created yet.',
      },
    ])
    const unknownGroup = await api.call('POST', '/threat_models', { name: 'X', authorization: [group] })
    expect([unknownGroup.status, unknownGroup.body]).toEqual([
      500,
      { error: 'server_error', error_description: 'Failed to create threat model' },
    ])
    await api.emulator.close()
    api = await emulatorApi({ users: ['google:alice@example.com'], admins: ['tmi:root'] })
    expect((await api.call('POST', '/threat_models', { name: 'X', authorization: [alice] })).status).toBe(201)
    const made = await api.call(
      'POST',
      '/admin/groups',
      { group_name: 'champions', name: 'Champions' },
      { token: await api.signIn('root') },
    )
    expect([made.status, made.body.provider]).toEqual([201, 'tmi'])
    expect((await api.call('POST', '/threat_models', { name: 'X', authorization: [group] })).status).toBe(201)
  })
})

describe('If-Match required mode', () => {
  it('answers 428 to a versioned write without If-Match, when configured', async () => {
    await api.emulator.close()
    api = await emulatorApi({ requireIfMatch: true })
    const id = (await api.call('POST', '/threat_models', { name: 'M' })).body.id
    const type = 'application/json-patch+json'
    const ops = [{ op: 'replace', path: '/name', value: 'N' }]
    expect((await api.call('PATCH', `/threat_models/${id}`, ops, { type })).body.error).toBe(
      'if_match_required',
    )
    expect((await api.call('PATCH', `/threat_models/${id}`, ops, { type, ifMatch: '1' })).status).toBe(200)
  })
})

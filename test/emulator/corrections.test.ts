import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulatorApi, type Api } from '../helpers/emulator.js'

/** Each correction of tmi-api.md §00 that the emulator implements, as the real server behaves. */
let api: Api
let tm: string
beforeEach(async () => {
  api = await emulatorApi({
    admins: ['tmi:root'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  tm = (await api.call('POST', '/threat_models', { name: 'Corrections' })).body.id
})
afterEach(() => api.emulator.close())

const threat = (extra: Record<string, unknown> = {}) => ({ name: 'T', threat_type: ['Spoofing'], ...extra })
const bulk = async (kind: string, items: unknown[]) =>
  (await api.call('POST', `/threat_models/${tm}/${kind}/bulk`, items)).body as Array<{ id: string }>
const PATCH = 'application/json-patch+json'

describe('§00.3 omitted booleans on PUT take the spec default', () => {
  it('diagram PUT without include_in_report or timmy_enabled stores true', async () => {
    const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' })).body
    const off = await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
      name: 'D',
      type: 'DFD-1.0.0',
      cells: [],
      include_in_report: false,
      timmy_enabled: false,
    })
    expect([off.body.include_in_report, off.body.timmy_enabled]).toEqual([false, false])
    const put = await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
      name: 'D',
      type: 'DFD-1.0.0',
      cells: [],
    })
    expect([put.body.include_in_report, put.body.timmy_enabled]).toEqual([true, true])
  })
})

describe('§00.4 the threat model embeds partial threats, tombstones included', () => {
  it('leaves out alias, booleans and scores, and keeps deleted threats, unmarked', async () => {
    const [kept, gone] = await bulk('threats', [
      threat({ name: 'Kept', cwe_id: ['CWE-79'] }),
      threat({ name: 'Gone' }),
    ])
    await api.call('DELETE', `/threat_models/${tm}/threats/${gone!.id}`)
    const embedded = (await api.call('GET', `/threat_models/${tm}`)).body.threats as Array<
      Record<string, unknown>
    >
    expect(embedded.map((t) => t.name).sort()).toEqual(['Gone', 'Kept'])
    for (const t of embedded) {
      for (const k of ['alias', 'include_in_report', 'timmy_enabled', 'cwe_id', 'cvss', 'ssvc', 'deleted_at'])
        expect(t, k).not.toHaveProperty(k)
      expect(t).toHaveProperty('metadata')
    }
    const listed = (await api.call('GET', `/threat_models/${tm}/threats`)).body.threats
    expect(listed.map((t: { id: string }) => t.id)).toEqual([kept!.id])
    expect(listed[0]).toMatchObject({ alias: 1, include_in_report: true, cwe_id: ['CWE-79'] })
  })
})

describe('§00.5 tombstones and restores', () => {
  it('shows deleted children with include_deleted but never a deleted_at', async () => {
    const [a, b] = await bulk('threats', [threat({ name: 'A' }), threat({ name: 'B' })])
    await api.call('DELETE', `/threat_models/${tm}/threats/${a!.id}`)
    const all = (await api.call('GET', `/threat_models/${tm}/threats?include_deleted=true`)).body.threats
    expect(all.map((t: { id: string }) => t.id).sort()).toEqual([a!.id, b!.id].sort())
    for (const t of all) expect(t).not.toHaveProperty('deleted_at')
    expect((await api.call('GET', `/threat_models/${tm}/threats`)).body.total).toBe(1)
  })

  it('refuses include_deleted on the threat-model list to a non-administrator', async () => {
    expect((await api.call('GET', '/threat_models?include_deleted=true')).status).toBe(403)
  })

  it('never restores a threat model; restores a child of a deleted one (as TMI 1.8.22 did, against §00.5)', async () => {
    // The server answered 409 "Threat model is not deleted" to the restore of a deleted model (its
    // row has deleted_at; `G:api/restore_handlers.go:25-31` reads it without), and 200 to the
    // restore of a note of that model.
    const [early] = await bulk('threats', [threat({ name: 'Early' })])
    await api.call('DELETE', `/threat_models/${tm}/threats/${early!.id}`)
    await api.call('DELETE', `/threat_models/${tm}`)
    expect((await api.call('GET', `/threat_models/${tm}`)).status).toBe(404)
    const restore = await api.call('POST', `/threat_models/${tm}/restore`)
    expect([restore.status, restore.body.error_description]).toEqual([409, 'Threat model is not deleted'])
    const child = await api.call('POST', `/threat_models/${tm}/threats/${early!.id}/restore`)
    expect(child.status).toBe(200)
  })
})

describe('§00.6 list orders', () => {
  it('lists children newest first, ties by id; diagrams oldest first', async () => {
    const first = await bulk('assets', [
      { name: 'A1', type: 'data' },
      { name: 'A2', type: 'data' },
    ])
    await new Promise((r) => setTimeout(r, 5))
    const [later] = await bulk('assets', [{ name: 'A3', type: 'data' }])
    const listed = (await api.call('GET', `/threat_models/${tm}/assets`)).body.assets.map(
      (a: { id: string }) => a.id,
    )
    expect(listed).toEqual([later!.id, ...first.map((a) => a.id).sort()])
    const d1 = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D1', type: 'DFD-1.0.0' }))
      .body.id
    await new Promise((r) => setTimeout(r, 5))
    const d2 = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D2', type: 'DFD-1.0.0' }))
      .body.id
    expect(
      (await api.call('GET', `/threat_models/${tm}/diagrams`)).body.diagrams.map((d: { id: string }) => d.id),
    ).toEqual([d1, d2])
  })

  it('lists threat models newest first, in whatever order they were stored', async () => {
    await new Promise((r) => setTimeout(r, 5))
    const second = (await api.call('POST', '/threat_models', { name: 'Second' })).body.id as string
    await new Promise((r) => setTimeout(r, 5))
    const third = (await api.call('POST', '/threat_models', { name: 'Third' })).body.id as string
    const ids = async () =>
      ((await api.call('GET', '/threat_models')).body.threat_models as Array<{ id: string }>).map((m) => m.id)
    expect(await ids()).toEqual([third, second, tm])
    // Stored out of order (a --data file, an edit): sorted by their times all the same.
    api.emulator.store.models.get(second)!.data.created_at = '2000-01-01T00:00:00.000000Z'
    expect(await ids()).toEqual([third, tm, second])
  })

  it('stamps every item of one bulk create with the same time, however the clock moves meanwhile', async () => {
    // A clock that ticks on every read: items stamped one by one would each get their own millisecond.
    const real = Object.getOwnPropertyDescriptor(Date.prototype, 'toISOString')!.value as (
      this: Date,
    ) => string
    let tick = 0
    const ticking = vi.spyOn(Date.prototype, 'toISOString').mockImplementation(function (this: Date) {
      return real.call(new Date(this.getTime() + ++tick))
    })
    try {
      const created = await bulk('assets', [
        { name: 'A1', type: 'data' },
        { name: 'A2', type: 'data' },
        { name: 'A3', type: 'data' },
      ])
      const listed = (await api.call('GET', `/threat_models/${tm}/assets`)).body.assets as Array<{
        id: string
        created_at: string
      }>
      expect(new Set(listed.map((n) => n.created_at)).size).toBe(1)
      expect(listed.map((n) => n.id)).toEqual(created.map((n) => n.id).sort())
    } finally {
      ticking.mockRestore()
    }
  })

  it('sorts metadata by key and the access list by role, owners first', async () => {
    await api.call('PUT', `/threat_models/${tm}/metadata/bulk`, [
      { key: 'zeta', value: '1' },
      { key: 'alpha', value: '2' },
    ])
    expect(
      (await api.call('GET', `/threat_models/${tm}/metadata`)).body.map((m: { key: string }) => m.key),
    ).toEqual(['alpha', 'zeta'])
    // Stored reader first, writer next, owner last: TMI still answers owners first.
    const stored = [
      { principal_type: 'user', provider: 'google', provider_id: 'alice@example.com', role: 'reader' },
      { principal_type: 'group', provider: 'tmi', provider_id: 'tmi-automation', role: 'writer' },
      { principal_type: 'user', provider: 'tmi', provider_id: 'emulator-user', role: 'owner' },
    ]
    const patched = await api.call(
      'PATCH',
      `/threat_models/${tm}`,
      [{ op: 'replace', path: '/authorization', value: stored }],
      { type: PATCH },
    )
    expect(patched.status).toBe(200)
    const acl = (await api.call('GET', `/threat_models/${tm}`)).body.authorization.map(
      (a: { role: string }) => a.role,
    )
    expect(acl).toEqual(['owner', 'writer', 'reader'])
  })

  it('sorts threats by severity rank or name, and filters by name, severity, status and mitigated', async () => {
    await bulk('threats', [
      threat({ name: 'Low one', severity: 'Low', status: 'open' }),
      threat({ name: 'Critical one', severity: 'critical', status: 'mitigated', mitigated: true }),
      threat({ name: 'Medium one', severity: 'medium', status: 'open' }),
    ])
    const names = async (query: string) =>
      (await api.call('GET', `/threat_models/${tm}/threats?${query}`)).body.threats.map(
        (t: { name: string }) => t.name,
      )
    expect(await names('sort=severity:desc')).toEqual(['Critical one', 'Medium one', 'Low one'])
    expect(await names('sort=severity:asc')).toEqual(['Low one', 'Medium one', 'Critical one'])
    expect(await names('sort=name:asc')).toEqual(['Critical one', 'Low one', 'Medium one'])
    expect(await names('name=MEDIUM')).toEqual(['Medium one'])
    expect(await names('severity=Low')).toEqual(['Low one'])
    expect((await names('status=open')).sort()).toEqual(['Low one', 'Medium one'])
    expect(await names('mitigated=true')).toEqual(['Critical one'])
  })
})

describe('§00.7 PATCH', () => {
  it('patches one threat by TMI path rules: test ignored, add on replace-only paths a no-op, others refused', async () => {
    const [t] = await bulk('threats', [threat({ name: 'Before', threat_type: ['Spoofing'] })])
    const patch = (ops: unknown[]) =>
      api.call('PATCH', `/threat_models/${tm}/threats/${t!.id}`, ops, { type: PATCH })
    const done = await patch([
      { op: 'test', path: '/name', value: 'not the name' },
      { op: 'replace', path: '/name', value: 'After' },
      { op: 'add', path: '/severity', value: 'high' },
      { op: 'add', path: '/threat_type', value: 'Tampering' },
      { op: 'add', path: '/description', value: 'Now described' },
    ])
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({
      name: 'After',
      threat_type: ['Spoofing', 'Tampering'],
      description: 'Now described',
    })
    expect(done.body.severity).toBeUndefined()
    expect((await patch([{ op: 'replace', path: '/cwe_id', value: ['CWE-1'] }])).body.error).toBe(
      'patch_failed',
    )
    expect((await patch([{ op: 'replace', path: '/alias', value: 'x' }])).status).toBe(400)
  })

  it('patches an asset', async () => {
    const [a] = await bulk('assets', [{ name: 'A', type: 'data' }])
    const res = await api.call(
      'PATCH',
      `/threat_models/${tm}/assets/${a!.id}`,
      [{ op: 'replace', path: '/classification', value: ['secret'] }],
      { type: PATCH },
    )
    expect([res.status, res.body.classification]).toEqual([200, ['secret']])
  })

  it('bulk-patches threats one by one: the first failure answers, the earlier ones stay', async () => {
    const [a, b] = await bulk('threats', [threat({ name: 'A' }), threat({ name: 'B' })])
    const res = await api.call('PATCH', `/threat_models/${tm}/threats/bulk`, {
      patches: [
        { id: a!.id, operations: [{ op: 'replace', path: '/name', value: 'A2' }] },
        { id: randomUUID(), operations: [{ op: 'replace', path: '/name', value: 'nobody' }] },
        { id: b!.id, operations: [{ op: 'replace', path: '/name', value: 'B2' }] },
      ],
    })
    expect(res.status).toBe(404)
    const names = (await api.call('GET', `/threat_models/${tm}/threats?sort=name:asc`)).body.threats.map(
      (t: { name: string }) => t.name,
    )
    expect(names).toEqual(['A2', 'B'])
  })

  it('answers a failing test op on a threat model with 400 patch_failed, and refuses integer values', async () => {
    const failed = await api.call(
      'PATCH',
      `/threat_models/${tm}`,
      [{ op: 'test', path: '/name', value: 'other' }],
      {
        type: PATCH,
      },
    )
    expect([failed.status, failed.body.error]).toEqual([400, 'patch_failed'])
    const [t] = await bulk('threats', [threat()])
    const integer = await api.call(
      'PATCH',
      `/threat_models/${tm}/threats/${t!.id}`,
      [{ op: 'replace', path: '/score', value: 5 }],
      {
        type: PATCH,
      },
    )
    expect(integer.status).toBe(400)
    const fraction = await api.call(
      'PATCH',
      `/threat_models/${tm}/threats/${t!.id}`,
      [{ op: 'replace', path: '/score', value: 5.5 }],
      {
        type: PATCH,
      },
    )
    expect([fraction.status, fraction.body.score]).toEqual([200, 5.5])
  })
})

describe('§00.8 small ones', () => {
  it('calls malformed JSON and duplicate keys invalid_input; no offset cap on child lists', async () => {
    const bad = await api.call('POST', '/threat_models', undefined, { raw: '{"name":' })
    const dup = await api.call('POST', '/threat_models', undefined, { raw: '{"name":"a","name":"b"}' })
    expect([bad.body.error, dup.body.error]).toEqual(['invalid_input', 'invalid_input'])
    const far = await api.call('GET', `/threat_models/${tm}/threats?offset=2000000`)
    expect([far.status, far.body.offset, far.body.threats]).toEqual([200, 2000000, []])
  })
})

describe('float32 geometry', () => {
  it('refuses node geometry beyond float32, as Go decoding does', async () => {
    const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' })).body
    const node = { id: randomUUID(), shape: 'process', x: 1e39, y: 0, width: 100, height: 60 }
    const put = await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
      name: 'D',
      type: 'DFD-1.0.0',
      cells: [node],
    })
    expect(put.status).toBe(400)
  })
})

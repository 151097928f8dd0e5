import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { ThreatModelFile } from '../../src/format/native.js'
import { desiredModel, type DesiredModel } from '../../src/model/desired.js'
import { digest, itemUuid } from '../../src/model/ids.js'
import { META, remoteModel, type RemoteSnapshot } from '../../src/model/remote.js'
import { diffModel, fingerprint, stateDigest, type DiffOptions } from '../../src/reconcile/diff.js'
import type { ObjectChange } from '../../src/reconcile/plan.js'

const TM_ID = '6f1c3a52-3b64-4c1e-9d0e-1f2a3b4c5d6e'
const FAIL: DiffOptions = { prune: false, onDrift: 'fail' }

const file = (over: Partial<ThreatModelFile> = {}): ThreatModelFile => ({
  tmi_sync: 1,
  key: 'shop',
  name: 'Shop',
  description: 'The web shop',
  metadata: { team: 'payments' },
  assets: [{ key: 'db', name: 'Orders database', type: 'data' }],
  threats: [
    { key: 'sqli', name: 'SQL injection', threat_type: ['Tampering'], severity: 'high', asset: 'db' },
  ],
  ...over,
})

type Remote = { fields: Record<string, unknown>; metadata: Record<string, string>; applied?: string }
const meta = (key: string, r: Remote) => [
  ...Object.entries(r.metadata).map(([k, value]) => ({ key: k, value })),
  { key: META.source, value: 'default' },
  { key: META.key, value: key },
  ...(r.applied ? [{ key: META.digest, value: r.applied }] : []),
]

/**
 * What TMI returns after tmi-sync applied `desired`, in TMI's own shape (server ids, `asset_id`,
 * metadata lists, defaults TMI fills in), optionally edited afterwards.
 */
function snapshot(
  desired: DesiredModel,
  edit: (s: { tm: Remote; objects: Map<string, Remote> }) => void = () => {},
  extra: { threats?: Array<Record<string, unknown>> } = {},
): RemoteSnapshot {
  const applied = (o: { fields: Record<string, unknown>; metadata: Record<string, string> }): Remote => ({
    fields: structuredClone(o.fields),
    metadata: { ...o.metadata },
    applied: stateDigest(o.fields, o.metadata),
  })
  const tm = applied(desired)
  const objects = new Map(desired.objects.map((o) => [`${o.kind}:${o.key}`, applied(o)]))
  edit({ tm, objects })
  const raw = (kind: string, key: string) => {
    const r = objects.get(`${kind}:${key}`)!
    const { asset, ...fields } = r.fields
    return {
      id: itemUuid(TM_ID, kind, key),
      ...fields,
      ...(typeof asset === 'string' ? { asset_id: itemUuid(TM_ID, 'asset', asset) } : {}),
      created_at: '2026-11-01T00:00:00Z',
      metadata: meta(key, r),
    }
  }
  const keysOf = (kind: string) => desired.objects.filter((o) => o.kind === kind).map((o) => o.key)
  return {
    threatModel: {
      id: TM_ID,
      ...tm.fields,
      owner: { provider: 'tmi', provider_id: 'ci@tmi' },
      authorization: [{ principal_type: 'user', provider: 'tmi', provider_id: 'ci@tmi', role: 'owner' }],
      metadata: meta(desired.key, tm),
      diagrams: [],
    },
    threats: [...keysOf('threat').map((k) => raw('threat', k)), ...(extra.threats ?? [])],
    assets: keysOf('asset').map((k) => raw('asset', k)),
    documents: [],
    repositories: [],
    notes: [],
  }
}

const plan = (desired: DesiredModel, s: RemoteSnapshot | undefined, options = FAIL) =>
  diffModel(desired, s && remoteModel(s, new Map()), options)
const change = (changes: ObjectChange[], kind: string, key: string) =>
  changes.find((c) => c.kind === kind && c.key === key)!

describe('diff: the decision for each object', () => {
  const desired = desiredModel(file(), 'shop.tm.yaml')

  it('plans everything as created when TMI has no model', () => {
    const p = plan(desired, undefined)
    expect(p.action).toBe('create')
    expect(p.changes.map((c) => [c.kind, c.key, c.action])).toEqual([
      ['threat_model', 'shop', 'create'],
      ['asset', 'db', 'create'],
      ['threat', 'sqli', 'create'],
    ])
  })

  it('plans no changes when TMI holds what was applied, whatever TMI added', () => {
    const p = plan(desired, snapshot(desired))
    expect(p.action).toBe('unchanged')
    expect(p.changes.every((c) => c.action === 'unchanged')).toBe(true)
    // Nothing is written for them, so a plan of thousands holds no state to write for them.
    expect(p.changes.filter((c) => c.desired !== undefined || c.remote_metadata !== undefined)).toEqual([])
    expect(p.changes.every((c) => c.id && c.digest)).toBe(true)
  })

  it('plans a field-level update when the file changed and TMI did not', () => {
    const edited = desiredModel(
      file({
        threats: [
          {
            key: 'sqli',
            name: 'SQL injection',
            threat_type: ['Tampering'],
            severity: 'critical',
            asset: 'db',
          },
        ],
      }),
      'shop.tm.yaml',
    )
    const c = change(plan(edited, snapshot(desired)).changes, 'threat', 'sqli')
    expect([c.action, c.reason, c.changes]).toEqual([
      'update',
      'changed in the file',
      [{ field: 'severity', old: 'high', new: 'critical' }],
    ])
  })

  it('marks a change made in TMI as a conflict, or overwrites or skips it on request', () => {
    const s = snapshot(desired, ({ objects }) => (objects.get('threat:sqli')!.fields.severity = 'low'))
    const conflict = change(plan(desired, s).changes, 'threat', 'sqli')
    expect([conflict.action, conflict.reason, conflict.changes]).toEqual([
      'conflict',
      'changed in TMI since the last apply',
      [{ field: 'severity', old: 'low', new: 'high' }],
    ])
    expect(
      change(plan(desired, s, { prune: false, onDrift: 'overwrite' }).changes, 'threat', 'sqli').action,
    ).toBe('update')
    expect(change(plan(desired, s, { prune: false, onDrift: 'skip' }).changes, 'threat', 'sqli').action).toBe(
      'skip',
    )
    // Whatever the policy does with it, the edit in TMI is marked, so reports can show it.
    for (const onDrift of ['fail', 'overwrite', 'skip'] as const)
      expect(change(plan(desired, s, { prune: false, onDrift }).changes, 'threat', 'sqli').drift).toBe(true)
    expect(change(plan(desired, snapshot(desired)).changes, 'threat', 'sqli').drift).toBeUndefined()
  })

  it('says when both sides changed', () => {
    const s = snapshot(desired, ({ tm }) => (tm.fields.description = 'Edited in TMI'))
    const edited = desiredModel(file({ description: 'Edited in the file' }), 'shop.tm.yaml')
    const c = change(plan(edited, s).changes, 'threat_model', 'shop')
    expect([c.action, c.reason]).toEqual([
      'conflict',
      'changed both in TMI and in the file since the last apply',
    ])
  })

  it('re-records the digest, without field changes, when TMI already matches but the record is missing', () => {
    const s = snapshot(desired, ({ objects }) => delete objects.get('asset:db')!.applied)
    const c = change(plan(desired, s).changes, 'asset', 'db')
    expect([c.action, c.changes]).toEqual(['update', []])
  })

  it('treats "", null and absent alike, and TMI-normalised enums as equal', () => {
    const s = snapshot(desired, ({ objects }) => {
      objects.get('threat:sqli')!.fields.severity = 'High'
      objects.get('asset:db')!.fields.description = ''
    })
    // TMI's enum normaliser stores "High" as "high"; an empty description is no description.
    const changes = plan(desired, s).changes
    expect(change(changes, 'threat', 'sqli').action).toBe('unchanged')
    expect(change(changes, 'asset', 'db').action).toBe('unchanged')
  })

  it('never diffs metadata keys others added in TMI, nor objects others created', () => {
    const s = snapshot(desired, ({ tm }) => (tm.metadata['added-in-ui'] = 'yes'), {
      threats: [{ id: '0b0e6b39-7c1d-4b8c-9d71-4f3a5e2f9a10', name: 'Added in the UI', threat_type: [] }],
    })
    const p = plan(desired, s, { prune: true, onDrift: 'fail' })
    expect(p.action).toBe('unchanged')
    expect(p.changes.map((c) => c.name)).not.toContain('Added in the UI')
  })

  it('reports an item removed from the file as orphaned, and deletes it only with prune', () => {
    const without = desiredModel(file({ threats: [] }), 'shop.tm.yaml')
    const s = snapshot(desired)
    expect(change(plan(without, s).changes, 'threat', 'sqli').action).toBe('orphan')
    const pruned = change(plan(without, s, { prune: true, onDrift: 'fail' }).changes, 'threat', 'sqli')
    expect([pruned.action, pruned.id]).toEqual(['delete', itemUuid(TM_ID, 'threat', 'sqli')])
  })

  it('recognises items an interrupted apply created but did not mark, by their derived ids', () => {
    const s = snapshot(desired)
    const asset = s.assets[0]!
    asset.metadata = []
    const remote = remoteModel(s, new Map([['asset', new Set(['db'])]]))
    expect(remote.objects.find((o) => o.kind === 'asset')?.key).toBe('db')
    expect(change(diffModel(desired, remote, FAIL).changes, 'asset', 'db').action).toBe('update')
  })

  it('resolves a reference to an item of ours not listed yet (read while another apply ran)', () => {
    // Another apply created the threat, pointing at its asset, after this plan read the asset list.
    const torn = snapshot(desired)
    torn.assets = []
    const remote = remoteModel(torn, new Map([['asset', new Set(['db'])]]))
    expect(remote.objects.find((o) => o.kind === 'threat')?.fields.asset).toBe('db')
    const p = diffModel(desired, remote, FAIL)
    expect(change(p.changes, 'threat', 'sqli').action).toBe('unchanged')
    expect(change(p.changes, 'asset', 'db').action).toBe('create')
  })

  it('fingerprints what the plan read, so a saved plan can tell TMI moved', () => {
    const before = fingerprint(remoteModel(snapshot(desired), new Map()))
    expect(fingerprint(remoteModel(snapshot(desired), new Map()))).toBe(before)
    const moved = snapshot(desired, ({ objects }) => (objects.get('asset:db')!.fields.name = 'Moved'))
    expect(fingerprint(remoteModel(moved, new Map()))).not.toBe(before)
  })

  it('keeps the digests recorded in TMI (applied digests, sync stamps) as they are defined', () => {
    // Both are put together from cached parts for speed: their values must stay those of the
    // plain definitions, or every stamp and digest already in TMI would read as changed.
    const s = snapshot(desired, () => {}, {
      threats: [
        { id: randomUUID(), name: 'Made in the UI', threat_type: [], metadata: [{ key: 'k', value: 'v' }] },
      ],
    })
    const remote = remoteModel(s, new Map())
    const defined = digest({
      id: remote.id,
      fields: remote.fields,
      metadata: remote.metadata,
      d: remote.appliedDigest ?? null,
      objects: remote.objects
        .map((o) => [o.kind, o.id, o.key ?? null, o.fields, o.metadata, o.appliedDigest ?? null] as const)
        .sort((a, b) => `${a[0]}:${a[1]}`.localeCompare(`${b[0]}:${b[1]}`)),
    })
    expect(fingerprint(remote)).toBe(defined)
    // The same when a diff made the texts first (from the file's side, where they are equal).
    const diffed = remoteModel(s, new Map())
    expect(diffModel(desired, diffed, FAIL).remote_fingerprint).toBe(defined)
    expect(fingerprint(diffed)).toBe(defined)
    for (const o of [...desired.objects, ...remote.objects])
      expect(stateDigest(o.fields, o.metadata)).toBe(digest({ fields: o.fields, metadata: o.metadata }))
  })

  it('takes an object of ours replaced in TMI without its metadata as changed in TMI', () => {
    const replaced = snapshot(desired)
    const t = replaced.threats[0]!
    t.metadata = []
    t.name = 'Edited in the UI'
    const wanted = new Map([['threat' as const, new Set(['sqli'])]])
    const withKeys = (snap: RemoteSnapshot) => diffModel(desired, remoteModel(snap, wanted), FAIL)
    const p = withKeys(replaced)
    const threat = change(p.changes, 'threat', 'sqli')
    expect([threat.action, threat.reason]).toEqual([
      'conflict',
      'replaced in TMI without its tmi-sync metadata',
    ])
    // An apply cut off before it wrote metadata leaves exactly the file's state: it is recorded.
    const interrupted = snapshot(desired)
    interrupted.threats[0]!.metadata = []
    const again = change(withKeys(interrupted).changes, 'threat', 'sqli')
    expect([again.action, again.changes]).toEqual(['update', []])
  })

  it('treats a metadata key named __proto__ as any other key', () => {
    const metadata = JSON.parse('{"__proto__":"x","team":"payments"}') as Record<string, string>
    const withProto = desiredModel(file({ metadata }), 'shop.tm.yaml')
    expect(plan(withProto, snapshot(withProto)).action).toBe('unchanged')
    const edited = snapshot(
      withProto,
      ({ tm }) => (tm.metadata = JSON.parse('{"__proto__":"y","team":"payments"}')),
    )
    const p = plan(withProto, edited)
    const tmChange = p.changes.find((c) => c.kind === 'threat_model')!
    // Changed in TMI since the last apply: a conflict, which --on-drift overwrite can clear.
    expect([tmChange.action, tmChange.changes]).toEqual([
      'conflict',
      [{ field: 'metadata.__proto__', old: 'y', new: 'x' }],
    ])
    const overwrite = plan(withProto, edited, { ...FAIL, onDrift: 'overwrite' })
    expect(overwrite.changes.find((c) => c.kind === 'threat_model')?.desired?.metadata).toEqual(metadata)
  })

  it('does not depend on the order TMI lists things in (newest first, or any other)', () => {
    const s = snapshot(desired, () => {}, {
      threats: [{ id: randomUUID(), name: 'Made in the UI', threat_type: [] }],
    })
    const reversed: RemoteSnapshot = {
      ...s,
      threats: [...s.threats].reverse(),
      assets: [...s.assets].reverse(),
    }
    expect(s.threats.length).toBeGreaterThan(1)
    expect(fingerprint(remoteModel(reversed, new Map()))).toBe(fingerprint(remoteModel(s, new Map())))
    const plan = (snap: RemoteSnapshot) => diffModel(desired, remoteModel(snap, new Map()), FAIL)
    expect(plan(reversed)).toEqual(plan(s))
  })
})

import { describe, expect, it } from 'vitest'
import type { ThreatModelFile } from '../../src/format/native.js'
import { desiredModel } from '../../src/model/desired.js'
import { itemUuid } from '../../src/model/ids.js'
import { META } from '../../src/model/remote.js'
import {
  applyModel,
  checkDrift,
  DriftRefusal,
  settleCreatedModels,
  type TmiPort,
} from '../../src/reconcile/apply.js'
import { diffModel } from '../../src/reconcile/diff.js'
import { summarise, type Plan } from '../../src/reconcile/plan.js'

const TM_ID = '6f1c3a52-3b64-4c1e-9d0e-1f2a3b4c5d6e'
const DIAGRAM_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

const model: ThreatModelFile = {
  tmi_sync: 1,
  key: 'shop',
  name: 'Shop',
  assets: [{ key: 'db', name: 'Orders database', type: 'data' }],
  diagrams: [
    {
      key: 'context',
      name: 'Context',
      cells: [{ id: 'web', shape: 'process', x: 0, y: 0, width: 100, height: 60, assets: ['db'] }],
    },
  ],
  threats: Array.from({ length: 25 }, (_, i) => ({
    key: `t${i}`,
    name: `Threat ${i}`,
    threat_type: ['Tampering'],
    asset: 'db',
    diagram: 'context',
    cell: 'web',
  })),
  notes: [{ key: 'n', name: 'Note', content: 'Text' }],
}

type Call = { method: keyof TmiPort; args: unknown[] }

/** A port that records every call, answering as TMI would; `fail` makes one call throw. */
function recordingPort(fail?: (call: Call) => { status: number } | undefined) {
  const calls: Call[] = []
  const record =
    (method: keyof TmiPort) =>
    (...args: unknown[]): Promise<unknown> => {
      const call = { method, args }
      calls.push(call)
      const error = fail?.(call)
      if (error) return Promise.reject(Object.assign(new Error(`HTTP ${error.status}`), error))
      if (method === 'createThreatModel') return Promise.resolve({ id: TM_ID })
      if (method === 'createDiagram') return Promise.resolve({ id: DIAGRAM_ID })
      if (method === 'createNote') return Promise.resolve({ id: 'note-1' })
      // The reads that settle a race with another apply: nobody else is applying.
      if (method === 'liveThreatModels') return Promise.resolve([{ id: TM_ID, name: 'Shop' }])
      if (method === 'liveIds') return Promise.resolve(new Set())
      return Promise.resolve([])
    }
  const port = Object.fromEntries(
    (
      [
        'createThreatModel',
        'patchThreatModel',
        'patchMetadata',
        'bulkCreate',
        'bulkUpdate',
        'bulkDeleteThreats',
        'deleteItem',
        'createDiagram',
        'updateDiagram',
        'createNote',
        'updateNote',
        'deleteThreatModel',
        'liveThreatModels',
        'threatModelMetadata',
        'liveIds',
        'liveItems',
      ] as const
    ).map((m) => [m, record(m)]),
  ) as unknown as TmiPort
  return { port, calls }
}

const firstPlan = () =>
  diffModel(desiredModel(model, 'shop.tm.yaml'), undefined, { prune: false, onDrift: 'fail' })

describe('apply: calls, order and payloads', () => {
  it('creates in dependency order with bulk calls, derived ids and resolved references', async () => {
    const { port, calls } = recordingPort()
    const result = await applyModel(firstPlan(), port, 'default')
    expect(result.status).toBe('applied')
    expect(calls.map((c) => [c.method, c.args[1] ?? c.args[0]])).toEqual([
      ['createThreatModel', expect.anything()],
      ['bulkCreate', 'assets'],
      ['bulkUpdate', 'assets'],
      ['createDiagram', 'Context'],
      ['updateDiagram', DIAGRAM_ID],
      ['bulkCreate', 'threats'],
      ['bulkUpdate', 'threats'],
      ['createNote', expect.anything()],
    ])
    const [tm] = calls[0]!.args as [{ metadata: Array<{ key: string; value: string }> }]
    expect(tm.metadata.map((m) => m.key)).toEqual([META.source, META.key, META.format, META.digest])

    const assetId = itemUuid(TM_ID, 'asset', 'db')
    const [, , assets] = calls[1]!.args as [string, string, Array<Record<string, unknown>>]
    expect(assets[0]).toMatchObject({ id: assetId, name: 'Orders database' })

    // Every bulk create drops metadata on TMI (threats, assets, documents, repositories alike): the
    // items get it from the bulk PUT that follows.
    expect(assets[0]).not.toHaveProperty('metadata')
    const [, , assetsUpdated] = calls[2]!.args as [
      string,
      string,
      Array<{ metadata: Array<{ key: string }> }>,
    ]
    expect(assetsUpdated[0]!.metadata.map((m) => m.key)).toEqual([META.source, META.key, META.digest])

    const [, , diagram] = calls[4]!.args as [string, string, { cells: Array<Record<string, unknown>> }]
    expect(diagram.cells[0]).toMatchObject({ data: { data_assets: [assetId] } })
    expect(diagram.cells[0]).not.toHaveProperty('assets')

    // Threats: created without metadata (TMI would drop it), then given it by one bulk PUT.
    const [, , created] = calls[5]!.args as [string, string, Array<Record<string, unknown>>]
    expect(created).toHaveLength(25)
    expect(created[0]).toMatchObject({
      id: itemUuid(TM_ID, 'threat', 't0'),
      asset_id: assetId,
      diagram_id: DIAGRAM_ID,
    })
    expect(created[0]).not.toHaveProperty('metadata')
    const [, , updated] = calls[6]!.args as [string, string, Array<{ metadata: Array<{ key: string }> }>]
    expect(updated[0]!.metadata.map((m) => m.key)).toEqual([META.source, META.key, META.digest])
  })

  it('creates past a tombstoned id with the next generation', async () => {
    const tombstoned = itemUuid(TM_ID, 'asset', 'db')
    const { port, calls } = recordingPort((call) => {
      if (call.method !== 'bulkCreate' || call.args[1] !== 'assets') return undefined
      const items = call.args[2] as Array<{ id: string }>
      return items.some((i) => i.id === tombstoned) ? { status: 409 } : undefined
    })
    const result = await applyModel(firstPlan(), port, 'default')
    expect(result.status).toBe('applied')
    const assetCalls = calls.filter((c) => c.method === 'bulkCreate' && c.args[1] === 'assets')
    expect(assetCalls.map((c) => (c.args[2] as Array<{ id: string }>)[0]!.id)).toEqual([
      tombstoned,
      tombstoned,
      itemUuid(TM_ID, 'asset', 'db', 2),
    ])
    // Threats point at the asset under its new id.
    const threats = calls.find((c) => c.method === 'bulkCreate' && c.args[1] === 'threats')!
    expect((threats.args[2] as Array<{ asset_id: string }>)[0]!.asset_id).toBe(
      itemUuid(TM_ID, 'asset', 'db', 2),
    )
  })

  it('stops at the first failure, and takes back a diagram it created but could not fill', async () => {
    const { port, calls } = recordingPort((call) =>
      call.method === 'updateDiagram' ? { status: 500 } : undefined,
    )
    const result = await applyModel(firstPlan(), port, 'default')
    expect([result.status, result.error]).toEqual(['failed', 'HTTP 500'])
    expect(calls.map((c) => c.method).slice(-2)).toEqual(['updateDiagram', 'deleteItem'])
    expect(calls.some((c) => c.method === 'bulkCreate' && c.args[1] === 'threats')).toBe(false)
  })

  it('deletes its own copy of a model another apply created earlier, once every model is applied', async () => {
    const EARLIER = '0a1b2c3d-0000-4000-8000-000000000001'
    const GONE = '0a1b2c3d-0000-4000-8000-000000000002'
    const { port, calls } = recordingPort()
    const created = '2026-12-01T10:00:01Z'
    Object.assign(port, {
      createThreatModel: (...args: unknown[]) => (
        calls.push({ method: 'createThreatModel', args }),
        Promise.resolve({ id: TM_ID, created_at: created })
      ),
      liveThreatModels: () =>
        Promise.resolve([
          { id: TM_ID, name: 'Shop', created_at: created },
          { id: EARLIER, name: 'Shop', created_at: '2026-12-01T10:00:00Z' },
          { id: GONE, name: 'Shop', created_at: '2026-12-01T09:00:00Z' },
        ]),
      // The other run's copy claims the same source and key; GONE was deleted meanwhile (no metadata).
      threatModelMetadata: (id: string) =>
        Promise.resolve(
          id === EARLIER
            ? [
                { key: META.source, value: 'default' },
                { key: META.key, value: 'shop' },
              ]
            : [],
        ),
    })
    const result = await applyModel(firstPlan(), port, 'default')
    // The model is written whole into this run's own copy, which no other run writes into.
    expect([result.status, result.threatModelId]).toEqual(['applied', TM_ID])
    const bulk = calls.find((c) => c.method === 'bulkCreate' && c.args[1] === 'assets')!
    expect(bulk.args[0]).toBe(TM_ID)
    expect(calls.some((c) => c.method === 'liveItems')).toBe(false)
    await settleCreatedModels(port, [result], ['default'])
    expect(calls.filter((c) => c.method === 'deleteThreatModel').map((c) => c.args[0])).toEqual([TM_ID])
    expect(result.threatModelId).toBe(EARLIER)
  })

  it('updates an item another apply created under the same derived id instead of a second generation', async () => {
    const assetId = itemUuid(TM_ID, 'asset', 'db')
    const { port, calls } = recordingPort((call) =>
      call.method === 'bulkCreate' && call.args[1] === 'assets' ? { status: 409 } : undefined,
    )
    Object.assign(port, {
      liveIds: (...args: unknown[]) => (
        calls.push({ method: 'liveIds', args }),
        Promise.resolve(new Set([assetId]))
      ),
    })
    const result = await applyModel(firstPlan(), port, 'default')
    expect(result.status).toBe('applied')
    const assetWrites = calls.filter((c) => c.args[1] === 'assets' && c.method.startsWith('bulk'))
    expect(assetWrites.map((c) => [c.method, (c.args[2] as Array<{ id: string }>)[0]!.id])).toEqual([
      ['bulkCreate', assetId],
      ['bulkUpdate', assetId],
    ])
  })

  it('refuses the whole plan before any write when a conflict stands and drift must fail', () => {
    const plan = firstPlan()
    plan.changes[1] = { ...plan.changes[1]!, action: 'conflict' }
    const whole: Plan = {
      format: 1,
      tool: 'tmi-sync',
      created_at: '',
      tmi_url: '',
      source: 'default',
      options: { prune: false, on_drift: 'fail' },
      models: [plan],
      summary: summarise([plan]),
    }
    expect(() => checkDrift(whole, 'fail')).toThrow(DriftRefusal)
    expect(() => checkDrift(whole, 'skip')).not.toThrow()
  })
})

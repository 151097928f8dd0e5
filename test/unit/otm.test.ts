import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { EdgeCell, NodeCell, ThreatModelFile } from '../../src/format/native.js'
import { toOtm } from '../../src/format/otm/write.js'
import { loadModelFile } from '../../src/model/load.js'
import { PROJECT } from '../helpers/shared.js'

const FIXTURE = `${PROJECT}fixtures/otm/checkout.otm.yaml`
const load = (path: string, text: string | Buffer, maxBytes?: number) =>
  loadModelFile({ path, bytes: Buffer.from(text) }, maxBytes ? { maxBytes } : {})
const errors = (l: ReturnType<typeof load>) =>
  l.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`)

describe('OTM read onto the native model', () => {
  const loaded = load(FIXTURE, readFileSync(FIXTURE))
  const model = loaded.model as ThreatModelFile
  const cells = model.diagrams?.[0]?.cells ?? []
  const node = (id: string) => cells.find((c) => c.id === id) as NodeCell

  it('maps project, trust zones, components by type, dataflows, assets and threats', () => {
    expect(errors(loaded)).toEqual([])
    expect(loaded.format).toBe('otm')
    expect(model.key).toBe('checkout-service')
    expect(model.metadata).toEqual({
      'otm-owner': 'Payments team',
      'otm-owner-contact': 'payments@example.com',
      'otm-tags': 'pci,aws',
    })
    expect(cells.map((c) => [c.id, c.shape])).toEqual([
      ['internet', 'security-boundary'],
      ['aws-vpc', 'security-boundary'],
      ['browser', 'actor'],
      ['checkout-api', 'process'],
      ['orders-table', 'store'],
      ['browser-to-api', 'flow'],
      ['api-to-orders', 'flow'],
    ])
    // OTM positions are relative to the parent: the VPC is at x 360.
    expect(node('checkout-api').position).toEqual({ x: 420, y: 90 })
    expect(node('checkout-api').parent).toBe('aws-vpc')
    expect(node('aws-vpc').children).toEqual(['checkout-api', 'orders-table'])
    expect(node('checkout-api').data?._metadata).toEqual([{ key: 'otm-type', value: 'aws-lambda-function' }])
    expect(node('orders-table').assets).toEqual(['card-data'])
    expect((cells[5] as EdgeCell).source.cell).toBe('browser')
    expect(model.assets?.[0]?.metadata?.['otm-confidentiality']).toBe('100')
  })

  it('makes each threat on each element a TMI threat, its mitigations its mitigation text', () => {
    const byKey = new Map(model.threats?.map((t) => [t.key, t]))
    expect(byKey.get('card-skimming')).toMatchObject({
      cell: 'checkout-api',
      diagram: 'checkout-architecture',
      status: 'open',
      severity: 'critical',
      score: 9.5,
      cwe_id: ['CWE-79'],
      threat_type: ['Information Disclosure', 'Tampering'],
      mitigation:
        "Tokenise card data at the edge: Card fields are served from the payment provider's iframe.\nContent Security Policy",
      mitigated: false,
    })
    expect(byKey.get('table-exposure')).toMatchObject({
      cell: 'orders-table',
      status: 'resolved',
      mitigated: true,
    })
    expect(byKey.get('checkout-replay')?.cell).toBeUndefined()
  })

  it('reports what TMI cannot hold, located in the OTM file', () => {
    const info = loaded.diagnostics.filter((d) => d.severity === 'info').map((d) => `${d.line} ${d.rule}`)
    const line = (s: string) =>
      readFileSync(FIXTURE, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(s)) + 1
    expect(info).toContain(`${line('riskReduction: 80')} otm.risk-reduction`)
    expect(info).toContain(`${line('assets: { stored: [card-data] }')} otm.assets-stored`)
  })

  it('gives the same keys when the file is read again (re-imports match)', () => {
    expect(load(FIXTURE, readFileSync(FIXTURE)).model).toEqual(model)
  })
})

describe('hostile OTM files', () => {
  const base = {
    otmVersion: '0.2.0',
    project: { name: 'P', id: 'p' },
    trustZones: [{ id: 'z', name: 'Z', risk: { trustRating: 10 } }],
    components: [{ id: 'c', name: 'C', type: 'quantum-flux-capacitor', parent: { trustZone: 'z' } }],
    dataflows: [] as unknown[],
  }
  const json = (v: unknown) => JSON.stringify(v, null, 2)

  it('refuses duplicate ids and missing references, each at its line', () => {
    const bad = {
      ...base,
      components: [
        ...base.components,
        { id: 'c', name: 'Again', type: 'x', parent: { trustZone: 'nowhere' } },
      ],
      dataflows: [{ id: 'f', name: 'F', source: 'c', destination: 'ghost' }],
    }
    const text = json(bad)
    const lines = text.split('\n')
    const at = (s: string, n = 1) => lines.findIndex((l) => l.includes(s) && --n === 0) + 1
    expect(errors(load('bad.otm.json', text))).toEqual([
      `${at('"id": "c"', 2)}:13 otm.duplicate-id components id "c" is used twice (first at /components/0/id)`,
      `${at('"nowhere"')}:22 otm.unknown-reference trust zone "nowhere" is not in the file`,
      `${at('"ghost"')}:22 otm.unknown-reference component or trust zone "ghost" is not in the file`,
    ])
  })

  it("checks OTM's own schema first", () => {
    const text = json({ otmVersion: '0.2.0', project: { name: 'P' } })
    expect(errors(load('s.otm.json', text))).toEqual([
      '3:14 otm.schema.required project: missing required field "id"',
    ])
  })

  it('draws an unknown component type as a process and keeps the type', () => {
    const loaded = load('u.otm.json', json(base))
    const cell = loaded.model?.diagrams?.[0]?.cells?.find((c) => c.id === 'c') as NodeCell
    expect(cell.shape).toBe('process')
    expect(cell.data?._metadata).toEqual([{ key: 'otm-type', value: 'quantum-flux-capacitor' }])
  })

  it('refuses a file over the size limit before parsing it', () => {
    const huge = json({ ...base, project: { ...base.project, description: 'x'.repeat(200_000) } })
    expect(errors(load('h.otm.json', huge, 100_000))[0]).toMatch(/ file\.too-large /)
  })

  it('detects OTM by its content in a plain .json file', () => {
    expect(load('model.json', json(base)).format).toBe('otm')
  })
})

describe('native → OTM → native', () => {
  it('keeps the model, the diagram and the threats, and lists what OTM cannot hold', () => {
    const path = `${PROJECT}fixtures/features/diagrams.tm.yaml`
    const native = load(path, readFileSync(path)).model as ThreatModelFile
    const { otm, lossy } = toOtm(native)
    const back = load('x.otm.json', JSON.stringify(otm)).model as ThreatModelFile
    expect(back.key).toBe(native.key)
    expect(back.name).toBe(native.name)
    const ids = (m: ThreatModelFile) =>
      (m.diagrams ?? []).flatMap((d) => (d.cells ?? []).map((c) => `${c.id}:${c.shape}`)).sort()
    const kept = ids(native).filter((c) => !c.endsWith(':text-box'))
    // Every cell but text boxes (which OTM cannot hold) comes back, with its shape.
    expect(new Set(ids(back))).toEqual(new Set(kept))
    expect(ids(back).length).toBeGreaterThan(3)
    expect((back.threats ?? []).map((t) => t.key)).toEqual((native.threats ?? []).map((t) => t.key))
    expect(lossy.some((l) => /style of cell/.test(l))).toBe(true)
  })
})

describe('component types', () => {
  it('draws by whole words of the type', async () => {
    const { shapeOfType } = await import('../../src/format/otm/read.js')
    expect(
      ['profile-service', 'portable-app', 'aws-s3', 'file-share', 'dynamodb-table', 'web-client'].map(
        shapeOfType,
      ),
    ).toEqual(['process', 'process', 'store', 'store', 'store', 'actor'])
  })
})

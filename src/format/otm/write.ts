// format/otm: a native model as an Open Threat Model (0.2.0), the inverse of read.ts: reading what
// this writes gives the same model back, but for what OTM cannot hold, which comes back as `lossy`.
import type { Metadata, NodeCell, ThreatModelFile, EdgeCell, Cell } from '../native.js'
import { DEFAULT_TRUST_RATING, DEFAULT_TYPE, OUTSIDE_ZONE as OUTSIDE, severityOfImpact } from './read.js'

export const OTM_VERSION = '0.2.0'

/** TMI's status → OTM's threat state (read.ts maps these back). */
const STATE: Record<string, string> = {
  open: 'exposed',
  confirmed: 'exposed',
  resolved: 'mitigated',
  closed: 'mitigated',
  mitigation_planned: 'partly-mitigated',
  mitigation_in_progress: 'partly-mitigated',
  false_positive: 'not-applicable',
  accepted: 'accepted',
}
const IMPACT: Record<string, number> = { low: 20, medium: 45, high: 75, critical: 95, informational: 0 }

export interface OtmWriteResult {
  otm: Record<string, unknown>
  /** What OTM has no place for, one line each, naming the model's object. */
  lossy: string[]
}

export function toOtm(model: ThreatModelFile): OtmWriteResult {
  const lossy: string[] = []
  const meta = { ...(model.metadata ?? {}) }
  const take = (m: Metadata, key: string) => {
    const v = m[key]
    delete m[key]
    return v
  }
  const owner = take(meta, 'otm-owner')
  const ownerContact = take(meta, 'otm-owner-contact')
  const tags = take(meta, 'otm-tags')
  for (const k of Object.keys(meta)) lossy.push(`metadata "${k}" of the model: OTM's project has no metadata`)
  for (const kind of ['documents', 'repositories', 'notes'] as const)
    for (const item of model[kind] ?? [])
      lossy.push(`${kind.replace(/s$/, '')} "${item.key}": OTM has no ${kind}`)
  if (model.authorization?.length) lossy.push("the model's access list: OTM has none")
  if (model.threat_model_framework)
    lossy.push(`threat_model_framework ${model.threat_model_framework}: OTM has none`)
  if (model.issue_uri) lossy.push("the model's issue_uri: OTM has none")

  const diagrams = model.diagrams ?? []
  const representations = diagrams.map((d) => ({ name: d.name, id: d.key, type: 'diagram' }))
  // A cell is one element, wherever it is drawn: the first diagram that draws it places it.
  const nodes = new Map<string, { cell: NodeCell; diagram: string; all: Cell[] }>()
  const edges = new Map<string, EdgeCell>()
  for (const d of diagrams) {
    if (d.description)
      lossy.push(`diagram "${d.key}": its description (OTM's representations have none kept)`)
    for (const c of d.cells ?? []) {
      if (c.shape === 'flow') {
        if (!edges.has(c.id)) edges.set(c.id, c)
      } else if (!nodes.has(c.id)) {
        nodes.set(c.id, { cell: c, diagram: d.key, all: d.cells ?? [] })
        if (c.attrs?.body)
          lossy.push(`the style of cell "${c.id}" on diagram "${d.key}": OTM draws no styles`)
      }
    }
  }
  const cellMeta = (c: Cell, key: string) => c.data?._metadata?.find((m) => m.key === key)?.value
  const boxOf = (c: NodeCell) => ({
    x: c.x ?? c.position?.x ?? 0,
    y: c.y ?? c.position?.y ?? 0,
    width: c.width ?? c.size?.width ?? 0,
    height: c.height ?? c.size?.height ?? 0,
  })
  const text = (c: NodeCell) => String(c.attrs?.text?.text ?? '')
  const zones = [...nodes.values()].filter((n) => n.cell.shape === 'security-boundary')
  const zoneIds = new Set(zones.map((z) => z.cell.id))
  const representation = (n: { cell: NodeCell; diagram: string }, relativeTo?: NodeCell) => {
    const b = boxOf(n.cell)
    const p = relativeTo ? boxOf(relativeTo) : { x: 0, y: 0 }
    return [
      {
        representation: n.diagram,
        id: `${n.cell.id}-shape`,
        position: { x: b.x - p.x, y: b.y - p.y },
        size: { width: b.width, height: b.height },
      },
    ]
  }
  const trustZones = zones.map((z) => ({
    id: z.cell.id,
    name: text(z.cell),
    type: cellMeta(z.cell, 'otm-type') ?? DEFAULT_TYPE.zone,
    risk: { trustRating: Number(cellMeta(z.cell, 'otm-trust-rating') ?? DEFAULT_TRUST_RATING) },
    representations: representation(z),
  }))
  const zoneOf = (n: { cell: NodeCell; all: Cell[] }): NodeCell | undefined => {
    if (n.cell.parent && zoneIds.has(n.cell.parent)) return nodes.get(n.cell.parent)?.cell
    const b = boxOf(n.cell)
    const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2]
    return zones
      .map((z) => z.cell)
      .filter((z) => {
        const zb = boxOf(z)
        return cx > zb.x && cx < zb.x + zb.width && cy > zb.y && cy < zb.y + zb.height
      })
      .sort((a, b) => boxOf(a).width * boxOf(a).height - boxOf(b).width * boxOf(b).height)[0]
  }
  // OTM requires a parent for every component: those in no boundary go in one zone made for them,
  // which read.ts does not draw back.
  let outside = false
  const threatsOn = new Map<string, Array<Record<string, unknown>>>()
  const components = [...nodes.values()]
    .filter((n) => n.cell.shape !== 'security-boundary')
    .flatMap((n) => {
      if (n.cell.shape === 'text-box') {
        lossy.push(`text box "${text(n.cell)}" on diagram "${n.diagram}": OTM has no free text`)
        return []
      }
      const zone = zoneOf(n)
      if (!zone) outside = true
      const shape = n.cell.shape as 'actor' | 'process' | 'store'
      return [
        {
          id: n.cell.id,
          name: text(n.cell),
          type: cellMeta(n.cell, 'otm-type') ?? DEFAULT_TYPE[shape],
          parent: { trustZone: zone?.id ?? OUTSIDE },
          representations: representation(n, zone),
          ...(n.cell.assets?.length ? { assets: { processed: n.cell.assets, stored: [] } } : {}),
        },
      ]
    })
  if (outside)
    trustZones.push({
      id: OUTSIDE,
      name: 'Outside every trust boundary',
      type: OUTSIDE,
      risk: { trustRating: DEFAULT_TRUST_RATING },
      representations: [],
    })
  const dataflows = [...edges.values()].map((e) => ({
    id: e.id,
    name: String(e.labels?.[0]?.attrs?.text?.text ?? ''),
    source: e.source.cell,
    destination: e.target.cell,
    ...(cellMeta(e, 'otm-bidirectional') === 'true' ? { bidirectional: true } : {}),
  }))

  const threats: Array<Record<string, unknown>> = []
  const mitigations: Array<Record<string, unknown>> = []
  for (const t of model.threats ?? []) {
    const tm = { ...(t.metadata ?? {}) }
    const likelihood = take(tm, 'otm-likelihood')
    for (const k of Object.keys(tm))
      lossy.push(`metadata "${k}" of threat "${t.key}": OTM's threats have none`)
    for (const field of ['priority', 'issue_uri', 'cvss', 'ssvc', 'asset'] as const)
      if (t[field] !== undefined && t[field] !== null)
        lossy.push(`${field} of threat "${t.key}": OTM has none`)
    const impact =
      typeof t.score === 'number'
        ? Math.round(t.score * 10)
        : t.severity
          ? IMPACT[t.severity.toLowerCase()]
          : undefined
    if (
      typeof t.score === 'number' &&
      t.severity &&
      severityOfImpact(t.score * 10) !== t.severity.toLowerCase()
    )
      lossy.push(
        `severity "${t.severity}" of threat "${t.key}": OTM keeps an impact, which reads back as ${severityOfImpact(t.score * 10)}`,
      )
    threats.push({
      id: t.key,
      name: t.name,
      ...(t.description ? { description: t.description } : {}),
      ...(t.threat_type?.length ? { categories: t.threat_type } : {}),
      ...(t.cwe_id?.length ? { cwes: t.cwe_id } : {}),
      risk: { likelihood: likelihood === undefined ? null : Number(likelihood), impact: impact ?? 0 },
    })
    const onCell = t.cell && (nodes.has(t.cell) || edges.has(t.cell)) ? t.cell : undefined
    const instance: Record<string, unknown> = { threat: t.key, state: STATE[t.status ?? 'open'] ?? 'exposed' }
    if (t.status && !STATE[t.status])
      lossy.push(`status "${t.status}" of threat "${t.key}": OTM says "exposed"`)
    if (t.mitigation) {
      const id = `${t.key}-mitigation`
      mitigations.push({ id, name: t.mitigation, riskReduction: 0 })
      instance.mitigations = [{ mitigation: id, state: t.mitigated ? 'implemented' : 'required' }]
    }
    if (onCell) threatsOn.set(onCell, [...(threatsOn.get(onCell) ?? []), instance])
    else if (t.mitigation || t.status)
      lossy.push(`threat "${t.key}" is on no cell: its status and mitigation have no place in OTM`)
  }
  for (const c of components) {
    const on = threatsOn.get(c.id)
    if (on) Object.assign(c, { threats: on })
  }
  for (const f of dataflows) {
    const on = threatsOn.get(f.id)
    if (on) Object.assign(f, { threats: on })
  }
  for (const a of model.assets ?? []) {
    if (a.type !== 'data')
      lossy.push(`type "${a.type}" of asset "${a.key}": OTM's assets have none (read back as data)`)
    for (const f of ['criticality', 'classification', 'sensitivity'] as const)
      if (a[f] !== undefined && a[f] !== null) lossy.push(`${f} of asset "${a.key}": OTM has none`)
  }
  const assets = (model.assets ?? []).map((a) => {
    const m = a.metadata ?? {}
    const num = (k: string) => (m[`otm-${k}`] !== undefined ? Number(m[`otm-${k}`]) : 0)
    return {
      id: a.key,
      name: a.name,
      ...(a.description ? { description: a.description } : {}),
      risk: {
        confidentiality: num('confidentiality'),
        integrity: num('integrity'),
        availability: num('availability'),
        ...(m['otm-risk-comment'] ? { comment: m['otm-risk-comment'] } : {}),
      },
    }
  })
  const otm: Record<string, unknown> = {
    otmVersion: OTM_VERSION,
    project: {
      name: model.name,
      id: model.key,
      ...(model.description ? { description: model.description } : {}),
      ...(owner ? { owner } : {}),
      ...(ownerContact ? { ownerContact } : {}),
      ...(tags ? { tags: tags.split(',') } : {}),
    },
    representations,
    assets,
    trustZones,
    components,
    dataflows,
    threats,
    mitigations,
  }
  return { otm, lossy }
}

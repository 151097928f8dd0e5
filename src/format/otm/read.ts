// format/otm: an Open Threat Model file (IriusRisk's OTM 0.2, already checked against its published
// schema) mapped onto the native format, with every lossy point and every broken reference located
// in the OTM file. The mapping is the README's "Open Threat Model" table; write.ts is its inverse.
import { toPointer, type DocPath } from '../../common/pointer.js'
import {
  CELL_ID_PATTERN,
  FORMAT_VERSION,
  KEY_PATTERN,
  slugify,
  type AssetFile,
  type Cell,
  type DiagramFile,
  type EdgeCell,
  type Metadata,
  type NodeCell,
  type ThreatFile,
  type ThreatModelFile,
} from '../native.js'
import { obj, str, type LossyPoint, type TdObject } from '../threat-dragon/context.js'

export interface OtmReadResult {
  model: ThreatModelFile
  /** Native JSON pointer → path in the OTM file, so diagnostics point into the OTM file. */
  origins: Map<string, DocPath>
  lossy: LossyPoint[]
  /** Broken references and duplicate ids: the file is refused, nothing is sent for it. */
  errors: Array<{ path: DocPath; rule: string; message: string }>
}

/** What each OTM component type is drawn as: TMI's DFD has actors, processes and stores only. */
// Whole words: "profile-service" is no file store, "portable-app" no table.
const STORE =
  /data ?base|\bdb\b|sql|storage|store|bucket|\bs3\b|queue|cache|\bfiles?\b|disk|redis|mongo|dynamo|\btables?\b|blob|vault/i
const ACTOR = /client|user|actor|browser|human|person|mobile|external|third[- ]?party|customer|partner/i
/** The type export writes for a cell that has none (each read back as its own shape). */
export const DEFAULT_TYPE = {
  actor: 'external-actor',
  process: 'process',
  store: 'data-store',
  zone: 'trust-zone',
}
/** The zone write.ts puts components in that no boundary holds (OTM requires a parent): not drawn. */
export const OUTSIDE_ZONE = 'tmi-sync-outside'
/** OTM requires a trust zone's rating; export writes this one where TMI has none. */
export const DEFAULT_TRUST_RATING = 50

export function shapeOfType(type: string): 'actor' | 'process' | 'store' {
  return STORE.test(type) ? 'store' : ACTOR.test(type) ? 'actor' : 'process'
}

/** OTM threat states (IriusRisk's, any case) ↔ TMI's status vocabulary. */
const STATUS: Record<string, string> = {
  exposed: 'open',
  mitigated: 'resolved',
  'partly-mitigated': 'mitigation_in_progress',
  'not-applicable': 'false_positive',
  accepted: 'accepted',
}

/** 0–100, as IriusRisk rates impact, → TMI's severity. */
export function severityOfImpact(impact: number): string {
  return impact >= 90 ? 'critical' : impact >= 60 ? 'high' : impact >= 30 ? 'medium' : 'low'
}

const NODE = { width: 160, height: 80 }
const GAP = 40

interface Ctx {
  origins: Map<string, DocPath>
  lossy: LossyPoint[]
  errors: OtmReadResult['errors']
}

export function readOtm(otm: TdObject): OtmReadResult {
  const ctx: Ctx = { origins: new Map(), lossy: [], errors: [] }
  const origin = (native: DocPath, at: DocPath) => ctx.origins.set(toPointer(native), at)
  const lossy = (path: DocPath, rule: string, message: string) => ctx.lossy.push({ path, rule, message })
  const list = (name: string) =>
    (Array.isArray(otm[name]) ? (otm[name] as unknown[]) : []).map((x) => obj(x) ?? {})
  const project = obj(otm.project) ?? {}
  const zones = list('trustZones')
  const components = list('components')
  const flows = list('dataflows')
  const threats = list('threats')
  const mitigations = list('mitigations')
  const assets = list('assets')
  const representations = list('representations')

  // Every id is unique across the file: references name them without saying what they are.
  const ids = new Map<string, DocPath>()
  for (const [section, items] of [
    ['trustZones', zones],
    ['components', components],
    ['dataflows', flows],
    ['threats', threats],
    ['mitigations', mitigations],
    ['assets', assets],
    ['representations', representations],
  ] as const)
    items.forEach((item, i) => {
      const id = str(item.id) ?? ''
      const first = ids.get(`${section}:${id}`)
      if (first)
        ctx.errors.push({
          path: [section, i, 'id'],
          rule: 'otm.duplicate-id',
          message: `${section} id "${id}" is used twice (first at /${first.join('/')})`,
        })
      else ids.set(`${section}:${id}`, [section, i, 'id'])
    })
  const has = (section: string, id: unknown) => typeof id === 'string' && ids.has(`${section}:${id}`)
  const broken = (path: DocPath, what: string, id: unknown) =>
    ctx.errors.push({
      path,
      rule: 'otm.unknown-reference',
      message: `${what} "${String(id)}" is not in the file`,
    })

  // OTM ids → stable keys (and cell ids): kept as they are where TMI allows them, so re-imports match.
  const keys = new Map<string, string>()
  const used = new Set<string>()
  const keyOf = (section: string, id: string, path: DocPath, pattern = KEY_PATTERN, max = 128) => {
    const known = keys.get(`${section}:${id}`)
    if (known) return known
    let key = pattern.test(id) ? id : slugify(id, section.replace(/s$/, '')).slice(0, max)
    for (let n = 2; used.has(`${section}:${key}`); n++) key = `${key.slice(0, max - 4)}-${n}`
    if (key !== id) lossy(path, 'otm.id-renamed', `id "${id}" is not a TMI key; it is "${key}" in TMI`)
    keys.set(`${section}:${id}`, key)
    used.add(`${section}:${key}`)
    return key
  }
  const cellId = (id: string, path: DocPath) => keyOf('cells', id, path, CELL_ID_PATTERN, 64)

  const name = clip(str(project.name) ?? '', 256, ['project', 'name'], 'name', ctx)
  const model: ThreatModelFile = {
    tmi_sync: FORMAT_VERSION,
    key: keyOf('project', str(project.id) ?? slugify(name), ['project', 'id']),
    name,
  }
  origin([], [])
  origin(['key'], ['project', 'id'])
  origin(['name'], ['project', 'name'])
  const description = clip(
    str(project.description) ?? '',
    2048,
    ['project', 'description'],
    'description',
    ctx,
  )
  if (description) {
    model.description = description
    origin(['description'], ['project', 'description'])
  }
  const meta: Metadata = {}
  for (const field of ['owner', 'ownerContact'] as const) {
    const v = str(project[field])
    if (v) meta[`otm-${field === 'owner' ? 'owner' : 'owner-contact'}`] = v
  }
  const tags = (Array.isArray(project.tags) ? project.tags : []).filter(
    (t): t is string => typeof t === 'string',
  )
  if (tags.length) meta['otm-tags'] = tags.join(',')
  if (Object.keys(meta).length) {
    model.metadata = meta
    origin(['metadata'], ['project'])
  }
  unkept(project.attributes, ['project', 'attributes'], ctx)

  // Assets.
  const assetKeys = new Map<string, string>()
  model.assets = assets.map((a, i): AssetFile => {
    const at: DocPath = ['assets', i]
    const key = keyOf('assets', str(a.id) ?? '', [...at, 'id'])
    assetKeys.set(str(a.id) ?? '', key)
    origin(['assets', i], at)
    const risk = obj(a.risk) ?? {}
    const metadata: Metadata = {}
    for (const r of ['confidentiality', 'integrity', 'availability'] as const)
      if (typeof risk[r] === 'number') metadata[`otm-${r}`] = String(risk[r])
    if (str(risk.comment))
      metadata['otm-risk-comment'] = clip(
        str(risk.comment) ?? '',
        1024,
        [...at, 'risk', 'comment'],
        'metadata',
        ctx,
      )
    unkept(a.attributes, [...at, 'attributes'], ctx)
    const desc = clip(str(a.description) ?? '', 2048, [...at, 'description'], 'description', ctx)
    return {
      key,
      name: clip(str(a.name) ?? key, 256, [...at, 'name'], 'name', ctx),
      type: 'data',
      ...(desc ? { description: desc } : {}),
      ...(Object.keys(metadata).length ? { metadata } : {}),
    }
  })
  if (model.assets.length === 0) delete model.assets

  // References, checked before anything is drawn from them.
  const parentOf = (item: TdObject, path: DocPath): { zone?: string; component?: string } => {
    const p = obj(item.parent)
    if (!p) return {}
    if (p.trustZone !== undefined) {
      if (!has('trustZones', p.trustZone)) broken([...path, 'parent', 'trustZone'], 'trust zone', p.trustZone)
      return { zone: str(p.trustZone) as string }
    }
    if (!has('components', p.component)) broken([...path, 'parent', 'component'], 'component', p.component)
    return { component: str(p.component) as string }
  }
  const zoneParents = zones.map((z, i) => parentOf(z, ['trustZones', i]))
  const componentParents = components.map((c, i) => parentOf(c, ['components', i]))
  flows.forEach((f, i) => {
    for (const end of ['source', 'destination'] as const)
      if (!has('components', f[end]) && !has('trustZones', f[end]))
        broken(['dataflows', i, end], 'component or trust zone', f[end])
  })
  const elements: Array<{ item: TdObject; path: DocPath }> = [
    ...components.map((item, i) => ({ item, path: ['components', i] as DocPath })),
    ...flows.map((item, i) => ({ item, path: ['dataflows', i] as DocPath })),
  ]
  for (const { item, path } of elements) {
    ;(Array.isArray(item.threats) ? item.threats : []).forEach((t, j) => {
      const inst = obj(t) ?? {}
      if (!has('threats', inst.threat)) broken([...path, 'threats', j, 'threat'], 'threat', inst.threat)
      ;(Array.isArray(inst.mitigations) ? inst.mitigations : []).forEach((m, k) => {
        const mi = obj(m)
        if (mi && mi.mitigation != null && !has('mitigations', mi.mitigation))
          broken([...path, 'threats', j, 'mitigations', k, 'mitigation'], 'mitigation', mi.mitigation)
      })
    })
    const a = item.assets
    const assetIds = Array.isArray(a)
      ? a
      : [...((obj(a)?.processed as unknown[]) ?? []), ...((obj(a)?.stored as unknown[]) ?? [])]
    assetIds.forEach((id) => {
      if (id != null && !has('assets', id)) broken([...path, 'assets'], 'asset', id)
    })
    ;(Array.isArray(item.representations) ? item.representations : []).forEach((r, j) => {
      const rep = obj(r)?.representation
      if (!has('representations', rep))
        broken([...path, 'representations', j, 'representation'], 'representation', rep)
    })
  }
  zones.forEach((z, i) =>
    (Array.isArray(z.representations) ? z.representations : []).forEach((r, j) => {
      const rep = obj(r)?.representation
      if (!has('representations', rep))
        broken(['trustZones', i, 'representations', j, 'representation'], 'representation', rep)
    }),
  )
  if (ctx.errors.length > 0) return { model, ...ctx }

  // Representations → diagrams: each diagram representation, or one laid out when the file has none.
  const diagramReps = representations.filter((r) => str(r.type) === 'diagram')
  representations.forEach((r, i) => {
    if (str(r.type) !== 'diagram')
      lossy(
        ['representations', i],
        'otm.representation-not-drawn',
        `representation "${str(r.name)}" is of type "${str(r.type)}": TMI holds diagrams only`,
      )
  })
  const zoneOf = (componentIndex: number, seen = new Set<number>()): string | undefined => {
    const p = componentParents[componentIndex]
    if (p?.zone) return p.zone === OUTSIDE_ZONE ? undefined : p.zone
    const parent = components.findIndex((c) => c.id === p?.component)
    if (parent < 0 || seen.has(parent)) return undefined
    seen.add(parent)
    return zoneOf(parent, seen)
  }
  components.forEach((c, i) => {
    if (componentParents[i]?.component)
      lossy(
        ['components', i, 'parent'],
        'otm.nested-component',
        `"${str(c.name)}" is inside component "${componentParents[i]?.component}": TMI draws it in that component's trust zone`,
      )
  })
  // What a diagram cell has no place for: said once per element, not once per diagram.
  for (const [section, items] of [
    ['trustZones', zones],
    ['components', components],
    ['dataflows', flows],
  ] as const)
    items.forEach((item, i) => {
      if (str(item.description))
        lossy(
          [section, i, 'description'],
          'otm.description',
          `"${str(item.name)}": TMI's diagram cells have no description`,
        )
      if (section === 'dataflows' && Array.isArray(item.tags) && item.tags.length)
        lossy([section, i, 'tags'], 'otm.tags', `"${str(item.name)}": TMI's flows have no tags`)
    })
  zones.forEach((z, i) => {
    if (zoneParents[i]?.zone || zoneParents[i]?.component)
      lossy(
        ['trustZones', i, 'parent'],
        'otm.nested-zone',
        `trust zone "${str(z.name)}" is inside another: TMI draws it beside it`,
      )
  })

  const drawn = diagramReps.length > 0 ? diagramReps : [{ id: '', name: name || model.key }]
  const diagramKeys = new Map<string, string>()
  model.diagrams = drawn.map((rep, d): DiagramFile => {
    const repId = str(rep.id) ?? ''
    const at: DocPath = repId ? ['representations', representations.indexOf(rep)] : ['project']
    const key = repId ? keyOf('diagrams', repId, [...at, 'id']) : `${model.key.slice(0, 120)}-dfd`
    diagramKeys.set(repId, key)
    origin(['diagrams', d], at)
    return {
      key,
      name: clip(str(rep.name) ?? key, 256, [...at, 'name'], 'name', ctx),
      type: 'DFD-1.0.0',
      cells: drawCells(repId),
    }
  })

  function placed(item: TdObject, repId: string) {
    const r = (Array.isArray(item.representations) ? item.representations : [])
      .map((x) => obj(x) ?? {})
      .find((x) => x.representation === repId)
    const p = obj(r?.position)
    const s = obj(r?.size)
    return p && typeof p.x === 'number' && typeof p.y === 'number'
      ? {
          x: p.x,
          y: p.y,
          ...(s && typeof s.width === 'number' && typeof s.height === 'number'
            ? { w: s.width, h: s.height }
            : {}),
        }
      : undefined
  }

  function drawCells(repId: string): Cell[] {
    const cells: Cell[] = []
    const zoneCells = new Map<string, NodeCell>()
    // Boxes laid out left to right, each zone's components in rows of three inside it; where the
    // representation gives positions (relative to the parent, as OTM says), they are used instead.
    let nextX = 0
    zones.forEach((z, i) => {
      const id = str(z.id) as string
      if (id === OUTSIDE_ZONE) return
      const members = components.map((c, j) => ({ c, j })).filter(({ j }) => zoneOf(j) === id)
      const rows = Math.max(1, Math.ceil(members.length / 3))
      const cols = Math.max(1, Math.min(3, members.length))
      const auto = {
        x: nextX,
        y: 0,
        w: GAP + cols * (NODE.width + GAP),
        h: GAP * 1.5 + rows * (NODE.height + GAP),
      }
      const at = placed(z, repId)
      const box = at ? { ...auto, ...at } : auto
      nextX = Math.max(nextX, box.x + box.w) + GAP
      const rating = obj(z.risk)?.trustRating
      const meta = [
        ...(str(z.type) && z.type !== DEFAULT_TYPE.zone
          ? [{ key: 'otm-type', value: str(z.type) as string }]
          : []),
        ...(typeof rating === 'number' && rating !== DEFAULT_TRUST_RATING
          ? [{ key: 'otm-trust-rating', value: String(rating) }]
          : []),
      ]
      const cell: NodeCell = {
        id: cellId(id, ['trustZones', i, 'id']),
        shape: 'security-boundary',
        position: { x: box.x, y: box.y },
        size: { width: box.w, height: box.h },
        attrs: { text: { text: clip(str(z.name) ?? '', 256, ['trustZones', i, 'name'], 'name', ctx) } },
        children: [],
        data: { security_boundary: true, ...(meta.length ? { _metadata: meta } : {}) },
      }
      origin(['diagrams', drawnIndex(repId), 'cells', cells.length], ['trustZones', i])
      zoneCells.set(id, cell)
      cells.push(cell)
      unkept(z.attributes, ['trustZones', i, 'attributes'], ctx)
    })
    const counters = new Map<string, number>()
    const loose = { x: nextX, n: 0 }
    components.forEach((c, j) => {
      const zone = zoneOf(j)
      const zoneCell = zone ? zoneCells.get(zone) : undefined
      const at = placed(c, repId)
      let x: number
      let y: number
      if (zoneCell?.position && zoneCell.size) {
        const n = counters.get(zone as string) ?? 0
        counters.set(zone as string, n + 1)
        x = at ? zoneCell.position.x + at.x : zoneCell.position.x + GAP + (n % 3) * (NODE.width + GAP)
        y = at
          ? zoneCell.position.y + at.y
          : zoneCell.position.y + GAP * 1.5 + Math.floor(n / 3) * (NODE.height + GAP)
      } else {
        x = at?.x ?? loose.x
        y = at?.y ?? GAP + loose.n++ * (NODE.height + GAP)
      }
      const type = str(c.type) ?? ''
      const shape = shapeOfType(type)
      const cellAssets = assetsOf(c.assets)
        .map((a) => assetKeys.get(a))
        .filter((a): a is string => !!a)
      const stored =
        (obj(c.assets)?.stored as unknown[] | undefined)?.filter((a) => typeof a === 'string') ?? []
      if (stored.length)
        lossy(
          ['components', j, 'assets'],
          'otm.assets-stored',
          `"${str(c.name)}": TMI does not tell assets stored from assets processed`,
        )
      const cell: NodeCell = {
        id: cellId(str(c.id) as string, ['components', j, 'id']),
        shape,
        position: { x, y },
        size: { width: at?.w ?? NODE.width, height: at?.h ?? NODE.height },
        attrs: { text: { text: clip(str(c.name) ?? '', 256, ['components', j, 'name'], 'name', ctx) } },
        ...(zoneCell ? { parent: zoneCell.id } : {}),
        ...(cellAssets.length ? { assets: [...new Set(cellAssets)] } : {}),
        ...(type && type !== DEFAULT_TYPE[shape]
          ? { data: { _metadata: [{ key: 'otm-type', value: type }] } }
          : {}),
      }
      zoneCell?.children?.push(cell.id)
      origin(['diagrams', drawnIndex(repId), 'cells', cells.length], ['components', j])
      cells.push(cell)
      unkept(c.attributes, ['components', j, 'attributes'], ctx)
      if (Array.isArray(c.tags) && c.tags.length)
        lossy(['components', j, 'tags'], 'otm.tags', `"${str(c.name)}": TMI's diagram cells have no tags`)
    })
    for (const zoneCell of zoneCells.values()) if (zoneCell.children?.length === 0) delete zoneCell.children
    flows.forEach((f, k) => {
      const endId = (v: unknown) => keys.get(`cells:${String(v)}`) as string
      const edge: EdgeCell = {
        id: cellId(str(f.id) as string, ['dataflows', k, 'id']),
        shape: 'flow',
        source: { cell: endId(f.source) },
        target: { cell: endId(f.destination) },
        ...(str(f.name)
          ? {
              labels: [
                {
                  attrs: {
                    text: { text: clip(str(f.name) ?? '', 256, ['dataflows', k, 'name'], 'name', ctx) },
                  },
                },
              ],
            }
          : {}),
        ...(f.bidirectional === true
          ? { data: { _metadata: [{ key: 'otm-bidirectional', value: 'true' }] } }
          : {}),
      }
      if (f.bidirectional === true)
        lossy(
          ['dataflows', k, 'bidirectional'],
          'otm.bidirectional',
          `"${str(f.name)}" goes both ways: TMI draws one arrow, source to destination`,
        )
      if (assetsOf(f.assets).length)
        lossy(['dataflows', k, 'assets'], 'otm.flow-assets', `"${str(f.name)}": TMI's flows carry no assets`)
      origin(['diagrams', drawnIndex(repId), 'cells', cells.length], ['dataflows', k])
      cells.push(edge)
    })
    return cells
  }
  function drawnIndex(repId: string) {
    return Math.max(
      0,
      drawn.findIndex((r) => (str(r.id) ?? '') === repId),
    )
  }

  // Threats: each threat on each element it is on (TMI's threats belong to one cell); a threat on
  // no element is one of the model's. Mitigations become the threat's mitigation text.
  const instances = new Map<string, Array<{ element: TdObject; path: DocPath; inst: TdObject }>>()
  for (const { item, path } of elements)
    (Array.isArray(item.threats) ? item.threats : []).forEach((t, j) => {
      const inst = obj(t) ?? {}
      const id = str(inst.threat) as string
      instances.set(id, [
        ...(instances.get(id) ?? []),
        { element: item, path: [...path, 'threats', j], inst },
      ])
    })
  const mitigationById = new Map(mitigations.map((m, i) => [str(m.id), { m, i }]))
  const firstDiagram = model.diagrams[0]?.key
  const out: ThreatFile[] = []
  threats.forEach((t, i) => {
    const at: DocPath = ['threats', i]
    const baseKey = keyOf('threats', str(t.id) ?? '', [...at, 'id'])
    const on: Array<{ element?: TdObject; path: DocPath; inst: TdObject }> = instances.get(
      str(t.id) ?? '',
    ) ?? [{ path: at, inst: {} }]
    for (const { element, path, inst } of on) {
      const key =
        on.length > 1 && element
          ? `${baseKey.slice(0, 60)}--${keys.get(`cells:${String(element.id)}`)}`.slice(0, 128)
          : baseKey
      const risk = obj(t.risk) ?? {}
      const threat: ThreatFile = { key, name: clip(str(t.name) ?? key, 256, [...at, 'name'], 'name', ctx) }
      const desc = clip(str(t.description) ?? '', 2048, [...at, 'description'], 'description', ctx)
      if (desc) threat.description = desc
      const categories = (Array.isArray(t.categories) ? t.categories : []).filter(
        (c): c is string => typeof c === 'string' && c.length > 0,
      )
      if (categories.length) threat.threat_type = [...new Set(categories)]
      const cwes = (Array.isArray(t.cwes) ? t.cwes : []).filter((c): c is string => typeof c === 'string')
      const valid = cwes
        .map((c) => (/^\d+$/.test(c) ? `CWE-${c}` : c.toUpperCase()))
        .filter((c) => /^CWE-[0-9]+$/.test(c))
      if (valid.length < cwes.length)
        lossy([...at, 'cwes'], 'otm.cwe', `"${str(t.name)}": only CWE-<number> ids are kept`)
      if (valid.length) threat.cwe_id = [...new Set(valid)]
      if (typeof risk.impact === 'number') {
        threat.severity = severityOfImpact(risk.impact)
        threat.score = Math.round(Math.min(100, Math.max(0, risk.impact))) / 10
      }
      const metadata: Metadata = {}
      if (typeof risk.likelihood === 'number') metadata['otm-likelihood'] = String(risk.likelihood)
      if (str(risk.impactComment))
        lossy(
          [...at, 'risk', 'impactComment'],
          'otm.risk-comment',
          `"${str(t.name)}": TMI keeps no comment on a threat's impact`,
        )
      if (str(risk.likelihoodComment))
        lossy(
          [...at, 'risk', 'likelihoodComment'],
          'otm.risk-comment',
          `"${str(t.name)}": TMI keeps no comment on a threat's likelihood`,
        )
      if (Object.keys(metadata).length) threat.metadata = metadata
      const state = (str(inst.state) ?? '').toLowerCase().replace(/_/g, '-')
      if (state) {
        threat.status = STATUS[state] ?? 'open'
        if (!STATUS[state])
          lossy(
            [...path, 'state'],
            'otm.state',
            `threat state "${str(inst.state)}" has no TMI status: "open"`,
          )
      }
      const applied = (Array.isArray(inst.mitigations) ? inst.mitigations : []).map((m) => obj(m) ?? {})
      const texts = applied.flatMap((m) => {
        const found = mitigationById.get(str(m.mitigation))
        if (!found) return []
        if (typeof found.m.riskReduction === 'number' && found.m.riskReduction !== 0)
          lossy(
            ['mitigations', found.i, 'riskReduction'],
            'otm.risk-reduction',
            `mitigation "${str(found.m.name)}": TMI keeps no risk reduction`,
          )
        const d = str(found.m.description)
        return [d ? `${str(found.m.name)}: ${d}` : (str(found.m.name) ?? '')]
      })
      if (texts.length) {
        threat.mitigation = clip(texts.join('\n'), 1024, path, 'mitigation', ctx)
        threat.mitigated =
          state === 'mitigated' || applied.every((m) => (str(m.state) ?? '').toLowerCase() === 'implemented')
      } else if (state === 'mitigated') threat.mitigated = true
      if (element) {
        if (firstDiagram) threat.diagram = firstDiagram
        threat.cell = keys.get(`cells:${String(element.id)}`) as string
      }
      origin(['threats', out.length], at)
      out.push(threat)
    }
    if (Array.isArray(t.tags) && t.tags.length)
      lossy([...at, 'tags'], 'otm.tags', `"${str(t.name)}": TMI's threats have no tags`)
    unkept(t.attributes, [...at, 'attributes'], ctx)
  })
  if (out.length) model.threats = out
  mitigations.forEach((m, i) => {
    if (
      ![...instances.values()]
        .flat()
        .some(({ inst }) =>
          (Array.isArray(inst.mitigations) ? inst.mitigations : []).some((x) => obj(x)?.mitigation === m.id),
        )
    )
      lossy(
        ['mitigations', i],
        'otm.mitigation-unused',
        `mitigation "${str(m.name)}" is on no threat: TMI keeps mitigations on threats only`,
      )
  })
  const seen = new Set<string>()
  ctx.lossy = ctx.lossy.filter((l) => {
    const id = `${toPointer(l.path)}|${l.rule}|${l.message}`
    return !seen.has(id) && !!seen.add(id)
  })
  return { model, ...ctx }
}

function assetsOf(value: unknown): string[] {
  const o = obj(value)
  const all = Array.isArray(value)
    ? value
    : o
      ? [...((o.processed as unknown[]) ?? []), ...((o.stored as unknown[]) ?? [])]
      : []
  return all.filter((a): a is string => typeof a === 'string')
}

function clip(text: string, max: number, path: DocPath, field: string, ctx: Ctx): string {
  const clean = field === 'name' ? text.replace(/[\r\n\t]+/g, ' ').trim() : text
  if ([...clean].length <= max) return clean
  ctx.lossy.push({
    path,
    rule: 'otm.truncated',
    message: `${field} is longer than TMI's ${max} characters: cut`,
  })
  return [...clean].slice(0, max).join('')
}

function unkept(attributes: unknown, path: DocPath, ctx: Ctx): void {
  const o = obj(attributes)
  if (o && Object.keys(o).length > 0)
    ctx.lossy.push({
      path,
      rule: 'otm.attributes',
      message: `attributes (${Object.keys(o).join(', ')}) have no place in TMI`,
    })
}

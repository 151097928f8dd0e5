import { toPointer, type DocPath } from '../../common/pointer.js'
import {
  FORMAT_VERSION,
  KEY_PATTERN,
  slugify,
  type DiagramFile,
  type Framework,
  type Metadata,
  type ThreatFile,
  type ThreatModelFile,
} from '../native.js'
import { mapCells } from './cells.js'
import { obj, scalar, str, type LossyPoint, type MapContext, type TdObject } from './context.js'
import { cleanDescription, cleanName, mapFramework, mapScore, mapSeverity, mapStatus } from './vocabulary.js'

export interface ThreatDragonReadResult {
  /** The same model in the native format, ready for the same validation as a native file. */
  model: ThreatModelFile
  /** Native JSON pointer → path in the Threat Dragon file, so diagnostics point into the TD file. */
  origins: Map<string, DocPath>
  lossy: LossyPoint[]
}

/**
 * Maps a Threat Dragon v2 model (already checked against the TD input schema) onto the native
 * format, following threat-dragon.md §6 and recording every lossy point it hits.
 */
export function readThreatDragon(td: TdObject, filePath: string): ThreatDragonReadResult {
  const origins = new Map<string, DocPath>()
  const lossy: LossyPoint[] = []
  const ctx: MapContext = {
    lossy: (path, rule, message, severity) =>
      lossy.push({ path, rule, message, ...(severity ? { severity } : {}) }),
    origin: (nativePath, tdPath) => origins.set(toPointer(nativePath), tdPath),
  }
  const summary = obj(td.summary) ?? {}
  const detail = obj(td.detail) ?? {}
  const tdDiagrams = (Array.isArray(detail.diagrams) ? detail.diagrams : []).map((d) => obj(d) ?? {})

  ctx.origin([], [])
  ctx.origin(['name'], ['summary', 'title'])
  const model: ThreatModelFile = {
    tmi_sync: FORMAT_VERSION,
    key: modelKey(td, filePath),
    name: text(str(summary.title) ?? '', 256, ['summary', 'title'], ctx, 'name', cleanName),
  }
  const description = text(
    str(summary.description) ?? '',
    2048,
    ['summary', 'description'],
    ctx,
    'description',
    cleanDescription,
  )
  if (description) {
    model.description = description
    ctx.origin(['description'], ['summary', 'description'])
  }
  const framework = chooseFramework(tdDiagrams, ctx)
  if (framework) model.threat_model_framework = framework
  const metadata = compact({
    'td-version': str(td.version),
    'td-summary_id': summary.id === 0 ? undefined : scalar(summary.id),
    'td-owner': str(summary.owner),
    'td-reviewer': str(detail.reviewer),
    'td-contributors': Array.isArray(detail.contributors)
      ? detail.contributors
          .map((c) => str(obj(c)?.name) ?? '')
          .filter(Boolean)
          .join(', ')
      : undefined,
    'td-diagram_top': scalar(detail.diagramTop),
    'td-threat_top': scalar(detail.threatTop),
  })
  if (Object.keys(metadata).length > 0) model.metadata = metadata
  if (str(summary.owner) || str(detail.reviewer)) {
    ctx.lossy(
      ['summary'],
      'td.people',
      'owner, reviewer and contributors are free text in Threat Dragon; kept as metadata, not as TMI users',
    )
  }

  const diagrams: DiagramFile[] = []
  const threats: ThreatFile[] = []
  const usedKeys = new Set<string>()
  tdDiagrams.forEach((d, di) => {
    const tdPath: DocPath = ['detail', 'diagrams', di]
    const key = uniqueKey(`diagram-${slugify(scalar(d.id) ?? String(di), String(di))}`, usedKeys)
    const nativeIndex = diagrams.length
    ctx.origin(['diagrams', nativeIndex], tdPath)
    ctx.origin(['diagrams', nativeIndex, 'name'], [...tdPath, 'title'])
    const diagram: DiagramFile = {
      key,
      name:
        text(str(d.title) ?? '', 256, [...tdPath, 'title'], ctx, 'diagram title', cleanName) ||
        `Diagram ${di + 1}`,
    }
    const dDescription = text(
      str(d.description) ?? '',
      2048,
      [...tdPath, 'description'],
      ctx,
      'diagram description',
      cleanDescription,
    )
    if (dDescription) diagram.description = dDescription
    diagram.metadata = compact({
      'td-diagram_id': scalar(d.id) ?? String(di),
      'td-diagram_type': str(d.diagramType),
    })
    const tdCells = (Array.isArray(d.cells) ? d.cells : []).map((c) => obj(c) ?? {})
    const { cells, ids } = mapCells(tdCells, [...tdPath, 'cells'], ['diagrams', nativeIndex, 'cells'], ctx)
    diagram.cells = cells
    diagrams.push(diagram)
    tdCells.forEach((c, ci) => {
      const tdThreats = obj(c.data)?.threats
      if (!Array.isArray(tdThreats)) return
      tdThreats.forEach((t, ti) => {
        const threatPath: DocPath = [...tdPath, 'cells', ci, 'data', 'threats', ti]
        ctx.origin(['threats', threats.length], threatPath)
        const cellId = ids.get(str(c.id) ?? '')
        if (!cellId)
          ctx.lossy(
            threatPath,
            'td.threat-cell',
            'threat stays on the diagram but loses its cell, which TMI cannot hold',
          )
        threats.push(
          mapThreat(
            obj(t) ?? {},
            threatPath,
            ['threats', threats.length],
            { diagram: key, cell: cellId },
            usedKeys,
            ctx,
          ),
        )
      })
    })
  })
  if (threats.length > 0) model.threats = threats
  if (diagrams.length > 0) model.diagrams = diagrams
  return { model, origins, lossy }
}

function mapThreat(
  t: TdObject,
  at: DocPath,
  nativeAt: DocPath,
  where: { diagram: string; cell: string | undefined },
  usedKeys: Set<string>,
  ctx: MapContext,
): ThreatFile {
  const id = str(t.id)
  const baseKey =
    id && KEY_PATTERN.test(id) ? id : typeof t.number === 'number' ? `threat-${t.number}` : 'threat'
  const rawTitle = str(t.title) ?? ''
  const name = text(rawTitle, 256, [...at, 'title'], ctx, 'threat title', cleanName) || 'Untitled threat'
  const threat: ThreatFile = {
    key: uniqueKey(baseKey, usedKeys),
    name,
    threat_type: str(t.type) ? [str(t.type) as string] : [],
  }
  for (const [field, tdField] of FIELD_ORIGINS) ctx.origin([...nativeAt, field], [...at, tdField])
  const metadata: Metadata = compact({
    'td-threat_id': id,
    'td-number': typeof t.number === 'number' ? String(t.number) : undefined,
    'td-model_type': str(t.modelType),
    'td-title': name !== rawTitle.trim() && rawTitle ? rawTitle.slice(0, 1024) : undefined,
    'td-eop-game_id': str(t.eopGameId),
    'td-eop-card_suit': str(t.cardSuit),
    'td-eop-card_number': scalar(t.cardNumber),
  })
  const description = text(
    str(t.description) ?? '',
    2048,
    [...at, 'description'],
    ctx,
    'threat description',
    cleanDescription,
  )
  if (description) threat.description = description
  const mitigation = text(str(t.mitigation) ?? '', 1024, [...at, 'mitigation'], ctx, 'mitigation', (s) => s)
  if (mitigation) threat.mitigation = mitigation
  const severity = mapSeverity(str(t.severity))
  threat.severity = severity.severity
  if (!severity.exact) {
    metadata['td-severity'] = scalar(t.severity) ?? ''
    ctx.lossy(
      [...at, 'severity'],
      'td.severity',
      `severity "${scalar(t.severity)}" has no TMI equivalent; stored as "unknown"`,
    )
  }
  const status = mapStatus(str(t.status))
  threat.status = status.status
  threat.mitigated = status.mitigated
  if (!status.exact) {
    metadata['td-status'] = scalar(t.status) ?? ''
    ctx.lossy(
      [...at, 'status'],
      'td.status',
      `status "${scalar(t.status)}" has no TMI equivalent; stored as "${status.status}" (original kept in metadata)`,
    )
  }
  const score = mapScore(t.score)
  if (score !== undefined) threat.score = score
  else if (scalar(t.score)) {
    metadata['td-score'] = scalar(t.score) as string
    ctx.lossy(
      [...at, 'score'],
      'td.score',
      `score "${scalar(t.score)}" is not a number from 0 to 10; kept in metadata only`,
    )
  }
  threat.diagram = where.diagram
  if (where.cell) threat.cell = where.cell
  if (Object.keys(metadata).length > 0) threat.metadata = metadata
  return threat
}

/** Native threat field → the Threat Dragon threat field it comes from. */
const FIELD_ORIGINS = [
  ['name', 'title'],
  ['threat_type', 'type'],
  ['description', 'description'],
  ['mitigation', 'mitigation'],
  ['severity', 'severity'],
  ['status', 'status'],
  ['mitigated', 'status'],
  ['score', 'score'],
  ['key', 'id'],
] as const

/** Explicit `tmi_sync_key`, else the Threat Dragon folder/file name, which is TD's own identity. */
function modelKey(td: TdObject, filePath: string): string {
  const explicit = str(td.tmi_sync_key)
  if (explicit) return explicit
  const parts = filePath.replace(/\\/g, '/').split('/')
  const base = (parts[parts.length - 1] ?? '').replace(/\.json$/i, '')
  return slugify(base, 'threat-dragon-model')
}

function chooseFramework(diagrams: TdObject[], ctx: MapContext): Framework | undefined {
  let chosen: Framework | undefined
  diagrams.forEach((d, i) => {
    const type = str(d.diagramType)
    const mapped = mapFramework(type)
    if (!mapped) {
      if (type)
        ctx.lossy(
          ['detail', 'diagrams', i, 'diagramType'],
          'td.framework',
          `diagram type "${type}" has no TMI framework; kept in diagram metadata`,
        )
    } else if (!chosen) chosen = mapped
    else if (mapped !== chosen) {
      ctx.lossy(
        ['detail', 'diagrams', i, 'diagramType'],
        'td.framework',
        `TMI keeps one framework per model: using ${chosen}, not ${mapped}`,
      )
    }
  })
  return chosen
}

/** Cleans and truncates a text, recording a lossy point when anything changed. */
function text(
  raw: string,
  max: number,
  at: DocPath,
  ctx: MapContext,
  what: string,
  clean: (s: string) => string,
): string {
  let out = clean(raw)
  const changed = out !== raw.trim() && out !== raw
  if (changed) ctx.lossy(at, 'td.text', `${what}: characters TMI forbids were replaced`)
  if (out.length > max) {
    out = out.slice(0, max)
    ctx.lossy(at, 'td.text-length', `${what}: cut to TMI's limit of ${max} characters`)
  }
  return out
}

function uniqueKey(base: string, used: Set<string>): string {
  let key = base.slice(0, 120)
  for (let n = 2; used.has(key); n++) key = `${base.slice(0, 115)}-${n}`
  used.add(key)
  return key
}

function compact(record: Record<string, string | undefined>): Metadata {
  const out: Metadata = {}
  for (const [k, v] of Object.entries(record))
    if (v !== undefined && v.trim() !== '') out[k] = v.slice(0, 1024)
  return out
}

import { isEdge, type Cell, type ThreatModelFile } from '../format/native.js'
import { canonicalJson } from '../common/canonical-json.js'
import { cellUuid } from './ids.js'
import { flags, float32, pick, stored } from './normalise.js'

/** The kinds of object a threat model holds in TMI, in the order they are created. */
export const KINDS = ['asset', 'diagram', 'threat', 'document', 'repository', 'note'] as const
export type Kind = (typeof KINDS)[number]
/** Each kind's plural: its list in a model file, and its path segment in TMI's API. */
export const PLURAL = {
  asset: 'assets',
  diagram: 'diagrams',
  threat: 'threats',
  document: 'documents',
  repository: 'repositories',
  note: 'notes',
} as const satisfies Record<Kind, string>

/**
 * One object as tmi-sync wants it in TMI, in key-space: references are keys (assets, diagrams) or
 * cell UUIDs, so the diff never needs server ids; apply resolves them. `fields` is normalised as
 * TMI stores it; `metadata` is the user's (tmi-sync adds its own `tmi-sync-*` keys when writing).
 */
export interface DesiredObject {
  kind: Kind
  key: string
  fields: Record<string, unknown>
  metadata: Record<string, string>
  /** `canonicalJson(fields)`, when it was made with the model (`desiredFromText`): not made again. */
  fieldsText?: string
}

export interface DesiredModel {
  key: string
  file: string
  fields: Record<string, unknown>
  metadata: Record<string, string>
  /** Only honoured by TMI on create. */
  isConfidential: boolean
  objects: DesiredObject[]
  /** As `DesiredObject.fieldsText`, of the threat model's own fields. */
  fieldsText?: string
}

export const MODEL_FIELDS = ['name', 'description', 'threat_model_framework', 'issue_uri'] as const
const BOOLEANS = ['include_in_report', 'timmy_enabled'] as const
export const FIELDS: Record<
  Kind,
  { text: readonly string[]; plain: readonly string[]; booleans: readonly string[] }
> = {
  asset: {
    text: ['name', 'type', 'description', 'criticality', 'classification', 'sensitivity'],
    plain: ['name', 'description'],
    booleans: BOOLEANS,
  },
  threat: {
    text: [
      'name',
      'threat_type',
      'description',
      'mitigation',
      'severity',
      'status',
      'priority',
      'score',
      'issue_uri',
      'cwe_id',
      'cvss',
      'ssvc',
    ],
    plain: ['name', 'description', 'mitigation', 'issue_uri'],
    booleans: [...BOOLEANS, 'mitigated'],
  },
  document: {
    text: ['name', 'uri', 'description'],
    plain: ['name', 'description', 'uri'],
    booleans: BOOLEANS,
  },
  repository: {
    text: ['name', 'uri', 'type', 'parameters', 'description'],
    plain: ['name', 'description', 'uri'],
    booleans: BOOLEANS,
  },
  note: { text: ['name', 'content', 'description'], plain: ['name', 'description'], booleans: BOOLEANS },
  diagram: {
    text: ['name', 'description', 'color_palette'],
    plain: ['name', 'description'],
    booleans: BOOLEANS,
  },
}
const BOOLEAN_DEFAULTS = { include_in_report: true, timmy_enabled: true, mitigated: false }

/** The file's model as TMI should hold it. */
export function desiredModel(model: ThreatModelFile, file: string): DesiredModel {
  const fields = pick(model as unknown as Record<string, unknown>, MODEL_FIELDS, [
    'name',
    'description',
    'issue_uri',
  ])
  fields.threat_model_framework ??= 'STRIDE'
  const authorization = normaliseAuthorization(model.authorization ?? [])
  if (authorization.length > 0) fields.authorization = authorization
  const objects: DesiredObject[] = []
  const add = (
    kind: Kind,
    item: { key: string; metadata?: Record<string, string> },
    extra: Record<string, unknown> = {},
  ) => {
    const f = FIELDS[kind]
    const source = item as unknown as Record<string, unknown>
    objects.push({
      kind,
      key: item.key,
      fields: { ...pick(source, f.text, f.plain), ...flags(source, f.booleans, BOOLEAN_DEFAULTS), ...extra },
      metadata: { ...item.metadata },
    })
  }
  for (const a of model.assets ?? []) add('asset', a)
  for (const d of model.diagrams ?? [])
    add('diagram', d, { cells: (d.cells ?? []).map((c) => desiredCell(c, model.key, d.key)) })
  for (const t of model.threats ?? []) {
    const refs: Record<string, unknown> = {}
    if (t.asset) refs.asset = t.asset
    if (t.diagram) refs.diagram = t.diagram
    if (t.diagram && t.cell) refs.cell = cellUuid(model.key, t.diagram, t.cell)
    add('threat', t, { threat_type: t.threat_type ?? [], ...refs })
  }
  for (const d of model.documents ?? []) add('document', d)
  for (const r of model.repositories ?? []) add('repository', r)
  for (const n of model.notes ?? []) add('note', n)
  return {
    key: model.key,
    file,
    fields,
    metadata: { ...model.metadata },
    isConfidential: model.is_confidential === true,
    objects,
  }
}

/**
 * A desired model as text, with the canonical text of every object's fields (what a plan hashes
 * and fingerprints): a worker thread makes both, a plan parses them when it reaches the model.
 * The model's JSON comes first, then one line per text, in order; canonical JSON has no newline.
 */
export function desiredToText(model: DesiredModel): string {
  const { fieldsText: _text, objects, ...rest } = model
  const json = JSON.stringify({ ...rest, objects: objects.map(({ fieldsText: _t, ...o }) => o) })
  let out = `${json}\n${model.fieldsText ?? canonicalJson(model.fields)}`
  for (const o of objects) out += `\n${o.fieldsText ?? canonicalJson(o.fields)}`
  return out
}

/**
 * The model `desiredToText` wrote, each object with its `fieldsText`; or, from its first line
 * alone (`withoutTexts`), the model without them (half the size, to wait in memory).
 */
export function desiredFromText(text: string): DesiredModel {
  const lines = text.split('\n')
  const model = JSON.parse(lines[0] as string) as DesiredModel
  if (lines.length === 1) return model
  if (lines.length !== model.objects.length + 2) throw new Error('a desired model text that does not add up')
  model.fieldsText = lines[1] as string
  for (const [i, o] of model.objects.entries()) o.fieldsText = lines[i + 2] as string
  return model
}

/** A `desiredToText` text without the canonical texts: `desiredFromText` makes the same model of it, less them. */
export function withoutTexts(text: string): string {
  const end = text.indexOf('\n')
  return end < 0 ? text : text.slice(0, end)
}

/** The keys a model's objects have, by kind: what `remoteModel` recognises derived ids by. */
export function keysOf(model: DesiredModel): Map<Kind, Set<string>> {
  const keys = new Map<Kind, Set<string>>()
  for (const o of model.objects) keys.set(o.kind, (keys.get(o.kind) ?? new Set()).add(o.key))
  return keys
}

export function normaliseAuthorization(
  list: ReadonlyArray<{ principal_type: string; provider: string; provider_id: string; role: string }>,
) {
  return list
    .map((a) => ({
      principal_type: a.principal_type,
      // TMI keeps the `everyone` pseudo-group as its built-in group row, whatever provider was sent
      // (`G:api/database_store_gorm.go:1452-1454`, `G:api/auth_utils.go:424-431`), and reads it back
      // as provider `tmi`: the provider of that group means nothing.
      provider: a.principal_type === 'group' && a.provider_id === 'everyone' ? 'tmi' : a.provider,
      provider_id: a.provider_id,
      role: a.role,
    }))
    .sort((a, b) =>
      `${a.principal_type}|${a.provider}|${a.provider_id}`.localeCompare(
        `${b.principal_type}|${b.provider}|${b.provider_id}`,
      ),
    )
}

/** A cell as TMI returns it: UUID ids, flat float32 node geometry, `parent: null`, normalised data. */
export function desiredCell(cell: Cell, modelKey: string, diagramKey: string): Record<string, unknown> {
  const id = (c: string) => cellUuid(modelKey, diagramKey, c)
  if (isEdge(cell)) {
    const end = (t: { cell: string; port?: string | null }) =>
      t.port ? { cell: id(t.cell), port: t.port } : { cell: id(t.cell) }
    return withoutCellDefaults(
      stored({ ...cell, id: id(cell.id), source: end(cell.source), target: end(cell.target) }) as Record<
        string,
        unknown
      >,
    )
  }
  const { position, size, assets, parent, children, ...rest } = cell
  const out = stored({
    ...rest,
    id: id(cell.id),
    x: float32(cell.x ?? position?.x),
    y: float32(cell.y ?? position?.y),
    width: float32(cell.width ?? size?.width),
    height: float32(cell.height ?? size?.height),
    ...(children && children.length > 0 ? { children: children.map(id) } : {}),
  }) as Record<string, unknown>
  out.parent = parent ? id(parent) : null
  if (assets && assets.length > 0) out.assets = [...assets]
  return withoutCellDefaults(out)
}

/**
 * A cell without the values TMI's request validator fills in from the spec's defaults
 * (`G:api/openapi_middleware.go:180-187`): a node's `angle: 0`, and in `data`, `_metadata: []` and
 * `security_boundary: false`. TMI stores them whether they were sent or not, so a cell is compared
 * without them, from the file and from TMI alike.
 */
export function withoutCellDefaults(cell: Record<string, unknown>): Record<string, unknown> {
  if (cell.angle === 0 && cell.shape !== 'flow') delete cell.angle
  const data = cell.data as Record<string, unknown> | undefined
  if (data && typeof data === 'object') {
    if (data.security_boundary === false) delete data.security_boundary
    if (Array.isArray(data._metadata) && data._metadata.length === 0) delete data._metadata
    if (Object.keys(data).length === 0) delete cell.data
  }
  return cell
}

import {
  FIELDS,
  KINDS,
  MODEL_FIELDS,
  normaliseAuthorization,
  withoutCellDefaults,
  type Kind,
} from './desired.js'
import { itemUuid } from './ids.js'
import { flags, float32, pick, stored } from './normalise.js'

/** Metadata keys tmi-sync writes on everything it manages. */
export const META = {
  source: 'tmi-sync-source',
  key: 'tmi-sync-key',
  digest: 'tmi-sync-digest',
  format: 'tmi-sync-format',
  /** On a threat model: the commit it was last synced from and what TMI then held (`engine/sync-state`). */
  synced: 'tmi-sync-synced',
  /** On a threat model: the run applying it now, and until when (`engine/sync-state`). */
  lease: 'tmi-sync-lease',
  /** On a threat model: what the addon service did with the last invocation (`engine/addon-outcome`). */
  outcome: 'tmi-sync-outcome',
} as const
const PREFIX = 'tmi-sync-'

type Raw = Record<string, unknown>

/**
 * What TMI holds for one model, as read: the threat model (with its diagrams) and the lists.
 * Threats come from their own list: the threat model's embedded ones are partial and include
 * deleted ones (tmi-api.md §00.4).
 */
export interface RemoteSnapshot {
  threatModel: Raw
  threats: Raw[]
  assets: Raw[]
  documents: Raw[]
  repositories: Raw[]
  notes: Raw[]
}

/** A TMI object in key-space: `key` when tmi-sync manages it, its normalised fields, and its record. */
export interface RemoteObject {
  kind: Kind
  id: string
  /** When TMI created it: of two copies with one key, the earlier one is kept (`earliest`). */
  createdAt?: string
  key?: string
  fields: Record<string, unknown>
  metadata: Record<string, string>
  /** `tmi-sync-digest`: what tmi-sync last applied, to tell a change in TMI from a change in the file. */
  appliedDigest?: string
  /** All of its metadata, ours included, so a full-replace write can keep what others added. */
  rawMetadata: Array<{ key: string; value: string }>
  /**
   * Recognised by the id tmi-sync derives, with none of tmi-sync's metadata: either an apply was
   * cut off before writing it, or someone replaced the object without its metadata (a UI's PUT).
   */
  unmarked?: boolean
}

export interface RemoteModel {
  id: string
  fields: Record<string, unknown>
  metadata: Record<string, string>
  appliedDigest?: string
  /** ACL entries TMI adds itself (owner, reviewers, automation group): kept, never diffed. */
  serverAuthorization: Raw[]
  objects: RemoteObject[]
}

export function metadataMap(list: unknown): Record<string, string> {
  // fromEntries makes own properties, so a key such as `__proto__` is a key like any other.
  if (!Array.isArray(list)) return {}
  return Object.fromEntries((list as Array<{ key: string; value: string }>).map((m) => [m.key, m.value]))
}

function userMetadata(all: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith(PREFIX)))
}

const BOOLEAN_DEFAULTS = { include_in_report: true, timmy_enabled: true, mitigated: false }
const SERVER_GROUPS = new Set(['security-reviewers', 'confidential-project-reviewers', 'tmi-automation'])

/**
 * The remote model in key-space. Items are recognised by `tmi-sync-key`, or else by the id tmi-sync
 * would have derived for one of `wantedKeys` (an apply interrupted before it wrote metadata).
 */
export function remoteModel(
  snapshot: RemoteSnapshot,
  wantedKeys: ReadonlyMap<Kind, ReadonlySet<string>>,
  diagramNames: ReadonlyMap<string, string> = new Map(),
): RemoteModel {
  const tm = snapshot.threatModel
  const id = String(tm.id)
  const all = metadataMap(tm.metadata)
  const lists: Record<Kind, Raw[]> = {
    asset: snapshot.assets,
    diagram: (tm.diagrams as Raw[] | undefined) ?? [],
    threat: snapshot.threats,
    document: snapshot.documents,
    repository: snapshot.repositories,
    note: snapshot.notes,
  }
  // The ids tmi-sync derives for the wanted keys, made once per kind (not once per object read).
  const derivedIds = new Map<Kind, Map<string, string>>()
  const derived = (kind: Kind, v: unknown): string | undefined => {
    let ids = derivedIds.get(kind)
    if (!ids) {
      ids = new Map([...(wantedKeys.get(kind) ?? [])].map((k) => [itemUuid(id, kind, k), k]))
      derivedIds.set(kind, ids)
    }
    return typeof v === 'string' ? ids.get(v) : undefined
  }
  const keyOf = (kind: Kind, raw: Raw, meta: Record<string, string>): string | undefined => {
    if (meta[META.key]) return meta[META.key]
    const byId = derived(kind, raw.id)
    if (byId !== undefined) return byId
    // Pulled before tmi-sync managed it: its key in the file is its TMI id.
    if (wantedKeys.get(kind)?.has(String(raw.id))) return String(raw.id)
    return undefined
  }
  const keys = new Map<string, string>()
  const objects: RemoteObject[] = []
  /** Each object's record, by position: a lookup by id would cost a scan per object. */
  const records: Raw[] = []
  const claimedDiagrams = new Set(lists.diagram.map((r) => metadataMap(r.metadata)[META.key]).filter(Boolean))
  for (const kind of KINDS) {
    for (const raw of lists[kind].filter((r) => !r.deleted_at)) {
      const meta = metadataMap(raw.metadata)
      let key = keyOf(kind, raw, meta)
      // Diagrams get server ids: one created by an apply whose answer was lost is empty and unmarked.
      // Adopt it for the file's diagram of that name rather than create a second one.
      const adoptable =
        kind === 'diagram' &&
        key === undefined &&
        Object.keys(meta).length === 0 &&
        ((raw.cells as unknown[] | undefined) ?? []).length === 0
      const candidate = adoptable ? diagramNames.get(String(raw.name)) : undefined
      if (candidate !== undefined && !claimedDiagrams.has(candidate)) {
        key = candidate
        claimedDiagrams.add(candidate)
      }
      if (key !== undefined) keys.set(`${kind}:${String(raw.id)}`, key)
      const o: RemoteObject = {
        kind,
        id: String(raw.id),
        fields: {},
        metadata: userMetadata(meta),
        rawMetadata: (raw.metadata as RemoteObject['rawMetadata'] | undefined) ?? [],
      }
      if (key !== undefined) o.key = key
      if (typeof raw.created_at === 'string') o.createdAt = raw.created_at
      const applied = meta[META.digest]
      if (applied) o.appliedDigest = applied
      if (key !== undefined && !meta[META.key] && !applied && itemUuid(id, kind, key) === raw.id)
        o.unmarked = true
      objects.push(o)
      records.push(raw)
    }
  }
  // A reference to an item not (yet) listed may still be one of ours by its derived id: read while
  // another apply was half-way, the asset a cell names can be created a moment after the list was read.
  const refKey = (kind: Kind, v: unknown) =>
    typeof v === 'string' && v !== ''
      ? (keys.get(`${kind}:${v}`) ?? derived(kind, v) ?? `id:${v}`)
      : undefined
  for (const [i, o] of objects.entries()) {
    const raw = records[i] as Raw
    const f = FIELDS[o.kind]
    o.fields = { ...pick(raw, f.text, f.plain), ...flags(raw, f.booleans, BOOLEAN_DEFAULTS) }
    if (o.kind === 'threat') {
      o.fields.threat_type = raw.threat_type ?? []
      const refs = {
        asset: refKey('asset', raw.asset_id),
        diagram: refKey('diagram', raw.diagram_id),
        cell: typeof raw.cell_id === 'string' && raw.cell_id ? raw.cell_id.toLowerCase() : undefined,
      }
      for (const [k, v] of Object.entries(refs)) if (v !== undefined) o.fields[k] = v
    }
    if (o.kind === 'diagram')
      o.fields.cells = ((raw.cells as Raw[] | undefined) ?? []).map((c) =>
        remoteCell(c, (assetId) => refKey('asset', assetId)),
      )
  }
  const authorization = (tm.authorization as Raw[] | undefined) ?? []
  const owner = (tm.owner as Raw | undefined)?.provider_id
  const isServer = (a: Raw) =>
    (a.principal_type === 'group' && a.provider === 'tmi' && SERVER_GROUPS.has(String(a.provider_id))) ||
    (a.principal_type === 'user' && a.provider_id === owner && a.role === 'owner')
  const fields = pick(tm, MODEL_FIELDS, ['name', 'description', 'issue_uri'])
  const managedAcl = normaliseAuthorization(
    authorization.filter((a) => !isServer(a)) as Array<{
      principal_type: string
      provider: string
      provider_id: string
      role: string
    }>,
  )
  if (managedAcl.length > 0) fields.authorization = managedAcl
  const model: RemoteModel = {
    id,
    fields,
    metadata: userMetadata(all),
    serverAuthorization: authorization.filter(isServer),
    objects,
  }
  const applied = all[META.digest]
  if (applied) model.appliedDigest = applied
  return model
}

/** A cell as read back, in the form `desiredCell` produces. */
function remoteCell(raw: Raw, assetKey: (id: unknown) => string | undefined): Record<string, unknown> {
  const { data, ...rest } = raw
  const out = stored(rest) as Record<string, unknown>
  const d = { ...((data as Raw | undefined) ?? {}) }
  const assets = Array.isArray(d.data_assets)
    ? d.data_assets.map(assetKey).filter((k): k is string => k !== undefined)
    : []
  delete d.data_assets
  const cleanData = stored(d) as Record<string, unknown> | undefined
  if (cleanData && Object.keys(cleanData).length > 0) out.data = cleanData
  if (raw.shape !== 'flow') {
    for (const k of ['x', 'y', 'width', 'height'] as const) out[k] = float32(raw[k])
    out.parent = typeof raw.parent === 'string' && raw.parent ? raw.parent : null
    if (Array.isArray(out.children) && out.children.length === 0) delete out.children
    if (assets.length > 0) out.assets = assets
  }
  return withoutCellDefaults(out)
}

import { KINDS, type DesiredModel, type DesiredObject, type Kind } from '../model/desired.js'
import { hash } from 'node:crypto'
import { canonicalJson, sameJson } from '../common/canonical-json.js'
import { earliest } from '../model/claims.js'
import type { RemoteModel, RemoteObject } from '../model/remote.js'
import type { FieldChange, ModelPlan, ObjectChange, OnDrift } from './plan.js'

export interface DiffOptions {
  prune: boolean
  onDrift: OnDrift
  /**
   * Keep each desired object's canonical text with it too (`watch`): once applied, those fields
   * are what TMI holds, diffed against the next save, so their text is not made again.
   */
  keepTexts?: boolean
}

/** The digest of an object's state as tmi-sync manages it: its fields and the user's metadata. */
export function stateDigest(fields: Record<string, unknown>, metadata: Record<string, string>): string {
  return digestOfTexts(canonicalJson(fields), canonicalJson(metadata))
}

/** `stateDigest` of the canonical texts of an object's fields and metadata, already made. */
function digestOfTexts(fieldsText: string, metadataText: string): string {
  return hashText(`{"fields":${fieldsText},"metadata":${metadataText}}`)
}

/** `stateDigest` with the fields' text kept: a remote object's (its fingerprint needs it too), or any in `watch`. */
function keptTextDigest(fields: Record<string, unknown>, metadata: Record<string, string>): string {
  // The text `digest({ fields, metadata })` hashes, with the fields' part made once per object.
  return digestOfTexts(canonicalOf(fields), canonicalJson(metadata))
}

/**
 * A remote object's fields as canonical JSON, made once: a plan hashes them for the object's state
 * and again for the model's fingerprint (and `watch` diffs one read against many saves). Fields
 * are never changed once read. Lives as long as what TMI held is kept, no longer.
 */
const canonicalTexts = new WeakMap<object, string>()
function canonicalOf(fields: Record<string, unknown>): string {
  let text = canonicalTexts.get(fields)
  if (text === undefined) {
    text = flat(canonicalJson(fields))
    canonicalTexts.set(fields, text)
  }
  return text
}

function hashText(text: string): string {
  return hash('sha256', text).slice(0, 16)
}

/**
 * What TMI holds is read once and diffed against every save by `watch`: the digests of a remote
 * object (by the metadata keys compared) and of a remote model are kept with them, not recomputed.
 */
const remoteDigests = new WeakMap<object, Map<string, string>>()
const fingerprints = new WeakMap<RemoteModel, string>()

function remoteStateDigest(r: Side, managedMeta: Record<string, string>, file: FileState): string {
  // By the fields object, which is never changed once read (the model's Side is made per diff).
  const byMeta = remoteDigests.get(r.fields) ?? new Map<string, string>()
  remoteDigests.set(r.fields, byMeta)
  const metaText = canonicalJson(managedMeta)
  let d = byMeta.get(metaText)
  if (d === undefined) {
    if (sameJson(r.fields, file.fields)) {
      // The file's fields exactly (most objects of a plan): the file's text is TMI's, made once,
      // and kept for the model's fingerprint; flat, or its pieces would cost many times its size.
      if (!canonicalTexts.has(r.fields)) canonicalTexts.set(r.fields, flat(file.fieldsText))
      d = metaText === file.metadataText ? file.digest : digestOfTexts(file.fieldsText, metaText)
    } else d = keptTextDigest(r.fields, managedMeta)
    byMeta.set(metaText, d)
  }
  return d
}

/** A desired object's state as `decide` made it: what the remote side is compared with. */
interface FileState {
  fields: Record<string, unknown>
  fieldsText: string
  metadataText: string
  digest: string
}

/** Built by concatenation, a text is a rope of thousands of pieces: ToNumber flattens it in V8. */
function flat(text: string): string {
  void Number(text)
  return text
}

/** Fingerprint of everything the plan read from TMI for a model: a saved plan is stale if it moved. */
export function fingerprint(remote: RemoteModel): string {
  const known = fingerprints.get(remote)
  if (known !== undefined) return known
  const computed = computeFingerprint(remote)
  fingerprints.set(remote, computed)
  return computed
}

/**
 * `digest` of `{ id, fields, metadata, d, objects }` (objects as `[kind, id, key, fields, metadata,
 * appliedDigest]`, in order of kind and id), its text put together from each object's canonical
 * fields, made once (`canonicalOf`). Its value is recorded in TMI (sync stamps): it must not move.
 */
function computeFingerprint(remote: RemoteModel): string {
  // TMI's list order is its own (newest first, by id on ties): never part of what was planned against.
  const objects = remote.objects
    .map((o) => ({ order: `${o.kind}:${o.id}`, o }))
    .sort((a, b) => a.order.localeCompare(b.order))
    .map(
      ({ o }) =>
        `[${JSON.stringify(o.kind)},${JSON.stringify(o.id)},${o.key === undefined ? 'null' : JSON.stringify(o.key)},${canonicalOf(o.fields)},${canonicalJson(o.metadata)},${o.appliedDigest === undefined ? 'null' : JSON.stringify(o.appliedDigest)}]`,
    )
  const d = remote.appliedDigest === undefined ? 'null' : JSON.stringify(remote.appliedDigest)
  return hashText(
    `{"d":${d},"fields":${canonicalOf(remote.fields)},"id":${JSON.stringify(remote.id)},"metadata":${canonicalJson(remote.metadata)},"objects":[${objects.join(',')}]}`,
  )
}

/** Pure: what must happen for TMI to hold `desired`, given what it holds (`remote`, if found). */
export function diffModel(
  desired: DesiredModel,
  remote: RemoteModel | undefined,
  options: DiffOptions,
  source = 'default',
): ModelPlan {
  const name = String(desired.fields.name)
  const plan: ModelPlan = {
    source,
    key: desired.key,
    file: desired.file,
    name,
    action: remote ? 'update' : 'create',
    is_confidential: desired.isConfidential,
    server_authorization: remote?.serverAuthorization ?? [],
    // Set once every object is decided: their texts, made then, are the fingerprint's too.
    remote_fingerprint: null,
    changes: [],
  }
  if (remote) plan.threat_model_id = remote.id
  plan.changes.push(
    decide(
      {
        kind: 'threat_model',
        key: desired.key,
        fields: desired.fields,
        metadata: desired.metadata,
        ...(desired.fieldsText === undefined ? {} : { fieldsText: desired.fieldsText }),
      },
      remote
        ? {
            id: remote.id,
            fields: remote.fields,
            metadata: remote.metadata,
            ...(remote.appliedDigest ? { appliedDigest: remote.appliedDigest } : {}),
          }
        : undefined,
      name,
      options,
    ),
  )
  for (const kind of KINDS) {
    const wanted = desired.objects.filter((o) => o.kind === kind)
    const claims = new Map<string, RemoteObject[]>()
    for (const o of remote?.objects ?? [])
      if (o.kind === kind && o.key !== undefined) claims.set(o.key, [...(claims.get(o.key) ?? []), o])
    const managed = new Map<string, RemoteObject>()
    for (const [key, copies] of claims) {
      // Two live copies of one key (two applies that ran at once): the earliest is the object, the
      // others are reported as duplicates, and deleted under --prune (tmi-sync created them).
      const kept = earliest(copies.map((o) => ({ ...o, created_at: o.createdAt })))
      managed.set(key, copies.find((o) => o.id === kept.id) as RemoteObject)
      for (const copy of copies)
        if (copy.id !== kept.id) plan.changes.push(duplicate(kind, key, copy, kept.id, options))
    }
    for (const d of wanted)
      plan.changes.push(decide(d, managed.get(d.key), displayName(d.fields, d.key), options))
    const keys = new Set(wanted.map((d) => d.key))
    for (const [key, r] of managed) if (!keys.has(key)) plan.changes.push(removal(kind, key, r, options))
  }
  if (remote && plan.changes.every((c) => c.action === 'unchanged')) plan.action = 'unchanged'
  if (remote) plan.remote_fingerprint = fingerprint(remote)
  return plan
}

type Side = {
  id: string
  fields: Record<string, unknown>
  metadata: Record<string, string>
  appliedDigest?: string
  rawMetadata?: RemoteObject['rawMetadata']
  unmarked?: boolean
}

function decide(
  d: Pick<DesiredObject, 'key' | 'fields' | 'metadata' | 'fieldsText'> & {
    kind: DesiredObject['kind'] | 'threat_model'
  },
  r: Side | undefined,
  name: string,
  options: DiffOptions,
): ObjectChange {
  // `stateDigest`, with the texts kept for the remote side (and, in `watch`, for the next save).
  const fieldsText = d.fieldsText ?? (options.keepTexts ? canonicalOf(d.fields) : canonicalJson(d.fields))
  if (options.keepTexts && d.fieldsText !== undefined) canonicalTexts.set(d.fields, flat(d.fieldsText))
  const metadataText = canonicalJson(d.metadata)
  const desiredDigest = digestOfTexts(fieldsText, metadataText)
  const base: ObjectChange = {
    kind: d.kind,
    key: d.key,
    name,
    action: 'create',
    reason: '',
    changes: [],
    desired: { fields: d.fields, metadata: d.metadata },
    digest: desiredDigest,
  }
  if (!r) return { ...base, reason: 'not in TMI yet', changes: fieldChanges({}, {}, d.fields, d.metadata) }
  const withRemote = { ...base, id: r.id, ...(r.rawMetadata ? { remote_metadata: r.rawMetadata } : {}) }
  // Only the file's metadata keys are managed: keys others added in TMI are neither diffed nor drift.
  const managedMeta = Object.fromEntries(Object.entries(r.metadata).filter(([k]) => k in d.metadata))
  const remoteDigest = remoteStateDigest(r, managedMeta, {
    fields: d.fields,
    fieldsText,
    metadataText,
    digest: desiredDigest,
  })
  if (remoteDigest === desiredDigest) {
    // Nothing is written for it, so it carries nothing to write: most objects of a plan of
    // thousands are unchanged, and their state would be most of what the plan holds.
    if (r.appliedDigest === desiredDigest) {
      const { desired: _written, ...unchanged } = base
      return { ...unchanged, id: r.id, action: 'unchanged', reason: 'matches the file' }
    }
    return {
      ...withRemote,
      action: 'update',
      reason: 'matches the file; records what tmi-sync applied',
      changes: [],
    }
  }
  // Ours by its derived id but stripped of our metadata, and not what the file says: someone
  // replaced it in TMI (an interrupted apply leaves exactly the file's state, handled above).
  // Field by field only where they differ: most objects of a plan are unchanged.
  const changes = fieldChanges(r.fields, managedMeta, d.fields, d.metadata)
  const drifted = r.unmarked === true || (r.appliedDigest !== undefined && r.appliedDigest !== remoteDigest)
  if (!drifted) return { ...withRemote, action: 'update', reason: 'changed in the file', changes }
  const why = r.unmarked
    ? 'replaced in TMI without its tmi-sync metadata'
    : r.appliedDigest === desiredDigest
      ? 'changed in TMI since the last apply'
      : 'changed both in TMI and in the file since the last apply'
  // Marked whatever the policy does with it: an edit in TMI that is overwritten is still shown.
  const inTmi = { ...withRemote, drift: true as const, changes }
  if (options.onDrift === 'overwrite')
    return { ...inTmi, action: 'update', reason: `${why}; --on-drift=overwrite replaces it` }
  if (options.onDrift === 'skip')
    return { ...inTmi, action: 'skip', reason: `${why}; --on-drift=skip leaves it` }
  return { ...inTmi, action: 'conflict', reason: why }
}

function removal(kind: Kind, key: string, r: RemoteObject, options: DiffOptions): ObjectChange {
  const name = displayName(r.fields, key)
  const base = { kind, key, name, id: r.id, changes: [], remote_metadata: r.rawMetadata }
  return options.prune
    ? { ...base, action: 'delete', reason: 'no longer in the file; created by tmi-sync; --prune' }
    : { ...base, action: 'orphan', reason: 'no longer in the file; --prune would delete it' }
}

function duplicate(
  kind: Kind,
  key: string,
  r: RemoteObject,
  keptId: string,
  options: DiffOptions,
): ObjectChange {
  const base = {
    kind,
    key,
    name: displayName(r.fields, key),
    id: r.id,
    changes: [],
    remote_metadata: r.rawMetadata,
  }
  const why = `a second copy of "${key}" (${keptId} is kept), left by two applies at once`
  return options.prune
    ? { ...base, action: 'delete', reason: `${why}; --prune` }
    : { ...base, action: 'orphan', reason: `${why}; --prune would delete it` }
}

/** Field-level differences, old → new; diagram cells compared one by one. */
export function fieldChanges(
  oldFields: Record<string, unknown>,
  oldMeta: Record<string, string>,
  newFields: Record<string, unknown>,
  newMeta: Record<string, string>,
): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of union(Object.keys(oldFields), Object.keys(newFields))) {
    const [o, n] = [oldFields[field], newFields[field]]
    if (canonicalJson(o) === canonicalJson(n)) continue
    if (field === 'cells' && Array.isArray(n))
      out.push(
        ...cellChanges(
          (o as Array<Record<string, unknown>> | undefined) ?? [],
          n as Array<Record<string, unknown>>,
        ),
      )
    else out.push(entry(field, o, n))
  }
  const own = (m: Record<string, string>, k: string) => (Object.hasOwn(m, k) ? m[k] : undefined)
  for (const k of union(Object.keys(oldMeta), Object.keys(newMeta))) {
    if (own(oldMeta, k) !== own(newMeta, k))
      out.push(entry(`metadata.${k}`, own(oldMeta, k), own(newMeta, k)))
  }
  return out
}

function cellChanges(
  oldCells: Array<Record<string, unknown>>,
  newCells: Array<Record<string, unknown>>,
): FieldChange[] {
  const before = new Map(oldCells.map((c) => [String(c.id), c]))
  const after = new Map(newCells.map((c) => [String(c.id), c]))
  const out: FieldChange[] = []
  for (const id of union([...before.keys()], [...after.keys()])) {
    const [o, n] = [before.get(id), after.get(id)]
    if (canonicalJson(o) !== canonicalJson(n)) out.push(entry(`cells[${id}]`, o, n))
  }
  return out
}

function entry(field: string, o: unknown, n: unknown): FieldChange {
  const c: FieldChange = { field }
  if (o !== undefined) c.old = o
  if (n !== undefined) c.new = n
  return c
}

function displayName(fields: Record<string, unknown>, key: string): string {
  const name = fields.name ?? fields.uri
  return typeof name === 'string' ? name : key
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort()
}

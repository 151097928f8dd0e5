import type { ThreatModelFile } from '../format/native.js'
import { canonicalJson } from '../model/ids.js'
import { desiredModel, KINDS, MODEL_FIELDS, PLURAL, type Kind } from '../model/desired.js'
import type { RemoteModel } from '../model/remote.js'
import { stateDigest } from './diff.js'

/**
 * Pull's three-way merge of one file with what TMI holds, so that pulling never loses what a person
 * wrote in the file and did not apply yet (an edit, an added item, uncommitted work).
 *
 * The base of the merge is what tmi-sync last applied. TMI keeps only its digest (`tmi-sync-digest`,
 * per object), not its content, but that is enough: where the file and TMI differ, each differing
 * field was changed by one side or by both. If by one side only, the base holds, field by field,
 * either the file's value or TMI's; exactly one such combination has the recorded digest, and it
 * says which side changed which field. No combination matches when both sides changed a field
 * (or changed one alike): that object is a conflict.
 */
export interface MergeResult {
  merged: ThreatModelFile
  /** Objects changed on both sides: the file must not be written. */
  conflicts: string[]
  /** What the file keeps although TMI does not hold it (or holds it otherwise), for the user to see. */
  kept: string[]
  /**
   * Objects merged field by field: the file now holds all TMI changed, so TMI's state is the new
   * base (`digest`, to record as applied), and the next plan shows only the file's own edits.
   */
  rebased: Array<{ kind: Kind | 'threat_model'; key: string; digest: string }>
}

type Side = { fields: Record<string, unknown>; metadata: Record<string, string> }
type Resolution =
  | { take: 'file' }
  | { take: 'tmi' }
  | { take: 'merge'; fromTmi: string[] }
  | { take: 'conflict'; units: string[] }

/** More differing fields than this are not searched (2^n digests): a conflict instead. */
const MAX_SEARCH = 12

/** Fields are `f:NAME`, metadata keys `m:KEY`: the units a merge takes from one side or the other. */
function units(side: Side): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(side.fields)) if (v !== undefined) out.set(`f:${k}`, canonicalJson(v))
  for (const [k, v] of Object.entries(side.metadata)) out.set(`m:${k}`, canonicalJson(v))
  return out
}

function sideFrom(values: Map<string, string>): Side {
  const side: Side = { fields: {}, metadata: {} }
  for (const [unit, json] of values) {
    const value = JSON.parse(json) as unknown
    if (unit.startsWith('f:')) side.fields[unit.slice(2)] = value
    else side.metadata[unit.slice(2)] = value as string
  }
  return side
}

/** Which side's state an object takes, given the digest of what was last applied (if recorded). */
export function resolveObject(file: Side, tmi: Side, applied: string | undefined): Resolution {
  const digestOf = (s: Side) => stateDigest(s.fields, s.metadata)
  const [f, t] = [digestOf(file), digestOf(tmi)]
  if (f === t) return { take: 'file' }
  // Nothing recorded (a model just adopted with --id): TMI's state is all there is to compare with.
  if (applied === undefined || f === applied) return { take: 'tmi' }
  if (t === applied) return { take: 'file' }
  const [fu, tu] = [units(file), units(tmi)]
  const differing = [...new Set([...fu.keys(), ...tu.keys()])].filter((u) => fu.get(u) !== tu.get(u)).sort()
  if (differing.length > MAX_SEARCH) return { take: 'conflict', units: differing }
  for (let mask = 0; mask < 1 << differing.length; mask++) {
    // Bit set: the base had TMI's value (the file changed that field); clear: the file's (TMI did).
    const base = new Map(fu)
    differing.forEach((u, i) => {
      const value = mask & (1 << i) ? tu.get(u) : fu.get(u)
      if (value === undefined) base.delete(u)
      else base.set(u, value)
    })
    if (digestOf(sideFrom(base)) === applied)
      return { take: 'merge', fromTmi: differing.filter((_, i) => !(mask & (1 << i))) }
  }
  return { take: 'conflict', units: differing }
}

type Raw = Record<string, unknown>

/** The file's raw object with the units TMI changed taken from TMI's raw object. */
function patch(fileRaw: Raw, tmiRaw: Raw, fromTmi: string[]): Raw {
  const out = structuredClone(fileRaw)
  for (const unit of fromTmi) {
    const name = unit.slice(2)
    if (unit.startsWith('f:')) {
      if (name in tmiRaw) out[name] = structuredClone(tmiRaw[name])
      else delete out[name]
    } else {
      const theirs = (tmiRaw.metadata as Record<string, string> | undefined) ?? {}
      const mine = { ...((out.metadata as Record<string, string> | undefined) ?? {}) }
      if (Object.hasOwn(theirs, name)) mine[name] = theirs[name] as string
      else delete mine[name]
      if (Object.keys(mine).length > 0) out.metadata = mine
      else delete out.metadata
    }
  }
  return out
}

const label = (kind: Kind | 'threat_model', key: string) => `${kind} ${key}`
const fieldList = (us: string[]) =>
  us.map((u) => (u.startsWith('m:') ? `metadata.${u.slice(2)}` : u.slice(2))).join(', ')

/**
 * Merges `exported` (TMI's model as a file) into `current` (the file as it is), keeping the file's
 * text for everything TMI did not change. Items the file has and TMI does not are kept (added in the
 * file and not applied yet, or deleted in TMI: the next plan shows them as creates). Items TMI has
 * and the file does not are added, unless tmi-sync applied them and the file has since removed them.
 */
export function mergeModel(
  current: ThreatModelFile,
  exported: ThreatModelFile,
  remote: RemoteModel,
  path: string,
): MergeResult {
  const was = desiredModel(current, path)
  const now = desiredModel(exported, path)
  const conflicts: string[] = []
  const kept: string[] = []
  const rebased: MergeResult['rebased'] = []
  const currentRaw = current as unknown as Raw
  const exportedRaw = exported as unknown as Raw
  const modelKeys: string[] = [...MODEL_FIELDS, 'authorization', 'metadata']
  const modelOf = (raw: Raw) => Object.fromEntries(modelKeys.filter((k) => k in raw).map((k) => [k, raw[k]]))
  const mergedModel = resolveInto(
    'threat_model',
    current.key,
    { fields: was.fields, metadata: was.metadata },
    { fields: now.fields, metadata: now.metadata },
    remote.appliedDigest,
    modelOf(currentRaw),
    modelOf(exportedRaw),
  )
  const out: Raw = { ...structuredClone(currentRaw) }
  for (const k of modelKeys) delete out[k]
  Object.assign(out, mergedModel)

  for (const kind of KINDS) {
    const list = PLURAL[kind]
    const fileItems = (currentRaw[list] as Raw[] | undefined) ?? []
    const tmiItems = (exportedRaw[list] as Raw[] | undefined) ?? []
    const desiredOf = (model: typeof was, key: string) =>
      model.objects.find((o) => o.kind === kind && o.key === key)
    const remoteOf = (key: string) => remote.objects.find((o) => o.kind === kind && (o.key ?? o.id) === key)
    const items: Raw[] = []
    for (const fileItem of fileItems) {
      const key = String(fileItem.key)
      const tmiItem = tmiItems.find((i) => i.key === key)
      if (!tmiItem) {
        items.push(fileItem)
        kept.push(`${label(kind, key)} is in the file and not in TMI (added in the file, or deleted in TMI)`)
        continue
      }
      const d = desiredOf(was, key) as NonNullable<ReturnType<typeof desiredOf>>
      const n = desiredOf(now, key) as NonNullable<ReturnType<typeof desiredOf>>
      items.push(resolveInto(kind, key, d, n, remoteOf(key)?.appliedDigest, fileItem, tmiItem))
    }
    for (const tmiItem of tmiItems) {
      const key = String(tmiItem.key)
      if (fileItems.some((i) => i.key === key)) continue
      const r = remoteOf(key)
      const n = desiredOf(now, key) as NonNullable<ReturnType<typeof desiredOf>>
      if (r?.appliedDigest === undefined) items.push(tmiItem)
      else if (stateDigest(n.fields, n.metadata) !== r.appliedDigest)
        conflicts.push(`${label(kind, key)}: removed in the file, and changed in TMI since the last apply`)
      else
        kept.push(
          `${label(kind, key)} was removed in the file and is still in TMI: the next apply with --prune deletes it`,
        )
    }
    if (items.length > 0) out[list] = items
    else delete out[list]
  }
  return { merged: out as unknown as ThreatModelFile, conflicts, kept, rebased }

  function resolveInto(
    kind: Kind | 'threat_model',
    key: string,
    file: Side,
    tmi: Side,
    applied: string | undefined,
    fileRaw: Raw,
    tmiRaw: Raw,
  ) {
    const what = label(kind, key)
    const r = resolveObject(file, tmi, applied)
    if (r.take === 'file') {
      // TMI still holds what was applied, the file moved on: the edit waits for the next apply.
      if (stateDigest(tmi.fields, tmi.metadata) !== stateDigest(file.fields, file.metadata))
        kept.push(`${what} keeps the file's edit, not applied yet`)
      return fileRaw
    }
    if (r.take === 'tmi') return tmiRaw
    if (r.take === 'merge') {
      kept.push(`${what}: TMI's ${fieldList(r.fromTmi)} merged with the file's own edit`)
      rebased.push({ kind, key, digest: stateDigest(tmi.fields, tmi.metadata) })
      return patch(fileRaw, tmiRaw, r.fromTmi)
    }
    conflicts.push(`${what}: changed in the file and in TMI (${fieldList(r.units)})`)
    return fileRaw
  }
}

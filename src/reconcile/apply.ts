import { UserError } from '../common/errors.js'
import { PLURAL, type Kind } from '../model/desired.js'
import { earliest } from '../model/claims.js'
import { itemUuid } from '../model/ids.js'
import { META, metadataMap } from '../model/remote.js'
import type { ModelPlan, ObjectChange, OnDrift, Plan } from './plan.js'

type Json = Record<string, unknown>
type Meta = Array<{ key: string; value: string }>
type BulkKind = 'threats' | 'assets' | 'documents' | 'repositories'

/** What apply needs from TMI; the TMI client implements it. Declared here so apply stays testable. */
export interface TmiPort {
  createThreatModel(input: Json): Promise<{ id: string; created_at?: string }>
  patchThreatModel(
    id: string,
    ops: Array<{ op: 'add' | 'replace' | 'remove'; path: string; value?: unknown }>,
  ): Promise<unknown>
  patchMetadata(target: { threatModel: string }, entries: Meta): Promise<unknown>
  bulkCreate(threatModel: string, kind: BulkKind, items: Json[]): Promise<unknown[]>
  bulkUpdate(threatModel: string, kind: BulkKind, items: Json[]): Promise<unknown[]>
  bulkDeleteThreats(threatModel: string, ids: string[]): Promise<unknown>
  deleteItem(
    threatModel: string,
    kind: 'assets' | 'documents' | 'repositories' | 'notes' | 'diagrams',
    id: string,
  ): Promise<void>
  createDiagram(threatModel: string, name: string): Promise<{ id: string; created_at?: string }>
  updateDiagram(threatModel: string, id: string, input: Json): Promise<unknown>
  createNote(threatModel: string, note: Json): Promise<{ id: string; created_at?: string }>
  updateNote(threatModel: string, id: string, note: Json): Promise<unknown>
  deleteThreatModel(id: string): Promise<void>
  // Reads that settle a race with another apply running at the same moment (see `settle*`).
  /** The live threat models with these names (exactly), each with its id and when it was created. */
  liveThreatModels(names: string[]): Promise<Array<{ id: string; name: string; created_at?: string }>>
  /** None when the model is gone: the other run deleted its copy between the listing and this read. */
  threatModelMetadata(id: string): Promise<Meta>
  /** Ids of the live items of one kind. */
  liveIds(threatModel: string, kind: BulkKind): Promise<Set<string>>
  /** Live diagrams or notes, each with its name, created_at, metadata (and a diagram's cells). */
  liveItems(threatModel: string, kind: 'diagrams' | 'notes'): Promise<Json[]>
}

export interface ModelResult {
  key: string
  file: string
  /** `deleted`: a threat model no file claims, pruned (`Plan.orphaned_models`). */
  status: 'applied' | 'unchanged' | 'failed' | 'refused' | 'deleted'
  threatModelId?: string
  /** Set when this run created the threat model: `settleCreatedModels` compares it with others. */
  created?: { at?: string; name: string }
  error?: string
  /** The failure will not pass by itself (a refusal): rerunning alone does not help. */
  permanent?: boolean
  writes: number
  /**
   * Once applied: the TMI id of each object (`kind:key`), those TMI chose included, so that what
   * TMI now holds can be told without reading it back (`appliedState`).
   */
  ids?: Record<string, string>
}

export class DriftRefusal extends Error {
  readonly conflicts: ObjectChange[]
  constructor(conflicts: ObjectChange[]) {
    super(
      `${conflicts.length} object(s) were changed in TMI since the last apply; refusing (--on-drift=fail)`,
    )
    this.conflicts = conflicts
  }
}

const MAX_GENERATIONS = 5

/** Refuses the whole apply, before any write, when a conflict stands and drift must fail. */
export function checkDrift(plan: Plan, onDrift: OnDrift): void {
  const conflicts = plan.models.flatMap((m) => m.changes.filter((c) => c.action === 'conflict'))
  if (conflicts.length > 0 && onDrift === 'fail') throw new DriftRefusal(conflicts)
}

/** Applies one model's plan. Stops at the first failure: everything written so far is consistent, and a rerun converges. */
export async function applyModel(
  model: ModelPlan,
  port: TmiPort,
  source: string,
  onEvent?: (e: string) => void,
): Promise<ModelResult> {
  const result: ModelResult = { key: model.key, file: model.file, status: 'unchanged', writes: 0 }
  const active = model.changes.filter(
    (c) => c.action === 'create' || c.action === 'update' || c.action === 'delete',
  )
  if (active.length === 0) {
    if (model.threat_model_id) result.threatModelId = model.threat_model_id
    return result
  }
  const counted = async <T>(p: Promise<T>): Promise<T> => {
    const v = await p
    result.writes++
    return v
  }
  try {
    const tmChange = model.changes.find((c) => c.kind === 'threat_model') as ObjectChange
    const { id: tm, createdAt } = await applyThreatModel(model, tmChange, port, source, counted)
    result.threatModelId = tm
    if (tmChange.action === 'create')
      result.created = {
        name: String(tmChange.desired?.fields.name),
        ...(createdAt ? { at: createdAt } : {}),
      }
    const ids = new Map<string, string>(
      model.changes
        .filter((c) => c.id && c.kind !== 'threat_model' && c.action !== 'delete' && c.action !== 'orphan')
        .map((c) => [`${c.kind}:${c.key}`, c.id as string]),
    )
    const ctx: Ctx = {
      tm,
      port,
      counted,
      ids,
      source,
      deferred: [],
      createdHere: tmChange.action === 'create',
    }
    for (const kind of ['asset', 'diagram', 'threat', 'document', 'repository', 'note'] as const) {
      const changes = model.changes.filter(
        (c) => c.kind === kind && (c.action === 'create' || c.action === 'update'),
      )
      if (changes.length > 0) {
        onEvent?.(`${model.key}: ${changes.length} ${PLURAL[kind]}`)
        await WRITERS[kind](ctx, changes)
      }
    }
    await prune(
      ctx,
      model.changes.filter((c) => c.action === 'delete'),
    )
    if (ctx.deferred.length > 0) {
      result.status = 'failed'
      result.error = `${ctx.deferred.join('; ')}: everything else was applied; rerun apply once it is closed`
    } else {
      result.status = 'applied'
      result.ids = Object.fromEntries(ctx.ids)
    }
  } catch (e) {
    result.status = 'failed'
    result.error = e instanceof Error ? e.message : String(e)
    if (e instanceof UserError && e.permanent) result.permanent = true
    const groups = unknownGroupSuspects(model, e)
    if (groups.length > 0) {
      result.error += `; TMI answers 500 when an access list names a group it has no record of (${groups.join(', ')}): a TMI administrator creates it first (POST /admin/groups)`
      result.permanent = true
    }
  }
  return result
}

/** TMI's own groups: it always has a row for them. */
const BUILT_IN_GROUPS = new Set(['everyone', 'tmi-automation', 'security-reviewers', 'administrators'])

/**
 * The groups a failed threat-model write may have stumbled on: TMI 1.8.22 answers 500 to an access
 * list naming a group it has no row for (`G:api/database_store_gorm.go:116-139`), and says no more.
 * `everyone` is TMI's whatever its provider; the others of TMI's own only with provider `tmi`.
 */
function unknownGroupSuspects(model: ModelPlan, e: unknown): string[] {
  const failed = e as { status?: number; path?: string }
  if (failed.status !== 500 || !/^\/threat_models(\/[^/]+)?$/.test(failed.path ?? '')) return []
  const tmChange = model.changes.find((c) => c.kind === 'threat_model')
  const acl = (tmChange?.desired?.fields.authorization ?? []) as Array<Record<string, unknown>>
  const builtIn = (a: Record<string, unknown>) =>
    a.provider_id === 'everyone' || (a.provider === 'tmi' && BUILT_IN_GROUPS.has(String(a.provider_id)))
  return acl
    .filter((a) => a.principal_type === 'group' && !builtIn(a))
    .map((a) => `${String(a.provider)}:${String(a.provider_id)}`)
}

interface Ctx {
  tm: string
  port: TmiPort
  counted: <T>(p: Promise<T>) => Promise<T>
  /** `kind:key` → server id, for references and updates. */
  ids: Map<string, string>
  source: string
  /** Writes TMI refused for now (a diagram being edited live); the rest of the model is applied. */
  deferred: string[]
  /**
   * This run created the threat model: no other run writes into it (a copy made at the same moment
   * is settled whole, at the end: `settleCreatedModels`), so its diagrams and notes need no settling.
   */
  createdHere: boolean
}

async function applyThreatModel(
  model: ModelPlan,
  c: ObjectChange,
  port: TmiPort,
  source: string,
  counted: Ctx['counted'],
): Promise<{ id: string; createdAt?: string }> {
  const fields = c.desired?.fields ?? {}
  const ours = (digest: string): Meta => [
    { key: META.source, value: source },
    { key: META.key, value: model.key },
    { key: META.format, value: '1' },
    { key: META.digest, value: digest },
  ]
  if (c.action === 'create') {
    // The digest covers the model's own fields and metadata, which this one request writes; items
    // carry their own digests, so a failure later in the apply leaves nothing misrecorded.
    const metadata = [...toMeta(c.desired?.metadata ?? {}), ...ours(c.digest ?? '')]
    const created = await counted(
      port.createThreatModel({ ...fields, is_confidential: model.is_confidential, metadata }),
    )
    return { id: created.id, ...(created.created_at ? { createdAt: created.created_at } : {}) }
  }
  const tm = model.threat_model_id as string
  if (c.action !== 'update') return { id: tm }
  const ops: Array<{ op: 'add' | 'replace' | 'remove'; path: string; value?: unknown }> = []
  for (const ch of c.changes) {
    if (ch.field.startsWith('metadata.')) continue
    if (ch.field === 'authorization')
      ops.push({
        op: 'replace',
        path: '/authorization',
        value: [...model.server_authorization, ...((ch.new as unknown[]) ?? [])],
      })
    else if (ch.new === undefined) ops.push({ op: 'remove', path: `/${ch.field}` })
    else ops.push({ op: 'replace', path: `/${ch.field}`, value: ch.new })
  }
  if (ops.length > 0) await counted(port.patchThreatModel(tm, ops))
  // After the fields: if this fails, the next plan sees the fields applied but not recorded.
  const metadata = [...toMeta(c.desired?.metadata ?? {}), ...ours(c.digest ?? '')]
  await counted(port.patchMetadata({ threatModel: tm }, metadata))
  return { id: tm }
}

/**
 * Another apply of the same files may have created the same threat models at the same moment. Once
 * every model is applied, a listing by name finds models of the same name; of those claiming the same
 * source and key, every run keeps the earliest (`earliest`), and a run whose copy is not it deletes
 * its copy, whole. Each run wrote only into its own copy, so nothing is mixed; whichever order the
 * creates landed in, one model stays.
 */
export async function settleCreatedModels(
  port: TmiPort,
  results: ModelResult[],
  sources: string[],
): Promise<void> {
  const created = results.flatMap((r, i) =>
    r.created && r.threatModelId ? [{ r, source: sources[i] as string }] : [],
  )
  if (created.length === 0) return
  const live = await port.liveThreatModels([...new Set(created.map(({ r }) => r.created?.name ?? ''))])
  for (const { r, source } of created) {
    const ours = { id: r.threatModelId as string, ...(r.created?.at ? { created_at: r.created.at } : {}) }
    const claimants = [ours]
    for (const other of live.filter((m) => m.name === r.created?.name && m.id !== ours.id)) {
      const meta = metadataMap(await port.threatModelMetadata(other.id))
      if (meta[META.source] === source && meta[META.key] === r.key) claimants.push(other)
    }
    const kept = earliest(claimants)
    if (kept.id === ours.id) continue
    await port.deleteThreatModel(ours.id)
    r.threatModelId = kept.id
    // The model kept is another run's: its objects' ids are not the ones this apply wrote.
    delete r.ids
    r.writes++
  }
}

/**
 * The same for a diagram or a note, whose ids TMI chooses: after creating one, keep the earliest
 * of the live ones claiming its key (or, for a diagram, empty and unmarked with its name: another
 * run's, created a moment ago and not yet written), deleting ours if it is not that one.
 */
async function settleItem(
  ctx: Ctx,
  kind: 'diagrams' | 'notes',
  created: { id: string; created_at?: string },
  c: ObjectChange,
): Promise<string> {
  if (ctx.createdHere) return created.id
  const claimants = [created]
  for (const item of await ctx.port.liveItems(ctx.tm, kind)) {
    const id = String(item.id)
    if (id === created.id) continue
    const meta = metadataMap(item.metadata)
    const pending =
      kind === 'diagrams' &&
      Object.keys(meta).length === 0 &&
      ((item.cells as unknown[] | undefined) ?? []).length === 0 &&
      item.name === c.desired?.fields.name
    if (meta[META.key] === c.key || pending)
      claimants.push({ id, ...(typeof item.created_at === 'string' ? { created_at: item.created_at } : {}) })
  }
  const kept = earliest(claimants)
  if (kept.id !== created.id) await ctx.counted(ctx.port.deleteItem(ctx.tm, kind, created.id))
  return kept.id
}

/** Metadata to write on an item: what others added (kept), the file's, and tmi-sync's own. */
export function itemMetadata(c: ObjectChange, source: string): Meta {
  const mine = new Set([...Object.keys(c.desired?.metadata ?? {}), META.key, META.digest, META.source])
  return [
    ...(c.remote_metadata ?? []).filter((m) => !mine.has(m.key)),
    ...toMeta(c.desired?.metadata ?? {}),
    { key: META.source, value: source },
    { key: META.key, value: c.key },
    { key: META.digest, value: c.digest ?? '' },
  ]
}

/** Key-space references → server ids. */
function resolve(ctx: Ctx, c: ObjectChange): Json {
  const { asset, diagram, cell, cells, ...fields } = c.desired?.fields ?? {}
  const out: Json = { ...fields }
  if (typeof asset === 'string') out.asset_id = ctx.ids.get(`asset:${asset}`) ?? null
  if (typeof diagram === 'string') out.diagram_id = ctx.ids.get(`diagram:${diagram}`) ?? null
  if (typeof cell === 'string') out.cell_id = cell
  if (Array.isArray(cells)) {
    out.cells = (cells as Json[]).map(({ assets, ...cellFields }) => {
      const ids = Array.isArray(assets)
        ? assets.map((k) => ctx.ids.get(`asset:${String(k)}`)).filter(Boolean)
        : []
      return ids.length > 0
        ? { ...cellFields, data: { ...(cellFields.data ?? {}), data_assets: ids } }
        : cellFields
    })
  }
  return out
}

/** Bulk kinds: create with tmi-sync's derived ids (past any tombstone), update by full replacement. */
async function writeBulk(
  ctx: Ctx,
  kind: 'asset' | 'threat' | 'document' | 'repository',
  changes: ObjectChange[],
): Promise<void> {
  const plural = PLURAL[kind]
  const creates = changes.filter((c) => c.action === 'create')
  for (const c of creates) ctx.ids.set(`${kind}:${c.key}`, itemUuid(ctx.tm, kind, c.key))
  // A bulk create saves no metadata, whatever the kind (TMI 1.8.22: each handler only sanitises it,
  // `G:api/threat_store_gorm.go:882`, `G:api/asset_store_gorm.go:455-510`,
  // `G:api/document_store_gorm.go:509`, `G:api/repository_store_gorm.go:500`): every item created
  // gets its metadata in the bulk PUT below, which saves it.
  const createBody = (c: ObjectChange): Json => ({
    ...resolve(ctx, c),
    id: ctx.ids.get(`${kind}:${c.key}`),
  })
  if (creates.length > 0) {
    try {
      await ctx.counted(ctx.port.bulkCreate(ctx.tm, plural, creates.map(createBody)))
    } catch (e) {
      if ((e as { status?: number }).status !== 409) throw e
      // An id is taken: by a live item (another run's, which is this item: the PUT below updates
      // it) or by a tombstone (an item deleted before, now back in the file: one by one, past it).
      const live = await ctx.port.liveIds(ctx.tm, plural)
      for (const c of creates)
        if (!live.has(ctx.ids.get(`${kind}:${c.key}`) as string))
          await createPastTombstones(ctx, kind, c, createBody)
    }
  }
  // The follow-up PUT also stores false booleans, which TMI makes true on create (tmi-api.md §0 item 7).
  const updates = [...creates, ...changes.filter((c) => c.action === 'update')]
  if (updates.length > 0) {
    await ctx.counted(
      ctx.port.bulkUpdate(
        ctx.tm,
        plural,
        updates.map((c) => ({
          ...resolve(ctx, c),
          id: ctx.ids.get(`${kind}:${c.key}`),
          metadata: itemMetadata(c, ctx.source),
        })),
      ),
    )
  }
}

/** Creates one item at the first free generation of its id, or finds that id live (another run's). */
async function createPastTombstones(
  ctx: Ctx,
  kind: 'asset' | 'threat' | 'document' | 'repository',
  c: ObjectChange,
  body: (c: ObjectChange) => Json,
): Promise<void> {
  for (let generation = 1; ; generation++) {
    const id = itemUuid(ctx.tm, kind, c.key, generation)
    ctx.ids.set(`${kind}:${c.key}`, id)
    try {
      await ctx.counted(ctx.port.bulkCreate(ctx.tm, PLURAL[kind], [body(c)]))
      return
    } catch (e) {
      if ((e as { status?: number }).status !== 409 || generation === MAX_GENERATIONS) throw e
      if ((await ctx.port.liveIds(ctx.tm, PLURAL[kind])).has(id)) return
    }
  }
}

async function writeDiagrams(ctx: Ctx, changes: ObjectChange[]): Promise<void> {
  for (const c of changes) {
    let id = ctx.ids.get(`diagram:${c.key}`)
    let created = false
    if (!id) {
      const made = await ctx.counted(ctx.port.createDiagram(ctx.tm, String(c.desired?.fields.name)))
      id = await settleItem(ctx, 'diagrams', made, c)
      created = id === made.id
      ctx.ids.set(`diagram:${c.key}`, id)
    }
    const body = {
      ...resolve(ctx, c),
      type: 'DFD-1.0.0',
      cells: resolve(ctx, c).cells ?? [],
      metadata: itemMetadata(c, ctx.source),
    }
    try {
      await ctx.counted(ctx.port.updateDiagram(ctx.tm, id, body))
    } catch (e) {
      // An empty diagram tmi-sync cannot recognise later would be left behind: take it back.
      if (created) await ctx.port.deleteItem(ctx.tm, 'diagrams', id).catch(() => undefined)
      // TMI refuses diagram writes while people edit it together: apply the rest, say so, and let a
      // rerun finish it (threats can still point at the diagram, which exists).
      else if ((e as { status?: number }).status === 409) {
        ctx.deferred.push(`diagram ${c.key} is open in a live collaboration session in TMI`)
        continue
      }
      throw e
    }
  }
}

async function writeNotes(ctx: Ctx, changes: ObjectChange[]): Promise<void> {
  for (const c of changes) {
    const body = { ...resolve(ctx, c), metadata: itemMetadata(c, ctx.source) }
    const id = ctx.ids.get(`note:${c.key}`)
    if (id) await ctx.counted(ctx.port.updateNote(ctx.tm, id, body))
    else {
      const made = await ctx.counted(ctx.port.createNote(ctx.tm, body))
      const kept = await settleItem(ctx, 'notes', made, c)
      ctx.ids.set(`note:${c.key}`, kept)
      if (hasFalseFlag(c) || kept !== made.id) await ctx.counted(ctx.port.updateNote(ctx.tm, kept, body))
    }
  }
}

const WRITERS: Record<Kind, (ctx: Ctx, changes: ObjectChange[]) => Promise<void>> = {
  asset: (ctx, c) => writeBulk(ctx, 'asset', c),
  threat: (ctx, c) => writeBulk(ctx, 'threat', c),
  document: (ctx, c) => writeBulk(ctx, 'document', c),
  repository: (ctx, c) => writeBulk(ctx, 'repository', c),
  diagram: writeDiagrams,
  note: writeNotes,
}

/** Only what tmi-sync created reaches here (the diff only offers objects with its key). Threats first. */
async function prune(ctx: Ctx, deletions: ObjectChange[]): Promise<void> {
  const threats = deletions.filter((c) => c.kind === 'threat').map((c) => c.id as string)
  if (threats.length > 0) await ctx.counted(ctx.port.bulkDeleteThreats(ctx.tm, threats))
  for (const c of deletions.filter((d) => d.kind !== 'threat' && d.kind !== 'threat_model')) {
    try {
      await ctx.counted(ctx.port.deleteItem(ctx.tm, PLURAL[c.kind as Kind] as 'assets', c.id as string))
    } catch (e) {
      if (c.kind !== 'diagram' || (e as { status?: number }).status !== 409) throw e
      ctx.deferred.push(`diagram ${c.key} is open in a live collaboration session in TMI`)
    }
  }
}

function hasFalseFlag(c: ObjectChange): boolean {
  const f = c.desired?.fields ?? {}
  return f.include_in_report === false || f.timmy_enabled === false
}

function toMeta(map: Record<string, string>): Meta {
  return Object.entries(map).map(([key, value]) => ({ key, value }))
}

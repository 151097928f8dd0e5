import type { Diagnostic } from '../common/diagnostic.js'
import { UserError } from '../common/errors.js'
import { desiredModel, keysOf, type DesiredModel, type Kind } from '../model/desired.js'
import { earliest } from '../model/claims.js'
import { META, metadataMap, remoteModel, type RemoteModel, type RemoteSnapshot } from '../model/remote.js'
import { applyModel, checkDrift, settleCreatedModels, type ModelResult } from '../reconcile/apply.js'
import { diffModel, fingerprint } from '../reconcile/diff.js'
import {
  hasChanges,
  PLAN_FORMAT,
  summarise,
  type ModelPlan,
  type OnDrift,
  type OrphanModel,
  type Plan,
} from '../reconcile/plan.js'
import type { TmiPort } from '../reconcile/apply.js'
import type { TmiClient } from '../tmi/client.js'
import { SERVICE_ACCOUNT_HELP, ServiceAccountRefusal } from '../tmi/errors.js'
import { stripUrlCredentials } from '../common/secrets.js'
import { tmiPort } from '../tmi/port.js'
import { DEFAULT_CONCURRENCY } from '../tmi/request.js'
import { readSnapshot, unlessGone } from '../tmi/snapshot.js'
import type { ThreatModelListItem } from '../tmi/types.js'
import { readSourceFileSync } from '../providers/filesystem.js'
import { nothingFound, validatePaths, type ValidateOptions, type ValidateReport } from './validate.js'

export interface SyncOptions extends ValidateOptions {
  /** Names this set of files: two sources never claim each other's models. */
  source: string
  prune: boolean
  onDrift: OnDrift
  /** Plan nothing without complaint when no model file is found (otherwise an error). */
  allowEmpty?: boolean
  /**
   * Read this threat model and no other: an addon's delegation token is for the one threat model
   * it was invoked on (TMI says it will enforce that), so nothing is listed and no orphan sought.
   */
  threatModel?: string
  /**
   * The threat models as listed once for many plans (a scheduled run's thousand sources): instead
   * of a listing per plan, which would make a run's cost grow with sources times models.
   */
  listed?: ThreatModelListItem[]
  /**
   * The threat models known to hold this source's models (a scheduled run read every model's
   * metadata once): orphans are sought among them only, not in the metadata of every model.
   */
  sourceModels?: ReadonlySet<string>
  /** Return what TMI held for each model (`PlanOutcome.remotes`): `watch` plans its next save from it. */
  keepRemotes?: boolean
}

export type PlanOutcome =
  | {
      ok: true
      plan: Plan
      /** The local files the plan was made from, as read: `assertFilesUnchanged` checks them. */
      read: Array<{ path: string; absolute: string; digest: string }>
      /**
       * What TMI held for each model (by source and key; null: none), for `watch` to plan from
       * again; empty unless `keepRemotes`, so that a plan of thousands does not hold them all.
       */
      remotes: Map<string, RemoteModel | null>
    }
  | { ok: false; diagnostics: Diagnostic[] }

/**
 * Before an apply of a plan just made: every local file must still hold what was read. A file
 * saved while it was read (half a file, half its threats) or edited since is refused, and nothing
 * is sent, rather than applied, or pruned, from a state the file never settled in.
 */
export function assertFilesUnchanged(read: Array<{ path: string; absolute: string; digest: string }>): void {
  for (const f of read) {
    const now = readSourceFileSync(
      { path: f.path, absolute: f.absolute, explicit: true },
      Number.MAX_SAFE_INTEGER,
      true,
    )
    if (now.digest !== f.digest)
      throw new UserError(
        `${f.path} changed while it was planned: nothing was sent to TMI; rerun once it is saved`,
      )
  }
}

/** Validate (nothing is sent for an invalid file), find each model in TMI, and diff. */
export async function planPaths(
  paths: string[],
  client: TmiClient,
  options: SyncOptions,
): Promise<PlanOutcome> {
  const report = await validatePaths(paths, { ...options, digest: true })
  return planReport(report, paths, client, options, undefined, { releaseFiles: true })
}

/** The plan of files already validated (`watch` validates each save once, then plans it). */
export async function planReport(
  report: ValidateReport,
  paths: string[],
  client: TmiClient,
  options: SyncOptions,
  /** What TMI held, read before (`watch`): when it covers every model, nothing is read now. */
  cached?: ReadonlyMap<string, RemoteModel | null>,
  /** The report is the plan's alone: each file's model is let go once its desired model is made. */
  { releaseFiles = false }: { releaseFiles?: boolean } = {},
): Promise<PlanOutcome> {
  const diagnostics = report.files.flatMap((f) => f.diagnostics)
  if (report.summary.invalid > 0) return { ok: false, diagnostics }
  // A plan of nothing is never silent: a wrong path or glob must not look like "No changes".
  if (report.summary.files === 0 && !options.allowEmpty)
    throw new UserError(`${nothingFound(paths, report, options)}; --allow-empty plans nothing on purpose`)
  const modelFiles = report.files.filter((f) => f.model)
  const desired = modelFiles.map((f) => {
    const model = desiredModel(f.model!, f.file)
    if (releaseFiles) delete f.model
    return { source: f.source, model }
  })
  // A plan of files named one by one covers only them: other models of their source are not orphans.
  const named = new Set(modelFiles.filter((f) => f.named).map((f) => f.source))
  const orphanSources = new Set(modelFiles.map((f) => f.source).filter((src) => !named.has(src)))
  const fromCache = cached !== undefined && desired.every((d) => cached.has(identity(d.source, d.model.key)))
  // Each model is diffed as soon as TMI's answer for it is read; its remote model is kept only
  // for `watch` (keepRemotes), so a plan of thousands holds their plans, not all TMI holds.
  const diffOptions = { ...options, ...(options.keepRemotes ? { keepTexts: true } : {}) }
  const planned = (remote: RemoteModel, d: { source: string; model: DesiredModel }) => ({
    plan: diffModel(d.model, remote, diffOptions, d.source),
    ...(options.keepRemotes ? { remote } : {}),
  })
  const { found, unclaimed } = fromCache
    ? {
        found: new Map(
          desired.flatMap((d) => {
            const remote = cached.get(identity(d.source, d.model.key))
            return remote ? [[identity(d.source, d.model.key), planned(remote, d)] as const] : []
          }),
        ),
        unclaimed: [] as Unclaimed[],
      }
    : await findRemote(client, desired, {
        orphanSources: options.threatModel ? new Set() : orphanSources,
        only: options.threatModel,
        listing: options.listed,
        sourceModels: options.sourceModels,
        keep: planned,
      })
  const remotes = new Map<string, RemoteModel | null>()
  if (options.keepRemotes)
    for (const d of desired)
      remotes.set(identity(d.source, d.model.key), found.get(identity(d.source, d.model.key))?.remote ?? null)
  const models = desired.map(
    (d) =>
      found.get(identity(d.source, d.model.key))?.plan ??
      diffModel(d.model, undefined, diffOptions, d.source),
  )
  const threatDragon = new Set(modelFiles.filter((f) => f.threatDragon).map((f) => f.file))
  const orphans = unclaimed.map((u) => orphanModel(u, models, desired, threatDragon, options.prune))
  const read = report.files.flatMap((f) =>
    f.absolute && f.digest ? [{ path: f.file, absolute: f.absolute, digest: f.digest }] : [],
  )
  return {
    ok: true,
    read,
    remotes,
    plan: {
      format: PLAN_FORMAT,
      tool: 'tmi-sync',
      created_at: new Date().toISOString(),
      tmi_url: stripUrlCredentials(client.core.baseUrl),
      source: options.source,
      options: { prune: options.prune, on_drift: options.onDrift },
      models,
      orphaned_models: orphans,
      summary: summarise(models, orphans),
    },
  }
}

/** How the plan reports a model no file claims, and whether --prune may delete it. */
function orphanModel(
  u: Unclaimed,
  models: ModelPlan[],
  desired: Array<{ source: string; model: DesiredModel }>,
  threatDragon: ReadonlySet<string>,
  prune: boolean,
): OrphanModel {
  // Deleting a threat model deletes everything in it: only when tmi-sync made all of it.
  const foreign = u.model.objects.filter((o) => o.key === undefined).length
  const base = {
    source: u.source,
    key: u.key,
    threat_model_id: u.model.id,
    name: u.name,
    remote_fingerprint: u.fingerprint,
  }
  const why = u.copyOf
    ? `a second copy of "${u.key}" (${u.copyOf} is kept), left by two applies at once`
    : 'no file claims it any more'
  const renamed = u.copyOf ? undefined : likelyRename(u, models, desired)
  const hint = renamed
    ? `; it looks like ${renamed.file} renamed: to keep this TMI model, give that file the key "${u.key}" (${threatDragon.has(renamed.file) ? '"tmi_sync_key" in the Threat Dragon file' : 'its `key:`'})`
    : ''
  const orphan: OrphanModel =
    prune && foreign === 0
      ? { ...base, action: 'delete', reason: `${why}; --prune${hint}` }
      : {
          ...base,
          action: 'orphan',
          reason:
            foreign > 0
              ? `${why}; it holds ${foreign} object(s) not made by tmi-sync, so --prune keeps it${hint}`
              : `${why}; --prune would delete it${hint}`,
        }
  if (renamed) orphan.renamed_to = renamed.key
  return orphan
}

/**
 * A model this plan creates whose objects mostly carry the orphan's object keys: the same model
 * under a new key (a Threat Dragon title changed, a file's key edited).
 */
function likelyRename(
  u: Unclaimed,
  models: ModelPlan[],
  desired: Array<{ source: string; model: DesiredModel }>,
): { key: string; file: string } | undefined {
  const theirs = new Set(u.model.objects.flatMap((o) => (o.key ? [`${o.kind}:${o.key}`] : [])))
  if (theirs.size === 0) return undefined
  let best: { key: string; file: string; share: number } | undefined
  for (const [i, m] of models.entries()) {
    const d = desired[i] as (typeof desired)[number]
    if (m.action !== 'create' || d.source !== u.source) continue
    const shared = d.model.objects.filter((o) => theirs.has(`${o.kind}:${o.key}`)).length
    const share = shared / theirs.size
    if (share >= 0.5 && (!best || share > best.share)) best = { key: m.key, file: m.file, share }
  }
  return best && { key: best.key, file: best.file }
}

/** A threat model no file claims, as `findRemote` found it (see `OrphanModel`). */
export interface Unclaimed {
  source: string
  key: string
  model: RemoteModel
  name: string
  /** What the plan read of it (`orphanFingerprint`): deleted only if TMI still holds exactly that. */
  fingerprint: string
  /** Set for a second copy of a file's model: the id of the copy kept. */
  copyOf?: string
}

/** An orphan as read, for `applyPlan` to tell whether anyone changed it since the plan. */
function orphanFingerprint(snapshot: RemoteSnapshot): string {
  return fingerprint(remoteModel(snapshot, new Map()))
}

/**
 * Which TMI threat model each file is. The list endpoint has no metadata, so: one listing of the
 * models visible to us, then a GET of the candidates whose name matches (usually exactly one);
 * only models renamed in the file need a scan, and then only of models this account created.
 * For `orphanSources` (sets of files planned whole), it also looks for models applied from them
 * that no file claims: among the models created by the accounts that created this source's models.
 */
export async function findRemote<T>(
  client: TmiClient,
  desired: Array<{ source: string; model: DesiredModel }>,
  {
    orphanSources = new Set(),
    only,
    listing,
    sourceModels,
    keep,
  }: {
    orphanSources?: ReadonlySet<string>
    /** Read this threat model and no other (`SyncOptions.threatModel`). */
    only?: string | undefined
    /** The threat models as listed already (`SyncOptions.listed`). */
    listing?: ThreatModelListItem[] | undefined
    sourceModels?: ReadonlySet<string> | undefined
    /**
     * What to keep of each model found, made as soon as it is read (a plan keeps its diff): what
     * TMI holds for thousands of models is then never held at once.
     */
    keep: (remote: RemoteModel, wanted: { source: string; model: DesiredModel }) => T
  },
): Promise<{ found: Map<string, T>; unclaimed: Unclaimed[] }> {
  const found = new Map<string, T>()
  const unclaimed: Unclaimed[] = []
  if (desired.length === 0 && orphanSources.size === 0) return { found, unclaimed }
  const listed = only ? [] : (listing ?? (await client.all(client.listThreatModels())))
  const wanted = new Map(desired.map((d) => [identity(d.source, d.model.key), d]))
  /** Each claimant of a file's model: what `keep` made of it; its snapshot is let go once judged. */
  const claims = new Map<string, Array<{ id: string; created_at?: string; value: T }>>()
  const creators = new Set<string>()
  const examined = new Set<string>()
  const examine = async (items: ThreatModelListItem[]) => {
    for (const item of items) examined.add(item.id)
    // A few models at a time, each judged as it arrives: enough to keep the request core's
    // connections busy, and never thousands of snapshots waiting for their lists at once.
    let next = 0
    const reader = async () => {
      for (let i = next++; i < items.length; i = next++) {
        const snapshot = await unlessGone(readSnapshot(client, items[i] as ThreatModelListItem))
        if (snapshot) judge(snapshot)
      }
    }
    await Promise.all(Array.from({ length: Math.min(MODELS_IN_FLIGHT, items.length) }, reader))
  }
  const diagramNamesOf = (d: DesiredModel) =>
    new Map(d.objects.filter((o) => o.kind === 'diagram').map((o) => [String(o.fields.name), o.key]))
  const judge = (snapshot: RemoteSnapshot) => {
    const meta = metadataMap(snapshot.threatModel.metadata)
    const tmId = String(snapshot.threatModel.id)
    // A model pulled before tmi-sync managed it has no metadata yet: its key in the file is its id.
    const adopted = meta[META.key] ? undefined : desired.find((x) => x.model.key === tmId)
    const id = adopted
      ? identity(adopted.source, tmId)
      : identity(meta[META.source] ?? '', meta[META.key] ?? '')
    const w = wanted.get(id)
    if (w) {
      const claimant = {
        id: tmId,
        ...(typeof snapshot.threatModel.created_at === 'string'
          ? { created_at: snapshot.threatModel.created_at }
          : {}),
        value: keep(remoteModel(snapshot, keysOf(w.model), diagramNamesOf(w.model)), w),
      }
      claims.set(id, [...(claims.get(id) ?? []), claimant])
      const creator = (snapshot.threatModel.created_by as { provider_id?: string } | undefined)?.provider_id
      if (creator) creators.add(creator)
    } else if (meta[META.key] && orphanSources.has(meta[META.source] ?? '')) {
      unclaimed.push({
        source: meta[META.source] as string,
        key: meta[META.key] as string,
        model: remoteModel(snapshot, new Map()),
        name: String(snapshot.threatModel.name),
        fingerprint: orphanFingerprint(snapshot),
      })
    }
  }
  if (only) await examine([{ id: only } as ThreatModelListItem])
  const names = new Set(desired.map((d) => String(d.model.fields.name)))
  await examine(listed.filter((item) => names.has(item.name)))
  const createdBy = (item: ThreatModelListItem) =>
    (item as { created_by?: { provider_id?: string } }).created_by?.provider_id
  const rest = () => listed.filter((item) => !examined.has(item.id))
  let me: string | undefined
  if (claims.size < desired.length && rest().length > 0) {
    // Renamed in the file (or new): look through the models this account created, a few at a time,
    // stopping as soon as every file has its model.
    me = (await client.me()).provider_id
    const mine = rest().filter((item) => createdBy(item) === me)
    for (let i = 0; i < mine.length && claims.size < desired.length; i += RENAME_SCAN_BATCH)
      await examine(mine.slice(i, i + RENAME_SCAN_BATCH))
  }
  if (orphanSources.size > 0 && rest().length > 0) {
    // Orphans: a model's metadata says which source and key it was applied from. Read the
    // metadata of the models the same accounts created, and the whole model only of orphans.
    me ??= (await client.me()).provider_id
    creators.add(me)
    const candidates = rest().filter((item) =>
      sourceModels ? sourceModels.has(item.id) : creators.has(createdBy(item) ?? ''),
    )
    for (let i = 0; i < candidates.length; i += RENAME_SCAN_BATCH) {
      const batch = candidates.slice(i, i + RENAME_SCAN_BATCH)
      const metas = await Promise.all(
        batch.map((item) => unlessGone(client.listMetadata({ threatModel: item.id }))),
      )
      const orphans = batch.filter((_, j) => {
        const meta = metadataMap(metas[j])
        return (
          meta[META.key] &&
          orphanSources.has(meta[META.source] ?? '') &&
          !wanted.has(identity(meta[META.source] ?? '', meta[META.key] ?? ''))
        )
      })
      await examine(orphans)
    }
  }
  for (const [id, claimants] of claims) {
    // Two TMI models claim one file: two applies ran at once, or a copy kept its metadata. Every
    // run keeps the same one, the earliest; the others are reported (and pruned) as copies.
    const kept = earliest(claimants)
    const w = wanted.get(id) as { source: string; model: DesiredModel }
    found.set(id, kept.value)
    for (const other of claimants.filter((c) => c !== kept)) {
      // A copy (rare) is read once more: only what `keep` made of it was kept. Gone meanwhile
      // (another apply settled the race): nothing to report.
      const snapshot = await unlessGone(readSnapshot(client, { id: other.id }))
      if (!snapshot) continue
      unclaimed.push({
        source: w.source,
        key: w.model.key,
        model: remoteModel(snapshot, keysOf(w.model), diagramNamesOf(w.model)),
        name: String(snapshot.threatModel.name),
        fingerprint: orphanFingerprint(snapshot),
        copyOf: kept.id,
      })
    }
  }
  return { found, unclaimed }
}

/** Threat models read at once by `findRemote`: twice the request core's connections. */
const MODELS_IN_FLIGHT = 2 * DEFAULT_CONCURRENCY
const RENAME_SCAN_BATCH = 8

/**
 * A model is identified by its source and its key: two repositories may both have a model "api".
 * `PlanOutcome.remotes` is keyed so.
 */
export function identity(source: string, key: string): string {
  return `${source}\0${key}`
}

export class StalePlanError extends Error {}

/** Apply refused before its first write: the credentials are a service account (tmi-api.md §00.1). */
export class ServiceAccountApplyError extends UserError {
  constructor() {
    super(`refused before any write: the TMI credentials are a service account. ${SERVICE_ACCOUNT_HELP}`, 1, {
      permanent: true,
    })
  }
}

/** The port with every call made through `guard` (which decides whether and how it runs). */
function guardPort(port: TmiPort, guard: (call: () => Promise<unknown>) => Promise<unknown>): TmiPort {
  const guarded = {} as Record<string, unknown>
  for (const [name, call] of Object.entries(port) as Array<[string, (...a: unknown[]) => Promise<unknown>]>)
    guarded[name] = (...args: unknown[]) => guard(() => call(...args))
  return guarded as unknown as TmiPort
}

/**
 * Once TMI refused one write because the token is a service account (an opaque TMI_TOKEN that
 * could not be told apart), every later write would be refused too: send none of them.
 */
function stopAfterServiceAccountRefusal(port: TmiPort): TmiPort {
  let refusal: ServiceAccountRefusal | undefined
  return guardPort(port, async (call) => {
    if (refusal) throw refusal
    try {
      return await call()
    } catch (e) {
      if (e instanceof ServiceAccountRefusal) refusal = e
      throw e
    }
  })
}

/**
 * No call starts after the deadline: what was written stays consistent (every write carries its own
 * digest) and the next run converges, which is better than a token expiring half-way through one.
 */
function stopAtDeadline(port: TmiPort, deadline: number): TmiPort {
  return guardPort(port, (call) => {
    if (Date.now() >= deadline)
      throw new UserError(
        'stopped at the deadline, before the delegation token ran out; invoke again to finish',
      )
    return call()
  })
}

/** Applies a plan; a saved plan first checks TMI still holds what the plan was computed against. */
export async function applyPlan(
  plan: Plan,
  client: TmiClient,
  options: {
    saved: boolean
    desired?: DesiredModel[]
    concurrency?: number
    onEvent?: (e: string) => void
    /** Epoch ms after which no write starts (an addon's 60-second delegation token). */
    deadline?: number
  },
): Promise<ModelResult[]> {
  checkDrift(plan, plan.options.on_drift)
  if (hasChanges(plan) && (await client.principal()) === 'service-account')
    throw new ServiceAccountApplyError()
  if (options.saved) await checkFresh(plan, client)
  let port = stopAfterServiceAccountRefusal(tmiPort(client))
  if (options.deadline !== undefined) port = stopAtDeadline(port, options.deadline)
  const results: ModelResult[] = new Array<ModelResult>(plan.models.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < plan.models.length; i = next++)
      results[i] = await applyModel(
        plan.models[i] as Plan['models'][number],
        port,
        plan.models[i]?.source ?? plan.source,
        options.onEvent,
      )
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, plan.models.length) }, worker))
  try {
    await settleCreatedModels(
      port,
      results,
      plan.models.map((m) => m.source ?? plan.source),
    )
  } catch (e) {
    // Refused as a service account: the models' own results already say so. Anything else must
    // not hide what was applied; a copy left behind shows in the next plan and --prune removes it.
    if (!(e instanceof ServiceAccountRefusal))
      for (const r of results.filter((r) => r.created && r.status === 'applied')) {
        r.status = 'failed'
        r.error = `applied, but looking for a copy another apply made at the same moment failed: ${e instanceof Error ? e.message : String(e)}; rerun plan to check`
      }
  }
  // Models no file claims, last: tmi-sync created them and all they hold (see `orphanModel`).
  for (const orphan of (plan.orphaned_models ?? []).filter((o) => o.action === 'delete')) {
    const result: ModelResult = {
      key: orphan.key,
      file: '',
      status: 'deleted',
      threatModelId: orphan.threat_model_id,
      writes: 0,
    }
    try {
      // Deleting a threat model deletes all it holds: only if it is still what the plan showed (a
      // saved plan may be days old, and someone may have added a threat to it in TMI meanwhile).
      const now = await unlessGone(readSnapshot(client, { id: orphan.threat_model_id }))
      if (now && orphanFingerprint(now) !== orphan.remote_fingerprint) {
        result.status = 'failed'
        result.error = `the orphaned threat model ${orphan.threat_model_id} changed in TMI since the plan, so it was not deleted; make a new plan`
        result.permanent = true
      } else if (now) {
        await port.deleteThreatModel(orphan.threat_model_id)
        result.writes = 1
      }
    } catch (e) {
      // Gone already (deleted by hand, or by another apply): what --prune wanted.
      if ((e as { status?: number }).status !== 404) {
        result.status = 'failed'
        result.error = `deleting the orphaned threat model ${orphan.threat_model_id}: ${e instanceof Error ? e.message : String(e)}`
      }
    }
    results.push(result)
  }
  return results
}

async function checkFresh(plan: Plan, client: TmiClient): Promise<void> {
  const stubs = plan.models.map((m) => ({
    source: m.source,
    model: {
      key: m.key,
      file: m.file,
      fields: { name: m.name },
      metadata: {},
      isConfidential: m.is_confidential,
      objects: m.changes
        .filter((c) => c.kind !== 'threat_model')
        .map((c) => ({ kind: c.kind as Kind, key: c.key, fields: {}, metadata: {} })),
    } satisfies DesiredModel,
  }))
  const { found: now } = await findRemote(client, stubs, { keep: (remote) => fingerprint(remote) })
  for (const m of plan.models) {
    if ((now.get(identity(m.source, m.key)) ?? null) !== m.remote_fingerprint) {
      throw new StalePlanError(`TMI changed since the plan was made (model "${m.key}"); make a new plan`)
    }
  }
}

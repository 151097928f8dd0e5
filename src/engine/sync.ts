import type { Diagnostic } from '../common/diagnostic.js'
import { UserError } from '../common/errors.js'
import { desiredModel, type DesiredModel, type Kind } from '../model/desired.js'
import { META, metadataMap, remoteModel, type RemoteModel, type RemoteSnapshot } from '../model/remote.js'
import { applyModel, checkDrift, type ModelResult } from '../reconcile/apply.js'
import { diffModel, fingerprint } from '../reconcile/diff.js'
import { hasChanges, PLAN_FORMAT, summarise, type OnDrift, type Plan } from '../reconcile/plan.js'
import type { TmiPort } from '../reconcile/apply.js'
import type { TmiClient } from '../tmi/client.js'
import { SERVICE_ACCOUNT_HELP, ServiceAccountRefusal } from '../tmi/errors.js'
import { stripUrlCredentials } from '../common/secrets.js'
import { tmiPort } from '../tmi/port.js'
import { readSnapshot } from '../tmi/snapshot.js'
import type { ThreatModelListItem } from '../tmi/types.js'
import { readSourceFileSync } from '../providers/filesystem.js'
import { nothingFound, validatePaths, type ValidateOptions } from './validate.js'

export interface SyncOptions extends ValidateOptions {
  /** Names this set of files: two sources never claim each other's models. */
  source: string
  prune: boolean
  onDrift: OnDrift
  /** Plan nothing without complaint when no model file is found (otherwise an error). */
  allowEmpty?: boolean
}

export type PlanOutcome =
  | {
      ok: true
      plan: Plan
      /** The local files the plan was made from, as read: `assertFilesUnchanged` checks them. */
      read: Array<{ path: string; absolute: string; digest: string }>
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
  const diagnostics = report.files.flatMap((f) => f.diagnostics)
  if (report.summary.invalid > 0) return { ok: false, diagnostics }
  // A plan of nothing is never silent: a wrong path or glob must not look like "No changes".
  if (report.summary.files === 0 && !options.allowEmpty)
    throw new UserError(`${nothingFound(paths, report, options)}; --allow-empty plans nothing on purpose`)
  const desired = report.files
    .filter((f) => f.model)
    .map((f) => ({ source: f.source, model: desiredModel(f.model!, f.file) }))
  const remote = await findRemote(client, desired)
  const models = desired.map((d) =>
    diffModel(d.model, remote.get(identity(d.source, d.model.key)), options, d.source),
  )
  const read = report.files.flatMap((f) =>
    f.absolute && f.digest ? [{ path: f.file, absolute: f.absolute, digest: f.digest }] : [],
  )
  return {
    ok: true,
    read,
    plan: {
      format: PLAN_FORMAT,
      tool: 'tmi-sync',
      created_at: new Date().toISOString(),
      tmi_url: stripUrlCredentials(client.core.baseUrl),
      source: options.source,
      options: { prune: options.prune, on_drift: options.onDrift },
      models,
      summary: summarise(models),
    },
  }
}

/**
 * Which TMI threat model each file is. The list endpoint has no metadata, so: one listing of the
 * models visible to us, then a GET of the candidates whose name matches (usually exactly one);
 * only models renamed in the file need a scan, and then only of models this account created.
 */
export async function findRemote(
  client: TmiClient,
  desired: Array<{ source: string; model: DesiredModel }>,
): Promise<Map<string, RemoteModel>> {
  const found = new Map<string, RemoteModel>()
  if (desired.length === 0) return found
  const listed = await client.all(client.listThreatModels())
  const wanted = new Map(desired.map((d) => [identity(d.source, d.model.key), d.model]))
  const examined = new Set<string>()
  // Snapshots are read in parallel (the request core bounds concurrency) and judged in listing
  // order, so which of two models claiming one key wins does not depend on timing.
  const examine = async (items: ThreatModelListItem[]) => {
    for (const item of items) examined.add(item.id)
    const snapshots = await Promise.all(items.map((item) => readSnapshot(client, item)))
    snapshots.forEach(judge)
  }
  const judge = (snapshot: RemoteSnapshot) => {
    const meta = metadataMap(snapshot.threatModel.metadata)
    const tmId = String(snapshot.threatModel.id)
    // A model pulled before tmi-sync managed it has no metadata yet: its key in the file is its id.
    const adopted = meta[META.key] ? undefined : desired.find((x) => x.model.key === tmId)
    const id = adopted
      ? identity(adopted.source, tmId)
      : identity(meta[META.source] ?? '', meta[META.key] ?? '')
    const d = wanted.get(id)
    if (!d) return
    const previous = found.get(id)
    if (previous) {
      // Two TMI models claim one file (a copy made with its metadata, or an old duplicate):
      // writing to either would be a guess.
      throw new UserError(
        `two TMI threat models claim "${d.key}" from source "${id.slice(0, id.indexOf('\0'))}": ${previous.id} and ${String(snapshot.threatModel.id)}; ` +
          `delete one, or remove its tmi-sync.* metadata, then rerun`,
      )
    }
    const keys = new Map<Kind, Set<string>>()
    for (const o of d.objects) keys.set(o.kind, (keys.get(o.kind) ?? new Set()).add(o.key))
    const diagramNames = new Map(
      d.objects.filter((o) => o.kind === 'diagram').map((o) => [String(o.fields.name), o.key]),
    )
    found.set(id, remoteModel(snapshot, keys, diagramNames))
  }
  const names = new Set(desired.map((d) => String(d.model.fields.name)))
  await examine(listed.filter((item) => names.has(item.name)))
  if (found.size < desired.length) {
    // Renamed in the file (or new): look through the models this account created, a few at a time,
    // stopping as soon as every file has its model.
    const me = (await client.me()).provider_id
    const mine = listed.filter(
      (item) =>
        !examined.has(item.id) &&
        (item as { created_by?: { provider_id?: string } }).created_by?.provider_id === me,
    )
    for (let i = 0; i < mine.length && found.size < desired.length; i += RENAME_SCAN_BATCH)
      await examine(mine.slice(i, i + RENAME_SCAN_BATCH))
  }
  return found
}

const RENAME_SCAN_BATCH = 8

/** A model is identified by its source and its key: two repositories may both have a model "api". */
function identity(source: string, key: string): string {
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

/**
 * Once TMI refused one write because the token is a service account (an opaque TMI_TOKEN that
 * could not be told apart), every later write would be refused too: send none of them.
 */
function stopAfterServiceAccountRefusal(port: TmiPort): TmiPort {
  let refusal: ServiceAccountRefusal | undefined
  const guarded = {} as Record<string, unknown>
  for (const [name, call] of Object.entries(port) as Array<[string, (...a: unknown[]) => Promise<unknown>]>) {
    guarded[name] = async (...args: unknown[]) => {
      if (refusal) throw refusal
      try {
        return await call(...args)
      } catch (e) {
        if (e instanceof ServiceAccountRefusal) refusal = e
        throw e
      }
    }
  }
  return guarded as unknown as TmiPort
}

/** Applies a plan; a saved plan first checks TMI still holds what the plan was computed against. */
export async function applyPlan(
  plan: Plan,
  client: TmiClient,
  options: { saved: boolean; desired?: DesiredModel[]; concurrency?: number; onEvent?: (e: string) => void },
): Promise<ModelResult[]> {
  checkDrift(plan, plan.options.on_drift)
  if (hasChanges(plan) && (await client.principal()) === 'service-account')
    throw new ServiceAccountApplyError()
  if (options.saved) await checkFresh(plan, client)
  const port = stopAfterServiceAccountRefusal(tmiPort(client))
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
  const remote = await findRemote(client, stubs)
  for (const m of plan.models) {
    const now = remote.get(identity(m.source, m.key))
    if ((now ? fingerprint(now) : null) !== m.remote_fingerprint) {
      throw new StalePlanError(`TMI changed since the plan was made (model "${m.key}"); make a new plan`)
    }
  }
}

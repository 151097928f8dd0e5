// engine/plan-apply: the core every front end uses (plan, apply, watch, the Action, the addon, the
// scheduled sync). plan.ts: validated files → desired models → each found in TMI (find-remote.ts)
// and diffed → a Plan (data, reconcile/plan.ts). apply.ts applies a Plan; plan-file.ts reads a
// saved one. Above validate/, below every other use case.
import type { Diagnostic } from '../../common/diagnostic.js'
import { UserError } from '../../common/errors.js'
import { stripUrlCredentials } from '../../common/secrets.js'
import type { ThreatModelFile } from '../../format/native.js'
import { desiredFromText, desiredModel, type DesiredModel } from '../../model/desired.js'
import type { RemoteModel } from '../../model/remote.js'
import { diffModel } from '../../reconcile/diff.js'
import {
  PLAN_FORMAT,
  summarise,
  type ModelPlan,
  type OnDrift,
  type OrphanModel,
  type Plan,
} from '../../reconcile/plan.js'
import type { TmiClient } from '../../tmi/client.js'
import type { ThreatModelListItem } from '../../tmi/types.js'
import { readSourceFileSync } from '../../providers/filesystem.js'
import {
  nothingFound,
  validatePaths,
  type ValidateOptions,
  type ValidateReport,
  type ValidatedFile,
} from '../validate/validate.js'
import { desiredCache } from '../validate/desired-cache.js'
import { findRemote, identity, type Read, type Unclaimed, type Wanted } from './find-remote.js'
import { rememberedPlan } from './plan-memo.js'

export interface PlanOptions extends ValidateOptions {
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
  options: PlanOptions,
): Promise<PlanOutcome> {
  // Desired models are made on the workers and wait as text: a plan of thousands holds no model whole.
  const report = await validatePaths(paths, { ...options, digest: true, models: 'desired' })
  return planReport(report, paths, client, options, undefined, { releaseFiles: true })
}

/** The plan of files already validated (`watch` validates each save once, then plans it). */
export async function planReport(
  report: ValidateReport,
  paths: string[],
  client: TmiClient,
  options: PlanOptions,
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
  const modelFiles = report.files.filter((f) => f.model || f.desired)
  const desired = modelFiles.map((f) => wantedOf(f, releaseFiles))
  // A plan of files named one by one covers only them: other models of their source are not orphans.
  const named = new Set(modelFiles.filter((f) => f.named).map((f) => f.source))
  const orphanSources = new Set(modelFiles.map((f) => f.source).filter((src) => !named.has(src)))
  const fromCache = cached !== undefined && desired.every((d) => cached.has(identity(d.source, d.key)))
  // Each model is diffed as soon as TMI's answer for it is read; its remote model is kept only
  // for `watch` (keepRemotes), so a plan of thousands holds their plans, not all TMI holds.
  const diffOptions = { ...options, ...(options.keepRemotes ? { keepTexts: true } : {}) }
  const diffed = (model: DesiredModel, remote: RemoteModel, source: string) => ({
    plan: diffModel(model, remote, diffOptions, source),
    ...(options.keepRemotes ? { remote } : {}),
  })
  // A model planned before from the same entry against the same answers gets the same plan
  // (`watch` keeps what TMI holds, so it makes its plans).
  const memo = options.keepRemotes ? undefined : desiredCache(options.env ?? process.env)
  const planned = (read: Read, d: Wanted) => {
    const make = () => {
      const model = d.desired()
      return diffed(model, read.remote(model), d.source)
    }
    if (!memo || d.id === undefined) return make()
    const { prune, onDrift } = options
    const inputs = { desired: d.id, source: d.source, prune, onDrift, snapshot: read.snapshot }
    return { plan: rememberedPlan(memo, inputs, () => make().plan) }
  }
  const { found, unclaimed } = fromCache
    ? {
        found: new Map(
          desired.flatMap((d) => {
            const remote = cached.get(identity(d.source, d.key))
            return remote ? [[identity(d.source, d.key), diffed(d.desired(), remote, d.source)] as const] : []
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
      remotes.set(identity(d.source, d.key), found.get(identity(d.source, d.key))?.remote ?? null)
  const models = desired.map(
    (d) =>
      found.get(identity(d.source, d.key))?.plan ?? diffModel(d.desired(), undefined, diffOptions, d.source),
  )
  const threatDragon = new Set(modelFiles.filter((f) => f.format === 'threat-dragon').map((f) => f.file))
  const orphans = unclaimed.map((u) => orphanModel(u, models, threatDragon, options.prune))
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
  const renamed = u.copyOf ? undefined : likelyRename(u, models)
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
function likelyRename(u: Unclaimed, models: ModelPlan[]): { key: string; file: string } | undefined {
  const theirs = new Set(u.model.objects.flatMap((o) => (o.key ? [`${o.kind}:${o.key}`] : [])))
  if (theirs.size === 0) return undefined
  let best: { key: string; file: string; share: number } | undefined
  for (const m of models) {
    if (m.action !== 'create' || m.source !== u.source) continue
    // A model to create has every object of its file among its changes.
    const shared = m.changes.filter(
      (c) => c.kind !== 'threat_model' && theirs.has(`${c.kind}:${c.key}`),
    ).length
    const share = shared / theirs.size
    if (share >= 0.5 && (!best || share > best.share)) best = { key: m.key, file: m.file, share }
  }
  return best && { key: best.key, file: best.file }
}

/**
 * How a plan seeks a validated file's model. A desired model made by validation waits as text (on
 * disk in the cache, or in memory) and is parsed each time it is planned (once, but for a rare
 * second copy in TMI); a model loaded otherwise (`watch`, the addon) is made into one once.
 */
function wantedOf(f: ValidatedFile, release: boolean): Wanted {
  if (f.desired) {
    const { text, name } = f.desired
    const id = f.desired.id
    if (release) {
      delete f.desired
      delete f.model
    }
    return {
      source: f.source,
      key: f.key as string,
      name,
      desired: () => desiredFromText(text()),
      ...(id === undefined ? {} : { id }),
    }
  }
  const model = desiredModel(f.model as ThreatModelFile, f.file)
  if (release) delete f.model
  return { source: f.source, key: model.key, name: String(model.fields.name), desired: () => model }
}

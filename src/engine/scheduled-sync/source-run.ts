// engine/scheduled-sync: one source's run, from its commit to its models applied and stamped.
import { UserError } from '../../common/errors.js'
import { countingRequests, type RequestCounts } from '../../common/request-count.js'
import type { ModelResult } from '../../reconcile/apply.js'
import { appliedState } from '../../reconcile/applied-state.js'
import { fingerprint } from '../../reconcile/diff.js'
import { hasChanges, summarise, type Plan } from '../../reconcile/plan.js'
import { listModelFiles, resolveCommit } from '../../providers/open.js'
import { parseSource, pinnedAt, repositoryId } from '../../providers/source.js'
import type { TmiClient } from '../../tmi/client.js'
import type { ThreatModelListItem } from '../../tmi/types.js'
import { applyAsAllowed } from '../addon/invoke.js'
import { applyPlan } from '../plan-apply/apply.js'
import { identity } from '../plan-apply/find-remote.js'
import { planReport, type PlanOutcome, type PlanOptions } from '../plan-apply/plan.js'
import { takeLease, type Lease } from '../sync-state/leases.js'
import {
  filesDigest,
  scopeOf,
  settled,
  stampPlan,
  unchangedSince,
  type ManagedModel,
  type SourcePoint,
} from '../sync-state/stamps.js'
import { validatePaths, type ValidateReport } from '../validate/validate.js'
import type { Host, SyncConfig } from './config.js'
import { emptyReport, type SourceReport } from './report.js'
import type { Entry } from './sources.js'

/** How long a run waits for another run's lease on a model before reporting it busy. */
const LEASE_WAIT_MS = 2 * 60_000

export interface SyncRunOptions {
  /** `--shard I/N`: this run takes the sources whose name hashes to I of N (1-based). */
  shard?: { index: number; count: number }
  dryRun?: boolean
  env?: Record<string, string | undefined>
  onProgress?: (report: SourceReport, done: number, total: number) => void
}

/** What a run shares with each source's run. */
export interface RunContext {
  client: TmiClient
  config: SyncConfig
  options: SyncRunOptions
  env: Record<string, string | undefined>
  runId: string
  hosts: Record<Host, <T>(work: () => Promise<T>) => Promise<T>>
  listing: Promise<ThreatModelListItem[]>
  managed: Promise<Map<string, ManagedModel[]>>
  /** Through the addon (a service account, or as configured): the addon service leases and stamps. */
  viaAddon: boolean
  /** The credentials may write inside a threat model (not a service account). */
  mayWrite: boolean
  /** The run's own requests: those made for one source's models are moved to its report. */
  shared: RequestCounts
}

/** One source's run, its requests counted to it; it fails alone. */
export async function syncSource(entry: Entry, ctx: RunContext): Promise<SourceReport> {
  const start = performance.now()
  const report = emptyReport(entry.source)
  try {
    await countingRequests(report.requests, () => syncRepository(entry, ctx, report))
  } catch (e) {
    report.status = 'failed'
    report.error = e instanceof Error ? e.message : String(e)
  } finally {
    report.duration_ms = Math.round(performance.now() - start)
  }
  return report
}

async function syncRepository(entry: Entry, ctx: RunContext, report: SourceReport): Promise<void> {
  const { client, env } = ctx
  const spec = parseSource(entry.source)
  if (spec.kind === 'local')
    throw new UserError(`${entry.source}: a scheduled sync reads repositories (HOST:REPO[@REF][:GLOB])`)
  const id = repositoryId(spec)
  const host = ctx.hosts[spec.kind]
  const commit = await host(() => resolveCommit(spec, env))
  report.commit = commit
  const managed = (await ctx.managed).get(id) ?? []
  // Each of these was read once for the run (whose is it?): that read is this source's.
  ctx.shared.tmi -= managed.length
  report.requests.tmi += managed.length
  const scope = scopeOf(spec.glob, entry.prune)
  const files = async () => {
    const listed = await host(() => listModelFiles(spec, commit, env))
    return listed && filesDigest(listed)
  }
  if (await unchangedSince(client, managed, { commit, scope, files })) {
    report.status = 'unchanged'
    report.models = managed.map((m) => ({
      key: m.key,
      status: 'unchanged',
      writes: 0,
      threat_model_id: m.id,
    }))
    return
  }
  const pinned = pinnedAt(spec, commit)
  const options: PlanOptions = {
    source: id,
    prune: entry.prune,
    onDrift: entry.onDrift,
    env,
    listed: await ctx.listing,
    sourceModels: new Set(managed.map((m) => m.id)),
  }
  const validated = await host(() => validatePaths([pinned], { ...options, digest: true, commit }))
  report.read = true
  const point = {
    commit,
    scope,
    files: filesDigest(validated.files.flatMap((f) => (f.at ? [f.at] : []))),
  }
  const plan = await planOf(validated, pinned, client, options, report)
  describe(plan, report)
  const known = new Map(managed.map((m) => [m.id, m]))
  if (!hasChanges(plan)) {
    report.status = 'unchanged'
    report.models = plan.models.map((m) => ({ key: m.key, status: 'unchanged', writes: 0, ...tmId(m) }))
    if (ctx.mayWrite && !ctx.options.dryRun)
      await recordSynced(() => Promise.resolve(plan), client, { point, known })
    return
  }
  if (ctx.options.dryRun) {
    report.status = 'planned'
    report.models = plan.models.map((m) => ({
      key: m.key,
      status: settled(m) ? 'unchanged' : 'planned',
      writes: 0,
      ...tmId(m),
    }))
    return
  }
  const results = ctx.viaAddon
    ? await applyAsAllowed(plan, client, {
        via: 'addon',
        point: { scope: point.scope, files: point.files },
        maxWaitMs: 60 * 60_000,
        ...(ctx.config.write?.addon_id ? { addonId: ctx.config.write.addon_id } : {}),
      })
    : await applyLeased(plan, { validated, pinned, point, options, known }, ctx)
  report.models = results.map((r) => ({
    key: r.key,
    status: r.status,
    writes: r.writes,
    ...(r.threatModelId ? { threat_model_id: r.threatModelId } : {}),
    ...(r.error ? { error: r.error } : {}),
  }))
  const failed = results.find((r) => r.status === 'failed' || r.status === 'refused')
  report.status = failed ? 'failed' : 'applied'
  if (failed) report.error = `${failed.key}: ${failed.error ?? failed.status}`
}

const tmId = (m: { threat_model_id?: string }) =>
  m.threat_model_id ? { threat_model_id: m.threat_model_id } : {}

async function planOf(
  validated: ValidateReport,
  pinned: string,
  client: TmiClient,
  options: PlanOptions,
  report?: SourceReport,
): Promise<Plan> {
  return (await planOutcome(validated, pinned, client, options, report)).plan
}

async function planOutcome(
  validated: ValidateReport,
  pinned: string,
  client: TmiClient,
  options: PlanOptions,
  report?: SourceReport,
): Promise<Extract<PlanOutcome, { ok: true }>> {
  const outcome = await planReport(validated, [pinned], client, options)
  if (outcome.ok) return outcome
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error')
  if (report)
    report.diagnostics = errors.map((d) => ({ file: d.file, line: d.line, col: d.col, message: d.message }))
  const first = errors[0]
  throw new UserError(
    `invalid models, nothing sent${first ? `: ${first.file}:${first.line}:${first.col}: ${first.message}` : ''}`,
  )
}

/** The plan's counts by kind and action, its conflicts (drift) and what it leaves orphaned. */
function describe(plan: Plan, report: SourceReport): void {
  report.summary = plan.summary
  const changes: Record<string, Record<string, number>> = {}
  for (const m of plan.models)
    for (const c of m.changes) {
      if (c.action === 'unchanged') continue
      const byAction = (changes[c.kind] ??= {})
      byAction[c.action] = (byAction[c.action] ?? 0) + 1
      if (c.drift) report.conflicts.push({ model: m.key, kind: c.kind, key: c.key, reason: c.reason })
      if (c.action === 'orphan')
        report.orphans.push({ model: m.key, kind: c.kind, key: c.key, reason: c.reason })
    }
  for (const o of plan.orphaned_models ?? [])
    if (o.action === 'orphan')
      report.orphans.push({
        model: o.key,
        kind: 'threat_model',
        key: o.key,
        reason: o.reason,
        threat_model_id: o.threat_model_id,
      })
  report.changes = changes
}

/**
 * Applies with the run's own credentials, one lease per threat model it changes: TMI is read again
 * once the leases are held (another run may have applied the same models meanwhile), and what
 * still differs is applied. Each model then settled is stamped with the commit, and the leases
 * released. A model whose lease another run holds past the wait is reported busy, untouched.
 */
async function applyLeased(
  first: Plan,
  at: {
    validated: ValidateReport
    pinned: string
    point: Omit<SourcePoint, 'models'>
    options: PlanOptions
    known: ReadonlyMap<string, ManagedModel>
  },
  ctx: RunContext,
): Promise<Array<ModelResult | (Omit<ModelResult, 'status'> & { status: 'busy' })>> {
  const { client } = ctx
  const leases = new Map<string, Lease>()
  const busy: Array<Omit<ModelResult, 'status'> & { status: 'busy' }> = []
  try {
    for (const m of first.models.filter((x) => x.threat_model_id && !settled(x))) {
      const lease = await takeLease(client, m.threat_model_id as string, {
        holder: ctx.runId,
        ttlMs: (ctx.config.lease_minutes ?? 30) * 60_000,
        waitMs: LEASE_WAIT_MS,
      })
      if (lease) leases.set(m.threat_model_id as string, lease)
      else
        busy.push({
          key: m.key,
          file: m.file,
          status: 'busy',
          writes: 0,
          threatModelId: m.threat_model_id as string,
          error: 'another run holds its lease; left to that run',
        })
    }
    // What TMI holds is kept with the plan: what this apply leaves is told from it (`appliedState`).
    const { plan: fresh, remotes } = await planOutcome(at.validated, at.pinned, client, {
      ...at.options,
      keepRemotes: true,
    })
    const models = fresh.models.filter(
      (m) => settled(m) || !m.threat_model_id || leases.has(m.threat_model_id),
    )
    const plan: Plan = { ...fresh, models, summary: summarise(models, fresh.orphaned_models ?? []) }
    const results: ModelResult[] = hasChanges(plan)
      ? await applyPlan(plan, client, { saved: false })
      : plan.models.map((m) => ({
          key: m.key,
          file: m.file,
          status: 'unchanged',
          writes: 0,
          ...(m.threat_model_id ? { threatModelId: m.threat_model_id } : {}),
        }))
    // Each model the apply settled records the commit, with what TMI now holds as told from the
    // plan and TMI's answers, not read back (a model of the first night would cost six reads more).
    const after = models.map((m, i) => {
      const result = results[i] as ModelResult
      if (result.status === 'unchanged') return m
      const state = appliedState(remotes.get(identity(m.source, m.key)) ?? undefined, m, result)
      return state && result.threatModelId
        ? { ...m, threat_model_id: result.threatModelId, remote_fingerprint: fingerprint(state), changes: [] }
        : { ...m, remote_fingerprint: null }
    })
    // The source's count is of all its models, those left out of this plan (busy) included.
    await recordSynced(
      () =>
        Promise.resolve({ ...plan, models: [...after, ...fresh.models.filter((m) => !models.includes(m))] }),
      client,
      at,
    )
    // A model whose lease was busy, but which the other run settled meanwhile, is reported once.
    return [...results, ...busy.filter((b) => !results.some((r) => r.key === b.key))]
  } finally {
    await Promise.all([...leases.values()].map((l) => l.release().catch(() => undefined)))
  }
}

/**
 * Stamps the settled models of a plan (`stampPlan`). A stamp not written costs the next run one
 * read of the source, never this run its outcome: the models are synced either way.
 */
async function recordSynced(
  plan: () => Promise<Plan>,
  client: TmiClient,
  at: { point: Omit<SourcePoint, 'models'>; known: ReadonlyMap<string, ManagedModel> },
): Promise<void> {
  try {
    await stampPlan(client, (await plan()).models, at.point, at.known)
  } catch {
    // see above
  }
}

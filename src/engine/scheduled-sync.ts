import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import picomatch from 'picomatch'
import { UserError } from '../common/errors.js'
import { countingRequests, type RequestCounts } from '../common/request-count.js'
import { validateSyncConfig } from '../format/schema.js'
import type { ModelResult } from '../reconcile/apply.js'
import { appliedState } from '../reconcile/applied-state.js'
import { fingerprint } from '../reconcile/diff.js'
import { hasChanges, summarise, type OnDrift, type Plan, type PlanSummary } from '../reconcile/plan.js'
import { listModelFiles, resolveCommit } from '../providers/open.js'
import { parseSource, pinnedAt, repositoryId, type SourceSpec } from '../providers/source.js'
import type { TmiClient } from '../tmi/client.js'
import type { ThreatModelListItem } from '../tmi/types.js'
import { readConfigFile } from './config-file.js'
import { deliver, SYNC_EVENTS, type Delivery, type Hook, type SyncEvent } from './notify.js'
import { listRepositories } from './repository-models.js'
import { applyPlan, identity, planReport, type PlanOutcome, type SyncOptions } from './sync.js'
import {
  managedModels,
  settled,
  filesDigest,
  scopeOf,
  stampPlan,
  takeLease,
  unchangedSince,
  type Lease,
  type ManagedModel,
  type SourcePoint,
} from './sync-state.js'
import { validatePaths, type ValidateReport } from './validate.js'
import { applyAsAllowed } from './via-addon.js'

type Host = 'github' | 'gitlab' | 'bitbucket' | 'git'

/** One entry of `sources:`: a repository, or every repository of an organisation (`discover`). */
export interface SourceEntry {
  source?: string
  discover?: string
  include?: string[]
  exclude?: string[]
  archived?: boolean
  forks?: boolean
  ref?: string
  path?: string
  prune?: boolean
  on_drift?: OnDrift
}

/** `tmi-sync.yaml` (schemas/sync-config.schema.json). */
export interface SyncConfig {
  tmi?: { url?: string; token_env?: string; client_id_env?: string; client_secret_env?: string }
  write?: { via: 'addon' | 'credentials'; addon_id?: string; credentials_file?: string }
  concurrency?: Partial<Record<Host | 'tmi', number>>
  lease_minutes?: number
  notify?: Array<{ url?: string; url_env?: string; secret_env?: string; events?: SyncEvent[] }>
  sources: SourceEntry[]
}

export const CONFIG_NAME = 'tmi-sync.yaml'
const CONCURRENCY: Record<Host | 'tmi', number> = { tmi: 4, github: 4, gitlab: 4, bitbucket: 2, git: 2 }
/** How long a run waits for another run's lease on a model before reporting it busy. */
const LEASE_WAIT_MS = 2 * 60_000

/** The configuration named, or `tmi-sync.yaml` in the working directory or the nearest above it. */
export function findSyncConfig(
  named: string | undefined,
  cwd = process.cwd(),
): { path: string; config: SyncConfig } {
  let path = named
  if (!path)
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_NAME))) {
        path = join(dir, CONFIG_NAME)
        break
      }
      if (dirname(dir) === dir)
        throw new UserError(`no ${CONFIG_NAME} here or in any folder above: name one with --config`, 2)
    }
  return { path, config: readConfigFile<SyncConfig>(path, validateSyncConfig) }
}

/**
 * The environment TMI's client is made from: the variables the configuration names (never a
 * secret in the file), or only the session file when a person's session writes.
 */
export function tmiEnvironment(
  config: SyncConfig,
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env }
  if (config.tmi?.url && !env.TMI_URL) out.TMI_URL = config.tmi.url
  if (config.write?.via === 'credentials') {
    delete out.TMI_TOKEN
    delete out.TMI_CLIENT_ID
    delete out.TMI_CLIENT_SECRET
    if (config.write.credentials_file) out.TMI_CREDENTIALS_FILE = config.write.credentials_file
    return out
  }
  out.TMI_TOKEN = env[config.tmi?.token_env ?? 'TMI_TOKEN']
  out.TMI_CLIENT_ID = env[config.tmi?.client_id_env ?? 'TMI_CLIENT_ID']
  out.TMI_CLIENT_SECRET = env[config.tmi?.client_secret_env ?? 'TMI_CLIENT_SECRET']
  return out
}

type ModelStatus = ModelResult['status'] | 'planned' | 'busy'

export interface SourceReport {
  source: string
  /** The commit that was read. */
  commit?: string
  status: 'applied' | 'unchanged' | 'planned' | 'failed'
  /** Whether model files were read: false when the ref had not moved and TMI had not changed. */
  read: boolean
  summary?: PlanSummary
  /** Planned changes by object kind and action (`threat: {create: 2}`). */
  changes?: Record<string, Record<string, number>>
  /** Objects changed in TMI since the last sync (drift), by model: refused, overwritten or skipped. */
  conflicts: Array<{ model: string; kind: string; key: string; reason: string }>
  /** Objects, and threat models, no file has any more, left in TMI. */
  orphans: Array<{ model: string; kind: string; key: string; reason: string; threat_model_id?: string }>
  models: Array<{
    key: string
    status: ModelStatus
    writes: number
    threat_model_id?: string
    error?: string
  }>
  /** What made the files invalid: nothing was sent for them. */
  diagnostics: Array<{ file: string; line: number; col: number; message: string }>
  error?: string
  requests: RequestCounts
  duration_ms: number
}

/** The run's report (schemas/sync-report.schema.json). */
export interface SyncReport {
  format: 1
  tool: 'tmi-sync'
  started_at: string
  finished_at: string
  shard: { index: number; count: number }
  dry_run: boolean
  sources: SourceReport[]
  /** Made once for all sources (listings, who is signed in): with the sources', they are the totals. */
  shared_requests: RequestCounts
  notifications: Delivery[]
  totals: {
    sources: number
    failed: number
    applied: number
    unchanged: number
    planned: number
    /** Sources whose files were not read at all: nothing had moved. */
    not_read: number
    models: number
    writes: number
    conflicts: number
    orphans: number
    requests: RequestCounts
  }
}

export interface SyncRunOptions {
  /** `--shard I/N`: this run takes the sources whose name hashes to I of N (1-based). */
  shard?: { index: number; count: number }
  dryRun?: boolean
  env?: Record<string, string | undefined>
  onProgress?: (report: SourceReport, done: number, total: number) => void
}

/** Which of N shards a source belongs to: by a hash of its name, so adding a source moves no other. */
export function shardOf(source: string, count: number): number {
  return (parseInt(createHash('sha256').update(source).digest('hex').slice(0, 8), 16) % count) + 1
}

interface Entry {
  source: string
  prune: boolean
  onDrift: OnDrift
}

/**
 * The sources of the configuration, discovered ones listed from their host: archived repositories
 * and forks left out unless asked, then `include`/`exclude` on the full name. An explicit source
 * wins over the same repository discovered. A listing that fails is a failed source, not a
 * failed run.
 */
export async function expandSources(
  config: SyncConfig,
  env: Record<string, string | undefined>,
): Promise<{ entries: Entry[]; failures: SourceReport[] }> {
  const entries = new Map<string, Entry>()
  const failures: SourceReport[] = []
  const policy = (e: SourceEntry) => ({ prune: e.prune ?? false, onDrift: e.on_drift ?? 'fail' })
  for (const e of config.sources)
    if (e.source) {
      const spec = parseSource(e.source)
      const id = spec.kind === 'local' ? e.source : repositoryId(spec)
      // A repository's models are one set (their identity is the repository and the key): two
      // entries would each see the other's models as orphans.
      if (entries.has(id))
        throw new UserError(
          `${e.source}: ${id} is listed twice in the configuration; list it once (one glob can take several folders: {a,b}/**)`,
          2,
        )
      entries.set(id, { source: e.source, ...policy(e) })
    }
  for (const e of config.sources.filter((x) => x.discover)) {
    const text = e.discover as string
    const at = text.indexOf(':')
    const host = text.slice(0, at) as 'github' | 'gitlab' | 'bitbucket'
    const started = performance.now()
    const counts: RequestCounts = { git: 0, tmi: 0, files: 0 }
    try {
      const repos = await countingRequests(counts, () => listRepositories(host, text.slice(at + 1), env))
      const included = e.include?.length ? picomatch(e.include) : () => true
      const excluded = e.exclude?.length ? picomatch(e.exclude) : () => false
      const taken = repos.filter(
        (r) =>
          !(r.archived && !e.archived) &&
          !(r.fork && !e.forks) &&
          included(r.fullName) &&
          !excluded(r.fullName),
      )
      // Finding nothing is never silent: a misspelt organisation must not look like a quiet night.
      if (taken.length === 0)
        throw new UserError(
          repos.length === 0
            ? 'no repository found (check the name and what the token may see)'
            : `none of the ${repos.length} repositories listed is taken (archived, forks, include/exclude)`,
        )
      for (const r of taken) {
        // The default branch is known from the listing: resolving it takes one request, not two.
        const source = `${host}:${r.fullName}@${e.ref ?? r.defaultBranch}${e.path ? `:${e.path}` : ''}`
        const id = repositoryId(parseSource(source) as Extract<SourceSpec, { repo: string }>)
        if (!entries.has(id)) entries.set(id, { source, ...policy(e) })
      }
    } catch (err) {
      failures.push({
        ...emptyReport(`discover ${text}`),
        error: `discovery failed: ${err instanceof Error ? err.message : String(err)}`,
        requests: counts,
        duration_ms: Math.round(performance.now() - started),
      })
    }
  }
  return { entries: [...entries.values()], failures }
}

function emptyReport(source: string): SourceReport {
  return {
    source,
    status: 'failed',
    read: false,
    conflicts: [],
    orphans: [],
    models: [],
    diagnostics: [],
    requests: { git: 0, tmi: 0, files: 0 },
    duration_ms: 0,
  }
}

/** At most `n` at once. */
function limiter(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: Array<() => void> = []
  return async (work) => {
    while (active >= n) await new Promise<void>((r) => waiting.push(r))
    active++
    try {
      return await work()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

interface RunContext {
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

/**
 * One scheduled run: every source of the configuration (of this shard) read at the commit its ref
 * points to, planned, and applied (directly, or through the addon). A source whose ref has not
 * moved and whose models TMI still holds as synced is not read at all. One source failing never
 * stops the others; the report says, per source and model, what happened.
 */
export async function runScheduledSync(
  config: SyncConfig,
  client: TmiClient,
  options: SyncRunOptions = {},
): Promise<SyncReport> {
  const started = new Date()
  const env = options.env ?? process.env
  const shard = options.shard ?? { index: 1, count: 1 }
  const run: RequestCounts = { git: 0, tmi: 0, files: 0 }
  const reports = await countingRequests(run, async () => {
    const { entries, failures } = await expandSources(config, env)
    const sources = entries.filter((s) => shardOf(s.source, shard.count) === shard.index)
    const concurrency = { ...CONCURRENCY, ...config.concurrency }
    const principal = sources.length > 0 ? await client.principal() : 'user'
    const viaAddon =
      config.write?.via === 'addon' || (config.write === undefined && principal === 'service-account')
    // One listing for the whole run: a listing per source would cost sources × models.
    const listing = sources.length > 0 ? client.all(client.listThreatModels()) : Promise.resolve([])
    const managed = listing.then((listed) => managedModels(client, listed))
    managed.catch(() => undefined) // each source reports it
    const ctx: RunContext = {
      client,
      config,
      options,
      env,
      runId: randomUUID(),
      hosts: {
        github: limiter(concurrency.github),
        gitlab: limiter(concurrency.gitlab),
        bitbucket: limiter(concurrency.bitbucket),
        git: limiter(concurrency.git),
      },
      listing,
      managed,
      viaAddon,
      mayWrite: principal !== 'service-account',
      shared: run,
    }
    const reports: SourceReport[] = [...failures]
    let next = 0
    const worker = async () => {
      for (let i = next++; i < sources.length; i = next++) {
        const report = await syncSource(sources[i] as Entry, ctx)
        reports.push(report)
        options.onProgress?.(report, reports.length, sources.length + failures.length)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency.tmi, sources.length) }, worker))
    reports.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
    return reports
  })
  const count = (status: SourceReport['status']) => reports.filter((r) => r.status === status).length
  const sum = (k: keyof RequestCounts) => reports.reduce((n, r) => n + r.requests[k], run[k])
  const report: SyncReport = {
    format: 1,
    tool: 'tmi-sync',
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    shard,
    dry_run: options.dryRun === true,
    sources: reports,
    shared_requests: { ...run },
    notifications: [],
    totals: {
      sources: reports.length,
      failed: count('failed'),
      applied: count('applied'),
      unchanged: count('unchanged'),
      planned: count('planned'),
      not_read: reports.filter((r) => r.status !== 'failed' && !r.read).length,
      models: reports.reduce((n, r) => n + r.models.length, 0),
      writes: reports.flatMap((r) => r.models).reduce((n, m) => n + m.writes, 0),
      conflicts: reports.reduce((n, r) => n + r.conflicts.length, 0),
      orphans: reports.reduce((n, r) => n + r.orphans.length, 0),
      requests: { git: sum('git'), tmi: sum('tmi'), files: sum('files') },
    },
  }
  report.notifications = await notifyAll(config, report, env)
  return report
}

async function syncSource(entry: Entry, ctx: RunContext): Promise<SourceReport> {
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
  const options: SyncOptions = {
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
  options: SyncOptions,
  report?: SourceReport,
): Promise<Plan> {
  return (await planOutcome(validated, pinned, client, options, report)).plan
}

async function planOutcome(
  validated: ValidateReport,
  pinned: string,
  client: TmiClient,
  options: SyncOptions,
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
    options: SyncOptions
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

/** The configuration's webhooks told what this run did: completed or failed, and any drift. */
async function notifyAll(
  config: SyncConfig,
  report: SyncReport,
  env: Record<string, string | undefined>,
): Promise<Delivery[]> {
  if (!config.notify?.length) return []
  const summary = {
    tool: 'tmi-sync',
    started_at: report.started_at,
    finished_at: report.finished_at,
    shard: report.shard,
    dry_run: report.dry_run,
    totals: report.totals,
  }
  const events: Array<[SyncEvent, Record<string, unknown>]> = [
    [
      report.totals.failed > 0 ? 'sync.failed' : 'sync.completed',
      {
        ...summary,
        sources: report.sources.map((s) => ({
          source: s.source,
          status: s.status,
          ...(s.commit ? { commit: s.commit } : {}),
          ...(s.error ? { error: s.error } : {}),
        })),
      },
    ],
  ]
  const drift = report.sources.flatMap((s) => s.conflicts.map((c) => ({ source: s.source, ...c })))
  if (drift.length > 0) events.push(['drift.detected', { ...summary, drift }])
  return Promise.all(
    config.notify.flatMap((n) => {
      const wanted = events.filter(([event]) => (n.events ?? SYNC_EVENTS).includes(event))
      const url = n.url ?? env[n.url_env ?? '']
      const secret = n.secret_env ? env[n.secret_env] : undefined
      // A variable named but not set is a failed delivery: never sent to an unknown place, nor
      // sent unsigned to a receiver that checks signatures.
      const unset = !url ? n.url_env : n.secret_env && !secret ? n.secret_env : undefined
      if (unset !== undefined)
        return wanted.map(([event]) =>
          Promise.resolve<Delivery>({
            url: url ? shownUrl(url) : `$${unset}`,
            event,
            id: '',
            status: 'failed',
            attempts: 0,
            error: `${unset} is not set`,
          }),
        )
      const hook: Hook = { url: url as string, shown: shownUrl(url as string), ...(secret ? { secret } : {}) }
      return wanted.map(([event, payload]) => deliver(hook, event, payload))
    }),
  )
}

/** A webhook URL as reports show it: scheme and host only (a chat webhook's path is its secret). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}/…`
  } catch {
    return '(invalid URL)'
  }
}

import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../common/errors.js'
import { validateSyncConfig } from '../format/schema.js'
import type { ModelResult } from '../reconcile/apply.js'
import { hasChanges, summarise, type OnDrift, type PlanSummary } from '../reconcile/plan.js'
import { parseSource, repositoryId } from '../providers/source.js'
import type { TmiClient } from '../tmi/client.js'
import { readConfigFile } from './config-file.js'
import { planPaths } from './sync.js'
import { applyAsAllowed, pinnedSource } from './via-addon.js'

/** `tmi-sync.yaml` (schemas/sync-config.schema.json). */
export interface SyncConfig {
  tmi_url?: string
  write?: { via: 'direct' | 'addon'; addon_id?: string }
  concurrency?: number
  sources: Array<{ source: string; prune?: boolean; on_drift?: OnDrift }>
}

export const CONFIG_NAME = 'tmi-sync.yaml'

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

export interface SourceReport {
  source: string
  /** The commit that was read. */
  commit?: string
  status: 'applied' | 'unchanged' | 'planned' | 'failed'
  summary?: PlanSummary
  models: Array<{ key: string; status: ModelResult['status'] | 'planned'; writes: number; error?: string }>
  error?: string
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
  totals: {
    sources: number
    failed: number
    applied: number
    unchanged: number
    planned: number
    writes: number
  }
}

export interface SyncRunOptions {
  /** `--shard I/N`: this run takes the sources whose name hashes to I of N (1-based). */
  shard?: { index: number; count: number }
  dryRun?: boolean
  env?: Record<string, string | undefined>
  onProgress?: (report: SourceReport) => void
}

/** Which of N shards a source belongs to: by a hash of its name, so adding a source moves no other. */
export function shardOf(source: string, count: number): number {
  return (parseInt(createHash('sha256').update(source).digest('hex').slice(0, 8), 16) % count) + 1
}

/**
 * One scheduled run: every source of the configuration (of this shard) read at the commit its ref
 * points to, planned, and applied (directly, or through the addon). One source failing never stops
 * the others; the report says, per source and model, what happened.
 */
export async function runScheduledSync(
  config: SyncConfig,
  client: TmiClient,
  options: SyncRunOptions = {},
): Promise<SyncReport> {
  const started = new Date()
  const shard = options.shard ?? { index: 1, count: 1 }
  const sources = config.sources.filter((s) => shardOf(s.source, shard.count) === shard.index)
  const reports: SourceReport[] = new Array<SourceReport>(sources.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      const report = await syncSource(sources[i] as SyncConfig['sources'][number], client, config, options)
      reports[i] = report
      options.onProgress?.(report)
    }
  }
  await Promise.all(Array.from({ length: Math.min(config.concurrency ?? 2, sources.length) }, worker))
  const count = (status: SourceReport['status']) => reports.filter((r) => r.status === status).length
  return {
    format: 1,
    tool: 'tmi-sync',
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    shard,
    dry_run: options.dryRun === true,
    sources: reports,
    totals: {
      sources: reports.length,
      failed: count('failed'),
      applied: count('applied'),
      unchanged: count('unchanged'),
      planned: count('planned'),
      writes: reports.flatMap((r) => r.models).reduce((n, m) => n + m.writes, 0),
    },
  }
}

async function syncSource(
  entry: SyncConfig['sources'][number],
  client: TmiClient,
  config: SyncConfig,
  options: SyncRunOptions,
): Promise<SourceReport> {
  const start = performance.now()
  const report: SourceReport = { source: entry.source, status: 'failed', models: [], duration_ms: 0 }
  try {
    const spec = parseSource(entry.source)
    if (spec.kind === 'local')
      throw new UserError(`${entry.source}: a scheduled sync reads repositories (HOST:REPO[@REF][:GLOB])`)
    const pinned = await pinnedSource(entry.source, options.env)
    const pinnedSpec = parseSource(pinned)
    if (pinnedSpec.kind !== 'local' && pinnedSpec.ref) report.commit = pinnedSpec.ref
    const outcome = await planPaths([pinned], client, {
      source: repositoryId(spec),
      prune: entry.prune ?? false,
      onDrift: entry.on_drift ?? 'fail',
      ...(options.env ? { env: options.env } : {}),
    })
    if (!outcome.ok) {
      const first = outcome.diagnostics.find((d) => d.severity === 'error')
      throw new UserError(
        `invalid models, nothing sent${first ? `: ${first.file}:${first.line}:${first.col}: ${first.message}` : ''}`,
      )
    }
    const { plan } = outcome
    report.summary = plan.summary
    if (!hasChanges(plan)) {
      report.status = 'unchanged'
      report.models = plan.models.map((m) => ({ key: m.key, status: 'unchanged', writes: 0 }))
      return report
    }
    if (options.dryRun) {
      report.status = 'planned'
      report.models = plan.models.map((m) => ({
        key: m.key,
        status: hasChanges({ ...plan, models: [m], summary: summarise([m]) }) ? 'planned' : 'unchanged',
        writes: 0,
      }))
      return report
    }
    const results = await applyAsAllowed(plan, client, {
      maxWaitMs: 60 * 60_000,
      ...(config.write ? { via: config.write.via } : {}),
      ...(config.write?.via === 'addon' && config.write.addon_id ? { addonId: config.write.addon_id } : {}),
    })
    report.models = results.map((r) => ({
      key: r.key,
      status: r.status,
      writes: r.writes,
      ...(r.error ? { error: r.error } : {}),
    }))
    const failed = results.find((r) => r.status === 'failed')
    report.status = failed ? 'failed' : 'applied'
    if (failed) report.error = `${failed.key}: ${failed.error ?? 'failed'}`
  } catch (e) {
    report.status = 'failed'
    report.error = e instanceof Error ? e.message : String(e)
  } finally {
    report.duration_ms = Math.round(performance.now() - start)
  }
  return report
}

// engine/scheduled-sync: `tmi-sync sync`, the scheduled multi-repository sync, the top floor of
// engine/. sync.ts runs it: config.ts (tmi-sync.yaml) → sources.ts (expanded, discovered, sharded)
// → source-run.ts (one source: skipped if nothing moved, else planned and applied, leased and
// stamped through sync-state/, or through the addon) → report.ts → notify.ts (webhooks).
import { randomUUID } from 'node:crypto'
import { countingRequests, type RequestCounts } from '../../common/request-count.js'
import type { TmiClient } from '../../tmi/client.js'
import { managedModels } from '../sync-state/stamps.js'
import { CONCURRENCY, type SyncConfig } from './config.js'
import { notifyAll } from './notify.js'
import type { SourceReport, SyncReport } from './report.js'
import { syncSource, type RunContext, type SyncRunOptions } from './source-run.js'
import { expandSources, shardOf, type Entry } from './sources.js'

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

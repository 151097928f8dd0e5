// engine/scheduled-sync: the run's report (schemas/sync-report.schema.json), per source and model.
import type { RequestCounts } from '../../common/request-count.js'
import type { ModelResult } from '../../reconcile/apply.js'
import type { PlanSummary } from '../../reconcile/plan.js'
import type { SyncEvent } from './config.js'

/** One event told to one webhook, as the report shows it (the URL's host only). */
export interface Delivery {
  url: string
  event: SyncEvent
  id: string
  status: 'delivered' | 'failed'
  attempts: number
  error?: string
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

/** A source's report before its run: failed until the run says otherwise. */
export function emptyReport(source: string): SourceReport {
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

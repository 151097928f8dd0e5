import type { Kind } from '../model/desired.js'

/** Version of the plan format; a saved plan of another version is refused. */
export const PLAN_FORMAT = 1

export type OnDrift = 'fail' | 'overwrite' | 'skip'
export type Action = 'create' | 'update' | 'delete' | 'unchanged' | 'orphan' | 'conflict' | 'skip'
export type ObjectKind = Kind | 'threat_model'

export interface FieldChange {
  field: string
  old?: unknown
  new?: unknown
}

/** One object's planned change: what, why, and the exact state to write. */
export interface ObjectChange {
  kind: ObjectKind
  key: string
  name: string
  action: Action
  reason: string
  changes: FieldChange[]
  /** Server id, when the object exists in TMI. */
  id?: string
  /** The state to write, in key-space (references resolved at apply). */
  desired?: { fields: Record<string, unknown>; metadata: Record<string, string> }
  /** Digest recorded as `tmi-sync-digest` once written. */
  digest?: string
  /** The object's current metadata, so full-replace writes keep keys others added. */
  remote_metadata?: Array<{ key: string; value: string }>
  /** Changed in TMI since tmi-sync last applied it (a conflict, or overwritten or skipped on request). */
  drift?: true
}

export interface ModelPlan {
  /** The set of files the model belongs to (`--source`, or the repository): identity is source + key. */
  source: string
  key: string
  file: string
  name: string
  action: 'create' | 'update' | 'unchanged'
  threat_model_id?: string
  is_confidential: boolean
  /** ACL entries TMI added itself; sent back with any ACL change so they are never lost. */
  server_authorization: Array<Record<string, unknown>>
  /** Digest of the remote state the plan was computed against: apply refuses if TMI changed since. */
  remote_fingerprint: string | null
  changes: ObjectChange[]
}

/**
 * A threat model in TMI that no file claims any more: applied from one of the plan's sources
 * under a key no file has (removed, or renamed without keeping its key), or a second copy of one
 * file's model (two applies at once). tmi-sync created it; `--prune` deletes it only when
 * everything in it is tmi-sync's too.
 */
export interface OrphanModel {
  source: string
  key: string
  threat_model_id: string
  name: string
  action: 'delete' | 'orphan'
  reason: string
  /** What the plan read of it: apply deletes it only if TMI still holds exactly that. */
  remote_fingerprint: string
  /** The key of a model this plan creates that looks like this one renamed. */
  renamed_to?: string
}

export interface PlanSummary {
  create: number
  update: number
  delete: number
  unchanged: number
  orphan: number
  conflict: number
  skip: number
}

/** A plan is data: printed, saved (`--out`), reviewed and applied exactly (`apply PLANFILE`). */
export interface Plan {
  format: typeof PLAN_FORMAT
  tool: 'tmi-sync'
  created_at: string
  tmi_url: string
  source: string
  options: { prune: boolean; on_drift: OnDrift }
  models: ModelPlan[]
  /** Absent in plans saved before orphaned models were reported: read as none. */
  orphaned_models?: OrphanModel[]
  summary: PlanSummary
}

export function summarise(models: ModelPlan[], orphans: OrphanModel[] = []): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, delete: 0, unchanged: 0, orphan: 0, conflict: 0, skip: 0 }
  for (const m of models) for (const c of m.changes) s[c.action]++
  for (const o of orphans) s[o.action]++
  return s
}

export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete + plan.summary.conflict > 0
}

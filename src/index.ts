/**
 * tmi-sync as a library: read and validate threat-model files (native YAML/JSON or Threat Dragon
 * v2) with located diagnostics, plan and apply them to a TMI server. Re-exports only; the logic
 * lives in the layers.
 */
import { schemaFor } from './format/schema.js'

export type { Diagnostic, Position, Severity } from './common/diagnostic.js'
export { UserError } from './common/errors.js'
export type { ParsedDocument, ParseResult, Syntax } from './format/document.js'
export { parseText } from './format/parse.js'
export { validateSchema } from './format/schema.js'
/** The published JSON Schema of the native format (`schemas/threat-model.schema.json`). */
export const threatModelSchema = schemaFor('threat-model')
export { decodeSource, DEFAULT_MAX_BYTES, type SourceFile } from './format/source.js'
export { detectJsonModel, type JsonModelKind } from './format/threat-dragon/detect.js'
export { readThreatDragon, type ThreatDragonReadResult } from './format/threat-dragon/read.js'
export type { LossyPoint } from './format/threat-dragon/context.js'
export { toNativeYaml } from './format/write.js'
export * from './format/native.js'
export { loadModelFile, type LoadedFile, type LoadOptions, type ModelFormat } from './model/load.js'
export { checkReferences } from './model/references.js'
export { checkTmiRules } from './model/tmi-rules.js'
export { validatePaths, type ValidateOptions, type ValidateReport } from './engine/validate/validate.js'
export { importThreatDragon, type ImportedFile } from './engine/import/import.js'
export {
  planPaths,
  type PlanOutcome,
  type PlanOptions,
  type PlanOptions as SyncOptions,
} from './engine/plan-apply/plan.js'
export { applyPlan, StalePlanError } from './engine/plan-apply/apply.js'
export { runScheduledSync } from './engine/scheduled-sync/sync.js'
export { findSyncConfig, type SyncConfig } from './engine/scheduled-sync/config.js'
export type { SyncReport } from './engine/scheduled-sync/report.js'
export type { SyncRunOptions } from './engine/scheduled-sync/source-run.js'
export type { ModelResult } from './reconcile/apply.js'
export { DriftRefusal } from './reconcile/apply.js'
export { hasChanges, PLAN_FORMAT, type OnDrift, type Plan } from './reconcile/plan.js'
export { renderMarkdown, renderSummary, renderText } from './reconcile/render.js'
export { clientCredentials, staticToken } from './tmi/auth.js'
export { clientFromEnv, TmiClient, type TmiClientOptions } from './tmi/client.js'
export { desiredModel, type DesiredModel, type DesiredObject } from './model/desired.js'
export { pullModels, type PullOptions, type PullResult } from './engine/pull/pull.js'
export {
  createModel,
  listBranches,
  listModels,
  listRepositories,
  readModel,
  updateModel,
  type ModelSummary,
  type ReadModel,
} from './engine/repositories/repository-models.js'
export { parseSource, type SourceSpec } from './providers/source.js'
export { openRepository } from './providers/open.js'
export {
  UnsupportedError,
  WriteConflictError,
  type Branch,
  type CommitRequest,
  type RepoFile,
  type Repository,
  type RepositoryInfo,
} from './providers/types.js'

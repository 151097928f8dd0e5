import { UserError } from '../common/errors.js'
import { parseText } from '../format/parse.js'
import { validateInvocation } from '../format/schema.js'
import { digest } from '../model/ids.js'
import { META } from '../model/remote.js'
import { DriftRefusal } from '../reconcile/apply.js'
import { hasChanges, type ModelPlan, type OnDrift } from '../reconcile/plan.js'
import { parseSource, repositoryId, type SourceSpec } from '../providers/source.js'
import type { TmiClient } from '../tmi/client.js'
import { pullModels } from './pull.js'
import { applyPlan, planPaths } from './sync.js'

/**
 * The user data of an invocation (schemas/addon-invocation.schema.json). Without `source` and
 * `key`, they are the threat model's own: what TMI's "Sync from Git" button sends.
 */
export interface InvocationData {
  tmi_sync?: 1
  action: 'apply' | 'pull'
  source?: string
  key?: string
  plan_digest?: string
}

/** What the service allows every invocation (its configuration file). */
export interface AddonPolicy {
  /** Repositories invocations may read, as `HOST:REPO`: any other is refused. */
  sources: string[]
  onDrift: OnDrift
  prune: boolean
}

export interface InvocationRequest {
  threatModelId: string
  userData: unknown
  /** Acts with the delivery's delegation token: as the invoker, for this threat model only. */
  client: TmiClient
  policy: AddonPolicy
  /** Epoch ms after which no write starts. */
  deadline: number
  env?: Record<string, string | undefined>
}

export interface InvocationOutcome {
  ok: boolean
  /** One line, for the delivery's status message. */
  message: string
  writes: number
}

/** The digest of one model's planned changes: a saved plan's invocation carries it. */
export function modelPlanDigest(model: ModelPlan): string {
  return digest(model.changes)
}

/**
 * One invocation of the tmi-sync addon: `apply` (Git → TMI) or `pull` (TMI → a branch and pull
 * request), for the threat model it was invoked on and nothing else. Every refusal changes nothing.
 */
export async function runInvocation(request: InvocationRequest): Promise<InvocationOutcome> {
  try {
    const data = checkUserData(request.userData)
    const claims = await claimsOf(request.client, request.threatModelId)
    const spec = sourceOf(data, claims, request.policy)
    if (data.key !== undefined && data.key !== claims.key)
      refuse(`threat model ${request.threatModelId} holds model "${claims.key}", not "${data.key}"`)
    return data.action === 'pull'
      ? await pull(spec, request)
      : await apply(spec, claims.key, data.plan_digest, request)
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), writes: 0 }
  }
}

function refuse(message: string): never {
  throw new UserError(`refused: ${message}; nothing was changed`, 1, { permanent: true })
}

/** The user data, validated against its schema; an error names the offending member. */
function checkUserData(userData: unknown): InvocationData {
  const text = JSON.stringify(userData ?? {}, null, 2)
  const parsed = parseText('user data', text, 'json')
  if (!parsed.ok) refuse('the user data is not a JSON object')
  const errors = validateInvocation(parsed.document)
  if (errors.length > 0)
    refuse(`invalid user data: ${errors.map((d) => `${d.pointer || '/'} ${d.message}`).join('; ')}`)
  return parsed.document.value as InvocationData
}

/** The model a threat model holds, by the metadata tmi-sync wrote on it. */
async function claimsOf(client: TmiClient, threatModelId: string): Promise<{ source: string; key: string }> {
  const metadata = await client.listMetadata({ threatModel: threatModelId })
  const value = (key: string) => metadata.find((m) => m.key === key)?.value
  const source = value(META.source)
  const key = value(META.key)
  if (!source || !key)
    refuse(
      `threat model ${threatModelId} is not managed by tmi-sync (it has no ${META.source} and ${META.key})`,
    )
  return { source, key }
}

/** The source to read: the one named, which must be the threat model's own and allowed. */
function sourceOf(
  data: InvocationData,
  claims: { source: string },
  policy: AddonPolicy,
): Extract<SourceSpec, { repo: string }> {
  const spec = parseSource(data.source ?? claims.source)
  if (spec.kind === 'local') refuse(`"${spec.path}" is not a repository (HOST:REPO[@REF][:PATH])`)
  const id = repositoryId(spec)
  if (id !== claims.source) refuse(`the threat model belongs to ${claims.source}, not ${id}`)
  const allowed = policy.sources.map((s) => {
    const allowedSpec = parseSource(s)
    return allowedSpec.kind === 'local' ? s : repositoryId(allowedSpec)
  })
  if (!allowed.includes(id)) refuse(`${id} is not among the sources this service may read`)
  return spec
}

async function apply(
  spec: Extract<SourceSpec, { repo: string }>,
  key: string,
  planDigest: string | undefined,
  request: InvocationRequest,
): Promise<InvocationOutcome> {
  const { client, policy, threatModelId } = request
  const outcome = await planPaths([spec.text], client, {
    source: repositoryId(spec),
    prune: policy.prune,
    onDrift: policy.onDrift,
    threatModel: threatModelId,
    ...(request.env ? { env: request.env } : {}),
  })
  if (!outcome.ok) {
    const first = outcome.diagnostics.find((d) => d.severity === 'error')
    refuse(
      `the files at ${spec.text} are invalid (${first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : 'see tmi-sync validate'})`,
    )
  }
  const model = outcome.plan.models.find((m) => m.key === key)
  if (!model) refuse(`${spec.text} has no model with key "${key}"`)
  if (model.threat_model_id !== threatModelId)
    refuse(
      `model "${key}" of ${repositoryId(spec)} is threat model ${model.threat_model_id ?? '(none yet)'}, not ${threatModelId}`,
    )
  if (planDigest !== undefined && modelPlanDigest(model) !== planDigest)
    refuse('TMI or the files changed since the plan was made; make a new plan')
  // This threat model only: other models of the source, and orphans, are other invocations' work.
  const plan = { ...outcome.plan, models: [model], orphaned_models: [] }
  if (!hasChanges(plan)) return { ok: true, message: `${key}: no changes`, writes: 0 }
  try {
    const [result] = await applyPlan(plan, client, { saved: false, deadline: request.deadline })
    if (!result || result.status === 'failed')
      return { ok: false, message: `${key}: ${result?.error ?? 'failed'}`, writes: result?.writes ?? 0 }
    return { ok: true, message: `${key}: applied (${result.writes} writes)`, writes: result.writes }
  } catch (e) {
    if (e instanceof DriftRefusal) refuse(`${key}: ${e.message}`)
    throw e
  }
}

async function pull(
  spec: Extract<SourceSpec, { repo: string }>,
  request: InvocationRequest,
): Promise<InvocationOutcome> {
  const result = await pullModels(spec.text, request.client, {
    source: repositoryId(spec),
    ids: [request.threatModelId],
    ...(request.env ? { env: request.env } : {}),
  })
  if (result.refused.length > 0) return { ok: false, message: result.refused.join('; '), writes: 0 }
  const changed = result.files.filter((f) => f.status !== 'unchanged')
  if (changed.length === 0) return { ok: true, message: 'the files already hold what TMI holds', writes: 0 }
  return { ok: true, message: result.notes.join('; '), writes: changed.length }
}

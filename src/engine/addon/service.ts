// engine/addon: tmi-sync as a TMI addon, both sides. service.ts: the service's side (an invocation
// TMI delivered, with its 60-second delegation token: checked, then planned and applied or pulled);
// invoke.ts: the invoker's side (`apply --via-addon`, the scheduled sync as a service account);
// registration.ts finds or registers the addon in TMI; outcome.ts records what an invocation did.
import { UserError } from '../../common/errors.js'
import { parseText } from '../../format/parse.js'
import { validateInvocation } from '../../format/schema.js'
import { digest } from '../../model/ids.js'
import { META } from '../../model/remote.js'
import { DriftRefusal } from '../../reconcile/apply.js'
import { hasChanges, type ModelPlan, type OnDrift } from '../../reconcile/plan.js'
import { parseSource, repositoryId, type SourceSpec } from '../../providers/source.js'
import type { TmiClient } from '../../tmi/client.js'
import { pullModels } from '../pull/pull.js'
import { planReport } from '../plan-apply/plan.js'
import { applyPlan } from '../plan-apply/apply.js'
import { takeLease } from '../sync-state/leases.js'
import { filesDigest, scopeOf, stampPlan } from '../sync-state/stamps.js'
import { validatePaths } from '../validate/validate.js'

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
  /** From a scheduled sync: what it saw of the source, recorded with the commit (`SourcePoint`). */
  sync_point?: { models: number; scope: string; files: string }
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
    return data.action === 'pull' ? await pull(spec, request) : await apply(spec, claims.key, data, request)
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

/** Past this, a lease whose holder died (a replica killed mid-delivery) may be taken again. */
const LEASE_TTL_MS = 10 * 60_000

async function apply(
  spec: Extract<SourceSpec, { repo: string }>,
  key: string,
  data: InvocationData,
  request: InvocationRequest,
): Promise<InvocationOutcome> {
  const { client, threatModelId } = request
  // One run at a time on a threat model: a scheduled sync and this invocation, or two invocations.
  const lease = await takeLease(client, threatModelId, {
    ttlMs: LEASE_TTL_MS,
    waitMs: Math.max(0, request.deadline - Date.now() - 40_000),
  })
  if (!lease)
    throw new UserError(`${key}: another run is applying this threat model now; invoke again once it is done`)
  try {
    return await applyLeased(spec, key, data, request)
  } finally {
    await lease.release().catch(() => undefined)
  }
}

async function applyLeased(
  spec: Extract<SourceSpec, { repo: string }>,
  key: string,
  data: InvocationData,
  request: InvocationRequest,
): Promise<InvocationOutcome> {
  const { client, policy, threatModelId } = request
  const options = {
    source: repositoryId(spec),
    prune: policy.prune,
    onDrift: policy.onDrift,
    threatModel: threatModelId,
    ...(request.env ? { env: request.env } : {}),
  }
  const validated = await validatePaths([spec.text], { ...options, digest: true })
  const outcome = await planReport(validated, [spec.text], client, options)
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
  if (data.plan_digest !== undefined && modelPlanDigest(model) !== data.plan_digest)
    refuse('TMI or the files changed since the plan was made; make a new plan')
  // This threat model only: other models of the source, and orphans, are other invocations' work.
  const plan = { ...outcome.plan, models: [model], orphaned_models: [] }
  // Read at a commit: once settled, the model records it, so a scheduled run need not read it again.
  // A stamp not written only costs the next scheduled run a read: never a failed invocation.
  const stamp = async () => {
    const commit = spec.ref
    if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) || Date.now() > request.deadline - 5_000)
      return
    try {
      const after = await planReport(validated, [spec.text], client, options)
      if (after.ok)
        await stampPlan(
          client,
          after.plan.models.filter((m) => m.key === key),
          // Invoked by hand ("Sync from Git"), what was read is this one file: a scheduled run
          // then reads the source once and records its own view of it.
          data.sync_point
            ? { commit, ...data.sync_point }
            : {
                commit,
                scope: scopeOf(spec.glob, policy.prune),
                files: filesDigest(validated.files.flatMap((f) => (f.at ? [f.at] : []))),
                models: after.plan.models.length,
              },
        )
    } catch {
      // the model is applied; the next run reads its source and stamps it
    }
  }
  if (!hasChanges(plan)) {
    await stamp()
    return { ok: true, message: `${key}: no changes`, writes: 0 }
  }
  try {
    const [result] = await applyPlan(plan, client, { saved: false, deadline: request.deadline })
    if (!result || result.status === 'failed')
      return { ok: false, message: `${key}: ${result?.error ?? 'failed'}`, writes: result?.writes ?? 0 }
    await stamp()
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

// engine/plan-apply: applies a Plan (reconcile/apply.ts per model), refused early where TMI would refuse.
import { UserError } from '../../common/errors.js'
import type { DesiredModel, Kind } from '../../model/desired.js'
import {
  applyModel,
  checkDrift,
  settleCreatedModels,
  type ModelResult,
  type TmiPort,
} from '../../reconcile/apply.js'
import { fingerprint } from '../../reconcile/diff.js'
import { hasChanges, type Plan } from '../../reconcile/plan.js'
import type { TmiClient } from '../../tmi/client.js'
import { SERVICE_ACCOUNT_HELP, ServiceAccountRefusal } from '../../tmi/errors.js'
import { tmiPort } from '../../tmi/port.js'
import { readSnapshot, unlessGone } from '../../tmi/snapshot.js'
import { findRemote, identity, orphanFingerprint } from './find-remote.js'

export class StalePlanError extends Error {}

/** Apply refused before its first write: the credentials are a service account (tmi-api.md §00.1). */
export class ServiceAccountApplyError extends UserError {
  constructor() {
    super(`refused before any write: the TMI credentials are a service account. ${SERVICE_ACCOUNT_HELP}`, 1, {
      permanent: true,
    })
  }
}

/** The port with every call made through `guard` (which decides whether and how it runs). */
function guardPort(port: TmiPort, guard: (call: () => Promise<unknown>) => Promise<unknown>): TmiPort {
  const guarded = {} as Record<string, unknown>
  for (const [name, call] of Object.entries(port) as Array<[string, (...a: unknown[]) => Promise<unknown>]>)
    guarded[name] = (...args: unknown[]) => guard(() => call(...args))
  return guarded as unknown as TmiPort
}

/**
 * Once TMI refused one write because the token is a service account (an opaque TMI_TOKEN that
 * could not be told apart), every later write would be refused too: send none of them.
 */
function stopAfterServiceAccountRefusal(port: TmiPort): TmiPort {
  let refusal: ServiceAccountRefusal | undefined
  return guardPort(port, async (call) => {
    if (refusal) throw refusal
    try {
      return await call()
    } catch (e) {
      if (e instanceof ServiceAccountRefusal) refusal = e
      throw e
    }
  })
}

/**
 * No call starts after the deadline: what was written stays consistent (every write carries its own
 * digest) and the next run converges, which is better than a token expiring half-way through one.
 */
function stopAtDeadline(port: TmiPort, deadline: number): TmiPort {
  return guardPort(port, (call) => {
    if (Date.now() >= deadline)
      throw new UserError(
        'stopped at the deadline, before the delegation token ran out; invoke again to finish',
      )
    return call()
  })
}

/** Applies a plan; a saved plan first checks TMI still holds what the plan was computed against. */
export async function applyPlan(
  plan: Plan,
  client: TmiClient,
  options: {
    saved: boolean
    desired?: DesiredModel[]
    concurrency?: number
    onEvent?: (e: string) => void
    /** Epoch ms after which no write starts (an addon's 60-second delegation token). */
    deadline?: number
  },
): Promise<ModelResult[]> {
  checkDrift(plan, plan.options.on_drift)
  if (hasChanges(plan) && (await client.principal()) === 'service-account')
    throw new ServiceAccountApplyError()
  if (options.saved) await checkFresh(plan, client)
  let port = stopAfterServiceAccountRefusal(tmiPort(client))
  if (options.deadline !== undefined) port = stopAtDeadline(port, options.deadline)
  const results: ModelResult[] = new Array<ModelResult>(plan.models.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < plan.models.length; i = next++)
      results[i] = await applyModel(
        plan.models[i] as Plan['models'][number],
        port,
        plan.models[i]?.source ?? plan.source,
        options.onEvent,
      )
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, plan.models.length) }, worker))
  try {
    await settleCreatedModels(
      port,
      results,
      plan.models.map((m) => m.source ?? plan.source),
    )
  } catch (e) {
    // Refused as a service account: the models' own results already say so. Anything else must
    // not hide what was applied; a copy left behind shows in the next plan and --prune removes it.
    if (!(e instanceof ServiceAccountRefusal))
      for (const r of results.filter((r) => r.created && r.status === 'applied')) {
        r.status = 'failed'
        r.error = `applied, but looking for a copy another apply made at the same moment failed: ${e instanceof Error ? e.message : String(e)}; rerun plan to check`
      }
  }
  // Models no file claims, last: tmi-sync created them and all they hold (see `orphanModel`).
  for (const orphan of (plan.orphaned_models ?? []).filter((o) => o.action === 'delete')) {
    const result: ModelResult = {
      key: orphan.key,
      file: '',
      status: 'deleted',
      threatModelId: orphan.threat_model_id,
      writes: 0,
    }
    try {
      // Deleting a threat model deletes all it holds: only if it is still what the plan showed (a
      // saved plan may be days old, and someone may have added a threat to it in TMI meanwhile).
      const now = await unlessGone(readSnapshot(client, { id: orphan.threat_model_id }))
      if (now && orphanFingerprint(now) !== orphan.remote_fingerprint) {
        result.status = 'failed'
        result.error = `the orphaned threat model ${orphan.threat_model_id} changed in TMI since the plan, so it was not deleted; make a new plan`
        result.permanent = true
      } else if (now) {
        await port.deleteThreatModel(orphan.threat_model_id)
        result.writes = 1
      }
    } catch (e) {
      // Gone already (deleted by hand, or by another apply): what --prune wanted.
      if ((e as { status?: number }).status !== 404) {
        result.status = 'failed'
        result.error = `deleting the orphaned threat model ${orphan.threat_model_id}: ${e instanceof Error ? e.message : String(e)}`
      }
    }
    results.push(result)
  }
  return results
}

async function checkFresh(plan: Plan, client: TmiClient): Promise<void> {
  // What TMI holds is fingerprinted as the plan read it: only the keys of each model matter.
  const stubs = plan.models.map((m) => ({
    source: m.source,
    key: m.key,
    name: m.name,
    desired: (): DesiredModel => ({
      key: m.key,
      file: m.file,
      fields: { name: m.name },
      metadata: {},
      isConfidential: m.is_confidential,
      objects: m.changes
        .filter((c) => c.kind !== 'threat_model')
        .map((c) => ({ kind: c.kind as Kind, key: c.key, fields: {}, metadata: {} })),
    }),
  }))
  const { found: now } = await findRemote(client, stubs, {
    keep: (read, wanted) => fingerprint(read.remote(wanted.desired())),
  })
  for (const m of plan.models) {
    if ((now.get(identity(m.source, m.key)) ?? null) !== m.remote_fingerprint) {
      throw new StalePlanError(`TMI changed since the plan was made (model "${m.key}"); make a new plan`)
    }
  }
}

// engine/addon: the invoker's side: apply through the addon, which writes as the person or run that invoked it.
import { UserError } from '../../common/errors.js'
import { applyModel, type ModelResult } from '../../reconcile/apply.js'
import { applyPlan } from '../plan-apply/apply.js'
import type { ModelPlan, Plan } from '../../reconcile/plan.js'
import { resolveCommit } from '../../providers/open.js'
import { parseSource, pinnedAt } from '../../providers/source.js'
import type { TmiClient } from '../../tmi/client.js'
import { TmiHttpError } from '../../tmi/errors.js'
import { tmiPort } from '../../tmi/port.js'
import { modelPlanDigest, type InvocationData } from './service.js'
import { readOutcome, type RecordedOutcome } from './outcome.js'
import { findAddon } from './registration.js'

export interface ViaAddonOptions {
  /** The addon to invoke; the TMI's only tmi-sync addon when absent. */
  addonId?: string
  /** The plan was saved: each invocation carries its model's planned changes, to be refused if TMI moved. */
  saved: boolean
  /** A scheduled sync's view of the source (`SourcePoint`), for the addon to record with the commit. */
  point?: { scope: string; files: string }
  /** How long to wait, in all, on TMI's hourly invocation quota before giving up (ms). */
  maxWaitMs: number
  /** How long one delivery may take, TMI's own retries included, before it is reported failed. */
  deliveryTimeoutMs?: number
  pollMs?: number
  /** Between two invocations (TMI refuses a second one within 5 s); an emulator may allow less. */
  spacingMs?: number
  sleep?: (ms: number) => Promise<void>
  onEvent?: (line: string) => void
}

/**
 * A plan applied the way the credentials allow (tmi-api.md §00.1): through the tmi-sync addon for a
 * service account, or whenever `via` says so; directly for a person. The unattended front ends
 * (the Action on push, the scheduled sync) apply with this.
 */
export async function applyAsAllowed(
  plan: Plan,
  client: TmiClient,
  options: {
    via?: 'direct' | 'addon'
    addonId?: string
    /** See `ViaAddonOptions.point`. */
    point?: { scope: string; files: string }
    maxWaitMs: number
    onEvent?: (line: string) => void
  },
): Promise<ModelResult[]> {
  const viaAddon =
    options.via === 'addon' ||
    options.addonId !== undefined ||
    (options.via === undefined && (await client.principal()) === 'service-account')
  return viaAddon
    ? applyViaAddon(plan, client, {
        saved: false,
        maxWaitMs: options.maxWaitMs,
        ...(options.point !== undefined ? { point: options.point } : {}),
        ...(options.addonId !== undefined ? { addonId: options.addonId } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
      })
    : applyPlan(plan, client, { saved: false, ...(options.onEvent ? { onEvent: options.onEvent } : {}) })
}

/** TMI refuses a second invocation of one addon by one invoker within 5 s (tmi-api.md §00.2). */
const SPACING_MS = 5_250
/** And more than 3 of an invoker's invocations unfinished at once. */
const MAX_ACTIVE = 3
/** TMI caps an invocation's user data at 1024 bytes of JSON. */
const USER_DATA_BYTES = 1024

/**
 * `apply --via-addon`: a service account may read, plan and create threat models, but not write
 * inside one; the tmi-sync addon service may, with the delegation token TMI gives each invocation.
 * So: new threat models are created here, and the addon is invoked once for each model with
 * changes, paced by TMI's limits; each delivery is followed to its end and reported like apply.
 */
export async function applyViaAddon(
  plan: Plan,
  client: TmiClient,
  options: ViaAddonOptions,
): Promise<ModelResult[]> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const pollMs = options.pollMs ?? 1_000
  const addon = await findAddon(client, options.addonId)
  const results: ModelResult[] = []
  let lastInvocation = 0
  let waited = 0
  /** Once the hourly quota runs out past --max-wait, the models left are not invoked at all. */
  let quotaRefusal: UserError | undefined
  const active = new Map<string, { result: ModelResult; since: number; threatModelId: string }>()

  /** Follows invocations, by the outcome the service records on each threat model, until at most `limit` are open. */
  const settle = async (limit: number) => {
    while (active.size > limit) {
      await sleep(pollMs)
      for (const [id, entry] of active) {
        const outcome = await readOutcome(client, entry.threatModelId, id).catch(() => undefined)
        if (outcome) {
          finish(entry.result, outcome)
          active.delete(id)
        } else if (Date.now() - entry.since > (options.deliveryTimeoutMs ?? 10 * 60_000)) {
          entry.result.status = 'failed'
          entry.result.error = `the addon service recorded no outcome for delivery ${id} in time (TMI lets an invoker not read a delivery: the service's log says what happened); rerun: it converges`
          active.delete(id)
        }
      }
    }
  }

  for (const model of plan.models) {
    const result: ModelResult = { key: model.key, file: model.file, status: 'unchanged', writes: 0 }
    results.push(result)
    if (model.threat_model_id) result.threatModelId = model.threat_model_id
    if (!model.changes.some((c) => c.action === 'create' || c.action === 'update' || c.action === 'delete'))
      continue
    try {
      const data = userData(model, options.saved && model.threat_model_id !== undefined, {
        models: plan.models.filter((m) => m.source === model.source).length,
        ...(options.point ? { point: options.point } : {}),
      })
      const threatModelId = model.threat_model_id ?? (await createThreatModel(model, client, result))
      result.threatModelId = threatModelId
      for (;;) {
        if (quotaRefusal) throw quotaRefusal
        await settle(MAX_ACTIVE - 1)
        await sleep(Math.max(0, lastInvocation + (options.spacingMs ?? SPACING_MS) - Date.now()))
        try {
          lastInvocation = Date.now()
          const invocation = await client.invokeAddon(addon.id, { threat_model_id: threatModelId, data })
          options.onEvent?.(`${model.key}: invoked the addon (delivery ${invocation.delivery_id})`)
          active.set(invocation.delivery_id, { result, since: Date.now(), threatModelId })
          break
        } catch (e) {
          const wait = quotaWait(e)
          if (wait === undefined) throw e
          if (wait > SPACING_MS) {
            if (waited + wait > options.maxWaitMs) {
              quotaRefusal = new UserError(
                `not invoked: TMI's hourly addon quota is used up for ${Math.ceil(wait / 1000)} s more, past --max-wait; an administrator can raise it (PUT /admin/quotas/addons/{user_id}); rerun later: it converges`,
              )
              throw quotaRefusal
            }
            options.onEvent?.(`waiting ${Math.ceil(wait / 1000)} s for TMI's hourly addon quota`)
            waited += wait
          }
          await sleep(wait)
        }
      }
    } catch (e) {
      result.status = 'failed'
      result.error = e instanceof Error ? e.message : String(e)
      if (e instanceof UserError && e.permanent) result.permanent = true
    }
  }
  await settle(0)
  return results
}

/**
 * A repository source with its ref resolved to the commit it points at now: the plan, and then
 * the addon service, read exactly that commit. A local path is refused: the service cannot read it.
 */
export async function pinnedSource(
  text: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  const spec = parseSource(text)
  if (spec.kind === 'local')
    throw new UserError(
      `${text}: --via-addon needs a repository source the addon service can read, such as github:OWNER/REPO@REF (in a workflow: github:$GITHUB_REPOSITORY@$GITHUB_SHA)`,
      2,
    )
  return pinnedAt(spec, await resolveCommit(spec, env))
}

/** The invocation's user data: the model's file at the commit it was planned from. */
function userData(
  model: ModelPlan,
  saved: boolean,
  source: { models: number; point?: { scope: string; files: string } },
): Record<string, unknown> {
  const spec = parseSource(model.file)
  if (spec.kind === 'local' || !spec.ref || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(spec.ref))
    throw new UserError(
      `${model.file}: --via-addon needs files the addon service can read at one commit: a repository source such as github:OWNER/REPO@REF (in a workflow: github:$GITHUB_REPOSITORY@$GITHUB_SHA)`,
      2,
      { permanent: true },
    )
  const data: InvocationData = {
    tmi_sync: 1,
    action: 'apply',
    source: model.file,
    key: model.key,
    ...(source.point ? { sync_point: { models: source.models, ...source.point } } : {}),
  }
  if (saved) data.plan_digest = modelPlanDigest(model)
  if (Buffer.byteLength(JSON.stringify(data)) > USER_DATA_BYTES)
    throw new UserError(
      `${model.file}: the path is too long for an addon invocation (TMI takes 1 KB of user data)`,
      1,
      {
        permanent: true,
      },
    )
  return data as unknown as Record<string, unknown>
}

/** A service account may create a threat model: the threat model alone, with tmi-sync's claim on it. */
async function createThreatModel(model: ModelPlan, client: TmiClient, result: ModelResult): Promise<string> {
  const created = await applyModel(
    { ...model, changes: model.changes.filter((c) => c.kind === 'threat_model') },
    tmiPort(client),
    model.source ?? '',
  )
  if (created.status === 'failed' || !created.threatModelId)
    throw new UserError(`creating the threat model: ${created.error ?? 'failed'}`)
  result.writes += created.writes
  return created.threatModelId
}

/** How long TMI asks to wait before invoking again; undefined for any other failure. */
function quotaWait(e: unknown): number | undefined {
  if (!(e instanceof TmiHttpError) || e.status !== 429) return undefined
  if (e.code === 'duplicate_invocation') return SPACING_MS
  // Too many unfinished: its Retry-After is when the oldest would time out (15 min), not when one
  // ends; the invoker's own invocations end sooner (`G:api/addon_rate_limiter.go:40-125`).
  if (/^Active invocation limit/.test(e.description ?? '')) return SPACING_MS
  return e.retryAfterMs ?? SPACING_MS
}

/** A finished invocation, as an apply result: the service's one-line message says what it did. */
function finish(result: ModelResult, outcome: RecordedOutcome): void {
  result.writes += outcome.writes
  if (outcome.ok) result.status = /no changes$/.test(outcome.message) ? 'unchanged' : 'applied'
  else {
    result.status = 'failed'
    result.error = `the addon service: ${outcome.message || 'failed'}`
    if (/^refused: /.test(outcome.message)) result.permanent = true
  }
}

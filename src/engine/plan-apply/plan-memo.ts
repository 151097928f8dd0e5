// engine/plan-apply: a model's plan, remembered by what it was made from. `diffModel` is pure: the
// same desired model (its cache entry: the same bytes, path and build) against the same answers
// from TMI (a digest of what was read), with the same source and options, makes the same plan. A
// no-op plan of thousands of unchanged models then neither parses nor diffs them; anything that
// moved, in the file or in TMI, is a different key, and is planned afresh.
import { hash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { RemoteSnapshot } from '../../model/remote.js'
import type { ModelPlan } from '../../reconcile/plan.js'
import { entryFile, refresh, writeEntry, type DesiredCache } from '../validate/desired-cache.js'

/**
 * What TMI answered for one model, as one digest. Equal texts are equal answers (in values and in
 * order), so the remote model made from them is the same; a reordering is only a miss.
 */
function snapshotDigest(snapshot: RemoteSnapshot): string {
  return hash('sha256', JSON.stringify(snapshot))
}

/** What a model's plan is made from, each part identifying its input exactly. */
export interface PlanInputs {
  /** The desired model's cache entry (`entryId`). */
  desired: string
  source: string
  prune: boolean
  onDrift: string
  snapshot: RemoteSnapshot
}

/** The plan `make` makes of these inputs, remembered: made only the first time they are seen. */
export function rememberedPlan(cache: DesiredCache, inputs: PlanInputs, make: () => ModelPlan): ModelPlan {
  const key = hash(
    'sha256',
    JSON.stringify([
      cache.build,
      inputs.desired,
      inputs.source,
      inputs.prune,
      inputs.onDrift,
      snapshotDigest(inputs.snapshot),
    ]),
  )
  const known = recalled(cache, key)
  if (known) return known
  const plan = make()
  remember(cache, key, plan)
  return plan
}

/** The plan remembered under `key`, if any (a damaged entry is none). */
function recalled(cache: DesiredCache, key: string): ModelPlan | undefined {
  const file = entryFile(cache, 'plans', key)
  try {
    const plan = JSON.parse(readFileSync(file, 'utf8')) as ModelPlan
    refresh(file)
    return plan
  } catch {
    return undefined
  }
}

/** Remembers a plan; a cache that cannot be written is none (the next plan makes it again). */
function remember(cache: DesiredCache, key: string, plan: ModelPlan): void {
  writeEntry(entryFile(cache, 'plans', key), JSON.stringify(plan))
}

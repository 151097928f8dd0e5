import type { RemoteModel, RemoteObject } from '../model/remote.js'
import { itemMetadata, type ModelResult } from './apply.js'
import type { ModelPlan } from './plan.js'

/**
 * What TMI holds for a model once `result` applied `plan` to what was read (`remote`; none for a
 * model the apply created): the model as a plan read just after would see it, in key-space. Made
 * from the plan and TMI's answers (the ids apply got), so that recording what a sync left costs no
 * reading back. Undefined when it cannot be told: a failed or partial apply, a model swapped for
 * another run's copy, or anything the apply left to TMI (objects orphaned or skipped).
 *
 * A wrong guess is safe: a sync stamp is compared with what TMI holds the next time, and a stamp
 * that differs only costs that run a full read.
 */
export function appliedState(
  remote: RemoteModel | undefined,
  plan: ModelPlan,
  result: ModelResult,
): RemoteModel | undefined {
  if (result.status !== 'applied' || !result.ids || !result.threatModelId) return undefined
  if ((remote === undefined) !== (plan.action === 'create')) return undefined
  const ids = result.ids
  const byId = new Map((remote?.objects ?? []).map((o) => [`${o.kind}:${o.id}`, o]))
  const objects = new Map(byId)
  let model: Omit<RemoteModel, 'objects'> | undefined
  for (const c of plan.changes) {
    if (c.action === 'conflict' || c.action === 'skip') return undefined
    if (c.kind === 'threat_model') {
      if (c.action === 'unchanged' && remote) model = remote
      else if (c.action === 'create' || c.action === 'update') {
        if (!c.desired || !c.digest) return undefined
        model = {
          id: result.threatModelId,
          fields: c.desired.fields,
          metadata: merged(remote?.metadata ?? {}, c.desired.metadata),
          appliedDigest: c.digest,
          serverAuthorization: remote?.serverAuthorization ?? [],
        }
      } else return undefined
      continue
    }
    const kind = c.kind
    const read = c.id !== undefined ? byId.get(`${kind}:${c.id}`) : undefined
    if (c.action === 'unchanged' || c.action === 'orphan') {
      // Left as read; an orphan's id must be one the plan read.
      if (!read) return undefined
      continue
    }
    if (c.action === 'delete') {
      if (read) objects.delete(`${kind}:${read.id}`)
      continue
    }
    // create or update: what apply wrote, under the id it wrote it to.
    const id = ids[`${kind}:${c.key}`]
    if (!c.desired || !c.digest || id === undefined) return undefined
    if (read && read.id !== id) objects.delete(`${kind}:${read.id}`)
    const written: RemoteObject = {
      kind,
      id,
      key: c.key,
      fields: c.desired.fields,
      metadata: merged(read?.metadata ?? {}, c.desired.metadata),
      appliedDigest: c.digest,
      // As written: a later full-replace write keeps what others added from this.
      rawMetadata: itemMetadata(c, plan.source),
    }
    objects.set(`${kind}:${id}`, written)
  }
  if (!model) return undefined
  return { ...model, id: result.threatModelId, objects: [...objects.values()] }
}

/**
 * The user's metadata after a write of `mine`: TMI's metadata writes keep the keys others added
 * (a threat model's PATCH merges; an item's full PUT is sent with them) and set the file's.
 */
function merged(read: Record<string, string>, mine: Record<string, string>): Record<string, string> {
  return { ...read, ...mine }
}

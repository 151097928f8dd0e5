// engine/sync-state: what scheduled syncs keep in TMI's metadata between runs: stamps (here) and
// leases (leases.ts). Its own folder, below addon/ and scheduled-sync/: the addon service applies
// for a scheduled sync and stamps and leases as the sync itself does.
import { createHash } from 'node:crypto'
import { META, metadataMap, remoteModel } from '../../model/remote.js'
import { fingerprint } from '../../reconcile/diff.js'
import type { ModelPlan } from '../../reconcile/plan.js'
import type { TmiClient } from '../../tmi/client.js'
import { readSnapshot, unlessGone } from '../../tmi/snapshot.js'
import type { ThreatModelListItem } from '../../tmi/types.js'

/**
 * What a scheduled sync keeps between runs, all of it in TMI's metadata on each threat model (never
 * in a local state file, which a CI runner would not have the next night). Its stamp,
 * `tmi-sync-synced`: the commit the model was last synced from, what TMI then held (its
 * fingerprint) and how many models the source had. A source whose ref still points there and
 * whose models TMI still holds exactly so is skipped without reading a file. (Its lease, the
 * other thing it keeps there, is in `leases.ts`.)
 */
/** What a sync saw of its source: recorded on each of the source's models, compared the next night. */
export interface SourcePoint {
  commit: string
  /** What was read and how (`scopeOf`): a narrower glob, or --prune turned on, is another sync. */
  scope: string
  /** The source's model files as read, paths and content ids (`filesDigest`). */
  files: string
  /** Models the source had: one deleted in TMI, or a second copy, makes the count differ. */
  models: number
}

export interface SyncStamp extends SourcePoint {
  /** `fingerprint` of the model as TMI held it once synced. */
  state: string
}

/** The part of a source's configuration that changes what a sync of one commit does. */
export function scopeOf(glob: string | undefined, prune: boolean): string {
  return createHash('sha256')
    .update(`${glob ?? ''}\0${prune ? 'prune' : ''}`)
    .digest('hex')
    .slice(0, 8)
}

/** The model files of a source, by path and git blob id: equal when no model file changed. */
export function filesDigest(files: Array<{ path: string; blob: string }>): string {
  const lines = files.map((f) => `${f.path}\0${f.blob}`).sort()
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
}

export function stampText(s: SyncStamp): string {
  return `commit:${s.commit} files:${s.files} models:${s.models} scope:${s.scope} state:${s.state}`
}

const STAMP = /^commit:([0-9a-f]{40,64}) files:([0-9a-f]{16}) models:(\d+) scope:([0-9a-f]{8}) state:(\S+)$/
export function parseStamp(value: string | undefined): SyncStamp | undefined {
  const m = value ? STAMP.exec(value) : null
  return m
    ? {
        commit: m[1] as string,
        files: m[2] as string,
        models: Number(m[3]),
        scope: m[4] as string,
        state: m[5] as string,
      }
    : undefined
}

/** A threat model tmi-sync applied, found by its metadata. */
export interface ManagedModel {
  id: string
  key: string
  stamp?: SyncStamp
  /** Its list entry: the counts say which of its lists need reading. */
  item: ThreatModelListItem
  /** The threat model as read (metadata and diagrams included), for `unchangedSince`. */
  threatModel: Record<string, unknown>
}

/**
 * The threat models this identity created that tmi-sync manages, by source: from one listing of
 * the threat models, one read of each this identity created (the threat model itself, whose
 * metadata says whose it is, and which `unchangedSince` then needs not read again). A model someone else
 * created is not found here, so its source is read: never skipped wrongly.
 */
export async function managedModels(
  client: TmiClient,
  listed: ThreatModelListItem[],
): Promise<Map<string, ManagedModel[]>> {
  const me = await client.me()
  const mine = listed.filter(
    (item) => (item as { created_by?: { provider_id?: string } }).created_by?.provider_id === me.provider_id,
  )
  const read = await Promise.all(mine.map((item) => unlessGone(client.getThreatModel(item.id))))
  const bySource = new Map<string, ManagedModel[]>()
  mine.forEach((item, i) => {
    const threatModel = read[i] as unknown as Record<string, unknown> | undefined
    if (!threatModel) return
    const meta = metadataMap(threatModel.metadata)
    const source = meta[META.source]
    const key = meta[META.key]
    if (!source || !key) return
    const stamp = parseStamp(meta[META.synced])
    bySource.set(source, [
      ...(bySource.get(source) ?? []),
      { id: item.id, key, item, threatModel, ...(stamp ? { stamp } : {}) },
    ])
  })
  return bySource
}

/**
 * True when nothing moved since the source's models were last synced: each was synced in the same
 * scope, the source still has as many, and either its ref still points at that commit or (where
 * the host lists a tree in one request: `files`) its model files are still exactly those; and TMI
 * holds each model exactly as it did then. Reads each model from TMI (a person may have edited a
 * threat, which changes no date on the threat model), never a file.
 */
export async function unchangedSince(
  client: TmiClient,
  models: ManagedModel[],
  at: { commit: string; scope: string; files?: () => Promise<string | undefined> },
): Promise<boolean> {
  const stamps = models.map((m) => m.stamp)
  const first = stamps[0]
  if (!first) return false
  if (!stamps.every((s) => s?.scope === at.scope && s.models === models.length)) return false
  if (!stamps.every((s) => s?.commit === at.commit)) {
    // The ref moved (a commit elsewhere in the repository): are the model files still the same?
    if (!at.files || !stamps.every((s) => s?.files === first.files)) return false
    if ((await at.files()) !== first.files) return false
  }
  const states = await Promise.all(
    models.map(async (m) => {
      const snapshot = await unlessGone(readSnapshot(client, m.item, m.threatModel))
      return snapshot && fingerprint(remoteModel(snapshot, new Map()))
    }),
  )
  return states.every((state, i) => state === stamps[i]?.state)
}

/** A model's plan is settled: nothing to write and nothing drifted (drift is reported every night). */
export function settled(model: ModelPlan): boolean {
  return model.changes.every((c) => !['create', 'update', 'delete', 'conflict', 'skip'].includes(c.action))
}

/**
 * Records, on each settled model of a plan made just now, that it was synced from `commit`. The
 * plan's fingerprint of a settled model is what `unchangedSince` computes from TMI alone: every
 * object the file has carries its key, so no key needs the file to be recognised.
 */
export async function stampPlan(
  client: TmiClient,
  models: ModelPlan[],
  /** `models` left out: the plan's (an addon's plan holds one model of the source: it is given). */
  at: Omit<SourcePoint, 'models'> & { models?: number },
  known: ReadonlyMap<string, ManagedModel> = new Map(),
): Promise<number> {
  let written = 0
  for (const m of models) {
    if (!m.threat_model_id || m.remote_fingerprint === null || !settled(m)) continue
    const stamp: SyncStamp = { ...at, models: at.models ?? models.length, state: m.remote_fingerprint }
    const before = known.get(m.threat_model_id)?.stamp
    if (before && stampText(before) === stampText(stamp)) continue
    await client.patchMetadata({ threatModel: m.threat_model_id }, [
      { key: META.synced, value: stampText(stamp) },
    ])
    written++
  }
  return written
}

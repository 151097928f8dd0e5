// engine/plan-apply: which TMI threat model each file is, and which models no file claims (orphans).
import { earliest } from '../../model/claims.js'
import { keysOf, type DesiredModel } from '../../model/desired.js'
import { META, metadataMap, remoteModel, type RemoteModel, type RemoteSnapshot } from '../../model/remote.js'
import { fingerprint } from '../../reconcile/diff.js'
import type { TmiClient } from '../../tmi/client.js'
import { DEFAULT_CONCURRENCY } from '../../tmi/request.js'
import { readSnapshot, unlessGone } from '../../tmi/snapshot.js'
import type { ThreatModelListItem } from '../../tmi/types.js'

/**
 * A file's model as `findRemote` seeks it: its identity and name are enough to find it, and its
 * desired model is made only when what TMI holds for it has been read (and let go once judged).
 */
export interface Wanted {
  source: string
  key: string
  name: string
  desired: () => DesiredModel
  /** What identifies its desired model exactly (its cache entry), when known (`plan-memo.ts`). */
  id?: string
}

/** A model as read from TMI: the snapshot, and the remote model made from it for a desired model. */
export interface Read {
  snapshot: RemoteSnapshot
  remote: (model: DesiredModel) => RemoteModel
}

/** A threat model no file claims, as `findRemote` found it (see `OrphanModel`). */
export interface Unclaimed {
  source: string
  key: string
  model: RemoteModel
  name: string
  /** What the plan read of it (`orphanFingerprint`): deleted only if TMI still holds exactly that. */
  fingerprint: string
  /** Set for a second copy of a file's model: the id of the copy kept. */
  copyOf?: string
}

/** An orphan as read, for `applyPlan` to tell whether anyone changed it since the plan. */
export function orphanFingerprint(snapshot: RemoteSnapshot): string {
  return fingerprint(remoteModel(snapshot, new Map()))
}

/**
 * Which TMI threat model each file is. The list endpoint has no metadata, so: one listing of the
 * models visible to us, then a GET of the candidates whose name matches (usually exactly one);
 * only models renamed in the file need a scan, and then only of models this account created.
 * For `orphanSources` (sets of files planned whole), it also looks for models applied from them
 * that no file claims: among the models created by the accounts that created this source's models.
 */
export async function findRemote<T>(
  client: TmiClient,
  desired: Wanted[],
  {
    orphanSources = new Set(),
    only,
    listing,
    sourceModels,
    keep,
  }: {
    orphanSources?: ReadonlySet<string>
    /** Read this threat model and no other (`PlanOptions.threatModel`). */
    only?: string | undefined
    /** The threat models as listed already (`PlanOptions.listed`). */
    listing?: ThreatModelListItem[] | undefined
    sourceModels?: ReadonlySet<string> | undefined
    /**
     * What to keep of each model found, made as soon as it is read (a plan keeps its diff): what
     * TMI holds for thousands of models is then never held at once.
     */
    keep: (read: Read, wanted: Wanted) => T
  },
): Promise<{ found: Map<string, T>; unclaimed: Unclaimed[] }> {
  const found = new Map<string, T>()
  const unclaimed: Unclaimed[] = []
  if (desired.length === 0 && orphanSources.size === 0) return { found, unclaimed }
  const listed = only ? [] : (listing ?? (await client.all(client.listThreatModels())))
  const wanted = new Map(desired.map((d) => [identity(d.source, d.key), d]))
  /** Each claimant of a file's model: what `keep` made of it; its snapshot is let go once judged. */
  const claims = new Map<string, Array<{ id: string; created_at?: string; value: T }>>()
  const creators = new Set<string>()
  const examined = new Set<string>()
  const examine = async (items: ThreatModelListItem[]) => {
    for (const item of items) examined.add(item.id)
    // A few models at a time, each judged as it arrives: enough to keep the request core's
    // connections busy, and never thousands of snapshots waiting for their lists at once.
    let next = 0
    const reader = async () => {
      for (let i = next++; i < items.length; i = next++) {
        const snapshot = await unlessGone(readSnapshot(client, items[i] as ThreatModelListItem))
        if (snapshot) judge(snapshot)
      }
    }
    await Promise.all(Array.from({ length: Math.min(MODELS_IN_FLIGHT, items.length) }, reader))
  }
  const diagramNamesOf = (d: DesiredModel) =>
    new Map(d.objects.filter((o) => o.kind === 'diagram').map((o) => [String(o.fields.name), o.key]))
  const judge = (snapshot: RemoteSnapshot) => {
    const meta = metadataMap(snapshot.threatModel.metadata)
    const tmId = String(snapshot.threatModel.id)
    // A model pulled before tmi-sync managed it has no metadata yet: its key in the file is its id.
    const adopted = meta[META.key] ? undefined : desired.find((x) => x.key === tmId)
    const id = adopted
      ? identity(adopted.source, tmId)
      : identity(meta[META.source] ?? '', meta[META.key] ?? '')
    const w = wanted.get(id)
    if (w) {
      const claimant = {
        id: tmId,
        ...(typeof snapshot.threatModel.created_at === 'string'
          ? { created_at: snapshot.threatModel.created_at }
          : {}),
        value: keep(
          { snapshot, remote: (model) => remoteModel(snapshot, keysOf(model), diagramNamesOf(model)) },
          w,
        ),
      }
      claims.set(id, [...(claims.get(id) ?? []), claimant])
      const creator = (snapshot.threatModel.created_by as { provider_id?: string } | undefined)?.provider_id
      if (creator) creators.add(creator)
    } else if (meta[META.key] && orphanSources.has(meta[META.source] ?? '')) {
      unclaimed.push({
        source: meta[META.source] as string,
        key: meta[META.key] as string,
        model: remoteModel(snapshot, new Map()),
        name: String(snapshot.threatModel.name),
        fingerprint: orphanFingerprint(snapshot),
      })
    }
  }
  if (only) await examine([{ id: only } as ThreatModelListItem])
  const names = new Set(desired.map((d) => d.name))
  await examine(listed.filter((item) => names.has(item.name)))
  const createdBy = (item: ThreatModelListItem) =>
    (item as { created_by?: { provider_id?: string } }).created_by?.provider_id
  const rest = () => listed.filter((item) => !examined.has(item.id))
  let me: string | undefined
  if (claims.size < desired.length && rest().length > 0) {
    // Renamed in the file (or new): look through the models this account created, a few at a time,
    // stopping as soon as every file has its model.
    me = (await client.me()).provider_id
    const mine = rest().filter((item) => createdBy(item) === me)
    for (let i = 0; i < mine.length && claims.size < desired.length; i += RENAME_SCAN_BATCH)
      await examine(mine.slice(i, i + RENAME_SCAN_BATCH))
  }
  if (orphanSources.size > 0 && rest().length > 0) {
    // Orphans: a model's metadata says which source and key it was applied from. Read the
    // metadata of the models the same accounts created, and the whole model only of orphans.
    me ??= (await client.me()).provider_id
    creators.add(me)
    const candidates = rest().filter((item) =>
      sourceModels ? sourceModels.has(item.id) : creators.has(createdBy(item) ?? ''),
    )
    for (let i = 0; i < candidates.length; i += RENAME_SCAN_BATCH) {
      const batch = candidates.slice(i, i + RENAME_SCAN_BATCH)
      const metas = await Promise.all(
        batch.map((item) => unlessGone(client.listMetadata({ threatModel: item.id }))),
      )
      const orphans = batch.filter((_, j) => {
        const meta = metadataMap(metas[j])
        return (
          meta[META.key] &&
          orphanSources.has(meta[META.source] ?? '') &&
          !wanted.has(identity(meta[META.source] ?? '', meta[META.key] ?? ''))
        )
      })
      await examine(orphans)
    }
  }
  for (const [id, claimants] of claims) {
    // Two TMI models claim one file: two applies ran at once, or a copy kept its metadata. Every
    // run keeps the same one, the earliest; the others are reported (and pruned) as copies.
    const kept = earliest(claimants)
    const w = wanted.get(id) as Wanted
    found.set(id, kept.value)
    for (const other of claimants.filter((c) => c !== kept)) {
      // A copy (rare) is read once more: only what `keep` made of it was kept. Gone meanwhile
      // (another apply settled the race): nothing to report.
      const snapshot = await unlessGone(readSnapshot(client, { id: other.id }))
      if (!snapshot) continue
      const model = w.desired()
      unclaimed.push({
        source: w.source,
        key: w.key,
        model: remoteModel(snapshot, keysOf(model), diagramNamesOf(model)),
        name: String(snapshot.threatModel.name),
        fingerprint: orphanFingerprint(snapshot),
        copyOf: kept.id,
      })
    }
  }
  return { found, unclaimed }
}

/** Threat models read at once by `findRemote`: twice the request core's connections. */
const MODELS_IN_FLIGHT = 2 * DEFAULT_CONCURRENCY
const RENAME_SCAN_BATCH = 8

/**
 * A model is identified by its source and its key: two repositories may both have a model "api".
 * `PlanOutcome.remotes` is keyed so.
 */
export function identity(source: string, key: string): string {
  return `${source}\0${key}`
}

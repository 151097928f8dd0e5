import type { RemoteSnapshot } from '../model/remote.js'
import type { TmiClient } from './client.js'
import type { ThreatModelListItem } from './types.js'

/**
 * Everything TMI holds for one threat model, in as few calls as TMI allows: the model itself (with
 * its diagrams), and only those lists the list item's counts say are not empty. Threats are read
 * from their list, never from the model: its embedded threats lack fields and include deleted
 * ones (tmi-api.md §00.4). But the list has no metadata, which the embedded threats do carry: each
 * listed threat takes its metadata from there, by id. Notes are read one by one, as their list has
 * no content.
 */
export async function readSnapshot(
  client: TmiClient,
  item: Pick<ThreatModelListItem, 'id'> & Partial<ThreatModelListItem>,
  /** The threat model itself, read a moment ago (with its metadata and diagrams): not read again. */
  known?: Record<string, unknown>,
): Promise<RemoteSnapshot> {
  const threatModel = known ?? ((await client.getThreatModel(item.id)) as unknown as Record<string, unknown>)
  const maybe = async (count: number | undefined, read: () => Promise<Array<Record<string, unknown>>>) =>
    count === 0 ? [] : read()
  const list = (kind: 'threats' | 'assets' | 'documents' | 'repositories') => async () =>
    (await client.all(client.list(item.id, kind))) as unknown as Array<Record<string, unknown>>
  const [threats, assets, documents, repositories, notes] = await Promise.all([
    maybe(item.threat_count, list('threats')),
    maybe(item.asset_count, list('assets')),
    maybe(item.document_count, list('documents')),
    maybe(item.repo_count, list('repositories')),
    maybe(item.note_count, async () => {
      const listed = await client.all(client.listNotes(item.id))
      return (await Promise.all(listed.map((n) => client.getNote(item.id, n.id)))) as unknown as Array<
        Record<string, unknown>
      >
    }),
  ])
  return {
    threatModel,
    threats: withEmbeddedMetadata(threats, threatModel),
    assets,
    documents,
    repositories,
    notes,
  }
}

/**
 * `GET …/threats` answers without `metadata` (its list never loads it, `G:api/threat_store_gorm.go:348-383`;
 * only a single threat's read does, `:148-154`), while the threat model's embedded threats carry it
 * (seen on TMI 1.8.22): a listed threat without metadata takes that of its embedded twin.
 */
function withEmbeddedMetadata(
  threats: Array<Record<string, unknown>>,
  threatModel: Record<string, unknown>,
): Array<Record<string, unknown>> {
  if (threats.every((t) => Array.isArray(t.metadata))) return threats
  const embedded = new Map<string, unknown>()
  for (const t of (threatModel.threats as Array<Record<string, unknown>> | undefined) ?? [])
    if (Array.isArray(t.metadata)) embedded.set(String(t.id), t.metadata)
  return threats.map((t) =>
    Array.isArray(t.metadata) || !embedded.has(String(t.id))
      ? t
      : { ...t, metadata: embedded.get(String(t.id)) },
  )
}

/**
 * A read of something listed a moment ago: undefined when TMI answers 404, because it was deleted
 * meanwhile (another apply settling a race, or a person). Any other failure is a failure.
 */
export async function unlessGone<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined
    throw e
  }
}

import type { TmiPort } from '../reconcile/apply.js'
import type { TmiClient } from './client.js'
import { unlessGone } from './snapshot.js'

/**
 * The TMI client as the reconciler's port: the same calls, typed for key-space payloads. Versioned
 * single writes carry `If-Match: *`: reads expose no version to send, and TMI servers set to require
 * If-Match (428 otherwise) accept it; drift itself is caught by the digests at plan time.
 */
const ANY_VERSION = '*'

/** Up to this many names are listed one by one; more, and one listing of everything is cheaper. */
const NAMED_LISTINGS = 8

export function tmiPort(client: TmiClient): TmiPort {
  type Any = never
  return {
    createThreatModel: (input) => client.createThreatModel(input as Any),
    patchThreatModel: (id, ops) => client.patchThreatModel(id, ops, ANY_VERSION),
    patchMetadata: (target, entries) => client.patchMetadata(target, entries),
    bulkCreate: (tm, kind, items) => client.bulkCreate(tm, kind, items as Any),
    bulkUpdate: (tm, kind, items) => client.bulkUpdate(tm, kind, items as Any),
    bulkDeleteThreats: (tm, ids) => client.bulkDeleteThreats(tm, ids),
    deleteItem: (tm, kind, id) => client.deleteItem(tm, kind, id),
    createDiagram: (tm, name) => client.createDiagram(tm, name),
    updateDiagram: (tm, id, input) => client.updateDiagram(tm, id, input as Any, ANY_VERSION),
    createNote: (tm, note) => client.createNote(tm, note as Any),
    updateNote: (tm, id, note) => client.updateNote(tm, id, note as Any),
    deleteThreatModel: (id) => client.deleteThreatModel(id),
    liveThreatModels: async (names) => {
      // A few names: TMI's name filter (a case-insensitive substring) lists only those, so settling
      // costs a request per model created, not a listing of every threat model per apply.
      const listed =
        names.length <= NAMED_LISTINGS
          ? (await Promise.all(names.map((name) => client.all(client.listThreatModels({ name }))))).flat()
          : await client.all(client.listThreatModels())
      const wanted = new Set(names)
      const seen = new Set<string>()
      return listed.flatMap((m) => {
        if (!wanted.has(m.name) || seen.has(m.id)) return []
        seen.add(m.id)
        return [
          {
            id: m.id,
            name: m.name,
            ...(typeof m.created_at === 'string' ? { created_at: m.created_at } : {}),
          },
        ]
      })
    },
    threatModelMetadata: async (id) => (await unlessGone(client.listMetadata({ threatModel: id }))) ?? [],
    liveIds: async (tm, kind) => new Set((await client.all(client.list(tm, kind))).map((x) => x.id)),
    liveItems: async (tm, kind) =>
      kind === 'notes'
        ? ((await client.all(client.listNotes(tm))) as unknown as Array<Record<string, unknown>>)
        : (((await client.getThreatModel(tm)).diagrams ?? []) as unknown as Array<Record<string, unknown>>),
  }
}

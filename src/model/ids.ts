import { hash } from 'node:crypto'
import { canonicalJson } from '../common/canonical-json.js'

export { canonicalJson }

/** tmi-sync's UUID namespace (a random v4, fixed forever: changing it would re-identify everything). */
const NAMESPACE = '6f1c7f0e-4a34-4e0e-9c57-2d8f1f6b9a41'

const namespaceBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex')
const OUR_NAMESPACE = namespaceBytes(NAMESPACE)

/** RFC 9562 UUIDv5: the same name always gives the same id. */
export function uuidv5(name: string, namespace = NAMESPACE): string {
  // One buffer and a one-shot hash: a plan derives the id of every cell of every diagram.
  const ns = namespace === NAMESPACE ? OUR_NAMESPACE : namespaceBytes(namespace)
  const input = Buffer.allocUnsafe(16 + Buffer.byteLength(name, 'utf8'))
  ns.copy(input, 0)
  input.write(name, 16, 'utf8')
  const sha1 = hash('sha1', input, 'buffer')
  sha1[6] = ((sha1[6] as number) & 0x0f) | 0x50
  sha1[8] = ((sha1[8] as number) & 0x3f) | 0x80
  const hex = sha1.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** A cell's TMI id: UUIDs are kept; readable ids become a UUID stable for this model and diagram. */
export function cellUuid(modelKey: string, diagramKey: string, cellId: string): string {
  return UUID.test(cellId) ? cellId.toLowerCase() : uuidv5(`cell:${modelKey}:${diagramKey}:${cellId}`)
}

/**
 * The id tmi-sync gives a bulk-created item: derived from the threat model and the item's key, so a
 * retried or resumed apply recognises what it already created. `generation` moves past a tombstone.
 */
export function itemUuid(threatModelId: string, kind: string, key: string, generation = 1): string {
  return uuidv5(`item:${threatModelId}:${kind}:${key}${generation > 1 ? `#${generation}` : ''}`)
}

/** A short, stable digest of a JSON value (keys sorted), as recorded in `tmi-sync-digest`. */
export function digest(value: unknown): string {
  return hash('sha256', canonicalJson(value)).slice(0, 16)
}

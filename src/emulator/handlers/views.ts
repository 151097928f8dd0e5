import type { Entity } from '../store.js'

/** An entity as the API returns it: its fields, its metadata, and its tombstone when deleted. */
export function entityView(entity: Entity, withMetadata = true): Record<string, unknown> {
  const view: Record<string, unknown> = { ...entity.data }
  if (withMetadata) view.metadata = entity.metadata
  if (entity.deleted_at) view.deleted_at = entity.deleted_at
  return view
}

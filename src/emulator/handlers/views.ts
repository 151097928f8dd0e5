import type { Entity, Meta } from '../store.js'

/** Metadata as TMI lists it: sorted by key (`G:api/metadata_repository.go:320-324`). */
export function byKey(metadata: Meta[]): Meta[] {
  return [...metadata].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/**
 * An entity as the API returns it: its fields and its metadata. Never a `deleted_at`: TMI's child
 * views carry none, even for tombstones listed with `include_deleted` (tmi-api.md §00.5).
 */
export function entityView(entity: Entity, withMetadata = true): Record<string, unknown> {
  const view: Record<string, unknown> = { ...entity.data }
  if (withMetadata) view.metadata = byKey(entity.metadata)
  return view
}

/** Child lists come newest first, ties by id (`G:api/threat_store_gorm.go`, `G:api/asset_store_gorm.go:413`). */
export function newestFirst(entities: Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) =>
      String(b.data.created_at).localeCompare(String(a.data.created_at)) ||
      String(a.data.id).localeCompare(String(b.data.id)),
  )
}

/** Diagrams come oldest first. */
export function oldestFirst(entities: Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) =>
      String(a.data.created_at).localeCompare(String(b.data.created_at)) ||
      String(a.data.id).localeCompare(String(b.data.id)),
  )
}

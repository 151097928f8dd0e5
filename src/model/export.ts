import { FORMAT_VERSION, type ThreatModelFile } from '../format/native.js'
import { cellUuid } from './ids.js'
import { KINDS, PLURAL } from './desired.js'
import type { RemoteModel } from './remote.js'

const DEFAULT_TRUE = ['include_in_report', 'timmy_enabled']

/**
 * What TMI holds, as a native model file. Objects tmi-sync manages keep their keys; others (a
 * model to start managing, items people added in TMI) take their TMI id as key, which the next
 * plan recognises. Cell ids go back to the keys `existing` gave them, or stay TMI's UUIDs.
 */
export function exportModel(remote: RemoteModel, key: string, existing?: ThreatModelFile): ThreatModelFile {
  const out: Record<string, unknown> = { tmi_sync: FORMAT_VERSION, key, ...remote.fields }
  if (Object.keys(remote.metadata).length > 0) out.metadata = { ...remote.metadata }
  const ref = (v: unknown) => (typeof v === 'string' && v.startsWith('id:') ? v.slice(3) : v)
  for (const kind of KINDS) {
    const items = remote.objects
      .filter((o) => o.kind === kind)
      .map((o) => {
        const item: Record<string, unknown> = { key: o.key ?? o.id }
        for (const [field, value] of Object.entries(o.fields)) {
          if (field === 'cells') continue
          if (DEFAULT_TRUE.includes(field) && value === true) continue
          if (field === 'mitigated' && value === false) continue
          if (field === 'threat_type' && Array.isArray(value) && value.length === 0) continue
          item[field] = field === 'asset' || field === 'diagram' ? ref(value) : value
        }
        if (Object.keys(o.metadata).length > 0) item.metadata = { ...o.metadata }
        if (kind === 'diagram') {
          const diagramKey = String(item.key)
          const known = cellKeys(existing, key, diagramKey)
          const cellId = (id: unknown) => known.get(String(id)) ?? String(id)
          item.cells = ((o.fields.cells as Array<Record<string, unknown>> | undefined) ?? []).map((c) =>
            exportCell(c, cellId),
          )
        }
        return item
      })
    if (items.length > 0) out[PLURAL[kind]] = items
  }
  // Threats point at cells by their TMI id; give them the file's cell keys back where known.
  const threats = out.threats as Array<Record<string, unknown>> | undefined
  for (const t of threats ?? []) {
    if (typeof t.cell !== 'string' || typeof t.diagram !== 'string') continue
    t.cell = cellKeys(existing, key, t.diagram).get(t.cell) ?? t.cell
  }
  return out as unknown as ThreatModelFile
}

/** The file's cell keys by the UUID tmi-sync derives for each, for one diagram. */
function cellKeys(
  existing: ThreatModelFile | undefined,
  modelKey: string,
  diagramKey: string,
): Map<string, string> {
  const diagram = existing?.diagrams?.find((d) => d.key === diagramKey)
  return new Map((diagram?.cells ?? []).map((c) => [cellUuid(modelKey, diagramKey, c.id), c.id]))
}

function exportCell(cell: Record<string, unknown>, cellId: (id: unknown) => string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...cell, id: cellId(cell.id) }
  if (out.parent === null) delete out.parent
  else if (typeof out.parent === 'string') out.parent = cellId(out.parent)
  if (Array.isArray(out.children)) out.children = out.children.map(cellId)
  for (const end of ['source', 'target'] as const) {
    const e = out[end] as { cell?: unknown; port?: unknown } | undefined
    if (e && typeof e === 'object') out[end] = { ...e, cell: cellId(e.cell) }
  }
  return out
}

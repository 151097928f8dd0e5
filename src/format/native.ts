/**
 * The native file format (`*.tm.yaml`, `*.tm.yml`, `*.tm.json`), as described by
 * `schemas/threat-model.schema.json`. These types describe a file that passed the schema.
 */

export const FORMAT_VERSION = 1

export type Metadata = Record<string, string>
export type Framework = 'CIA' | 'STRIDE' | 'LINDDUN' | 'DIE' | 'PLOT4ai'

export interface Authorization {
  principal_type: 'user' | 'group'
  provider: string
  provider_id: string
  role: 'reader' | 'writer' | 'owner'
}

interface Item {
  key: string
  include_in_report?: boolean
  timmy_enabled?: boolean
  metadata?: Metadata
}

export interface AssetFile extends Item {
  name: string
  type: 'data' | 'hardware' | 'software' | 'infrastructure' | 'service' | 'personnel'
  description?: string | null
  criticality?: string | null
  classification?: string[] | null
  sensitivity?: string | null
}

export interface ThreatFile extends Item {
  name: string
  threat_type?: string[]
  description?: string | null
  mitigation?: string | null
  severity?: string | null
  status?: string | null
  priority?: string | null
  score?: number | null
  mitigated?: boolean
  issue_uri?: string | null
  cwe_id?: string[]
  cvss?: Array<{ vector: string; score: number }>
  ssvc?: { vector: string; decision: string; methodology: string } | null
  /** Asset key. */
  asset?: string
  /** Diagram key. */
  diagram?: string
  /** Cell id within `diagram`. */
  cell?: string
}

export interface DocumentFile extends Item {
  name: string
  uri: string
  description?: string | null
}

export interface RepositoryFile extends Item {
  name?: string | null
  uri: string
  type?: 'git' | 'svn' | 'mercurial' | 'other' | null
  parameters?: { refType: 'branch' | 'tag' | 'commit'; refValue: string; subPath?: string } | null
  description?: string | null
}

export interface NoteFile extends Item {
  name: string
  content: string
  description?: string | null
}

export interface CellData {
  _metadata?: Array<{ key: string; value: string }>
  security_boundary?: boolean
  [key: string]: unknown
}

export interface NodeCell {
  id: string
  shape: 'actor' | 'process' | 'store' | 'security-boundary' | 'text-box'
  x?: number
  y?: number
  width?: number
  height?: number
  position?: { x: number; y: number }
  size?: { width: number; height: number }
  angle?: number
  attrs?: { body?: Record<string, unknown>; text?: Record<string, unknown> & { text?: string } }
  ports?: { groups?: Record<string, unknown>; items?: Array<{ id: string; group: string }> }
  parent?: string | null
  children?: string[]
  /** Asset keys (TMI data_assets). */
  assets?: string[]
  data?: CellData
}

export interface EdgeLabel {
  attrs?: { text?: { text?: string } & Record<string, unknown> }
  position?: number | Record<string, unknown>
}

export interface EdgeCell {
  id: string
  shape: 'flow'
  source: { cell: string; port?: string | null }
  target: { cell: string; port?: string | null }
  attrs?: { line?: Record<string, unknown> }
  labels?: EdgeLabel[]
  vertices?: Array<{ x: number; y: number }>
  router?: unknown
  connector?: unknown
  data?: CellData
}

export type Cell = NodeCell | EdgeCell

export interface DiagramFile extends Item {
  name: string
  type?: 'DFD-1.0.0'
  description?: string | null
  color_palette?: Array<{ position: number; color: string }>
  cells?: Cell[]
}

export interface ThreatModelFile {
  $schema?: string
  tmi_sync: typeof FORMAT_VERSION
  key: string
  name: string
  description?: string | null
  threat_model_framework?: Framework | null
  issue_uri?: string | null
  is_confidential?: boolean
  authorization?: Authorization[]
  metadata?: Metadata
  assets?: AssetFile[]
  threats?: ThreatFile[]
  documents?: DocumentFile[]
  repositories?: RepositoryFile[]
  notes?: NoteFile[]
  diagrams?: DiagramFile[]
}

export const ITEM_KINDS = ['assets', 'threats', 'documents', 'repositories', 'notes', 'diagrams'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export function isEdge(cell: Cell): cell is EdgeCell {
  return cell.shape === 'flow'
}

export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
export const CELL_ID_PATTERN =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$/

/** A readable key from free text: "Demo Threat Model" → "demo-threat-model". */
export function slugify(text: string, fallback = 'model'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 100)
  return slug.length > 0 ? slug : fallback
}

/** TMI API types for what tmi-sync needs, written by hand from the official spec (1.8.22). */

export interface Metadata {
  key: string
  value: string
}

export interface Principal {
  principal_type: 'user' | 'group'
  provider: string
  provider_id: string
  display_name?: string
  email?: string
}

export interface Authorization extends Principal {
  role: 'reader' | 'writer' | 'owner'
}

export interface ThreatModelInput {
  name: string
  description?: string | null
  threat_model_framework?: string | null
  authorization?: Authorization[]
  metadata?: Metadata[] | null
  issue_uri?: string | null
  is_confidential?: boolean
}

export interface ThreatModel extends ThreatModelInput {
  id: string
  owner: Principal
  created_by?: Principal
  authorization: Authorization[]
  status?: string
  alias?: number
  created_at?: string
  modified_at?: string
  metadata?: Metadata[]
  threats?: Threat[]
  diagrams?: Diagram[]
}

export interface ThreatModelListItem {
  id: string
  name: string
  description?: string
  owner: Principal
  threat_model_framework: string
  issue_uri?: string
  created_at: string
  modified_at: string
  threat_count: number
  asset_count: number
  document_count: number
  repo_count: number
  diagram_count: number
  note_count: number
}

interface Item {
  id?: string
  include_in_report?: boolean
  timmy_enabled?: boolean
  metadata?: Metadata[] | null
  created_at?: string
  modified_at?: string
  alias?: number
}

export interface ThreatInput extends Item {
  name: string
  threat_type: string[]
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
  diagram_id?: string | null
  cell_id?: string | null
  asset_id?: string | null
}
export type Threat = ThreatInput & { id: string; threat_model_id?: string }

export interface AssetInput extends Item {
  name: string
  type: string
  description?: string | null
  criticality?: string | null
  classification?: string[] | null
  sensitivity?: string | null
}
export type Asset = AssetInput & { id: string }

export interface DocumentInput extends Item {
  name: string
  uri: string
  description?: string | null
}
export type Document = DocumentInput & { id: string }

export interface RepositoryInput extends Item {
  uri: string
  name?: string | null
  type?: string | null
  parameters?: { refType: string; refValue: string; subPath?: string } | null
  description?: string | null
}
export type Repository = RepositoryInput & { id: string }

export interface NoteInput extends Item {
  name: string
  content: string
  description?: string | null
}
export type Note = NoteInput & { id: string }

export interface DiagramInput {
  name: string
  type: 'DFD-1.0.0'
  cells: Array<Record<string, unknown>>
  description?: string | null
  metadata?: Metadata[] | null
  include_in_report?: boolean
  timmy_enabled?: boolean
}
export type Diagram = DiagramInput & {
  id: string
  update_vector?: number
  created_at: string
  modified_at: string
}

export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'remove' | 'test'
  path: string
  value?: unknown
}

export interface ListFilters {
  name?: string
  description?: string
  owner?: string
  issue_uri?: string
}

// Addons and webhooks (tmi-api.md §00.2, §7)
export interface AddonParameter {
  name: string
  type: 'enum' | 'boolean' | 'string' | 'number' | 'metadata_key'
  description?: string
  required?: boolean
  enum_values?: string[]
  /** type `metadata_key`: TMI fills the value in from this metadata key of the object. */
  metadata_key?: string
}
export interface AddonInput {
  name: string
  webhook_id: string
  description?: string
  objects?: string[]
  parameters?: AddonParameter[]
}
export type Addon = AddonInput & { id: string; created_at: string }

export interface Invocation {
  delivery_id: string
  status: 'pending' | 'in_progress' | 'completed' | 'failed'
  created_at: string
}

export interface Delivery {
  id: string
  subscription_id: string
  event_type: string
  status: 'pending' | 'in_progress' | 'delivered' | 'failed'
  attempts: number
  created_at: string
  status_percent?: number
  status_message?: string
  last_error?: string
  payload?: Record<string, unknown>
}

export interface DeliveryStatusUpdate {
  status: 'in_progress' | 'completed' | 'failed'
  status_percent?: number
  status_message?: string
}

export interface WebhookSubscriptionInput {
  name: string
  url: string
  events: string[]
  secret?: string
  threat_model_id?: string
}
export type WebhookSubscription = Omit<WebhookSubscriptionInput, 'secret'> & {
  id: string
  owner_id: string
  status: 'pending_verification' | 'active' | 'pending_delete'
  created_at: string
  modified_at: string
}

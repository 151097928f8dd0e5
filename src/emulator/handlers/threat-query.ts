import { badRequest } from '../errors.js'
import { toSnake } from '../rules.js'
import type { Entity } from '../store.js'
import { newestFirst } from './views.js'

const lower = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : '')

type Op = { op: string; path: string; value?: unknown }

/** How TMI's store applies JSON Patch to one kind of item: its own path list, not RFC 6902's. */
export interface PatchRules {
  /** The patched fields, from a copy of the current ones; throws 400 for paths TMI refuses. */
  apply(data: Record<string, unknown>, ops: Op[]): Record<string, unknown>
}

const READ_ONLY = ['/alias', '/id', '/created_at', '/modified_at']

function pathRules(
  replaceOnly: string[],
  anyOp: string[],
  special: Record<string, (d: Record<string, unknown>, o: Op) => void> = {},
): PatchRules {
  return {
    apply(data, ops) {
      const out = { ...data }
      for (const o of ops) {
        if (READ_ONLY.some((p) => o.path === p || o.path.startsWith(`${p}/`)))
          throw badRequest(`Path ${o.path} is read-only`, 'invalid_input')
        // Threat PATCH ignores `test` (tmi-api.md §00.7).
        if (o.op === 'test') continue
        const field = o.path.slice(1)
        const handler = special[o.path]
        if (handler) handler(out, o)
        else if (replaceOnly.includes(o.path)) {
          // add/remove on these are silent no-ops (`G:api/threat_store_gorm.go:748`).
          if (o.op === 'replace') out[field] = o.value
        } else if (anyOp.includes(o.path)) {
          if (o.op === 'remove') delete out[field]
          else if (o.op === 'add' || o.op === 'replace') out[field] = o.value
        } else throw badRequest('unsupported patch path', 'patch_failed')
      }
      return out
    },
  }
}

/** `/threat_type`: replace the array; add appends one string if absent; remove takes one string out. */
function threatType(d: Record<string, unknown>, o: Op): void {
  const current = Array.isArray(d.threat_type) ? (d.threat_type as string[]) : []
  if (o.op === 'replace') d.threat_type = o.value
  else if (o.op === 'add' && typeof o.value === 'string' && !current.includes(o.value))
    d.threat_type = [...current, o.value]
  else if (o.op === 'remove') d.threat_type = current.filter((t) => t !== o.value)
}

export const THREAT_PATCH = pathRules(
  ['/name', '/severity', '/status', '/priority', '/mitigated'],
  ['/description', '/mitigation', '/score'],
  { '/threat_type': threatType },
)

/** `G:api/asset_store_gorm.go:607`. */
export const ASSET_PATCH = pathRules(
  ['/name', '/type'],
  ['/description', '/classification', '/sensitivity', '/criticality'],
)

/** Semantic ranks for `sort` (`G:api/threat_store_gorm.go:547-591`); unknown values rank -1. */
const RANKS: Record<string, Record<string, number>> = {
  severity: { unknown: 0, informational: 1, low: 2, medium: 3, high: 4, critical: 5 },
  priority: { deferred: 0, low: 1, medium: 2, high: 3, immediate: 4 },
  status: {
    open: 0,
    identified: 0,
    confirmed: 1,
    investigating: 1,
    deferred: 2,
    mitigation_planned: 3,
    mitigation_in_progress: 4,
    in_progress: 4,
    verification_pending: 5,
    mitigated: 6,
  },
}
const SORTABLE = ['name', 'created_at', 'modified_at', 'severity', 'priority', 'status', 'score']

/** `GET …/threats` filters and `sort=field:asc|desc` (default `created_at:desc`, ties by id ascending). */
export function queryThreats(threats: Entity[], query: URLSearchParams): Entity[] {
  const text = (key: string) => query.get(key)?.toLowerCase()
  const [name, description] = [text('name'), text('description')]
  const severities = query
    .getAll('severity')
    .flatMap((s) => s.split(','))
    .map(toSnake)
  const statuses = query.getAll('status').flatMap((s) => s.split(','))
  const mitigated = query.get('mitigated')
  const filtered = threats.filter((t) => {
    const d = t.data
    if (name !== undefined && !lower(d.name).includes(name)) return false
    if (description !== undefined && !lower(d.description).includes(description)) return false
    if (severities.length > 0 && !severities.includes(String(d.severity))) return false
    if (statuses.length > 0 && !statuses.includes(String(d.status))) return false
    if (mitigated !== null && String(d.mitigated === true) !== mitigated) return false
    for (const k of ['diagram_id', 'cell_id']) if (query.has(k) && d[k] !== query.get(k)) return false
    return true
  })
  const [column, dir] = (query.get('sort') ?? '').split(':')
  if (!column || !SORTABLE.includes(column) || !dir) return newestFirst(filtered)
  const sign = dir.toUpperCase() === 'ASC' ? 1 : -1
  const key = (e: Entity): number | string => {
    const v = e.data[column]
    const ranks = RANKS[column]
    if (ranks) return ranks[String(v).toLowerCase()] ?? -1
    if (column === 'score') return typeof v === 'number' ? v : -Infinity
    return typeof v === 'string' ? v : ''
  }
  return [...filtered].sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    const c = x < y ? -1 : x > y ? 1 : 0
    return c * sign || String(a.data.id).localeCompare(String(b.data.id))
  })
}

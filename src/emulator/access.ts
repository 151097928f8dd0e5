import { ApiError, badRequest, conflict, forbidden, notFound } from './errors.js'
import type { Reply, RequestContext, Role } from './router.js'
import { stripHtml } from './rules.js'
import type { Caller, ChildKind, Entity, ThreatModelRecord } from './store.js'

const RANK: Record<Role, number> = { reader: 1, writer: 2, owner: 3 }

/** The caller's role on a threat model, from `owner` and the authorization list (groups included). */
export function roleOf(model: ThreatModelRecord, caller: Caller): Role | undefined {
  const owner = model.data.owner as { provider_id?: string } | undefined
  if (owner?.provider_id === caller.provider_id) return 'owner'
  let best: Role | undefined
  for (const a of (model.data.authorization as Array<Record<string, string>> | undefined) ?? []) {
    const matches =
      a.principal_type === 'user'
        ? a.provider_id === caller.provider_id || a.provider_id === caller.email
        : caller.groups.includes(String(a.provider_id)) || a.provider_id === 'everyone'
    const role = a.role as Role
    if (matches && (!best || RANK[role] > RANK[best])) best = role
  }
  return best
}

/** The threat model named in the path, checked for the role the operation needs (404, then 403). */
export function modelFor(ctx: RequestContext, role: Role): ThreatModelRecord {
  const model = ctx.store.models.get(ctx.params.threat_model_id ?? '')
  if (!model || model.deleted_at) throw notFound('Threat model not found')
  const has = roleOf(model, ctx.caller)
  if (!has) throw forbidden()
  if (RANK[has] < RANK[role]) throw forbidden()
  return model
}

/**
 * For restoring a child: the caller must own the threat model, and a deleted threat model's children
 * cannot be restored on their own (409, `G:api/restore_handlers.go:79-86`).
 */
export function modelForChildRestore(ctx: RequestContext): ThreatModelRecord {
  const model = ctx.store.models.get(ctx.params.threat_model_id ?? '')
  if (!model) throw notFound('Threat model not found')
  const has = roleOf(model, ctx.caller)
  if (!has || RANK[has] < RANK.owner) throw forbidden()
  // A child of a deleted threat model is restored all the same (seen on TMI 1.8.22, where
  // tmi-api.md §00.5 expected a 409 from `G:api/restore_handlers.go:79-86`).
  return model
}

export function childFor(
  ctx: RequestContext,
  model: ThreatModelRecord,
  kind: ChildKind,
  param: string,
): Entity {
  const entity = model.children[kind].get(ctx.params[param] ?? '')
  if (!entity || entity.deleted_at) throw notFound(`${kind.slice(0, -1)} not found`)
  return entity
}

/**
 * TMI's optimistic locking (tmi-api.md §4.3): If-Match is optional; without it the write proceeds,
 * unversioned, with Deprecation/Warning headers; with it a mismatch is 409 and success sends ETag.
 */
export function conditional(ctx: RequestContext, entity: Entity): Record<string, string> {
  const header = ctx.headers['if-match']
  const value = Array.isArray(header) ? header[0] : header
  if (value === undefined) {
    if (ctx.options.requireIfMatch)
      throw new ApiError(428, 'if_match_required', 'If-Match header is required')
    return {
      Deprecation: 'true',
      Warning: '299 - "If-Match header (or body \'version\') is required for safe concurrent updates"',
    }
  }
  const m = /^\s*(\*|(W\/)?"?([0-9]+)"?)\s*$/.exec(value)
  if (!m) throw badRequest('Invalid If-Match header', 'invalid_if_match')
  if (m[1] !== '*' && Number(m[3]) !== entity.version)
    throw conflict('Resource version mismatch', 'version_mismatch')
  entity.version++
  return { ETag: `"${entity.version}"` }
}

/** Nullable text stored empty comes back absent (TMI #700); HTML is stripped from plain text. */
export function store(fields: Record<string, unknown>, plainText: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === '' || v === undefined) continue
    out[k] = typeof v === 'string' && plainText.includes(k) ? stripHtml(v) : v
  }
  return out
}

export function prohibit(body: Record<string, unknown>, fields: string[]): void {
  for (const f of fields)
    if (f in body) throw badRequest(`Field '${f}' is not allowed in this request`, 'invalid_input')
}

/** List envelope `{<items>, total, limit, offset}` with TMI's limit (1–100, default 20) and offset rules. */
export function page<T>(ctx: RequestContext, name: string, items: T[], view?: (item: T) => unknown): Reply {
  const limit = ctx.query.has('limit') ? Number(ctx.query.get('limit')) : 20
  const offset = ctx.query.has('offset') ? Number(ctx.query.get('offset')) : 0
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw badRequest('limit must be between 1 and 100', 'invalid_limit')
  // No upper bound outside admin/team/project lists (tmi-api.md §00.8).
  if (!Number.isInteger(offset) || offset < 0)
    throw badRequest('offset must not be negative', 'invalid_offset')
  return {
    status: 200,
    // Only the page's items are turned into views: a long list costs one page's worth per request.
    body: {
      [name]: items.slice(offset, offset + limit).map((item) => (view ? view(item) : item)),
      total: items.length,
      limit,
      offset,
    },
  }
}

/** Minimal RFC 6902 (TMI has no `from`, so no move/copy): add, replace (absent → add), remove, test. */
export function applyPatch(
  doc: Record<string, unknown>,
  ops: Array<{ op: string; path: string; value?: unknown }>,
): void {
  for (const { op, path, value } of ops) {
    const parts = path
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    const last = parts.pop()
    if (last === undefined) throw badRequest('cannot patch the whole document', 'patch_failed')
    let target: unknown = doc
    for (const p of parts) {
      target = (target as Record<string, unknown>)?.[p]
      if (target === null || typeof target !== 'object')
        throw badRequest(`path ${path} does not exist`, 'patch_failed')
    }
    const t = target as Record<string, unknown> | unknown[]
    if (op === 'test') {
      // 400, not 409 (`G:api/patch_utils.go:54-80`, tmi-api.md §00.7).
      if (JSON.stringify((t as Record<string, unknown>)[last]) !== JSON.stringify(value))
        throw badRequest('JSON Patch test operation failed', 'patch_failed')
    } else if (op === 'remove') {
      if (Array.isArray(t)) t.splice(Number(last), 1)
      else delete t[last]
    } else if (op === 'add' || op === 'replace') {
      if (Array.isArray(t)) {
        if (last === '-') t.push(value)
        else if (op === 'add') t.splice(Number(last), 0, value)
        else t[Number(last)] = value
      } else t[last] = value
    } else throw badRequest(`unsupported op ${op}`, 'patch_failed')
  }
}

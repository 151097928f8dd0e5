import { applyPatch, conditional, modelFor, page, roleOf, store } from '../access.js'
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.js'
import type { Route } from '../router.js'
import { checkInjection, persistable } from '../rules.js'
import { jsonPatch, threatModelInput } from '../schemas.js'
import { CHILD_KINDS, now, type Caller, type Meta, type Store, type ThreatModelRecord } from '../store.js'
import { userUuid } from './addons.js'
import { byKey, entityView, oldestFirst } from './views.js'

const FRAMEWORKS = ['CIA', 'STRIDE', 'LINDDUN', 'DIE', 'PLOT4ai']
const TEXT = ['name', 'description', 'issue_uri']
/** PATCH allowlist (tmi-api.md §2.8). */
const PATCH_FREE = [
  '/name',
  '/description',
  '/issue_uri',
  '/metadata',
  '/threat_model_framework',
  '/project_id',
]
const PATCH_REVIEWER = ['/status', '/security_reviewer']
const PATCH_OWNER = ['/owner', '/authorization']

export function user(c: Caller): Record<string, unknown> {
  return {
    principal_type: 'user',
    provider: c.provider,
    provider_id: c.provider_id,
    email: c.email,
    display_name: c.display_name,
  }
}

type Authorization = Array<Record<string, unknown>>

/**
 * Duplicates are refused, and so are users who never logged in (TMI resolves user principals
 * against its user table; groups are created on the fly).
 */
function checkAuthorization(list: Authorization, store: Store, creating: boolean): Authorization {
  const seen = new Set<string>()
  for (const a of list) {
    // A group TMI has no row for: its upsert of the group fails on PostgreSQL ("column reference
    // usage_count is ambiguous", `G:api/database_store_gorm.go:116-139`), and the write is a 500.
    if (
      a.principal_type === 'group' &&
      a.provider_id !== 'everyone' &&
      !store.knownGroups.has(`${String(a.provider)}:${String(a.provider_id)}`)
    )
      throw new ApiError(
        500,
        'server_error',
        creating ? 'Failed to create threat model' : 'Failed to update threat model',
      )
    if (a.principal_type === 'user' && !store.isKnownUser(a)) {
      throw badRequest(
        creating
          ? // TMI 1.8.22's words and code (seen on the server).
            'The request references an entity that does not exist. Check the authorization subjects and owner reference for IDs that have not been created yet.'
          : 'Users must log in at least once before they can be granted access',
        creating ? 'invalid_input' : 'validation_failed',
      )
    }
    const id = `${String(a.principal_type)}|${String(a.provider)}|${String(a.provider_id)}`
    if (seen.has(id)) throw badRequest('Duplicate authorization subject', 'validation_failed')
    seen.add(id)
  }
  // The `everyone` pseudo-group is stored as TMI's built-in group row and read back with its
  // provider, `tmi`, whatever was sent (`G:api/database_store_gorm.go:1452-1454`, `G:api/auth_utils.go:424-431`).
  return list.map(({ display_name: _d, ...a }) =>
    a.principal_type === 'group' && a.provider_id === 'everyone' ? { ...a, provider: 'tmi' } : a,
  )
}

function checkFramework(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'STRIDE'
  if (!FRAMEWORKS.includes(value as string))
    throw badRequest(`Invalid threat_model_framework: ${JSON.stringify(value)}`, 'validation_failed')
  return value as string
}

/** What `GET /threat_models/{id}` leaves out of each embedded threat (tmi-api.md §00.4). */
const NOT_EMBEDDED = ['alias', 'include_in_report', 'timmy_enabled', 'cwe_id', 'cvss', 'ssvc']
const ROLE_ORDER: Record<string, number> = { owner: 0, writer: 1, reader: 2 }

/** The access list as TMI returns it: by role, owners first (`G:api/database_store_gorm.go:1137-1140`). */
function byRole(list: unknown): unknown {
  if (!Array.isArray(list)) return list
  return [...(list as Array<Record<string, unknown>>)].sort(
    (a, b) => (ROLE_ORDER[String(a.role)] ?? 3) - (ROLE_ORDER[String(b.role)] ?? 3),
  )
}

export function modelView(model: ThreatModelRecord, full: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = { ...model.data, authorization: byRole(model.data.authorization) }
  if (model.deleted_at) view.deleted_at = model.deleted_at
  if (full) {
    view.metadata = byKey(model.metadata)
    // Partial, and tombstones included: read threats from GET …/threats (`G:api/database_store_gorm.go:1268-1339`).
    view.threats = [...model.children.threats.values()].map((t) => {
      const v = entityView(t)
      for (const k of NOT_EMBEDDED) delete v[k]
      return v
    })
    view.diagrams = oldestFirst([...model.children.diagrams.values()].filter((d) => !d.deleted_at)).map((d) =>
      entityView(d),
    )
  }
  return view
}

function listItem(model: ThreatModelRecord): Record<string, unknown> {
  const count = (k: (typeof CHILD_KINDS)[number]) =>
    [...model.children[k].values()].filter((e) => !e.deleted_at).length
  const { authorization: _a, project_id: _p, is_confidential: _c, ...rest } = model.data
  return {
    ...rest,
    ...(model.deleted_at ? { deleted_at: model.deleted_at } : {}),
    document_count: count('documents'),
    repo_count: count('repositories'),
    diagram_count: count('diagrams'),
    threat_count: count('threats'),
    asset_count: count('assets'),
    note_count: count('notes'),
  }
}

function touch(model: ThreatModelRecord): void {
  model.data.modified_at = now()
}

/**
 * Newest first. ISO times in one format order as text: no locale collation per comparison. Models
 * are kept in the order they were made, so the list is nearly always that order backwards: that
 * is checked (one pass) before sorting, as every page of a listing of 10,000 sorted them all.
 */
function newestFirst(models: ThreatModelRecord[]): ThreatModelRecord[] {
  const at = (m: ThreatModelRecord) => String(m.data.created_at)
  let ascending = true
  for (let i = 1; i < models.length && ascending; i++)
    ascending = at(models[i - 1] as ThreatModelRecord) < at(models[i] as ThreatModelRecord)
  // Strictly ascending has no ties, so reversing it is what the stable sort below would give.
  if (ascending) return models.reverse()
  return models.sort((a, b) => {
    const [x, y] = [at(a), at(b)]
    return x < y ? 1 : x > y ? -1 : 0
  })
}

const list: Route = {
  method: 'GET',
  path: '/threat_models',
  handle(ctx) {
    const q = (name: string) => ctx.query.get(name)?.toLowerCase()
    const [name, description, issueUri, owner] = [q('name'), q('description'), q('issue_uri'), q('owner')]
    const has = (v: unknown, needle?: string) =>
      needle === undefined || (typeof v === 'string' && v.toLowerCase().includes(needle))
    // Tombstones are for administrators only (`G:api/threat_model_handlers.go:1053-1064`).
    const includeDeleted = ctx.query.get('include_deleted') === 'true'
    if (includeDeleted && !ctx.caller.admin) throw forbidden('include_deleted requires administrator access')
    const models = [...ctx.store.models.values()]
      .filter((m) => (includeDeleted || !m.deleted_at) && roleOf(m, ctx.caller))
      .filter(
        (m) =>
          has(m.data.name, name) && has(m.data.description, description) && has(m.data.issue_uri, issueUri),
      )
      .filter(
        (m) =>
          owner === undefined ||
          has((m.data.owner as Record<string, unknown>).provider_id, owner) ||
          has((m.data.owner as Record<string, unknown>).email, owner),
      )
    return page(ctx, 'threat_models', newestFirst(models), listItem)
  },
}

const create: Route = {
  method: 'POST',
  path: '/threat_models',
  contentType: 'application/json',
  schema: threatModelInput,
  handle(ctx) {
    const body = ctx.body as Record<string, unknown>
    checkInjection(body)
    const caller = user(ctx.caller)
    const requested = checkAuthorization(
      (body.authorization as Authorization | undefined) ?? [],
      ctx.store,
      true,
    )
    const confidential = body.is_confidential === true
    const has = (id: string) => requested.some((a) => a.principal_type === 'group' && a.provider_id === id)
    const authorization: Authorization = [
      {
        principal_type: 'user',
        provider: ctx.caller.provider,
        provider_id: ctx.caller.provider_id,
        role: 'owner',
      },
      ...requested.filter((a) => !(a.principal_type === 'user' && a.provider_id === ctx.caller.provider_id)),
      ...(has(confidential ? 'confidential-project-reviewers' : 'security-reviewers')
        ? []
        : [
            {
              principal_type: 'group',
              provider: 'tmi',
              provider_id: confidential ? 'confidential-project-reviewers' : 'security-reviewers',
              role: 'owner',
            },
          ]),
      ...(has('tmi-automation')
        ? []
        : [{ principal_type: 'group', provider: 'tmi', provider_id: 'tmi-automation', role: 'writer' }]),
    ]
    const time = now()
    const model = ctx.store.createModel(
      {
        ...store({ name: body.name, description: body.description, issue_uri: body.issue_uri }, TEXT),
        threat_model_framework: checkFramework(body.threat_model_framework),
        authorization,
        owner: caller,
        created_by: caller,
        is_confidential: confidential,
        status: 'not_started',
        created_at: time,
        modified_at: time,
      },
      persistable((body.metadata as Meta[] | undefined) ?? [], 'Failed to create threat model'),
    )
    return {
      status: 201,
      body: modelView(model, true),
      headers: { Location: `/threat_models/${String(model.data.id)}` },
    }
  },
}

const get: Route = {
  method: 'GET',
  path: '/threat_models/{threat_model_id}',
  role: 'reader',
  handle: (ctx) => ({ status: 200, body: modelView(modelFor(ctx, 'reader'), true) }),
}

const put: Route = {
  method: 'PUT',
  path: '/threat_models/{threat_model_id}',
  contentType: 'application/json',
  schema: threatModelInput,
  role: 'writer',
  handle(ctx) {
    const model = modelFor(ctx, 'writer')
    const body = ctx.body as Record<string, unknown>
    checkInjection(body)
    const next = checkAuthorization((body.authorization as Authorization | undefined) ?? [], ctx.store, false)
    const current = (model.data.authorization as Authorization | undefined) ?? []
    const key = (a: Record<string, unknown>) => `${String(a.provider_id)}|${String(a.role)}`
    const changed =
      next.length > 0 && JSON.stringify(next.map(key).sort()) !== JSON.stringify(current.map(key).sort())
    if (changed && roleOf(model, ctx.caller) !== 'owner')
      throw forbidden('Only the owner can change ownership or authorization')
    if (body.metadata !== undefined && body.metadata !== null)
      persistable(body.metadata as Meta[], 'Failed to update threat model')
    const headers = conditional(ctx, model)
    const keep = [
      'id',
      'alias',
      'owner',
      'created_by',
      'created_at',
      'status',
      'status_updated',
      'is_confidential',
      'project_id',
      'security_reviewer',
    ]
    model.data = {
      ...Object.fromEntries(keep.filter((k) => k in model.data).map((k) => [k, model.data[k]])),
      ...store({ name: body.name, description: body.description, issue_uri: body.issue_uri }, TEXT),
      threat_model_framework: checkFramework(body.threat_model_framework),
      // Replaced wholesale: omitted or empty clears the list (tmi-api.md §2.2).
      authorization: next,
    }
    if (body.metadata !== undefined && body.metadata !== null) model.metadata = body.metadata as Meta[]
    touch(model)
    return { status: 200, body: modelView(model, false), headers }
  },
}

const patch: Route = {
  method: 'PATCH',
  path: '/threat_models/{threat_model_id}',
  contentType: 'application/json-patch+json',
  schema: jsonPatch,
  role: 'writer',
  handle(ctx) {
    const model = modelFor(ctx, 'writer')
    const ops = ctx.body as Array<{ op: string; path: string; value?: unknown }>
    for (const { path } of ops) {
      const top = '/' + (path.split('/')[1] ?? '')
      if (PATCH_FREE.includes(top)) continue
      if (PATCH_REVIEWER.includes(top)) {
        // Service accounts used to pass here; the subject-authority gate now refuses them first.
        if (!ctx.caller.groups.includes('security-reviewers'))
          throw forbidden(`Only a security reviewer may change '${top.slice(1)}'`)
        continue
      }
      if (PATCH_OWNER.includes(top)) {
        if (roleOf(model, ctx.caller) !== 'owner')
          throw forbidden('Only the owner can change ownership or authorization')
        continue
      }
      throw badRequest(`Field '${top.slice(1)}' is not allowed in PATCH requests`, 'invalid_input')
    }
    const doc: Record<string, unknown> = {
      ...structuredClone(model.data),
      metadata: structuredClone(model.metadata),
    }
    applyPatch(doc, ops)
    checkInjection(doc, TEXT)
    if (doc.name === undefined || doc.name === '') throw badRequest('name is required', 'validation_failed')
    const { metadata, ...data } = doc
    const nextMetadata = persistable((metadata as Meta[] | undefined) ?? [], 'Failed to update threat model')
    data.threat_model_framework = checkFramework(data.threat_model_framework)
    if (Array.isArray(data.authorization))
      data.authorization = checkAuthorization(data.authorization as Authorization, ctx.store, false)
    // Checks first, then the version: a refused write must not bump it.
    const headers = conditional(ctx, model)
    if (data.status !== model.data.status) data.status_updated = now()
    model.data = {
      ...data,
      ...store({ name: data.name, description: data.description, issue_uri: data.issue_uri }, TEXT),
    }
    for (const k of ['description', 'issue_uri'] as const)
      if (model.data[k] === '' || model.data[k] === null) delete model.data[k]
    model.metadata = nextMetadata
    touch(model)
    return { status: 200, body: modelView(model, true), headers }
  },
}

const remove: Route = {
  method: 'DELETE',
  path: '/threat_models/{threat_model_id}',
  role: 'owner',
  handle(ctx) {
    const model = modelFor(ctx, 'owner')
    for (const d of model.children.diagrams.keys())
      if (ctx.options.collaborating.has(d))
        throw conflict('A collaboration session is active on a diagram of this threat model')
    const time = now()
    model.deleted_at = time
    for (const k of CHILD_KINDS) for (const e of model.children[k].values()) e.deleted_at ??= time
    return { status: 204 }
  },
}

const restore: Route = {
  method: 'POST',
  path: '/threat_models/{threat_model_id}/restore',
  role: 'owner',
  handle(ctx) {
    const model = ctx.store.models.get(ctx.params.threat_model_id ?? '')
    if (!model) throw notFound('Threat model not found')
    if (roleOf(model, ctx.caller) !== 'owner') throw forbidden()
    // A threat model cannot be restored on TMI 1.8.22: the handler's read of the deleted model does
    // not carry its deleted_at, so it answers "not deleted" to every restore
    // (`G:api/restore_handlers.go:25-31`; the row's deleted_at is set, seen on the server).
    throw conflict('Threat model is not deleted')
  },
}

const me: Route = {
  method: 'GET',
  path: '/me',
  handle: (ctx) => ({
    status: 200,
    body: {
      ...user(ctx.caller),
      is_admin: ctx.caller.admin,
      is_security_reviewer: false,
      groups: ctx.caller.groups.map((g) => ({
        internal_uuid: userUuid({ provider: 'tmi-group', provider_id: g }),
        group_name: g,
        name: g,
      })),
    },
  }),
}

/** `POST /admin/groups`: an administrator makes a TMI group (provider `tmi`), which access lists may then name. */
const createGroup: Route = {
  method: 'POST',
  path: '/admin/groups',
  contentType: 'application/json',
  handle(ctx) {
    if (!ctx.caller.admin) throw forbidden('Administrator access required')
    const body = ctx.body as { group_name?: unknown; name?: unknown; description?: unknown }
    if (typeof body.group_name !== 'string' || body.group_name === '')
      throw badRequest('group_name is required', 'invalid_input')
    const key = `tmi:${body.group_name}`
    if (ctx.store.knownGroups.has(key)) throw conflict('Group already exists')
    ctx.store.knownGroups.add(key)
    const time = now()
    return {
      status: 201,
      body: {
        internal_uuid: userUuid({ provider: 'tmi-group', provider_id: body.group_name }),
        provider: 'tmi',
        group_name: body.group_name,
        name: typeof body.name === 'string' ? body.name : body.group_name,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
        first_used: time,
        last_used: time,
        usage_count: 0,
        is_builtin: false,
      },
    }
  },
}

export const threatModelRoutes: Route[] = [list, create, get, put, patch, remove, restore, me, createGroup]

import { childFor, conditional, modelFor, modelForChildRestore, page, prohibit, store } from '../access.js'
import { ApiError, badRequest, conflict, notFound } from '../errors.js'
import type { Reply, RequestContext, Route } from '../router.js'
import { checkInjection, storable } from '../rules.js'
import * as schemas from '../schemas.js'
import { now, type ChildKind, type Entity, type Meta, type ThreatModelRecord } from '../store.js'
import { queryThreats, THREAT_PATCH, ASSET_PATCH, type PatchRules } from './threat-query.js'
import { entityView, newestFirst } from './views.js'

interface KindRules {
  kind: Exclude<ChildKind, 'diagrams'>
  param: string
  input: Record<string, unknown>
  /** Bulk endpoints: cap, and what bulk PUT does with unknown ids. */
  bulk?: { cap: number; update: Record<string, unknown>; put: 'update-only' | 'upsert' }
  /** Plain-text fields (HTML stripped). */
  text: string[]
  /** Fields refused on single POST/PUT besides id, created_at, modified_at. */
  alsoProhibited: string[]
  /** Threats: metadata sent on a single create is not persisted either (tmi-api.md §0 item 6). */
  dropMetadataOnCreate?: boolean
  booleans: string[]
  /** Threats carry threat_model_id, and FKs to diagrams and assets. */
  threat?: boolean
  checkUri?: boolean
  /** Single-item JSON Patch, where TMI has it (threats and assets, tmi-api.md §00.7). */
  patch?: PatchRules
}

const KINDS: KindRules[] = [
  {
    kind: 'threats',
    param: 'threat_id',
    input: schemas.threatBase,
    bulk: { cap: 20, update: schemas.threatBulkUpdate, put: 'update-only' },
    text: ['name', 'description', 'mitigation', 'issue_uri'],
    alsoProhibited: ['alias'],
    dropMetadataOnCreate: true,
    booleans: ['include_in_report', 'timmy_enabled', 'mitigated'],
    threat: true,
    patch: THREAT_PATCH,
  },
  {
    kind: 'assets',
    param: 'asset_id',
    input: schemas.assetBase,
    bulk: { cap: 50, update: schemas.assetBulkUpdate, put: 'upsert' },
    text: ['name', 'description'],
    alsoProhibited: [],
    booleans: ['include_in_report', 'timmy_enabled'],
    patch: ASSET_PATCH,
  },
  {
    kind: 'documents',
    param: 'document_id',
    input: schemas.documentBase,
    bulk: { cap: 20, update: schemas.documentBulkUpdate, put: 'upsert' },
    text: ['name', 'description', 'uri'],
    alsoProhibited: ['alias'],
    booleans: ['include_in_report', 'timmy_enabled'],
    checkUri: true,
  },
  {
    kind: 'repositories',
    param: 'repository_id',
    input: schemas.repositoryBase,
    bulk: { cap: 20, update: schemas.repositoryBulkUpdate, put: 'upsert' },
    text: ['name', 'description', 'uri'],
    alsoProhibited: ['alias'],
    booleans: ['include_in_report', 'timmy_enabled'],
    checkUri: true,
  },
  {
    kind: 'notes',
    param: 'note_id',
    input: schemas.noteInput,
    text: ['name', 'description'],
    alsoProhibited: ['alias'],
    booleans: ['include_in_report', 'timmy_enabled'],
  },
]

/** TMI's SSRF policy by default: https only, and no local or private hosts (DNS is not consulted here). */
function checkUri(value: unknown): void {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    throw badRequest('Invalid URI', 'validation_failed')
  }
  if (url.protocol !== 'https:')
    throw badRequest(`URI scheme '${url.protocol.replace(':', '')}' is not allowed`, 'validation_failed')
  if (/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\]|0\.0\.0\.0)/i.test(url.hostname)) {
    throw badRequest('URI host is not allowed', 'validation_failed')
  }
}

/**
 * Fields as stored on create (`creating`) or full replacement on update. An omitted boolean takes
 * the spec default, which TMI's request validator fills in (`true` for include_in_report and
 * timmy_enabled, tmi-api.md §00.3); `mitigated` has none, so it is false.
 */
function fields(rules: KindRules, body: Record<string, unknown>, creating: boolean): Record<string, unknown> {
  const { id: _id, metadata: _m, created_at: _c, modified_at: _mo, alias: _a, ...rest } = body
  if (rules.checkUri) checkUri(rest.uri)
  const out = store(rest, rules.text)
  for (const b of rules.booleans) {
    const dflt = b === 'mitigated' ? false : true
    // On create GORM substitutes the column default (true) for a zero value, so false is stored as true.
    out[b] = creating ? (body[b] === true ? true : dflt) : typeof body[b] === 'boolean' ? body[b] : dflt
  }
  if (rules.threat) out.threat_type = body.threat_type ?? []
  return out
}

function checkForeignKeys(model: ThreatModelRecord, body: Record<string, unknown>, single: boolean): void {
  for (const [field, kind] of [
    ['diagram_id', 'diagrams'],
    ['asset_id', 'assets'],
  ] as const) {
    const id = body[field]
    if (typeof id !== 'string' || id === '') continue
    if (id === '00000000-0000-0000-0000-000000000000')
      throw badRequest(`${field} must not be the nil UUID`, 'invalid_id')
    const target = model.children[kind].get(id)
    if (!target || target.deleted_at) {
      // A single POST surfaces any store error as 500 (tmi-api.md §2.3); bulk calls as a 400.
      if (single) throw new ApiError(500, 'server_error', 'Failed to create threat')
      throw badRequest('request violates a data constraint', 'validation_failed')
    }
  }
}

function stamp(
  rules: KindRules,
  model: ThreatModelRecord,
  data: Record<string, unknown>,
  created?: string,
  time = now(),
): Record<string, unknown> {
  return {
    ...data,
    ...(rules.threat ? { threat_model_id: model.data.id } : {}),
    created_at: created ?? time,
    modified_at: time,
  }
}

function view(rules: KindRules, entity: Entity, list = false): Record<string, unknown> {
  const v = entityView(entity)
  if (rules.kind === 'notes' && list) delete v.content
  // The threat list never loads metadata (`G:api/threat_store_gorm.go:348-383`); a single read does.
  if (rules.threat && list) delete v.metadata
  return v
}

function routesFor(rules: KindRules): Route[] {
  const base = `/threat_models/{threat_model_id}/${rules.kind}`
  const one = `${base}/{${rules.param}}`
  const prohibited = ['id', 'created_at', 'modified_at', ...rules.alsoProhibited]
  const routes: Route[] = [
    {
      method: 'GET',
      path: base,
      role: 'reader',
      handle: (ctx) => {
        const model = modelFor(ctx, 'reader')
        const includeDeleted = ctx.query.get('include_deleted') === 'true'
        const live = [...model.children[rules.kind].values()].filter((e) => includeDeleted || !e.deleted_at)
        const ordered = rules.threat ? queryThreats(live, ctx.query) : newestFirst(live)
        return page(ctx, rules.kind, ordered, (e) => view(rules, e, true))
      },
    },
    {
      method: 'POST',
      path: base,
      contentType: 'application/json',
      schema: rules.input,
      role: 'writer',
      handle: (ctx) => {
        const model = modelFor(ctx, 'writer')
        const body = ctx.body as Record<string, unknown>
        prohibit(body, prohibited)
        checkInjection(body)
        if (rules.threat) checkForeignKeys(model, body, true)
        const sent = (body.metadata as Meta[] | undefined) ?? []
        // A refused key fails the metadata save, not the create (`G:api/asset_store_gorm.go`, Create).
        const metadata = rules.dropMetadataOnCreate || !storable(sent) ? [] : sent
        const entity = ctx.store.addChild(
          model,
          rules.kind,
          crypto.randomUUID(),
          stamp(rules, model, fields(rules, body, true)),
          metadata,
        )
        return {
          status: 201,
          body: {
            ...view(rules, entity),
            ...(rules.dropMetadataOnCreate && body.metadata ? { metadata: body.metadata } : {}),
          },
        }
      },
    },
    {
      method: 'GET',
      path: one,
      role: 'reader',
      handle: (ctx) => ({
        status: 200,
        body: view(rules, childFor(ctx, modelFor(ctx, 'reader'), rules.kind, rules.param)),
      }),
    },
    {
      method: 'PUT',
      path: one,
      contentType: 'application/json',
      schema: rules.input,
      role: 'writer',
      handle: (ctx) => {
        const model = modelFor(ctx, 'writer')
        const entity = childFor(ctx, model, rules.kind, rules.param)
        const body = ctx.body as Record<string, unknown>
        prohibit(body, prohibited)
        checkInjection(body)
        if (rules.threat) checkForeignKeys(model, body, false)
        if (rules.checkUri) checkUri(body.uri)
        const headers =
          rules.kind === 'notes' || rules.kind === 'repositories' ? {} : conditional(ctx, entity)
        replace(rules, model, entity, body)
        return { status: 200, body: view(rules, entity), headers }
      },
    },
    ...(rules.patch ? [patchRoute(rules, one, rules.patch)] : []),
    {
      method: 'DELETE',
      path: one,
      role: 'writer',
      handle: (ctx) => {
        childFor(ctx, modelFor(ctx, 'writer'), rules.kind, rules.param).deleted_at = now()
        return { status: 204 }
      },
    },
    {
      method: 'POST',
      path: `${one}/restore`,
      role: 'owner',
      handle: (ctx) => {
        const model = modelForChildRestore(ctx)
        const entity = model.children[rules.kind].get(ctx.params[rules.param] ?? '')
        if (!entity) throw notFound(`${rules.kind.slice(0, -1)} not found`)
        if (!entity.deleted_at) throw conflict('Resource is not deleted')
        delete entity.deleted_at
        return { status: 200, body: view(rules, entity) }
      },
    },
  ]
  if (rules.bulk) routes.push(...bulkRoutes(rules, base))
  return routes
}

/** Full replacement (tmi-api.md §5.5): omitted strings cleared, booleans false; metadata per kind. */
function replace(
  rules: KindRules,
  model: ThreatModelRecord,
  entity: Entity,
  body: Record<string, unknown>,
): void {
  const keep = { id: entity.data.id, alias: entity.data.alias }
  entity.data = {
    ...keep,
    ...stamp(rules, model, fields(rules, body, false), entity.data.created_at as string),
  }
  const metadata = body.metadata as Meta[] | null | undefined
  // A key TMI's database hook refuses fails the metadata save alone, and the write still answers
  // 200: a threat is left with none, the others keep what they had (`G:api/threat_store_gorm.go:1015-1021`,
  // `G:api/asset_store_gorm.go`, seen on TMI 1.8.22).
  if (metadata && !storable(metadata)) {
    if (rules.threat) entity.metadata = []
    return
  }
  if (rules.threat) entity.metadata = metadata ?? []
  else if (Array.isArray(metadata) && (metadata.length > 0 || rules.kind !== 'assets'))
    entity.metadata = metadata
}

function bulkRoutes(rules: KindRules, base: string): Route[] {
  const bulk = rules.bulk as NonNullable<KindRules['bulk']>
  const routes: Route[] = [
    {
      method: 'POST',
      path: `${base}/bulk`,
      contentType: 'application/json',
      schema: schemas.bulk(rules.input, bulk.cap),
      role: 'writer',
      handle: (ctx) => {
        const model = modelFor(ctx, 'writer')
        const items = ctx.body as Array<Record<string, unknown>>
        // Atomic: every id and foreign key is checked before anything is written.
        const ids = new Set<string>()
        for (const item of items) {
          const id = item.id
          if (id !== undefined && (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)))
            throw badRequest('Invalid id', 'invalid_id')
          if (typeof id === 'string' && (ctx.store.usedIds.has(id) || ids.has(id)))
            throw conflict('resource already exists')
          if (typeof id === 'string') ids.add(id)
          if (rules.threat) checkForeignKeys(model, item, false)
          if (rules.checkUri) checkUri(item.uri)
        }
        // One request, one timestamp: the items of a bulk create tie on created_at (ordered by id).
        const time = now()
        // No bulk create saves the metadata it is sent, whatever the kind: each handler only
        // sanitises it (`G:api/threat_sub_resource_handlers.go:678`, `G:api/asset_store_gorm.go:455-510`,
        // `G:api/document_store_gorm.go:509`, `G:api/repository_store_gorm.go:500`). The answer echoes it.
        const created = items.map((item) => {
          const entity = ctx.store.addChild(
            model,
            rules.kind,
            (item.id as string | undefined) ?? crypto.randomUUID(),
            stamp(rules, model, fields(rules, item, true), undefined, time),
            [],
          )
          return { ...view(rules, entity), ...(item.metadata ? { metadata: item.metadata } : {}) }
        })
        return { status: 201, body: created }
      },
    },
    {
      method: 'PUT',
      path: `${base}/bulk`,
      contentType: 'application/json',
      schema: bulk.update,
      role: 'writer',
      handle: (ctx) => bulkPut(ctx, rules, bulk.put),
    },
  ]
  if (rules.threat) routes.push(bulkDelete, bulkPatch)
  return routes
}

/** JSON Patch of one item by TMI's per-kind path list: the new fields, checked; nothing is written yet. */
function patched(
  rules: KindRules,
  patch: PatchRules,
  entity: Entity,
  ops: Array<{ op: string; path: string; value?: unknown }>,
): Record<string, unknown> {
  const doc = patch.apply(structuredClone(entity.data), ops)
  checkInjection(doc, rules.text)
  if (typeof doc.name !== 'string' || doc.name === '')
    throw badRequest('name is required', 'validation_failed')
  return { ...store(doc, rules.text), modified_at: now() }
}

function patchRoute(rules: KindRules, one: string, patch: PatchRules): Route {
  return {
    method: 'PATCH',
    path: one,
    contentType: 'application/json-patch+json',
    schema: schemas.jsonPatch,
    role: 'writer',
    handle: (ctx) => {
      const model = modelFor(ctx, 'writer')
      const entity = childFor(ctx, model, rules.kind, rules.param)
      const next = patched(
        rules,
        patch,
        entity,
        ctx.body as Array<{ op: string; path: string; value?: unknown }>,
      )
      // Checks first, then the version: a refused write must not bump it.
      const headers = conditional(ctx, entity)
      entity.data = next
      return { status: 200, body: view(rules, entity), headers }
    },
  }
}

/** Bulk threat PATCH: one by one, not atomic; the first failure answers, earlier patches stay (tmi-api.md §2.3). */
const bulkPatch: Route = {
  method: 'PATCH',
  path: '/threat_models/{threat_model_id}/threats/bulk',
  contentType: 'application/json',
  schema: schemas.bulkPatch,
  role: 'writer',
  handle: (ctx) => {
    const model = modelFor(ctx, 'writer')
    const rules = KINDS[0] as KindRules
    const { patches } = ctx.body as {
      patches: Array<{ id: string; operations: Array<{ op: string; path: string; value?: unknown }> }>
    }
    const out: unknown[] = []
    for (const p of patches) {
      const entity = model.children.threats.get(p.id)
      if (!entity || entity.deleted_at) throw notFound('Threat not found')
      entity.data = patched(rules, THREAT_PATCH, entity, p.operations)
      out.push(view(rules, entity))
    }
    return { status: 200, body: out }
  },
}

function bulkPut(ctx: RequestContext, rules: KindRules, mode: 'update-only' | 'upsert'): Reply {
  const model = modelFor(ctx, 'writer')
  const items = ctx.body as Array<Record<string, unknown>>
  const out: unknown[] = []
  if (mode === 'update-only') {
    // One transaction; unknown, foreign or deleted ids are skipped silently yet echoed back.
    for (const item of items) if (rules.threat) checkForeignKeys(model, item, false)
    for (const item of items) {
      const entity = model.children[rules.kind].get(item.id as string)
      if (!entity || entity.deleted_at) {
        out.push(item)
        continue
      }
      replace(rules, model, entity, item)
      out.push(view(rules, entity))
    }
    return { status: 200, body: out }
  }
  // Upsert, item by item and not atomic: the first failure returns, earlier items stay written.
  for (const item of items) {
    const id = item.id as string
    const entity = model.children[rules.kind].get(id)
    if (entity && !entity.deleted_at) {
      replace(rules, model, entity, item)
      out.push(view(rules, entity))
    } else if (ctx.store.usedIds.has(id)) {
      if (entity) throw conflict('resource already exists')
      throw notFound(`${rules.kind.slice(0, -1)} not found`)
    } else {
      out.push(
        view(
          rules,
          ctx.store.addChild(
            model,
            rules.kind,
            id,
            stamp(rules, model, fields(rules, item, true)),
            (item.metadata as Meta[] | undefined) ?? [],
          ),
        ),
      )
    }
  }
  return { status: 200, body: out }
}

const bulkDelete: Route = {
  method: 'DELETE',
  path: '/threat_models/{threat_model_id}/threats/bulk',
  role: 'writer',
  handle: (ctx) => {
    const model = modelFor(ctx, 'writer')
    const ids = [
      ...new Set(
        (ctx.query.get('threat_ids') ?? '')
          .split(',')
          .filter(Boolean)
          .map((s) => s.toLowerCase()),
      ),
    ]
    if (ids.length < 1 || ids.length > 20)
      throw badRequest('threat_ids must list 1 to 20 ids', 'invalid_input')
    const targets = ids.map((id) => {
      const t = [...model.children.threats.entries()].find(([k]) => k.toLowerCase() === id)?.[1]
      if (!t || t.deleted_at) throw notFound('Threat not found')
      return t
    })
    const time = now()
    for (const t of targets) t.deleted_at = time
    return {
      status: 200,
      body: { deleted_count: targets.length, deleted_ids: targets.map((t) => t.data.id) },
    }
  },
}

export const childRoutes: Route[] = KINDS.flatMap(routesFor)

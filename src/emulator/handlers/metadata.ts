import { childFor, modelFor } from '../access.js'
import { badRequest, conflict, notFound } from '../errors.js'
import type { RequestContext, Route } from '../router.js'
import { hasInjection, persistable, stripHtml } from '../rules.js'
import { metadataBulk, metadataSingle, metadataValue } from '../schemas.js'
import { byKey } from './views.js'
import type { ChildKind, Entity, Meta } from '../store.js'

/**
 * The `/metadata` endpoints' own check (`G:api/metadata_handlers.go:19`): 400 for a key outside it.
 * A key with `.` or `:` passes it and then fails in the database hook: 500 (`rules.persistable`).
 */
const KEY = /^[a-zA-Z0-9._\-:]{1,256}$/
const PARENTS: Array<{ prefix: string; kind?: ChildKind; param?: string; cap: number }> = [
  { prefix: '/threat_models/{threat_model_id}', cap: 20 },
  {
    prefix: '/threat_models/{threat_model_id}/threats/{threat_id}',
    kind: 'threats',
    param: 'threat_id',
    cap: 20,
  },
  {
    prefix: '/threat_models/{threat_model_id}/documents/{document_id}',
    kind: 'documents',
    param: 'document_id',
    cap: 20,
  },
  {
    prefix: '/threat_models/{threat_model_id}/repositories/{repository_id}',
    kind: 'repositories',
    param: 'repository_id',
    cap: 20,
  },
  {
    prefix: '/threat_models/{threat_model_id}/diagrams/{diagram_id}',
    kind: 'diagrams',
    param: 'diagram_id',
    cap: 20,
  },
  { prefix: '/threat_models/{threat_model_id}/notes/{note_id}', kind: 'notes', param: 'note_id', cap: 100 },
  {
    prefix: '/threat_models/{threat_model_id}/assets/{asset_id}',
    kind: 'assets',
    param: 'asset_id',
    cap: 100,
  },
]

function clean(entries: Meta[]): Meta[] {
  const seen = new Set<string>()
  return entries.map(({ key, value }) => {
    if (!KEY.test(key)) throw badRequest(`Invalid metadata key: ${key}`, 'invalid_input')
    if (seen.has(key)) throw badRequest(`Duplicate metadata key: ${key}`, 'invalid_input')
    seen.add(key)
    if (Buffer.byteLength(value, 'utf8') > 1024)
      throw badRequest('Metadata value exceeds 1024 bytes', 'invalid_input')
    if (hasInjection(value))
      throw badRequest('Metadata value contains potentially unsafe content', 'validation_failed')
    return { key, value: stripHtml(value) }
  })
}

function routesFor(parent: (typeof PARENTS)[number]): Route[] {
  const target = (ctx: RequestContext, role: 'reader' | 'writer'): Entity => {
    const model = modelFor(ctx, role)
    return parent.kind ? childFor(ctx, model, parent.kind, parent.param as string) : model
  }
  const base = `${parent.prefix}/metadata`
  const find = (e: Entity, key: string) => {
    const m = e.metadata.find((x) => x.key === key)
    if (!m) throw notFound('Metadata key not found')
    return m
  }
  return [
    {
      method: 'GET',
      path: base,
      role: 'reader',
      handle: (ctx) => ({ status: 200, body: byKey(target(ctx, 'reader').metadata) }),
    },
    {
      method: 'POST',
      path: base,
      contentType: 'application/json',
      schema: metadataSingle,
      role: 'writer',
      handle: (ctx) => {
        const e = target(ctx, 'writer')
        const [m] = persistable(clean([ctx.body as Meta]), 'Failed to create metadata') as [Meta]
        if (e.metadata.some((x) => x.key === m.key)) throw conflict('Metadata key already exists')
        e.metadata.push(m)
        return { status: 201, body: m }
      },
    },
    {
      method: 'GET',
      path: `${base}/{key}`,
      role: 'reader',
      handle: (ctx) => ({ status: 200, body: find(target(ctx, 'reader'), ctx.params.key ?? '') }),
    },
    {
      method: 'PUT',
      path: `${base}/{key}`,
      contentType: 'application/json',
      // The spec (so TMI's validator) takes a whole Metadata entry here for assets, `{value}` elsewhere.
      schema: parent.kind === 'assets' ? metadataSingle : metadataValue,
      role: 'writer',
      handle: (ctx) => {
        const m = find(target(ctx, 'writer'), ctx.params.key ?? '')
        m.value = (clean([{ key: m.key, value: (ctx.body as { value: string }).value }])[0] as Meta).value
        return { status: 200, body: m }
      },
    },
    {
      method: 'DELETE',
      path: `${base}/{key}`,
      role: 'writer',
      handle: (ctx) => {
        const e = target(ctx, 'writer')
        find(e, ctx.params.key ?? '')
        e.metadata = e.metadata.filter((x) => x.key !== ctx.params.key)
        return { status: 204 }
      },
    },
    {
      method: 'POST',
      path: `${base}/bulk`,
      contentType: 'application/json',
      schema: metadataBulk(parent.cap),
      role: 'writer',
      handle: (ctx) => {
        const e = target(ctx, 'writer')
        const entries = persistable(clean(ctx.body as Meta[]), 'Failed to create metadata entries')
        if (entries.some((m) => e.metadata.some((x) => x.key === m.key)))
          throw conflict('Metadata key already exists')
        e.metadata.push(...entries)
        return { status: 201, body: byKey(e.metadata) }
      },
    },
    {
      method: 'PUT',
      path: `${base}/bulk`,
      contentType: 'application/json',
      schema: metadataBulk(parent.cap, true),
      role: 'writer',
      handle: (ctx) => {
        const e = target(ctx, 'writer')
        e.metadata = persistable(clean(ctx.body as Meta[]), 'Failed to replace metadata entries')
        return { status: 200, body: byKey(e.metadata) }
      },
    },
    {
      method: 'PATCH',
      path: `${base}/bulk`,
      contentType: 'application/json',
      schema: metadataBulk(parent.cap),
      role: 'writer',
      handle: (ctx) => {
        const e = target(ctx, 'writer')
        for (const m of persistable(clean(ctx.body as Meta[]), 'Failed to update metadata entries')) {
          const existing = e.metadata.find((x) => x.key === m.key)
          if (existing) existing.value = m.value
          else e.metadata.push(m)
        }
        return { status: 200, body: byKey(e.metadata) }
      },
    },
  ]
}

export const metadataRoutes: Route[] = PARENTS.flatMap(routesFor)

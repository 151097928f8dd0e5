import { childFor, conditional, modelFor, modelForChildRestore, page, store } from '../access.js'
import { badRequest, conflict, notFound } from '../errors.js'
import type { RequestContext, Route } from '../router.js'
import { checkInjection } from '../rules.js'
import { createDiagram, diagramInput } from '../schemas.js'
import { now, type Entity, type Meta } from '../store.js'
import { entityView, oldestFirst } from './views.js'

const BASE = '/threat_models/{threat_model_id}/diagrams'
const ONE = `${BASE}/{diagram_id}`

/** Nodes come back flat (x, y, width, height as float32) with `parent: null` (tmi-api.md §1.8). */
/**
 * What TMI's request validator fills in from the spec's defaults before the handler sees a cell
 * (`G:api/openapi_middleware.go:180-187`; `Cell.data` default `{_metadata: []}` with
 * `security_boundary` default false, `Node.angle` default 0): every stored cell has them.
 */
function withSpecDefaults(cell: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {
    _metadata: [],
    ...((cell.data as Record<string, unknown> | undefined) ?? {}),
  }
  if (data.security_boundary === undefined) data.security_boundary = false
  const out: Record<string, unknown> = { ...cell, data }
  if (cell.shape !== 'flow' && out.angle === undefined) out.angle = 0
  return out
}

function normaliseCell(sent: Record<string, unknown>): Record<string, unknown> {
  const cell = withSpecDefaults(sent)
  if (cell.shape === 'flow') return cell
  const { position, size, ...rest } = cell as {
    position?: { x: number; y: number }
    size?: { width: number; height: number }
  } & Record<string, unknown>
  const x = rest.x ?? position?.x
  const y = rest.y ?? position?.y
  const width = rest.width ?? size?.width
  const height = rest.height ?? size?.height
  if ([x, y, width, height].some((v) => typeof v !== 'number'))
    throw badRequest(`node ${String(cell.id)} needs geometry`, 'invalid_input')
  if ((width as number) < 40 || (height as number) < 30)
    throw badRequest(`node ${String(cell.id)} is smaller than 40x30`, 'invalid_input')
  if (
    Array.isArray((rest.data as Record<string, unknown> | undefined)?.data_assets) &&
    ((rest.data as Record<string, unknown[]>).data_assets ?? []).length === 0
  ) {
    throw badRequest('data_assets must not be empty', 'invalid_input')
  }
  const f = (v: unknown) => Math.fround(v as number)
  // Go decodes geometry into float32: a value beyond its range fails the request.
  for (const v of [x, y, width, height])
    if (!Number.isFinite(f(v)))
      throw badRequest(`node ${String(cell.id)}: ${JSON.stringify(v)} overflows float32`, 'invalid_input')
  return { ...rest, x: f(x), y: f(y), width: f(width), height: f(height), parent: rest.parent ?? null }
}

function locked(ctx: RequestContext): void {
  if (ctx.options.collaborating.has(ctx.params.diagram_id ?? ''))
    throw conflict('A collaboration session is active on this diagram')
}

function listView(e: Entity): Record<string, unknown> {
  const { cells: _c, color_palette: _p, update_vector: _u, ...rest } = entityView(e, false)
  return rest
}

export const diagramRoutes: Route[] = [
  {
    method: 'GET',
    path: BASE,
    role: 'reader',
    handle: (ctx) => {
      const model = modelFor(ctx, 'reader')
      const includeDeleted = ctx.query.get('include_deleted') === 'true'
      // Diagrams, unlike other children, come oldest first (tmi-api.md §00.6).
      const listed = [...model.children.diagrams.values()].filter((d) => includeDeleted || !d.deleted_at)
      return page(ctx, 'diagrams', oldestFirst(listed), listView)
    },
  },
  {
    method: 'POST',
    path: BASE,
    contentType: 'application/json',
    schema: createDiagram,
    role: 'writer',
    handle: (ctx) => {
      const model = modelFor(ctx, 'writer')
      const body = ctx.body as Record<string, unknown>
      checkInjection(body)
      const time = now()
      const entity = ctx.store.addChild(
        model,
        'diagrams',
        crypto.randomUUID(),
        {
          name: body.name,
          type: body.type,
          cells: [],
          include_in_report: true,
          timmy_enabled: true,
          update_vector: 0,
          created_at: time,
          modified_at: time,
        },
        [],
      )
      return {
        status: 201,
        body: entityView(entity),
        headers: { Location: `/threat_models/${String(model.data.id)}/diagrams/${String(entity.data.id)}` },
      }
    },
  },
  {
    method: 'GET',
    path: ONE,
    role: 'reader',
    handle: (ctx) => ({
      status: 200,
      body: entityView(childFor(ctx, modelFor(ctx, 'reader'), 'diagrams', 'diagram_id')),
    }),
  },
  {
    method: 'PUT',
    path: ONE,
    contentType: 'application/json',
    schema: diagramInput,
    role: 'writer',
    handle: (ctx) => {
      const model = modelFor(ctx, 'writer')
      const entity = childFor(ctx, model, 'diagrams', 'diagram_id')
      locked(ctx)
      const body = ctx.body as Record<string, unknown>
      const cells = (body.cells as Array<Record<string, unknown>>).map(normaliseCell)
      const headers = conditional(ctx, entity)
      const old = entity.data
      const changed = JSON.stringify(old.cells) !== JSON.stringify(cells)
      entity.data = {
        id: old.id,
        alias: old.alias,
        created_at: old.created_at,
        ...store({ name: body.name, type: body.type, description: body.description }, [
          'name',
          'description',
        ]),
        cells,
        // Omitted booleans take the spec default, filled in by TMI's request validator
        // (tmi-api.md §00.3); omitted metadata is preserved; image and palette are cleared.
        include_in_report: body.include_in_report ?? true,
        timmy_enabled: body.timmy_enabled ?? true,
        ...(body.image ? { image: body.image } : {}),
        ...(body.color_palette ? { color_palette: body.color_palette } : {}),
        update_vector: (old.update_vector as number) + (changed ? 1 : 0),
        modified_at: now(),
      }
      if (Array.isArray(body.metadata)) entity.metadata = body.metadata as Meta[]
      return { status: 200, body: entityView(entity), headers }
    },
  },
  {
    method: 'DELETE',
    path: ONE,
    role: 'owner',
    handle: (ctx) => {
      const entity = childFor(ctx, modelFor(ctx, 'owner'), 'diagrams', 'diagram_id')
      locked(ctx)
      entity.deleted_at = now()
      return { status: 204 }
    },
  },
  {
    method: 'POST',
    path: `${ONE}/restore`,
    role: 'owner',
    handle: (ctx) => {
      const entity = modelForChildRestore(ctx).children.diagrams.get(ctx.params.diagram_id ?? '')
      if (!entity) throw notFound('diagram not found')
      if (!entity.deleted_at) throw conflict('Resource is not deleted')
      delete entity.deleted_at
      return { status: 200, body: entityView(entity) }
    },
  },
]

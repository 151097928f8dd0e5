import type { DocPath } from '../../common/pointer.js'
import {
  CELL_ID_PATTERN,
  slugify,
  type Cell,
  type CellData,
  type EdgeCell,
  type EdgeLabel,
  type NodeCell,
} from '../native.js'
import { obj, str, type MapContext, type TdObject } from './context.js'
import { cleanLabel } from './vocabulary.js'

const NODE_SHAPES: Record<string, NodeCell['shape']> = {
  actor: 'actor',
  process: 'process',
  store: 'store',
  'td-text-block': 'text-box',
  'trust-boundary-box': 'security-boundary',
}
const BOUNDARY_CURVES = new Set(['trust-boundary-curve', 'trust-broundary-curve'])
const MARKERS = new Set(['classic', 'block', 'diamond', 'circle'])
const CONNECTORS = new Set(['normal', 'rounded', 'smooth', 'jumpover'])
const LABEL_OPTIONS = [
  'absoluteDistance',
  'reverseDistance',
  'absoluteOffset',
  'keepGradient',
  'ensureLegibility',
]
/** Derived on save by Threat Dragon, or pure styling: recomputed, never carried (threat-dragon.md §1.4-1.5). */
const DERIVED_DATA = new Set([
  'threats',
  'hasOpenThreats',
  'threatFrequency',
  'trustBoundaryIds',
  'containedElements',
  'crossingFlows',
])
const MIN_WIDTH = 40
const MIN_HEIGHT = 30

export interface MappedCells {
  cells: Cell[]
  /** Threat Dragon cell id → native cell id; absent for dropped cells. */
  ids: Map<string, string>
}

/** Maps one Threat Dragon diagram's X6 cells onto TMI's Node/Edge shapes. */
export function mapCells(
  tdCells: TdObject[],
  tdPath: DocPath,
  nativePath: DocPath,
  ctx: MapContext,
): MappedCells {
  const ids = assignIds(tdCells)
  const cells: Cell[] = []
  let layered = false
  tdCells.forEach((c, i) => {
    const at = [...tdPath, i]
    const shape = str(c.shape) ?? ''
    layered ||= 'zIndex' in c || 'visible' in c || 'tools' in c
    let cell: Cell | undefined
    if (shape in NODE_SHAPES) cell = mapNode(c, NODE_SHAPES[shape] as NodeCell['shape'], ids, at, ctx)
    else if (shape === 'flow') cell = mapFlow(c, ids, at, ctx)
    else if (BOUNDARY_CURVES.has(shape)) {
      ctx.lossy(
        at,
        'td.boundary-curve',
        'trust boundary curve dropped: TMI has no boundary edge (edges need cells at both ends)',
      )
    } else ctx.lossy(at, 'td.unknown-shape', `cell shape "${shape}" has no TMI equivalent; dropped`)
    if (cell) {
      ctx.origin([...nativePath, cells.length], at)
      cells.push(cell)
    } else ids.delete(str(c.id) ?? '')
  })
  if (layered)
    ctx.lossy(tdPath, 'td.layering', 'zIndex, visible and tools are not kept by TMI; layer order is lost')
  return { cells, ids }
}

/** TD ids are UUIDs, except in imports from other formats; anything else becomes a readable id. */
function assignIds(tdCells: TdObject[]): Map<string, string> {
  const ids = new Map<string, string>()
  const used = new Set<string>()
  for (const c of tdCells) {
    const id = str(c.id)
    if (id === undefined || ids.has(id)) continue
    let mapped = CELL_ID_PATTERN.test(id) ? id : slugify(id, 'cell').slice(0, 60)
    for (let n = 2; used.has(mapped); n++) mapped = `${mapped.slice(0, 58)}-${n}`
    used.add(mapped)
    ids.set(id, mapped)
  }
  return ids
}

function mapNode(
  c: TdObject,
  shape: NodeCell['shape'],
  ids: Map<string, string>,
  at: DocPath,
  ctx: MapContext,
): NodeCell {
  const position = obj(c.position) ?? {}
  const size = obj(c.size) ?? {}
  const width = num(size.width, MIN_WIDTH)
  const height = num(size.height, MIN_HEIGHT)
  if (width < MIN_WIDTH || height < MIN_HEIGHT) {
    ctx.lossy(
      [...at, 'size'],
      'td.node-size',
      `node size ${width}×${height} raised to TMI's minimum ${MIN_WIDTH}×${MIN_HEIGHT}`,
    )
  }
  const node: NodeCell = {
    id: ids.get(str(c.id) ?? '') as string,
    shape,
    x: num(position.x, 0),
    y: num(position.y, 0),
    width: Math.max(width, MIN_WIDTH),
    height: Math.max(height, MIN_HEIGHT),
  }
  const attrs = obj(c.attrs) ?? {}
  const data = obj(c.data) ?? {}
  const rawLabel = str(obj(attrs.text)?.text) ?? str(obj(attrs.label)?.text) ?? str(data.name) ?? ''
  const label = labelText(rawLabel, [...at, 'attrs'], ctx)
  if (label) node.attrs = { text: { text: label } }
  const ports = mapPorts(obj(c.ports))
  if (ports) node.ports = ports
  node.data = mapData(data, shape === 'security-boundary')
  return node
}

function mapFlow(c: TdObject, ids: Map<string, string>, at: DocPath, ctx: MapContext): EdgeCell | undefined {
  const source = terminal(obj(c.source), ids)
  const target = terminal(obj(c.target), ids)
  // An end naming a cell that is not in the diagram is a broken file, not a loose end: say where.
  let broken = false
  for (const end of ['source', 'target'] as const) {
    const named = str(obj(c[end])?.cell)
    if (named !== undefined && !ids.has(named)) {
      broken = true
      ctx.lossy(
        [...at, end, 'cell'],
        'td.flow-unknown-cell',
        `flow ${end} names cell "${cleanLabel(named)}", which is not in this diagram; the flow is dropped`,
        'warning',
      )
    }
  }
  if (broken) return undefined
  if (!source || !target) {
    const name = str(obj(c.data)?.name)
    ctx.lossy(
      at,
      'td.dangling-flow',
      `flow${name ? ` "${cleanLabel(name)}"` : ''} has an end that is not attached to a cell; TMI edges need cells at both ends, so it is dropped`,
    )
    return undefined
  }
  const edge: EdgeCell = { id: ids.get(str(c.id) ?? '') as string, shape: 'flow', source, target }
  const labels = mapLabels(c.labels, [...at, 'labels'], ctx)
  if (labels.length > 0) edge.labels = labels
  const vertices = Array.isArray(c.vertices)
    ? c.vertices
        .map(obj)
        .filter((p): p is TdObject => !!p)
        .map((p) => ({ x: num(p.x, 0), y: num(p.y, 0) }))
    : []
  if (vertices.length > 0) edge.vertices = vertices
  const connector = str(c.connector) ?? str(obj(c.connector)?.name)
  if (connector && CONNECTORS.has(connector)) edge.connector = connector
  const line = obj(obj(c.attrs)?.line) ?? {}
  const markers: Record<string, unknown> = {}
  for (const end of ['sourceMarker', 'targetMarker'] as const) {
    const name = str(obj(line[end])?.name) ?? str(line[end])
    if (name && MARKERS.has(name)) markers[end] = { name }
  }
  if (Object.keys(markers).length > 0) edge.attrs = { line: markers }
  edge.data = mapData(obj(c.data) ?? {}, false)
  return edge
}

function terminal(t: TdObject | undefined, ids: Map<string, string>): EdgeCell['source'] | undefined {
  const cell = ids.get(str(t?.cell) ?? '')
  if (!t || !cell) return undefined
  const port = str(t.port)
  return port ? { cell, port } : { cell }
}

function mapLabels(labels: unknown, at: DocPath, ctx: MapContext): EdgeLabel[] {
  if (!Array.isArray(labels)) return []
  const out: EdgeLabel[] = []
  labels.forEach((l, i) => {
    const o = obj(l)
    const raw =
      typeof l === 'string'
        ? l
        : (str(obj(obj(o?.attrs)?.labelText)?.text) ?? str(obj(obj(o?.attrs)?.text)?.text) ?? '')
    const text = labelText(raw, [...at, i], ctx)
    if (!text) return
    const label: EdgeLabel = { attrs: { text: { text } } }
    const position = o?.position
    if (typeof position === 'number') label.position = position
    else if (obj(position) && typeof obj(position)?.distance === 'number') {
      const p = obj(position) as TdObject
      const mapped: Record<string, unknown> = { distance: p.distance }
      if (typeof p.angle === 'number') mapped.angle = p.angle
      if (typeof p.offset === 'number') mapped.offset = p.offset
      const args = obj(p.args) ?? obj(p.options)
      const options = Object.fromEntries(
        LABEL_OPTIONS.filter((k) => typeof args?.[k] === 'boolean').map((k) => [k, args?.[k]]),
      )
      if (Object.keys(options).length > 0) mapped.options = options
      label.position = mapped
    }
    out.push(label)
  })
  return out
}

function labelText(raw: string, at: DocPath, ctx: MapContext): string {
  const text = cleanLabel(raw)
  if (text !== raw.trim()) {
    const why = raw.length > 256 ? 'cut to 256 characters' : 'line breaks replaced by spaces'
    ctx.lossy(
      at,
      'td.label',
      `label "${text.slice(0, 40)}": ${why} (TMI labels are single-line, at most 256 characters)`,
    )
  }
  return text
}

function mapPorts(ports: TdObject | undefined): NodeCell['ports'] | undefined {
  if (!ports) return undefined
  const out: NonNullable<NodeCell['ports']> = {}
  const groups = obj(ports.groups)
  if (groups) out.groups = groups
  if (Array.isArray(ports.items)) {
    out.items = ports.items
      .map(obj)
      .filter((p): p is TdObject => typeof p?.id === 'string' && typeof p.group === 'string')
      .map((p) => ({ id: p.id as string, group: p.group as string }))
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** Threat Dragon's element properties are kept under `data.td`, which TMI stores as it is. */
function mapData(data: TdObject, securityBoundary: boolean): CellData {
  const td = Object.fromEntries(Object.entries(data).filter(([k]) => !DERIVED_DATA.has(k)))
  const out: CellData = {}
  if (securityBoundary) out.security_boundary = true
  if (Object.keys(td).length > 0) out.td = td
  return out
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback
}

import {
  isEdge,
  type DiagramFile,
  type EdgeCell,
  type NodeCell,
  type ThreatModelFile,
} from '../format/native.js'

/**
 * A diagram as a standalone SVG, drawn from its cells as the file holds them: actors as boxes,
 * processes as rounded shapes, stores as open-sided boxes, trust boundaries dashed, flows as arrows
 * with their labels, and each cell's threat count as a badge. No external assets, no script: every
 * text is escaped, so a label is never markup.
 */
export function svgDiagram(diagram: DiagramFile, threats: ReadonlyMap<string, number> = new Map()): string {
  const cells = diagram.cells ?? []
  const nodes = cells.filter((c): c is NodeCell => !isEdge(c)).map(box)
  const byId = new Map(nodes.map((n) => [n.cell.id, n]))
  const pad = 20
  const minX = Math.min(0, ...nodes.map((n) => n.x)) - pad
  const minY = Math.min(0, ...nodes.map((n) => n.y)) - pad
  const maxX = Math.max(200, ...nodes.map((n) => n.x + n.w)) + pad
  const maxY = Math.max(100, ...nodes.map((n) => n.y + n.h)) + pad
  const labelled = nodes.map((n) => ({ n, label: nodeLabel(n) }))
  // A threat badge sits on its node's top right corner: flow labels keep off it too.
  const badges = nodes.flatMap((n) =>
    (threats.get(n.cell.id) ?? 0) > 0 ? [{ x: n.x + n.w - 11, y: n.y - 11, w: 22, h: 22 }] : [],
  )
  const flows = layoutFlows(cells.filter(isEdge), byId, labelled, badges)
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}" width="${maxX - minX}" height="${maxY - minY}" font-family="sans-serif" font-size="${NODE_FONT}" data-diagram="${xml(diagram.key)}">`,
    `<title>${xml(diagram.name)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
  ]
  // Boundaries first (behind), then flows, then the other nodes over them, and flow labels on top.
  for (const l of labelled.filter(({ n }) => n.cell.shape === 'security-boundary')) out.push(node(l, threats))
  for (const f of flows) out.push(flowPath(f))
  for (const l of labelled.filter(({ n }) => n.cell.shape !== 'security-boundary')) out.push(node(l, threats))
  for (const f of flows) if (f.label) out.push(flowLabel(f))
  out.push('</svg>')
  return out.join('\n')
}

/** Threats per cell of each diagram, from the threats' `diagram` and `cell`. */
export function threatCounts(model: ThreatModelFile): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>()
  for (const t of model.threats ?? []) {
    if (!t.diagram || !t.cell) continue
    const perCell = counts.get(t.diagram) ?? new Map<string, number>()
    perCell.set(t.cell, (perCell.get(t.cell) ?? 0) + 1)
    counts.set(t.diagram, perCell)
  }
  return counts
}

/** A node's cell and where it is drawn. */
interface Box extends Rect {
  cell: NodeCell
}

function box(cell: NodeCell): Box {
  return {
    cell,
    x: cell.x ?? cell.position?.x ?? 0,
    y: cell.y ?? cell.position?.y ?? 0,
    w: cell.width ?? cell.size?.width ?? 120,
    h: cell.height ?? cell.size?.height ?? 60,
  }
}

/** Text sizes, and the width of one character as drawn (sans-serif, wide letters included). */
const NODE_FONT = 13
const FLOW_FONT = 12
const LINE = 15
const charWidth = (font: number) => font * 0.6

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** A node's label: wrapped to its box (as Threat Dragon wraps it), a boundary's at its top left. */
interface NodeLabel {
  lines: string[]
  x: number
  y: number
  anchor: 'middle' | 'start'
  rect: Rect
}

function nodeLabel(n: Box): NodeLabel {
  const text = n.cell.attrs?.text?.text ?? ''
  if (n.cell.shape === 'security-boundary') {
    const lines = wrap(text, Math.max(8, Math.floor((n.w - 12) / charWidth(NODE_FONT))))
    const width = Math.max(0, ...lines.map((l) => l.length)) * charWidth(NODE_FONT)
    return {
      lines,
      x: n.x + 6,
      y: n.y + 14,
      anchor: 'start',
      rect: { x: n.x + 6, y: n.y + 4, w: width, h: lines.length * LINE },
    }
  }
  const lines = wrap(text, Math.max(4, Math.floor((n.w - 8) / charWidth(NODE_FONT))))
  const height = lines.length * LINE
  const width = Math.max(0, ...lines.map((l) => l.length)) * charWidth(NODE_FONT)
  const top = n.y + n.h / 2 - height / 2
  return {
    lines,
    x: n.x + n.w / 2,
    y: top + LINE * 0.75,
    anchor: 'middle',
    rect: { x: n.x + n.w / 2 - width / 2, y: top, w: width, h: height },
  }
}

/** Words into lines of at most `max` characters (a longer word is cut). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > max) {
        if (line) lines.push(line)
        lines.push(word.slice(0, max))
        word = word.slice(max)
        line = ''
      }
      if (!line) line = word
      else if (line.length + 1 + word.length <= max) line += ` ${word}`
      else {
        lines.push(line)
        line = word
      }
    }
    if (line) lines.push(line)
  }
  return lines
}

function textLines(l: NodeLabel, attrs = ''): string {
  if (l.lines.length === 0) return ''
  const spans = l.lines
    .map(
      (line, i) =>
        `<tspan x="${round(l.x)}" ${i === 0 ? `y="${round(l.y)}"` : `dy="${LINE}"`}>${xml(line)}</tspan>`,
    )
    .join('')
  return `<text text-anchor="${l.anchor}"${attrs}>${spans}</text>`
}

function node({ n, label }: { n: Box; label: NodeLabel }, threats: ReadonlyMap<string, number>): string {
  const { x, y, w, h } = n
  const shape = {
    actor: `<rect class="shape" x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff" stroke="#24292f" stroke-width="1.5"/>`,
    process: `<rect class="shape" x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(w, h) / 2}" fill="#ffffff" stroke="#24292f" stroke-width="1.5"/>`,
    store: `<rect class="shape" x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff" stroke="none"/><line x1="${x}" y1="${y}" x2="${x + w}" y2="${y}" stroke="#24292f" stroke-width="1.5"/><line x1="${x}" y1="${y + h}" x2="${x + w}" y2="${y + h}" stroke="#24292f" stroke-width="1.5"/>`,
    'security-boundary': `<rect class="shape" x="${x}" y="${y}" width="${w}" height="${h}" fill="none" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="8 4"/>`,
    // Where Threat Dragon put it, its text wrapped to its own box.
    'text-box': '',
  }[n.cell.shape]
  const count = threats.get(n.cell.id) ?? 0
  const badge =
    count > 0
      ? `<g class="threats"><circle cx="${x + w}" cy="${y}" r="10" fill="#cf222e"/><text x="${x + w}" y="${y + 4}" text-anchor="middle" fill="#ffffff" font-size="11">${count}</text></g>`
      : ''
  return `<g class="cell ${n.cell.shape}" data-cell="${xml(n.cell.id)}">${shape}${textLines(label)}${badge}</g>`
}

/** A flow as drawn: its curve (start, control point, end) and where its label goes. */
interface Flow {
  e: EdgeCell
  from: [number, number]
  control: [number, number]
  to: [number, number]
  label: string
  /** Where its label goes, and its lines (wrapped where one line would cover something). */
  at?: [number, number]
  lines?: string[]
}

/** Flows between the same two cells (both ways, or several) are curves this far apart. */
const GAP = 36

/**
 * Each flow as a curve: alone between its two cells, straight; with others (a flow and its reverse,
 * or several), curves spread either side of the line between them, so none is drawn on another.
 * Then each label goes to the first place along its curve where it covers no other label, no
 * shape and no other flow.
 */
function layoutFlows(
  edges: EdgeCell[],
  byId: ReadonlyMap<string, Box>,
  labelled: Array<{ n: Box; label: NodeLabel }>,
  badges: Rect[],
): Flow[] {
  const pairs = new Map<string, EdgeCell[]>()
  for (const e of edges) {
    if (!byId.has(e.source.cell) || !byId.has(e.target.cell) || e.source.cell === e.target.cell) continue
    const key = [e.source.cell, e.target.cell].sort().join('\0')
    pairs.set(key, [...(pairs.get(key) ?? []), e])
  }
  const flows: Flow[] = []
  for (const group of pairs.values())
    group.forEach((e, i) => {
      const from = byId.get(e.source.cell) as Box
      const to = byId.get(e.target.cell) as Box
      // The side of the line is taken in one direction for the pair, so A→B and B→A part ways.
      const [first, second] = e.source.cell < e.target.cell ? [from, to] : [to, from]
      const [ax, ay] = centre(first)
      const [bx, by] = centre(second)
      const length = Math.hypot(bx - ax, by - ay) || 1
      const [nx, ny] = [-(by - ay) / length, (bx - ax) / length]
      const offset = (i - (group.length - 1) / 2) * GAP * 2
      const [fx, fy] = centre(from)
      const [tx, ty] = centre(to)
      const control: [number, number] = [(fx + tx) / 2 + nx * offset, (fy + ty) / 2 + ny * offset]
      flows.push({
        e,
        from: edgePoint(from, control),
        control,
        to: edgePoint(to, control),
        label: e.labels?.[0]?.attrs?.text?.text ?? '',
      })
    })
  const taken: Rect[] = [
    ...badges,
    ...labelled.flatMap(({ label }) => (label.lines.length > 0 ? [label.rect] : [])),
  ]
  const shapes = labelled.map(({ n }) => n)
  for (const f of flows) {
    if (!f.label) continue
    const others = flows.filter((o) => o !== f).map(samples)
    const free = (r: Rect) =>
      !taken.some((o) => overlaps(r, o)) &&
      !shapes.some((s) => crosses(r, s)) &&
      !others.some((points) => points.some((p) => within(r, p)))
    const placed = placeLabel(f, free)
    f.lines = placed.lines
    f.at = placed.at
    taken.push(placed.rect)
  }
  return flows
}

/**
 * The first place along a flow, nearest its middle and its line first, where its label (on one
 * line, or wrapped to two or three) is `free`; the middle, on one line, if there is none.
 */
function placeLabel(
  f: Flow,
  free: (r: Rect) => boolean,
): { lines: string[]; at: [number, number]; rect: Rect } {
  const layouts = [1, 2, 3].map((n) => {
    const lines = n === 1 ? [f.label] : wrap(f.label, Math.ceil(f.label.length / n) + 2)
    const w = Math.max(...lines.map((l) => l.length)) * charWidth(FLOW_FONT) + 4
    return { lines, w, h: lines.length * LINE }
  })
  const rectAt = ([x, y]: [number, number], l: (typeof layouts)[number]) => ({
    x: x - l.w / 2,
    y: y - l.h / 2,
    w: l.w,
    h: l.h,
  })
  const shifts = [0, ...Array.from({ length: 10 }, (_, i) => [(i + 1) * 12, -(i + 1) * 12]).flat()]
  for (const shift of shifts)
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const [px, py] = pointAt(f, t)
      const [nx, ny] = normalAt(f, t)
      const at: [number, number] = [px + nx * shift, py + ny * shift]
      for (const l of layouts) {
        const rect = rectAt(at, l)
        if (free(rect)) return { lines: l.lines, at, rect }
      }
    }
  const at = pointAt(f, 0.5)
  return { lines: [f.label], at, rect: rectAt(at, layouts[0] as (typeof layouts)[number]) }
}

function flowPath(f: Flow): string {
  const [[x1, y1], [cx, cy], [x2, y2]] = [f.from, f.control, f.to]
  return `<g class="cell flow" data-cell="${xml(f.e.id)}"><path class="edge" d="M${round(x1)},${round(y1)} Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}" fill="none" stroke="#57606a" stroke-width="1.5" marker-end="url(#arrow)"/></g>`
}

/** Over everything, with a white halo so that it reads wherever it is. */
function flowLabel(f: Flow): string {
  const [x, y] = f.at ?? pointAt(f, 0.5)
  const lines = f.lines ?? [f.label]
  // Centred on its place: the first baseline half the block up, less the descent.
  const first = y - ((lines.length - 1) * LINE) / 2 + FLOW_FONT * 0.35
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${round(x)}" ${i === 0 ? `y="${round(first)}"` : `dy="${LINE}"`}>${xml(line)}</tspan>`,
    )
    .join('')
  return `<g class="cell flow-label" data-cell="${xml(f.e.id)}"><text text-anchor="middle" fill="#57606a" font-size="${FLOW_FONT}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${spans}</text></g>`
}

function centre(b: Box): [number, number] {
  return [b.x + b.w / 2, b.y + b.h / 2]
}

function pointAt(f: Flow, t: number): [number, number] {
  const u = 1 - t
  return [
    u * u * f.from[0] + 2 * u * t * f.control[0] + t * t * f.to[0],
    u * u * f.from[1] + 2 * u * t * f.control[1] + t * t * f.to[1],
  ]
}

function normalAt(f: Flow, t: number): [number, number] {
  const dx = 2 * (1 - t) * (f.control[0] - f.from[0]) + 2 * t * (f.to[0] - f.control[0])
  const dy = 2 * (1 - t) * (f.control[1] - f.from[1]) + 2 * t * (f.to[1] - f.control[1])
  const length = Math.hypot(dx, dy) || 1
  return [-dy / length, dx / length]
}

function samples(f: Flow): Array<[number, number]> {
  return Array.from({ length: 41 }, (_, i) => pointAt(f, i / 40))
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** A label on a shape: over a node, or across a boundary's line (inside one is fine). */
function crosses(r: Rect, s: Box): boolean {
  if (s.cell.shape === 'text-box' || !overlaps(r, s)) return false
  if (s.cell.shape !== 'security-boundary') return true
  return !(r.x >= s.x && r.y >= s.y && r.x + r.w <= s.x + s.w && r.y + r.h <= s.y + s.h)
}

function within(r: Rect, [x, y]: [number, number]): boolean {
  return x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h
}

/** Where the line from a's centre towards a point leaves a's box. */
function edgePoint(a: Box, [bx, by]: [number, number]): [number, number] {
  const [cx, cy] = centre(a)
  const [dx, dy] = [bx - cx, by - cy]
  if (dx === 0 && dy === 0) return [cx, cy]
  const scale = Math.min(
    Math.abs(a.w / 2 / (dx || Number.MIN_VALUE)),
    Math.abs(a.h / 2 / (dy || Number.MIN_VALUE)),
  )
  return [round(cx + dx * scale), round(cy + dy * scale)]
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.codePointAt(0) as number};`)
}

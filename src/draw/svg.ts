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
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}" width="${maxX - minX}" height="${maxY - minY}" font-family="sans-serif" font-size="13" data-diagram="${xml(diagram.key)}">`,
    `<title>${xml(diagram.name)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
  ]
  // Boundaries first (behind), then flows, then the other nodes over them.
  for (const n of nodes.filter((n) => n.cell.shape === 'security-boundary')) out.push(node(n, threats))
  for (const e of cells.filter(isEdge)) out.push(flow(e, byId))
  for (const n of nodes.filter((n) => n.cell.shape !== 'security-boundary')) out.push(node(n, threats))
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

interface Box {
  cell: NodeCell
  x: number
  y: number
  w: number
  h: number
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

function node(n: Box, threats: ReadonlyMap<string, number>): string {
  const { x, y, w, h } = n
  const label = n.cell.attrs?.text?.text ?? ''
  const shape = {
    actor: `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff" stroke="#24292f" stroke-width="1.5"/>`,
    process: `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(w, h) / 2}" fill="#ffffff" stroke="#24292f" stroke-width="1.5"/>`,
    store: `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff" stroke="none"/><line x1="${x}" y1="${y}" x2="${x + w}" y2="${y}" stroke="#24292f" stroke-width="1.5"/><line x1="${x}" y1="${y + h}" x2="${x + w}" y2="${y + h}" stroke="#24292f" stroke-width="1.5"/>`,
    'security-boundary': `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="none" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="8 4"/>`,
    'text-box': '',
  }[n.cell.shape]
  const textY = n.cell.shape === 'security-boundary' ? y + 16 : y + h / 2
  const count = threats.get(n.cell.id) ?? 0
  const badge =
    count > 0
      ? `<g class="threats"><circle cx="${x + w}" cy="${y}" r="10" fill="#cf222e"/><text x="${x + w}" y="${y + 4}" text-anchor="middle" fill="#ffffff" font-size="11">${count}</text></g>`
      : ''
  return `<g class="cell ${n.cell.shape}" data-cell="${xml(n.cell.id)}">${shape}<text x="${x + w / 2}" y="${textY}" text-anchor="middle" dominant-baseline="middle">${xml(label)}</text>${badge}</g>`
}

function flow(e: EdgeCell, byId: ReadonlyMap<string, Box>): string {
  const from = byId.get(e.source.cell)
  const to = byId.get(e.target.cell)
  if (!from || !to) return ''
  const [x1, y1] = edgePoint(from, to)
  const [x2, y2] = edgePoint(to, from)
  const label = e.labels?.[0]?.attrs?.text?.text ?? ''
  return `<g class="cell flow" data-cell="${xml(e.id)}"><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#57606a" stroke-width="1.5" marker-end="url(#arrow)"/>${label ? `<text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 6}" text-anchor="middle" fill="#57606a" font-size="12">${xml(label)}</text>` : ''}</g>`
}

/** Where the line from a's centre towards b's centre leaves a's box. */
function edgePoint(a: Box, b: Box): [number, number] {
  const [cx, cy] = [a.x + a.w / 2, a.y + a.h / 2]
  const [dx, dy] = [b.x + b.w / 2 - cx, b.y + b.h / 2 - cy]
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

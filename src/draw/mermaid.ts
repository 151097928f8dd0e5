/**
 * A diagram as a Mermaid flowchart, for a pull-request comment (GitHub renders Mermaid): nodes
 * by their shape, flows as arrows, trust boundaries as subgraphs, and the cells a change adds,
 * changes or removes styled apart. Pure: cells in (TMI's stored form, as plans hold them), text out.
 */

/** A cell as stored: TMI's X6 shape, its text, and for a flow its two ends. */
export type CellLike = Record<string, unknown>

export type CellStatus = 'added' | 'changed' | 'removed'

const STYLES: Record<CellStatus, string> = {
  added: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px',
  changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px',
  removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3',
}
const LINK_COLOURS: Record<CellStatus, string> = { added: '#1a7f37', changed: '#9a6700', removed: '#cf222e' }

/**
 * Text from a file or from TMI, as Mermaid text and nothing else: every character that could
 * mean something to Mermaid, HTML or Markdown (quotes, brackets, `-->`, `%%`, `<`, backticks …)
 * becomes one of Mermaid's entity codes (`#60;`), and line breaks become spaces.
 */
export function mermaidText(text: string): string {
  let out = ''
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = ch.codePointAt(0) as number
    out += /[A-Za-z0-9 .,;!?'_-]/.test(ch) ? ch : `#${code};`
  }
  return out
}

/**
 * `cells`: the diagram as it will be, with the cells it removes added back (so they can be
 * drawn, struck through); `status`: what the change does to each cell, by cell id.
 */
export function mermaidFlowchart(
  cells: CellLike[],
  status: ReadonlyMap<string, CellStatus> = new Map(),
): string {
  const ids = new Map<string, string>()
  const idOf = (cell: string) => {
    let id = ids.get(cell)
    if (!id) ids.set(cell, (id = `n${ids.size}`))
    return id
  }
  const nodes = cells.filter((c) => c.shape !== 'flow')
  const flows = cells.filter((c) => c.shape === 'flow')
  const boundaries = new Set(nodes.filter((c) => c.shape === 'security-boundary').map((c) => String(c.id)))
  const lines = ['flowchart LR']
  const classes: Array<[CellStatus, string]> = []
  const node = (c: CellLike, indent: string) => {
    const id = idOf(String(c.id))
    lines.push(`${indent}${id}${shaped(String(c.shape), mermaidText(label(c)))}`)
    const s = status.get(String(c.id))
    if (s) classes.push([s, id])
  }
  // Nodes inside a trust boundary are drawn inside its subgraph (one level, as TMI's UI nests):
  // its children, and the nodes drawn within its box (Threat Dragon's boundaries hold none as
  // children; what they enclose is where things were drawn).
  const boundaryOf = enclosingBoundaries(nodes, boundaries)
  const inside = (b: string) => nodes.filter((c) => boundaryOf.get(String(c.id)) === b)
  for (const b of nodes.filter((c) => boundaries.has(String(c.id)))) {
    const id = idOf(String(b.id))
    lines.push(`  subgraph ${id}["${mermaidText(label(b)) || 'trust boundary'}"]`)
    for (const c of inside(String(b.id))) node(c, '    ')
    lines.push('  end')
    const s = status.get(String(b.id))
    if (s) classes.push([s, id])
  }
  for (const c of nodes) if (!boundaries.has(String(c.id)) && !boundaryOf.has(String(c.id))) node(c, '  ')
  const links: Array<[CellStatus, number]> = []
  let link = 0
  for (const f of flows) {
    const source = end(f.source)
    const target = end(f.target)
    // A flow whose end is not in the diagram (a broken file) is left out rather than invented.
    if (!source || !target || !ids.has(source) || !ids.has(target)) continue
    const text = mermaidText(flowLabel(f))
    const s = status.get(String(f.id))
    lines.push(
      `  ${idOf(source)} ${s === 'removed' ? '-.->' : '-->'}${text ? `|"${text}"|` : ''} ${idOf(target)}`,
    )
    if (s) links.push([s, link])
    link++
  }
  for (const s of ['added', 'changed', 'removed'] as const) {
    const members = classes.filter(([c]) => c === s).map(([, id]) => id)
    if (members.length === 0) continue
    lines.push(`  classDef ${s} ${STYLES[s]}`)
    lines.push(`  class ${members.join(',')} ${s}`)
  }
  for (const [s, index] of links)
    lines.push(`  linkStyle ${index} stroke:${LINK_COLOURS[s]},stroke-width:2px`)
  return lines.join('\n')
}

/**
 * The trust boundary each node is drawn in, by node id: its parent when that is a boundary,
 * otherwise the smallest boundary whose box holds the node's centre.
 */
function enclosingBoundaries(nodes: CellLike[], boundaries: ReadonlySet<string>): Map<string, string> {
  const boxes = nodes
    .filter((c) => boundaries.has(String(c.id)))
    .map((b) => ({ id: String(b.id), box: boxOf(b) }))
    .filter((b): b is { id: string; box: Box } => b.box !== undefined)
    .sort((a, b) => a.box.w * a.box.h - b.box.w * b.box.h)
  const within = new Map<string, string>()
  for (const c of nodes) {
    const id = String(c.id)
    if (boundaries.has(id)) continue
    const parent = parentOf(c)
    if (parent && boundaries.has(parent)) {
      within.set(id, parent)
      continue
    }
    const box = boxOf(c)
    if (!box) continue
    const [cx, cy] = [box.x + box.w / 2, box.y + box.h / 2]
    const holder = boxes.find(({ box: b }) => cx > b.x && cx < b.x + b.w && cy > b.y && cy < b.y + b.h)
    if (holder) within.set(id, holder.id)
  }
  return within
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Where a cell is drawn: X6 keeps it flat (x, y, width, height) or nested (position, size). */
function boxOf(cell: CellLike): Box | undefined {
  const c = cell as {
    x?: unknown
    y?: unknown
    width?: unknown
    height?: unknown
    position?: { x?: unknown; y?: unknown }
    size?: { width?: unknown; height?: unknown }
  }
  const [x, y, w, h] = [
    c.x ?? c.position?.x,
    c.y ?? c.position?.y,
    c.width ?? c.size?.width,
    c.height ?? c.size?.height,
  ]
  return [x, y, w, h].every((v) => typeof v === 'number' && Number.isFinite(v))
    ? { x: x as number, y: y as number, w: w as number, h: h as number }
    : undefined
}

function shaped(shape: string, text: string): string {
  switch (shape) {
    case 'process':
      return `(["${text}"])`
    case 'store':
      return `[("${text}")]`
    case 'text-box':
      return `>"${text}"]`
    default:
      return `["${text}"]`
  }
}

function label(cell: CellLike): string {
  const attrs = cell.attrs as { text?: { text?: unknown } } | undefined
  const text = attrs?.text?.text
  return typeof text === 'string' ? text : ''
}

function flowLabel(cell: CellLike): string {
  const labels = cell.labels as Array<{ attrs?: { text?: { text?: unknown } } }> | undefined
  const text = labels?.[0]?.attrs?.text?.text
  return typeof text === 'string' ? text : ''
}

function parentOf(cell: CellLike): string | undefined {
  return typeof cell.parent === 'string' ? cell.parent : undefined
}

function end(value: unknown): string | undefined {
  const cell = (value as { cell?: unknown } | undefined)?.cell
  return typeof cell === 'string' ? cell : undefined
}

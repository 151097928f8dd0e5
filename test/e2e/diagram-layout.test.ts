import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { mermaidFlowchart, type CellLike } from '../../src/draw/mermaid.js'
import { svgDiagram, threatCounts } from '../../src/draw/svg.js'
import { desiredModel } from '../../src/model/desired.js'
import { loadModelFile } from '../../src/model/load.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

// Debian's chromium (.ci/run installs it when missing); the boxes are the browser's own.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
if (!available)
  console.warn(`skipping the diagram layout test: no Chromium at ${CHROMIUM} (apt-get install chromium)`)

/** Every model file of the fixtures and of Threat Dragon's own models, with its diagrams. */
function models(): Array<{ file: string; text: Buffer }> {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(tm\.ya?ml|tm\.json|json)$/.test(name)) files.push(path)
    }
  }
  walk(`${PROJECT}fixtures`)
  if (sharedAvailable(TD_MODELS)) walk(TD_MODELS)
  return files.map((file) => ({ file, text: readFileSync(file) }))
}

interface Measured {
  labels: Array<{ owner: string; text: string; box: Box }>
  shapes: Array<{ owner: string; kind: string; box: Box }>
  flows: Array<{ owner: string; points: Array<[number, number]> }>
}
interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** In the page: every text's box, every shape's box, and points along every flow. */
function measure(): Measured {
  const svg = document.querySelector('svg') as SVGSVGElement
  const out: Measured = { labels: [], shapes: [], flows: [] }
  const box = (e: SVGGraphicsElement) => {
    const b = e.getBBox()
    return { x: b.x, y: b.y, width: b.width, height: b.height }
  }
  for (const g of svg.querySelectorAll<SVGGElement>('g.cell')) {
    const owner = g.dataset.cell ?? ''
    // Its own label, and its threat badge's count.
    for (const t of g.querySelectorAll<SVGTextElement>(':scope > text, :scope > g.threats > text'))
      if (t.textContent) out.labels.push({ owner, text: t.textContent, box: box(t) })
    const shape = g.querySelector<SVGGraphicsElement>(':scope > .shape')
    if (shape) out.shapes.push({ owner, kind: g.classList[1] ?? '', box: box(shape) })
    const path = g.querySelector<SVGPathElement>(':scope > path.edge')
    if (path) {
      const length = path.getTotalLength()
      const points: Array<[number, number]> = []
      for (let i = 0; i <= 40; i++) {
        const p = path.getPointAtLength((length * i) / 40)
        points.push([p.x, p.y])
      }
      out.flows.push({ owner, points })
    }
  }
  return out
}

const SLACK = 1
const overlap = (a: Box, b: Box) =>
  a.x + SLACK < b.x + b.width &&
  b.x + SLACK < a.x + a.width &&
  a.y + SLACK < b.y + b.height &&
  b.y + SLACK < a.y + a.height
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
const holds = (b: Box, [x, y]: [number, number]) =>
  x > b.x + SLACK && x < b.x + b.width - SLACK && y > b.y + SLACK && y < b.y + b.height - SLACK

/** What overlaps in one drawn diagram: two labels, a label on a shape or a flow not its own. */
function problems(m: Measured): string[] {
  const found: string[] = []
  for (const [i, a] of m.labels.entries())
    for (const b of m.labels.slice(i + 1))
      if (a.owner !== b.owner && overlap(a.box, b.box)) found.push(`"${a.text}" overlaps "${b.text}"`)
  for (const l of m.labels)
    for (const s of m.shapes) {
      if (s.owner === l.owner || !overlap(l.box, s.box)) continue
      // A label may sit inside a trust boundary, never across its line.
      if (s.kind === 'security-boundary' && inside(l.box, s.box)) continue
      found.push(`"${l.text}" crosses ${s.kind} ${s.owner}`)
    }
  for (const l of m.labels)
    for (const f of m.flows)
      if (f.owner !== l.owner && f.points.some((p) => holds(l.box, p)))
        found.push(`"${l.text}" lies on flow ${f.owner}`)
  return found
}

/**
 * In the page: Mermaid lays the flowchart out (as GitHub does in a pull-request comment), then
 * every label's box, every node's and boundary's box and points along every arrow, in page
 * coordinates (Mermaid nests its groups in transforms, and labels in foreignObjects).
 */
async function measureMermaid(chart: string): Promise<Measured> {
  const m = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } })
    .mermaid
  const { svg } = await m.render('chart', chart)
  document.body.innerHTML = svg
  const out: Measured = { labels: [], shapes: [], flows: [] }
  const box = (e: Element) => {
    const b = e.getBoundingClientRect()
    return { x: b.x, y: b.y, width: b.width, height: b.height }
  }
  const text = (e: Element) => (e.textContent ?? '').trim()
  for (const g of document.querySelectorAll('g.node')) {
    const owner = g.id
    const label = g.querySelector('.label')
    if (label && text(label)) out.labels.push({ owner, text: text(label), box: box(label) })
    const shape = g.querySelector(':scope > rect, :scope > path, :scope > polygon, :scope > g.basic')
    if (shape) out.shapes.push({ owner, kind: 'node', box: box(shape) })
  }
  for (const g of document.querySelectorAll('g.cluster')) {
    const owner = g.id
    const label = g.querySelector('.cluster-label')
    if (label && text(label)) out.labels.push({ owner, text: text(label), box: box(label) })
    const rect = g.querySelector(':scope > rect')
    if (rect) out.shapes.push({ owner, kind: 'security-boundary', box: box(rect) })
  }
  for (const g of document.querySelectorAll('g.edgeLabel')) {
    const inner = g.querySelector('[data-id]')
    const owner = inner?.getAttribute('data-id') ?? ''
    if (text(g)) out.labels.push({ owner, text: text(g), box: box(g.querySelector('.label') ?? g) })
  }
  for (const path of document.querySelectorAll<SVGPathElement>('path.flowchart-link')) {
    const matrix = path.getScreenCTM() as DOMMatrix
    const length = path.getTotalLength()
    const points: Array<[number, number]> = []
    for (let i = 0; i <= 40; i++) {
      const p = path.getPointAtLength((length * i) / 40)
      const q = new DOMPoint(p.x, p.y).matrixTransform(matrix)
      points.push([q.x, q.y])
    }
    out.flows.push({ owner: path.getAttribute('data-id') ?? path.id, points })
  }
  return out
}

/** Every diagram of a model file as stored cells (what a plan, and so a PR comment, holds). */
function storedDiagrams(file: string, text: Buffer): Array<{ name: string; cells: CellLike[] }> {
  const loaded = loadModelFile({ path: file, bytes: text })
  if (!loaded.model) return []
  return desiredModel(loaded.model, file)
    .objects.filter((o) => o.kind === 'diagram')
    .map((o) => ({ name: String(o.fields.name), cells: (o.fields.cells ?? []) as CellLike[] }))
}

const endOf = (end: unknown) => (end as { cell?: unknown } | undefined)?.cell
const textOf = (c: CellLike) =>
  ((c.attrs as { text?: { text?: unknown } } | undefined)?.text?.text ?? '') as string
/** Where the file draws a cell (X6 keeps it flat or as position and size). */
const cellBox = (c: CellLike): Box => {
  const p = c.position as { x: number; y: number } | undefined
  const s = c.size as { width: number; height: number } | undefined
  const n = (v: unknown, or: number | undefined) => (typeof v === 'number' ? v : (or ?? 0))
  return { x: n(c.x, p?.x), y: n(c.y, p?.y), width: n(c.width, s?.width), height: n(c.height, s?.height) }
}

/**
 * (node label, boundary label) for each labelled node whose centre the file draws within a
 * labelled trust boundary (the smallest), where both labels are the only ones with that text.
 */
function enclosed(nodes: CellLike[]): Array<[string, string]> {
  const texts = nodes.map(textOf)
  const unique = (t: string) => t.trim() !== '' && texts.filter((x) => x === t).length === 1
  const boundaries = nodes
    .filter((c) => c.shape === 'security-boundary')
    .sort((a, b) => cellBox(a).width * cellBox(a).height - cellBox(b).width * cellBox(b).height)
  const pairs: Array<[string, string]> = []
  for (const c of nodes.filter((c) => c.shape !== 'security-boundary' && unique(textOf(c)))) {
    const b = cellBox(c)
    const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2, width: 0, height: 0 }
    const holder = boundaries.find((h) => inside(centre, cellBox(h)))
    if (holder && unique(textOf(holder))) pairs.push([textOf(c).replace(/\s+/g, ' '), textOf(holder)])
  }
  return pairs
}

describe.runIf(available)('diagrams drawn with nothing over anything (Chromium getBBox)', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('draws every diagram of the fixtures and of Threat Dragon models with no label over a label, a shape or a flow', async () => {
    let diagrams = 0
    const found: string[] = []
    for (const { file, text } of models()) {
      const loaded = loadModelFile({ path: file, bytes: text })
      if (!loaded.model) continue
      const counts = threatCounts(loaded.model)
      for (const d of loaded.model.diagrams ?? []) {
        if ((d.cells ?? []).length === 0) continue
        diagrams++
        await page.setContent(`<!doctype html><html><body>${svgDiagram(d, counts.get(d.key))}</body></html>`)
        const m = await page.evaluate(measure)
        expect(m.labels.length, `${file} ${d.key}: no text measured`).toBeGreaterThan(0)
        for (const p of problems(m))
          found.push(`${file.replace(PROJECT, '').replace(TD_MODELS, 'TD:')} ${d.key}: ${p}`)
      }
    }
    expect(diagrams).toBeGreaterThan(5)
    expect(found).toEqual([])
  }, 120_000)

  it('gives Mermaid flowcharts that Mermaid lays out with no label over a label, a node or an arrow', async () => {
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ path: `${PROJECT}node_modules/mermaid/dist/mermaid.min.js` })
    await page.evaluate(() =>
      (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({
        startOnLoad: false,
      }),
    )
    let diagrams = 0
    let containments = 0
    const found: string[] = []
    for (const { file, text } of models()) {
      for (const d of storedDiagrams(file, text)) {
        if (d.cells.length === 0) continue
        diagrams++
        const m = await page.evaluate(measureMermaid, mermaidFlowchart(d.cells))
        const where = `${file} ${d.name}`
        // Everything is drawn: each node, each boundary (as a subgraph), each flow between two nodes.
        const nodes = d.cells.filter((c) => c.shape !== 'flow')
        const boundaries = nodes.filter((c) => c.shape === 'security-boundary')
        const ids = new Set(nodes.map((c) => c.id))
        const flows = d.cells.filter(
          (c) => c.shape === 'flow' && ids.has(endOf(c.source)) && ids.has(endOf(c.target)),
        )
        expect(m.shapes.filter((s) => s.kind === 'node').length, where).toBe(nodes.length - boundaries.length)
        expect(m.shapes.filter((s) => s.kind === 'security-boundary').length, where).toBe(boundaries.length)
        expect(m.flows.length, where).toBe(flows.length)
        // What the file draws within a trust boundary, Mermaid draws within its subgraph.
        for (const [node, boundary] of enclosed(nodes)) {
          containments++
          const n = m.labels.find((l) => l.text === node)
          const b = m.shapes.find(
            (s) =>
              s.kind === 'security-boundary' &&
              m.labels.some((l) => l.owner === s.owner && l.text === boundary),
          )
          expect(n && b && inside(n.box, b.box), `${where}: "${node}" drawn outside "${boundary}"`).toBe(true)
        }
        for (const p of problems(m))
          found.push(`${file.replace(PROJECT, '').replace(TD_MODELS, 'TD:')} ${d.name}: ${p}`)
      }
    }
    expect(diagrams).toBeGreaterThan(5)
    expect(containments).toBeGreaterThan(3)
    expect(found).toEqual([])
  }, 120_000)
})

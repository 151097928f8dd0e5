import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { svgDiagram, threatCounts } from '../../src/draw/svg.js'
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
})

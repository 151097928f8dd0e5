import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, it } from 'vitest'
import { mermaidFlowchart, mermaidText, type CellLike } from '../../src/draw/mermaid.js'
import { desiredModel } from '../../src/model/desired.js'
import { loadModelFile } from '../../src/model/load.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

type Mermaid = { initialize(c: object): void; parse(text: string): Promise<unknown> }
let mermaid: Mermaid

// Mermaid needs a DOM even to parse; jsdom stands in for the browser GitHub renders it in.
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, { window: dom.window, document: dom.window.document })
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false })
})

/** Every diagram of a model file, as stored cells (what a plan holds). */
function diagramsOf(path: string): Array<{ name: string; cells: CellLike[] }> {
  const loaded = loadModelFile({ path, bytes: readFileSync(path) })
  if (!loaded.model) return []
  return desiredModel(loaded.model, path)
    .objects.filter((o) => o.kind === 'diagram')
    .map((o) => ({ name: String(o.fields.name), cells: o.fields.cells as CellLike[] }))
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )

describe('diagrams as Mermaid flowcharts', () => {
  it('draws every diagram of the fixtures and of the Threat Dragon models so that Mermaid parses it', async () => {
    const files = walk(`${PROJECT}fixtures`)
    if (sharedAvailable(TD_MODELS)) files.push(...walk(TD_MODELS).filter((f) => !/v1|malformed/i.test(f)))
    const diagrams = files.flatMap(diagramsOf)
    expect(diagrams.length).toBeGreaterThan(5)
    for (const d of diagrams) {
      const chart = mermaidFlowchart(d.cells)
      await expect(mermaid.parse(chart), `${d.name}:\n${chart}`).resolves.toBeTruthy()
      // Every node is drawn (boundaries as subgraphs).
      const nodes = d.cells.filter((c) => c.shape !== 'flow').length
      expect(chart.match(/^\s+(n\d+[[(>]|subgraph )/gm)?.length ?? 0).toBe(nodes)
    }
  })

  it('keeps hostile names as text: quotes, brackets, arrows, comments, HTML, backticks, mentions', async () => {
    const hostile = [
      'He said "hi" [x] (y) {z}',
      'a --> b ==> c -.-> d',
      '%% not a comment',
      '<b>bold</b><img src=x onerror=alert(1)>',
      '```\nclose the fence',
      '@octocat #1234 :smile: https://example.com/x',
      'pipe | and ; semicolon & amp #quot;',
    ]
    const cells: CellLike[] = hostile.map((text, i) => ({
      id: `c${i}`,
      shape: i % 2 === 0 ? 'process' : 'store',
      attrs: { text: { text } },
    }))
    cells.push({
      id: 'f',
      shape: 'flow',
      source: { cell: 'c0' },
      target: { cell: 'c1' },
      labels: [{ attrs: { text: { text: '"]) --> n9 %% <script>' } } }],
    })
    const chart = mermaidFlowchart(cells, new Map([['c0', 'added'] as const]))
    await expect(mermaid.parse(chart)).resolves.toBeTruthy()
    const labels = chart.split('\n').slice(1).join('\n')
    for (const raw of ['<', '>b', '`', '%%', '"hi"', '@', 'https://', '#quot;'])
      expect(labels).not.toContain(raw)
    // One arrow: the flow itself; the `-->` and `==>` written in names are text.
    expect(labels.match(/-->|==>|-\.->/g)).toEqual(['-->'])
    // The text survives as entities Mermaid shows as the characters themselves.
    expect(mermaidText('<b> "x" `y`')).toBe('#60;b#62; #34;x#34; #96;y#96;')
  })

  it('styles what a change adds, changes and removes, a removed flow dashed', async () => {
    const cells: CellLike[] = [
      { id: 'a', shape: 'actor', attrs: { text: { text: 'User' } } },
      { id: 'b', shape: 'process', attrs: { text: { text: 'API' } } },
      { id: 'c', shape: 'store', attrs: { text: { text: 'DB' } } },
      { id: 'ab', shape: 'flow', source: { cell: 'a' }, target: { cell: 'b' } },
      { id: 'bc', shape: 'flow', source: { cell: 'b' }, target: { cell: 'c' } },
    ]
    const status = new Map([
      ['a', 'added'],
      ['b', 'changed'],
      ['c', 'removed'],
      ['bc', 'removed'],
    ] as const)
    const chart = mermaidFlowchart(cells, status)
    await expect(mermaid.parse(chart)).resolves.toBeTruthy()
    expect(chart).toContain('class n0 added')
    expect(chart).toContain('class n1 changed')
    expect(chart).toContain('class n2 removed')
    expect(chart).toContain('n1 -.-> n2')
    expect(chart).toContain('linkStyle 1 stroke:#cf222e')
  })
})

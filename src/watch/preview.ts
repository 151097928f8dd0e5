import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Diagnostic } from '../common/diagnostic.js'
import { svgDiagram, threatCounts } from '../draw/svg.js'
import type { WatchEvent } from '../engine/watch/session.js'
import { loadModelFile } from '../model/load.js'

interface ModelView {
  file: string
  name: string
  valid: boolean
  diagnostics: Diagnostic[]
  diagrams: Array<{ key: string; name: string; svg: string }>
}

export interface Preview {
  url: string
  /** Every watch event: a validated file is drawn again, and every open page updated. */
  update(event: WatchEvent): void
  close(): Promise<void>
}

/**
 * `watch --preview`: a page on 127.0.0.1 only, behind a random token in its URL, that draws every
 * diagram of the watched models as SVG, lists their problems, and redraws itself on each save
 * (server-sent events). It has no external assets and runs only its own script.
 */
export async function startPreview(port: number): Promise<Preview> {
  const token = randomBytes(16).toString('hex')
  const nonce = randomBytes(16).toString('base64')
  const models = new Map<string, ModelView>()
  const clients = new Set<ServerResponse>()
  const state = () => JSON.stringify([...models.values()].sort((a, b) => (a.file < b.file ? -1 : 1)))
  const broadcast = () => {
    const message = `data: ${state()}\n\n`
    for (const c of clients) c.write(message)
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (path === `/${token}/` && req.method === 'GET') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:`,
        'Cache-Control': 'no-store',
      })
      res.end(page(nonce))
      return
    }
    if (path === `/${token}/events` && req.method === 'GET') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      })
      res.write(`data: ${state()}\n\n`)
      clients.add(res)
      req.on('close', () => clients.delete(res))
      return
    }
    // Anything else, the token missing or wrong included, is not found.
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}/${token}/`,
    update(event) {
      if (event.type !== 'validated') return
      if (event.deleted) models.delete(event.file)
      else models.set(event.file, view(event.file, event.valid, event.diagnostics))
      broadcast()
    },
    close: async () => {
      for (const c of clients) c.end()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A model as the page shows it: drawn when valid, its problems either way. */
function view(file: string, valid: boolean, diagnostics: Diagnostic[]): ModelView {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return { file, name: file, valid, diagnostics, diagrams: [] }
  }
  const loaded = loadModelFile({ path: file, bytes })
  const model = loaded.model
  if (!model) return { file, name: file, valid, diagnostics, diagrams: [] }
  const counts = threatCounts(model)
  return {
    file,
    name: model.name,
    valid,
    diagnostics,
    diagrams: (model.diagrams ?? []).map((d) => ({
      key: d.key,
      name: d.name,
      svg: svgDiagram(d, counts.get(d.key)),
    })),
  }
}

function page(nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tmi-sync preview</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #24292f; }
h2 { margin: 1.5rem 0 .25rem; font-size: 1.1rem; } h3 { font-size: .95rem; color: #57606a; }
.problems { color: #cf222e; font-family: ui-monospace, monospace; font-size: .85rem; white-space: pre-wrap; }
.diagram { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem; overflow: auto; max-width: 100%; }
#status { color: #57606a; font-size: .85rem; }
</style></head>
<body><h1>tmi-sync preview</h1><div id="status">connecting…</div><main id="models"></main>
<script nonce="${nonce}">
const main = document.getElementById('models')
const status = document.getElementById('status')
const el = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e }
const events = new EventSource('events')
events.onmessage = (m) => {
  const models = JSON.parse(m.data)
  main.replaceChildren()
  for (const model of models) {
    const section = el('section')
    section.append(el('h2', model.name + ' — ' + model.file))
    if (model.diagnostics.length > 0)
      section.append(el('div', model.diagnostics.map((d) => d.line + ':' + d.col + ' ' + d.severity + ': ' + d.message).join('\\n'))).lastChild.className = 'problems'
    for (const d of model.diagrams) {
      section.append(el('h3', d.name))
      const box = el('div'); box.className = 'diagram'
      // Drawn by tmi-sync from the model, every text escaped: markup of its own only.
      box.innerHTML = d.svg
      section.append(box)
    }
    main.append(section)
  }
  status.textContent = 'updated ' + new Date().toLocaleTimeString()
}
events.onerror = () => { status.textContent = 'disconnected: is tmi-sync watch still running?' }
</script></body></html>`
}

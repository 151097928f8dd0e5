import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toNativeYaml } from '../../src/format/write.js'
import { loadModelFile, type LoadedFile } from '../../src/model/load.js'
import { sharedAvailable, TD_MODELS } from '../helpers/shared.js'

const load = (name: string): LoadedFile =>
  loadModelFile({ path: name, bytes: readFileSync(TD_MODELS + name) })
const run = sharedAvailable(TD_MODELS)

describe.runIf(run)('the real Threat Dragon files in ../shared', () => {
  const files = run ? readdirSync(TD_MODELS).filter((f) => f.endsWith('.json')) : []

  it('covers the whole set', () => {
    expect(files).toContain('v2-threat-model.json')
    expect(files.length).toBeGreaterThanOrEqual(7)
  })

  for (const name of files) {
    it(`${name} gets its expected outcome`, () => {
      const loaded = load(name)
      const errors = loaded.diagnostics.filter((d) => d.severity !== 'info')
      if (name.startsWith('v1-')) {
        expect(errors.map((d) => `${d.rule} ${d.line}:${d.col}`)).toEqual(['format.td-v1 1:1'])
      } else if (name.includes('malformed')) {
        expect(loaded.model).toBeUndefined()
        expect(errors.map((d) => `${d.rule} ${d.line}:${d.col}`)).toEqual(
          expect.arrayContaining(['td.schema.required 1:1', 'td.schema.required 3:14']),
        )
      } else {
        expect(errors).toEqual([])
        expect(loaded.format).toBe('threat-dragon')
        expect(loaded.model?.name.length).toBeGreaterThan(0)
      }
    })
  }

  it('maps the demo model faithfully and names each lossy point', () => {
    const { model, diagnostics } = load('v2-threat-model.json')
    expect(model?.name).toBe('Demo Threat Model')
    expect(model?.key).toBe('v2-threat-model')
    expect(model?.threat_model_framework).toBe('STRIDE')
    const threats = model?.threats ?? []
    expect(threats).toHaveLength(14)
    // TD severities are lower-cased; "Mitigated" becomes TMI's resolved + mitigated.
    expect(new Set(threats.map((t) => t.severity))).toEqual(new Set(['low', 'medium', 'high']))
    const mitigated = threats.filter((t) => t.mitigated)
    expect(mitigated.length).toBeGreaterThan(0)
    expect(mitigated.every((t) => t.status === 'resolved')).toBe(true)
    // Threats keep their TD id as key and in metadata, and point at a cell of their diagram.
    for (const t of threats) {
      expect(t.metadata?.['td-threat_id']).toBe(t.key)
      expect(t.diagram).toBe('diagram-0')
    }
    const cells = model?.diagrams?.[0]?.cells ?? []
    expect(cells.some((c) => c.shape === 'flow')).toBe(true)
    expect(cells.every((c) => c.shape !== ('trust-boundary-curve' as string))).toBe(true)
    const rules = diagnostics.filter((d) => d.severity === 'info').map((d) => d.rule)
    expect(rules).toEqual(
      expect.arrayContaining(['td.boundary-curve', 'td.dangling-flow', 'td.threat-cell', 'td.label']),
    )
    // The dangling "Web Request" flow is dropped, its threat kept without a cell.
    const orphan = threats.filter((t) => t.cell === undefined)
    expect(orphan).toHaveLength(1)
    expect(cells.find((c) => c.id === '2d84bfae-f1ed-49e5-8542-10a02f4a1c57')).toBeUndefined()
  })

  it('locates lossy points in the Threat Dragon file', () => {
    const { diagnostics } = load('v2-threat-model.json')
    const dangling = diagnostics.find((d) => d.rule === 'td.dangling-flow')
    const text = readFileSync(TD_MODELS + 'v2-threat-model.json', 'utf8').split('\n')
    // The diagnostic points at the opening brace of the flow cell holding "Web Request".
    const line = text[(dangling?.line ?? 0) - 1] ?? ''
    expect(line.trim()).toBe('{')
    expect(text.slice(dangling?.line ?? 0, (dangling?.line ?? 0) + 80).join('\n')).toContain('Web Request')
  })

  for (const name of files.filter((f) => !f.startsWith('v1-') && !f.includes('malformed'))) {
    it(`${name} imports to a native file that validates and reads back the same`, () => {
      const { model } = load(name)
      const yaml = toNativeYaml(model!, 'imported')
      const again = loadModelFile({ path: `${model!.key}.tm.yaml`, bytes: Buffer.from(yaml) })
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(again.model).toEqual(model)
    })
  }
})

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import jsyaml from 'js-yaml'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadModelFile } from '../../src/model/load.js'
import { PROJECT } from '../helpers/shared.js'

const root = `${PROJECT}fixtures/`
const fixtures = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.tm\.(ya?ml|json)$/.test(f),
)

describe('fixtures', () => {
  it('include a small, a large and one per feature', () => {
    expect(fixtures.some((f) => f.startsWith('small/'))).toBe(true)
    expect(fixtures.filter((f) => f.startsWith('features/')).length).toBeGreaterThanOrEqual(4)
    const large = loadModelFile({
      path: 'large',
      bytes: readFileSync(join(root, 'large/online-bank.tm.yaml')),
    })
    expect(large.model?.threats?.length).toBeGreaterThanOrEqual(100)
    expect(large.model?.diagrams?.[0]?.cells?.length).toBeGreaterThan(20)
  })

  for (const f of fixtures) {
    it(`${f} is valid, with no warnings`, () => {
      const loaded = loadModelFile({ path: f, bytes: readFileSync(join(root, f)) })
      expect(loaded.diagnostics).toEqual([])
      expect(loaded.model?.tmi_sync).toBe(1)
    })
  }

  // The fast YAML path (js-yaml) and the positioned one (yaml) must read every file identically.
  for (const f of fixtures.filter((x) => x.endsWith('.yaml'))) {
    it(`${f} reads the same through both YAML parsers`, () => {
      const text = readFileSync(join(root, f), 'utf8')
      expect(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })).toEqual(parseDocument(text).toJS())
    })
  }
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadModelFile } from '../../src/model/load.js'
import { PROJECT } from '../helpers/shared.js'

interface Expectation {
  rule: string
  severity: 'error' | 'warning'
  line: number
  col: number
  maxBytes?: number
}

const dir = `${PROJECT}test/corpus/`
const cases = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expectation>

describe('bad-file corpus: each file yields its rule at its line and column', () => {
  it('has at least 40 cases, one per rule or hostile input', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(40)
  })

  for (const [name, want] of Object.entries(cases)) {
    it(`${name} → ${want.rule} at ${want.line}:${want.col}`, () => {
      const loaded = loadModelFile(
        { path: name, bytes: readFileSync(dir + name) },
        want.maxBytes === undefined ? {} : { maxBytes: want.maxBytes },
      )
      const found = loaded.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}:${d.col}`)
      expect(found).toContain(`${want.severity} ${want.rule} ${want.line}:${want.col}`)
      if (want.severity === 'error') expect(loaded.model).toBeUndefined()
      else expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    })
  }
})

import { describe, expect, it } from 'vitest'
import { parseJson } from '../../src/format/json-document.js'
describe('parseJson fast path', () => {
  it('finds duplicate keys and over-deep nesting JSON.parse lets through, and nothing else', () => {
    const dup = parseJson('f', '{"a":1,"b":{"x":"say \\"hi\\": now","x":2}}')
    expect(dup.ok).toBe(false)
    const ok = parseJson('f', '{"a":1,"b":{"x":"say \\"hi\\": now","y":2}}')
    expect(ok.ok).toBe(true)
    const bs = parseJson('f', '{"a\\\\":1,"a\\\\":2}')
    expect(bs.ok).toBe(false)
    const bs2 = parseJson('f', '{"a\\\\":1,"b":2}')
    expect(bs2.ok).toBe(true)
    const deep = parseJson('f', '['.repeat(65) + ']'.repeat(65))
    expect(deep.ok ? 'ok' : deep.diagnostics[0]!.rule).toBe('syntax.depth')
    const fine = parseJson('f', '['.repeat(64) + ']'.repeat(64))
    expect(fine.ok).toBe(true)
    const broken = parseJson('f', '['.repeat(100000))
    expect(broken.ok ? 'ok' : broken.diagnostics[0]!.rule).toBe('syntax.depth')
  })
})

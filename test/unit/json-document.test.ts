import { isAscii } from 'node:buffer'
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
    // Blanks before a colon, and colons inside strings, neither hide nor invent a key.
    expect(parseJson('f', '{"a" :1,\n"a"\t\n: 2}').ok).toBe(false)
    expect(parseJson('f', '{"a" :1,\n"b"\t\n: 2}').ok).toBe(true)
    expect(parseJson('f', '{"u":"https://x", "v": "say \\" : now", "w": ":"}').ok).toBe(true)
    expect(parseJson('f', '{"u":"https://x", "v": "say \\" : now", "u": ":"}').ok).toBe(false)
    const deep = parseJson('f', '['.repeat(65) + ']'.repeat(65))
    expect(deep.ok ? 'ok' : deep.diagnostics[0]!.rule).toBe('syntax.depth')
    const fine = parseJson('f', '['.repeat(64) + ']'.repeat(64))
    expect(fine.ok).toBe(true)
    const broken = parseJson('f', '['.repeat(100000))
    expect(broken.ok ? 'ok' : broken.diagnostics[0]!.rule).toBe('syntax.depth')
  })
})

describe('parseJson: which texts vouch for their strings', () => {
  const plain = (text: string) => {
    const r = parseJson('f', text, isAscii(Buffer.from(text)))
    if (!r.ok) throw new Error('expected a valid document')
    return r.document.plainStrings
  }
  it('vouches for printable ASCII without escapes, and for nothing else', () => {
    expect(plain('{\n\t"name": "Payments"\r\n}')).toBe(true)
    // An escape can make any character, a forbidden one included.
    expect(plain('{"name": "Pay\\u200bments"}')).toBe(false)
    expect(plain('{"name": "tab\\tin a key", "a\\tb": 1}')).toBe(false)
    expect(plain('{"name": "Paymënts"}')).toBe(false)
    expect(plain('{"name": "Pay\x7fments"}')).toBe(false)
  })
})

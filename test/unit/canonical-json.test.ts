import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/common/canonical-json.js'
import { digest } from '../../src/model/ids.js'

// tmi-sync-digest values recorded in TMI are hashes of this text: it must never change for a value.
describe('canonicalJson', () => {
  it('sorts keys, drops undefined members, and writes arrays as it always has', () => {
    const value = JSON.parse('{"b":1,"a":[1,{"d":null,"c":"x"}],"__proto__":"p"}') as Record<string, unknown>
    ;(value.a as unknown[]).push(undefined)
    ;(value as { e?: unknown }).e = undefined
    expect(canonicalJson(value)).toBe('{"__proto__":"p","a":[1,{"c":"x","d":null},],"b":1}')
    expect(digest({ fields: { name: 'SQL injection', threat_type: ['Tampering'] }, metadata: {} })).toBe(
      digest({ metadata: {}, fields: { threat_type: ['Tampering'], name: 'SQL injection' } }),
    )
  })
})

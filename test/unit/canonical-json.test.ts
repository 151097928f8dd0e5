import { describe, expect, it } from 'vitest'
import { canonicalJson, sameJson } from '../../src/common/canonical-json.js'
import { digest } from '../../src/model/ids.js'
import { random, type Rng } from '../helpers/random.js'

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

// Keys and leaves chosen to collide: digits (V8 lists index keys first), __proto__, NaN and null
// (both written null), undefined members and items, 0 and -0.
const KEYS = ['a', 'b', '1', '10', '__proto__', 'name', 'B'] as const
const LEAVES = [0, -0, 1, 1.5, NaN, Infinity, null, undefined, '', 'x', 'X', true, false] as const

function value(rng: Rng, depth: number): unknown {
  if (depth === 0 || rng.chance(0.4)) return rng.pick(LEAVES)
  if (rng.chance(0.4)) return Array.from({ length: rng.int(4) }, () => value(rng, depth - 1))
  const out: Record<string, unknown> = {}
  for (const k of [...KEYS].sort(() => rng.next() - 0.5).slice(0, rng.int(5)))
    Object.defineProperty(out, k, { value: value(rng, depth - 1), enumerable: true, writable: true })
  return out
}

/** A copy with every object's keys in another order, and sometimes one leaf changed. */
function variant(rng: Rng, v: unknown, change: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => variant(rng, x, change && rng.chance(0.3)))
  if (v === null || typeof v !== 'object') return change && rng.chance(0.3) ? rng.pick(LEAVES) : v
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v).sort(() => rng.next() - 0.5))
    Object.defineProperty(out, k, {
      value: variant(rng, (v as Record<string, unknown>)[k], change && rng.chance(0.3)),
      enumerable: true,
      writable: true,
    })
  if (change && rng.chance(0.2)) out[rng.pick(KEYS)] = rng.pick(LEAVES)
  return out
}

describe('sameJson', () => {
  it('says two values are the same only when their canonical texts are (generated cases)', () => {
    let agreed = 0
    for (let seed = 1; seed <= 2000; seed++) {
      const rng = random(seed)
      const a = value(rng, 4)
      const b = variant(rng, a, rng.chance(0.5))
      const same = canonicalJson(a) === canonicalJson(b)
      // Sound: never the same when the texts differ (a plan would miss a change).
      if (sameJson(a, b)) expect(same, `seed ${seed}`).toBe(true)
      if (sameJson(a, b) === same) agreed++
    }
    // Useful: it answers for almost every pair; false only near NaN and undefined items.
    expect(agreed).toBeGreaterThan(1600)
  })

  it('finds values read back in another key order the same, and a changed leaf different', () => {
    const file = { name: 'SQL injection', threat_type: ['Tampering'], cells: [{ id: 'x', attrs: { a: 1 } }] }
    const tmi = JSON.parse(
      '{"cells":[{"attrs":{"a":1},"id":"x"}],"threat_type":["Tampering"],"name":"SQL injection"}',
    )
    expect(sameJson(file, tmi)).toBe(true)
    expect(sameJson(file, { ...tmi, name: 'SQL injection ' })).toBe(false)
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false)
  })
})

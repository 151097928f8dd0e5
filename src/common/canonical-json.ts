/** JSON with object keys sorted and undefined left out: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  // Plain loops and one string: this runs over every object of every model on each plan.
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ','
      const item: unknown = value[i]
      // As `[…].map(canonicalJson).join(',')` did: the digests recorded in TMI must not move.
      out += canonicalJson(item) ?? ''
    }
    return out + ']'
  }
  const keys = Object.keys(value).sort()
  let out = '{'
  let first = true
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key]
    if (v === undefined) continue
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v)
    first = false
  }
  return out + '}'
}

/**
 * True only when `canonicalJson(a) === canonicalJson(b)`, found without making either text: a
 * no-op plan compares every object of every model with what TMI holds, and most are equal. It may
 * answer false for values whose texts are equal (NaN and null, an undefined item), never true for
 * values whose texts differ; a caller falls back to the texts when it says false.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i]
      // canonicalJson writes an undefined item as nothing, JSON.stringify would write null.
      if (x === undefined || !sameJson(x, b[i])) return false
    }
    return true
  }
  if (Array.isArray(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let defined = 0
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue
    const v = x[key]
    if (v === undefined) continue
    defined++
    if (!Object.hasOwn(y, key) || !sameJson(v, y[key])) return false
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) defined--
  return defined === 0
}

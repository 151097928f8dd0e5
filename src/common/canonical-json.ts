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

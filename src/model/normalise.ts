import { NORMALISED_KEYS, normaliseEnum } from '../format/enum-normaliser.js'

/**
 * Values as TMI stores them (tmi-api.md §5): NFC text, HTML stripped from plain-text fields, the
 * enum normaliser applied to its keys, and "", null and absent all meaning absent. Both sides of a
 * diff go through this, so an unchanged model plans as no changes after any apply.
 */
export function stored(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    const text = value.normalize('NFC')
    if (text === '') return undefined
    return key !== undefined && NORMALISED_KEYS.has(key) ? normaliseEnum(text) : text
  }
  if (value === null || value === undefined) return undefined
  if (Array.isArray(value)) return value.map((v) => stored(v))
  if (typeof value === 'object') {
    // `__proto__` from a file or TMI is data, not a prototype: an own property, defined as one.
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value)) {
      const s = stored((value as Record<string, unknown>)[k], k)
      if (s === undefined) continue
      if (k === '__proto__') Object.defineProperty(out, k, { value: s, enumerable: true, writable: true })
      else out[k] = s
    }
    return out
  }
  return value
}

/** TMI's sanitiser (bluemonday strict) on plain text: tags removed, entities decoded. */
export function stripHtml(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Picks `fields` from an object, normalised; plain-text fields are sanitised as TMI does. */
export function pick(
  source: Record<string, unknown>,
  fields: readonly string[],
  plainText: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of fields) {
    let v = stored(source[f], f)
    if (typeof v === 'string' && plainText.includes(f)) v = stored(stripHtml(v))
    if (Array.isArray(v) && v.length === 0) v = undefined
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) v = undefined
    if (v !== undefined) out[f] = v
  }
  return out
}

/** Booleans TMI defaults to true on create and clears on update: always sent explicitly. */
export function flags(
  source: Record<string, unknown>,
  names: readonly string[],
  defaults: Record<string, boolean>,
): Record<string, boolean> {
  return Object.fromEntries(
    names.map((n) => [n, typeof source[n] === 'boolean' ? source[n] : (defaults[n] ?? true)]),
  )
}

/** Node geometry is returned flat, as float32 (tmi-api.md §1.8). */
export function float32(n: unknown): number | undefined {
  return typeof n === 'number' ? Math.fround(n) : undefined
}

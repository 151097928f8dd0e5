import type { Diagnostic, Position } from '../common/diagnostic.js'
import type { DocPath } from '../common/pointer.js'

export type Syntax = 'yaml' | 'json'

/**
 * A parsed file: its plain value plus a way back from any path in that value to its place in the
 * source. Locating is lazy, so valid files never pay for building a positioned syntax tree.
 */
export interface ParsedDocument {
  file: string
  syntax: Syntax
  value: unknown
  /** Where the value at `path` starts (or its nearest existing ancestor). */
  locate(path: DocPath): Position
  /** Where the key naming the member at `path` starts; falls back to `locate`. */
  locateKey(path: DocPath): Position
  /**
   * Every key and string in `value` is printable ASCII: known from the text alone (JSON without
   * escapes), it spares checking each string for characters TMI refuses.
   */
  plainStrings?: boolean
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; diagnostics: Diagnostic[] }

/** Deeper nesting than any threat model needs; refusing it keeps recursive walkers safe. */
export const MAX_DEPTH = 64

/**
 * One iterative walk over a plain value (a hostile value must not blow the stack): whether it nests
 * deeper than `max`, and whether some object or array is reachable twice (YAML aliases).
 */
export function inspectStructure(value: unknown, max = MAX_DEPTH): { tooDeep: boolean; shared: boolean } {
  const stack: Array<[unknown, number]> = [[value, 0]]
  const seen = new Set<object>()
  let shared = false
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number]
    if (v === null || typeof v !== 'object') continue
    if (seen.has(v)) {
      shared = true
      continue
    }
    if (d >= max) return { tooDeep: true, shared }
    seen.add(v)
    for (const child of Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, d + 1])
  }
  return { tooDeep: false, shared }
}

/**
 * Whether a value, with every alias expanded, is larger than `limit` (string characters, plus one
 * per node). Aliases of one large scalar are cheap for the parser and the alias count, yet each
 * copy is written out in full by everything after it: bound what they expand to. The walk stops
 * as soon as the budget is spent, so a bomb costs at most `limit` steps.
 */
export function expandsPast(value: unknown, limit: number): boolean {
  let budget = limit
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    budget -= typeof v === 'string' ? v.length + 1 : 1
    if (budget < 0) return true
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push(child)
  }
  return false
}

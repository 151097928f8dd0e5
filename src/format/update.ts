import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { canonicalJson as canonical } from '../common/canonical-json.js'

type Json = Record<string, unknown>

/**
 * Rewrites a model file's text so that it holds `next`, changing only what differs: YAML keeps its
 * comments, key order, quoting and layout everywhere else; JSON keeps its key order. Lists of items
 * with a `key` are matched by key, so an edit to one threat touches only that threat's lines.
 */
export function updateModelText(text: string, syntax: 'yaml' | 'json', next: Json): string {
  if (syntax === 'json') {
    const old = JSON.parse(text) as Json
    const merged = mergePlain(old, next)
    if (same(old, merged)) return text
    const indent = /^[{[]\s*\n([ \t]+)/.exec(text)?.[1] ?? '  '
    return JSON.stringify(merged, null, indent) + '\n'
  }
  const doc = parseDocument(text)
  if (!isMap(doc.contents)) return text
  const options = { lineWidth: 0, flowCollectionPadding: false } as const
  const before = doc.toString(options)
  const edits: Edit[] = []
  const state = { edits, structural: false }
  if (!mergeMap(doc, doc.contents, next, state)) return text
  // Only single-line values changed: replace exactly their characters, nothing else moves.
  if (!state.structural) {
    let out = text
    for (const e of edits.sort((x, y) => y.start - x.start))
      out = out.slice(0, e.start) + e.text + out.slice(e.end)
    return out
  }
  return keepOriginalLines(text, before, doc.toString(options))
}

interface Edit {
  start: number
  end: number
  text: string
}
type MergeState = { edits: Edit[]; structural: boolean }

/** A plain one-line scalar replaced by another: an edit of its characters in the source. */
function scalarEdit(current: unknown, value: unknown): Edit | undefined {
  if (!isScalar(current) || !current.range) return undefined
  if (value !== null && typeof value === 'object') return undefined
  if (current.type === 'BLOCK_LITERAL' || current.type === 'BLOCK_FOLDED') return undefined
  const rendered = stringify(value, { lineWidth: 0 }).replace(/\n$/, '')
  if (rendered.includes('\n')) return undefined
  return { start: current.range[0], end: current.range[1], text: rendered }
}

/**
 * The yaml library re-renders the whole document (comment alignment, spacing): take its new lines
 * only where its rendering changed, and the file's own lines everywhere else.
 */
function keepOriginalLines(text: string, before: string, after: string): string {
  const original = text.split('\n')
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length !== original.length || a.length * b.length > 4_000_000) return after
  // Longest common subsequence of the two renderings, line by line.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(original[i] as string)
      i++
      j++
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      out.push(b[j++] as string)
    else i++
  }
  return out.join('\n')
}

/** Returns whether anything changed. */
function mergeMap(doc: Document, node: YAMLMap, next: Json, state: MergeState): boolean {
  let changed = false
  for (const pair of [...node.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    if (!(key in next) || next[key] === undefined) {
      state.structural = true
      changed = node.delete(pair.key) || changed
    }
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue
    const current = node.get(key, true)
    if (current !== undefined && same(toJs(current), value)) continue
    changed = true
    if (isMap(current) && isPlain(value)) mergeMap(doc, current, value, state)
    else if (isSeq(current) && keyedList(value) && current.items.every((i) => isMap(i) && i.has('key')))
      mergeKeyed(doc, current, value, state)
    else {
      const edit = scalarEdit(current, value)
      if (edit) state.edits.push(edit)
      else state.structural = true
      node.set(key, doc.createNode(value))
    }
  }
  return changed
}

/** Items matched by `key`: changed ones merged in place, gone ones removed, new ones appended. */
function mergeKeyed(doc: Document, seq: YAMLSeq, next: Json[], state: MergeState): void {
  const wanted = new Map(next.map((item) => [String(item.key), item]))
  const kept = seq.items.filter((i) => wanted.has(String((i as YAMLMap).get('key'))))
  if (kept.length !== seq.items.length) state.structural = true
  seq.items = kept
  const present = new Set<string>()
  for (const item of seq.items as YAMLMap[]) {
    const key = String(item.get('key'))
    present.add(key)
    const value = wanted.get(key) as Json
    if (!same(toJs(item), value)) mergeMap(doc, item, value, state)
  }
  for (const item of next)
    if (!present.has(String(item.key))) {
      state.structural = true
      seq.items.push(doc.createNode(item))
    }
}

/** The same for plain data (JSON files): keys in their old order, new keys at the end. */
function mergePlain(old: Json, next: Json): Json {
  const out: Json = {}
  for (const key of Object.keys(old)) if (key in next && next[key] !== undefined) out[key] = old[key]
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue
    const before = out[key]
    if (before !== undefined && same(before, value)) continue
    if (isPlain(before) && isPlain(value)) out[key] = mergePlain(before, value)
    else if (Array.isArray(before) && keyedList(value) && keyedList(before)) {
      const olds = new Map(before.map((i) => [String(i.key), i]))
      const kept = before.filter((i) => value.some((v) => v.key === i.key))
      const merged = kept.map((i) => mergePlain(i, value.find((v) => v.key === i.key) as Json))
      out[key] = [...merged, ...value.filter((v) => !olds.has(String(v.key)))]
    } else out[key] = value
  }
  return out
}

function toJs(node: unknown): unknown {
  return (node as { toJSON?: () => unknown }).toJSON?.() ?? (isScalar(node) ? node.value : node)
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

function isPlain(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function keyedList(v: unknown): v is Json[] {
  return Array.isArray(v) && v.every((i) => isPlain(i) && typeof i.key === 'string')
}

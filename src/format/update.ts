import { isMap, isScalar, isSeq, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml'
import { canonicalJson as canonical } from '../common/canonical-json.js'

type Json = Record<string, unknown>

/**
 * Rewrites a model file's text so that it holds `next`, changing only what differs: YAML keeps its
 * comments, key order, quoting, flow style and layout everywhere else; JSON keeps its key order.
 * Lists of items with a `key` (or, for diagram cells, an `id`) are matched by it, so an edit to one
 * threat touches only that threat's lines.
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
  // Every change is an edit of the file's own characters: the yaml library never re-renders the
  // document, so what did not change stays byte for byte (comment alignment, flow maps, blank lines).
  const edits: Edit[] = []
  mergeMap(text, doc.contents, next, edits)
  // Applied from the end of the text back. Edits at one place (a field added to a list's last
  // item, and an item added after it, both insert where the list ends) must read in the order
  // they were made: of those, the later one is applied first, so that the earlier stands before it.
  let out = text
  const ordered = edits.map((e, i) => ({ ...e, i }))
  for (const e of ordered.sort((x, y) => y.start - x.start || y.end - x.end || y.i - x.i))
    out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

interface Edit {
  start: number
  end: number
  text: string
}

type Pair = { key: unknown; value: unknown }
type Ranged = { range?: [number, number, number] | null }

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1
/** The end of the line `pos` is on (after its newline), or `pos` when a line starts there. */
function lineEnd(text: string, pos: number): number {
  if (pos === 0 || text[pos - 1] === '\n') return pos
  const nl = text.indexOf('\n', pos)
  return nl === -1 ? text.length : nl + 1
}
const indentLines = (block: string, indent: number, first = true) =>
  block
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => ((i === 0 && !first) || line === '' ? line : ' '.repeat(indent) + line))
    .join('\n') + '\n'
const block = (value: unknown) => stringify(value, { lineWidth: 0 })
/** A flow rendering on one line, or undefined when it would take several. */
function flow(value: unknown): string | undefined {
  const out = stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).replace(/\n$/, '')
  return out.includes('\n') ? undefined : out
}
const rangeOf = (node: unknown) => (node as Ranged | null)?.range ?? undefined
const keyName = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key))

/** A plain one-line scalar replaced by another: an edit of its characters in the source. */
function scalarEdit(current: unknown, value: unknown): Edit | undefined {
  if (!isScalar(current) || !current.range) return undefined
  if (value !== null && typeof value === 'object') return undefined
  if (current.type === 'BLOCK_LITERAL' || current.type === 'BLOCK_FOLDED') return undefined
  const rendered = stringify(value, { lineWidth: 0 }).replace(/\n$/, '')
  if (rendered.includes('\n')) return undefined
  return { start: current.range[0], end: current.range[1], text: rendered }
}

/** The column a block map's keys stand at. */
function mapIndent(text: string, node: YAMLMap): number {
  const first = rangeOf(node.items[0]?.key)
  const at = first?.[0] ?? rangeOf(node)?.[0] ?? 0
  return at - lineStart(text, at)
}

/** The characters of one pair of a block map, from its line (or its key, after a `- `) to its end. */
function pairSpan(text: string, pair: Pair): { start: number; end: number; inline: boolean } {
  const keyAt = (rangeOf(pair.key) as [number, number, number])[0]
  const ls = lineStart(text, keyAt)
  const inline = text.slice(ls, keyAt).trim() !== ''
  const last = rangeOf(pair.value) ?? rangeOf(pair.key)
  return { start: inline ? keyAt : ls, end: lineEnd(text, (last as [number, number, number])[2]), inline }
}

function mergeMap(text: string, node: YAMLMap, next: Json, edits: Edit[]): void {
  if (node.flow) {
    // A flow map (`{ text: Shopper }`) that changed is rewritten in flow style where it stands.
    const range = rangeOf(node)
    const rendered = flow(next)
    if (range && rendered !== undefined)
      return void edits.push({ start: range[0], end: range[1], text: rendered })
  }
  const indent = mapIndent(text, node)
  const pairs = node.items as Pair[]
  for (const pair of pairs) {
    const key = keyName(pair)
    if (key in next && next[key] !== undefined) continue
    const span = pairSpan(text, pair)
    edits.push({ start: span.start, end: span.end, text: '' })
  }
  const added: Json = {}
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue
    const pair = pairs.find((p) => keyName(p) === key)
    if (!pair) {
      added[key] = value
      continue
    }
    const current = pair.value
    if (same(toJs(current), value)) continue
    if (isMap(current) && isPlain(value)) mergeMap(text, current, value, edits)
    else if (isSeq(current) && !current.flow && matchField(current, value))
      mergeKeyed(text, current, value as Json[], matchField(current, value) as string, edits)
    else {
      const edit = scalarEdit(current, value)
      const range = rangeOf(current)
      const rendered = (current as { flow?: boolean } | null)?.flow ? flow(value) : undefined
      if (edit) edits.push(edit)
      else if (range && rendered !== undefined) edits.push({ start: range[0], end: range[1], text: rendered })
      else {
        // Anything else (a block list without keys, a value changing shape): this pair, re-rendered.
        const span = pairSpan(text, pair)
        edits.push({
          start: span.start,
          end: span.end,
          text: indentLines(block({ [key]: value }), indent, !span.inline),
        })
      }
    }
  }
  if (Object.keys(added).length > 0) {
    const end = lineEnd(text, rangeOf(node)?.[2] ?? text.length)
    const lead = end > 0 && text[end - 1] !== '\n' ? '\n' : ''
    edits.push({ start: end, end, text: lead + indentLines(block(added), indent) })
  }
}

/** Which field a list's items are matched by: `key` (items), `id` (diagram cells), or none. */
function matchField(seq: YAMLSeq, value: unknown): string | undefined {
  for (const field of ['key', 'id'])
    if (
      seq.items.length > 0 &&
      Array.isArray(value) &&
      value.every((i) => isPlain(i) && typeof i[field] === 'string') &&
      seq.items.every((i) => isMap(i) && i.has(field))
    )
      return field
  return undefined
}

/** Items matched by `field`: changed ones merged in place, gone ones removed, new ones appended. */
function mergeKeyed(text: string, seq: YAMLSeq, next: Json[], field: string, edits: Edit[]): void {
  const wanted = new Map(next.map((item) => [String(item[field]), item]))
  const present = new Set<string>()
  for (const item of seq.items as YAMLMap[]) {
    const id = String(item.get(field))
    const value = wanted.get(id)
    const range = rangeOf(item) as [number, number, number]
    if (!value) {
      edits.push({ start: lineStart(text, range[0]), end: lineEnd(text, range[2]), text: '' })
      continue
    }
    present.add(id)
    if (!same(toJs(item), value)) mergeMap(text, item, value, edits)
  }
  const added = next.filter((item) => !present.has(String(item[field])))
  if (added.length === 0) return
  const first = (rangeOf(seq.items[0]) as [number, number, number])[0]
  const dash = text.lastIndexOf('-', first)
  const end = lineEnd(text, (rangeOf(seq) as [number, number, number])[2])
  const lead = end > 0 && text[end - 1] !== '\n' ? '\n' : ''
  edits.push({ start: end, end, text: lead + indentLines(block(added), dash - lineStart(text, dash)) })
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

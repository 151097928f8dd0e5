import { parse as parseAst, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa'
import { diagnostic, START, type Diagnostic, type Position } from '../common/diagnostic.js'
import { toPointer, type DocPath } from '../common/pointer.js'
import { MAX_DEPTH, type ParseResult, type ParsedDocument } from './document.js'
import { LineIndex } from './position.js'

/**
 * Strict JSON with positions. The fast path is the native JSON.parse plus two checks it does not
 * make, each one pass in native code: nesting depth, and duplicate keys (the text names more keys
 * than the parsed value holds). The momoa syntax tree is built only to report or locate a problem.
 */
export function parseJson(file: string, text: string, ascii = false): ParseResult {
  let value: unknown
  let fastOk: boolean
  try {
    // V8 parses any nesting without recursion, so depth is checked on the result.
    value = JSON.parse(text)
    const shape = shapeOf(value)
    if (shape.depth > MAX_DEPTH) return tooDeep(file, text)
    fastOk = shape.keys === keysNamed(text)
  } catch {
    const scan = scanStructure(text)
    if (scan.tooDeep !== undefined) return tooDeep(file, text)
    fastOk = false
  }
  let ast: DocumentNode | undefined
  if (!fastOk) {
    try {
      ast = parseAst(text, { mode: 'json' })
    } catch (e) {
      const err = e as { line?: number; column?: number; message: string }
      const at = err.line !== undefined ? { line: err.line, col: err.column ?? 1 } : START
      return failAt(file, at, 'syntax.json', err.message.replace(/\s*\(\d+:\d+\)$/, ''))
    }
    const duplicates: Diagnostic[] = []
    value = evaluate(ast.body, [], file, duplicates)
    if (duplicates.length > 0) return { ok: false, diagnostics: duplicates }
  }
  const tree = (): DocumentNode => (ast ??= parseAst(text, { mode: 'json' }))
  const document: ParsedDocument = {
    file,
    syntax: 'json',
    value,
    locate: (path) => startOf(find(tree().body, path).node),
    locateKey: (path) => {
      const found = find(tree().body, path)
      return startOf(found.exact && found.member ? found.member.name : found.node)
    },
    // In an ASCII text JSON.parse takes, a string holds a control character or anything beyond
    // ASCII only through an escape (or a raw DEL): without either, every string is printable ASCII.
    plainStrings: fastOk && ascii && !text.includes('\\') && !text.includes('\x7f'),
  }
  return { ok: true, document }
}

function tooDeep(file: string, text: string): ParseResult {
  const at = scanStructure(text).tooDeep ?? 0
  return failAt(
    file,
    new LineIndex(text).position(at),
    'syntax.depth',
    `nesting deeper than ${MAX_DEPTH} levels`,
  )
}

/**
 * The object keys the text names: a `:` whose nearest non-blank character before it is a `"`
 * that is not escaped (within a string, every `"` is). A text where a `"` may end a string after an
 * escaped backslash (`\\"`) is counted token by token instead.
 */
function keysNamed(text: string): number {
  if (text.includes('\\\\"')) return scanStructure(text).keys
  let keys = 0
  // One character searched for: indexOf of a single character is several times quicker.
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1
    let c = text.charCodeAt(j)
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(--j)
    if (c === 0x22 /* " */ && text.charCodeAt(j - 1) !== 0x5c /* \ */) keys++
  }
  return keys
}

function failAt(file: string, at: Position, rule: string, message: string): ParseResult {
  return { ok: false, diagnostics: [diagnostic(file, at, 'error', rule, message)] }
}

function startOf(node: AnyNode): Position {
  return { line: node.loc.start.line, col: node.loc.start.column }
}

type MemberNode = Extract<AnyNode, { type: 'Member' }>

/** Walks the syntax tree along `path`; stops at the deepest node that exists. */
function find(root: AnyNode, path: DocPath): { node: AnyNode; member?: MemberNode; exact: boolean } {
  let node = root
  let member: MemberNode | undefined
  for (const seg of path) {
    if (node.type === 'Object') {
      const m = node.members.find((x) => x.name.type === 'String' && x.name.value === String(seg))
      if (!m) return { node, exact: false }
      member = m
      node = m.value
    } else if (node.type === 'Array' && typeof seg === 'number' && node.elements[seg]) {
      member = undefined
      node = (node.elements[seg] as { value: AnyNode }).value
    } else {
      return { node, exact: false }
    }
  }
  return member ? { node, member, exact: true } : { node, exact: true }
}

/** Syntax tree → plain value, reporting every duplicate key (JSON.parse would silently keep the last). */
function evaluate(node: AnyNode, path: (string | number)[], file: string, out: Diagnostic[]): unknown {
  switch (node.type) {
    case 'Object': {
      const obj: Record<string, unknown> = {}
      const seen = new Set<string>()
      for (const m of node.members) {
        const key = m.name.type === 'String' ? m.name.value : m.name.name
        if (seen.has(key)) {
          out.push(
            diagnostic(
              file,
              startOf(m.name),
              'error',
              'syntax.duplicate-key',
              `duplicate key "${key}"`,
              toPointer([...path, key]),
            ),
          )
        }
        seen.add(key)
        obj[key] = evaluate(m.value, [...path, key], file, out)
      }
      return obj
    }
    case 'Array':
      return node.elements.map((e, i) => evaluate(e.value, [...path, i], file, out))
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value
    case 'Null':
      return null
    default:
      return undefined
  }
}

/**
 * One pass over the text's tokens (strings and brackets, found by one regular expression, so the
 * engine rather than a loop of ours walks the characters): the nesting depth, which JSON.parse
 * does not bound, and how many object keys the text names, to compare with the parsed value's.
 */
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g

function scanStructure(text: string): { keys: number; tooDeep?: number } {
  let depth = 0
  let keys = 0
  TOKENS.lastIndex = 0
  for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
    const c = m[0].charCodeAt(0)
    if (c === 0x22 /* " */) {
      if (m[1] !== undefined) keys++
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > MAX_DEPTH) return { keys, tooDeep: m.index }
    } else depth--
  }
  return { keys }
}

/** Object keys in a parsed value, and its nesting depth, found without recursion. */
function shapeOf(value: unknown): { keys: number; depth: number } {
  let keys = 0
  let depth = 0
  // Two stacks side by side rather than one of pairs: no allocation per value.
  const values: unknown[] = [value]
  const depths: number[] = [1]
  while (values.length > 0) {
    const v = values.pop()
    const d = depths.pop() as number
    if (v === null || typeof v !== 'object') continue
    if (d > depth) depth = d
    if (Array.isArray(v)) {
      for (const item of v)
        if (item !== null && typeof item === 'object') {
          values.push(item)
          depths.push(d + 1)
        }
    } else {
      for (const k in v) {
        keys++
        const item = (v as Record<string, unknown>)[k]
        if (item !== null && typeof item === 'object') {
          values.push(item)
          depths.push(d + 1)
        }
      }
    }
  }
  return { keys, depth }
}

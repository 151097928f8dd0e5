import { parse as parseAst, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa'
import { diagnostic, START, type Diagnostic, type Position } from '../common/diagnostic.js'
import { toPointer, type DocPath } from '../common/pointer.js'
import { MAX_DEPTH, type ParseResult, type ParsedDocument } from './document.js'
import { LineIndex } from './position.js'

/**
 * Strict JSON with positions. The fast path is a structural scan (duplicate keys, depth) plus the
 * native JSON.parse; the momoa syntax tree is built only to report or locate a problem.
 */
export function parseJson(file: string, text: string): ParseResult {
  const scan = scanStructure(text)
  if (scan.tooDeep !== undefined) {
    return failAt(
      file,
      new LineIndex(text).position(scan.tooDeep),
      'syntax.depth',
      `nesting deeper than ${MAX_DEPTH} levels`,
    )
  }
  let value: unknown
  let fastOk = !scan.duplicates
  if (fastOk) {
    try {
      value = JSON.parse(text)
    } catch {
      fastOk = false
    }
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
  }
  return { ok: true, document }
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
 * One linear pass over the text: finds duplicate object keys and over-deep nesting, which
 * JSON.parse does not report. Strings are skipped by their escapes; keys with escapes are decoded.
 */
function scanStructure(text: string): { duplicates: boolean; tooDeep?: number } {
  const stack: Array<Set<string> | null> = []
  let duplicates = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      const start = i
      let escaped = false
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) {
          escaped = true
          i++
        } else if (d === 0x22) break
      }
      const top = stack[stack.length - 1]
      if (top) {
        let j = i + 1
        while (j < n && /\s/.test(text[j] as string)) j++
        if (text.charCodeAt(j) === 0x3a /* : */) {
          const raw = text.slice(start + 1, i)
          let key = raw
          if (escaped) {
            try {
              key = JSON.parse(`"${raw}"`) as string
            } catch {
              key = raw
            }
          }
          if (top.has(key)) duplicates = true
          top.add(key)
        }
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= MAX_DEPTH) return { duplicates, tooDeep: i }
      stack.push(c === 0x7b ? new Set() : null)
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop()
    }
  }
  return { duplicates }
}

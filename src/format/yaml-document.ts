import jsyaml from 'js-yaml'
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'
import type { Document, LineCounter, Node } from 'yaml'
import { diagnostic, START, type Diagnostic, type Position } from '../common/diagnostic.js'
import type { DocPath } from '../common/pointer.js'
import {
  expandsPast,
  inspectStructure,
  MAX_DEPTH,
  type ParseResult,
  type ParsedDocument,
} from './document.js'

const require = createRequire(import.meta.url)
let positioned: typeof Yaml | undefined
/**
 * The positioned parser, loaded when a file needs it (a problem to locate, aliases): most runs
 * read only valid files, and loading it is a third of `validate`'s start-up on one small file.
 */
const yaml = (): typeof Yaml => (positioned ??= require('yaml') as typeof Yaml)

/** Aliases one document may expand; more is an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100
/** What aliases may add beyond twice the file's own size. */
const EXPANSION_ALLOWANCE = 1024 * 1024

/**
 * YAML 1.2 (core schema) with positions. The fast path is js-yaml, about ten times quicker than the
 * positioned parser; the `yaml` document (with its LineCounter) is built only to report or locate a
 * problem, and for any file using aliases, so the alias-bomb limit is always enforced by one parser.
 */
export function parseYaml(file: string, text: string): ParseResult {
  let value: unknown
  let fastOk: boolean
  let tooDeep = false
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file })
    const structure = inspectStructure(value)
    fastOk = !structure.shared
    tooDeep = structure.tooDeep
  } catch {
    fastOk = false
  }
  let located: { doc: Document; lines: LineCounter } | undefined
  if (!fastOk) {
    const slow = parseLocated(file, text)
    if (!slow.ok) return slow
    located = slow.located
    value = slow.value
    tooDeep = inspectStructure(value).tooDeep
  }
  if (tooDeep) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(file, START, 'error', 'syntax.depth', `nesting deeper than ${MAX_DEPTH} levels`),
      ],
    }
  }
  // Only a file with an alias (`*name`) can expand past its own size.
  const limit = 2 * text.length + EXPANSION_ALLOWANCE
  if (text.includes('*') && expandsPast(value, limit)) {
    const { doc, lines } = (located ??= buildTree(text))
    let at = START
    yaml().visit(doc, {
      Alias(_key, node) {
        at = positionOf(lines, node)
        return yaml().visit.BREAK
      },
    })
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          file,
          at,
          'error',
          'syntax.alias-size',
          `aliases expand this file to more than ${limit} characters, twice its size and 1 MiB more (an alias bomb?)`,
        ),
      ],
    }
  }
  const tree = () => (located ??= buildTree(text))
  const document: ParsedDocument = {
    file,
    syntax: 'yaml',
    value,
    locate: (path) => {
      const { doc, lines } = tree()
      return positionOf(lines, find(doc, path).node)
    },
    locateKey: (path) => {
      const { doc, lines } = tree()
      const found = find(doc, path)
      return positionOf(lines, found.exact && found.keyNode ? found.keyNode : found.node)
    },
  }
  return { ok: true, document }
}

function buildTree(text: string): { doc: Document; lines: LineCounter } {
  const lines = new (yaml().LineCounter)()
  const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false })
  return { doc, lines }
}

function parseLocated(
  file: string,
  text: string,
):
  | { ok: true; value: unknown; located: { doc: Document; lines: LineCounter } }
  | { ok: false; diagnostics: Diagnostic[] } {
  let built: { doc: Document; lines: LineCounter }
  try {
    built = buildTree(text)
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic(file, START, 'error', 'syntax.yaml', (e as Error).message)] }
  }
  const { doc, lines } = built
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((err) => {
        const p = lines.linePos(errorOffset(text, err))
        const rule =
          err.code === 'DUPLICATE_KEY'
            ? 'syntax.duplicate-key'
            : /multiple documents/i.test(err.message)
              ? 'syntax.multi-document'
              : 'syntax.yaml'
        return diagnostic(file, { line: p.line, col: p.col }, 'error', rule, firstLine(err.message))
      }),
    }
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), located: built }
  } catch (e) {
    let at = START
    yaml().visit(doc, {
      Alias(_key, node) {
        at = positionOf(lines, node)
        return yaml().visit.BREAK
      },
    })
    const rule = /alias/i.test((e as Error).message) ? 'syntax.alias-limit' : 'syntax.yaml'
    const message =
      rule === 'syntax.alias-limit'
        ? `aliases expand past the limit of ${MAX_ALIAS_COUNT} (an alias bomb?)`
        : firstLine((e as Error).message)
    return { ok: false, diagnostics: [diagnostic(file, at, 'error', rule, message)] }
  }
}

/**
 * Where an error is best shown. An unterminated quoted string is reported by `yaml` at the end of
 * the input; the opening quote is where the user must look.
 */
function errorOffset(text: string, err: { code: string; message: string; pos: [number, number] }): number {
  if (err.code === 'MISSING_CHAR') {
    const quote = /"quote/.test(err.message) ? '"' : /'quote/.test(err.message) ? "'" : undefined
    const open = quote ? text.lastIndexOf(quote, err.pos[0] - 1) : -1
    if (open >= 0) return open
  }
  return err.pos[0]
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}

function positionOf(lines: LineCounter, node: Node | null | undefined): Position {
  const offset = node?.range?.[0]
  if (offset === undefined) return START
  const p = lines.linePos(offset)
  return { line: p.line, col: p.col }
}

/** Walks the YAML node tree along `path`; stops at the deepest node that exists. */
function find(doc: Document, path: DocPath): { node: Node | null; keyNode?: Node; exact: boolean } {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml()
  let node = doc.contents
  let keyNode: Node | undefined
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? node
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg),
      )
      if (!pair) return { node, exact: false }
      keyNode = pair.key as Node
      node = (pair.value as Node | null) ?? keyNode
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      keyNode = undefined
      node = node.items[seg] as Node
    } else {
      return { node, exact: false }
    }
  }
  return keyNode ? { node, keyNode, exact: true } : { node, exact: true }
}

import { diagnostic, START } from '../common/diagnostic.js'
import type { ParseResult, Syntax } from './document.js'
import { parseJson } from './json-document.js'
import { findForbiddenCharacters } from './source.js'
import { parseYaml } from './yaml-document.js'

/** `.json` files are strict JSON; everything else (`.yaml`, `.yml`) is YAML 1.2. */
export function syntaxOf(path: string): Syntax {
  return /\.json$/i.test(path) ? 'json' : 'yaml'
}

/**
 * A model file's text → a positioned document whose root is an object, or located errors: first
 * the characters TMI refuses anywhere in a body, then syntax. `ascii`: the text is known to be
 * ASCII (see decodeSource).
 */
export function parseText(
  file: string,
  text: string,
  syntax: Syntax = syntaxOf(file),
  ascii = false,
): ParseResult {
  // JSON.parse refuses raw control characters but for whitespace, so an ASCII JSON text it takes
  // whole, with no escapes (plainStrings), holds nothing TMI refuses: the scan, which costs half
  // as much as parsing, is skipped. Any other text is scanned, and its findings come first.
  const scanFirst = !(ascii && syntax === 'json')
  const forbidden = scanFirst ? findForbiddenCharacters(file, text) : []
  if (forbidden.length > 0) return { ok: false, diagnostics: forbidden }
  const result = syntax === 'json' ? parseJson(file, text, ascii) : parseYaml(file, text)
  if (!scanFirst && !(result.ok && result.document.plainStrings === true)) {
    const found = findForbiddenCharacters(file, text)
    if (found.length > 0) return { ok: false, diagnostics: found }
  }
  if (!result.ok) return result
  const { value } = result.document
  if (value === null || value === undefined) {
    return {
      ok: false,
      diagnostics: [diagnostic(file, START, 'error', 'file.empty', 'file holds no document')],
    }
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          file,
          result.document.locate([]),
          'error',
          'format.not-an-object',
          'a threat model file must hold an object at its top level',
        ),
      ],
    }
  }
  return result
}

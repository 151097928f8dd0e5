import { diagnostic, START } from '../common/diagnostic.js'
import type { ParseResult, Syntax } from './document.js'
import { parseJson } from './json-document.js'
import { parseYaml } from './yaml-document.js'

/** `.json` files are strict JSON; everything else (`.yaml`, `.yml`) is YAML 1.2. */
export function syntaxOf(path: string): Syntax {
  return /\.json$/i.test(path) ? 'json' : 'yaml'
}

/** Text → a positioned document whose root is an object, or located syntax errors. */
export function parseText(file: string, text: string, syntax: Syntax = syntaxOf(file)): ParseResult {
  const result = syntax === 'json' ? parseJson(file, text) : parseYaml(file, text)
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

import { readFileSync } from 'node:fs'
import { UserError } from '../common/errors.js'
import { parseText } from './parse.js'
import type { SchemaValidator } from './schema.js'

/**
 * A configuration file (YAML or JSON) checked against its schema: its first problem is one line at
 * file:line:col, like a model's, and a usage error (exit 2).
 */
export function readConfigFile<T>(path: string, validate: SchemaValidator): T {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new UserError(
      `cannot read the configuration ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      2,
    )
  }
  const parsed = parseText(path, text)
  const problems = parsed.ok ? validate(parsed.document) : parsed.diagnostics
  const first = problems.find((d) => d.severity === 'error')
  if (first || !parsed.ok)
    throw new UserError(
      `${first?.file ?? path}:${first?.line ?? 1}:${first?.col ?? 1}: ${first?.message ?? 'invalid'}`,
      2,
    )
  return parsed.document.value as T
}

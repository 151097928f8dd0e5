// `npm run build`, after tsc: the JSON Schemas compiled ahead of time into standalone validators
// (dist/format/validators/NAME.cjs), so no process or worker pays Ajv's compilation at start-up.
// Each records the digest of its schema; src/format/schema.ts uses it only with that very schema.
// Each schema gets a second validator, NAME-ascii.cjs, for documents whose strings are all ASCII:
// there a string's length is its number of characters, and counting them one by one is a fifth of
// the schema check's time.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ajvFor, ASCII_VARIANT, SCHEMA_NAMES, schemaDigest, schemaFor } from '../dist/format/schema.js'

const require = createRequire(import.meta.url)
const standaloneCode = require('ajv/dist/standalone/index.js').default

const out = new URL('../dist/format/validators/', import.meta.url)
mkdirSync(out, { recursive: true })
const variants = [
  ['', {}],
  // `unicode: false` is deprecated in Ajv 8 (it logs so; hence no logger) but kept: it is exactly
  // "minLength/maxLength count UTF-16 units", which for ASCII is counting characters.
  [ASCII_VARIANT, { unicode: false, logger: false }],
]
for (const name of SCHEMA_NAMES) {
  const schema = schemaFor(name)
  for (const [suffix, options] of variants) {
    const ajv = ajvFor(name, { ...options, code: { source: true } })
    const code = standaloneCode(ajv, ajv.compile(schema))
    writeFileSync(
      new URL(`${name}${suffix}.cjs`, out),
      `${code}\nmodule.exports.schemaDigest = ${JSON.stringify(schemaDigest(schema))};\n`,
    )
  }
}

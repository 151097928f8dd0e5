// `npm run build`, after tsc: the JSON Schemas compiled ahead of time into standalone validators
// (dist/format/validators/NAME.cjs), so no process or worker pays Ajv's compilation at start-up.
// Each records the digest of its schema; src/format/schema.ts uses it only with that very schema.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { AJV_OPTIONS, PRECOMPILED, schemaDigest } from '../dist/format/schema.js'

const require = createRequire(import.meta.url)
const { Ajv2020 } = require('ajv/dist/2020.js')
const standaloneCode = require('ajv/dist/standalone/index.js').default

const out = new URL('../dist/format/validators/', import.meta.url)
mkdirSync(out, { recursive: true })
for (const [name, schema] of Object.entries(PRECOMPILED)) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } })
  const code = standaloneCode(ajv, ajv.compile(schema))
  writeFileSync(
    new URL(`${name}.cjs`, out),
    `${code}\nmodule.exports.schemaDigest = ${JSON.stringify(schemaDigest(schema))};\n`,
  )
}

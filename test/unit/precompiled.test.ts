import { isAscii } from 'node:buffer'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { ajvFor, ASCII_VARIANT, SCHEMA_NAMES, schemaDigest, schemaFor } from '../../src/format/schema.js'
import { PROJECT } from '../helpers/shared.js'

// `npm run build` compiles the schemas ahead of time; the CLI and its workers use those modules.
// They must say exactly what compiling at run time says, for valid and invalid files alike.
const built = `${PROJECT}dist/format/validators/`
const require = createRequire(import.meta.url)

describe.runIf(existsSync(built) || process.env.CI === 'true')('precompiled schema validators', () => {
  it('exist for every schema, record its digest, and report the same errors as compiling', () => {
    const corpus = readdirSync(`${PROJECT}test/corpus`).filter((f) => /\.(ya?ml|json)$/.test(f))
    const fixtures = readdirSync(`${PROJECT}fixtures/small`).map((f) => `${PROJECT}fixtures/small/${f}`)
    const values = [...corpus.map((f) => `${PROJECT}test/corpus/${f}`), ...fixtures].flatMap((path) => {
      try {
        return [parse(readFileSync(path, 'utf8')) as unknown]
      } catch {
        return []
      }
    })
    // Lengths counted in characters, not UTF-16 units: "💥" is one character, two units.
    values.push({ tmi_sync: 1, key: 'k', name: '💥'.repeat(256) })
    expect(values.length).toBeGreaterThan(40)
    for (const name of SCHEMA_NAMES) {
      const schema = schemaFor(name)
      const ahead = require(`${built}${name}.cjs`) as ValidateFunction & { schemaDigest: string }
      expect(ahead.schemaDigest).toBe(schemaDigest(schema))
      // Compiled as the CLI compiles a schema it has no built validator for.
      const now = ajvFor(name).compile(schema)
      for (const value of values) {
        expect([ahead(value), ahead.errors ?? null]).toEqual([now(value), now.errors ?? null])
      }
      // The ASCII variant is used only for documents whose strings are all ASCII: there, it agrees.
      const ascii = require(`${built}${name}${ASCII_VARIANT}.cjs`) as typeof ahead
      expect(ascii.schemaDigest).toBe(schemaDigest(schema))
      for (const value of values.filter((v) => isAscii(Buffer.from(JSON.stringify(v))))) {
        expect([ascii(value), ascii.errors ?? null]).toEqual([now(value), now.errors ?? null])
      }
    }
  })
})

import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { requireWithCodeCache } from '../common/code-cache.js'
import { diagnostic, type Diagnostic } from '../common/diagnostic.js'
import { fromPointer, toPointer, type DocPath } from '../common/pointer.js'
import type { ParsedDocument } from './document.js'
import { NORMALISED_KEYS, normaliseEnum } from './enum-normaliser.js'

const require = createRequire(import.meta.url)

/**
 * The JSON Schemas in `schemas/`, by the name of their validator module. Each is read when first
 * needed: `validate` of one native file needs one of the seven, and every start-up pays for what it
 * reads.
 */
const SCHEMA_FILES = {
  /** The published JSON Schema of the native format. */
  'threat-model': 'threat-model.schema.json',
  /** The part of a Threat Dragon v2 file that tmi-sync reads. */
  'threat-dragon-input': 'threat-dragon-v2-input.schema.json',
  /** The saved-plan format. */
  plan: 'plan.schema.json',
  /** The user data of an invocation of the tmi-sync addon. */
  'addon-invocation': 'addon-invocation.schema.json',
  /** `tmi-sync serve --config FILE`. */
  'serve-config': 'serve-config.schema.json',
  /** `tmi-sync sync --config FILE`. */
  'sync-config': 'sync-config.schema.json',
  /**
   * Open Threat Model, as IriusRisk publishes it (github.com/iriusrisk/OpenThreatModel,
   * otm_schema.json at a86e9fd, Apache-2.0 by its own `$comment`): copied unchanged, never edited here.
   */
  otm: 'otm-0.2.0.schema.json',
} as const

/** The schemas `npm run build` compiles ahead of time, by the name of their module. */
export type SchemaName = keyof typeof SCHEMA_FILES
export const SCHEMA_NAMES = Object.keys(SCHEMA_FILES) as SchemaName[]

const loadedSchemas = new Map<SchemaName, Record<string, unknown>>()
/** A schema of `schemas/`, parsed once. */
export function schemaFor(name: SchemaName): Record<string, unknown> {
  let schema = loadedSchemas.get(name)
  if (!schema) {
    schema = require(`../../schemas/${SCHEMA_FILES[name]}`) as Record<string, unknown>
    loadedSchemas.set(name, schema)
  }
  return schema
}

export type SchemaValidator = (doc: ParsedDocument) => Diagnostic[]

/** How every schema is compiled (`ajvFor`): at run time, and by `npm run build`. */
const AJV_OPTIONS = { allErrors: true, allowUnionTypes: true, verbose: true, strict: true } as const

/**
 * A schema of another project's, compiled as its author wrote it: OTM is draft-07, and its `parent`
 * names required properties inside `oneOf` branches, which Ajv's strict mode refuses.
 */
const FOREIGN_SCHEMAS: Partial<Record<SchemaName, { draft07: true; strict: false }>> = {
  otm: { draft07: true, strict: false },
}

/** What a precompiled module records of its schema, to be used only with that very schema. */
export function schemaDigest(schema: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex')
}

/**
 * The suffix of the validators built for documents whose strings are all ASCII (`plainStrings`):
 * they take a string's length as its `.length`, without counting characters one by one.
 */
export const ASCII_VARIANT = '-ascii'

/**
 * The validator `npm run build` generated for a schema (`validators/NAME.cjs` beside this module:
 * dist/format/, or a bundle's folder): compiling takes a worker 80–150 ms, loading 3 ms, or less
 * from the code cache the CLI's bundle has. Absent (tests run from sources) or made from another
 * version of the schema, it is compiled instead.
 */
function precompiled(name: SchemaName, suffix = ''): ValidateFunction | undefined {
  try {
    const file = fileURLToPath(new URL(`./validators/${name}${suffix}.cjs`, import.meta.url))
    const v = requireWithCodeCache(file) as ValidateFunction & { schemaDigest?: string }
    return v.schemaDigest === schemaDigest(schemaFor(name)) ? v : undefined
  } catch {
    return undefined
  }
}

/**
 * The Ajv a schema is compiled with, configured once for every place that compiles it: here (a
 * validator not built ahead), `npm run build` (scripts/build-validators.js, with its own options)
 * and the test that checks the build. Ajv loads only when called: 40 ms a thread.
 */
export function ajvFor(name: SchemaName, options: Record<string, unknown> = {}): Ajv2020 {
  const foreign = FOREIGN_SCHEMAS[name]
  if (foreign) {
    // Draft-07 Ajv and Ajv2020 share their core class and everything a caller uses of it.
    const { default: Ajv } = require('ajv') as { default: new (o: object) => Ajv2020 }
    return new Ajv({ ...AJV_OPTIONS, ...options, strict: foreign.strict })
  }
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 }
  return new Ajv({ ...AJV_OPTIONS, ...options })
}

/** Compiled here only when a validator was not built ahead (tests from sources). */
function compile(name: SchemaName): ValidateFunction {
  return ajvFor(name).compile(schemaFor(name))
}

/**
 * Compiles a schema once (milliseconds) into a validator (microseconds a file) whose errors are
 * diagnostics located at the offending value, with rule ids `<rulePrefix>.<keyword>`.
 */
export function createSchemaValidator(name: SchemaName, rulePrefix: string): SchemaValidator {
  let general: ValidateFunction | undefined
  let ascii: ValidateFunction | undefined
  const generalValidator = () => (general ??= precompiled(name) ?? compile(name))
  return (doc) => {
    // Without a built ASCII variant, the general validator is just as right, only slower.
    const validate = doc.plainStrings
      ? (ascii ??= precompiled(name, ASCII_VARIANT) ?? generalValidator())
      : generalValidator()
    if (validate(doc.value)) return []
    return toDiagnostics(doc, validate.errors ?? [], rulePrefix)
  }
}

/** Validates a native document against the published schema. */
export const validateSchema: SchemaValidator = createSchemaValidator('threat-model', 'schema')
/** A saved plan, before anything is applied from it. */
export const validatePlanDocument: SchemaValidator = createSchemaValidator('plan', 'plan')
/** An addon invocation's user data, before the service acts on it. */
export const validateInvocation: SchemaValidator = createSchemaValidator('addon-invocation', 'invocation')
/** The addon service's configuration file. */
export const validateServeConfig: SchemaValidator = createSchemaValidator('serve-config', 'config')
/** The scheduled sync's configuration file. */
export const validateSyncConfig: SchemaValidator = createSchemaValidator('sync-config', 'config')
/** An Open Threat Model file, against OTM's own published schema. */
export const validateOtm: SchemaValidator = createSchemaValidator('otm', 'otm.schema')

function toDiagnostics(doc: ParsedDocument, errors: ErrorObject[], rulePrefix: string): Diagnostic[] {
  // A failed oneOf/anyOf also reports every branch's errors; keep only the summary.
  const alternatives = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .map((e) => e.instancePath)
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      !(
        /\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath) && alternatives.some((p) => e.instancePath.startsWith(p))
      ),
  )
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const e of kept) {
    const path = fromPointer(e.instancePath)
    const { at, message, pointer } = describe(doc, e, path)
    const id = `${pointer}|${e.keyword}|${message}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push(diagnostic(doc.file, at, 'error', `${rulePrefix}.${e.keyword}`, message, pointer))
  }
  return out
}

function describe(doc: ParsedDocument, e: ErrorObject, path: DocPath) {
  const field = fieldName(path)
  const params = e.params as Record<string, unknown>
  const pointer = toPointer(path)
  const parent = e.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined
  switch (e.keyword) {
    case 'required':
      return {
        at: doc.locate(path),
        pointer,
        message: `${field ? `${field}: ` : ''}missing required field "${String(params.missingProperty)}"`,
      }
    case 'additionalProperties': {
      const name = String(params.additionalProperty)
      const hint = closest(name, Object.keys(parent?.properties ?? {}))
      return {
        at: doc.locateKey([...path, name]),
        pointer: toPointer([...path, name]),
        message: `unknown field "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}${field ? ` in ${field}` : ''}`,
      }
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null)
      const value = e.data
      const normalised = typeof value === 'string' ? normaliseEnum(value) : undefined
      const key = path[path.length - 1]
      const hint =
        normalised === undefined || !allowed.includes(normalised)
          ? ''
          : NORMALISED_KEYS.has(String(key))
            ? `; TMI's normaliser would store "${normalised}", so write that`
            : `; TMI does not normalise "${String(key)}", so write "${normalised}"`
      return {
        at: doc.locate(path),
        pointer,
        message: `${field}: ${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${hint}`,
      }
    }
    case 'const':
      return {
        at: doc.locate(path),
        pointer,
        message: `${field}: must be ${JSON.stringify(params.allowedValue)}`,
      }
    case 'maxLength':
      return {
        at: doc.locate(path),
        pointer,
        message: `${field}: ${String((e.data as string).length)} characters, over TMI's limit of ${String(params.limit)}; the server will reject it`,
      }
    case 'pattern':
      return {
        at: doc.locate(path),
        pointer,
        message: `${field}: ${JSON.stringify(e.data)} is not valid${parent?.description ? ` (${parent.description})` : ` (must match ${String(params.pattern)})`}`,
      }
    case 'false schema':
      // `if … then: {properties: {x: false}}`: a field that does not go with the others given.
      return { at: doc.locate(path), pointer, message: `${field}: not allowed here` }
    case 'not':
      return {
        at: doc.locate(path),
        pointer,
        message: `${field}: ${parent?.description ?? 'not allowed here'}`,
      }
    case 'uniqueItems': {
      // Point at the repeat, not at the first occurrence.
      const [first, again] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [number, number]
      return {
        at: doc.locate([...path, again]),
        pointer: toPointer([...path, again]),
        message: `${field}: item ${again} repeats item ${first}; TMI requires unique items`,
      }
    }
    default:
      return { at: doc.locate(path), pointer, message: `${field || 'file'}: ${e.message ?? 'is invalid'}` }
  }
}

/** `threats[3].name` style name for a path, as users read it. */
export function fieldName(path: DocPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

/** The allowed name closest to a misspelt one, when it is close enough to be a likely typo. */
function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = cur
  }
  return prev[b.length] as number
}

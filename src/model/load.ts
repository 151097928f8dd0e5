import { diagnostic, hasErrors, type Diagnostic, type Position } from '../common/diagnostic.js'
import { toPointer, type DocPath } from '../common/pointer.js'
import type { ParsedDocument } from '../format/document.js'
import type { ThreatModelFile } from '../format/native.js'
import { parseText, syntaxOf } from '../format/parse.js'
import { readOtm } from '../format/otm/read.js'
import { createSchemaValidator, validateOtm, validateSchema } from '../format/schema.js'
import { decodeSource, DEFAULT_MAX_BYTES, type SourceFile } from '../format/source.js'
import { detectJsonModel } from '../format/threat-dragon/detect.js'
import { readThreatDragon, type ThreatDragonReadResult } from '../format/threat-dragon/read.js'
import type { Finding } from './finding.js'
import { checkReferences } from './references.js'
import { checkTmiRules } from './tmi-rules.js'

export type ModelFormat = 'native' | 'threat-dragon' | 'otm'

export interface LoadOptions {
  maxBytes?: number
  /** Keep a digest of each file's bytes (a plan needs it, to see a file change before apply). */
  digest?: boolean
}

/** One file, loaded: its model when it has no errors, and every diagnostic about it. */
export interface LoadedFile {
  file: string
  format?: ModelFormat
  /** The model in the native format (Threat Dragon files are mapped); absent when there are errors. */
  model?: ThreatModelFile
  /** The model's key, present exactly when `model` is: cross-file checks need only this. */
  key?: string
  diagnostics: Diagnostic[]
  /** Where the model's key is written, for cross-file checks; lazy, as locating builds a syntax tree. */
  locateKey?: () => Position
  /** Threat Dragon files only: the mapping as a native document, and its lossy points. */
  threatDragon?: ThreatDragonReadResult
  /** SHA-256 of the bytes the model was read from (local files). */
  digest?: string
  /**
   * A plan's view of the model (`ModelsWanted` 'desired'): its name, and its desired model as text
   * (`desiredToText`), made where the file was loaded and parsed only when the plan reaches it.
   * The text waits in the desired-model cache on disk, or else in memory, a fraction of the
   * objects' size: ten thousand files' models wait their turn without being held whole.
   */
  desired?: {
    name: string
    text: () => string
    /** Its cache entry (`entryId`), which identifies it exactly: what a plan of it is remembered by. */
    id?: string
  }
}

/**
 * What a loader gives back of each valid file: only its key (validation needs diagnostics and
 * keys), the model as written, or the desired model a plan diffs (`LoadedFile.desired`).
 */
export type ModelsWanted = 'keys' | 'file' | 'desired'

const NATIVE_FILE = /\.tm\.(ya?ml|json)$/i
const OTM_FILE = /\.otm\.(ya?ml|json)$/i
const validateThreatDragonInput = createSchemaValidator('threat-dragon-input', 'td.schema')

/**
 * The whole validation of one file, before any network call: hostile-input limits, syntax, format
 * detection, schema, references and TMI's content rules. Pure: bytes in, diagnostics out.
 */
export function loadModelFile(source: SourceFile, options: LoadOptions = {}): LoadedFile {
  const loaded = loadFrom(source, options)
  if (source.digest) loaded.digest = source.digest
  return loaded
}

function loadFrom(source: SourceFile, options: LoadOptions): LoadedFile {
  const file = source.path
  const decoded = decodeSource(source, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES })
  if (!decoded.ok) return { file, diagnostics: decoded.diagnostics }
  const parsed = parseText(file, decoded.text, syntaxOf(file), decoded.ascii)
  if (!parsed.ok) return { file, diagnostics: parsed.diagnostics }
  const doc = parsed.document

  const kind = NATIVE_FILE.test(file)
    ? { kind: 'native' as const }
    : OTM_FILE.test(file)
      ? { kind: 'otm' as const }
      : detectJsonModel(doc.value)
  switch (kind.kind) {
    case 'native':
      return withKey({ file, format: 'native', locateKey: () => doc.locate(['key']), ...checkNative(doc) })
    case 'threat-dragon-v2':
      return withKey(loadThreatDragon(doc))
    case 'otm':
      return withKey(loadOtm(doc))
    case 'threat-dragon-v1':
      return fail(
        file,
        doc,
        'format.td-v1',
        'this is a Threat Dragon 1.x model: open it in Threat Dragon 2 and save it, then tmi-sync can read it',
      )
    case 'tmi-sync-plan':
      return fail(
        file,
        doc,
        'format.plan',
        'this is a plan saved by tmi-sync plan, not a threat model: apply it with "tmi-sync apply FILE"',
      )
    case 'other-format':
      return fail(
        file,
        doc,
        'format.unsupported',
        `${kind.detail ?? 'this format'} is not supported; import it into Threat Dragon 2 first`,
      )
    default:
      return fail(
        file,
        doc,
        'format.unknown',
        'not a threat model: expected a tmi-sync model (with "tmi_sync: 1"), a Threat Dragon v2 model or an Open Threat Model (with "otmVersion")',
      )
  }
}

function withKey(loaded: LoadedFile): LoadedFile {
  if (loaded.model) loaded.key = loaded.model.key
  return loaded
}

function fail(file: string, doc: ParsedDocument, rule: string, message: string): LoadedFile {
  return { file, diagnostics: [diagnostic(file, doc.locate([]), 'error', rule, message)] }
}

/** Schema first; references and TMI rules only on a structurally valid model. */
function checkNative(doc: ParsedDocument): { model?: ThreatModelFile; diagnostics: Diagnostic[] } {
  const schemaErrors = validateSchema(doc)
  if (schemaErrors.length > 0) return { diagnostics: schemaErrors }
  const model = doc.value as ThreatModelFile
  const diagnostics = locateFindings(doc, [
    ...checkReferences(model),
    ...checkTmiRules(model, { plainStrings: doc.plainStrings === true }),
  ])
  return hasErrors(diagnostics) ? { diagnostics } : { model, diagnostics }
}

function loadThreatDragon(tdDoc: ParsedDocument): LoadedFile {
  const file = tdDoc.file
  const structural = validateThreatDragonInput(tdDoc)
  if (structural.length > 0) return { file, format: 'threat-dragon', diagnostics: structural }
  const read = readThreatDragon(tdDoc.value as Record<string, unknown>, file)
  const mapped = throughOrigins(tdDoc, read.model, read.origins)
  const checked = checkNative(mapped)
  const lossy = read.lossy.map((l) =>
    diagnostic(file, tdDoc.locate(l.path), l.severity ?? 'info', l.rule, l.message, toPointer(l.path)),
  )
  const result: LoadedFile = {
    file,
    format: 'threat-dragon',
    diagnostics: [...checked.diagnostics, ...lossy],
    locateKey: () => tdDoc.locate(['tmi_sync_key']),
    threatDragon: read,
  }
  if (checked.model) result.model = checked.model
  return result
}

/**
 * An Open Threat Model file: OTM's own schema, then its references (an error stops it there), then
 * the mapped model checked as a native one; its lossy points are `info`, located in the OTM file.
 */
function loadOtm(otmDoc: ParsedDocument): LoadedFile {
  const file = otmDoc.file
  const structural = validateOtm(otmDoc)
  if (structural.length > 0) return { file, format: 'otm', diagnostics: structural }
  const read = readOtm(otmDoc.value as Record<string, unknown>)
  const located = (path: DocPath, severity: 'error' | 'info' | 'warning', rule: string, message: string) =>
    diagnostic(file, otmDoc.locate(path), severity, rule, message, toPointer(path))
  const lossy = read.lossy.map((l) => located(l.path, l.severity ?? 'info', l.rule, l.message))
  if (read.errors.length > 0)
    return {
      file,
      format: 'otm',
      diagnostics: read.errors.map((e) => located(e.path, 'error', e.rule, e.message)),
    }
  const checked = checkNative(throughOrigins(otmDoc, read.model, read.origins))
  const result: LoadedFile = {
    file,
    format: 'otm',
    diagnostics: [...checked.diagnostics, ...lossy],
    locateKey: () => otmDoc.locate(['project', 'id']),
  }
  if (checked.model) result.model = checked.model
  return result
}

/** The mapped native document, located through the origin map into the Threat Dragon file. */
function throughOrigins(
  tdDoc: ParsedDocument,
  value: ThreatModelFile,
  origins: Map<string, DocPath>,
): ParsedDocument {
  const toTd = (path: DocPath): DocPath => {
    for (let n = path.length; n >= 0; n--) {
      const hit = origins.get(toPointer(path.slice(0, n)))
      if (hit) return hit
    }
    return []
  }
  return {
    file: tdDoc.file,
    syntax: tdDoc.syntax,
    value,
    locate: (path) => tdDoc.locate(toTd(path)),
    locateKey: (path) => tdDoc.locateKey(toTd(path)),
  }
}

export function locateFindings(doc: ParsedDocument, findings: Finding[]): Diagnostic[] {
  return findings.map((f) =>
    diagnostic(
      doc.file,
      f.atKey ? doc.locateKey(f.path) : doc.locate(f.path),
      f.severity,
      f.rule,
      f.message,
      toPointer(f.path),
    ),
  )
}

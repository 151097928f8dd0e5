// engine/validate: the first use case, and the ground floor of the others. Files found (or named)
// are read, parsed with positions, checked against the schemas, their references and TMI's content
// rules; many at once go to worker threads (load-pool.ts, each running load-worker.ts). Every use
// case that reads model files starts here; nothing is sent to TMI for a file with an error.
import { diagnostic, hasErrors, type Diagnostic } from '../../common/diagnostic.js'
import { loadModelFile, type LoadedFile, type LoadOptions, type ModelsWanted } from '../../model/load.js'
import {
  discoverFiles,
  lookedFor,
  readSourceFileSync,
  type DiscoverOptions,
  type FoundFile,
} from '../../providers/filesystem.js'
import { openRepository, readModelFiles } from '../../providers/open.js'
import { parseSource, repositoryId, type SourceSpec } from '../../providers/source.js'
import type * as DesiredCacheModule from './desired-cache.js'
import { loadInWorkers, POOL_THRESHOLD, workersAvailable } from './load-pool.js'

export interface ValidateOptions extends DiscoverOptions {
  maxBytes?: number
  cwd?: string
  /** The source name of local files (`--source`); a repository source is named after the repository. */
  source?: string
  /** Where host credentials come from (GITHUB_TOKEN, …). */
  env?: Record<string, string | undefined>
  /** Keep a digest of each local file (plan and apply check files did not change before writing). */
  digest?: boolean
  /**
   * What the caller needs of each model: 'keys' (only diagnostics and keys, cheaper), the model as
   * written ('file', the default), or 'desired' (a plan). Files loaded in this thread always keep
   * their model; workers send back only what is asked.
   */
  models?: ModelsWanted
  /** The commit a repository source's ref was just resolved to (a scheduled run): not asked again. */
  commit?: string
}

export interface ValidatedFile extends LoadedFile {
  /** Found while walking a directory, but not a model format we read (e.g. OTM next to TD files). */
  skipped?: string
  /** Which set of files it belongs to: model keys are unique, and identify models, within one. */
  source: string
  /** Local files: where it is on disk, to check it did not change before its plan is applied. */
  absolute?: string
  /**
   * Named on its own (a file path, or a repository glob without wildcards) rather than found in a
   * set: a plan of named files covers only them, so it reports no other model as orphaned.
   */
  named?: boolean
  /** A repository's file: its path there and its git blob id (what a scheduled sync records). */
  at?: { path: string; blob: string }
}

export interface ValidateReport {
  files: ValidatedFile[]
  /** .json files a directory walk passed over (not in Threat Dragon's layout, not `.tm.json`). */
  notTaken: string[]
  summary: {
    files: number
    valid: number
    invalid: number
    skipped: number
    errors: number
    warnings: number
    infos: number
  }
}

/** Rules that, for a file found by walking a directory (not named by the user), mean "not ours". */
const NOT_A_MODEL = new Set(['format.unknown', 'format.unsupported', 'format.plan'])

/**
 * Validates every model file under the given sources (local paths, or repositories such as
 * `github:OWNER/REPO@REF:GLOB`), each file on its own and then across the files of each source.
 */
export async function validatePaths(paths: string[], options: ValidateOptions = {}): Promise<ValidateReport> {
  const specs = paths.map(parseSource)
  const local = specs.flatMap((s) => (s.kind === 'local' ? [s.path] : []))
  const files: ValidatedFile[] = []
  const notTaken: string[] = []
  if (local.length > 0 || specs.length === 0) files.push(...(await validateLocal(local, options, notTaken)))
  for (const spec of specs)
    if (spec.kind !== 'local') files.push(...(await validateRepository(spec, options)))
  checkAcrossFiles(files)
  return { files, notTaken, summary: summarise(files) }
}

/** Why nothing was found, and what was passed over: never a silent "0 files". */
export function nothingFound(paths: string[], report: ValidateReport, options: ValidateOptions = {}): string {
  const parts = [
    `no threat-model files in ${paths.length > 0 ? paths.join(', ') : '.'}: looked for ${lookedFor(options)}`,
  ]
  if (report.summary.skipped > 0)
    parts.push(`${report.summary.skipped} JSON file(s) there are another format (OTM, CycloneDX …)`)
  const n = report.notTaken.length
  if (n > 0)
    parts.push(
      `${n} other .json file${n === 1 ? ' was' : 's were'} not taken (${report.notTaken.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}): Threat Dragon saves each model as ThreatDragonModels/<title>/<title>.json, so move them there, or pass --include '**/*.json'`,
    )
  return parts.join('; ')
}

async function validateLocal(
  paths: string[],
  options: ValidateOptions,
  notTaken: string[],
): Promise<ValidatedFile[]> {
  const cwd = options.cwd ?? process.cwd()
  const source = options.source ?? 'default'
  const found = await discoverFiles(paths, options, cwd, notTaken)
  const loadOptions = {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.digest ? { digest: true } : {}),
  }
  const models = options.models ?? 'file'
  // A plan's files (loaded only for one): those whose desired model is cached are not loaded again.
  const planning: typeof DesiredCacheModule | undefined =
    models === 'desired' ? await import('./desired-cache.js') : undefined
  const cache = planning && options.digest ? planning.desiredCache(options.env ?? process.env) : undefined
  const loaded = new Array<LoadedFile | undefined>(found.length)
  if (planning && cache) {
    planning.trim(cache)
    for (const [i, f] of found.entries()) loaded[i] = planning.lookUp(cache, f, loadOptions)
  }
  const missed = found.flatMap((f, i) => (loaded[i] ? [] : [i]))
  const missing = missed.map((i) => found[i] as FoundFile)
  const fresh =
    missing.length >= POOL_THRESHOLD && workersAvailable()
      ? await loadInWorkers(missing, loadOptions, { models, ...(cache ? { cache } : {}) })
      : loadHere(missing, loadOptions, planning && ((file) => planning.withDesired(file, loadOptions, cache)))
  for (const [j, i] of missed.entries()) loaded[i] = fresh[j]
  return loaded.map((file, i) => {
    const validated = withSource(file as LoadedFile, source, found[i]?.explicit === true)
    if (found[i]) validated.absolute = found[i].absolute
    if (found[i]?.explicit) validated.named = true
    return validated
  })
}

/**
 * The model files of a repository at a ref: one listing of the whole tree, the globs applied,
 * then one read of the matching files. Paths are shown as a source spec naming the file.
 */
async function validateRepository(
  spec: Extract<SourceSpec, { repo: string }>,
  options: ValidateOptions,
): Promise<ValidatedFile[]> {
  const { repository, close } = await openRepository(spec, options.env)
  try {
    const ref = spec.ref ?? (await repository.info()).defaultBranch
    const commit = options.commit ?? (await repository.resolve(ref))
    const files = await readModelFiles(repository, commit, spec, options)
    const loadOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }
    const named = spec.glob !== undefined && !/[*?[{]/.test(spec.glob)
    return files.map((f) => {
      const validated = withSource(
        loadModelFile({ path: `${repositoryId(spec)}@${ref}:${f.path}`, bytes: f.bytes }, loadOptions),
        repositoryId(spec),
        false,
      )
      if (named) validated.named = true
      validated.at = { path: f.path, blob: f.blob }
      return validated
    })
  } finally {
    await close()
  }
}

/** A file found by walking (not named) that is not a model format we read is skipped, not an error. */
function withSource(loaded: LoadedFile, source: string, explicit: boolean): ValidatedFile {
  const file: ValidatedFile = Object.assign(loaded, { source })
  const only = file.diagnostics[0]
  if (!explicit && file.diagnostics.length === 1 && only && NOT_A_MODEL.has(only.rule)) {
    file.skipped = only.message
    file.diagnostics = []
  }
  return file
}

/**
 * In-process loading, below the worker threshold. Reads are synchronous (each is checked for a
 * file that changes while read), so there is nothing to overlap: one file after the other. A
 * plan's files also get their desired model (`then`); their model stays too, for callers that read it.
 */
function loadHere(
  found: FoundFile[],
  options: LoadOptions,
  then?: (loaded: LoadedFile) => void,
): LoadedFile[] {
  return found.map((f) => {
    const loaded = loadModelFile(readSourceFileSync(f, options.maxBytes, options.digest === true), options)
    then?.(loaded)
    return loaded
  })
}

/** Two files of one source claiming one model key would fight over one TMI threat model. */
export function checkAcrossFiles(files: ValidatedFile[]): void {
  const owners = new Map<string, ValidatedFile>()
  for (const f of files) {
    if (f.key === undefined) continue
    const first = owners.get(`${f.source}\0${f.key}`)
    if (!first) {
      owners.set(`${f.source}\0${f.key}`, f)
      continue
    }
    f.diagnostics.push(
      diagnostic(
        f.file,
        f.locateKey?.() ?? { line: 1, col: 1 },
        'error',
        'ref.duplicate-model-key',
        `model key "${f.key}" is already used by ${first.file}; each file must have its own key`,
        '/key',
      ),
    )
    delete f.model
    delete f.desired
    delete f.key
  }
}

/** A report of files loaded one by one (`watch`), as validatePaths makes it. */
export function reportOf(files: ValidatedFile[]): ValidateReport {
  return { files, notTaken: [], summary: summarise(files) }
}

function summarise(files: ValidatedFile[]): ValidateReport['summary'] {
  const all: Diagnostic[] = files.flatMap((f) => f.diagnostics)
  const considered = files.filter((f) => !f.skipped)
  return {
    files: considered.length,
    valid: considered.filter((f) => !hasErrors(f.diagnostics)).length,
    invalid: considered.filter((f) => hasErrors(f.diagnostics)).length,
    skipped: files.length - considered.length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length,
  }
}

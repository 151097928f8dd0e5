import { diagnostic, hasErrors, type Diagnostic } from '../common/diagnostic.js'
import { loadModelFile, type LoadedFile, type LoadOptions } from '../model/load.js'
import {
  discoverFiles,
  readSourceFile,
  type DiscoverOptions,
  type FoundFile,
} from '../providers/filesystem.js'
import { loadInWorkers, POOL_THRESHOLD, workersAvailable } from './load-pool.js'

export interface ValidateOptions extends DiscoverOptions {
  maxBytes?: number
  cwd?: string
}

export interface ValidatedFile extends LoadedFile {
  /** Found while walking a directory, but not a model format we read (e.g. OTM next to TD files). */
  skipped?: string
}

export interface ValidateReport {
  files: ValidatedFile[]
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
const NOT_A_MODEL = new Set(['format.unknown', 'format.unsupported'])
const READ_CONCURRENCY = 16

/** Validates every model file under the given paths, each on its own and then across files. */
export async function validatePaths(paths: string[], options: ValidateOptions = {}): Promise<ValidateReport> {
  const cwd = options.cwd ?? process.cwd()
  const found = await discoverFiles(paths, options, cwd)
  const loadOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }
  const files: ValidatedFile[] =
    found.length >= POOL_THRESHOLD && workersAvailable()
      ? await loadInWorkers(found, loadOptions)
      : await loadHere(found, loadOptions)
  found.forEach((f, i) => {
    const loaded = files[i] as ValidatedFile
    const only = loaded.diagnostics[0]
    if (!f.explicit && loaded.diagnostics.length === 1 && only && NOT_A_MODEL.has(only.rule)) {
      loaded.skipped = only.message
      loaded.diagnostics = []
    }
  })
  checkAcrossFiles(files)
  return { files, summary: summarise(files) }
}

/** In-process loading, reading a few files ahead while the CPU parses. */
async function loadHere(found: FoundFile[], options: LoadOptions): Promise<LoadedFile[]> {
  const files = new Array<LoadedFile>(found.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < found.length; i = next++) {
      files[i] = loadModelFile(await readSourceFile(found[i] as FoundFile), options)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, found.length) }, worker))
  return files
}

/** Two files claiming one model key would fight over one TMI threat model. */
export function checkAcrossFiles(files: ValidatedFile[]): void {
  const owners = new Map<string, ValidatedFile>()
  for (const f of files) {
    if (f.key === undefined) continue
    const first = owners.get(f.key)
    if (!first) {
      owners.set(f.key, f)
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
    delete f.key
  }
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

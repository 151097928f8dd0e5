// engine/import: Threat Dragon and Open Threat Model files → native *.tm.yaml (`tmi-sync import`).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { diagnostic, type Diagnostic } from '../../common/diagnostic.js'
import { toNativeYaml } from '../../format/write.js'
import { loadModelFile, type LoadOptions } from '../../model/load.js'
import { discoverFiles, readSourceFileSync } from '../../providers/filesystem.js'

export interface ImportedFile {
  file: string
  /** Where the native file was written; absent when the file could not be imported. */
  output?: string
  diagnostics: Diagnostic[]
}

/** The formats `import` converts, with the files a directory walk takes for each. */
const IMPORTED = {
  'threat-dragon': {
    include: ['**/*.json'],
    name: 'Threat Dragon',
    command: 'import threat-dragon',
    keyField: '"tmi_sync_key"',
  },
  otm: {
    include: ['**/*.otm.{json,yaml,yml}', '**/*.json'],
    name: 'OTM',
    command: 'import otm',
    keyField: 'its project id',
  },
} as const

/**
 * Threat Dragon v2 files → native `.tm.yaml` files in `outDir`, one per model, named by model key.
 * Every lossy point comes back as an `info` diagnostic located in the Threat Dragon file.
 */
export async function importThreatDragon(
  paths: string[],
  outDir: string,
  options: LoadOptions & { cwd?: string; force?: boolean } = {},
): Promise<ImportedFile[]> {
  return importModels('threat-dragon', paths, outDir, options)
}

/** The same for Open Threat Model files (`*.otm.json`, `*.otm.yaml`, or any JSON with `otmVersion`). */
export async function importOtm(
  paths: string[],
  outDir: string,
  options: LoadOptions & { cwd?: string; force?: boolean } = {},
): Promise<ImportedFile[]> {
  return importModels('otm', paths, outDir, options)
}

async function importModels(
  format: keyof typeof IMPORTED,
  paths: string[],
  outDir: string,
  options: LoadOptions & { cwd?: string; force?: boolean },
): Promise<ImportedFile[]> {
  const cwd = options.cwd ?? process.cwd()
  const kind = IMPORTED[format]
  const found = await discoverFiles(paths, { include: [...kind.include] }, cwd)
  const results: ImportedFile[] = []
  const written = new Map<string, string>()
  for (const f of found) {
    const loaded = loadModelFile(readSourceFileSync(f, options.maxBytes), options)
    const result: ImportedFile = { file: f.path, diagnostics: loaded.diagnostics }
    results.push(result)
    if (loaded.format !== format || !loaded.model) {
      if (loaded.format === 'native') {
        result.diagnostics.push(
          diagnostic(
            f.path,
            { line: 1, col: 1 },
            'error',
            'format.already-native',
            'already a tmi-sync model; nothing to import',
          ),
        )
      } else if (loaded.format && loaded.format !== format) {
        result.diagnostics.push(
          diagnostic(
            f.path,
            { line: 1, col: 1 },
            'error',
            'format.other-import',
            `a ${loaded.format === 'otm' ? 'Open Threat Model' : 'Threat Dragon'} file: import it with "tmi-sync import ${loaded.format}"`,
          ),
        )
      }
      continue
    }
    const name = `${loaded.model.key}.tm.yaml`
    const clash = written.get(name)
    if (clash) {
      result.diagnostics.push(
        diagnostic(
          f.path,
          loaded.locateKey?.() ?? { line: 1, col: 1 },
          'error',
          'ref.duplicate-model-key',
          `model key "${loaded.model.key}" was already imported from ${clash}; change ${kind.keyField} in one of them`,
        ),
      )
      continue
    }
    const lossy = loaded.diagnostics.filter((d) => d.severity === 'info').length
    const header = [
      `Imported from ${f.path} by \`tmi-sync ${kind.command}\`.`,
      lossy > 0
        ? `${lossy} ${kind.name} detail(s) could not be carried over exactly; the import listed them.`
        : 'Nothing was lost in the conversion.',
    ].join('\n')
    await mkdir(resolve(cwd, outDir), { recursive: true })
    const output = join(outDir, name)
    const content = toNativeYaml(loaded.model, header)
    // A file already there may have been edited by hand since the last import: never overwritten
    // unless asked (--force); one that holds exactly this import is left as it is.
    const before = await readFile(resolve(cwd, output), 'utf8').catch(() => undefined)
    if (before !== undefined && before !== content && !options.force) {
      result.diagnostics.push(
        diagnostic(
          f.path,
          { line: 1, col: 1 },
          'error',
          'import.would-overwrite',
          `${output} exists and differs from this import (edited since?); it was left as it is: --force replaces it`,
        ),
      )
      continue
    }
    if (before !== content) await writeFile(resolve(cwd, output), content)
    written.set(name, f.path)
    result.output = output
  }
  return results
}

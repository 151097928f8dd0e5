// engine/export: models as Open Threat Model files (`tmi-sync export otm`), from model files
// (native, Threat Dragon or OTM) or from what TMI holds (--from-tmi); what OTM cannot hold is listed.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { diagnostic, type Diagnostic } from '../../common/diagnostic.js'
import { UserError } from '../../common/errors.js'
import type { ThreatModelFile } from '../../format/native.js'
import { toOtm } from '../../format/otm/write.js'
import { KEY_PATTERN } from '../../format/native.js'
import type { TmiClient } from '../../tmi/client.js'
import { modelsInTmi } from '../pull/pull.js'
import { validatePaths, type ValidateOptions } from '../validate/validate.js'

export interface ExportedModel {
  /** Where the model came from: its file, or `tmi:<threat model key>`. */
  from: string
  key: string
  output?: string
  /** What OTM has no place for. */
  lossy: string[]
  diagnostics: Diagnostic[]
}

export interface ExportOptions extends ValidateOptions {
  cwd?: string
  force?: boolean
  /** Export what TMI holds for `source` instead of files. */
  fromTmi?: { client: TmiClient; source: string }
}

/** Each model as `<key>.otm.json` in `outDir`; invalid files export nothing (their errors say why). */
export async function exportOtm(
  paths: string[],
  outDir: string,
  options: ExportOptions,
): Promise<ExportedModel[]> {
  const cwd = options.cwd ?? process.cwd()
  const models: Array<{ from: string; model?: ThreatModelFile; diagnostics: Diagnostic[] }> = []
  if (options.fromTmi) {
    const found = await modelsInTmi(options.fromTmi.client, options.fromTmi.source)
    if (found.length === 0)
      throw new UserError(`TMI holds no model applied from source "${options.fromTmi.source}"`, 1)
    for (const model of found) models.push({ from: `tmi:${model.key}`, model, diagnostics: [] })
  } else {
    const report = await validatePaths(paths, { ...options, cwd })
    if (report.files.length === 0) throw new UserError(`no model files found in ${paths.join(', ')}`, 1)
    for (const f of report.files)
      models.push({
        from: f.file,
        ...(f.model ? { model: f.model } : {}),
        diagnostics: f.diagnostics.filter((d) => d.severity !== 'info'),
      })
  }
  const results: ExportedModel[] = []
  await mkdir(resolve(cwd, outDir), { recursive: true })
  for (const m of models) {
    const result: ExportedModel = {
      from: m.from,
      key: m.model?.key ?? '',
      lossy: [],
      diagnostics: m.diagnostics,
    }
    results.push(result)
    if (!m.model) continue
    // A key TMI holds is data from elsewhere: it becomes a file name only if it is a valid key.
    if (!KEY_PATTERN.test(m.model.key)) {
      result.diagnostics.push(
        diagnostic(
          m.from,
          { line: 1, col: 1 },
          'error',
          'export.key',
          `key ${JSON.stringify(m.model.key)} cannot name a file`,
        ),
      )
      continue
    }
    const { otm, lossy } = toOtm(m.model)
    result.lossy = lossy
    const output = join(outDir, `${m.model.key}.otm.json`)
    const content = JSON.stringify(otm, null, 2) + '\n'
    const before = await readFile(resolve(cwd, output), 'utf8').catch(() => undefined)
    if (before !== undefined && before !== content && !options.force) {
      result.diagnostics.push(
        diagnostic(
          m.from,
          { line: 1, col: 1 },
          'error',
          'export.would-overwrite',
          `${output} exists and differs from this export (edited since?); it was left as it is: --force replaces it`,
        ),
      )
      continue
    }
    if (before !== content) await writeFile(resolve(cwd, output), content)
    result.output = output
  }
  return results
}

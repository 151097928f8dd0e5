import { Option, type Command } from 'commander'
import { colours, formatDiagnostic, formatGithub, plural } from '../output.js'
import { parseSize, type GlobalOptions } from '../options.js'

interface ValidateFlags {
  format: 'text' | 'json' | 'github'
  strict?: boolean
  include?: string[]
  exclude?: string[]
  maxFileSize?: string
}

export function registerValidate(program: Command, global: () => GlobalOptions): void {
  program
    .command('validate')
    .description(
      'check threat-model files: schema, references and TMI content rules, with file:line:col errors',
    )
    .argument('[sources...]', 'files, directories or repositories (git:URL@REF:GLOB …); default: .')
    .addOption(
      new Option('--format <format>', 'output: text, json or github (workflow annotations)')
        .choices(['text', 'json', 'github'])
        .default('text'),
    )
    .option('--strict', 'treat warnings as errors')
    .option(
      '--include <glob...>',
      'globs of files to take when walking directories (default: **/*.tm.{yaml,yml,json} and **/ThreatDragonModels/**/*.json)',
    )
    .option('--exclude <glob...>', 'globs of files to leave out')
    .option('--max-file-size <size>', 'refuse files larger than this (e.g. 5MB, 512KB)', '5MB')
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync validate                            # every model under the current directory
  $ tmi-sync validate models/payments.tm.yaml
  $ tmi-sync validate . --format github --strict # annotations in a GitHub workflow

Exit codes: 0 valid (warnings allowed unless --strict), 1 invalid, 2 usage error.`,
    )
    .action(async (paths: string[], flags: ValidateFlags) => {
      const { verbose, quiet } = global()
      // Loaded when the command runs: every command pays only for what it uses (start-up).
      const { nothingFound, validatePaths } = await import('../../engine/validate/validate.js')
      const report = await validatePaths(paths, {
        maxBytes: parseSize(flags.maxFileSize ?? '5MB'),
        models: 'keys',
        ...(flags.include ? { include: flags.include } : {}),
        ...(flags.exclude ? { exclude: flags.exclude } : {}),
      })
      const failed =
        report.summary.invalid > 0 ||
        (flags.strict === true && report.summary.warnings > 0) ||
        report.summary.files === 0
      const shown = (severity: string) => severity !== 'info' || verbose
      if (flags.format === 'json') {
        process.stdout.write(
          JSON.stringify(
            {
              version: 1,
              valid: !failed,
              summary: report.summary,
              files: report.files.map((f) => ({
                file: f.file,
                format: f.format ?? null,
                valid: !f.diagnostics.some((d) => d.severity === 'error'),
                ...(f.skipped ? { skipped: f.skipped } : {}),
                diagnostics: f.diagnostics,
              })),
            },
            null,
            2,
          ) + '\n',
        )
      } else {
        const c = colours()
        const all = report.files.flatMap((f) => f.diagnostics).filter((d) => shown(d.severity))
        for (const d of all)
          process.stdout.write((flags.format === 'github' ? formatGithub(d) : formatDiagnostic(d, c)) + '\n')
        if (!quiet || failed) {
          const s = report.summary
          const line =
            s.files === 0
              ? c.red(nothingFound(paths, report, flags))
              : failed
                ? c.red(
                    `✖ ${s.invalid} of ${plural(s.files, 'file')} invalid: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
                  )
                : c.green(`✔ ${plural(s.files, 'file')} valid`) +
                  (s.warnings > 0 ? `, ${plural(s.warnings, 'warning')}` : '')
          const notes =
            s.infos > 0 && !verbose
              ? c.dim(` (${plural(s.infos, 'conversion note')}; --verbose shows them)`)
              : ''
          const skipped = s.skipped > 0 && s.files > 0 ? c.dim(` (${s.skipped} other JSON skipped)`) : ''
          process.stderr.write(line + notes + skipped + '\n')
        }
      }
      process.exitCode = failed ? 1 : 0
    })
}

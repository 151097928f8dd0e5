import type { Command } from 'commander'
import type { Diagnostic } from '../../common/diagnostic.js'
import { colours, formatDiagnostic, plural } from '../output.js'
import { checkOutputFolder, type GlobalOptions } from '../options.js'

export function registerImport(program: Command, global: () => GlobalOptions): void {
  const imp = program.command('import').description('convert models from other tools into tmi-sync files')
  imp
    .command('threat-dragon')
    .description('convert OWASP Threat Dragon v2 models into .tm.yaml files, listing every lossy point')
    .argument('<files...>', 'Threat Dragon .json files (or directories holding them)')
    .requiredOption('--out <dir>', 'directory to write the .tm.yaml files to')
    .option('--force', 'replace .tm.yaml files that differ from what this import writes (edited by hand?)')
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync import threat-dragon ThreatDragonModels/ --out models/
  $ tmi-sync import threat-dragon "ThreatDragonModels/Demo Threat Model/Demo Threat Model.json" --out models/

Exit codes: 0 all imported, 1 some file could not be imported, 2 usage error.`,
    )
    .action(async (files: string[], flags: { out: string; force?: boolean }) => {
      checkOutputFolder('--out', flags.out)
      const { importThreatDragon } = await import('../../engine/import/import.js')
      report(
        await importThreatDragon(files, flags.out, { force: flags.force === true }),
        global,
        'no .json files found',
      )
    })
  imp
    .command('otm')
    .description('convert Open Threat Model (OTM) files into .tm.yaml files, listing every lossy point')
    .argument(
      '<files...>',
      'OTM files (*.otm.json, *.otm.yaml, or JSON with "otmVersion"), or directories holding them',
    )
    .requiredOption('--out <dir>', 'directory to write the .tm.yaml files to')
    .option('--force', 'replace .tm.yaml files that differ from what this import writes (edited by hand?)')
    .addHelpText(
      'after',
      `
Examples:
  $ startleft parse --iac-type TERRAFORM --output-file app.otm.json main.tf && tmi-sync import otm app.otm.json --out models/
  $ tmi-sync import otm exports/ --out models/

OTM files are model files too: validate, plan and apply read *.otm.{json,yaml,yml} as they are.
Exit codes: 0 all imported, 1 some file could not be imported, 2 usage error.`,
    )
    .action(async (files: string[], flags: { out: string; force?: boolean }) => {
      checkOutputFolder('--out', flags.out)
      const { importOtm } = await import('../../engine/import/import.js')
      report(await importOtm(files, flags.out, { force: flags.force === true }), global, 'no OTM files found')
    })
}

function report(
  results: Array<{ file: string; output?: string; diagnostics: Diagnostic[] }>,
  global: () => GlobalOptions,
  none: string,
): void {
  const { quiet } = global()
  const c = colours()
  let failed = 0
  for (const r of results) {
    for (const d of r.diagnostics) process.stdout.write(formatDiagnostic(d, c) + '\n')
    if (r.output) {
      const lossy = r.diagnostics.filter((d) => d.severity === 'info').length
      if (!quiet)
        process.stderr.write(
          `${c.green('✔')} ${r.file} → ${r.output}${lossy ? c.dim(` (${plural(lossy, 'lossy point')})`) : ''}\n`,
        )
    } else {
      failed++
      process.stderr.write(`${c.red('✖')} ${r.file} was not imported\n`)
    }
  }
  if (results.length === 0) process.stderr.write(c.red(none) + '\n')
  process.exitCode = failed > 0 || results.length === 0 ? 1 : 0
}

import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import { colours, formatDiagnostic, plural } from '../output.js'
import { checkOutputFolder, type GlobalOptions } from '../options.js'
import { tmiClient } from './plan-options.js'

interface ExportFlags {
  out: string
  fromTmi?: boolean
  source?: string
  tmiUrl?: string
  force?: boolean
}

export function registerExport(program: Command, global: () => GlobalOptions): void {
  const exp = program.command('export').description('write models in other tools’ formats')
  exp
    .command('otm')
    .description('write models as Open Threat Model (OTM 0.2.0) files, listing what OTM cannot hold')
    .argument('[sources...]', 'model files or directories (native, Threat Dragon or OTM)')
    .requiredOption('--out <dir>', 'directory to write the <key>.otm.json files to')
    .option('--from-tmi', 'export what TMI holds for --source instead of files')
    .option('--source <name>', 'with --from-tmi: the source the models were applied from', 'default')
    .option('--tmi-url <url>', 'with --from-tmi: TMI server (default: $TMI_URL)')
    .option('--force', 'replace .otm.json files that differ from what this export writes')
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync export otm models/ --out otm/
  $ tmi-sync export otm --from-tmi --source github.com/acme/models --out otm/

Reading an exported file again (plan otm/) gives the same plan, but for what the export listed.
Exit codes: 0 all exported, 1 some model could not be exported, 2 usage error.`,
    )
    .action(async (sources: string[], flags: ExportFlags) => {
      checkOutputFolder('--out', flags.out)
      if (flags.fromTmi && sources.length > 0)
        throw new UserError('--from-tmi exports what TMI holds: name no files with it', 2)
      const { exportOtm } = await import('../../engine/export/export.js')
      const results = await exportOtm(sources.length ? sources : ['.'], flags.out, {
        force: flags.force === true,
        ...(flags.fromTmi
          ? { fromTmi: { client: await tmiClient(flags), source: flags.source ?? 'default' } }
          : {}),
      })
      const { quiet } = global()
      const c = colours()
      let failed = 0
      for (const r of results) {
        for (const d of r.diagnostics) process.stdout.write(formatDiagnostic(d, c) + '\n')
        for (const l of r.lossy) process.stdout.write(`${r.from}: info: not in OTM: ${l} [otm.export]\n`)
        if (r.output) {
          if (!quiet)
            process.stderr.write(
              `${c.green('✔')} ${r.from} → ${r.output}${r.lossy.length ? c.dim(` (${plural(r.lossy.length, 'lossy point')})`) : ''}\n`,
            )
        } else {
          failed++
          process.stderr.write(`${c.red('✖')} ${r.from} was not exported\n`)
        }
      }
      process.exitCode = failed > 0 ? 1 : 0
    })
}

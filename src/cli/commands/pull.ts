import type { Command } from 'commander'
import { colours } from '../output.js'
import { checkOutputFolder, type GlobalOptions } from '../options.js'
import { tmiClient } from './plan-options.js'

interface PullFlags {
  tmiUrl?: string
  source: string
  id?: string[]
  branch?: string
  include?: string[]
  exclude?: string[]
}

export function registerPull(program: Command, global: () => GlobalOptions): void {
  program
    .command('pull')
    .description('write the threat models TMI holds into model files (TMI → Git), changing only what differs')
    .argument(
      '[destination]',
      'a directory, or a repository (git:URL@REF:GLOB, github:OWNER/REPO@REF:GLOB)',
      '.',
    )
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL); credentials from the environment as for plan')
    .option('--source <name>', 'for a directory: the source name its models were applied with', 'default')
    .option('--id <id...>', 'pull these threat models by TMI id (one not managed yet starts being managed)')
    .option(
      '--branch <name>',
      'for a repository: the branch to commit to (default: tmi-sync/pull-DATE, with a pull request)',
    )
    .option('--include <glob...>', 'globs of files to take when walking directories')
    .option('--exclude <glob...>', 'globs of files to leave out')
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync pull models/                      # refresh the files from TMI
  $ tmi-sync pull models/ --id 6f1c3a52-...    # start managing a model made in TMI
  $ tmi-sync pull github:acme/models@main:models/*.tm.yaml   # a branch and a pull request

Exit codes: 0 pulled (or nothing to change), 1 a failed request or a conflicting write, 2 usage error.`,
    )
    .action(async (destination: string, flags: PullFlags) => {
      const { quiet } = global()
      const c = colours()
      if (destination && !destination.includes(':')) checkOutputFolder('DESTINATION', destination)
      const { pullModels } = await import('../../engine/pull/pull.js')
      const result = await pullModels(destination, await tmiClient(flags), {
        source: flags.source,
        env: process.env,
        ...(flags.id ? { ids: flags.id } : {}),
        ...(flags.branch ? { branch: flags.branch } : {}),
        ...(flags.include ? { include: flags.include } : {}),
        ...(flags.exclude ? { exclude: flags.exclude } : {}),
      })
      const mark = { created: c.green('+'), updated: c.yellow('~'), unchanged: c.dim('=') }
      for (const f of result.files)
        if (!quiet || f.status !== 'unchanged')
          process.stdout.write(`${mark[f.status]} ${f.path}  ${c.dim(`# ${f.status}`)}\n`)
      for (const note of result.notes) process.stderr.write(`${note}\n`)
      for (const refusal of result.refused) process.stderr.write(c.red(`✖ ${refusal}`) + '\n')
      if (result.files.length === 0 && result.refused.length === 0)
        process.stderr.write('No threat models in TMI for this source.\n')
      if (result.refused.length > 0) process.exitCode = 1
    })
}

import { createRequire } from 'node:module'
import { Command, CommanderError } from 'commander'
import { UserError } from '../common/errors.js'
import { registerAddon } from './commands/addon.js'
import { registerApply } from './commands/apply.js'
import { registerEmulator } from './commands/emulator.js'
import { registerExport } from './commands/export.js'
import { registerImport } from './commands/import.js'
import { registerPlan } from './commands/plan.js'
import { registerPull } from './commands/pull.js'
import { registerRender } from './commands/render.js'
import { registerServe } from './commands/serve.js'
import { registerSync } from './commands/sync.js'
import { registerSession } from './commands/session.js'
import { registerValidate } from './commands/validate.js'
import { registerWatch } from './commands/watch.js'
import type { GlobalOptions } from './options.js'
import { describeFailure, guardOutput } from './output.js'

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string }

/**
 * Runs the CLI and returns its exit code (documented in --help and the README). The heavier
 * commands (emulator, pull, import) load their engine when they run, so that `tmi-sync validate`
 * starts in the time it needs rather than in the time the whole tool needs.
 */
export async function main(argv: string[] = process.argv): Promise<number> {
  guardOutput()
  const program = new Command()
  program
    .name('tmi-sync')
    .description('Threat models as code: validate threat-model files and reconcile them into a TMI server.')
    .version(version, '-V, --version')
    .option('-v, --verbose', 'show more (e.g. Threat Dragon conversion notes)')
    .option('-q, --quiet', 'show only problems')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync validate models/
  $ tmi-sync import threat-dragon ThreatDragonModels/ --out models/
  $ tmi-sync emulator --client demo:demo-secret
  $ tmi-sync login --tmi-url https://tmi.example.com
  $ tmi-sync plan models/ && tmi-sync apply models/
  $ tmi-sync pull models/
  $ tmi-sync serve --config tmi-sync-addon.yaml && tmi-sync addon register --url URL
  $ tmi-sync apply github:acme/models@main --via-addon --auto-approve

Exit codes:
  0  success; for plan --detailed-exitcode, no changes
  1  invalid input, a failed request, or anything else that went wrong
  2  usage error; for plan --detailed-exitcode, changes (its usage errors are 1)
  3  apply refused: objects were changed in TMI since the last apply (--on-drift=fail)

Environment: TMI_URL; credentials in this order: TMI_TOKEN, the session saved by "tmi-sync login"
(TMI_CREDENTIALS_FILE to move it), TMI_CLIENT_ID + TMI_CLIENT_SECRET (a service account: reads and
plans, but TMI refuses its writes inside a threat model); NO_COLOR disables colour.`,
    )
  const global = () => program.opts<GlobalOptions>()
  registerValidate(program, global)
  registerImport(program, global)
  registerExport(program, global)
  registerPlan(program, global)
  registerApply(program, global)
  registerPull(program, global)
  registerSession(program, global)
  registerWatch(program, global)
  registerRender(program)
  registerSync(program, global)
  registerServe(program)
  registerAddon(program, global)
  registerEmulator(program)
  for (const command of program.commands) exitOverrideAll(command)

  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
        ? 0
        : usageExitCode(argv)
    }
    if (e instanceof UserError) {
      process.stderr.write(`tmi-sync: ${e.message}\n`)
      return e.exitCode === 2 ? usageExitCode(argv) : e.exitCode
    }
    process.stderr.write(`tmi-sync: ${describeFailure(e)}\n`)
    return 1
  }
}

/** 2, except under `plan --detailed-exitcode`, where 2 means "changes" and must stay unambiguous. */
function usageExitCode(argv: string[]): number {
  return argv.includes('--detailed-exitcode') ? 1 : 2
}

function exitOverrideAll(command: Command): void {
  command.exitOverride()
  for (const sub of command.commands) exitOverrideAll(sub)
}

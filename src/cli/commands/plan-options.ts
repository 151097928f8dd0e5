import { Option, type Command } from 'commander'
import { UserError } from '../../common/errors.js'
import type { PlanOptions } from '../../engine/plan-apply/plan.js'
import type { OnDrift } from '../../reconcile/plan.js'
import { stripUrlCredentials } from '../../common/secrets.js'
import type { TmiClient } from '../../tmi/client.js'
import { tmiUrlProblem } from '../../tmi/url.js'
import { parseSize } from '../options.js'

export interface PlanFlags {
  tmiUrl?: string
  source: string
  prune?: boolean
  onDrift: OnDrift
  include?: string[]
  exclude?: string[]
  maxFileSize: string
  allowEmpty?: boolean
}

/** Flags plan and apply share. Secrets come only from the environment, never from flags. */
export function addPlanOptions(command: Command): Command {
  return command
    .option(
      '--tmi-url <url>',
      'TMI server (default: $TMI_URL); credentials: $TMI_TOKEN, else the session of "tmi-sync login", else $TMI_CLIENT_ID + $TMI_CLIENT_SECRET',
    )
    .option(
      '--source <name>',
      'name of this set of files; models are identified by source and key',
      'default',
    )
    .option('--prune', 'delete objects tmi-sync created that are no longer in the files')
    .addOption(
      new Option('--on-drift <mode>', 'when TMI was changed since the last apply: fail, overwrite or skip')
        .choices(['fail', 'overwrite', 'skip'])
        .default('fail'),
    )
    .option('--include <glob...>', 'globs of files to take when walking directories')
    .option('--exclude <glob...>', 'globs of files to leave out')
    .option('--max-file-size <size>', 'refuse files larger than this', '5MB')
    .option('--allow-empty', 'finding no model file is not an error (plan nothing)')
}

export function planOptions(flags: PlanFlags): PlanOptions {
  return {
    source: flags.source,
    prune: flags.prune === true,
    onDrift: flags.onDrift,
    maxBytes: parseSize(flags.maxFileSize),
    allowEmpty: flags.allowEmpty === true,
    ...(flags.include ? { include: flags.include } : {}),
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
  }
}

/** The TMI client of the environment; loaded when a command talks to TMI (start-up of the others). */
export async function tmiClient(
  flags: { tmiUrl?: string },
  usageExitCode = 2,
  env: Record<string, string | undefined> = process.env,
): Promise<TmiClient> {
  const { clientFromEnv } = await import('../../tmi/client.js')
  try {
    return clientFromEnv({ ...env, ...(flags.tmiUrl ? { TMI_URL: flags.tmiUrl } : {}) })
  } catch (e) {
    throw new UserError((e as Error).message, usageExitCode)
  }
}

/** The TMI URL from --tmi-url or $TMI_URL: usage error (exit 2) when missing or unusable. */
export function tmiUrl(flags: { tmiUrl?: string }): string {
  const value = flags.tmiUrl ?? process.env.TMI_URL
  if (!value) throw new UserError('TMI_URL (or --tmi-url) is not set', 2)
  const problem = tmiUrlProblem(value)
  if (problem) throw new UserError(`the TMI URL ${stripUrlCredentials(value)} ${problem}`, 2)
  return value
}

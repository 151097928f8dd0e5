import { spawnSync } from 'node:child_process'
import { PROJECT } from './shared.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the real binary (`bin/tmi-sync.js` over the built `dist/`), as a user would. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    ...options.env,
  }
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k]
  const r = spawnSync(process.execPath, [`${PROJECT}bin/tmi-sync.js`, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: env,
    encoding: 'utf8',
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

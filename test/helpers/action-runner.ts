import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT } from './shared.js'

// The committed bundle, run as the runner runs it: `npm test` builds it first, and .ci/run checks
// that the committed one is what a build makes.
export const BUNDLE = `${PROJECT}dist/action/index.js`

export interface Run {
  code: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
}

/** `node dist/action/index.js` with the runner's environment: inputs, event, summary, outputs. */
export async function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: unknown },
  env: Record<string, string>,
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-action-'))
  const paths = {
    event: join(dir, 'event.json'),
    summary: join(dir, 'summary.md'),
    output: join(dir, 'output'),
  }
  writeFileSync(paths.event, JSON.stringify(event.payload))
  writeFileSync(paths.summary, '')
  writeFileSync(paths.output, '')
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: dir,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_OUTPUT: paths.output,
      GITHUB_REPOSITORY: 'acme/threat-models',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      ...env,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(paths.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] as string] = m[3] as string
  return { code, stdout, stderr, summary: readFileSync(paths.summary, 'utf8'), outputs }
}

/** A pull_request event on acme/threat-models (from `head`, a fork when not the same repository). */
export const pullRequest = (number: number, head = 'acme/threat-models') => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { repo: { full_name: head } },
      base: { repo: { full_name: 'acme/threat-models' } },
    },
    repository: { full_name: 'acme/threat-models' },
  },
})

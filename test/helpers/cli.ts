import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT } from './shared.js'

/** Children never see this machine's own TMI sessions: their config directory is a scratch one. */
const CONFIG_HOME = mkdtempSync(join(tmpdir(), 'tmi-sync-config-'))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface CliOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  input?: string
}

function childEnv(extra: CliOptions['env']): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    XDG_CONFIG_HOME: CONFIG_HOME,
    TMI_CREDENTIALS_FILE: undefined,
    BROWSER: undefined,
    ...extra,
  }
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k]
  return env as Record<string, string>
}

const BIN = `${PROJECT}bin/tmi-sync.js`

/** Runs the real binary (`bin/tmi-sync.js` over the built `dist/`), as a user would. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: childEnv(options.env),
    encoding: 'utf8',
    input: options.input,
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/**
 * The same, without blocking the event loop: needed when the server the binary talks to (the
 * emulator) runs inside the test process.
 */
export function runCliAsync(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PROJECT,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/**
 * `tmi-sync login` as a person runs it: the binary prints the sign-in page, and this plays the
 * browser, following TMI's redirects (the provider's page, then the binary's loopback callback).
 */
export function loginThroughBrowser(args: string[], env: CliOptions['env'] = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'login', '--no-browser', ...args], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let browsed = false
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s
      const url = /^\s+(http\S+)$/m.exec(stderr)?.[1]
      if (url && !browsed) {
        browsed = true
        void fetch(url).then((r) => r.text(), reject)
      }
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

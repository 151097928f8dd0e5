import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { loginThroughBrowser, runCliAsync, type CliResult } from '../helpers/cli.js'
import { PROJECT, TD_MODELS } from '../helpers/shared.js'

/**
 * The world of the live suite: a real TMI server (`TMI_LIVE_URL`), the people and the service
 * account the suite signs in as, and scratch repositories. What the server must allow is in the
 * README, "Verified against TMI".
 */
export const LIVE = {
  url: (process.env.TMI_LIVE_URL ?? '').replace(/\/+$/, ''),
  /** A user TMI makes an administrator (TMI_ADMIN_* or the auto-promoted first user). */
  admin: process.env.TMI_LIVE_ADMIN ?? 'tmi-sync-admin',
  /** The host name TMI reaches this machine's addon service at, allowed by its webhook SSRF settings. */
  addonHost: process.env.TMI_LIVE_ADDON_HOST ?? 'addon.tmi-sync.test',
}

/** This run's names, so runs against one server never meet. */
export const RUN = randomBytes(3).toString('hex')
export const SCRATCH = mkdtempSync(join(tmpdir(), `tmi-sync-live-${RUN}-`))

export interface Person {
  hint: string
  /** XDG_CONFIG_HOME holding this person's session, as `tmi-sync login` saved it. */
  config: string
  token(): string
  sessionFile(): string
}

/** The environment of a CLI run as `person`, or with no credentials at all. */
export function envOf(person?: Person, extra: Record<string, string | undefined> = {}) {
  return {
    TMI_URL: LIVE.url,
    XDG_CONFIG_HOME: person?.config ?? join(SCRATCH, 'nobody'),
    TMI_TOKEN: undefined,
    TMI_CLIENT_ID: undefined,
    TMI_CLIENT_SECRET: undefined,
    TMI_WEBHOOK_SECRET: undefined,
    ...extra,
  }
}

export const cli = (
  args: string[],
  person?: Person,
  extra: Record<string, string | undefined> = {},
  cwd?: string,
) => runCliAsync(args, { env: envOf(person, extra), ...(cwd ? { cwd } : {}) })

/**
 * `tmi-sync login --idp tmi --login-hint HINT` as a person runs it: the binary prints the sign-in
 * page, and this plays the browser, following TMI's redirect back to the binary's loopback callback.
 */
export async function signIn(hint: string): Promise<{ person: Person; result: CliResult }> {
  const config = join(SCRATCH, `config-${hint}`)
  mkdirSync(config, { recursive: true })
  const result = await loginThroughBrowser(
    ['--idp', 'tmi', '--login-hint', hint],
    envOf(undefined, { XDG_CONFIG_HOME: config }),
  )
  const sessionFile = () => {
    const dir = join(config, 'tmi-sync', 'credentials')
    return join(dir, readdirSync(dir).find((f) => f.endsWith('.json')) as string)
  }
  const person: Person = {
    hint,
    config,
    sessionFile,
    token: () => (JSON.parse(readFileSync(sessionFile(), 'utf8')) as { access_token: string }).access_token,
  }
  return { person, result }
}

/** A raw call to TMI as `token`: for what the suite sets up or checks, never for what it tests. */
export async function api(
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  type = 'application/json',
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${LIVE.url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': type } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed }
}

export async function until<T>(
  what: () => Promise<T | undefined | false>,
  ms: number,
  why: string,
): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await what()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${why}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

/**
 * The fixtures and the Threat Dragon models (as Threat Dragon saves them), in a directory. The one
 * fixture whose access list names a person of its imaginary organisation names `owner` instead:
 * TMI refuses a principal that never signed in.
 */
export function modelsDir(name: string, owner: string): string {
  const dir = join(SCRATCH, name)
  cpSync(`${PROJECT}fixtures`, join(dir, 'fixtures'), { recursive: true })
  const acl = join(dir, 'fixtures/features/authorization-and-metadata.tm.yaml')
  writeFileSync(
    acl,
    readFileSync(acl, 'utf8')
      .replace('provider: google', 'provider: tmi')
      .replace('provider_id: alice@example.com', `provider_id: ${owner}`),
  )
  for (const file of threatDragonFiles()) {
    const title = file.replace(/\.json$/, '')
    mkdirSync(join(dir, 'ThreatDragonModels', title), { recursive: true })
    cpSync(join(TD_MODELS, file), join(dir, 'ThreatDragonModels', title, `${title}.json`))
  }
  return dir
}

/** The Threat Dragon v2 models TMI can hold (not the v1 one, nor the malformed one). */
export const threatDragonFiles = () =>
  readdirSync(TD_MODELS).filter((n) => n.endsWith('.json') && !/v1|malformed/i.test(n))

/** A bare repository whose `main` holds `dir`'s files. */
export async function bareRepository(name: string, dir: string): Promise<string> {
  const bare = join(SCRATCH, `${name}.git`)
  const work = join(SCRATCH, `${name}-work`)
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  cpSync(dir, work, { recursive: true })
  const git = simpleGit(work).addConfig('user.name', 'Live').addConfig('user.email', 'live@example.com')
  await git.add('.').commit('models')
  await git.push('origin', 'main')
  return bare
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** A long-running binary (serve, watch), its output kept; stopped at the end. */
export function start(args: string[], env: Record<string, string | undefined>) {
  const full: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1' }
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete full[k]
    else full[k] = v
  }
  const child: ChildProcess = spawn(process.execPath, [`${PROJECT}bin/tmi-sync.js`, ...args], {
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const out = { stdout: '', stderr: '' }
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (out.stdout += s))
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (out.stderr += s))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

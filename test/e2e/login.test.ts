import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js'
import { loginThroughBrowser as browse, runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

const FIXTURE = `${PROJECT}fixtures/small/payments-api.tm.yaml`
const SECRET = 'the-client-secret-value'

let emulator: RunningEmulator
let config: string
afterEach(() => emulator?.close())

async function start(options: EmulatorOptions = {}) {
  emulator = await startEmulator({
    clients: [`ci:${SECRET}`],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    ...options,
  })
  config = mkdtempSync(join(tmpdir(), 'tmi-sync-login-'))
}

const env = (extra: Record<string, string | undefined> = {}) => ({
  TMI_URL: emulator.url,
  XDG_CONFIG_HOME: config,
  TMI_TOKEN: undefined,
  TMI_CLIENT_ID: undefined,
  TMI_CLIENT_SECRET: undefined,
  ...extra,
})
const cli = (args: string[], extra: Record<string, string | undefined> = {}) =>
  runCliAsync(args, { env: env(extra) })

const loginThroughBrowser = (args: string[], extra: Record<string, string | undefined> = {}) =>
  browse(args, env(extra))

function sessionFile(): string {
  const dir = join(config, 'tmi-sync', 'credentials')
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
  expect(files).toHaveLength(1)
  return join(dir, files[0] as string)
}
const saved = () =>
  JSON.parse(readFileSync(sessionFile(), 'utf8')) as { access_token: string; refresh_token: string }

async function refreshWith(token: string): Promise<number> {
  const res = await fetch(`${emulator.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }),
  })
  return res.status
}

/** A client-credentials token of the emulator's service account `ci`. */
const serviceAccountToken = async () =>
  (await (
    await fetch(`${emulator.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'ci', client_secret: SECRET }),
    })
  ).json()) as { access_token: string }

const writes = () => emulator.log.filter((r) => r.method !== 'GET' && !r.path.startsWith('/oauth2/'))

describe('tmi-sync login, then apply as that person', () => {
  it('signs in through the browser and the loopback redirect, saves a 0600 session, and applies with it', async () => {
    await start()
    const login = await loginThroughBrowser(['--idp', 'google'])
    expect(login.code, login.stderr).toBe(0)
    expect(login.stderr).toContain('/oauth2/authorize')
    expect(login.stderr).toContain('signed in to')
    expect(login.stderr).toContain('alice@example.com')
    const file = sessionFile()
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const session = saved()
    expect(session.access_token.split('.')).toHaveLength(3)

    // The order: TMI_TOKEN, then the saved session, then client credentials.
    const who = await cli(['whoami', '--json'], { TMI_CLIENT_ID: 'ci', TMI_CLIENT_SECRET: SECRET })
    expect(JSON.parse(who.stdout)).toMatchObject({
      provider: 'google',
      kind: 'user',
      can_write: true,
      credentials: file,
    })
    const saToken = await serviceAccountToken()
    const overridden = await cli(['whoami', '--json'], { TMI_TOKEN: saToken.access_token })
    expect(JSON.parse(overridden.stdout)).toMatchObject({
      credentials: 'TMI_TOKEN',
      kind: 'service-account',
      can_write: false,
    })
    const apply = await cli(['apply', FIXTURE, '--auto-approve'])
    expect(apply.code, apply.stderr).toBe(0)
    expect(writes().length).toBeGreaterThan(0)
    const reports = mkdtempSync(join(tmpdir(), 'tmi-sync-reports-'))
    const plan = await cli([
      'plan',
      FIXTURE,
      '--detailed-exitcode',
      '--out',
      join(reports, 'plan.json'),
      '--json',
      join(reports, 'plan-data.json'),
      '--markdown',
      join(reports, 'plan.md'),
    ])
    expect(plan.code, plan.stdout).toBe(0)
    const report = await cli(['apply', join(reports, 'plan.json'), '--json', join(reports, 'applied.json')])
    expect(report.code, report.stderr).toBe(0)
    const current = saved()
    const secrets = [session.access_token, session.refresh_token, current.access_token, current.refresh_token]
    for (const out of [login, who, apply, plan, report])
      for (const secret of secrets) expect(out.stdout + out.stderr).not.toContain(secret)
    // No file but the session itself holds a token.
    const files = [
      ...readdirSync(reports).map((f) => join(reports, f)),
      ...readdirSync(config, { recursive: true, encoding: 'utf8' })
        .map((f) => join(config, f))
        .filter((f) => statSync(f).isFile() && f !== file),
    ]
    expect(files.length).toBeGreaterThan(3)
    for (const f of files)
      for (const secret of secrets) expect(readFileSync(f, 'utf8'), f).not.toContain(secret)
  })

  it("says so when TMI's development provider signs in someone else than the hint named", async () => {
    // It takes 3 to 20 of a-z, 0-9 and -; for any other hint it signs in a random testuser-…
    // (`G:auth/test_provider.go:276-301`, as TMI 1.8.22 did).
    await start()
    const odd = await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'e.rin'])
    expect(odd.code, odd.stderr).toBe(0)
    expect(odd.stderr).toMatch(
      /as Test User \d{8} <testuser-\d{8}@tmi\.local>[\s\S]*TMI signed in testuser-\d{8}, not "e\.rin": its development provider takes a login hint of 3 to 20 letters, digits and hyphens/,
    )
    const fine = await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'Erin'])
    expect(fine.stderr).toContain('as Erin (TMI User) <erin@tmi.local> (tmi:erin)')
    expect(fine.stderr).not.toContain('TMI signed in')
  })

  it('refreshes an expired token, saves the rotated refresh token at once, and TMI refuses the old one', async () => {
    await start()
    expect((await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'erin'])).code).toBe(0)
    const before = saved()
    await fetch(`${emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
    const plan = await cli(['plan', FIXTURE])
    expect(plan.code, plan.stderr).toBe(0)
    const after = saved()
    expect(after.refresh_token).not.toBe(before.refresh_token)
    expect(after.access_token).not.toBe(before.access_token)
    expect(await refreshWith(before.refresh_token)).toBe(400)
    // A short-lived token is renewed before it expires, not after a refusal.
    await emulator.close()
    await start({ tokenLifetimeSeconds: 30 })
    expect((await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'erin'])).code).toBe(0)
    const first = saved()
    expect((await cli(['plan', FIXTURE])).code).toBe(0)
    expect(saved().refresh_token).not.toBe(first.refresh_token)
    expect(emulator.log.filter((r) => r.status === 401)).toEqual([])
  })

  it('says clearly when the saved session can no longer be refreshed', async () => {
    await start()
    const file = join(config, 'unattended.json')
    expect(
      (await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'cron'], { TMI_CREDENTIALS_FILE: file }))
        .code,
    ).toBe(0)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    await fetch(`${emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
    await fetch(`${emulator.url}/__emulator/expire-refresh-tokens`, { method: 'POST' })
    const plan = await cli(['plan', FIXTURE], { TMI_CREDENTIALS_FILE: file })
    expect(plan.code).toBe(1)
    expect(plan.stderr).toMatch(
      /^tmi-sync: the TMI session in .*unattended\.json has expired or was revoked: run "tmi-sync login" again and update TMI_CREDENTIALS_FILE\n$/,
    )
  })

  it('logout revokes the session at TMI and deletes the file', async () => {
    await start()
    expect((await loginThroughBrowser(['--idp', 'tmi', '--login-hint', 'finn'])).code).toBe(0)
    const file = sessionFile()
    const session = saved()
    const out = await cli(['logout'])
    expect(out.code, out.stderr).toBe(0)
    expect(out.stderr).toContain('TMI revoked the session')
    expect(() => statSync(file)).toThrow()
    expect(await refreshWith(session.refresh_token)).toBe(400)
    const after = await cli(['plan', FIXTURE])
    expect(after.code).toBe(2)
    expect(after.stderr).toContain('tmi-sync login')
  })

  it('opens the sign-in page in $BROWSER, which then comes back to the loopback callback', async () => {
    await start()
    const browser = join(config, 'browser.mjs')
    // A "browser" that follows redirects as one does: TMI's page, the provider's, the callback.
    writeFileSync(browser, '#!/usr/bin/env node\nawait (await fetch(process.argv[2])).text()\n', {
      mode: 0o755,
    })
    const login = await cli(['login', '--idp', 'google'], { BROWSER: browser })
    expect(login.code, login.stderr).toBe(0)
    expect(login.stderr).toContain('signed in to')
    expect(saved().access_token.split('.')).toHaveLength(3)
  })

  it('explains a callback TMI refuses: which allowlist entry the operator must add', async () => {
    await start({ callbackAllowlist: [] })
    const login = await cli(['login', '--idp', 'tmi', '--login-hint', 'gus'])
    expect(login.code).toBe(1)
    expect(login.stderr).toMatch(
      /^tmi-sync: TMI refused the login callback http:\/\/127\.0\.0\.1:\d+\/callback: .*TMI_OAUTH_CLIENT_CALLBACK_ALLOWLIST/,
    )
    expect(login.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
})

describe('a service account', () => {
  it('plans, but apply exits 1 before any write, saying what TMI allows and how to write', async () => {
    await start()
    const service = { TMI_CLIENT_ID: 'ci', TMI_CLIENT_SECRET: SECRET }
    const plan = await cli(['plan', FIXTURE, '--detailed-exitcode'], service)
    expect(plan.code, plan.stderr).toBe(2)
    const apply = await cli(['apply', FIXTURE, '--auto-approve'], service)
    expect(apply.code).toBe(1)
    expect(apply.stderr).toBe(
      'tmi-sync: refused before any write: the TMI credentials are a service account. TMI lets a service account (client credentials) read, create threat models and invoke addons, but refuses every write inside a threat model; to write, sign in as a person with "tmi-sync login", or apply through the tmi-sync addon service ("tmi-sync apply --via-addon")\n',
    )
    expect(writes()).toEqual([])
    const who = await cli(['whoami'], service)
    expect(who.stdout).toContain('can write: no')
    for (const out of [plan, apply, who]) expect(out.stdout + out.stderr).not.toContain(SECRET)
  })

  it('met as an opaque token: the 403 is reported once per model, nothing more is sent, nothing is hidden', async () => {
    await start()
    const token = await serviceAccountToken()
    // Hide what the token is, as a proxy or another issuer's opaque token would.
    const opaque = `opaque-${token.access_token.split('.')[2] as string}`
    emulator.identity.aliasToken(opaque, token.access_token)
    const apply = await cli(['apply', `${PROJECT}fixtures/small`, '--auto-approve'], { TMI_TOKEN: opaque })
    expect(apply.code).toBe(1)
    expect(apply.stderr).toContain('because the credentials are a service account')
    expect(apply.stderr).not.toContain('rerun apply')
    // The threat model create is allowed to a service account; the first write inside it is not,
    // and after that refusal no other write is attempted.
    const refused = emulator.log.filter((r) => r.status === 403)
    expect(refused).toHaveLength(1)
    expect(
      writes()
        .filter((r) => r.status < 400)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual(['POST /threat_models'])
    expect(apply.stderr).toMatch(/payments-api: TMI refused/)
    expect(apply.stderr).not.toContain(opaque)
  })
})

import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { jwtSubject, staticToken, userSession } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { credentialsPath, readSession, writeSession } from '../../src/tmi/credentials.js'
import { login } from '../../src/tmi/login.js'

let emulator: RunningEmulator
afterEach(() => emulator?.close())

async function signedIn(tokenLifetimeSeconds = 3600): Promise<string> {
  emulator = await startEmulator({ tokenLifetimeSeconds })
  const file = join(mkdtempSync(join(tmpdir(), 'tmi-sync-session-')), 'session.json')
  await writeSession(
    file,
    await login({ baseUrl: emulator.url, idp: 'tmi', loginHint: 'ada', openUrl: () => Promise.resolve() }),
  )
  return file
}

describe('the saved session', () => {
  it('is one file per TMI under the config directory, or TMI_CREDENTIALS_FILE', () => {
    const env = { XDG_CONFIG_HOME: '/cfg' }
    const a = credentialsPath('https://tmi.example.com', env)
    expect(a).toMatch(/^\/cfg\/tmi-sync\/credentials\/tmi\.example\.com-[0-9a-f]{12}\.json$/)
    expect(credentialsPath('https://tmi.example.com/', env)).toBe(a)
    expect(credentialsPath('https://user:pw@tmi.example.com', env)).toBe(a)
    expect(credentialsPath('https://tmi.example.com:8443', env)).not.toBe(a)
    expect(credentialsPath('https://tmi.example.com', { ...env, TMI_CREDENTIALS_FILE: '/x.json' })).toBe(
      '/x.json',
    )
    expect(credentialsPath('https://tmi.example.com', { HOME: '/home/u' })).toMatch(
      /^\/home\/u\/\.config\/tmi-sync\//,
    )
  })

  it('is written atomically with mode 0600, leaving no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-write-'))
    const file = join(dir, 'nested', 'session.json')
    writeFileSync(join(dir, 'keep'), '')
    const session = {
      format: 1 as const,
      tmi_url: 'https://tmi.example.com',
      idp: 'tmi',
      access_token: 'a',
      refresh_token: 'r',
      expires_at: new Date().toISOString(),
      user: { provider: 'tmi', provider_id: 'u', email: 'u@tmi.local', display_name: 'u' },
      saved_at: new Date().toISOString(),
    }
    await writeSession(file, session)
    await writeSession(file, { ...session, refresh_token: 'r2' })
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700)
    expect(readdirSync(join(dir, 'nested'))).toEqual(['session.json'])
    expect((await readSession(file))?.refresh_token).toBe('r2')
    writeFileSync(file, '{not json')
    await expect(readSession(file)).rejects.toThrow(/damaged: run "tmi-sync login" again/)
  })

  it('survives two processes refreshing it at once: each gets a token, and the saved one still works', async () => {
    // 30-second tokens are renewed on every use (a minute early), so both sources refresh now.
    const file = await signedIn(30)
    const sources = [1, 2, 3].map(() => userSession({ baseUrl: emulator.url, file }))
    const tokens = await Promise.all(sources.map((s) => s.token()))
    for (const t of tokens) expect(jwtSubject(t)).toBe('ada')
    const client = new TmiClient({
      baseUrl: emulator.url,
      auth: userSession({ baseUrl: emulator.url, file }),
    })
    expect((await client.me()).provider_id).toBe('ada')
    expect(emulator.log.filter((r) => r.status === 401)).toEqual([])
  })

  it('tells a user token, a service-account JWT and an opaque token apart', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const jwt = (sub: string) => `${b64({ alg: 'HS256' })}.${b64({ sub })}.sig`
    expect(await staticToken(jwt('alice')).principal()).toBe('user')
    expect(await staticToken(jwt('sa:123:owner')).principal()).toBe('service-account')
    expect(await staticToken('opaque-token').principal()).toBe('unknown')
  })
})

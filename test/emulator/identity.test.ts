import { createHash, randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js'

let emulator: RunningEmulator
afterEach(() => emulator?.close())

async function start(options: EmulatorOptions = {}): Promise<string> {
  emulator = await startEmulator({
    clients: ['ci:secret'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    ...options,
  })
  return emulator.url
}

const CALLBACK = 'http://127.0.0.1:45678/callback'

function pkce() {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

function authorizeUrl(base: string, params: Record<string, string>): string {
  return `${base}/oauth2/authorize?${new URLSearchParams({ idp: 'tmi', scope: 'openid profile email', code_challenge_method: 'S256', client_callback: CALLBACK, state: 's1', ...params }).toString()}`
}

async function token(base: string, form: Record<string, string>) {
  const res = await fetch(`${base}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

/** Signs in through TMI's development provider as `hint`: authorize → code → tokens. */
async function signIn(base: string, hint: string) {
  const { verifier, challenge } = pkce()
  const res = await fetch(authorizeUrl(base, { login_hint: hint, code_challenge: challenge }), {
    redirect: 'manual',
  })
  const code = new URL(res.headers.get('location') as string).searchParams.get('code') as string
  return token(base, {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: CALLBACK,
  })
}

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >

const me = async (base: string, bearer: string) =>
  (await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${bearer}` } })).status

describe('emulator identity, as TMI', () => {
  it('issues TMI-shaped JWTs: users by sub, service accounts as sa:{credential}:{owner}', async () => {
    const base = await start()
    const user = await signIn(base, 'alice')
    const c = claims(user.body.access_token as string)
    expect(c).toMatchObject({ sub: 'alice', email: 'alice@tmi.local', idp: 'tmi', groups: [] })
    expect(typeof c.exp).toBe('number')
    expect(typeof c.iat).toBe('number')
    const sa = await token(base, {
      grant_type: 'client_credentials',
      client_id: 'ci',
      client_secret: 'secret',
    })
    expect(sa.body.refresh_token).toBe('')
    expect(String(claims(sa.body.access_token as string).sub)).toMatch(/^sa:[0-9a-f-]{36}:tmi-automation-ci$/)
    // A token not signed by the emulator is refused, whatever it claims.
    const forged = [
      (user.body.access_token as string).split('.')[0],
      Buffer.from(JSON.stringify({ ...c, sub: 'admin' })).toString('base64url'),
      (user.body.access_token as string).split('.')[2],
    ].join('.')
    expect(await me(base, forged)).toBe(401)
  })

  it('completes authorize at once for the development provider, PKCE S256 and openid only', async () => {
    const base = await start()
    const { challenge } = pkce()
    const ok = await fetch(authorizeUrl(base, { login_hint: 'bob', code_challenge: challenge }), {
      redirect: 'manual',
    })
    expect(ok.status).toBe(302)
    const location = new URL(ok.headers.get('location') as string)
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK)
    expect(location.searchParams.get('state')).toBe('s1')
    const refused = async (params: Record<string, string>) =>
      (await fetch(authorizeUrl(base, { code_challenge: challenge, ...params }), { redirect: 'manual' }))
        .status
    expect(await refused({ code_challenge_method: 'plain' })).toBe(400)
    expect(await refused({ scope: 'profile' })).toBe(400)
    expect(await refused({ code_challenge: 'short' })).toBe(400)
    expect(await refused({ idp: 'nowhere' })).toBe(400)
  })

  it('accepts only allowlisted callbacks: exact URLs or prefixes ending in *, and none when empty', async () => {
    const { challenge } = pkce()
    const status = async (base: string, callback: string) =>
      (
        await fetch(authorizeUrl(base, { code_challenge: challenge, client_callback: callback }), {
          redirect: 'manual',
        })
      ).status
    const loopback = await start()
    expect(await status(loopback, 'http://127.0.0.1:9999/cb')).toBe(302)
    expect(await status(loopback, 'https://evil.example.com/cb')).toBe(400)
    await emulator.close()
    const exact = await start({ callbackAllowlist: ['https://app.example.com/cb'] })
    expect(await status(exact, 'https://app.example.com/cb')).toBe(302)
    expect(await status(exact, 'https://app.example.com/cb2')).toBe(400)
    await emulator.close()
    const none = await start({ callbackAllowlist: [] })
    const res = await fetch(authorizeUrl(none, { code_challenge: challenge }), { redirect: 'manual' })
    expect([res.status, ((await res.json()) as { error_description: string }).error_description]).toEqual([
      400,
      'client_callback is not in the allowlist',
    ])
  })

  it('spends a code once, and checks the verifier and the redirect', async () => {
    const base = await start()
    const { verifier, challenge } = pkce()
    const grant = async (params: Record<string, string>) => {
      const res = await fetch(authorizeUrl(base, { login_hint: 'carol', code_challenge: challenge }), {
        redirect: 'manual',
      })
      const code = new URL(res.headers.get('location') as string).searchParams.get('code') as string
      return { code, ...params }
    }
    const wrongVerifier = await grant({})
    expect(
      (
        await token(base, {
          grant_type: 'authorization_code',
          code: wrongVerifier.code,
          code_verifier: pkce().verifier,
          redirect_uri: CALLBACK,
        })
      ).status,
    ).toBe(400)
    const wrongRedirect = await grant({})
    expect(
      (
        await token(base, {
          grant_type: 'authorization_code',
          code: wrongRedirect.code,
          code_verifier: verifier,
          redirect_uri: 'http://127.0.0.1:1/other',
        })
      ).status,
    ).toBe(400)
    const good = await grant({})
    const form = {
      grant_type: 'authorization_code',
      code: good.code,
      code_verifier: verifier,
      redirect_uri: CALLBACK,
    }
    expect((await token(base, form)).status).toBe(200)
    expect((await token(base, form)).body.error).toBe('invalid_grant')
  })

  it('rotates refresh tokens: the old one is dead after use; access and refresh tokens expire', async () => {
    const base = await start({ tokenLifetimeSeconds: 2 })
    const first = await signIn(base, 'dave')
    expect(first.body.expires_in).toBe(2)
    const access = first.body.access_token as string
    expect(await me(base, access)).toBe(200)
    await new Promise((r) => setTimeout(r, 2100))
    expect(await me(base, access)).toBe(401)
    const second = await token(base, {
      grant_type: 'refresh_token',
      refresh_token: first.body.refresh_token as string,
    })
    expect(second.status).toBe(200)
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token)
    const reused = await token(base, {
      grant_type: 'refresh_token',
      refresh_token: first.body.refresh_token as string,
    })
    // TMI answers a spent or expired refresh token 400 invalid_grant (seen on TMI 1.8.22).
    expect([reused.status, reused.body.error]).toEqual([400, 'invalid_grant'])
    await fetch(`${base}/__emulator/expire-refresh-tokens`, { method: 'POST' })
    expect(
      (await token(base, { grant_type: 'refresh_token', refresh_token: second.body.refresh_token as string }))
        .status,
    ).toBe(400)
  })

  it('ends a session on revocation: the refresh token, then the access token', async () => {
    const base = await start()
    const third = await signIn(base, 'dave')
    const revoke = (t: string) =>
      fetch(`${base}/oauth2/revoke`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${third.body.access_token as string}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token: t }).toString(),
      })
    expect((await revoke(third.body.refresh_token as string)).status).toBe(200)
    expect(
      (await token(base, { grant_type: 'refresh_token', refresh_token: third.body.refresh_token as string }))
        .status,
    ).toBe(400)
    expect((await revoke(third.body.access_token as string)).status).toBe(200)
    expect(await me(base, third.body.access_token as string)).toBe(401)
  })

  it('lists its providers, and signs in through a stand-in page for the others', async () => {
    const base = await start()
    const providers = (await (await fetch(`${base}/oauth2/providers`)).json()) as {
      providers: Array<{ id: string; auth_url: string }>
    }
    expect(providers.providers.map((p) => p.id)).toEqual(['tmi', 'google'])
    const { verifier, challenge } = pkce()
    const first = await fetch(authorizeUrl(base, { idp: 'google', code_challenge: challenge }), {
      redirect: 'manual',
    })
    const page = first.headers.get('location') as string
    expect(page).toContain('/__emulator/idp/google/login')
    const back = await fetch(page, { redirect: 'manual' })
    const code = new URL(back.headers.get('location') as string).searchParams.get('code') as string
    const tokens = await token(base, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: CALLBACK,
    })
    expect(claims(tokens.body.access_token as string)).toMatchObject({
      sub: 'alice@example.com',
      idp: 'google',
    })
  })

  it('answers /me with the administrator flag of --admin users, never of service accounts', async () => {
    const base = await start({ admins: ['tmi:root'] })
    const root = await signIn(base, 'root')
    const body = (await (
      await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${root.body.access_token as string}` } })
    ).json()) as { is_admin: boolean }
    expect(body.is_admin).toBe(true)
    const sa = await token(base, {
      grant_type: 'client_credentials',
      client_id: 'ci',
      client_secret: 'secret',
    })
    const saMe = (await (
      await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${sa.body.access_token as string}` } })
    ).json()) as { is_admin: boolean; groups: Array<{ group_name: string }> }
    expect([saMe.is_admin, saMe.groups.map((g) => g.group_name)]).toEqual([false, ['tmi-automation']])
  })
})

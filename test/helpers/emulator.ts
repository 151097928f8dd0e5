import { createHash, randomBytes } from 'node:crypto'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'

export const USER_TOKEN = 'user-token'

/**
 * Webhooks to this machine's test receivers: as a TMI operator allows them with
 * TMI_WEBHOOK_ALLOW_HTTP_TARGETS and an emptied webhook_url_deny_list (TMI refuses http:// and
 * loopback hosts by default).
 */
export const LOOPBACK_WEBHOOKS = { allowHttpTargets: true, webhookDenyList: [] }

export interface Api {
  emulator: RunningEmulator
  /** A raw call: no client in between, so the emulator is tested on its own. */
  call(
    method: string,
    path: string,
    body?: unknown,
    options?: { type?: string; ifMatch?: string; token?: string | null; raw?: string },
  ): Promise<{ status: number; body: any; headers: Headers }>
  /** A service-account token from the client-credentials grant. */
  serviceToken(): Promise<string>
  /** A user's access token: TMI's development provider signs in `hint` (authorization code + PKCE). */
  signIn(hint: string): Promise<string>
}

export async function emulatorApi(options: EmulatorOptions = {}): Promise<Api> {
  const emulator = await startEmulator({ clients: ['sa:secret'], tokens: [USER_TOKEN], ...options })
  const call: Api['call'] = async (method, path, body, o = {}) => {
    const headers: Record<string, string> = {}
    if (o.token !== null) headers.Authorization = `Bearer ${o.token ?? USER_TOKEN}`
    if (body !== undefined || o.raw !== undefined) headers['Content-Type'] = o.type ?? 'application/json'
    if (o.ifMatch) headers['If-Match'] = o.ifMatch
    const res = await fetch(emulator.url + path, {
      method,
      headers,
      ...(o.raw !== undefined ? { body: o.raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers }
  }
  const serviceToken = () => serviceAccountToken(emulator.url, 'sa', 'secret')
  const signIn = (hint: string) => signInAs(emulator.url, hint)
  return { emulator, call, serviceToken, signIn }
}

/**
 * An emulator with one user (alice) whose token is `t`, unthrottled, and a client holding that
 * token: what engine-level tests of plan and apply start from.
 */
export async function emulatorWithClient(): Promise<{ emulator: RunningEmulator; client: TmiClient }> {
  const emulator = await startEmulator({
    tokens: ['t'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    faults: { rateLimitPerMinute: 1_000_000 },
  })
  return { emulator, client: new TmiClient({ baseUrl: emulator.url, auth: staticToken('t') }) }
}

/** A service account's token, by the client-credentials grant. */
export async function serviceAccountToken(url: string, id: string, secret: string): Promise<string> {
  const res = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
  })
  return ((await res.json()) as { access_token: string }).access_token
}

/** A user's access token: TMI's development provider signs in `hint` (authorization code + PKCE). */
export async function signInAs(url: string, hint: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url')
  const callback = 'http://127.0.0.1:1/callback'
  const query = new URLSearchParams({
    idp: 'tmi',
    login_hint: hint,
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    client_callback: callback,
  })
  const res = await fetch(`${url}/oauth2/authorize?${query.toString()}`, { redirect: 'manual' })
  const code = new URL(res.headers.get('location') as string).searchParams.get('code') as string
  const tokens = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: callback,
    }),
  })
  return ((await tokens.json()) as { access_token: string }).access_token
}

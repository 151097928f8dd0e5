import { createHash, randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UserError } from '../common/errors.js'
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../common/timeout.js'
import { requestToken, tokenError } from './auth.js'
import type { SavedSession } from './credentials.js'
import { canonicalTmiUrl, endpoint } from './url.js'
import { TmiHttpError, TmiNetworkError } from './errors.js'

export interface Provider {
  id: string
  name: string
}

export interface LoginOptions {
  baseUrl: string
  /** Which of TMI's identity providers; asked through `chooseProvider` when TMI offers several. */
  idp?: string
  /** Loopback port for the redirect (0: a free one). */
  port?: number
  /** `login_hint`: TMI's development provider signs in exactly this user. */
  loginHint?: string
  /** How long to wait for the person to sign in (default 5 minutes). */
  timeoutMs?: number
  /** The deadline of each request to TMI (`TMI_SYNC_TIMEOUT`). */
  requestTimeoutMs?: number
  chooseProvider?: (providers: Provider[]) => Promise<string>
  /** Shows the person the page to sign in on: opens a browser, or prints the URL. */
  openUrl: (url: string) => Promise<void>
  fetch?: typeof fetch
  now?: () => number
}

/** What a TMI operator must allow for this login to work. */
export const ALLOWLIST_ADVICE =
  'ask the TMI operator to add "http://127.0.0.1:*" to TMI_OAUTH_CLIENT_CALLBACK_ALLOWLIST (or the exact URL, with a fixed --port)'

/**
 * OAuth 2.0 authorization code with PKCE (S256) through a loopback redirect on 127.0.0.1
 * (RFC 8252 §7.3), as TMI offers it (tmi-api.md §00.2): `GET /oauth2/authorize` with
 * `client_callback`, then `POST /oauth2/token` with the code and the verifier.
 */
export async function login(options: LoginOptions): Promise<SavedSession> {
  const given = options.fetch ?? globalThis.fetch
  const deadline = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  const doFetch: typeof fetch = (input, init) =>
    given(input, { ...init, signal: AbortSignal.timeout(deadline) })
  const clock = options.now ?? Date.now
  const base = canonicalTmiUrl(options.baseUrl)
  const idp = options.idp ?? (await pickProvider(base, doFetch, options.chooseProvider))
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  const state = randomBytes(16).toString('base64url')

  const { server, callbackUrl, received } = await listen(
    options.port ?? 0,
    state,
    options.timeoutMs ?? 300_000,
  )
  try {
    const authorize = endpoint(base, '/oauth2/authorize')
    authorize.search = new URLSearchParams({
      idp,
      client_callback: callbackUrl,
      state,
      scope: 'openid profile email',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    }).toString()
    // Ask TMI first, without a browser: a refused callback is a 400 the person would only see in a
    // browser tab, and TMI's development provider answers with our own callback at once.
    const first = await call(doFetch, 'GET', authorize, { redirect: 'manual' })
    if (first.status === 400) {
      const body = (await first.json().catch(() => ({}))) as { error_description?: string }
      if (/allowlist/i.test(body.error_description ?? ''))
        throw new UserError(`TMI refused the login callback ${callbackUrl}: ${ALLOWLIST_ADVICE}`)
      throw new UserError(`TMI refused the login request: ${body.error_description ?? 'HTTP 400'}`)
    }
    if (first.status === 404)
      throw new UserError(`TMI has no identity provider "${idp}" (see tmi-sync login --help)`)
    const location = first.headers.get('location')
    if (first.status < 300 || first.status >= 400 || !location)
      throw new UserError(`TMI answered the login request with HTTP ${first.status}`)
    // The person opens TMI's own address (one they can recognise), which sends them on to the provider.
    // (Following it ourselves is the browser's part, not a call to TMI: plain fetch.)
    if (location.startsWith(`${callbackUrl}?`)) await fetch(location).then((r) => r.text())
    else await options.openUrl(authorize.toString())
    const code = await received
    const { status, body } = await requestToken(
      base,
      given,
      { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: callbackUrl },
      deadline,
    )
    if (status !== 200 || !body.access_token) throw tokenError(status, body)
    const me = await call(doFetch, 'GET', endpoint(base, '/me'), {
      headers: { Authorization: `Bearer ${body.access_token}`, Accept: 'application/json' },
    })
    const user = (await me.json().catch(() => ({}))) as SavedSession['user']
    if (!me.ok) throw new TmiHttpError({ status: me.status, method: 'GET', path: '/me', retried: false })
    return {
      format: 1,
      tmi_url: base,
      idp,
      access_token: body.access_token,
      refresh_token: body.refresh_token ?? '',
      expires_at: new Date(clock() + (body.expires_in ?? 3600) * 1000).toISOString(),
      user: {
        provider: user.provider,
        provider_id: user.provider_id,
        email: user.email,
        display_name: user.display_name,
      },
      saved_at: new Date(clock()).toISOString(),
    }
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

async function pickProvider(
  base: string,
  doFetch: typeof fetch,
  choose: LoginOptions['chooseProvider'],
): Promise<string> {
  const res = await call(doFetch, 'GET', endpoint(base, '/oauth2/providers'), {
    headers: { Accept: 'application/json' },
  })
  const body = (await res.json().catch(() => ({}))) as { providers?: Provider[] }
  const providers = body.providers ?? []
  if (!res.ok || providers.length === 0)
    throw new UserError('TMI lists no identity providers to sign in with')
  if (providers.length === 1) return (providers[0] as Provider).id
  if (!choose)
    throw new UserError(
      `TMI offers several identity providers (${providers.map((p) => p.id).join(', ')}): choose one with --idp`,
    )
  return choose(providers)
}

/** One call to TMI outside the request core (no session yet): a failure to reach it is one line. */
async function call(doFetch: typeof fetch, method: string, url: URL, init: RequestInit): Promise<Response> {
  try {
    return await doFetch(url, { method, ...init })
  } catch (e) {
    throw new TmiNetworkError(method, url.pathname, e)
  }
}

/** The loopback redirect target: resolves with the code once TMI sends the browser back with it. */
async function listen(
  port: number,
  state: string,
  timeoutMs: number,
): Promise<{ server: Server; callbackUrl: string; received: Promise<string> }> {
  let resolve!: (code: string) => void
  let reject!: (e: Error) => void
  const received = new Promise<string>((res, rej) => {
    resolve = res
    reject = rej
  })
  const page = (title: string) =>
    `<!doctype html><meta charset="utf-8"><title>tmi-sync</title><p>${title}</p><p>You can close this tab.</p>`
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/callback') {
      res.writeHead(404).end()
      return
    }
    const code = url.searchParams.get('code')
    const ok = code && url.searchParams.get('state') === state
    res.writeHead(ok ? 200 : 400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(
      page(ok ? 'Signed in to TMI: tmi-sync has your session.' : 'This sign-in answer was not for tmi-sync.'),
    )
    if (ok) resolve(code)
    else if (url.searchParams.get('error'))
      reject(
        new UserError(
          `sign-in failed: ${url.searchParams.get('error_description') ?? url.searchParams.get('error')}`,
        ),
      )
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        new UserError(
          e.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : e.message,
        ),
      ),
    )
    server.listen(port, '127.0.0.1', ok)
  })
  const timer = setTimeout(
    () =>
      reject(
        new UserError(`nobody signed in within ${Math.round(timeoutMs / 1000)} s: run tmi-sync login again`),
      ),
    timeoutMs,
  )
  timer.unref()
  void received.finally(() => clearTimeout(timer)).catch(() => undefined)
  const { port: bound } = server.address() as AddressInfo
  return { server, callbackUrl: `http://127.0.0.1:${bound}/callback`, received }
}

/** `POST /oauth2/revoke` (RFC 7009): the refresh token dies at TMI, not only on this machine. */
export async function revoke(
  baseUrl: string,
  session: Pick<SavedSession, 'access_token' | 'refresh_token'>,
  given: typeof fetch = globalThis.fetch,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): Promise<boolean> {
  const doFetch: typeof fetch = (input, init) =>
    given(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  const url = endpoint(canonicalTmiUrl(baseUrl), '/oauth2/revoke')
  let revoked = true
  for (const [token, hint] of [
    [session.refresh_token, 'refresh_token'],
    [session.access_token, 'access_token'],
  ] as const) {
    if (!token) continue
    const res = await call(doFetch, 'POST', url, {
      headers: {
        Authorization: `Bearer ${session.access_token}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token, token_type_hint: hint }).toString(),
      redirect: 'manual',
    })
    await res.text()
    if (!res.ok) revoked = false
  }
  return revoked
}

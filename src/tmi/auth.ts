import { UserError } from '../common/errors.js'
import { registerSecret } from '../common/secrets.js'
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../common/timeout.js'
import { readSession, withSessionLock, writeSession, type SavedSession } from './credentials.js'
import { TmiHttpError, TmiNetworkError, TmiRedirectError } from './errors.js'
import { endpoint } from './url.js'

const TOKEN_ATTEMPTS = 3
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Who the token speaks for, as far as the client can tell: TMI (1.4+) refuses every write inside a
 * threat model to a service account, so apply must know before it writes.
 */
export type Principal = 'user' | 'service-account' | 'unknown'

/** Where bearer tokens come from: a static token, a saved login, or client credentials. */
export interface TokenSource {
  token(): Promise<string>
  /** Called after a 401: forget the cached token so the next call fetches a fresh one. */
  invalidate(): void
  /** Whether `invalidate` can produce a different token (a static token cannot). */
  readonly renewable: boolean
  readonly principal: () => Promise<Principal>
  /** Where the credentials come from, for people to read (`TMI_TOKEN`, a session file …): never a secret. */
  readonly origin: string
}

/** A JWT's claims, read without verifying them (only TMI can; this only tells kinds and lifetimes apart). */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1]
  if (!part) return undefined
  try {
    const claims = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown
    return claims !== null && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The `sub` of a JWT (a service account's starts `sa:`). */
export function jwtSubject(token: string): string | undefined {
  const sub = jwtClaims(token)?.sub
  return typeof sub === 'string' ? sub : undefined
}

/** When a JWT expires, in epoch ms (`exp`); undefined when it does not say. */
export function jwtExpiry(token: string): number | undefined {
  const exp = jwtClaims(token)?.exp
  return typeof exp === 'number' ? exp * 1000 : undefined
}

/** A token given as is (`TMI_TOKEN`): TMI's are JWTs, and a service account's `sub` starts `sa:`. */
export function staticToken(token: string, origin = 'TMI_TOKEN'): TokenSource {
  return {
    origin,
    token: () => Promise.resolve(token),
    invalidate: () => undefined,
    renewable: false,
    principal: () => {
      const sub = jwtSubject(token)
      return Promise.resolve(
        sub === undefined ? 'unknown' : sub.startsWith('sa:') ? 'service-account' : 'user',
      )
    },
  }
}

/** What `POST /oauth2/token` answers (`AuthTokenResponse`, or TMI's error shape). */
export interface TokenAnswer {
  access_token?: string
  refresh_token?: string
  expires_in?: number
  error?: string
  error_description?: string
}

/**
 * `POST /oauth2/token` with a form body: every grant TMI has accepts it, and client secrets go in
 * it (`client_secret_post`, the only method TMI's handler reads). Redirects are not followed: a
 * body with a secret must never be replayed to another origin.
 */
export async function requestToken(
  baseUrl: string,
  doFetch: typeof fetch,
  form: Record<string, string>,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): Promise<{ status: number; body: TokenAnswer }> {
  // Client credentials may be asked for again; a refresh token is spent by the first attempt that
  // reaches TMI, so that grant is repeated only on answers TMI gives before doing anything.
  const repeatable = form.grant_type === 'client_credentials'
  for (let attempt = 1; ; attempt++) {
    let res: Response
    try {
      res = await doFetch(endpoint(baseUrl, '/oauth2/token'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (e) {
      if (repeatable && attempt < TOKEN_ATTEMPTS) {
        await sleep(250 * attempt)
        continue
      }
      throw new TmiNetworkError('POST', '/oauth2/token', e, timeoutMs)
    }
    if (res.status >= 300 && res.status < 400)
      throw new TmiRedirectError('POST', '/oauth2/token', res.headers.get('location'))
    if ((res.status === 503 || res.status === 429) && attempt < TOKEN_ATTEMPTS) {
      await res.body?.cancel()
      const after = Number(res.headers.get('retry-after'))
      await sleep(Math.min(Number.isFinite(after) && after > 0 ? after * 1000 : 250 * attempt, 10_000))
      continue
    }
    const body = (await res.json().catch(() => ({}))) as TokenAnswer
    // Whatever TMI issues is a secret from now on: no message may show it.
    registerSecret(body.access_token)
    registerSecret(body.refresh_token)
    return { status: res.status, body }
  }
}

/** A refused token request as a TmiHttpError: TMI's code and description, never the request body. */
export function tokenError(status: number, body: TokenAnswer): TmiHttpError {
  return new TmiHttpError({
    status,
    method: 'POST',
    path: '/oauth2/token',
    retried: false,
    ...(body.error ? { code: body.error } : {}),
    ...(body.error_description ? { description: body.error_description } : {}),
  })
}

/** Renew this long before `expires_in` runs out, so no request carries a token about to expire. */
const RENEW_EARLY_MS = 60_000

/**
 * OAuth 2.0 client credentials against TMI's `/oauth2/token` (form body, `client_secret_post`,
 * the only method TMI's handler reads). There is no refresh token for this grant: a new one is
 * requested before expiry, and once after a 401.
 */
export function clientCredentials(options: {
  baseUrl: string
  clientId: string
  clientSecret: string
  fetch?: typeof fetch
  now?: () => number
  timeoutMs?: number
}): TokenSource {
  const doFetch = options.fetch ?? globalThis.fetch
  const clock = options.now ?? Date.now
  let cached: { token: string; renewAt: number } | undefined
  let pending: Promise<string> | undefined
  const obtain = async (): Promise<string> => {
    const { status, body } = await requestToken(
      options.baseUrl,
      doFetch,
      { grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret },
      options.timeoutMs,
    )
    if (status !== 200 || !body.access_token) throw tokenError(status, body)
    const lifetime = (body.expires_in ?? 3600) * 1000
    cached = {
      token: body.access_token,
      renewAt: clock() + Math.max(lifetime - RENEW_EARLY_MS, lifetime / 2),
    }
    return body.access_token
  }
  return {
    origin: 'TMI_CLIENT_ID/TMI_CLIENT_SECRET',
    renewable: true,
    // Every client-credentials token is a service account on TMI 1.4+ (tmi-api.md §00.1).
    principal: () => Promise.resolve('service-account'),
    token: () => {
      if (cached && clock() < cached.renewAt) return Promise.resolve(cached.token)
      pending ??= obtain().finally(() => (pending = undefined))
      return pending
    },
    invalidate: () => (cached = undefined),
  }
}

/**
 * A person's session saved by `tmi-sync login`: the access token, refreshed before it expires.
 * TMI rotates refresh tokens on every use, so the new pair is written to the file before it is
 * used, under a lock, and after re-reading the file (another process may have refreshed first).
 */
export function userSession(options: {
  baseUrl: string
  file: string
  fetch?: typeof fetch
  now?: () => number
  timeoutMs?: number
}): TokenSource {
  const doFetch = options.fetch ?? globalThis.fetch
  const clock = options.now ?? Date.now
  let cached: SavedSession | undefined
  let forceRefresh = false
  let pending: Promise<string> | undefined
  const fresh = (s: SavedSession) => !forceRefresh && Date.parse(s.expires_at) - RENEW_EARLY_MS > clock()
  const expired = () =>
    new UserError(
      `the TMI session in ${options.file} has expired or was revoked: run "tmi-sync login" again${process.env.TMI_CREDENTIALS_FILE ? ' and update TMI_CREDENTIALS_FILE' : ''}`,
    )
  const obtain = async (): Promise<string> => {
    if (cached && fresh(cached)) return cached.access_token
    return withSessionLock(options.file, async () => {
      const saved = await readSession(options.file)
      if (!saved) throw new UserError(`not logged in to TMI (no ${options.file}): run "tmi-sync login"`)
      // Someone else refreshed while we waited for the lock: theirs is ours.
      if (
        fresh(saved) ||
        (cached && saved.refresh_token !== cached.refresh_token && Date.parse(saved.expires_at) > clock())
      ) {
        cached = saved
        forceRefresh = false
        return saved.access_token
      }
      const { status, body } = await requestToken(
        options.baseUrl,
        doFetch,
        { grant_type: 'refresh_token', refresh_token: saved.refresh_token },
        options.timeoutMs,
      )
      if (status === 400 || status === 401) throw expired()
      if (status !== 200 || !body.access_token || !body.refresh_token) throw tokenError(status, body)
      const next: SavedSession = {
        ...saved,
        access_token: body.access_token,
        refresh_token: body.refresh_token,
        expires_at: new Date(clock() + (body.expires_in ?? 3600) * 1000).toISOString(),
        saved_at: new Date(clock()).toISOString(),
      }
      // The old refresh token is dead now: save the new one before anything else can fail.
      await writeSession(options.file, next)
      cached = next
      forceRefresh = false
      return next.access_token
    })
  }
  return {
    origin: options.file,
    renewable: true,
    principal: () => Promise.resolve('user'),
    token: () => {
      if (cached && fresh(cached)) return Promise.resolve(cached.access_token)
      pending ??= obtain().finally(() => (pending = undefined))
      return pending
    },
    invalidate: () => {
      forceRefresh = true
    },
  }
}

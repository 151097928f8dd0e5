import { TmiHttpError } from './errors.js'

/** Where bearer tokens come from: a static token, or OAuth client credentials renewed before they expire. */
export interface TokenSource {
  token(): Promise<string>
  /** Called after a 401: forget the cached token so the next call fetches a fresh one. */
  invalidate(): void
  /** Whether `invalidate` can produce a different token (a static token cannot). */
  readonly renewable: boolean
}

export function staticToken(token: string): TokenSource {
  return { token: () => Promise.resolve(token), invalidate: () => undefined, renewable: false }
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
}): TokenSource {
  const doFetch = options.fetch ?? globalThis.fetch
  const clock = options.now ?? Date.now
  let cached: { token: string; renewAt: number } | undefined
  let pending: Promise<string> | undefined
  const obtain = async (): Promise<string> => {
    const res = await doFetch(new URL('/oauth2/token', options.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }).toString(),
    })
    const body = (await res.json().catch(() => ({}))) as {
      access_token?: string
      expires_in?: number
      error?: string
      error_description?: string
    }
    if (!res.ok || !body.access_token) {
      const init = { status: res.status, method: 'POST', path: '/oauth2/token', retried: false }
      throw new TmiHttpError({
        ...init,
        ...(body.error ? { code: body.error } : {}),
        ...(body.error_description ? { description: body.error_description } : {}),
      })
    }
    const lifetime = (body.expires_in ?? 3600) * 1000
    cached = {
      token: body.access_token,
      renewAt: clock() + Math.max(lifetime - RENEW_EARLY_MS, lifetime / 2),
    }
    return body.access_token
  }
  return {
    renewable: true,
    token: () => {
      if (cached && clock() < cached.renewAt) return Promise.resolve(cached.token)
      pending ??= obtain().finally(() => (pending = undefined))
      return pending
    },
    invalidate: () => (cached = undefined),
  }
}

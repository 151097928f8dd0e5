import { randomBytes } from 'node:crypto'
import { ApiError, badRequest } from './errors.js'
import type { Caller } from './store.js'

interface Issued {
  caller: Caller
  expiresAt: number
}

export interface AuthOptions {
  /** `id:secret` pairs accepted by the client-credentials grant. */
  clients: Map<string, string>
  /** Static bearer tokens (interactive users). */
  tokens: Set<string>
  tokenLifetimeSeconds: number
}

/** TMI's lockout after repeated bad client secrets (tmi-api.md §3): failures → seconds locked. */
const LOCKOUT: Array<[number, number]> = [
  [50, 3600],
  [20, 300],
  [10, 30],
  [5, 1],
]

export class Auth {
  private readonly issued = new Map<string, Issued>()
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>()
  readonly options: AuthOptions

  constructor(options: AuthOptions) {
    this.options = options
  }

  /** POST /oauth2/token: client_credentials with client_secret_post only; no refresh token. */
  token(form: Record<string, string>): Record<string, unknown> {
    if (form.grant_type !== 'client_credentials') {
      throw new ApiError(400, `Unsupported grant type: ${form.grant_type ?? ''}`, 'unsupported grant type')
    }
    const id = form.client_id
    const secret = form.client_secret
    if (!id || !secret) throw badRequest('client_id and client_secret are required', 'invalid_request')
    const state = this.failures.get(id) ?? { count: 0, lockedUntil: 0 }
    const nowMs = Date.now()
    if (state.lockedUntil > nowMs) {
      const retry = Math.ceil((state.lockedUntil - nowMs) / 1000)
      throw new ApiError(429, 'too_many_requests', 'Too many failed authentication attempts', {
        'Retry-After': String(retry),
      })
    }
    if (this.options.clients.get(id) !== secret) {
      state.count++
      const lock = LOCKOUT.find(([n]) => state.count >= n)
      if (lock) state.lockedUntil = nowMs + lock[1] * 1000
      this.failures.set(id, state)
      throw new ApiError(401, 'invalid_client', 'Client authentication failed')
    }
    this.failures.delete(id)
    const token = randomBytes(24).toString('base64url')
    const caller: Caller = {
      provider: 'tmi',
      provider_id: `sa:${id}:emulator`,
      email: `${id.replace(/[^a-zA-Z0-9._-]/g, '-')}@tmi.local`,
      display_name: `Service account ${id}`,
      serviceAccount: true,
    }
    this.issued.set(token, { caller, expiresAt: nowMs + this.options.tokenLifetimeSeconds * 1000 })
    return {
      access_token: token,
      refresh_token: '',
      token_type: 'bearer',
      expires_in: this.options.tokenLifetimeSeconds,
    }
  }

  /** The caller behind `Authorization: Bearer …`, or 401. */
  authenticate(header: string | undefined): Caller {
    const invalid = () =>
      new ApiError(401, 'unauthorized', 'Invalid or expired token', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      })
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '')
    if (!m) throw invalid()
    const token = m[1] as string
    if (this.options.tokens.has(token)) {
      return {
        provider: 'tmi',
        provider_id: 'emulator-user',
        email: 'emulator-user@tmi.local',
        display_name: 'Emulator user',
        serviceAccount: false,
      }
    }
    const issued = this.issued.get(token)
    if (!issued || issued.expiresAt <= Date.now()) throw invalid()
    return issued.caller
  }

  /** Test hook: expire every issued token now. */
  expireAll(): void {
    for (const t of this.issued.values()) t.expiresAt = 0
  }
}

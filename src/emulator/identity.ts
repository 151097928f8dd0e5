import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { ApiError, badRequest } from './errors.js'
import { signJwt, verifyJwt, type Claims } from './jwt.js'
import type { Caller, Store } from './store.js'

/** A person TMI knows: someone who logged in once (or was created by the operator). */
export interface User {
  provider: string
  provider_id: string
  email: string
  display_name: string
  admin: boolean
  groups: string[]
}

/** A client-credentials credential: a service account acting for its owner (`sa:{credential}:{owner}`). */
interface Credential {
  id: string
  clientId: string
  secret: string
  owner: User
}

export interface IdentityOptions {
  /** `id:secret` pairs: each a credential of its own automation account (TMI's `POST /admin/users/automation`). */
  clients: string[]
  /** Static bearer tokens, each acting as the emulator's own user (opaque, not JWTs). */
  tokens: string[]
  /** `provider:id` users, and which of them are administrators. */
  users: string[]
  admins: string[]
  /** `TMI_JWT_EXPIRATION_SECONDS` (default 3600). */
  tokenLifetimeSeconds: number
  /** Refresh-token lifetime (TMI default 7 days). */
  refreshLifetimeSeconds: number
  /** `TMI_OAUTH_CLIENT_CALLBACK_ALLOWLIST`: exact URLs, or prefixes ending in `*`; empty refuses every callback. */
  callbackAllowlist: string[]
  now?: () => number
}

/** TMI's lockout after repeated bad client secrets (tmi-api.md §3): failures → seconds locked. */
const LOCKOUT: Array<[number, number]> = [
  [50, 3600],
  [20, 300],
  [10, 30],
  [5, 1],
]

const DEV_PROVIDER = 'tmi'
/** What TMI's development provider accepts as a login_hint (`G:auth/test_provider.go`). */
/**
 * The user TMI's development provider signs in for a `login_hint`: lower-cased and trimmed, 3 to 20
 * of a-z, 0-9 and `-`, not starting or ending with `-`; any other hint signs in a random
 * `testuser-NNNNNNNN`, silently (`G:auth/test_provider.go:276-301`, display name `:351-363`).
 */
function devUserName(hint: string | undefined): string | undefined {
  const name = hint?.trim().toLowerCase()
  if (!name || name.length < 3 || name.length > 20 || !/^[a-z0-9-]+$/.test(name)) return undefined
  return name.startsWith('-') || name.endsWith('-') ? undefined : name
}
const CODE_LIFETIME_MS = 10 * 60_000
const DELEGATION_LIFETIME_SECONDS = 60

/** 401 as TMI sends it: no WWW-Authenticate header (tmi-api.md §00.8). */
export const unauthenticated = () => new ApiError(401, 'unauthorized', 'Authentication required')

/**
 * Who may call the emulator, as TMI decides it: JWT access tokens for users (authorization code
 * + PKCE through TMI's development provider), service accounts (client credentials, `sub` =
 * `sa:{credential}:{owner}`), addon delegation tokens, refresh tokens that rotate, revocation.
 */
export class Identity {
  private readonly secret = randomBytes(32)
  readonly users = new Map<string, User>()
  private readonly credentials = new Map<string, Credential>()
  private readonly staticTokens: Set<string>
  private readonly staticUser: User
  /** Every access token issued (by jti), with when it stops being accepted: expiry, revocation. */
  private readonly issued = new Map<string, number>()
  private readonly codes = new Map<
    string,
    { user: User; challenge: string; callback: string; expiresAt: number }
  >()
  private readonly pendingLogins = new Map<
    string,
    { idp: string; hint?: string; challenge: string; callback: string; state: string }
  >()
  private readonly refreshTokens = new Map<string, { user: User; expiresAt: number }>()
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>()
  readonly options: IdentityOptions
  private readonly now: () => number

  private readonly store: Store

  constructor(options: IdentityOptions, store: Store) {
    this.options = options
    this.store = store
    this.now = options.now ?? Date.now
    for (const u of options.users) this.addUser(u, false)
    for (const u of options.admins) this.addUser(u, true)
    this.staticTokens = new Set(options.tokens)
    this.staticUser = this.remember({
      provider: DEV_PROVIDER,
      provider_id: 'emulator-user',
      email: 'emulator-user@tmi.local',
      display_name: 'Emulator user',
      admin: false,
      groups: [],
    })
    for (const c of options.clients) {
      const at = c.indexOf(':')
      this.addClient(c.slice(0, at), c.slice(at + 1))
    }
  }

  /** A user as `provider:id` (an email as id gives it as the email too). */
  addUser(spec: string, admin: boolean): User {
    const at = spec.indexOf(':')
    const provider = spec.slice(0, at)
    const id = spec.slice(at + 1)
    return this.remember({
      provider,
      provider_id: id,
      email: id.includes('@') ? id : `${id}@tmi.local`,
      display_name: id,
      admin,
      groups: [],
    })
  }

  /** A dedicated automation account with one credential, in the built-in tmi-automation group. */
  addClient(clientId: string, secret: string): void {
    const name = clientId.replace(/[^a-zA-Z0-9._-]/g, '-')
    const owner = this.remember({
      provider: DEV_PROVIDER,
      provider_id: `tmi-automation-${name}`,
      email: `tmi-automation-${name}@tmi.local`,
      display_name: `Automation ${clientId}`,
      admin: false,
      groups: ['tmi-automation'],
    })
    this.credentials.set(clientId, { id: randomUUID(), clientId, secret, owner })
  }

  private remember(user: User): User {
    const key = `${user.provider}:${user.provider_id}`
    const existing = this.users.get(key)
    if (existing) {
      existing.admin ||= user.admin
      return existing
    }
    this.users.set(key, user)
    // Only users TMI knows may be named in access lists.
    this.store.rememberUser(user)
    return user
  }

  /** The identity providers `GET /oauth2/providers` lists: TMI's development provider and those of known users. */
  providers(base: string): Array<Record<string, string>> {
    const ids = [DEV_PROVIDER, ...new Set([...this.users.values()].map((u) => u.provider))].filter(
      (p, i, all) => all.indexOf(p) === i,
    )
    return ids.map((id) => ({
      id,
      name: id,
      icon: id === DEV_PROVIDER ? '/static/provider-logos/signin/tmi.svg' : id,
      auth_url: `${base}/oauth2/authorize?idp=${id}`,
      token_url: `${base}/oauth2/token`,
      redirect_uri: `${base}/oauth2/callback`,
      client_id: 'tmi-client',
    }))
  }

  /**
   * `GET /oauth2/authorize`: PKCE S256 only, `scope` with `openid`, `client_callback` on the
   * allowlist. TMI's development provider completes at once (the user named by `login_hint`);
   * another provider goes through the emulator's stand-in login page first.
   */
  authorize(query: URLSearchParams, base: string): { location: string } {
    checkAuthorizeQuery(query)
    // A development build of TMI defaults to its own provider (`G:auth/default_provider_dev.go`).
    const idp = query.get('idp') ?? DEV_PROVIDER
    const scope = query.get('scope') ?? ''
    if (!scope.split(' ').includes('openid'))
      throw new ApiError(400, 'invalid_scope', "OpenID Connect requires 'openid' scope")
    // TMI's handler answers an unknown provider with `error` alone (seen on TMI 1.8.22).
    if (!this.providers(base).some((p) => p.id === idp))
      throw new ApiError(400, `provider ${idp} not found`, '')
    const challenge = query.get('code_challenge') as string
    const callback = query.get('client_callback') ?? ''
    if (!callback)
      throw badRequest('client_callback is required (the emulator has no page of its own)', 'invalid_request')
    if (!this.callbackAllowed(callback))
      throw badRequest('client_callback is not in the allowlist', 'invalid_request')
    const state = query.get('state') ?? randomBytes(16).toString('base64url')
    const hint = query.get('login_hint') ?? undefined
    if (idp === DEV_PROVIDER) {
      const hinted = devUserName(hint)
      const number = String(randomBytes(4).readUInt32BE() % 1e8).padStart(8, '0')
      const name = hinted ?? `testuser-${number}`
      const user = this.remember({
        provider: DEV_PROVIDER,
        provider_id: name,
        email: `${name}@tmi.local`,
        display_name: hinted
          ? `${hinted
              .split('-')
              .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
              .join(' ')} (TMI User)`
          : `Test User ${number}`,
        admin: false,
        groups: [],
      })
      return { location: this.issueCode(user, challenge, callback, state) }
    }
    const session = randomBytes(16).toString('base64url')
    this.pendingLogins.set(session, { idp, ...(hint ? { hint } : {}), challenge, callback, state })
    return { location: `${base}/__emulator/idp/${idp}/login?session=${session}` }
  }

  /** The stand-in for an external provider's login page: signs in the hinted (or first) user of that provider. */
  completeLogin(session: string): { location: string } {
    const pending = this.pendingLogins.get(session)
    if (!pending) throw badRequest('unknown or used login session', 'invalid_request')
    this.pendingLogins.delete(session)
    const ofProvider = [...this.users.values()].filter((u) => u.provider === pending.idp)
    const user =
      ofProvider.find((u) => u.provider_id === pending.hint || u.email === pending.hint) ?? ofProvider[0]
    if (!user) throw badRequest(`no user of ${pending.idp}`, 'invalid_request')
    return { location: this.issueCode(user, pending.challenge, pending.callback, pending.state) }
  }

  private issueCode(user: User, challenge: string, callback: string, state: string): string {
    const code = randomBytes(24).toString('base64url')
    this.codes.set(code, { user, challenge, callback, expiresAt: this.now() + CODE_LIFETIME_MS })
    const url = new URL(callback)
    url.searchParams.set('code', code)
    url.searchParams.set('state', state)
    return url.toString()
  }

  /** Exact URLs, or prefixes ending in `*` (`G:auth/client_callback_allowlist.go`). */
  private callbackAllowed(callback: string): boolean {
    return this.options.callbackAllowlist.some((p) =>
      p.endsWith('*') ? callback.startsWith(p.slice(0, -1)) : callback === p,
    )
  }

  /** `POST /oauth2/token`: authorization_code (PKCE), refresh_token (rotating), client_credentials. */
  token(form: Record<string, string>): Record<string, unknown> {
    switch (form.grant_type) {
      case 'client_credentials':
        return this.clientCredentials(form)
      case 'authorization_code':
        return this.authorizationCode(form)
      case 'refresh_token':
        return this.refresh(form)
      default:
        // `error` alone, no description (seen on TMI 1.8.22).
        throw new ApiError(400, `Unsupported grant type: ${form.grant_type ?? ''}`, '')
    }
  }

  private authorizationCode(form: Record<string, string>): Record<string, unknown> {
    const { code, code_verifier: verifier, redirect_uri: redirect } = form
    if (!code || !verifier) throw badRequest('code and code_verifier are required', 'invalid_request')
    const entry = this.codes.get(code)
    // Single use: whatever happens next, this code is spent.
    this.codes.delete(code)
    const invalid = (why: string) => new ApiError(400, 'invalid_grant', why)
    if (!entry || entry.expiresAt <= this.now()) throw invalid('Authorization code is invalid or expired')
    const digest = createHash('sha256').update(verifier).digest('base64url')
    if (digest !== entry.challenge) throw invalid('PKCE verification failed')
    if (redirect !== undefined && redirect !== entry.callback) throw invalid('redirect_uri does not match')
    return this.userTokens(entry.user)
  }

  private refresh(form: Record<string, string>): Record<string, unknown> {
    const token = form.refresh_token
    if (!token) throw badRequest('refresh_token is required', 'invalid_request')
    const entry = this.refreshTokens.get(token)
    // Rotation: a refresh token works once; the answer carries the next one.
    this.refreshTokens.delete(token)
    if (!entry || entry.expiresAt <= this.now())
      throw new ApiError(400, 'invalid_grant', 'The refresh token is invalid or expired.')
    return this.userTokens(entry.user)
  }

  private userTokens(user: User): Record<string, unknown> {
    const refresh = randomBytes(32).toString('base64url')
    this.refreshTokens.set(refresh, {
      user,
      expiresAt: this.now() + this.options.refreshLifetimeSeconds * 1000,
    })
    return {
      access_token: this.sign(user.provider_id, user, this.options.tokenLifetimeSeconds),
      refresh_token: refresh,
      token_type: 'bearer',
      expires_in: this.options.tokenLifetimeSeconds,
    }
  }

  private clientCredentials(form: Record<string, string>): Record<string, unknown> {
    const id = form.client_id
    const secret = form.client_secret
    if (!id || !secret) throw badRequest('Missing client_id or client_secret parameter', 'invalid_request')
    const state = this.failures.get(id) ?? { count: 0, lockedUntil: 0 }
    const nowMs = this.now()
    if (state.lockedUntil > nowMs) {
      const retry = Math.ceil((state.lockedUntil - nowMs) / 1000)
      throw new ApiError(429, 'too_many_requests', 'Too many failed authentication attempts', {
        'Retry-After': String(retry),
      })
    }
    const credential = this.credentials.get(id)
    if (credential?.secret !== secret) {
      state.count++
      const lock = LOCKOUT.find(([n]) => state.count >= n)
      if (lock) state.lockedUntil = nowMs + lock[1] * 1000
      this.failures.set(id, state)
      throw new ApiError(401, 'invalid_client', 'Client authentication failed')
    }
    this.failures.delete(id)
    const sub = `sa:${credential.id}:${credential.owner.provider_id}`
    return {
      access_token: this.sign(sub, credential.owner, this.options.tokenLifetimeSeconds),
      refresh_token: '',
      token_type: 'bearer',
      expires_in: this.options.tokenLifetimeSeconds,
    }
  }

  /** A 60-second token acting as the invoker (never as an administrator), for one addon delivery. */
  delegationToken(invoker: Caller, delegation: NonNullable<Claims['delegation']>): string {
    const user = this.users.get(`${invoker.provider}:${invoker.provider_id}`)
    if (!user) throw new Error(`unknown invoker ${invoker.provider_id}`)
    return this.sign(user.provider_id, user, DELEGATION_LIFETIME_SECONDS, delegation)
  }

  private sign(sub: string, user: User, lifetime: number, delegation?: Claims['delegation']): string {
    const iat = Math.floor(this.now() / 1000)
    const jti = randomUUID()
    this.issued.set(jti, this.now() + lifetime * 1000)
    return signJwt(
      {
        sub,
        email: user.email,
        name: user.display_name,
        idp: user.provider,
        groups: user.groups,
        iat,
        exp: iat + lifetime,
        jti,
        iss: 'tmi-emulator',
        ...(delegation ? { delegation } : {}),
      },
      this.secret,
    )
  }

  /** `POST /oauth2/revoke` (RFC 7009): a refresh token is forgotten, an access token refused from now on. */
  revoke(form: Record<string, string>): void {
    const token = form.token
    if (!token) throw badRequest("Missing required 'token' parameter", 'invalid_request')
    if (this.refreshTokens.delete(token)) return
    const claims = verifyJwt(token, this.secret, Math.floor(this.now() / 1000))
    if (claims) this.issued.set(claims.jti, 0)
    // RFC 7009 §2.2: an unknown token is answered 200 all the same.
  }

  /** The caller behind `Authorization: Bearer …`, or 401. */
  authenticate(header: string | undefined): Caller {
    const bearer = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1]
    if (!bearer) throw unauthenticated()
    const token = this.aliases.get(bearer) ?? bearer
    if (this.staticTokens.has(token)) return callerOf(this.staticUser, false)
    const claims = verifyJwt(token, this.secret, Math.floor(this.now() / 1000))
    if (!claims || (this.issued.get(claims.jti) ?? 0) <= this.now()) throw unauthenticated()
    if (claims.sub.startsWith('sa:')) {
      const [, credentialId, owner] = claims.sub.split(':')
      const credential = [...this.credentials.values()].find((c) => c.id === credentialId)
      if (!credential || credential.owner.provider_id !== owner) throw unauthenticated()
      return { ...callerOf(credential.owner, true), credentialId: credential.id }
    }
    const user = this.users.get(`${claims.idp}:${claims.sub}`)
    if (!user) throw unauthenticated()
    // A delegation token acts as the invoker, and never as an administrator.
    if (claims.delegation) return { ...callerOf(user, false), admin: false, delegation: claims.delegation }
    return callerOf(user, false)
  }

  private readonly aliases = new Map<string, string>()

  /** Test hook: `alias` stands for `token`, as an opaque token a client cannot read would. */
  aliasToken(alias: string, token: string): void {
    this.aliases.set(alias, token)
  }

  /** Test hook: every token issued so far expires now. */
  expireAll(): void {
    for (const jti of this.issued.keys()) this.issued.set(jti, 0)
  }

  /** Test hook: refresh tokens issued so far expire now. */
  expireRefreshTokens(): void {
    for (const entry of this.refreshTokens.values()) entry.expiresAt = 0
  }
}

function callerOf(user: User, serviceAccount: boolean): Caller {
  return {
    provider: user.provider,
    provider_id: user.provider_id,
    email: user.email,
    display_name: user.display_name,
    serviceAccount,
    admin: user.admin && !serviceAccount,
    groups: user.groups,
  }
}

/**
 * TMI validates `/oauth2/authorize`'s query against the spec before its handler (kin-openapi, in the
 * spec's parameter order), and answers the first failure as kin-openapi words it (seen on TMI 1.8.22).
 */
function checkAuthorizeQuery(query: URLSearchParams): void {
  const fail = (name: string, what: string) =>
    new ApiError(
      400,
      'invalid_input',
      `error in openapi3filter.RequestError: parameter "${name}" in query has an error: ${what}`,
    )
  const rules: Array<[string, { required?: boolean; pattern?: RegExp; min?: number; enum?: string[] }]> = [
    ['idp', { pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/ }],
    ['state', { pattern: /^[a-zA-Z0-9_~.+/=-]*$/ }],
    ['login_hint', { pattern: /^[a-zA-Z0-9._%+-]+$/ }],
    ['scope', { required: true, pattern: /^[a-zA-Z0-9_][a-zA-Z0-9_ ]*[a-zA-Z0-9_]$/ }],
    ['code_challenge', { required: true, min: 43, pattern: /^[A-Za-z0-9\-._~]{43,128}$/ }],
    ['code_challenge_method', { required: true, enum: ['S256'] }],
  ]
  for (const [name, rule] of rules) {
    const value = query.get(name)
    if (value === null) {
      if (rule.required) throw fail(name, 'value is required but missing')
      continue
    }
    if (rule.min !== undefined && value.length < rule.min)
      throw fail(name, `minimum string length is ${rule.min}`)
    if (rule.pattern && !rule.pattern.test(value))
      throw fail(name, `string doesn't match the regular expression "${rule.pattern.source}"`)
    if (rule.enum && !rule.enum.includes(value))
      throw fail(
        name,
        `value is not one of the allowed values [${rule.enum.map((e) => JSON.stringify(e)).join(',')}]`,
      )
  }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse as parseJson } from '@humanwhocodes/momoa'
import { ApiError, badRequest } from './errors.js'
import { defaultFaults, type FaultKind, type Faults } from './faults.js'
import { enforceSubjectAuthority, isInvokerOperation } from './gate.js'
import { Addons, defaultAddonLimits, type AddonLimits } from './handlers/addons.js'
import { childRoutes } from './handlers/children.js'
import { diagramRoutes } from './handlers/diagrams.js'
import { metadataRoutes } from './handlers/metadata.js'
import { threatModelRoutes } from './handlers/threat-models.js'
import { Router, type EmulatorRules, type Reply, type RequestContext } from './router.js'
import { check } from './schemas.js'
import { checkUnicode, normaliseEnums } from './rules.js'
import { Identity } from './identity.js'
import { Store, type Caller } from './store.js'

export interface EmulatorOptions {
  host?: string
  port?: number
  /** Persist state to this JSON file (loaded at start, saved after every write). */
  data?: string
  /** `id:secret` pairs for the client-credentials grant: service accounts, each its own automation account. */
  clients?: string[]
  /** Static bearer tokens acting as the emulator's own user (opaque; real TMI tokens are JWTs). */
  tokens?: string[]
  /** Users who have logged in, as `provider:provider_id` (e.g. `google:alice@example.com`). */
  users?: string[]
  /** Users who are TMI administrators (may register webhooks and addons). */
  admins?: string[]
  /** Groups an administrator has made (`provider:name`, e.g. `tmi:security-champions`): access lists may name them. */
  groups?: string[]
  /** Access-token lifetime (TMI_JWT_EXPIRATION_SECONDS, default 3600). */
  tokenLifetimeSeconds?: number
  /** Refresh-token lifetime (default 7 days). */
  refreshLifetimeSeconds?: number
  /** TMI_OAUTH_CLIENT_CALLBACK_ALLOWLIST (default: loopback on any port). */
  callbackAllowlist?: string[]
  addonLimits?: Partial<AddonLimits>
  faults?: Partial<Faults>
  requireIfMatch?: boolean
}

/** RFC 8252 loopback redirects, on any port: what a CLI's `login` needs. */
export const DEFAULT_CALLBACK_ALLOWLIST = ['http://127.0.0.1:*', 'http://localhost:*']

export interface RunningEmulator {
  url: string
  store: Store
  faults: Faults
  rules: EmulatorRules
  identity: Identity
  addons: Addons
  /** Every API request seen, in order (method, path, status): tests count writes with it. */
  log: Array<{ method: string; path: string; status: number }>
  close(): Promise<void>
}

const ADMIN = '/__emulator'
const UUID_PARAM = /_id$/
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Starts the embedded TMI server; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = options.data ? Store.load(options.data) : new Store()
  for (const g of options.groups ?? []) store.knownGroups.add(g)
  const identity = new Identity(
    {
      clients: options.clients ?? [],
      tokens: options.tokens ?? [],
      users: options.users ?? [],
      admins: options.admins ?? [],
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
      refreshLifetimeSeconds: options.refreshLifetimeSeconds ?? 7 * 24 * 3600,
      callbackAllowlist: options.callbackAllowlist ?? DEFAULT_CALLBACK_ALLOWLIST,
    },
    store,
  )
  const addons = new Addons(identity, { ...defaultAddonLimits(), ...options.addonLimits })
  const router = new Router()
  router.add(...threatModelRoutes, ...childRoutes, ...diagramRoutes, ...metadataRoutes, ...addons.routes())
  const faults: Faults = { ...defaultFaults(), ...options.faults }
  const rules: EmulatorRules = { collaborating: new Set(), requireIfMatch: options.requireIfMatch ?? false }
  const log: RunningEmulator['log'] = []
  const windows = new Map<string, { start: number; count: number }>()
  let requestNumber = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator')
    const method = req.method ?? 'GET'
    const raw = await readBody(req)
    // The stand-in login page of other identity providers is part of the OAuth flow, not a test hook.
    if (url.pathname.startsWith(ADMIN) && !url.pathname.startsWith(`${ADMIN}/idp/`))
      return admin(url.pathname.slice(ADMIN.length), method, raw, res)
    const number = ++requestNumber
    const fault =
      faults.failRequests.find((f) => f.index === number)?.status ?? takeMatching(method, url.pathname)
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs))
    if (fault === 'reset') {
      req.socket.destroy()
      return
    }
    let reply: Reply
    const headers: Record<string, string> = {}
    try {
      if (fault === 500 || fault === 503) {
        throw new ApiError(
          fault,
          fault === 503 ? 'service_unavailable' : 'server_error',
          'Injected fault',
          fault === 503 ? { 'Retry-After': '1' } : {},
        )
      }
      reply = await pipeline(req, url, method, raw, headers)
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(500, 'server_error', 'Internal server error')
      if (!(e instanceof ApiError)) console.error(e)
      reply = {
        status: err.status,
        // A few of TMI's answers carry `error` alone: those ApiErrors have no description.
        body: {
          ...(err.details ? { details: err.details } : {}),
          error: err.code,
          ...(err.message === '' ? {} : { error_description: err.message }),
        },
        headers: err.headers,
      }
    }
    log.push({ method, path: url.pathname, status: reply.status })
    if (options.data && method !== 'GET' && reply.status < 400) store.save(options.data)
    if (fault === 'drop') {
      req.socket.destroy()
      return
    }
    send(res, reply, headers)
  }

  function takeMatching(method: string, path: string): FaultKind | undefined {
    const f = faults.failMatching.find((m) => m.times > 0 && m.method === method && path.includes(m.path))
    if (!f) return undefined
    f.times--
    return f.status
  }

  /** TMI's middleware order (tmi-api.md §4.2): route/405 → ids → headers → 415 → Unicode/JSON → 401 → 429 → normaliser → schema → authz → handler. */
  async function pipeline(
    req: IncomingMessage,
    url: URL,
    method: string,
    raw: string,
    headers: Record<string, string>,
  ): Promise<Reply> {
    const oauth = oauthEndpoint(req, url, method, raw)
    if (oauth) return oauth
    // TMI's root answers who it is, without a token.
    if (url.pathname === '/' && method === 'GET')
      return {
        status: 200,
        body: {
          api: { version: '1.8.22' },
          service: { name: 'TMI', build: '1.8.22-tmi-sync-emulator' },
          status: { code: 'ok', time: new Date().toISOString() },
        },
      }
    const matched = router.match(method, url.pathname)
    // Operations TMI has and the emulator does not implement still refuse service accounts first.
    if ((!matched || 'allow' in matched) && isInvokerOperation(method, url.pathname))
      enforceSubjectAuthority(method, url.pathname, identity.authenticate(req.headers.authorization))
    if (!matched) {
      // TMI authenticates before it routes: an unknown path is 401 without a valid token, then 404
      // in the words of its spec validator (seen on TMI 1.8.22).
      identity.authenticate(req.headers.authorization)
      throw new ApiError(
        404,
        'not_found',
        `The endpoint '${method} ${url.pathname}' is not defined in the API specification. Check the request method and path (including trailing slashes).`,
      )
    }
    if ('allow' in matched)
      throw new ApiError(405, 'method_not_allowed', 'Method not allowed', { Allow: matched.allow.join(', ') })
    for (const [name, value] of Object.entries(matched.params)) {
      if (UUID_PARAM.test(name) && !UUID.test(value)) throw badRequest(`Invalid ${name}`, 'invalid_id')
    }
    if (req.headers['transfer-encoding'])
      throw badRequest('Transfer-Encoding is not supported', 'unsupported_encoding')
    let body: unknown
    if (matched.route.contentType) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
      if (!type) throw badRequest('Content-Type header is required', 'invalid_request')
      if (type !== matched.route.contentType)
        throw new ApiError(415, 'unsupported_media_type', `Content-Type must be ${matched.route.contentType}`)
      checkUnicode(raw)
      body = strictJson(raw)
    }
    const authenticate = () => identity.authenticate(req.headers.authorization)
    const caller: Caller = matched.route.public ? ANONYMOUS : authenticate()
    if (!matched.route.public) rateLimit(caller.provider_id, headers)
    if (body !== undefined) body = normaliseEnums((body as object) && normaliseNfc(body))
    if (matched.route.schema) check(matched.route.schema, body)
    // After request validation, before any role check (`G:cmd/server/main.go:1146-1163`).
    enforceSubjectAuthority(method, url.pathname, caller)
    const ctx: RequestContext = {
      method,
      path: url.pathname,
      params: matched.params,
      query: url.searchParams,
      headers: req.headers,
      body,
      raw,
      caller,
      authenticate,
      store,
      options: rules,
    }
    return matched.route.handle(ctx)
  }

  /** TMI's OAuth endpoints: providers, authorize (PKCE), token, revoke, and the stand-in login page. */
  function oauthEndpoint(req: IncomingMessage, url: URL, method: string, raw: string): Reply | undefined {
    const base = `http://${req.headers.host ?? 'emulator'}`
    const redirect = ({ location }: { location: string }): Reply => ({
      status: 302,
      headers: { Location: location, 'Cache-Control': 'no-store' },
    })
    const path = url.pathname
    if (path === '/oauth2/providers' && method === 'GET')
      return { status: 200, body: { providers: identity.providers(base) } }
    if (path === '/oauth2/authorize' && method === 'GET')
      return redirect(identity.authorize(url.searchParams, base))
    const login = /^\/__emulator\/idp\/[^/]+\/login$/.exec(path)
    if (login && method === 'GET')
      return redirect(identity.completeLogin(url.searchParams.get('session') ?? ''))
    if (path === '/oauth2/token' && method === 'POST')
      return {
        status: 200,
        body: identity.token(formBody(req, raw)),
        headers: { 'Cache-Control': 'no-store' },
      }
    if (path === '/oauth2/revoke' && method === 'POST') {
      // The token parameter first, then who asks: a bearer token, or else 401 invalid_client (seen on TMI 1.8.22).
      const form = formBody(req, raw)
      if (!form.token) throw badRequest("Missing required 'token' parameter", 'invalid_request')
      try {
        identity.authenticate(req.headers.authorization)
      } catch {
        throw new ApiError(401, 'invalid_client', 'Client authentication failed')
      }
      identity.revoke(form)
      return { status: 200, body: {} }
    }
    return undefined
  }

  function formBody(req: IncomingMessage, raw: string): Record<string, string> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw))
    if (type === 'application/json') return strictJson(raw) as Record<string, string>
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Content-Type must be application/x-www-form-urlencoded or application/json',
    )
  }

  function rateLimit(who: string, headers: Record<string, string>): void {
    const nowMs = Date.now()
    const minute = Math.floor(nowMs / 60_000) * 60_000
    const w = windows.get(who)
    const window = w && w.start === minute ? w : { start: minute, count: 0 }
    windows.set(who, window)
    window.count++
    const reset = String(Math.floor((minute + 60_000) / 1000))
    headers['X-RateLimit-Limit'] = String(faults.rateLimitPerMinute)
    headers['X-RateLimit-Remaining'] = String(Math.max(0, faults.rateLimitPerMinute - window.count))
    headers['X-RateLimit-Reset'] = reset
    if (window.count > faults.rateLimitPerMinute) {
      const retry = String(Math.max(1, Math.ceil((minute + 60_000 - nowMs) / 1000)))
      throw new ApiError(
        429,
        'rate_limit_exceeded',
        'Rate limit exceeded. Please retry after the specified time.',
        { ...headers, 'Retry-After': retry },
      )
    }
  }

  function admin(path: string, method: string, raw: string, res: ServerResponse): void {
    if (path === '/faults' && method === 'PUT')
      Object.assign(faults, defaultFaults(), JSON.parse(raw || '{}') as Partial<Faults>)
    else if (path === '/collaboration' && method === 'PUT') {
      const { diagram_id, active } = JSON.parse(raw) as { diagram_id: string; active: boolean }
      if (active) rules.collaborating.add(diagram_id)
      else rules.collaborating.delete(diagram_id)
    } else if (path === '/expire-tokens' && method === 'POST') identity.expireAll()
    else if (path === '/expire-refresh-tokens' && method === 'POST') identity.expireRefreshTokens()
    else if (path === '/log' && method === 'DELETE') log.length = 0
    else if (!(path === '/state' && method === 'GET'))
      return send(
        res,
        { status: 404, body: { error: 'not_found', error_description: 'unknown admin route' } },
        {},
      )
    send(res, { status: 200, body: { faults, requests: log.length, models: store.models.size } }, {})
  }

  const server: Server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const host = options.host ?? '127.0.0.1'
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    faults,
    rules,
    identity,
    addons,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        addons.close()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The caller of a public route until it authenticates itself. */
const ANONYMOUS: Caller = {
  provider: '',
  provider_id: '',
  email: '',
  display_name: '',
  serviceAccount: false,
  admin: false,
  groups: [],
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Strict JSON: duplicate keys and trailing data are 400, as in TMI. */
function strictJson(raw: string): unknown {
  let ast
  try {
    ast = parseJson(raw, { mode: 'json' })
  } catch {
    throw badRequest('Request body is not valid JSON', 'invalid_input')
  }
  const walk = (n: unknown): void => {
    const node = n as {
      type: string
      members?: Array<{ name: { value: string }; value: unknown }>
      elements?: Array<{ value: unknown }>
    }
    if (node.type === 'Object') {
      const keys = new Set<string>()
      for (const m of node.members ?? []) {
        if (keys.has(m.name.value))
          throw badRequest(`Duplicate key "${m.name.value}" in JSON body`, 'invalid_input')
        keys.add(m.name.value)
        walk(m.value)
      }
    } else if (node.type === 'Array') for (const e of node.elements ?? []) walk(e.value)
  }
  walk(ast.body)
  return JSON.parse(raw) as unknown
}

function normaliseNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(normaliseNfc)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseNfc(v)]))
}

function send(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    ...headers,
    ...reply.headers,
    ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': String(Buffer.byteLength(body)),
  })
  res.end(body)
}

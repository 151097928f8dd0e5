import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { modelFor, page } from '../access.js'
import { ApiError, badRequest, conflict, forbidden, notFound } from '../errors.js'
import type { Identity } from '../identity.js'
import type { RequestContext, Route } from '../router.js'
import { now, type Caller } from '../store.js'

/**
 * TMI's addons (tmi-api.md §00.2): webhook subscriptions verified by a challenge, addons on them,
 * invocations with TMI's limits, and deliveries POSTed to the addon with an HMAC signature and a
 * 60-second delegation token, retried with backoff; the addon reports back, signed, at
 * `/webhook-deliveries/{id}/status`. Sources: `G:api/addon_invocation_handlers.go`,
 * `G:api/addon_rate_limiter.go`, `G:api/webhook_delivery_worker.go`,
 * `G:api/webhook_delivery_handlers.go`.
 */
export interface AddonLimits {
  /** Bytes of the invocation's JSON `data` (TMI: 1024). */
  userDataBytes: number
  /** Invocations not yet finished per invoker (TMI default 3). */
  maxActive: number
  /** Invocations per invoker in a sliding hour (TMI default 10). */
  perHour: number
  /** The same addon by the same invoker again within this is refused (TMI: 5 s). */
  dedupMs: number
  /** Waits before delivery attempts 2, 3, …; TMI: 1, 5, 15, 30 minutes, 5 attempts in all. */
  retryDelaysMs: number[]
  maxAttempts: number
  /** How long TMI waits for the addon's answer (30 s). */
  deliveryTimeoutMs: number
  /** TMI_WEBHOOK_ALLOW_HTTP_TARGETS: webhook URLs may be http:// (TMI: https only by default). */
  allowHttpTargets: boolean
  /** TMI's webhook_url_deny_list: host globs a subscription URL may not name (TMI seeds loopback and private ranges). */
  webhookDenyList: Array<{ pattern: string; description: string }>
}

/**
 * The deny list a new TMI seeds (`G:api/seed/seed.go:356-402`): loopback, private and link-local
 * ranges, cloud metadata services. An operator edits it in the database; nothing in the API does.
 */
export const SEEDED_WEBHOOK_DENY_LIST: AddonLimits['webhookDenyList'] = [
  ['localhost', 'Block localhost'],
  ['127.*', 'Block loopback addresses (127.0.0.0/8)'],
  ['::1', 'Block IPv6 loopback'],
  ['10.*', 'Block private network 10.0.0.0/8'],
  ...Array.from(
    { length: 16 },
    (_, i) => [`172.${16 + i}.*`, 'Block private network 172.16.0.0/12'] as const,
  ),
  ['192.168.*', 'Block private network 192.168.0.0/16'],
  ['169.254.*', 'Block link-local addresses (169.254.0.0/16)'],
  ['fe80:*', 'Block IPv6 link-local addresses (fe80::/10)'],
  ['fc00:*', 'Block IPv6 unique local addresses (fc00::/7)'],
  ['fd00:*', 'Block IPv6 unique local addresses (fd00::/8)'],
  ['metadata.google.internal', 'Block GCP metadata service'],
  ['kubernetes.default.svc', 'Block Kubernetes internal service'],
  ['255.255.255.255', 'Block broadcast address'],
  ['0.0.0.0', 'Block null address'],
].map(([pattern, description]) => ({ pattern, description }))

/** Go's filepath.Match on a host name (no separators in one): `*` any run, `?` one character. */
function globMatches(pattern: string, host: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${re}$`).test(host)
}

/** `POST /admin/webhooks/subscriptions`'s URL check (`G:api/webhook_url_validator.go`): scheme, then deny list. */
function webhookUrlRefusal(url: string, limits: AddonLimits): string | undefined {
  const scheme = limits.allowHttpTargets ? /^https?:\/\//i : /^https:\/\//i
  if (!scheme.test(url))
    return limits.allowHttpTargets
      ? `URL must start with http:// or https:// (found: ${url.slice(0, 7)})`
      : `URL must start with https:// (found: ${url.slice(0, 8)})`
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '')
  } catch {
    return 'invalid URL format'
  }
  const hit = limits.webhookDenyList.find((e) => globMatches(e.pattern.toLowerCase(), host))
  return hit ? `URL blocked: ${hit.description} (pattern: ${hit.pattern})` : undefined
}

export function defaultAddonLimits(): AddonLimits {
  return {
    userDataBytes: 1024,
    maxActive: 3,
    perHour: 10,
    dedupMs: 5000,
    retryDelaysMs: [60_000, 300_000, 900_000, 1_800_000],
    maxAttempts: 5,
    deliveryTimeoutMs: 30_000,
    allowHttpTargets: false,
    webhookDenyList: SEEDED_WEBHOOK_DENY_LIST,
  }
}

interface Subscription {
  id: string
  owner_id: string
  threat_model_id?: string
  name: string
  url: string
  events: string[]
  secret: string
  status: 'pending_verification' | 'active' | 'pending_delete'
  challenges_sent: number
  created_at: string
  modified_at: string
}

type DeliveryStatus = 'pending' | 'in_progress' | 'delivered' | 'failed'

interface Delivery {
  id: string
  subscription_id: string
  event_type: 'addon.invoked'
  payload: Record<string, unknown>
  status: DeliveryStatus
  attempts: number
  next_retry_at?: string
  last_error?: string
  created_at: string
  delivered_at?: string
  status_percent: number
  status_message?: string
  last_activity_at?: string
  addon_id: string
  invoker: Caller
  invoked_at: number
}

/** How long an unfinished invocation holds its place after its last activity (`G:api/addon_rate_limiter.go`). */
const STALE_MS = 15 * 60_000

/**
 * The user data against the addon's declared parameters: a value of an `enum` parameter must be
 * one of its values (seen on TMI 1.8.22: 400 "Parameter 'action' value 'destroy' is not in allowed values").
 */
function checkParameters(addon: Record<string, unknown>, data: unknown): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const parameters = (addon.parameters as Array<Record<string, unknown>> | undefined) ?? []
  for (const p of parameters) {
    const value = (data as Record<string, unknown>)[String(p.name)]
    if (p.type !== 'enum' || value === undefined) continue
    if (!((p.enum_values as unknown[] | undefined) ?? []).includes(value))
      throw badRequest(
        `Parameter '${String(p.name)}' value '${typeof value === 'string' ? value : JSON.stringify(value)}' is not in allowed values`,
        'invalid_input',
      )
  }
}

/** A stable UUID for a user (TMI's internal_uuid). */
export function userUuid(c: Pick<Caller, 'provider' | 'provider_id'>): string {
  const h = createHash('sha256').update(`${c.provider}:${c.provider_id}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** `sha256=<hex>` of the raw body, as TMI signs (`G:internal/crypto`). */
export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

function signatureValid(body: string, header: string | undefined, secret: string): boolean {
  if (!header) return false
  const a = Buffer.from(header)
  const b = Buffer.from(sign(body, secret))
  return a.length === b.length && timingSafeEqual(a, b)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export class Addons {
  readonly subscriptions = new Map<string, Subscription>()
  readonly addons = new Map<string, Record<string, unknown>>()
  readonly deliveries = new Map<string, Delivery>()
  private readonly dedup = new Map<string, number>()
  /** Per invoker, when each invocation TMI counted against the hourly quota was made. */
  private readonly counted = new Map<string, number[]>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private closed = false

  private readonly identity: Identity
  readonly limits: AddonLimits

  constructor(identity: Identity, limits: AddonLimits) {
    this.identity = identity
    this.limits = limits
  }

  close(): void {
    this.closed = true
    for (const t of this.timers) clearTimeout(t)
  }

  private later(ms: number, run: () => Promise<void>): void {
    if (this.closed) return
    const t = setTimeout(() => {
      this.timers.delete(t)
      void run()
    }, ms)
    this.timers.add(t)
  }

  /**
   * TMI's handshake: POST `{type: webhook.challenge, challenge}`, unsigned: only `X-Webhook-Event`
   * and `X-Webhook-Subscription-Id` (`G:api/webhook_challenge_worker.go:92-104`); a 200 echoing it
   * activates the subscription.
   */
  private async challenge(sub: Subscription): Promise<void> {
    const challenge = randomBytes(16).toString('hex')
    const body = JSON.stringify({ type: 'webhook.challenge', challenge })
    sub.challenges_sent++
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Webhook-Event': 'webhook.challenge',
          'X-Webhook-Subscription-Id': sub.id,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.limits.deliveryTimeoutMs),
      })
      const answer = (await res.json().catch(() => ({}))) as { challenge?: unknown }
      if (res.status === 200 && answer.challenge === challenge) {
        sub.status = 'active'
        sub.modified_at = now()
        return
      }
    } catch {
      // Not reachable yet: TMI tries again later.
    }
    if (sub.challenges_sent < 3) this.later(this.limits.retryDelaysMs[0] ?? 1000, () => this.challenge(sub))
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const sub = this.subscriptions.get(delivery.subscription_id)
    if (!sub || sub.status !== 'active') {
      delivery.status = 'failed'
      delivery.last_error = 'subscription is not active'
      return
    }
    const body = JSON.stringify(delivery.payload)
    // A fresh delegation token for every attempt (`G:api/webhook_delivery_worker.go:146-170`).
    const token = this.identity.delegationToken(delivery.invoker, {
      addon_id: delivery.addon_id,
      delivery_id: delivery.id,
      threat_model_id: String(delivery.payload.threat_model_id),
    })
    let failure: string
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Webhook-Event': delivery.event_type,
          'X-Webhook-Delivery-Id': delivery.id,
          'X-Webhook-Subscription-Id': sub.id,
          'X-Webhook-Signature': sign(body, sub.secret),
          'X-TMI-Delegation-Token': token,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.limits.deliveryTimeoutMs),
      })
      const text = await res.text().catch(() => '')
      if (res.status >= 200 && res.status < 300) {
        delivery.attempts++
        // Terminal already (the addon reported while answering): leave it.
        if (delivery.status === 'delivered' || delivery.status === 'failed') return
        if (res.headers.get('x-tmi-callback') === 'async') delivery.status = 'in_progress'
        else {
          delivery.status = 'delivered'
          delivery.delivered_at = now()
        }
        return
      }
      failure = `HTTP ${res.status}: ${text.slice(0, 200)}`
    } catch (e) {
      failure = `request failed: ${e instanceof Error ? e.message : String(e)}`
    }
    delivery.attempts++
    delivery.last_error = failure
    if (delivery.attempts >= this.limits.maxAttempts) {
      delivery.status = 'failed'
      delivery.delivered_at = now()
      return
    }
    const wait =
      this.limits.retryDelaysMs[Math.min(delivery.attempts - 1, this.limits.retryDelaysMs.length - 1)] ?? 1000
    delivery.next_retry_at = new Date(Date.now() + wait).toISOString()
    this.later(wait, () => this.deliver(delivery))
  }

  /** The invoker's invocations TMI counts as active: pending or in progress. */
  private open(invoker: string): Delivery[] {
    return [...this.deliveries.values()].filter(
      (d) => userUuid(d.invoker) === invoker && (d.status === 'pending' || d.status === 'in_progress'),
    )
  }

  routes(): Route[] {
    const admin = (ctx: RequestContext) => {
      if (!ctx.caller.admin) throw forbidden('Administrator access required')
    }
    const subscriptionView = (s: Subscription, withSecret = false) => {
      const { secret, ...rest } = s
      return withSecret ? { ...rest, secret } : rest
    }
    const subscriptionFor = (ctx: RequestContext) => {
      const s = this.subscriptions.get(ctx.params.webhook_id ?? '')
      if (!s) throw notFound('Webhook subscription not found')
      return s
    }
    const addonFor = (ctx: RequestContext) => {
      const id = ctx.params.id ?? ''
      if (!UUID.test(id)) throw badRequest('Invalid add-on ID format', 'invalid_input')
      const a = this.addons.get(id)
      if (!a) throw notFound('Add-on not found')
      return a
    }
    const deliveryFor = (ctx: RequestContext) => {
      const id = ctx.params.delivery_id ?? ''
      const d = this.deliveries.get(id)
      if (!d) throw notFound('Delivery record not found or expired')
      return d
    }
    const deliveryView = (d: Delivery) => {
      const { invoker: _i, invoked_at: _t, ...rest } = d
      return rest
    }
    return [
      {
        method: 'POST',
        path: '/admin/webhooks/subscriptions',
        contentType: 'application/json',
        handle: (ctx) => {
          const body = closedBody(ctx, ['threat_model_id', 'name', 'url', 'events', 'secret'], true)
          const { name, url, events, secret, threat_model_id } = body
          if (typeof name !== 'string' || name.length < 1 || name.length > 255)
            throw badRequest('name is required (1-255 characters)', 'invalid_input')
          if (typeof url !== 'string' || url.length > 1024)
            throw badRequest('url is required', 'invalid_input')
          const refusal = webhookUrlRefusal(url, this.limits)
          // `error` alone (`G:api/webhook_handlers.go:149`).
          if (refusal) throw new ApiError(400, `invalid webhook URL: ${refusal}`, '')
          if (!Array.isArray(events) || events.length < 1 || events.length > 50)
            throw badRequest('events must list 1 to 50 event types', 'invalid_input')
          if (
            secret !== undefined &&
            (typeof secret !== 'string' || secret.length < 16 || secret.length > 128)
          )
            throw badRequest('secret must be 16 to 128 characters', 'invalid_input')
          const time = now()
          const sub: Subscription = {
            id: randomUUID(),
            owner_id: userUuid(ctx.caller),
            ...(typeof threat_model_id === 'string' && threat_model_id ? { threat_model_id } : {}),
            name,
            url,
            events: events as string[],
            secret: secret ?? randomBytes(32).toString('hex'),
            status: 'pending_verification',
            challenges_sent: 0,
            created_at: time,
            modified_at: time,
          }
          this.subscriptions.set(sub.id, sub)
          this.later(0, () => this.challenge(sub))
          return { status: 201, body: subscriptionView(sub, true) }
        },
      },
      {
        method: 'GET',
        path: '/admin/webhooks/subscriptions',
        handle: (ctx) => {
          admin(ctx)
          return page(
            ctx,
            'subscriptions',
            [...this.subscriptions.values()].map((s) => subscriptionView(s)),
          )
        },
      },
      {
        method: 'GET',
        path: '/admin/webhooks/subscriptions/{webhook_id}',
        handle: (ctx) => {
          admin(ctx)
          return { status: 200, body: subscriptionView(subscriptionFor(ctx)) }
        },
      },
      {
        method: 'DELETE',
        path: '/admin/webhooks/subscriptions/{webhook_id}',
        handle: (ctx) => {
          admin(ctx)
          this.subscriptions.delete(subscriptionFor(ctx).id)
          return { status: 204 }
        },
      },
      {
        method: 'POST',
        path: '/addons',
        contentType: 'application/json',
        handle: (ctx) => {
          const body = closedBody(
            ctx,
            ['name', 'webhook_id', 'description', 'icon', 'objects', 'threat_model_id', 'parameters'],
            true,
          )
          if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 255)
            throw badRequest('name is required', 'invalid_input')
          if (typeof body.webhook_id !== 'string' || !this.subscriptions.has(body.webhook_id))
            throw notFound('Webhook subscription not found')
          const addon = { id: randomUUID(), created_at: now(), ...body }
          this.addons.set(addon.id, addon)
          return { status: 201, body: addon }
        },
      },
      {
        method: 'GET',
        path: '/addons',
        handle: (ctx) => page(ctx, 'addons', [...this.addons.values()]),
      },
      { method: 'GET', path: '/addons/{id}', handle: (ctx) => ({ status: 200, body: addonFor(ctx) }) },
      {
        method: 'DELETE',
        path: '/addons/{id}',
        handle: (ctx) => {
          admin(ctx)
          this.addons.delete(String(addonFor(ctx).id))
          return { status: 204 }
        },
      },
      {
        method: 'POST',
        path: '/addons/{id}/invoke',
        contentType: 'application/json',
        handle: (ctx) => {
          const addon = addonFor(ctx)
          const body = closedBody(ctx, ['threat_model_id', 'object_type', 'object_id', 'data'])
          if (body.threat_model_id === undefined)
            throw badRequest(
              'error in openapi3filter.RequestError: request body has an error: doesn\'t match schema #/components/schemas/InvokeAddonRequest: Error at "/threat_model_id": property "threat_model_id" is missing',
              'invalid_input',
            )
          if (typeof body.threat_model_id !== 'string' || !UUID.test(body.threat_model_id))
            throw badRequest('threat_model_id must be a UUID', 'invalid_input')
          const data = JSON.stringify(body.data ?? {})
          if (Buffer.byteLength(data) > this.limits.userDataBytes)
            throw badRequest(
              `Payload exceeds maximum size of ${this.limits.userDataBytes} bytes`,
              'invalid_input',
            )
          // The invoker must be able to read the threat model the addon is asked to act on.
          modelFor({ ...ctx, params: { threat_model_id: body.threat_model_id } }, 'reader')
          checkParameters(addon, body.data)
          const invoker = userUuid(ctx.caller)
          // In TMI's order (`G:api/addon_invocation_handlers.go:171-195`): the active limit, the
          // hourly limit, then the invocation is counted, and only then is a repeat within 5 s
          // refused: a refused repeat still uses up the hour's quota.
          const open = this.open(invoker)
          if (open.length >= this.limits.maxActive) {
            // An open invocation times out 15 min after its last activity (`G:api/addon_rate_limiter.go:40-125`).
            const blocking = open.map((d) => {
              const expires = Date.parse(d.last_activity_at ?? d.created_at) + STALE_MS
              return {
                delivery_id: d.id,
                addon_id: d.addon_id,
                status: d.status,
                created_at: d.created_at.replace(/\.\d+Z$/, 'Z'),
                expires_at: new Date(expires).toISOString().replace(/\.\d+Z$/, 'Z'),
                seconds_remaining: Math.floor((expires - Date.now()) / 1000),
              }
            })
            const retry = Math.max(0, Math.min(...blocking.map((b) => b.seconds_remaining)))
            throw new ApiError(
              429,
              'rate_limit_exceeded',
              `Active invocation limit reached: ${open.length}/${this.limits.maxActive} concurrent invocations.`,
              { 'Retry-After': String(retry) },
              {
                context: {
                  limit: this.limits.maxActive,
                  current: open.length,
                  retry_after: retry,
                  blocking_invocations: blocking,
                },
                suggestion: `Wait for an existing invocation to complete, or retry after ${retry} seconds when the oldest will timeout.`,
              },
            )
          }
          const hourAgo = Date.now() - 3_600_000
          const recent = (this.counted.get(invoker) ?? []).filter((t) => t > hourAgo)
          if (recent.length >= this.limits.perHour) {
            const retry = Math.max(0, Math.floor(((recent[0] as number) + 3_600_000 - Date.now()) / 1000))
            throw new ApiError(
              429,
              'rate_limit_exceeded',
              `Hourly invocation limit exceeded: ${recent.length}/${this.limits.perHour}. Retry after ${retry} seconds.`,
              { 'Retry-After': String(retry) },
              { context: { retry_after: retry, limit: this.limits.perHour, current: recent.length } },
            )
          }
          this.counted.set(invoker, [...recent, Date.now()])
          const dedupKey = `${String(addon.id)}:${invoker}`
          if ((this.dedup.get(dedupKey) ?? 0) > Date.now())
            throw new ApiError(
              429,
              'duplicate_invocation',
              'You just invoked this add-on. Please wait a few seconds before invoking again.',
            )
          this.dedup.set(dedupKey, Date.now() + this.limits.dedupMs)
          const created = now()
          const delivery: Delivery = {
            id: randomUUID(),
            subscription_id: String(addon.webhook_id),
            event_type: 'addon.invoked',
            payload: {
              event_type: 'addon.invoked',
              threat_model_id: body.threat_model_id,
              ...(body.object_type ? { object_type: body.object_type } : {}),
              ...(body.object_id ? { object_id: body.object_id } : {}),
              timestamp: new Date().toISOString(),
              data: { addon_id: addon.id, user_data: body.data ?? {} },
            },
            status: 'pending',
            attempts: 0,
            created_at: created,
            status_percent: 0,
            addon_id: String(addon.id),
            invoker: ctx.caller,
            invoked_at: Date.now(),
          }
          this.deliveries.set(delivery.id, delivery)
          this.later(0, () => this.deliver(delivery))
          return { status: 202, body: { delivery_id: delivery.id, status: 'pending', created_at: created } }
        },
      },
      {
        method: 'GET',
        path: '/admin/webhooks/deliveries/{delivery_id}',
        handle: (ctx) => {
          admin(ctx)
          return { status: 200, body: deliveryView(deliveryFor(ctx)) }
        },
      },
      {
        method: 'GET',
        path: '/webhook-deliveries/{delivery_id}',
        public: true,
        handle: (ctx) => {
          const d = deliveryFor(ctx)
          const signature = header(ctx, 'x-webhook-signature')
          if (signature !== undefined) {
            // HMAC of the delivery id, with the subscription's secret (the addon's way in).
            const sub = this.subscriptions.get(d.subscription_id)
            if (!sub || !signatureValid(d.id, signature, sub.secret))
              throw new ApiError(401, 'unauthorized', 'Invalid webhook signature')
          } else {
            // The path is public, so the JWT middleware sets no user on it, and the bearer branch
            // always fails, with a valid token too (`G:cmd/server/main.go:163-167`,
            // `G:cmd/server/jwt_auth.go:759-776`, `G:api/webhook_delivery_handlers.go:94-98`,
            // `G:api/identity.go:330-340`). Administrators read deliveries under /admin.
            throw new ApiError(401, 'unauthorized', 'Authentication required')
          }
          return { status: 200, body: deliveryView(d) }
        },
      },
      {
        method: 'POST',
        path: '/webhook-deliveries/{delivery_id}/status',
        contentType: 'application/json',
        public: true,
        handle: (ctx) => {
          const d = deliveryFor(ctx)
          const sub = this.subscriptions.get(d.subscription_id)
          if (!sub) throw new ApiError(500, 'server_error', 'Failed to verify delivery')
          const signature = header(ctx, 'x-webhook-signature')
          if (!signature) throw new ApiError(401, 'unauthorized', 'Missing webhook signature')
          if (!signatureValid(ctx.raw, signature, sub.secret))
            throw new ApiError(401, 'unauthorized', 'Invalid webhook signature')
          const body = closedBody(ctx, ['status', 'status_percent', 'status_message'])
          if (!['in_progress', 'completed', 'failed'].includes(String(body.status)))
            throw badRequest('Invalid status. Must be: in_progress, completed, or failed', 'invalid_input')
          const percent = body.status_percent
          if (
            percent !== undefined &&
            (!Number.isInteger(percent) || (percent as number) < 0 || (percent as number) > 100)
          )
            throw badRequest('Status percent must be between 0 and 100', 'invalid_input')
          if (
            body.status_message !== undefined &&
            (typeof body.status_message !== 'string' || body.status_message.length > 1024)
          )
            throw badRequest('Status message exceeds maximum length of 1024 characters', 'invalid_input')
          if (d.status === 'delivered' || d.status === 'failed')
            throw conflict('Cannot update delivery that is already delivered or failed')
          const time = now()
          d.status = body.status === 'completed' ? 'delivered' : (body.status as DeliveryStatus)
          d.last_activity_at = time
          if (typeof percent === 'number') d.status_percent = percent
          if (typeof body.status_message === 'string') d.status_message = body.status_message
          if (d.status === 'delivered') {
            d.delivered_at = time
            d.status_percent = 100
          }
          if (d.status === 'failed') d.delivered_at = time
          return {
            status: 200,
            body: { id: d.id, status: d.status, status_percent: d.status_percent, status_updated_at: time },
          }
        },
      },
    ]
  }
}

/** The body as a closed object (the spec's `additionalProperties: false`), for an administrator if asked. */
function closedBody(ctx: RequestContext, allowed: string[], adminOnly = false): Record<string, unknown> {
  if (adminOnly && !ctx.caller.admin) throw forbidden('Administrator access required')
  const body = ctx.body as Record<string, unknown>
  for (const k of Object.keys(body))
    if (!allowed.includes(k)) throw badRequest(`property "${k}" is unsupported`, 'invalid_input')
  return body
}

function header(ctx: RequestContext, name: string): string | undefined {
  const v = ctx.headers[name]
  return Array.isArray(v) ? v[0] : v
}

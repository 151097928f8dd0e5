import { countRequest } from '../common/request-count.js'
import type { TokenSource } from './auth.js'
import { webhookSignature } from './webhooks.js'
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../common/timeout.js'
import { endpoint } from './url.js'
import type { ResponseHeaders } from './http1.js'
import { fetchTransport, nodeTransport, type Exchange, type Transport } from './transport.js'
import {
  isServiceAccountRefusal,
  ServiceAccountRefusal,
  TmiHttpError,
  TmiNetworkError,
  TmiRedirectError,
} from './errors.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** First backoff, doubled each time, with jitter. */
  baseDelayMs: number
  /** No single wait (Retry-After included) is longer than this. */
  maxDelayMs: number
}

export interface RequestCoreOptions {
  baseUrl: string
  auth: TokenSource
  fetch?: typeof fetch
  retry?: Partial<RetryPolicy>
  /** Requests in flight at once against this server (`DEFAULT_CONCURRENCY`). */
  concurrency?: number
  sleep?: (ms: number) => Promise<void>
  /**
   * How long one attempt may take, connection and answer together (default 60 s): a TMI that
   * accepts the connection and never answers must not hang a plan.
   */
  timeoutMs?: number
  /** Called for each request, after it completes (for progress, logging, counting). */
  onResponse?: (info: { method: string; path: string; status: number; attempt: number }) => void
}

export interface RequestInit {
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  contentType?: 'application/json' | 'application/json-patch+json'
  ifMatch?: string
  /**
   * Safe to send again after a network error or 5xx: true for GET/PUT/DELETE, and for a bulk POST
   * with client-chosen ids (a repeat answers 409 if the first attempt committed). Other POSTs
   * and PATCHes are repeated only on 429 or 503, which TMI answers before doing anything.
   */
  idempotent?: boolean
  /**
   * An addon's calls about its own delivery: signed with the webhook secret (X-Webhook-Signature,
   * HMAC-SHA256 of `signed`, or else of the body) instead of carrying a bearer token.
   */
  webhook?: { secret: string; signed?: string }
  /** Answer the first response as it is, 429 included: the caller paces itself (addon invocations). */
  once?: boolean
}

export interface TmiResponse<T> {
  status: number
  body: T
  headers: ResponseHeaders
  attempts: number
}

/**
 * Requests in flight at once by default: a no-op plan of 2,000 models is 6,000 reads, and at 4 a
 * 5 ms round trip alone made it 7.5 s. Terraform's default parallelism is 10; TMI's per-user
 * rate limit, not this, is what bounds a large run on a real server (the core paces itself).
 */
export const DEFAULT_CONCURRENCY = 8

const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 60_000 }
const RETRY_ALWAYS = new Set([429, 503])
const RETRY_IF_IDEMPOTENT = new Set([500, 502, 504])

/**
 * The one request core every TMI call goes through: auth (renew once on 401), retries with
 * backoff honouring Retry-After, slowing down before the rate limit is hit, and a concurrency cap.
 */
export class RequestCore {
  private readonly options: RequestCoreOptions
  private readonly retry: RetryPolicy
  private readonly transport: Transport
  private readonly sleep: (ms: number) => Promise<void>
  private active = 0
  private readonly waiting: Array<() => void> = []
  /** When the rate-limit window resets, if the server said we are about to run out. */
  private pauseUntil = 0

  constructor(options: RequestCoreOptions) {
    this.options = options
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
  }

  get baseUrl(): string {
    return this.options.baseUrl
  }

  async request<T>(method: string, path: string, init: RequestInit = {}): Promise<TmiResponse<T>> {
    await this.acquire()
    try {
      return await this.send<T>(method, path, init)
    } finally {
      this.release()
    }
  }

  private async send<T>(method: string, path: string, init: RequestInit): Promise<TmiResponse<T>> {
    const idempotent = init.idempotent ?? ['GET', 'PUT', 'DELETE', 'HEAD'].includes(method)
    const url = endpoint(this.options.baseUrl, path)
    for (const [k, v] of Object.entries(init.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v))
    const body = init.body === undefined ? undefined : JSON.stringify(init.body)
    let renewed = false
    for (let attempt = 1; ; attempt++) {
      const wait = this.pauseUntil - Date.now()
      if (wait > 0) await this.sleep(Math.min(wait, this.retry.maxDelayMs))
      const headers: Record<string, string> = { Accept: 'application/json' }
      if (init.webhook)
        headers['X-Webhook-Signature'] = webhookSignature(
          init.webhook.signed ?? body ?? '',
          init.webhook.secret,
        )
      else headers.Authorization = `Bearer ${await this.options.auth.token()}`
      if (body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/json'
      if (init.ifMatch !== undefined) headers['If-Match'] = init.ifMatch
      let res: Exchange
      let text: string
      const timeoutMs = this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
      try {
        countRequest('tmi')
        // A redirect would carry the bearer token to wherever it points: never followed.
        res = await this.transport(url, {
          method,
          headers,
          ...(body !== undefined ? { body } : {}),
          timeoutMs,
        })
        if (res.status >= 300 && res.status < 400) {
          await res.discard()
          throw new TmiRedirectError(method, path, res.headers.get('location'))
        }
        text = await res.text()
      } catch (e) {
        if (e instanceof TmiRedirectError) throw e
        if (idempotent && attempt < this.retry.attempts) {
          await this.sleep(this.backoff(attempt))
          continue
        }
        throw new TmiNetworkError(method, path, e, timeoutMs)
      }
      this.noteRateLimit(res.headers)
      this.options.onResponse?.({ method, path, status: res.status, attempt })
      if (res.status === 401 && this.options.auth.renewable && !renewed && !init.webhook) {
        renewed = true
        this.options.auth.invalidate()
        attempt--
        continue
      }
      const retryable = RETRY_ALWAYS.has(res.status) || (idempotent && RETRY_IF_IDEMPOTENT.has(res.status))
      if (retryable && attempt < this.retry.attempts && !init.once) {
        await this.sleep(this.retryAfter(res.headers) ?? this.backoff(attempt))
        continue
      }
      const parsed = parse(text)
      if (res.status < 200 || res.status > 299) {
        const err = (parsed ?? {}) as { error?: string; error_description?: string }
        if (isServiceAccountRefusal(res.status, err.error_description))
          throw new ServiceAccountRefusal(method, path)
        throw new TmiHttpError({
          status: res.status,
          method,
          path,
          retried: attempt > 1,
          ...(res.status === 429 && this.retryAfter(res.headers, false) !== undefined
            ? { retryAfterMs: this.retryAfter(res.headers, false) as number }
            : {}),
          ...(typeof err.error === 'string' ? { code: err.error } : {}),
          ...(typeof err.error_description === 'string' ? { description: err.error_description } : {}),
        })
      }
      return { status: res.status, body: parsed as T, headers: res.headers, attempts: attempt }
    }
  }

  private backoff(attempt: number): number {
    const base = this.retry.baseDelayMs * 2 ** (attempt - 1)
    return Math.min(this.retry.maxDelayMs, base / 2 + Math.random() * base)
  }

  /** Retry-After as delta-seconds or an HTTP date, capped. */
  /** Retry-After in ms: capped for the core's own waits, as TMI said for the caller's. */
  private retryAfter(headers: ResponseHeaders, cap = true): number | undefined {
    const value = headers.get('retry-after')
    if (!value) return undefined
    const seconds = Number(value)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now()
    if (!Number.isFinite(ms)) return undefined
    return cap ? Math.min(Math.max(ms, 0), this.retry.maxDelayMs) : Math.max(ms, 0)
  }

  /** Out of budget for this window (fewer left than could be in flight): wait for the reset. */
  private noteRateLimit(headers: ResponseHeaders): void {
    const remaining = Number(headers.get('x-ratelimit-remaining'))
    const reset = Number(headers.get('x-ratelimit-reset'))
    if (
      headers.has('x-ratelimit-remaining') &&
      Number.isFinite(remaining) &&
      Number.isFinite(reset) &&
      remaining <= (this.options.concurrency ?? DEFAULT_CONCURRENCY)
    ) {
      this.pauseUntil = Math.max(this.pauseUntil, reset * 1000)
    }
  }

  private acquire(): Promise<void> {
    if (this.active < (this.options.concurrency ?? DEFAULT_CONCURRENCY)) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}

function parse(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

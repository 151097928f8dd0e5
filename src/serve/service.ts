import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { redactSecrets, registerSecret } from '../common/secrets.js'
import { runInvocation, type AddonPolicy, type InvocationOutcome } from '../engine/addon/service.js'
import { recordOutcome } from '../engine/addon/outcome.js'
import { jwtExpiry, staticToken } from '../tmi/auth.js'
import { TmiClient } from '../tmi/client.js'
import { signatureMatches } from '../tmi/webhooks.js'

export interface AddonServiceConfig {
  tmiUrl: string
  /** The webhook subscription's secret: every delivery is signed with it, every report too. */
  secret: string
  policy: AddonPolicy
  /** How long after a delivery arrives writes may start (the delegation token lives 60 s). */
  deadlineMs: number
  /** Git host credentials (GITHUB_TOKEN …), for reading and writing the sources. */
  env: Record<string, string | undefined>
  /** One line per event, never a secret. */
  log?: (line: string) => void
  fetch?: typeof fetch
}

export interface RunningService {
  url: string
  close(): Promise<void>
  /** Deliveries still being worked on: tests and a graceful stop wait for them. */
  idle(): Promise<void>
}

/** A delivery body is small (TMI caps user data at 1 KB); anything much larger is not TMI's. */
const MAX_BODY = 64 * 1024
/** Delivery ids this replica acted on: a repeat is answered without acting again. */
const REMEMBERED = 10_000
/** Margin kept before the delegation token's own expiry. */
const TOKEN_MARGIN_MS = 5_000

/**
 * The tmi-sync addon service (`tmi-sync serve`): TMI delivers each invocation of the addon here,
 * signed, with a 60-second delegation token acting as the invoker; the service answers at once
 * (`X-TMI-Callback: async`), does the work, and reports it on the delivery. It keeps no state a
 * replica needs: whether a delivery was already handled is TMI's delivery record.
 */
export async function startAddonService(
  config: AddonServiceConfig,
  listen: { port: number; host: string },
): Promise<RunningService> {
  registerSecret(config.secret)
  const log = (line: string) => config.log?.(redactSecrets(line))
  const handled = new Set<string>()
  const working = new Set<Promise<void>>()
  const client = (token: string, timeoutMs: number) =>
    new TmiClient({
      baseUrl: config.tmiUrl,
      auth: staticToken(token, 'delegation token'),
      timeoutMs,
      ...(config.fetch ? { fetch: config.fetch } : {}),
    })
  // The addon's own calls about a delivery are signed, not authenticated: no token is needed.
  const tmi = client('', 10_000)

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      log(`internal error: ${e instanceof Error ? e.message : String(e)}`)
      if (!res.headersSent) reply(res, 500, { error: 'internal error' })
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'GET' && path === '/healthz') return reply(res, 200, { status: 'ok' })
    if (req.method === 'GET' && path === '/readyz') return reply(res, ...(await readiness()))
    if (req.method !== 'POST') return reply(res, 405, { error: 'method not allowed' })
    const raw = await readBody(req)
    if (raw === undefined) return reply(res, 413, { error: 'body too large' })
    const event = header(req, 'x-webhook-event')
    // TMI sends its verification challenge unsigned (`G:api/webhook_challenge_worker.go:92-104`):
    // it is answered without a signature. Echoing a challenge reveals nothing and acts on nothing.
    if (event === 'webhook.challenge') {
      const challenge = parseJson(raw)
      if (challenge?.type !== 'webhook.challenge' || typeof challenge.challenge !== 'string')
        return reply(res, 400, { error: 'not a webhook challenge' })
      log(`answered TMI's challenge for subscription ${header(req, 'x-webhook-subscription-id') ?? '?'}`)
      return reply(res, 200, { challenge: challenge.challenge })
    }
    // Every delivery is signed. The signature covers the raw bytes: checked before anything is parsed.
    if (!signatureMatches(raw, header(req, 'x-webhook-signature'), config.secret)) {
      log(`refused an unsigned or forged request (${event ?? 'no event'})`)
      return reply(res, 401, { error: 'invalid signature' })
    }
    const body = parseJson(raw)
    if (event !== 'addon.invoked') return reply(res, 200, { status: 'ignored', event: event ?? null })
    const deliveryId = header(req, 'x-webhook-delivery-id')
    if (!deliveryId || !body) return reply(res, 400, { error: 'a delivery id and a JSON body are required' })
    if (handled.has(deliveryId)) return reply(res, 200, { status: 'already handled' })
    // A delivery TMI has closed (a replay, or a duplicate another replica finished) is not redone.
    const record = await tmi.getDeliverySigned(deliveryId, config.secret).catch(() => undefined)
    if (record && (record.status === 'delivered' || record.status === 'failed'))
      return reply(res, 200, { status: 'already handled' })
    remember(deliveryId)
    const received = Date.now()
    res.setHeader('X-TMI-Callback', 'async')
    reply(res, 200, { status: 'accepted' })
    const work = invoke(deliveryId, body, header(req, 'x-tmi-delegation-token'), received).finally(() =>
      working.delete(work),
    )
    working.add(work)
  }

  async function invoke(
    deliveryId: string,
    body: Record<string, unknown>,
    token: string | undefined,
    received: number,
  ): Promise<void> {
    const threatModelId = typeof body.threat_model_id === 'string' ? body.threat_model_id : undefined
    const data = (body.data ?? {}) as { user_data?: unknown }
    const expiry = token ? jwtExpiry(token) : undefined
    const deadline = Math.min(
      received + config.deadlineMs,
      expiry === undefined ? Infinity : expiry - TOKEN_MARGIN_MS,
    )
    let outcome: InvocationOutcome
    if (!token) outcome = { ok: false, message: 'the delivery carries no delegation token', writes: 0 }
    else if (!threatModelId) outcome = { ok: false, message: 'the delivery names no threat model', writes: 0 }
    else {
      await report(deliveryId, { status: 'in_progress', status_percent: 10, status_message: 'planning' })
      outcome = await runInvocation({
        threatModelId,
        userData: data.user_data ?? {},
        client: client(token, Math.max(1_000, deadline - Date.now())),
        policy: config.policy,
        deadline,
        env: config.env,
      })
    }
    const message = oneLine(outcome.message)
    log(
      `delivery ${deliveryId}${threatModelId ? ` (threat model ${threatModelId})` : ''}: ${outcome.ok ? 'completed' : 'failed'}: ${message}`,
    )
    await report(deliveryId, {
      status: outcome.ok ? 'completed' : 'failed',
      ...(outcome.ok ? { status_percent: 100 } : {}),
      status_message: message,
    })
    // The invoker cannot read the delivery (`engine/addon-outcome`): the outcome goes on the threat
    // model too, while the delegation token still lives. After the report: TMI counts the
    // invocation as active until then, and the invoker invokes again once it reads the outcome.
    if (token && threatModelId)
      await recordOutcome(client(token, 10_000), threatModelId, {
        deliveryId,
        ok: outcome.ok,
        writes: outcome.writes,
        message,
      }).catch((e: unknown) =>
        log(
          `delivery ${deliveryId}: recording the outcome on the threat model failed: ${e instanceof Error ? e.message : String(e)}`,
        ),
      )
  }

  async function report(
    deliveryId: string,
    status: Parameters<TmiClient['reportDelivery']>[2],
  ): Promise<void> {
    await tmi.reportDelivery(deliveryId, config.secret, status).catch((e: unknown) => {
      log(
        `delivery ${deliveryId}: reporting ${status.status} failed: ${e instanceof Error ? e.message : String(e)}`,
      )
    })
  }

  function remember(deliveryId: string): void {
    handled.add(deliveryId)
    // A Set iterates in insertion order: the oldest id goes first.
    if (handled.size > REMEMBERED) handled.delete(handled.values().next().value as string)
  }

  /** Ready when TMI answers at all (any HTTP status): deliveries can then be reported. */
  async function readiness(): Promise<[number, Record<string, unknown>]> {
    try {
      await (config.fetch ?? fetch)(config.tmiUrl, { signal: AbortSignal.timeout(3_000), redirect: 'manual' })
      return [200, { status: 'ready' }]
    } catch {
      return [503, { status: 'TMI is not reachable' }]
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listen.port, listen.host, () => resolve())
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host}:${address.port}`,
    idle: async () => {
      while (working.size > 0) await Promise.all([...working])
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      while (working.size > 0) await Promise.all([...working])
    },
  }
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json')
  res.end(JSON.stringify(body))
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function parseJson(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(raw.toString('utf8')) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** TMI shows a status message on one line, at most 1024 characters. */
function oneLine(text: string): string {
  const line = redactSecrets(text).replace(/\s+/g, ' ').trim()
  return line.length > 1024 ? `${line.slice(0, 1023)}…` : line
}

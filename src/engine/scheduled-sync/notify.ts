// engine/scheduled-sync: the configuration's webhooks told what a run did, signed and retried.
import { createHmac, randomUUID } from 'node:crypto'
import { requestTimeoutMs } from '../../common/timeout.js'
import { SYNC_EVENTS, type SyncConfig, type SyncEvent } from './config.js'
import type { Delivery, SyncReport } from './report.js'

/** A webhook of the configuration, its URL and secret read from the environment. */
export interface Hook {
  url: string
  /** What the report and messages show: the host, never the path (a chat webhook's path is its secret). */
  shown: string
  secret?: string
}

/** `X-TmiSync-Signature`: `sha256=` and the HMAC-SHA256 of the body, hex (as GitHub signs its webhooks). */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/**
 * POSTs one event to one webhook: JSON, signed when a secret is set, retried with backoff on a
 * network error, a 5xx or a 429 (honouring Retry-After), up to `attempts` times. A 4xx other than
 * 429 is the receiver refusing: not retried. Never throws: a failed delivery is reported.
 */
export async function deliver(
  hook: Hook,
  event: SyncEvent,
  payload: Record<string, unknown>,
  options: { attempts?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Delivery> {
  const id = randomUUID()
  const body = JSON.stringify({ event, delivery: id, ...payload })
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'tmi-sync',
    'x-tmisync-event': event,
    'x-tmisync-delivery': id,
  }
  if (hook.secret) headers['x-tmisync-signature'] = signature(hook.secret, body)
  const attempts = options.attempts ?? 5
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  let error = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = (options.baseDelayMs ?? 1_000) * 2 ** (attempt - 1)
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(requestTimeoutMs(process.env)),
      })
      await res.arrayBuffer().catch(() => undefined)
      if (res.status >= 200 && res.status < 300)
        return { url: hook.shown, event, id, status: 'delivered', attempts: attempt }
      error = `answered ${res.status}`
      if (res.status !== 429 && res.status < 500)
        return { url: hook.shown, event, id, status: 'failed', attempts: attempt, error }
      const after = Number(res.headers.get('retry-after'))
      if (Number.isFinite(after) && after > 0) wait = Math.min(after * 1000, 60_000)
    } catch (e) {
      error = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)
    }
    if (attempt < attempts) await sleep(wait)
  }
  return { url: hook.shown, event, id, status: 'failed', attempts, error }
}

/** The configuration's webhooks told what this run did: completed or failed, and any drift. */
export async function notifyAll(
  config: SyncConfig,
  report: SyncReport,
  env: Record<string, string | undefined>,
): Promise<Delivery[]> {
  if (!config.notify?.length) return []
  const summary = {
    tool: 'tmi-sync',
    started_at: report.started_at,
    finished_at: report.finished_at,
    shard: report.shard,
    dry_run: report.dry_run,
    totals: report.totals,
  }
  const events: Array<[SyncEvent, Record<string, unknown>]> = [
    [
      report.totals.failed > 0 ? 'sync.failed' : 'sync.completed',
      {
        ...summary,
        sources: report.sources.map((s) => ({
          source: s.source,
          status: s.status,
          ...(s.commit ? { commit: s.commit } : {}),
          ...(s.error ? { error: s.error } : {}),
        })),
      },
    ],
  ]
  const drift = report.sources.flatMap((s) => s.conflicts.map((c) => ({ source: s.source, ...c })))
  if (drift.length > 0) events.push(['drift.detected', { ...summary, drift }])
  return Promise.all(
    config.notify.flatMap((n) => {
      const wanted = events.filter(([event]) => (n.events ?? SYNC_EVENTS).includes(event))
      const url = n.url ?? env[n.url_env ?? '']
      const secret = n.secret_env ? env[n.secret_env] : undefined
      // A variable named but not set is a failed delivery: never sent to an unknown place, nor
      // sent unsigned to a receiver that checks signatures.
      const unset = !url ? n.url_env : n.secret_env && !secret ? n.secret_env : undefined
      if (unset !== undefined)
        return wanted.map(([event]) =>
          Promise.resolve<Delivery>({
            url: url ? shownUrl(url) : `$${unset}`,
            event,
            id: '',
            status: 'failed',
            attempts: 0,
            error: `${unset} is not set`,
          }),
        )
      const hook: Hook = { url: url as string, shown: shownUrl(url as string), ...(secret ? { secret } : {}) }
      return wanted.map(([event, payload]) => deliver(hook, event, payload))
    }),
  )
}

/** A webhook URL as reports show it: scheme and host only (a chat webhook's path is its secret). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}/…`
  } catch {
    return '(invalid URL)'
  }
}

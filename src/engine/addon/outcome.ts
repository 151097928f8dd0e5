// engine/addon: how an invoker learns what the service did: the outcome, in the threat model's metadata.
import { META } from '../../model/remote.js'
import type { TmiClient } from '../../tmi/client.js'

/**
 * How an invoker learns what the addon service did with its invocation. TMI lets nobody but the
 * addon (HMAC-signed) and an administrator read a delivery: `GET /webhook-deliveries/{id}` with a
 * bearer token is always 401, since that path is public and the JWT middleware sets no user on it
 * (`G:cmd/server/main.go:163-167`, `G:cmd/server/jwt_auth.go:759-776`, `G:api/identity.go:342-351`).
 * So the service also records the outcome on the threat model it was invoked on, with the
 * delegation token, as `tmi-sync-outcome`; the invoker, which can read that threat model, reads it.
 *
 * The value: `delivery:<id> status:<completed|failed> writes:<n> message:<one line>`.
 */
export interface RecordedOutcome {
  deliveryId: string
  ok: boolean
  writes: number
  message: string
}

/** TMI keeps at most 1024 bytes of a metadata value (`G:api/metadata_handlers.go:20-22`). */
const MAX_VALUE_BYTES = 1024

export function outcomeText(outcome: RecordedOutcome): string {
  const head = `delivery:${outcome.deliveryId} status:${outcome.ok ? 'completed' : 'failed'} writes:${outcome.writes} message:`
  let message = metadataSafe(outcome.message)
  while (Buffer.byteLength(head + message, 'utf8') > MAX_VALUE_BYTES) message = `${message.slice(0, -2)}…`
  return head + message
}

export function parseOutcome(value: string | undefined): RecordedOutcome | undefined {
  const m = /^delivery:(\S+) status:(completed|failed) writes:(\d+) message:(.*)$/s.exec(value ?? '')
  if (!m) return undefined
  return {
    deliveryId: m[1] as string,
    ok: m[2] === 'completed',
    writes: Number(m[3]),
    message: m[4] as string,
  }
}

/** The service's side: recorded with the delivery's delegation token, which may write the threat model. */
export async function recordOutcome(
  client: TmiClient,
  threatModelId: string,
  outcome: RecordedOutcome,
): Promise<void> {
  await client.patchMetadata({ threatModel: threatModelId }, [
    { key: META.outcome, value: outcomeText(outcome) },
  ])
}

/** The invoker's side: the outcome of `deliveryId`, or undefined while the service has not recorded it. */
export async function readOutcome(
  client: TmiClient,
  threatModelId: string,
  deliveryId: string,
): Promise<RecordedOutcome | undefined> {
  const value = await client.getMetadataValue({ threatModel: threatModelId }, META.outcome)
  const outcome = parseOutcome(value)
  return outcome?.deliveryId === deliveryId ? outcome : undefined
}

/**
 * A message TMI stores as written: its metadata values refuse markup, template delimiters,
 * `javascript:` and event-handler-like text (`on\w+\s*=`, tmi-api.md §5.2), and strip tags.
 */
function metadataSafe(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[<>]/g, '')
    .replace(/\{\{|\}\}|\$\{|<%|%>|#\{/g, '')
    .replace(/javascript:/gi, 'javascript ')
    .replace(/(on\w+)\s*=/gi, '$1: ')
    .trim()
}

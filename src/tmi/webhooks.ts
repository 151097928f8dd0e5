import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * TMI's webhook signature (tmi-api.md §7): `sha256=` and the hex HMAC-SHA256 of the exact bytes
 * sent, keyed with the subscription's secret. TMI signs its deliveries so; an addon signs its
 * status reports the same way.
 */
export function webhookSignature(content: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(content).digest('hex')}`
}

/** Whether `header` signs `raw` with `secret`; compared in constant time, on the raw bytes. */
export function signatureMatches(raw: Uint8Array, header: string | undefined, secret: string): boolean {
  if (!header) return false
  const expected = Buffer.from(webhookSignature(raw, secret))
  const given = Buffer.from(header)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * How an injected failure looks: an HTTP 500 or 503 (with Retry-After: 1); `reset`, the connection
 * closed before the request is handled; `drop`, handled (committed) but the answer lost, as when
 * a response times out in flight.
 */
export type FaultKind = 500 | 503 | 'reset' | 'drop'

/** Failure modes tests and benches switch on, at start or at run time (`/__emulator/faults`). */
export interface Faults {
  /** Added to every API response, in milliseconds. */
  latencyMs: number
  /** Requests per minute per caller before 429 (TMI's default is 1000). */
  rateLimitPerMinute: number
  /** Fail requests whose 1-based API request number is listed. */
  failRequests: Array<{ index: number; status: FaultKind }>
  /** Fail every request matching `METHOD path-substring`, `times` times. */
  failMatching: Array<{ method: string; path: string; status: FaultKind; times: number }>
}

export function defaultFaults(): Faults {
  return { latencyMs: 0, rateLimitPerMinute: 1000, failRequests: [], failMatching: [] }
}

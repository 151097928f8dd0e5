/** Failure modes tests and benches switch on, at start or at run time (`/__emulator/faults`). */
export interface Faults {
  /** Added to every API response, in milliseconds. */
  latencyMs: number
  /** Requests per minute per caller before 429 (TMI's default is 1000). */
  rateLimitPerMinute: number
  /** Fail requests whose 1-based API request number is listed. */
  failRequests: Array<{ index: number; status: 500 | 503 | 'reset' }>
  /** Fail every request matching `METHOD path-substring`, `times` times. */
  failMatching: Array<{ method: string; path: string; status: 500 | 503 | 'reset'; times: number }>
}

export function defaultFaults(): Faults {
  return { latencyMs: 0, rateLimitPerMinute: 1000, failRequests: [], failMatching: [] }
}

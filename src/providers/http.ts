import { UserError } from '../common/errors.js'
import { requestCounter } from '../common/request-count.js'
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../common/timeout.js'

/**
 * `fetch` with a deadline on every attempt: a host that accepts the connection and never answers
 * ends in one clear line instead of a hang. `TMI_SYNC_TIMEOUT` (seconds) changes it.
 */
export function withTimeout(base: typeof fetch, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): typeof fetch {
  const count = requestCounter('git')
  return async (input, init) => {
    count()
    const deadline = AbortSignal.timeout(timeoutMs)
    const given = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    const signal = given ? AbortSignal.any([given, deadline]) : deadline
    try {
      return await base(input, { ...init, signal })
    } catch (e) {
      if (!deadline.aborted) throw e
      const url = new URL(input instanceof Request ? input.url : String(input))
      throw new UserError(
        `${url.host} did not answer ${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${url.pathname} within ${Number((timeoutMs / 1000).toFixed(1))} s (TMI_SYNC_TIMEOUT to wait longer)`,
      )
    }
  }
}

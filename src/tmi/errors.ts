import { UserError } from '../common/errors.js'

/**
 * A failed TMI call (a UserError: the CLI prints its message, without a stack, and exits 1): status, TMI's `error`/`error_description`, method and path. Never the token,
 * nor the request body (which could hold client secrets on the token endpoint).
 */
export class TmiHttpError extends UserError {
  readonly status: number
  readonly code: string | undefined
  readonly description: string | undefined
  readonly method: string
  readonly path: string
  /** The request was sent more than once (a retry): a 409 may then mean "the first attempt committed". */
  readonly retried: boolean
  /** A 429's Retry-After, in ms. */
  readonly retryAfterMs: number | undefined

  constructor(init: {
    status: number
    code?: string
    description?: string
    method: string
    path: string
    retried: boolean
    retryAfterMs?: number
  }) {
    // A refusal of the request itself (400, 403, 404, 422 …) comes back the same on a rerun; a
    // conflict, a lock or a rate limit passes.
    const passing = init.status >= 500 || [408, 409, 423, 425, 429].includes(init.status)
    super(
      `TMI answered ${init.method} ${init.path} with ${init.status}${init.code ? ` ${init.code}` : ''}${init.description ? `: ${init.description}` : ''}`,
      1,
      { permanent: !passing },
    )
    this.name = 'TmiHttpError'
    this.status = init.status
    this.code = init.code
    this.description = init.description
    this.method = init.method
    this.path = init.path
    this.retried = init.retried
    this.retryAfterMs = init.retryAfterMs
  }
}

/** The request never got an HTTP answer (connection refused or reset, DNS, timeout). */
export class TmiNetworkError extends UserError {
  readonly method: string
  readonly path: string
  constructor(method: string, path: string, cause: unknown, timeoutMs?: number) {
    // The reason's code (ECONNREFUSED, ENOTFOUND …) is on the cause, as fetch and our transport give it.
    const inner = (cause as { cause?: { code?: string; message?: string } } | undefined)?.cause
    const why = inner?.code ?? inner?.message
    const timedOut = (cause as { name?: string } | undefined)?.name === 'TimeoutError'
    super(
      timedOut
        ? `cannot reach TMI: ${method} ${path}: no answer within ${Number(((timeoutMs ?? 0) / 1000).toFixed(1))} s (TMI_SYNC_TIMEOUT to wait longer)`
        : `cannot reach TMI: ${method} ${path}: ${cause instanceof Error ? cause.message : String(cause)}${why ? ` (${why})` : ''}`,
    )
    this.name = 'TmiNetworkError'
    this.method = method
    this.path = path
  }
}

/**
 * What TMI (1.4+) lets a service account do, and how to write instead: the one message for a
 * service account met before apply writes, and for TMI's 403 if it is met anyway.
 */
export const SERVICE_ACCOUNT_HELP =
  'TMI lets a service account (client credentials) read, create threat models and invoke addons, but refuses every write inside a threat model; to write, sign in as a person with "tmi-sync login", or apply through the tmi-sync addon service ("tmi-sync apply --via-addon")'

/** TMI's subject-authority gate answered 403 (tmi-api.md §00.1): the token is a service account. */
export class ServiceAccountRefusal extends UserError {
  constructor(method: string, path: string) {
    super(
      `TMI refused ${method} ${path} because the credentials are a service account: ${SERVICE_ACCOUNT_HELP}`,
      1,
      {
        permanent: true,
      },
    )
    this.name = 'ServiceAccountRefusal'
  }
}

/** TMI's own wording for the gate (`G:api/authz_middleware.go:141-146`). */
export function isServiceAccountRefusal(status: number, description: string | undefined): boolean {
  return status === 403 && /service account credentials cannot be used here/i.test(description ?? '')
}

/** TMI answered with a redirect: not followed, since it would take the credentials along. */
export class TmiRedirectError extends UserError {
  constructor(method: string, path: string, location: string | null) {
    let where = 'elsewhere'
    try {
      const url = location ? new URL(location, 'http://relative.invalid') : undefined
      if (url)
        where = url.host === 'relative.invalid' ? url.pathname : `${url.protocol}//${url.host}${url.pathname}`
    } catch {
      // An unparsable Location: say only that it redirected.
    }
    super(
      `TMI redirected ${method} ${path} to ${where}: not followed, so no credentials went there; check the TMI URL (it may need https:// or a path)`,
    )
    this.name = 'TmiRedirectError'
  }
}

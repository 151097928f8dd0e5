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

  constructor(init: {
    status: number
    code?: string
    description?: string
    method: string
    path: string
    retried: boolean
  }) {
    super(
      `TMI answered ${init.method} ${init.path} with ${init.status}${init.code ? ` ${init.code}` : ''}${init.description ? `: ${init.description}` : ''}`,
    )
    this.name = 'TmiHttpError'
    this.status = init.status
    this.code = init.code
    this.description = init.description
    this.method = init.method
    this.path = init.path
    this.retried = init.retried
  }
}

/** The request never got an HTTP answer (connection refused or reset, DNS, timeout). */
export class TmiNetworkError extends UserError {
  readonly method: string
  readonly path: string
  constructor(method: string, path: string, cause: unknown) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND …) is on its cause.
    const inner = (cause as { cause?: { code?: string; message?: string } } | undefined)?.cause
    const why = inner?.code ?? inner?.message
    super(
      `cannot reach TMI: ${method} ${path}: ${cause instanceof Error ? cause.message : String(cause)}${why ? ` (${why})` : ''}`,
    )
    this.name = 'TmiNetworkError'
    this.method = method
    this.path = path
  }
}

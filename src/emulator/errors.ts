/** An HTTP error in TMI's `Error` shape: `{error, error_description}` plus the status to send. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly headers: Record<string, string>
  /** TMI's `details` member (`context`, `suggestion`), where its answer has one. */
  readonly details: Record<string, unknown> | undefined
  constructor(
    status: number,
    code: string,
    description: string,
    headers: Record<string, string> = {},
    details?: Record<string, unknown>,
  ) {
    super(description)
    this.status = status
    this.code = code
    this.headers = headers
    this.details = details
  }
}

export const badRequest = (description: string, code = 'invalid_input') =>
  new ApiError(400, code, description)
export const notFound = (description: string) => new ApiError(404, 'not_found', description)
export const forbidden = (description = "You don't have sufficient permissions to perform this action") =>
  new ApiError(403, 'forbidden', description)
export const conflict = (description: string, code = 'conflict') => new ApiError(409, code, description)

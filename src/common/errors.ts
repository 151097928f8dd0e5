/**
 * A problem the user can fix (bad flag, missing file). Front ends print the message without a stack
 * and exit with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: number
  /** Running again will not help (a refusal, not a passing failure): no "rerun" advice. */
  readonly permanent: boolean
  constructor(message: string, exitCode = 1, options: { permanent?: boolean } = {}) {
    super(message)
    this.name = 'UserError'
    this.exitCode = exitCode
    this.permanent = options.permanent ?? false
  }
}

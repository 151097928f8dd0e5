/**
 * A problem the user can fix (bad flag, missing file). Front ends print the message without a stack
 * and exit with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = 1) {
    super(message)
    this.name = 'UserError'
    this.exitCode = exitCode
  }
}

/** How bad a finding is. `info` is for notes such as lossy Threat Dragon conversions. */
export type Severity = 'error' | 'warning' | 'info'

/** A 1-based line and column in a source file. */
export interface Position {
  line: number
  col: number
}

/**
 * One finding about one file, located at the offending value. Diagnostics are data: the CLI prints
 * them, the Action turns them into annotations, watch mode streams them.
 */
export interface Diagnostic extends Position {
  severity: Severity
  /** Stable rule id, e.g. `schema.required` or `tmi.name-chars`. */
  rule: string
  message: string
  file: string
  /** JSON pointer of the value in the file, where there is one. */
  pointer?: string
}

export const START: Position = { line: 1, col: 1 }

export function diagnostic(
  file: string,
  at: Position,
  severity: Severity,
  rule: string,
  message: string,
  pointer?: string,
): Diagnostic {
  const d: Diagnostic = { file, line: at.line, col: at.col, severity, rule, message }
  if (pointer !== undefined) d.pointer = pointer
  return d
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Orders diagnostics by file, line, column so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  )
}

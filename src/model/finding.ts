import type { Severity } from '../common/diagnostic.js'
import type { DocPath } from '../common/pointer.js'

/** A finding about a path in a document, before it is located in a file. */
export interface Finding {
  path: DocPath
  severity: Severity
  rule: string
  message: string
  /** Point at the key naming the value rather than at the value. */
  atKey?: boolean
}

export function error(path: DocPath, rule: string, message: string, atKey = false): Finding {
  return { path, severity: 'error', rule, message, atKey }
}

export function warning(path: DocPath, rule: string, message: string, atKey = false): Finding {
  return { path, severity: 'warning', rule, message, atKey }
}

import type { DocPath } from '../../common/pointer.js'

/** A Threat Dragon detail that TMI cannot hold as it is. */
export interface LossyPoint {
  /** Path in the Threat Dragon file. */
  path: DocPath
  rule: string
  message: string
  /** A broken file rather than a loss (a flow naming a cell that is not there): a warning. */
  severity?: 'warning'
}

/** What the mappers record as they go: lossy points, and where each produced value came from. */
export interface MapContext {
  lossy(path: DocPath, rule: string, message: string, severity?: 'warning'): void
  /** The native value at `nativePath` came from the Threat Dragon value at `tdPath`. */
  origin(nativePath: DocPath, tdPath: DocPath): void
}

export type TdObject = Record<string, unknown>

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export function obj(v: unknown): TdObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as TdObject) : undefined
}

/** A string, number or boolean as text; anything else (objects, null) as undefined. */
export function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined
}

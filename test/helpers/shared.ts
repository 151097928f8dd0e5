import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** `../shared` beside the project: real Threat Dragon files, the TMI spec. Read in place, never copied. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const TD_MODELS = `${SHARED}threat-dragon/models/`
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Whether tests that need `path` under ../shared can run. In CI a missing file is a failure (the
 * test must not silently skip); elsewhere the suite is skipped with a message saying why.
 */
export function sharedAvailable(path: string): boolean {
  if (existsSync(path)) return true
  if (process.env.CI === 'true')
    throw new Error(`${path} is missing; CI must run with ../shared beside the project`)
  console.warn(`skipping: ${path} not found (run with ../shared beside the project)`)
  return false
}

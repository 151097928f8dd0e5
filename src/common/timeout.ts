import { UserError } from './errors.js'

/** How long one request may take, connection and answer together, to TMI and to Git hosts alike. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000

/**
 * The one setting for every request's deadline: `TMI_SYNC_TIMEOUT`, in seconds (60 by default),
 * so that a server that accepts the connection and never answers cannot hang a run.
 */
export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TMI_SYNC_TIMEOUT
  if (raw === undefined || raw === '') return DEFAULT_REQUEST_TIMEOUT_MS
  const seconds = Number(raw)
  if (!(seconds > 0))
    throw new UserError(`TMI_SYNC_TIMEOUT must be a positive number of seconds, not ${raw}`, 2)
  return seconds * 1000
}

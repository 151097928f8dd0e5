import { AsyncLocalStorage } from 'node:async_hooks'

/** Requests one piece of work made: to Git hosts (API calls, downloads, clones, local reads) and to TMI. */
export interface RequestCounts {
  git: number
  tmi: number
  /** Model files read (whatever the number of requests that took). */
  files: number
}

const current = new AsyncLocalStorage<RequestCounts>()

/**
 * Runs `work` counting the requests it makes, whatever runs beside it: a scheduled sync works on
 * several sources at once and reports each one's own count.
 */
export function countingRequests<T>(counts: RequestCounts, work: () => Promise<T>): Promise<T> {
  return current.run(counts, work)
}

/** Called where a request goes out (TMI's request core, the hosts' fetch, a git clone). */
export function countRequest(kind: keyof RequestCounts, n = 1): void {
  const counts = current.getStore()
  if (counts) counts[kind] += n
}

/**
 * A counter bound to the work that is current now: for a client made once and called later from
 * queues that lose the caller's context (Octokit's throttling schedules requests on its own).
 */
export function requestCounter(kind: keyof RequestCounts): () => void {
  const bound = current.getStore()
  return () => {
    const counts = bound ?? current.getStore()
    if (counts) counts[kind]++
  }
}

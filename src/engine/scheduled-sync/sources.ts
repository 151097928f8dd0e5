// engine/scheduled-sync: the configuration's sources, expanded (organisations discovered) and sharded.
import { createHash } from 'node:crypto'
import picomatch from 'picomatch'
import { UserError } from '../../common/errors.js'
import { countingRequests, type RequestCounts } from '../../common/request-count.js'
import type { OnDrift } from '../../reconcile/plan.js'
import { parseSource, repositoryId, type SourceSpec } from '../../providers/source.js'
import { listRepositories } from '../repositories/repository-models.js'
import type { SourceEntry, SyncConfig } from './config.js'
import { emptyReport, type SourceReport } from './report.js'

/** Which of N shards a source belongs to: by a hash of its name, so adding a source moves no other. */
export function shardOf(source: string, count: number): number {
  return (parseInt(createHash('sha256').update(source).digest('hex').slice(0, 8), 16) % count) + 1
}

/** One source to sync, with its policy. */
export interface Entry {
  source: string
  prune: boolean
  onDrift: OnDrift
}

/**
 * The sources of the configuration, discovered ones listed from their host: archived repositories
 * and forks left out unless asked, then `include`/`exclude` on the full name. An explicit source
 * wins over the same repository discovered. A listing that fails is a failed source, not a
 * failed run.
 */
export async function expandSources(
  config: SyncConfig,
  env: Record<string, string | undefined>,
): Promise<{ entries: Entry[]; failures: SourceReport[] }> {
  const entries = new Map<string, Entry>()
  const failures: SourceReport[] = []
  const policy = (e: SourceEntry) => ({ prune: e.prune ?? false, onDrift: e.on_drift ?? 'fail' })
  for (const e of config.sources)
    if (e.source) {
      const spec = parseSource(e.source)
      const id = spec.kind === 'local' ? e.source : repositoryId(spec)
      // A repository's models are one set (their identity is the repository and the key): two
      // entries would each see the other's models as orphans.
      if (entries.has(id))
        throw new UserError(
          `${e.source}: ${id} is listed twice in the configuration; list it once (one glob can take several folders: {a,b}/**)`,
          2,
        )
      entries.set(id, { source: e.source, ...policy(e) })
    }
  for (const e of config.sources.filter((x) => x.discover)) {
    const text = e.discover as string
    const at = text.indexOf(':')
    const host = text.slice(0, at) as 'github' | 'gitlab' | 'bitbucket'
    const started = performance.now()
    const counts: RequestCounts = { git: 0, tmi: 0, files: 0 }
    try {
      const repos = await countingRequests(counts, () => listRepositories(host, text.slice(at + 1), env))
      const included = e.include?.length ? picomatch(e.include) : () => true
      const excluded = e.exclude?.length ? picomatch(e.exclude) : () => false
      const taken = repos.filter(
        (r) =>
          !(r.archived && !e.archived) &&
          !(r.fork && !e.forks) &&
          included(r.fullName) &&
          !excluded(r.fullName),
      )
      // Finding nothing is never silent: a misspelt organisation must not look like a quiet night.
      if (taken.length === 0)
        throw new UserError(
          repos.length === 0
            ? 'no repository found (check the name and what the token may see)'
            : `none of the ${repos.length} repositories listed is taken (archived, forks, include/exclude)`,
        )
      for (const r of taken) {
        // The default branch is known from the listing: resolving it takes one request, not two.
        const source = `${host}:${r.fullName}@${e.ref ?? r.defaultBranch}${e.path ? `:${e.path}` : ''}`
        const id = repositoryId(parseSource(source) as Extract<SourceSpec, { repo: string }>)
        if (!entries.has(id)) entries.set(id, { source, ...policy(e) })
      }
    } catch (err) {
      failures.push({
        ...emptyReport(`discover ${text}`),
        error: `discovery failed: ${err instanceof Error ? err.message : String(err)}`,
        requests: counts,
        duration_ms: Math.round(performance.now() - started),
      })
    }
  }
  return { entries: [...entries.values()], failures }
}

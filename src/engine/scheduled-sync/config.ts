// engine/scheduled-sync: tmi-sync.yaml, found and checked, and the TMI environment it names.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../../common/errors.js'
import { readConfigFile } from '../../format/config-file.js'
import { validateSyncConfig } from '../../format/schema.js'
import type { OnDrift } from '../../reconcile/plan.js'

/** What a run tells the configuration's webhooks. */
export type SyncEvent = 'sync.completed' | 'sync.failed' | 'drift.detected'
export const SYNC_EVENTS: SyncEvent[] = ['sync.completed', 'sync.failed', 'drift.detected']

export type Host = 'github' | 'gitlab' | 'bitbucket' | 'git'

/** One entry of `sources:`: a repository, or every repository of an organisation (`discover`). */
export interface SourceEntry {
  source?: string
  discover?: string
  include?: string[]
  exclude?: string[]
  archived?: boolean
  forks?: boolean
  ref?: string
  path?: string
  prune?: boolean
  on_drift?: OnDrift
}

/** `tmi-sync.yaml` (schemas/sync-config.schema.json). */
export interface SyncConfig {
  tmi?: { url?: string; token_env?: string; client_id_env?: string; client_secret_env?: string }
  write?: { via: 'addon' | 'credentials'; addon_id?: string; credentials_file?: string }
  concurrency?: Partial<Record<Host | 'tmi', number>>
  lease_minutes?: number
  notify?: Array<{ url?: string; url_env?: string; secret_env?: string; events?: SyncEvent[] }>
  sources: SourceEntry[]
}

export const CONFIG_NAME = 'tmi-sync.yaml'
/** How many at once, per host and for TMI, unless the configuration says. */
export const CONCURRENCY: Record<Host | 'tmi', number> = {
  tmi: 4,
  github: 4,
  gitlab: 4,
  bitbucket: 2,
  git: 2,
}

/** The configuration named, or `tmi-sync.yaml` in the working directory or the nearest above it. */
export function findSyncConfig(
  named: string | undefined,
  cwd = process.cwd(),
): { path: string; config: SyncConfig } {
  let path = named
  if (!path)
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_NAME))) {
        path = join(dir, CONFIG_NAME)
        break
      }
      if (dirname(dir) === dir)
        throw new UserError(`no ${CONFIG_NAME} here or in any folder above: name one with --config`, 2)
    }
  return { path, config: readConfigFile<SyncConfig>(path, validateSyncConfig) }
}

/**
 * The environment TMI's client is made from: the variables the configuration names (never a
 * secret in the file), or only the session file when a person's session writes.
 */
export function tmiEnvironment(
  config: SyncConfig,
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env }
  if (config.tmi?.url && !env.TMI_URL) out.TMI_URL = config.tmi.url
  if (config.write?.via === 'credentials') {
    delete out.TMI_TOKEN
    delete out.TMI_CLIENT_ID
    delete out.TMI_CLIENT_SECRET
    if (config.write.credentials_file) out.TMI_CREDENTIALS_FILE = config.write.credentials_file
    return out
  }
  out.TMI_TOKEN = env[config.tmi?.token_env ?? 'TMI_TOKEN']
  out.TMI_CLIENT_ID = env[config.tmi?.client_id_env ?? 'TMI_CLIENT_ID']
  out.TMI_CLIENT_SECRET = env[config.tmi?.client_secret_env ?? 'TMI_CLIENT_SECRET']
  return out
}

import { readFileSync } from 'node:fs'
import { UserError } from '../common/errors.js'
import { validateServeConfig } from '../format/schema.js'
import { readConfigFile } from '../format/config-file.js'
import type { OnDrift } from '../reconcile/plan.js'
import type { AddonServiceConfig } from './service.js'

interface ConfigFile {
  tmi_url: string
  sources: string[]
  on_drift?: OnDrift
  prune?: boolean
  deadline_seconds?: number
}

/**
 * The service's configuration: the file (schemas/serve-config.schema.json, errors at
 * file:line:col) and, for secrets, the environment only: TMI_WEBHOOK_SECRET or the file
 * TMI_WEBHOOK_SECRET_FILE names (a mounted secret), and the Git hosts' usual token variables.
 */
export function loadServiceConfig(
  path: string,
  env: Record<string, string | undefined>,
): Omit<AddonServiceConfig, 'log' | 'fetch'> {
  const file = readConfigFile<ConfigFile>(path, validateServeConfig)
  return {
    tmiUrl: env.TMI_URL ?? file.tmi_url,
    secret: webhookSecret(env),
    policy: { sources: file.sources, onDrift: file.on_drift ?? 'fail', prune: file.prune ?? false },
    deadlineMs: (file.deadline_seconds ?? 45) * 1000,
    env,
  }
}

/** The webhook secret, from the environment or a file (never from the configuration file). */
export function webhookSecret(env: Record<string, string | undefined>): string {
  let secret = env.TMI_WEBHOOK_SECRET
  if (!secret && env.TMI_WEBHOOK_SECRET_FILE) {
    try {
      secret = readFileSync(env.TMI_WEBHOOK_SECRET_FILE, 'utf8').trim()
    } catch (e) {
      throw new UserError(
        `cannot read TMI_WEBHOOK_SECRET_FILE ${env.TMI_WEBHOOK_SECRET_FILE}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
        2,
      )
    }
  }
  // TMI takes subscription secrets of 16 to 128 characters.
  if (!secret || secret.length < 16 || secret.length > 128)
    throw new UserError(
      'set TMI_WEBHOOK_SECRET (or TMI_WEBHOOK_SECRET_FILE) to the webhook secret: 16 to 128 characters',
      2,
    )
  return secret
}

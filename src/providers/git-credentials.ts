import { registerSecret } from '../common/secrets.js'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The environment variables simple-git must let through for credentials to reach git. */
export const ASKPASS_ENV = [
  'GIT_ASKPASS',
  'GIT_TERMINAL_PROMPT',
  'TMI_SYNC_GIT_USERNAME',
  'TMI_SYNC_GIT_PASSWORD',
]

/**
 * Credentials a git URL carries, handed to git through GIT_ASKPASS and the environment instead of
 * its command line, where `ps` shows them to every user of the machine. The URL git sees has none.
 */
export async function gitCredentials(
  url: string,
): Promise<{ url: string; env: Record<string, string>; dispose: () => Promise<void> }> {
  let parsed: URL | undefined
  try {
    parsed = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url) : undefined
  } catch {
    parsed = undefined
  }
  const base = { GIT_TERMINAL_PROMPT: '0' }
  if (!parsed || (!parsed.username && !parsed.password))
    return { url, env: base, dispose: () => Promise.resolve() }
  const username = decodeURIComponent(parsed.username)
  const password = decodeURIComponent(parsed.password)
  // A bare token is the user part: both are secrets from now on (DEBUG logs print environments).
  registerSecret(username)
  registerSecret(password)
  parsed.username = ''
  parsed.password = ''
  const dir = await mkdtemp(join(tmpdir(), 'tmi-sync-askpass-'))
  const script = join(dir, 'askpass.sh')
  // git asks "Username for …" then "Password for …"; the answers come from the environment.
  await writeFile(
    script,
    '#!/bin/sh\ncase "$1" in\n  Username*) printf \'%s\\n\' "$TMI_SYNC_GIT_USERNAME" ;;\n  *) printf \'%s\\n\' "$TMI_SYNC_GIT_PASSWORD" ;;\nesac\n',
    { mode: 0o700 },
  )
  await chmod(script, 0o700)
  return {
    url: parsed.toString(),
    env: { ...base, GIT_ASKPASS: script, TMI_SYNC_GIT_USERNAME: username, TMI_SYNC_GIT_PASSWORD: password },
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
}

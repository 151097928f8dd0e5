import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { UserError } from '../common/errors.js'
import { canonicalTmiUrl } from './url.js'
import { registerSecret } from '../common/secrets.js'

/** A person's TMI session, as `tmi-sync login` saves it: only ever in a 0600 file. */
export interface SavedSession {
  format: 1
  tmi_url: string
  idp: string
  access_token: string
  refresh_token: string
  /** When the access token expires (ISO 8601). */
  expires_at: string
  user: { provider: string; provider_id: string; email: string; display_name: string }
  saved_at: string
}

/**
 * Where the session for a TMI URL lives: `TMI_CREDENTIALS_FILE`, else one file per TMI under the
 * user's config directory (`$XDG_CONFIG_HOME/tmi-sync/credentials/`, `~/.config` by default).
 */
export function credentialsPath(tmiUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TMI_CREDENTIALS_FILE) return env.TMI_CREDENTIALS_FILE
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config')
  const url = new URL(tmiUrl)
  const readable = `${url.hostname}${url.port ? `_${url.port}` : ''}`.replace(/[^a-zA-Z0-9._-]/g, '_')
  const digest = createHash('sha256').update(canonicalTmiUrl(tmiUrl)).digest('hex').slice(0, 12)
  return join(base, 'tmi-sync', 'credentials', `${readable}-${digest}.json`)
}

export async function readSession(path: string): Promise<SavedSession | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UserError(`cannot read the TMI credentials file ${path}: ${(e as Error).message}`)
  }
  try {
    const session = JSON.parse(text) as SavedSession
    if (session.format !== 1 || typeof session.refresh_token !== 'string') throw new Error('unknown format')
    registerSecret(session.access_token)
    registerSecret(session.refresh_token)
    return session
  } catch {
    throw new UserError(`the TMI credentials file ${path} is damaged: run "tmi-sync login" again`)
  }
}

/**
 * Written atomically (a temporary file in the same folder, then a rename), mode 0600 from the
 * first byte, so a crash leaves the old session or the new one, never half of either.
 */
export async function writeSession(path: string, session: SavedSession): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temporary, 'wx', 0o600)
  try {
    await handle.writeFile(JSON.stringify(session, null, 2) + '\n')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await chmod(temporary, 0o600)
  await rename(temporary, path)
}

export async function deleteSession(path: string): Promise<boolean> {
  try {
    await rm(path)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw e
  }
}

const LOCK_STALE_MS = 30_000

/**
 * Runs `work` holding `PATH.lock`: two processes sharing one session must not both spend its
 * refresh token (it rotates; the second would find it dead). A lock older than 30 s is stale.
 */
export async function withSessionLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o600)
      await handle.close()
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      )
      if (age > LOCK_STALE_MS) await rm(lock, { force: true })
      else if (attempt > 600) throw new UserError(`the TMI credentials file ${path} stayed locked (${lock})`)
      else await new Promise((r) => setTimeout(r, 50))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lock, { force: true })
  }
}

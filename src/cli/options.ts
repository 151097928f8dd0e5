import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { UserError } from '../common/errors.js'

export interface GlobalOptions {
  verbose?: boolean
  quiet?: boolean
}

/** "5MB", "512KB", "1048576" → bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(text)
  if (!m) throw new UserError(`not a size: "${text}" (try 5MB or 512KB)`, 2)
  const unit = (m[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('k')
    ? 1024
    : unit.startsWith('m')
      ? 1024 ** 2
      : unit.startsWith('g')
        ? 1024 ** 3
        : 1
  return Math.floor(Number(m[1]) * factor)
}

/** `90s`, `30m`, `2h` (or plain seconds) → ms; usage error (exit 2) otherwise. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*(s|m|h)?$/i.exec(text.trim())
  if (!m) throw new UserError(`"${text}" is not a duration: write e.g. 90s, 30m or 2h`, 2)
  const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h']
  return Number(m[1]) * unit
}

/** `--port`: 0 (a free one) to 65535. */
export function parsePort(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`not a port: ${text}`, 2)
  return port
}

/**
 * A file the command will write (`--out`, `--json`, `--markdown`): checked before any work, so a
 * missing folder is one line at once rather than a failure after a plan or an apply.
 */
export function checkOutputFile(flag: string, path: string | undefined): void {
  if (path === undefined) return
  const folder = dirname(resolve(path))
  if (!existsSync(folder)) throw new UserError(`${flag} ${path}: the folder ${folder} does not exist`, 2)
  if (!statSync(folder).isDirectory()) throw new UserError(`${flag} ${path}: ${folder} is not a folder`, 2)
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError(`${flag} ${path}: is a folder; name a file`, 2)
}

/** A folder the command will write files into (`--out` of import and pull): not an existing file. */
export function checkOutputFolder(flag: string, path: string | undefined): void {
  if (path === undefined) return
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new UserError(`${flag} ${path}: is a file; name a folder`, 2)
}

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

import { redactSecrets, registerSecretsFromEnv } from '../common/secrets.js'
import pc from 'picocolors'
import type { Diagnostic, Severity } from '../common/diagnostic.js'

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org); FORCE_COLOR forces it. */
export function colours(stream: NodeJS.WriteStream = process.stdout) {
  const env = process.env
  const enabled =
    !('NO_COLOR' in env && env.NO_COLOR !== '') &&
    (('FORCE_COLOR' in env && env.FORCE_COLOR !== '0') || stream.isTTY === true)
  return pc.createColors(enabled)
}

export type Colours = ReturnType<typeof colours>

/** `path:line:col: severity: message [rule]`, the form editors and CI logs link from. */
export function formatDiagnostic(d: Diagnostic, c: Colours): string {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan }
  return `${c.bold(`${d.file}:${d.line}:${d.col}`)}: ${paint[d.severity](d.severity)}: ${d.message} ${c.dim(`[${d.rule}]`)}`
}

/** GitHub Actions workflow command; the runner turns it into an annotation on the file. */
export function formatGithub(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice'
  const property = (s: string) =>
    s
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A')
      .replace(/:/g, '%3A')
      .replace(/,/g, '%2C')
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return `::${command} file=${property(d.file)},line=${d.line},col=${d.col},title=${property(d.rule)}::${data(d.message)}`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * Everything the CLI prints passes through the secret registry: a token a server echoed in an
 * error, a password in a URL, a library's message; none is shown.
 */
export function guardOutput(env: NodeJS.ProcessEnv = process.env): void {
  registerSecretsFromEnv(env)
  for (const stream of [process.stdout, process.stderr]) {
    // The reader went away (`tmi-sync plan | head`): nobody is left to read, so the rest is
    // dropped and the command finishes (an apply is not cut half-way), exiting with its own code,
    // instead of dying on an unhandled EPIPE with a stack trace.
    let gone = false
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e
      gone = true
    })
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
    stream.write = (chunk: unknown, ...rest: unknown[]) =>
      !gone &&
      write(
        typeof chunk === 'string'
          ? redactSecrets(chunk)
          : chunk instanceof Uint8Array
            ? redactSecrets(Buffer.from(chunk).toString('utf8'))
            : chunk,
        ...rest,
      )
  }
}

/** What the system says, in words a person can act on. */
const SYSTEM: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EEXIST: 'already exists',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EADDRINUSE: 'the address is in use (choose another --port)',
  EADDRNOTAVAIL: 'the address is not available on this machine (check --host)',
  EMFILE: 'too many open files',
}

/**
 * Any failure as one line: a file-system or network error by its path and reason, a git host's
 * refusal by its message, and anything else without a stack (TMI_SYNC_DEBUG=1 adds it).
 */
export function describeFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { address?: string; port?: number }
  if (err && typeof err === 'object' && typeof err.code === 'string' && err.code in SYSTEM) {
    const where = err.path ?? (err.address ? `${err.address}${err.port ? `:${err.port}` : ''}` : undefined)
    return `${err.syscall ? `${err.syscall} ` : ''}${where ?? ''}: ${SYSTEM[err.code] ?? err.code}`.trim()
  }
  if (err instanceof Error && (err.name === 'WriteConflictError' || err.name === 'UnsupportedError'))
    return err.message
  const message = err instanceof Error ? err.message : String(e)
  if (process.env.TMI_SYNC_DEBUG && err instanceof Error && err.stack) return `internal error: ${err.stack}`
  return `internal error: ${message} (a bug: please report it; TMI_SYNC_DEBUG=1 shows where)`
}

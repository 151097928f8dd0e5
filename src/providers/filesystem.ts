import { hash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import type Picomatch from 'picomatch'
import { UserError } from '../common/errors.js'
import { DEFAULT_MAX_BYTES, type SourceFile } from '../format/source.js'

const require = createRequire(import.meta.url)

/** Where model files are found by default: our own files, and Threat Dragon's repository layout. */
export const DEFAULT_INCLUDE = [
  '**/*.tm.{yaml,yml,json}',
  '**/*.otm.{json,yaml,yml}',
  '**/ThreatDragonModels/**/*.json',
]
/** Never worth walking into. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**']

export interface DiscoverOptions {
  include?: string[]
  exclude?: string[]
}

/** A file found on disk: the path shown to users (as given, or relative to the cwd) and its absolute path. */
export interface FoundFile {
  path: string
  absolute: string
  /** Named by the user, rather than found by walking a directory. */
  explicit: boolean
}

/**
 * Expands paths into model files. A file named explicitly is always taken; a directory is walked
 * recursively and its files are kept when they match an include glob and no exclude glob.
 */
export async function discoverFiles(
  paths: string[],
  options: DiscoverOptions = {},
  cwd = process.cwd(),
  /** Collects .json files a walk passed over, so "nothing found" can say what was not taken. */
  notTaken: string[] = [],
): Promise<FoundFile[]> {
  // Made only for a directory: naming files, as an editor or a hook does, pays for no globs.
  let wanted: ((path: string) => boolean) | undefined
  const found = new Map<string, FoundFile>()
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given)
    let info
    try {
      info = await stat(absolute)
    } catch {
      throw new UserError(`no such file or directory: ${given}`, 2)
    }
    if (info.isFile()) {
      found.set(absolute, { path: display(absolute, cwd), absolute, explicit: true })
      continue
    }
    // A FIFO would block the read forever, a device never end: only files and directories.
    if (!info.isDirectory()) throw new UserError(`not a regular file or a directory: ${given}`, 2)
    for await (const file of walk(absolute)) {
      if (!takesFile((wanted ??= modelFileMatcher(options)), absolute, file)) {
        if (file.endsWith('.json')) notTaken.push(display(file, cwd))
        continue
      }
      if (!found.has(file)) found.set(file, { path: display(file, cwd), absolute: file, explicit: false })
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Whether a file found under a walked directory is a model file, by the globs. A walk inside the
 * folder Threat Dragon made (`plan ThreatDragonModels/`) judges its files by the path from that
 * folder on, as if its parent had been walked.
 */
export function takesFile(wanted: (path: string) => boolean, directory: string, file: string): boolean {
  const rel = toPosix(relative(directory, file))
  if (rel.startsWith('..')) return false
  const fromTd = /(?:^|\/)(ThreatDragonModels\/.+)$/.exec(toPosix(file))?.[1]
  return wanted(rel) || (fromTd !== undefined && wanted(fromTd))
}

/** What a walk looks for, in words: for "no threat-model files found" messages. */
export function lookedFor(options: DiscoverOptions): string {
  const globs = options.include?.length ? options.include : DEFAULT_INCLUDE
  return globs.length > 1
    ? `${globs.slice(0, -1).join(', ')} and ${globs[globs.length - 1]}`
    : (globs[0] ?? '')
}

/** Whether a path (relative, with `/`) is a model file to take, by the include and exclude globs. */
export function modelFileMatcher(options: DiscoverOptions): (path: string) => boolean {
  // Loaded when first needed, as `yaml` is (format/yaml-document.ts): 3 ms of every start-up.
  const picomatch = require('picomatch') as typeof Picomatch
  const include = picomatch(options.include?.length ? options.include : DEFAULT_INCLUDE, { dot: false })
  const exclude = picomatch([...DEFAULT_EXCLUDE, ...(options.exclude ?? [])], { dot: true })
  return (path) => include(path) && !exclude(path)
}

/**
 * The file's bytes, unless it is larger than `maxBytes`: then only its size, so a 3 GB file (or a
 * sparse one) is refused without being read. The size is taken from the open file, not the name.
 * A file rewritten while it is read (an editor saving in place) is read again, and refused if it
 * never holds still: half a file must never look like a file with half its threats.
 */
export function readSourceFileSync(
  file: FoundFile,
  maxBytes = DEFAULT_MAX_BYTES,
  digest = false,
): SourceFile {
  for (let attempt = 1; ; attempt++) {
    const fd = openSync(file.absolute, 'r')
    try {
      const before = fstatSync(fd)
      if (!before.isFile()) throw new UserError(`not a regular file: ${file.path}`, 2)
      if (before.size > maxBytes) return { path: file.path, bytes: new Uint8Array(0), size: before.size }
      // Every byte is read before it is used (a short read is retried below): no need to zero them.
      const bytes = Buffer.allocUnsafe(before.size)
      let read = 0
      while (read < before.size) {
        const n = readSync(fd, bytes, read, before.size - read, read)
        if (n === 0) break
        read += n
      }
      const after = fstatSync(fd)
      const still =
        read === before.size &&
        after.size === before.size &&
        after.mtimeMs === before.mtimeMs &&
        after.ctimeMs === before.ctimeMs
      if (still) {
        const content = bytes.subarray(0, read)
        return {
          path: file.path,
          bytes: content,
          // Hashing costs about a sixth of validating a large set: only when a plan will compare.
          ...(digest ? { digest: hash('sha256', content) } : {}),
        }
      }
      if (attempt >= STABLE_READ_ATTEMPTS)
        return { path: file.path, bytes: new Uint8Array(0), unstable: true }
      // Give the writer a moment to finish before reading again.
      Atomics.wait(PAUSE, 0, 0, STABLE_READ_PAUSE_MS)
    } finally {
      closeSync(fd)
    }
  }
}

const STABLE_READ_ATTEMPTS = 3
const STABLE_READ_PAUSE_MS = 25
const PAUSE = new Int32Array(new SharedArrayBuffer(4))

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else if (entry.isFile()) yield full
  }
}

function display(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute)
  return toPosix(rel.startsWith('..') ? absolute : rel || '.')
}

function toPosix(p: string): string {
  return p.split(sep).join('/')
}

/** The fixed folder a glob starts with: `models/**\/*.tm.yaml` → `models/`; `*.tm.yaml` → ``. */
export function fixedFolder(glob: string): string {
  const fixed: string[] = []
  for (const part of glob.split('/').slice(0, -1)) {
    if (/[*?[{]/.test(part)) break
    fixed.push(part)
  }
  return fixed.length > 0 ? `${fixed.join('/')}/` : ''
}

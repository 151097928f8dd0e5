import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { UserError } from '../common/errors.js'
import type { SourceFile } from '../format/source.js'

/** Where model files are found by default: our own files, and Threat Dragon's repository layout. */
export const DEFAULT_INCLUDE = ['**/*.tm.{yaml,yml,json}', '**/ThreatDragonModels/**/*.json']
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
): Promise<FoundFile[]> {
  const wanted = modelFileMatcher(options)
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
    for await (const file of walk(absolute)) {
      const rel = toPosix(relative(absolute, file))
      if (!wanted(rel)) continue
      if (!found.has(file)) found.set(file, { path: display(file, cwd), absolute: file, explicit: false })
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Whether a path (relative, with `/`) is a model file to take, by the include and exclude globs. */
export function modelFileMatcher(options: DiscoverOptions): (path: string) => boolean {
  const include = picomatch(options.include?.length ? options.include : DEFAULT_INCLUDE, { dot: false })
  const exclude = picomatch([...DEFAULT_EXCLUDE, ...(options.exclude ?? [])], { dot: true })
  return (path) => include(path) && !exclude(path)
}

export async function readSourceFile(file: FoundFile): Promise<SourceFile> {
  return { path: file.path, bytes: await readFile(file.absolute) }
}

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

// engine/validate: the desired-model cache. A plan makes each file's desired model from its
// bytes; most files of a repository are unchanged from one plan to the next, so what was made is
// kept on disk, keyed by the bytes' digest, the file's path, the size limit and this build
// (content-addressed, as Go's build cache is). A file found there is neither parsed nor validated
// again, and its model waits on disk, not in memory, until the plan reaches it.
import { hash } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { BUILD_ID } from '../../common/build-id.js'
import { START, type Diagnostic } from '../../common/diagnostic.js'
import { UserError } from '../../common/errors.js'
import type { ThreatModelFile } from '../../format/native.js'
import { desiredModel, desiredToText } from '../../model/desired.js'
import { loadModelFile, type LoadedFile, type LoadOptions, type ModelFormat } from '../../model/load.js'
import { readSourceFileSync, type FoundFile } from '../../providers/filesystem.js'

/**
 * Where the cache is, for this build; undefined: no cache (`TMI_SYNC_CACHE_DIR=off`, or no build
 * id). It holds desired models (`desired/`) and the plans made from them (`plans/`, plan-memo.ts).
 */
export interface DesiredCache {
  dir: string
  build: string
}

/** A valid file's desired model as a plan takes it: its name, and its text (`desiredToText`). */
export function desiredView(model: ThreatModelFile, file: string): { name: string; text: string } {
  const desired = desiredModel(model, file)
  return { name: String(desired.fields.name), text: desiredToText(desired) }
}

/**
 * The desired model's text made again from the file, when its cache entry has gone: refused if
 * the file no longer holds what was validated, as a plan must be made from what was checked.
 */
export function reloadDesired(file: FoundFile, options: LoadOptions, digest: string): () => string {
  return () => {
    const loaded = loadModelFile(readSourceFileSync(file, options.maxBytes, true), options)
    if (loaded.digest !== digest || !loaded.model)
      throw new UserError(
        `${file.path} changed while it was planned: nothing was sent to TMI; rerun once it is saved`,
      )
    return desiredView(loaded.model, loaded.file).text
  }
}

/**
 * A file's cache entry, found by its bytes' digest (the file is read and hashed, not parsed). A
 * file that cannot be read here is a miss: loading it reports why.
 */
export function lookUp(cache: DesiredCache, f: FoundFile, options: LoadOptions): LoadedFile | undefined {
  let digest: string | undefined
  try {
    digest = readSourceFileSync(f, options.maxBytes, true).digest
  } catch {
    return undefined
  }
  if (digest === undefined) return undefined
  const hit = cachedDesired(cache, f.path, options.maxBytes, digest, reloadDesired(f, options, digest))
  if (hit)
    hit.locateKey = () =>
      loadModelFile(readSourceFileSync(f, options.maxBytes), options).locateKey?.() ?? START
  return hit
}

/**
 * A file loaded in this thread, given its desired model: kept in memory (these are few) and in the
 * cache, for the next plan.
 */
export function withDesired(loaded: LoadedFile, options: LoadOptions, cache: DesiredCache | undefined): void {
  if (!loaded.model) return
  const desired = desiredView(loaded.model, loaded.file)
  const stored = cache !== undefined && storeDesired(cache, loaded, options.maxBytes, desired)
  loaded.desired = { name: desired.name, text: () => desired.text }
  if (stored && loaded.digest)
    loaded.desired.id = entryId(cache, loaded.file, options.maxBytes, loaded.digest)
}

/** Entries unused this long are removed (a run looks at most once a day). */
const UNUSED_DAYS = 7
/** A hit refreshes its entry's time at most this often: a write per hit would cost as much as it saves. */
const REFRESH_MS = 3_600_000

/**
 * `TMI_SYNC_CACHE_DIR`, or `off`; by default the platform's cache folder (`$XDG_CACHE_HOME`,
 * `~/.cache`, `~/Library/Caches`, `%LOCALAPPDATA%`), under `tmi-sync/desired`.
 */
export function desiredCache(
  env: Record<string, string | undefined> = process.env,
  build: string | undefined = BUILD_ID,
): DesiredCache | undefined {
  const setting = env.TMI_SYNC_CACHE_DIR
  if (build === undefined || setting === 'off') return undefined
  const base =
    setting ||
    (process.platform === 'win32'
      ? join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'tmi-sync', 'Cache')
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches', 'tmi-sync')
        : join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tmi-sync'))
  return { dir: base, build }
}

/** What an entry holds besides the desired model's text. */
interface Header {
  file: string
  format?: ModelFormat
  key: string
  name: string
  diagnostics: Diagnostic[]
  digest: string
}

/** An entry's id: by build, file path, size limit and content, each part unambiguous. */
export function entryId(
  cache: DesiredCache,
  path: string,
  maxBytes: number | undefined,
  digest: string,
): string {
  return hash('sha256', JSON.stringify([cache.build, path, maxBytes ?? null, digest]))
}

/** Where an entry of a kind (`desired`, `plans`) is kept, two levels deep as Git keeps objects. */
export function entryFile(cache: DesiredCache, kind: 'desired' | 'plans', id: string): string {
  return join(cache.dir, kind, id.slice(0, 2), `${id.slice(2)}.${kind}`)
}

/** A desired model's entry. */
export function entryPath(
  cache: DesiredCache,
  path: string,
  maxBytes: number | undefined,
  digest: string,
): string {
  return entryFile(cache, 'desired', entryId(cache, path, maxBytes, digest))
}

/**
 * Keeps a valid file's desired model (its text, `desiredToText`), and says whether it did. A cache
 * that cannot be written (a read-only home) is no cache: nothing fails for it.
 */
export function storeDesired(
  cache: DesiredCache,
  loaded: LoadedFile,
  maxBytes: number | undefined,
  desired: { name: string; text: string },
): boolean {
  if (!loaded.digest || !loaded.key) return false
  const header: Header = {
    file: loaded.file,
    ...(loaded.format ? { format: loaded.format } : {}),
    key: loaded.key,
    name: desired.name,
    diagnostics: loaded.diagnostics,
    digest: loaded.digest,
  }
  return writeEntry(
    entryPath(cache, loaded.file, maxBytes, loaded.digest),
    `${JSON.stringify(header)}\n${desired.text}`,
  )
}

/**
 * Writes a cache entry whole, then renames it into place: a run reading it at the same moment
 * sees the old entry or the new one, never half. False when it could not be written.
 */
export function writeEntry(path: string, text: string): boolean {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(temporary, text)
    renameSync(temporary, path)
    return true
  } catch {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Never written: nothing to remove.
    }
    return false
  }
}

/**
 * The file as loaded before, if its entry is there: diagnostics, key, and its desired model's
 * text, read from disk when the plan reaches it.
 */
function cachedDesired(
  cache: DesiredCache,
  path: string,
  maxBytes: number | undefined,
  digest: string,
  reload: () => string,
): LoadedFile | undefined {
  const entry = entryPath(cache, path, maxBytes, digest)
  const header = readHeader(entry)
  // A damaged entry, or (by a hash collision) another file's, is a miss.
  if (!header || header.digest !== digest || header.file !== path) return undefined
  refresh(entry)
  return {
    file: header.file,
    ...(header.format ? { format: header.format } : {}),
    key: header.key,
    diagnostics: header.diagnostics,
    digest,
    desired: {
      name: header.name,
      id: entryId(cache, path, maxBytes, digest),
      text: storedText(entry, digest, reload),
    },
  }
}

/**
 * The text of an entry just stored or found, read each time it is wanted; if the entry has gone
 * meanwhile (another run trimmed it), the file is loaded again (`reload`).
 */
export function storedText(entry: string, digest: string, reload: () => string): () => string {
  return () => {
    try {
      const text = readFileSync(entry, 'utf8')
      const end = text.indexOf('\n')
      if (end > 0 && (JSON.parse(text.slice(0, end)) as Header).digest === digest) return text.slice(end + 1)
    } catch {
      // Gone or damaged: made again below.
    }
    return reload()
  }
}

/** An entry's first line: read in pieces, as the rest (the model) is not wanted yet. */
function readHeader(entry: string): Header | undefined {
  let fd: number
  try {
    fd = openSync(entry, 'r')
  } catch {
    return undefined
  }
  try {
    const chunks: Buffer[] = []
    for (let at = 0; ;) {
      const chunk = Buffer.allocUnsafe(at === 0 ? 4096 : 65536)
      const n = readSync(fd, chunk, 0, chunk.length, at)
      if (n === 0) return undefined
      const end = chunk.subarray(0, n).indexOf(10)
      chunks.push(chunk.subarray(0, end < 0 ? n : end))
      if (end >= 0) return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Header
      at += n
    }
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/** An entry in use is kept: its time is what `trim` goes by. */
export function refresh(entry: string): void {
  try {
    const now = Date.now()
    if (now - statSync(entry).mtimeMs > REFRESH_MS) utimesSync(entry, now / 1000, now / 1000)
  } catch {
    // Gone or read-only: the entry is still good for this run.
  }
}

/**
 * Removes entries unused for a week, at most once a day (`trimmed` records when): the cache
 * holds what recent plans read, not every version of every file ever planned.
 */
export function trim(cache: DesiredCache): void {
  const marker = join(cache.dir, 'trimmed')
  const now = Date.now()
  try {
    if (now - statSync(marker).mtimeMs < 86_400_000) return
  } catch {
    // Never trimmed.
  }
  try {
    mkdirSync(cache.dir, { recursive: true })
    writeFileSync(marker, '')
  } catch {
    return
  }
  const cutoff = now - UNUSED_DAYS * 86_400_000
  for (const kind of ['desired', 'plans'])
    for (const entry of readdirSafe(join(cache.dir, kind))) {
      if (!entry.isDirectory()) continue
      const folder = join(cache.dir, kind, entry.name)
      for (const file of readdirSafe(folder)) {
        const path = join(folder, file.name)
        try {
          if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true })
        } catch {
          // Removed by another run meanwhile.
        }
      }
    }
}

function readdirSafe(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

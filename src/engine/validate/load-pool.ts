// engine/validate: the worker pool that loads many model files at once (validate.ts decides when).
import { availableParallelism } from 'node:os'
import { diagnostic, START } from '../../common/diagnostic.js'
import { Worker } from 'node:worker_threads'
import { loadModelFile, type LoadedFile, type LoadOptions, type ModelsWanted } from '../../model/load.js'
import { readSourceFileSync, type FoundFile } from '../../providers/filesystem.js'
import { entryFile, entryId, reloadDesired, storedText, type DesiredCache } from './desired-cache.js'
import type { LoadRequest } from './load-worker.js'

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200
const MAX_WORKERS = 4
/** Batches queued per worker, so it never waits on a round trip through the main thread. */
const IN_FLIGHT = 2
/** Files a message carries: a message each way per file costs as much as checking a small file. */
const BATCH = 8

const workerUrl = new URL('./load-worker.js', import.meta.url)

/**
 * A model crosses threads as JSON text and is parsed only if someone reads it: validation needs
 * only the diagnostics and the key, and parsing a thousand models on the main thread would cost
 * what the second core saved.
 */
function lazyModel(loaded: LoadedFile, json: string): void {
  let model: LoadedFile['model']
  let text: string | undefined = json
  Object.defineProperty(loaded, 'model', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (model === undefined && text !== undefined) {
        model = JSON.parse(text) as LoadedFile['model']
        // Parsed once: the text is not kept beside the model it became.
        text = undefined
      }
      return model
    },
    set: (value: LoadedFile['model']) => {
      model = value
      text = undefined
    },
  })
}

/** Workers run compiled JavaScript; from TypeScript sources (tests) everything stays in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && availableParallelism() > 1
}

/**
 * Each worker's heap is bounded: a file that needs more (an expansion no limit caught) ends that
 * worker, with ERR_WORKER_OUT_OF_MEMORY, rather than the whole process.
 */
const WORKER_HEAP_MB = 2048

export interface PoolOptions {
  heapMb?: number
  /** What comes back of each model (by default the model as written). */
  models?: ModelsWanted
  /** Where desired models are kept ('desired'); without one, their texts come back. */
  cache?: DesiredCache
}

type Reply = {
  index: number
  loaded?: LoadedFile
  model?: string
  /** Its text, unless it went to the cache. */
  desired?: { name: string; text?: string }
  error?: string
}

/**
 * Loads files on all cores: validation is CPU-bound (parsing), and a repository of a thousand
 * models should not wait on one core. Results come back in input order, as in-process loading.
 * A file whose loading fails or crashes its worker gets an error of its own; the run goes on.
 */
export async function loadInWorkers(
  files: FoundFile[],
  options: LoadOptions,
  { heapMb = WORKER_HEAP_MB, models = 'file', cache }: PoolOptions = {},
): Promise<LoadedFile[]> {
  const size = Math.min(MAX_WORKERS, availableParallelism(), files.length)
  const results = new Array<LoadedFile>(files.length)
  const spawn = () => new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: heapMb } })
  const accept = (m: Reply) => {
    const file = files[m.index] as FoundFile
    if (m.error !== undefined || !m.loaded) {
      results[m.index] = failed(file, m.error ?? 'the worker sent nothing back')
      return
    }
    if (m.model !== undefined) lazyModel(m.loaded, m.model)
    if (m.desired) m.loaded.desired = desiredFrom(m.desired, m.loaded, file, options, cache)
    // Locating needs the syntax tree, which stayed in the worker: rebuild it here in the rare case it is needed.
    m.loaded.locateKey = () =>
      loadModelFile(readSourceFileSync(file, options.maxBytes), options).locateKey?.() ?? { line: 1, col: 1 }
    results[m.index] = m.loaded
  }
  /** After a crash, each file that was in the crashed worker is loaded alone: the culprit is found. */
  const alone = (index: number) =>
    new Promise<void>((resolve) => {
      const worker = spawn()
      let done = false
      const finish = (m: Reply) => {
        if (done) return
        done = true
        accept(m)
        void worker.terminate().then(() => resolve())
      }
      worker.once('message', (replies: Reply[]) => finish(replies[0] ?? { index }))
      worker.once('error', (e) => finish({ index, error: crashMessage(e, heapMb) }))
      worker.once('exit', () => finish({ index, error: 'the worker loading it stopped' }))
      worker.postMessage(request([index]))
    })
  const request = (indices: number[]): LoadRequest => ({
    files: indices.map((index) => ({ index, file: files[index] as FoundFile })),
    options,
    models,
    ...(cache ? { cache } : {}),
  })
  let next = 0
  const drain = async (): Promise<void> => {
    const worker = spawn()
    const pending = new Set<number>()
    const crashed = await new Promise<Error | undefined>((resolve) => {
      const send = () => {
        if (next >= files.length) {
          if (pending.size === 0) resolve(undefined)
          return
        }
        const batch: number[] = []
        while (batch.length < BATCH && next < files.length) batch.push(next++)
        for (const index of batch) pending.add(index)
        worker.postMessage(request(batch))
      }
      worker.on('message', (replies: Reply[]) => {
        for (const m of replies) {
          pending.delete(m.index)
          accept(m)
        }
        send()
      })
      worker.once('error', (e) => resolve(e))
      // A worker that stops without an error event (it exited) would otherwise leave its files waiting.
      worker.once('exit', (code) =>
        resolve(pending.size > 0 ? new Error(`the worker stopped (exit code ${code})`) : undefined),
      )
      for (let k = 0; k < IN_FLIGHT; k++) send()
    })
    await worker.terminate()
    if (!crashed) return
    // A worker that cannot even start is no file's fault.
    if (pending.size === 0) throw crashed
    for (const index of pending) await alone(index)
    // The rest of the queue still needs this core.
    return drain()
  }
  await Promise.all(Array.from({ length: size }, drain))
  return results
}

/** A worker's desired model: its text as sent, or read from the entry the worker stored. */
function desiredFrom(
  sent: { name: string; text?: string },
  loaded: LoadedFile,
  file: FoundFile,
  options: LoadOptions,
  cache: DesiredCache | undefined,
): NonNullable<LoadedFile['desired']> {
  const { text } = sent
  if (text !== undefined) return { name: sent.name, text: () => text }
  // Without its text, the worker stored it: so there is a cache, and the file's digest keys it.
  const digest = loaded.digest as string
  const id = entryId(cache as DesiredCache, loaded.file, options.maxBytes, digest)
  const entry = entryFile(cache as DesiredCache, 'desired', id)
  return { name: sent.name, id, text: storedText(entry, digest, reloadDesired(file, options, digest)) }
}

function crashMessage(e: unknown, heapMb: number): string {
  return (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `loading it needed more than ${heapMb} MB of memory`
    : `loading it crashed: ${e instanceof Error ? e.message : String(e)}`
}

/** A file that could not be loaded: one located error, and the rest of the run goes on. */
function failed(file: FoundFile, why: string): LoadedFile {
  return {
    file: file.path,
    diagnostics: [
      diagnostic(file.path, START, 'error', 'file.load', `tmi-sync could not load this file: ${why}`),
    ],
  }
}

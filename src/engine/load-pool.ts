import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { loadModelFile, type LoadedFile, type LoadOptions } from '../model/load.js'
import { readSourceFileSync, type FoundFile } from '../providers/filesystem.js'
import type { LoadRequest } from './load-worker.js'

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200
const MAX_WORKERS = 4
/** Requests queued per worker, so it never waits on a round trip through the main thread. */
const IN_FLIGHT = 4

const workerUrl = new URL('./load-worker.js', import.meta.url)

/**
 * A model crosses threads as JSON text and is parsed only if someone reads it: validation needs
 * only the diagnostics and the key, and parsing a thousand models on the main thread would cost
 * what the second core saved.
 */
function lazyModel(loaded: LoadedFile, json: string): void {
  let model: LoadedFile['model']
  Object.defineProperty(loaded, 'model', {
    enumerable: true,
    configurable: true,
    get: () => (model ??= JSON.parse(json) as LoadedFile['model']),
    set: (value: LoadedFile['model']) => (model = value),
  })
}

/** Workers run compiled JavaScript; from TypeScript sources (tests) everything stays in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && availableParallelism() > 1
}

/**
 * Loads files on all cores: validation is CPU-bound (parsing), and a repository of a thousand
 * models should not wait on one core. Results come back in input order, as in-process loading.
 */
export async function loadInWorkers(files: FoundFile[], options: LoadOptions): Promise<LoadedFile[]> {
  const size = Math.min(MAX_WORKERS, availableParallelism(), files.length)
  const results = new Array<LoadedFile>(files.length)
  const workers = Array.from({ length: size }, () => new Worker(workerUrl))
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0
            const send = () => {
              if (next >= files.length) {
                if (pending === 0) resolve()
                return
              }
              const index = next++
              pending++
              worker.postMessage({ index, file: files[index] as FoundFile, options } satisfies LoadRequest)
            }
            worker.on(
              'message',
              (m: { index: number; loaded?: LoadedFile; model?: string; error?: string }) => {
                if (m.error !== undefined || !m.loaded)
                  return reject(new Error(m.error ?? 'worker sent nothing'))
                const file = files[m.index] as FoundFile
                if (m.model !== undefined) lazyModel(m.loaded, m.model)
                // Locating needs the syntax tree, which stayed in the worker: rebuild it here in the rare case it is needed.
                m.loaded.locateKey = () =>
                  loadModelFile(readSourceFileSync(file, options.maxBytes), options).locateKey?.() ?? {
                    line: 1,
                    col: 1,
                  }
                results[m.index] = m.loaded
                pending--
                send()
              },
            )
            worker.on('error', reject)
            for (let k = 0; k < IN_FLIGHT; k++) send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}

import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { loadModelFile, type LoadedFile, type LoadOptions } from '../model/load.js'
import type { FoundFile } from '../providers/filesystem.js'
import type { LoadRequest } from './load-worker.js'

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200
const MAX_WORKERS = 4

const workerUrl = new URL('./load-worker.js', import.meta.url)

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
            const send = () => {
              if (next >= files.length) return resolve()
              const index = next++
              worker.postMessage({ index, file: files[index] as FoundFile, options } satisfies LoadRequest)
            }
            worker.on('message', (m: { index: number; loaded?: LoadedFile; error?: string }) => {
              if (m.error !== undefined || !m.loaded)
                return reject(new Error(m.error ?? 'worker sent nothing'))
              const file = files[m.index] as FoundFile
              // Locating needs the syntax tree, which stayed in the worker: rebuild it here in the rare case it is needed.
              m.loaded.locateKey = () =>
                loadModelFile(
                  { path: file.path, bytes: readFileSync(file.absolute) },
                  options,
                ).locateKey?.() ?? { line: 1, col: 1 }
              results[m.index] = m.loaded
              send()
            })
            worker.on('error', reject)
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}

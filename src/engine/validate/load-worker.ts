// engine/validate: one worker thread of load-pool.ts: reads and loads the files it is sent.
import { parentPort } from 'node:worker_threads'
import { withoutTexts } from '../../model/desired.js'
import { loadModelFile, type LoadOptions, type ModelsWanted } from '../../model/load.js'
import { readSourceFileSync, type FoundFile } from '../../providers/filesystem.js'
import { desiredView, storeDesired, type DesiredCache } from './desired-cache.js'

export interface LoadRequest {
  files: Array<{ index: number; file: FoundFile }>
  options: LoadOptions
  /** What to send back of each model (validation needs none; a plan, its desired model). */
  models: ModelsWanted
  /** Where each desired model is kept ('desired'): then only its name comes back. */
  cache?: DesiredCache
}

/** Files in, one reply for them all; functions and the TD mapping stay behind (not cloneable, not needed). */
parentPort?.on('message', (request: LoadRequest) => {
  parentPort?.postMessage(request.files.map(({ index, file }) => loadOne(index, file, request)))
})

function loadOne(index: number, file: FoundFile, { options, models, cache }: LoadRequest) {
  try {
    // Synchronous read: the worker has nothing else to do meanwhile, and it saves event-loop hops.
    const source = readSourceFileSync(file, options.maxBytes, options.digest === true)
    const { locateKey: _locate, threatDragon: _td, model, ...loaded } = loadModelFile(source, options)
    // JSON text crosses threads far cheaper than a structured clone of a large object tree.
    if (models === 'file' && model) return { index, loaded, model: JSON.stringify(model) }
    if (models === 'desired' && model) {
      const desired = desiredView(model, loaded.file)
      const stored = cache !== undefined && storeDesired(cache, loaded, options.maxBytes, desired)
      // Not stored, it waits in the main thread's memory: without its texts, half the size.
      return {
        index,
        loaded,
        desired: stored ? { name: desired.name } : { ...desired, text: withoutTexts(desired.text) },
      }
    }
    return { index, loaded }
  } catch (e) {
    return { index, error: String(e) }
  }
}

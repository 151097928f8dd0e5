// engine/validate: one worker thread of load-pool.ts: reads and loads the files it is sent.
import { parentPort } from 'node:worker_threads'
import { loadModelFile, type LoadOptions } from '../../model/load.js'
import { readSourceFileSync, type FoundFile } from '../../providers/filesystem.js'

export interface LoadRequest {
  files: Array<{ index: number; file: FoundFile }>
  options: LoadOptions
  /** Send each model back (a plan needs it; validation does not). */
  models: boolean
}

/** Files in, one reply for them all; functions and the TD mapping stay behind (not cloneable, not needed). */
parentPort?.on('message', (request: LoadRequest) => {
  parentPort?.postMessage(request.files.map(({ index, file }) => loadOne(index, file, request)))
})

function loadOne(index: number, file: FoundFile, { options, models }: LoadRequest) {
  try {
    // Synchronous read: the worker has nothing else to do meanwhile, and it saves event-loop hops.
    const source = readSourceFileSync(file, options.maxBytes, options.digest === true)
    const { locateKey: _locate, threatDragon: _td, model, ...loaded } = loadModelFile(source, options)
    // JSON text crosses threads far cheaper than a structured clone of a large object tree.
    return { index, loaded, model: models && model ? JSON.stringify(model) : undefined }
  } catch (e) {
    return { index, error: String(e) }
  }
}

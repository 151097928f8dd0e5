import { parentPort } from 'node:worker_threads'
import { loadModelFile, type LoadOptions } from '../model/load.js'
import { readSourceFileSync, type FoundFile } from '../providers/filesystem.js'

export interface LoadRequest {
  index: number
  file: FoundFile
  options: LoadOptions
}

/** One file in, one loaded file out; functions and the TD mapping stay behind (not cloneable, not needed). */
parentPort?.on('message', (request: LoadRequest) => {
  try {
    // Synchronous read: the worker has nothing else to do meanwhile, and it saves event-loop hops.
    const source = readSourceFileSync(request.file, request.options.maxBytes, request.options.digest === true)
    const { locateKey: _locate, threatDragon: _td, model, ...loaded } = loadModelFile(source, request.options)
    // JSON text crosses threads far cheaper than a structured clone of a large object tree.
    parentPort?.postMessage({ index: request.index, loaded, model: model && JSON.stringify(model) })
  } catch (e) {
    parentPort?.postMessage({ index: request.index, error: String(e) })
  }
})

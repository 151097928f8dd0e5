import { readFile } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { loadModelFile, type LoadOptions } from '../model/load.js'
import type { FoundFile } from '../providers/filesystem.js'

export interface LoadRequest {
  index: number
  file: FoundFile
  options: LoadOptions
}

/** One file in, one loaded file out; functions and the TD mapping stay behind (not cloneable, not needed). */
parentPort?.on('message', (request: LoadRequest) => {
  void readFile(request.file.absolute).then(
    (bytes) => {
      const {
        locateKey: _locate,
        threatDragon: _td,
        ...loaded
      } = loadModelFile({ path: request.file.path, bytes }, request.options)
      parentPort?.postMessage({ index: request.index, loaded })
    },
    (e: unknown) => parentPort?.postMessage({ index: request.index, error: String(e) }),
  )
})

// A CommonJS module compiled with V8's code cache beside it (`FILE.v8`, which `npm run build` writes
// after running the module once, so that it holds its functions compiled too). The schema validators
// are 0.3 MB of generated code: compiling them, and then their functions on the first document, is
// 11 ms of a 150 ms `tmi-sync validate`; from the cache it is 3.5 ms.
//
// V8 refuses a cache made by another V8 or with other flags, and the module is then compiled as
// usual. But V8 knows a source only by its length: a cache of another module of the same length
// would run that module's code. So the cache starts with the SHA-256 of the source it was made from,
// and is used only for that very source.
import { hash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Script } from 'node:vm'

export const CODE_CACHE_SUFFIX = '.v8'

const DIGEST_BYTES = 32
const digest = (source: string): Buffer => hash('sha256', source, 'buffer')

export interface CompiledModule {
  exports: unknown
  /** The compiled script: `codeCache(…)` of it after running the module holds what that compiled. */
  script: Script
  source: string
  /** A cache was given, and V8 used it. */
  fromCache: boolean
}

/** The module compiled from its source, with its code cache if one is given and it was made from it. */
export function compileCommonJs(file: string, cache?: Buffer): CompiledModule {
  const source = readFileSync(file, 'utf8')
  const cachedData =
    cache && cache.length > DIGEST_BYTES && cache.subarray(0, DIGEST_BYTES).equals(digest(source))
      ? cache.subarray(DIGEST_BYTES)
      : undefined
  // The wrapper Node itself puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`
  const script = new Script(wrapped, { filename: file, cachedData })
  const module = { exports: {} as unknown }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  const fromCache = cachedData !== undefined && !script.cachedDataRejected
  return { exports: module.exports, script, source, fromCache }
}

/** What `FILE.v8` holds for a module compiled by `compileCommonJs`. */
export function codeCache(compiled: CompiledModule): Buffer {
  return Buffer.concat([digest(compiled.source), compiled.script.createCachedData()])
}

/** `require(file)`, compiled from its code cache when there is one for this very source. */
export function requireWithCodeCache(file: string): unknown {
  let cache: Buffer
  try {
    cache = readFileSync(file + CODE_CACHE_SUFFIX)
  } catch {
    return createRequire(file)(file)
  }
  return compileCommonJs(file, cache).exports
}

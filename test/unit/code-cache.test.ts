import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CODE_CACHE_SUFFIX,
  codeCache,
  compileCommonJs,
  requireWithCodeCache,
} from '../../src/common/code-cache.js'
import { PROJECT } from '../helpers/shared.js'

const module = (word: string) => `module.exports = function () { return ${JSON.stringify(word)} }\n`

describe('a CommonJS module loaded with its code cache', () => {
  it('runs from the cache made of it, with the same exports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-code-cache-'))
    const file = join(dir, 'm.cjs')
    writeFileSync(file, module('one'))
    const first = compileCommonJs(file)
    expect((first.exports as () => string)()).toBe('one')
    expect(first.fromCache).toBe(false)
    writeFileSync(file + CODE_CACHE_SUFFIX, codeCache(first))
    const again = compileCommonJs(file, codeCache(first))
    expect(again.fromCache).toBe(true)
    expect((requireWithCodeCache(file) as () => string)()).toBe('one')
  })

  it('never runs the cache of another source of the same length (V8 compares only lengths)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-code-cache-'))
    const file = join(dir, 'm.cjs')
    writeFileSync(file, module('one'))
    const cache = codeCache(compileCommonJs(file))
    writeFileSync(file + CODE_CACHE_SUFFIX, cache)
    writeFileSync(file, module('two'))
    expect(compileCommonJs(file, cache).fromCache).toBe(false)
    expect((requireWithCodeCache(file) as () => string)()).toBe('two')
  })

  it('is required as usual when it has no cache, or a damaged one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-code-cache-'))
    const file = join(dir, 'm.cjs')
    writeFileSync(file, module('plain'))
    expect((requireWithCodeCache(file) as () => string)()).toBe('plain')
    writeFileSync(file + CODE_CACHE_SUFFIX, 'not a cache')
    expect((requireWithCodeCache(file) as () => string)()).toBe('plain')
    expect(compileCommonJs(file, Buffer.from('not a cache')).fromCache).toBe(false)
  })
})

// The CLI's bundle (`npm run build`, scripts/build-cli.js) ships a cache beside each validator. It
// must be one V8 takes in a process started as `bin/tmi-sync.js` is, or it is dead weight.
const validators = `${PROJECT}dist/bundle/validators/`
describe.runIf(existsSync(validators) || process.env.CI === 'true')("the CLI bundle's validators", () => {
  it('each have a code cache that V8 uses in a plain node process', () => {
    const names = readdirSync(validators).filter((f) => f.endsWith('.cjs'))
    expect(names.length).toBeGreaterThanOrEqual(14)
    const script = `
      import { readFileSync } from 'node:fs'
      import { compileCommonJs } from '${PROJECT}dist/common/code-cache.js'
      const names = ${JSON.stringify(names)}
      const used = names.filter((n) => {
        const file = '${validators}' + n
        return compileCommonJs(file, readFileSync(file + '${CODE_CACHE_SUFFIX}')).fromCache
      })
      process.stdout.write(JSON.stringify(used))`
    const used = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as string[]
    expect(used).toEqual(names)
  })
})

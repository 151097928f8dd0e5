import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LoadedFile } from '../../src/model/load.js'
import { PROJECT } from '../helpers/shared.js'

// Workers run the compiled code: this test loads the pool from dist/, which `npm test` builds first.
const pool = `${PROJECT}dist/engine/validate/load-pool.js`
type LoadInWorkers = (
  files: Array<{ path: string; absolute: string; explicit: boolean }>,
  options: { maxBytes?: number },
  pool?: { heapMb?: number; models?: boolean },
) => Promise<LoadedFile[]>

describe.runIf(existsSync(pool) || process.env.CI === 'true')('the worker pool', () => {
  it('gives a file that crashes its worker an error of its own, and loads every other file', async () => {
    const { loadInWorkers } = (await import(pool)) as { loadInWorkers: LoadInWorkers }
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-pool-'))
    const names = Array.from({ length: 6 }, (_, i) => `m${i}.tm.yaml`)
    names.forEach((n, i) => writeFileSync(join(dir, n), `tmi_sync: 1\nkey: m${i}\nname: M${i}\n`))
    // Parsing this needs far more than the 48 MB heap the test gives each worker.
    const items = Array.from({ length: 600_000 }, (_, i) => `{"k":${i},"v":[1,2,3]}`).join(',')
    writeFileSync(join(dir, 'big.tm.json'), `{"tmi_sync":1,"key":"big","name":"Big","x":[${items}]}`)
    const files = ['big.tm.json', ...names].map((path) => ({
      path,
      absolute: join(dir, path),
      explicit: false,
    }))
    const loaded = await loadInWorkers(files, { maxBytes: 100_000_000 }, { heapMb: 48 })
    expect(loaded.map((f) => [f.file, f.key ?? null, f.diagnostics.map((d) => d.rule)])).toEqual([
      ['big.tm.json', null, ['file.load']],
      ...names.map((n, i) => [n, `m${i}`, []]),
    ])
    expect(loaded[0]!.diagnostics[0]!.message).toBe(
      'tmi-sync could not load this file: loading it needed more than 48 MB of memory',
    )
  })

  it('sends each model back only when asked: validation needs only diagnostics and keys', async () => {
    const { loadInWorkers } = (await import(pool)) as { loadInWorkers: LoadInWorkers }
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-pool-'))
    writeFileSync(join(dir, 'a.tm.yaml'), 'tmi_sync: 1\nkey: a\nname: A\n')
    const files = [{ path: 'a.tm.yaml', absolute: join(dir, 'a.tm.yaml'), explicit: false }]
    const [withModel] = await loadInWorkers(files, {})
    expect(withModel!.model).toEqual({ tmi_sync: 1, key: 'a', name: 'A' })
    const [keyOnly] = await loadInWorkers(files, {}, { models: false })
    expect([keyOnly!.key, keyOnly!.model, keyOnly!.diagnostics]).toEqual(['a', undefined, []])
  })
})

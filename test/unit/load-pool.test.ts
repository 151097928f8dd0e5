import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/common/canonical-json.js'
import { desiredFromText, desiredModel } from '../../src/model/desired.js'
import { loadModelFile, type LoadedFile } from '../../src/model/load.js'
import { readSourceFileSync } from '../../src/providers/filesystem.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

// Workers run the compiled code: this test loads the pool from dist/, which `npm test` builds first.
const pool = `${PROJECT}dist/engine/validate/load-pool.js`
type LoadInWorkers = (
  files: Array<{ path: string; absolute: string; explicit: boolean }>,
  options: { maxBytes?: number; digest?: boolean },
  pool?: { heapMb?: number; models?: 'keys' | 'file' | 'desired'; cache?: { dir: string; build: string } },
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
    const [keyOnly] = await loadInWorkers(files, {}, { models: 'keys' })
    expect([keyOnly!.key, keyOnly!.model, keyOnly!.diagnostics]).toEqual(['a', undefined, []])
  })

  it("gives a plan each file's desired model, the same as made in this thread, and no model", async () => {
    const { loadInWorkers } = (await import(pool)) as { loadInWorkers: LoadInWorkers }
    const paths = [
      ...readdirSync(join(PROJECT, 'fixtures'), { recursive: true, encoding: 'utf8' })
        .filter((p) => /\.(tm|otm)\.(ya?ml|json)$/.test(p))
        .map((p) => join(PROJECT, 'fixtures', p)),
      ...(sharedAvailable(TD_MODELS) ? readdirSync(TD_MODELS).map((n) => join(TD_MODELS, n)) : []),
    ]
    const files = paths.map((absolute) => ({ path: absolute, absolute, explicit: true }))
    // Without a cache, each desired model comes back as text, without its canonical texts (it
    // waits in memory); with one, it waits in the cache, canonical texts and all.
    const cache = { dir: mkdtempSync(join(tmpdir(), 'tmi-sync-pool-cache-')), build: 'test' }
    const inMemory = await loadInWorkers(files, { digest: true }, { models: 'desired' })
    const cached = await loadInWorkers(files, { digest: true }, { models: 'desired', cache })
    let planned = 0
    for (const [i, file] of files.entries()) {
      const here = loadModelFile(readSourceFileSync(file, undefined, false))
      for (const there of [inMemory[i]!, cached[i]!]) {
        expect(there.diagnostics).toEqual(here.diagnostics)
        expect(there.model).toBeUndefined()
        if (!here.model) expect(there.desired).toBeUndefined()
      }
      if (!here.model) continue
      planned++
      const desired = desiredModel(here.model, here.file)
      expect(inMemory[i]!.key).toBe(desired.key)
      expect(inMemory[i]!.desired!.name).toBe(desired.fields.name)
      expect(desiredFromText(inMemory[i]!.desired!.text())).toEqual(desired)
      expect(inMemory[i]!.desired!.id).toBeUndefined()
      const fromCache = cached[i]!.desired!
      expect(fromCache.id).toMatch(/^[0-9a-f]{64}$/)
      const parsed = desiredFromText(fromCache.text())
      // The canonical texts a plan hashes came with it, and are the model's own.
      expect(parsed.fieldsText).toBe(canonicalJson(desired.fields))
      for (const [j, o] of parsed.objects.entries())
        expect(o.fieldsText).toBe(canonicalJson(desired.objects[j]!.fields))
      expect(parsed).toEqual({
        ...desired,
        fieldsText: parsed.fieldsText,
        objects: desired.objects.map((o, j) => ({ ...o, fieldsText: parsed.objects[j]!.fieldsText })),
      })
    }
    // The fixtures' models, Threat Dragon's, and OTM's all took this path.
    expect(planned).toBeGreaterThanOrEqual(8)
  })
})

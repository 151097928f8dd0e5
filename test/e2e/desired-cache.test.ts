import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../src/emulator/server.js'
import {
  desiredCache,
  entryFile,
  entryPath,
  reloadDesired,
  storedText,
  trim,
  writeEntry,
} from '../../src/engine/validate/desired-cache.js'
import { emulatorWithClient } from '../helpers/emulator.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

// The desired-model cache, through the binary (only a build has a build id, so only it caches).
let emulator: RunningEmulator
let dir: string
let cacheDir: string
let env: Record<string, string>
beforeEach(async () => {
  ;({ emulator } = await emulatorWithClient())
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-cache-'))
  cacheDir = mkdtempSync(join(tmpdir(), 'tmi-sync-cache-dir-'))
  cpSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, join(dir, 'payments-api.tm.yaml'))
  cpSync(`${PROJECT}fixtures/features/assets.tm.yaml`, join(dir, 'assets.tm.yaml'))
  env = { TMI_URL: emulator.url, TMI_TOKEN: 't', TMI_SYNC_CACHE_DIR: cacheDir }
})
afterEach(() => emulator.close())

const plan = () => runCliAsync(['plan', dir, '--source', 'team'], { cwd: dir, env })
const apply = () => runCliAsync(['apply', dir, '--source', 'team', '--auto-approve'], { cwd: dir, env })

/** Every entry of a kind in the cache, with when it was written. */
function entries(kind: 'desired' | 'plans' = 'desired'): Map<string, number> {
  const found = new Map<string, number>()
  const root = join(cacheDir, kind)
  if (!existsSync(root)) return found
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }))
    if (name.endsWith(`.${kind}`)) found.set(name, statSync(join(root, name)).mtimeMs)
  return found
}

describe('the desired-model cache', () => {
  it('plans unchanged files from their entries, and a changed file from its new bytes', async () => {
    expect((await apply()).code).toBe(0)
    const written = entries()
    expect(written.size).toBe(2)
    const again = await plan()
    expect(again.stdout).toContain('No changes. TMI matches the files (2 models)')
    // Nothing was made again: the same entries, untouched.
    expect(entries()).toEqual(written)

    const file = join(dir, 'assets.tm.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Renamed by hand'))
    const edited = await plan()
    expect(edited.stdout).toContain('Renamed by hand')
    expect(entries().size).toBe(3)
  })

  it('remembers a plan against what TMI answered, and plans afresh once TMI changed', async () => {
    expect((await apply()).code).toBe(0)
    expect((await plan()).stdout).toContain('No changes. TMI matches the files (2 models)')
    const remembered = entries('plans')
    expect(remembered.size).toBe(2)
    expect((await plan()).stdout).toContain('No changes. TMI matches the files (2 models)')
    expect(entries('plans')).toEqual(remembered)

    // An edit in TMI's UI: what TMI answers changed, so nothing remembered applies to that model.
    const model = [...emulator.store.models.values()].find((m) => m.data.name === 'Payments API')!
    await fetch(`${emulator.url}/threat_models/${String(model.data.id)}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'replace', path: '/description', value: 'Edited in the UI' }]),
    })
    const drifted = await plan()
    expect(drifted.stdout).toMatch(/! threat_model "Payments API"\s+# changed in TMI since the last apply/)
    expect(entries('plans').size).toBe(3)
  })

  it('takes a damaged entry for a miss, and writes it again', async () => {
    expect((await apply()).code).toBe(0)
    for (const name of entries().keys()) writeFileSync(join(cacheDir, 'desired', name), '{"file":')
    const again = await plan()
    expect(again.stdout).toContain('No changes. TMI matches the files (2 models)')
    for (const name of entries().keys())
      expect(readFileSync(join(cacheDir, 'desired', name), 'utf8').length).toBeGreaterThan(100)
  })

  it('never keeps a file with errors: each plan reports them', async () => {
    writeFileSync(join(dir, 'broken.tm.yaml'), 'tmi_sync: 1\nkey: broken\n')
    for (let run = 0; run < 2; run++) {
      const r = await plan()
      expect(r.code).toBe(1)
      expect(r.stderr + r.stdout).toMatch(/broken\.tm\.yaml:\d+:\d+/)
    }
    expect(entries().size).toBe(2)
  })

  it('is off with TMI_SYNC_CACHE_DIR=off, and no cache is no failure when it cannot be written', async () => {
    env.TMI_SYNC_CACHE_DIR = 'off'
    expect((await apply()).code).toBe(0)
    expect(entries().size).toBe(0)
    // A cache folder that cannot be made (under a file: refused even to root).
    const blocker = join(cacheDir, 'a-file')
    writeFileSync(blocker, '')
    env.TMI_SYNC_CACHE_DIR = join(blocker, 'cache')
    const r = await plan()
    expect(r.stdout).toContain('No changes. TMI matches the files (2 models)')
    expect(r.stderr).toBe('')
  })
})

describe('cache entries', () => {
  it('are keyed by the build, the path, the size limit and the bytes', () => {
    const a = desiredCache({ TMI_SYNC_CACHE_DIR: '/c' }, 'build-a')!
    const b = desiredCache({ TMI_SYNC_CACHE_DIR: '/c' }, 'build-b')!
    const paths = new Set([
      entryPath(a, 'm.tm.yaml', undefined, 'd1'),
      entryPath(b, 'm.tm.yaml', undefined, 'd1'),
      entryPath(a, 'n.tm.yaml', undefined, 'd1'),
      entryPath(a, 'm.tm.yaml', 1000, 'd1'),
      entryPath(a, 'm.tm.yaml', undefined, 'd2'),
    ])
    expect(paths.size).toBe(5)
    expect(entryPath(a, 'm.tm.yaml', undefined, 'd1')).toBe(entryPath(a, 'm.tm.yaml', undefined, 'd1'))
    // Without a build id (TypeScript sources, the Action's bundle) there is no cache.
    expect(desiredCache({ TMI_SYNC_CACHE_DIR: '/c' }, undefined)).toBeUndefined()
    expect(desiredCache({ TMI_SYNC_CACHE_DIR: 'off' }, 'build-a')).toBeUndefined()
  })

  it('unused for a week are removed, at most once a day; entries in use stay', () => {
    const cache = desiredCache({ TMI_SYNC_CACHE_DIR: cacheDir }, 'build')!
    const at = (kind: 'desired' | 'plans', id: string, daysAgo: number) => {
      const file = entryFile(cache, kind, id)
      expect(writeEntry(file, 'x')).toBe(true)
      const when = Date.now() / 1000 - daysAgo * 86_400
      utimesSync(file, when, when)
      return file
    }
    const old = [at('desired', 'a'.repeat(64), 8), at('plans', 'b'.repeat(64), 8)]
    const recent = [at('desired', 'c'.repeat(64), 6), at('plans', 'd'.repeat(64), 0)]
    trim(cache)
    expect([...old, ...recent].map((f) => existsSync(f))).toEqual([false, false, true, true])
    // Trimmed today: a run later today does not look again.
    const later = at('desired', 'e'.repeat(64), 30)
    trim(cache)
    expect(existsSync(later)).toBe(true)
  })

  it('gone before the plan reaches them: the file is loaded again, and refused if it changed', () => {
    const file = join(dir, 'assets.tm.yaml')
    const found = { path: 'assets.tm.yaml', absolute: file, explicit: false }
    const bytes = readFileSync(file)
    const digest = createHash('sha256').update(bytes).digest('hex')
    const text = storedText(join(cacheDir, 'missing.desired'), digest, reloadDesired(found, {}, digest))
    expect(JSON.parse(text().split('\n')[0]!).key).toBe('asset-inventory')
    writeFileSync(file, `${bytes.toString()}\n# edited`)
    expect(() => text()).toThrow('assets.tm.yaml changed while it was planned: nothing was sent to TMI')
  })
})

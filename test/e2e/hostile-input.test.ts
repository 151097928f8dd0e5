import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { planPaths } from '../../src/engine/plan-apply/plan.js'
import { applyPlan } from '../../src/engine/plan-apply/apply.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'

/** Input that validates and is legal, but has broken tools before: it must round-trip to no changes. */
let emulator: RunningEmulator
let client: TmiClient
let dir: string
beforeEach(async () => {
  emulator = await startEmulator({ tokens: ['t'] })
  client = new TmiClient({ baseUrl: emulator.url, auth: staticToken('t') })
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-hostile-'))
})
afterEach(() => emulator.close())

const OPTIONS = { source: 'hostile', prune: false, onDrift: 'overwrite' } as const

async function roundTrip(file: string): Promise<string[]> {
  const first = await planPaths([file], client, OPTIONS)
  if (!first.ok) throw new Error(JSON.stringify(first.diagnostics))
  const results = await applyPlan(first.plan, client, { saved: false })
  expect(results.map((r) => r.error ?? r.status)).toEqual(['applied'])
  const again = await planPaths([file], client, OPTIONS)
  if (!again.ok) throw new Error('second plan failed')
  return again.plan.models.flatMap((m) =>
    m.changes.filter((c) => c.action !== 'unchanged').map((c) => `${c.kind}:${c.key}:${c.action}`),
  )
}

describe('hostile but valid input', () => {
  it('applies a metadata key named __proto__ and then plans no changes', async () => {
    const file = join(dir, 'proto.tm.yaml')
    writeFileSync(
      file,
      [
        'tmi_sync: 1',
        'key: proto',
        'name: Proto',
        'metadata:',
        '  __proto__: polluted',
        '  constructor: also-a-key',
        'assets:',
        '  - key: a',
        '    name: A',
        '    type: data',
        '    metadata:',
        '      __proto__: here-too',
        '',
      ].join('\n'),
    )
    expect(await roundTrip(file)).toEqual([])
    const model = [...emulator.store.models.values()][0]!
    expect(model.metadata.find((m) => m.key === '__proto__')?.value).toBe('polluted')
  })
})

describe('keys from TMI', () => {
  it('never become file names outside the destination: pull refuses keys that break the key rule', async () => {
    const { pullModels } = await import('../../src/engine/pull/pull.js')
    const { existsSync, readdirSync } = await import('node:fs')
    for (const key of ['../../../escaped', 'a/b/c', 'good-key'])
      await client.createThreatModel({
        name: `Model ${key}`,
        metadata: [
          { key: 'tmi-sync-source', value: 'hostile' },
          { key: 'tmi-sync-key', value: key },
        ],
      })
    const dest = join(dir, 'deep', 'dest')
    const result = await pullModels(dest, client, { source: 'hostile', cwd: dir })
    expect(result.files.map((f) => f.key)).toEqual(['good-key'])
    expect(result.refused).toHaveLength(2)
    expect(result.refused.join('\n')).toContain('"../../../escaped" is not a valid key')
    expect(readdirSync(dest)).toEqual(['good-key.tm.yaml'])
    expect(existsSync(join(dir, 'escaped.tm.yaml'))).toBe(false)
    expect(existsSync(join(dest, 'a'))).toBe(false)
  })
})

describe('a file that changes while it is planned', () => {
  it('is refused before anything is sent, rather than applied (or pruned) from what was half-read', async () => {
    const { assertFilesUnchanged } = await import('../../src/engine/plan-apply/plan.js')
    const file = join(dir, 'moving.tm.yaml')
    const threats = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `  - key: t${i}\n    name: Threat ${i}\n    threat_type: []\n`,
      ).join('')
    writeFileSync(file, `tmi_sync: 1\nkey: moving\nname: Moving\nthreats:\n${threats(20)}`)
    const planned = await planPaths([file], client, OPTIONS)
    if (!planned.ok) throw new Error('plan failed')
    expect(planned.read.map((r) => r.path)).toEqual([file])
    expect(() => assertFilesUnchanged(planned.read)).not.toThrow()
    // The editor finishes saving: the file now holds 40 threats, not the 20 that were read.
    writeFileSync(file, `tmi_sync: 1\nkey: moving\nname: Moving\nthreats:\n${threats(40)}`)
    expect(() => assertFilesUnchanged(planned.read)).toThrow(
      `${file} changed while it was planned: nothing was sent to TMI; rerun once it is saved`,
    )
    expect(emulator.log.filter((r) => r.method !== 'GET')).toEqual([])
  })
})

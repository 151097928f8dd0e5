import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { POOL_THRESHOLD } from '../../src/engine/validate/load-pool.js'
import { runCli } from '../helpers/cli.js'

// Enough files for the binary to validate on worker threads; results must match in-process loading.
describe('validating many files (worker threads)', () => {
  it('reports the same located errors, cross-file duplicates included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-many-'))
    const count = POOL_THRESHOLD + 10
    for (let i = 0; i < count; i++)
      writeFileSync(
        join(dir, `m-${String(i).padStart(3, '0')}.tm.yaml`),
        `tmi_sync: 1\nkey: m-${i}\nname: Model ${i}\n`,
      )
    writeFileSync(join(dir, 'm-500.tm.yaml'), 'tmi_sync: 1\nkey: m-3\nname: Copy of model 3\n')
    writeFileSync(
      join(dir, 'm-501.tm.yaml'),
      'tmi_sync: 1\nkey: bad\nname: Bad\nthreats:\n  - key: t\n    name: T\n    asset: nope\n',
    )
    // Lengths are counted in characters whichever validator a file gets (ASCII files get their own).
    const named = (key: string, name: string) => JSON.stringify({ tmi_sync: 1, key, name })
    writeFileSync(join(dir, 'm-502.tm.json'), named('emoji', '💥'.repeat(256)))
    writeFileSync(join(dir, 'm-503.tm.json'), named('long', 'a'.repeat(257)))
    writeFileSync(join(dir, 'm-504.tm.json'), named('just', 'a'.repeat(256)))
    const r = runCli(['validate', '--format', 'json', dir])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as {
      summary: { files: number; valid: number; invalid: number }
      files: Array<{ file: string; diagnostics: Array<{ rule: string; line: number; col: number }> }>
    }
    expect(report.summary).toMatchObject({ files: count + 5, valid: count + 2, invalid: 3 })
    const byName = (n: string) => report.files.find((f) => f.file.endsWith(n))?.diagnostics
    expect(byName('m-500.tm.yaml')).toEqual([
      expect.objectContaining({ rule: 'ref.duplicate-model-key', line: 2, col: 6 }),
    ])
    expect(byName('m-501.tm.yaml')).toEqual([
      expect.objectContaining({ rule: 'ref.unknown-asset', line: 7, col: 12 }),
    ])
    expect(byName('m-503.tm.json')).toEqual([expect.objectContaining({ rule: 'schema.maxLength' })])
  })
})

describe('the built library on many files', () => {
  it('returns every model, in input order, when validating on worker threads', async () => {
    // Workers run only from compiled JavaScript, so this goes through dist/ (built by `npm test`).
    const { validatePaths } = await import('../../dist/engine/validate/validate.js')
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-lib-'))
    const count = POOL_THRESHOLD + 5
    for (let i = 0; i < count; i++)
      writeFileSync(
        join(dir, `m-${String(i).padStart(3, '0')}.tm.yaml`),
        `tmi_sync: 1\nkey: m-${i}\nname: Model ${i}\n`,
      )
    const report = await validatePaths([dir])
    expect(report.summary.valid).toBe(count)
    expect(report.files.map((f) => f.model?.key)).toEqual(Array.from({ length: count }, (_, i) => `m-${i}`))
    expect(report.files[7]?.model).toEqual({ tmi_sync: 1, key: 'm-7', name: 'Model 7' })
  })
})

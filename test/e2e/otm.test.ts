import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT, sharedAvailable } from '../helpers/shared.js'
import { SPEC_PATH } from '../helpers/openapi.js'
import { specProxy } from '../helpers/spec-proxy.js'

const OTM = `${PROJECT}fixtures/otm/checkout.otm.yaml`
let emulator: RunningEmulator
let dir: string
beforeEach(async () => {
  emulator = await startEmulator({
    tokens: ['ci-user-token'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-otm-'))
})
afterEach(() => emulator.close())
const cli = (args: string[], url = emulator.url) =>
  runCliAsync(args, { cwd: dir, env: { TMI_URL: url, TMI_TOKEN: 'ci-user-token' } })

describe('Open Threat Model files through the binary', () => {
  it.runIf(sharedAvailable(SPEC_PATH))(
    'applies an OTM file as it is, every exchange within the spec, then plans no change',
    async () => {
      cpSync(OTM, join(dir, 'checkout.otm.yaml'))
      const proxy = await specProxy(emulator.url)
      try {
        const applied = await cli(['apply', '.', '--source', 'otm', '--auto-approve'], proxy.url)
        expect(applied.code, applied.stderr).toBe(0)
        const replan = await cli(['plan', '.', '--source', 'otm'], proxy.url)
        expect(replan.stdout).toContain('No changes. TMI matches the files (1 model).')
        expect(proxy.checker.violations).toEqual([])
        expect(proxy.checker.counts.exchanges).toBeGreaterThan(5)
      } finally {
        await proxy.close()
      }
      // What the OTM file holds is in TMI: the model, its three threats (one per element it is on,
      // and one on none), its asset and its diagram of five shapes and two flows.
      const [model] = [...emulator.store.models.values()].filter((m) => !m.deleted_at)
      expect(model?.data.name).toBe('Checkout service')
      const names = [...(model?.children.threats.values() ?? [])].map((t) => t.data.name).sort()
      expect(names).toEqual([
        'Card skimming through injected script',
        'Orders table readable outside the VPC',
        'Replay of a checkout request',
      ])
      expect(model?.children.assets.size).toBe(1)
      const [diagram] = [...(model?.children.diagrams.values() ?? [])]
      expect((diagram?.data.cells as unknown[]).length).toBe(7)
    },
  )

  it('imports OTM to native, exports it back, and reads the export as the same model (no change planned)', async () => {
    const imported = await cli(['import', 'otm', OTM, '--out', 'native'])
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain('[otm.risk-reduction]')
    expect(readdirSync(join(dir, 'native'))).toEqual(['checkout-service.tm.yaml'])
    expect((await cli(['apply', 'native', '--source', 'otm', '--auto-approve'])).code).toBe(0)

    const exported = await cli(['export', 'otm', 'native', '--out', 'otm'])
    expect(exported.code, exported.stderr).toBe(0)
    const otm = JSON.parse(readFileSync(join(dir, 'otm', 'checkout-service.otm.json'), 'utf8'))
    expect(otm.otmVersion).toBe('0.2.0')
    expect(otm.components.map((c: { id: string }) => c.id)).toEqual([
      'browser',
      'checkout-api',
      'orders-table',
    ])
    const replan = await cli(['plan', 'otm', '--source', 'otm'])
    expect(replan.stdout, replan.stderr).toContain('No changes. TMI matches the files (1 model).')

    // And from TMI: what it holds, as OTM, reads back as the same plan.
    const fromTmi = await cli(['export', 'otm', '--from-tmi', '--source', 'otm', '--out', 'from-tmi'])
    expect(fromTmi.code, fromTmi.stderr).toBe(0)
    const again = await cli(['plan', 'from-tmi', '--source', 'otm'])
    expect(again.stdout, again.stderr).toContain('No changes. TMI matches the files (1 model).')
  })

  it('refuses an OTM file with broken references, located, and sends nothing', async () => {
    const text = readFileSync(OTM, 'utf8')
      .replace('destination: orders-table', 'destination: orders-tabel')
      .replace('- threat: table-exposure', '- threat: table-exposur')
    writeFileSync(join(dir, 'broken.otm.yaml'), text)
    const before = emulator.log.length
    const r = await cli(['plan', '.', '--source', 'otm'])
    expect(r.code).toBe(1)
    const lines = text.split('\n')
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1
    expect(r.stdout).toContain(`broken.otm.yaml:${lineOf('orders-tabel')}:`)
    expect(r.stdout).toContain('component or trust zone "orders-tabel" is not in the file')
    expect(r.stdout).toContain(`broken.otm.yaml:${lineOf('threat: table-exposur')}:`)
    expect(emulator.log.length).toBe(before)
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startEmulator } from '../../src/emulator/server.js'
import { emulatorApi, USER_TOKEN } from '../helpers/emulator.js'

describe('emulator state and fault injection', () => {
  it('keeps state in --data across restarts', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'tmi-emu-')), 'state.json')
    const first = await emulatorApi({ data })
    const id = (await first.call('POST', '/threat_models', { name: 'Kept' })).body.id
    await first.call('DELETE', `/threat_models/${id}`)
    await first.emulator.close()
    const second = await startEmulator({ data, tokens: [USER_TOKEN] })
    try {
      const model = second.store.models.get(id)
      expect(model?.data.name).toBe('Kept')
      expect(model?.deleted_at).toBeDefined()
      expect(second.store.usedIds.has(id)).toBe(true)
    } finally {
      await second.close()
    }
  })

  it('takes faults at run time through its admin routes', async () => {
    const api = await emulatorApi()
    try {
      const admin = (path: string, body: unknown) =>
        fetch(`${api.emulator.url}/__emulator${path}`, { method: 'PUT', body: JSON.stringify(body) })
      await api.call('GET', '/threat_models')
      expect(
        (
          await admin('/faults', {
            failRequests: [
              { index: 2, status: 500 },
              { index: 3, status: 503 },
            ],
          })
        ).status,
      ).toBe(200)
      const second = await api.call('GET', '/threat_models')
      expect([second.status, second.body.error]).toEqual([500, 'server_error'])
      const third = await api.call('GET', '/threat_models')
      expect([third.status, third.headers.get('retry-after')]).toEqual([503, '1'])
      expect((await api.call('GET', '/threat_models')).status).toBe(200)

      const tm = (await api.call('POST', '/threat_models', { name: 'M' })).body.id
      const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' }))
        .body.id
      await admin('/collaboration', { diagram_id: d, active: true })
      expect((await api.call('DELETE', `/threat_models/${tm}/diagrams/${d}`)).status).toBe(409)
      await admin('/collaboration', { diagram_id: d, active: false })
      expect((await api.call('DELETE', `/threat_models/${tm}/diagrams/${d}`)).status).toBe(204)

      await admin('/faults', { latencyMs: 50 })
      const t = performance.now()
      await api.call('GET', '/threat_models')
      expect(performance.now() - t).toBeGreaterThanOrEqual(45)
    } finally {
      await api.emulator.close()
    }
  })
})

import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { planPaths } from '../../src/engine/plan-apply/plan.js'
import { applyPlan } from '../../src/engine/plan-apply/apply.js'
import type { TmiClient } from '../../src/tmi/client.js'
import { emulatorWithClient } from '../helpers/emulator.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

// Every real Threat Dragon v2 file and every fixture applies cleanly, and then plans as no changes:
// the normalisation on both sides of the diff matches what TMI stores.
const run = sharedAvailable(TD_MODELS)
const threatDragon = run
  ? readdirSync(TD_MODELS)
      .filter((f) => f.endsWith('.json') && !f.startsWith('v1-') && !f.includes('malformed'))
      .map((f) => `${TD_MODELS}${f}`)
  : []
const OPTIONS = { source: 'corpus', prune: false, onDrift: 'fail' } as const

let emulator: RunningEmulator
let client: TmiClient
beforeAll(async () => {
  ;({ emulator, client } = await emulatorWithClient())
})
afterAll(() => emulator.close())

describe.runIf(run)('the Threat Dragon set and the fixtures against the emulator', () => {
  it('apply cleanly, then plan as no changes', async () => {
    const paths = [`${PROJECT}fixtures`, ...threatDragon]
    const first = await planPaths(paths, client, OPTIONS)
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics.slice(0, 3)))
    expect(first.plan.models.length).toBe(8 + threatDragon.length) // 7 native fixtures and one OTM
    const results = await applyPlan(first.plan, client, { saved: false })
    expect(results.filter((r) => r.status !== 'applied')).toEqual([])

    const again = await planPaths(paths, client, OPTIONS)
    if (!again.ok) throw new Error('the second plan failed')
    const left = again.plan.models.flatMap((m) =>
      m.changes.filter((c) => c.action !== 'unchanged').map((c) => ({ model: m.key, ...c })),
    )
    expect(left).toEqual([])
    expect(again.plan.models.map((m) => m.threat_model_id)).toEqual(results.map((r) => r.threatModelId))
  })
})

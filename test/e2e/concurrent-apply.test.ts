import { mkdtempSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { planPaths } from '../../src/engine/plan-apply/plan.js'
import { applyPlan } from '../../src/engine/plan-apply/apply.js'
import type { Plan } from '../../src/reconcile/plan.js'
import type { TmiClient } from '../../src/tmi/client.js'
import { emulatorWithClient } from '../helpers/emulator.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

// Two applies of the same files at the same moment (two CI jobs, a person and the Action) must end
// with exactly one copy of everything, whichever order their requests land in.
const OPTIONS = { source: 'ci', prune: false, onDrift: 'fail' } as const
let emulator: RunningEmulator
let client: TmiClient
let dir: string
beforeEach(async () => {
  ;({ emulator, client } = await emulatorWithClient())
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-race-'))
  cpSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, join(dir, 'payments-api.tm.yaml'))
  expected = inFile(await plan())
  expect(expected.every((n) => n > 0)).toBe(true)
})
afterEach(() => emulator.close())

const liveModels = () => [...emulator.store.models.values()].filter((m) => !m.deleted_at)
const liveCount = (m: ReturnType<typeof liveModels>[number], kind: 'threats' | 'assets' | 'diagrams') =>
  [...m.children[kind].values()].filter((e) => !e.deleted_at).length
async function plan(): Promise<Plan> {
  const outcome = await planPaths([dir], client, OPTIONS)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics))
  return outcome.plan
}
/** What the file holds, by kind: what TMI must hold once, however many runs wrote it. */
const inFile = (p: Plan) =>
  (['threat', 'asset', 'diagram'] as const).map(
    (k) => p.models[0]!.changes.filter((c) => c.kind === k).length,
  )
let expected: number[]
async function expectOneCopy(): Promise<void> {
  const models = liveModels()
  expect(models).toHaveLength(1)
  expect([
    liveCount(models[0]!, 'threats'),
    liveCount(models[0]!, 'assets'),
    liveCount(models[0]!, 'diagrams'),
  ]).toEqual(expected)
  const again = await plan()
  expect(again.summary).toMatchObject({ create: 0, update: 0, delete: 0, conflict: 0, orphan: 0 })
}

describe('two applies at once', () => {
  it('both planned "create": the later threat model gives way to the earlier one and is deleted', async () => {
    const [first, second] = [await plan(), await plan()]
    expect((await applyPlan(first, client, { saved: false })).map((r) => r.status)).toEqual(['applied'])
    const late = await applyPlan(second, client, { saved: false })
    expect(late.map((r) => r.status)).toEqual(['applied'])
    expect(late[0]!.threatModelId).toBe(liveModels()[0]?.data.id)
    await expectOneCopy()
  })

  it('items another run created meanwhile are live objects, not tombstones: no second generation', async () => {
    // The threat model exists, its items do not: both runs plan to create the same items.
    const bare = await plan()
    bare.models[0]!.changes = bare.models[0]!.changes.filter((c) => c.kind === 'threat_model')
    await applyPlan(bare, client, { saved: false })
    const [first, second] = [await plan(), await plan()]
    await applyPlan(first, client, { saved: false })
    expect((await applyPlan(second, client, { saved: false })).map((r) => r.status)).toEqual(['applied'])
    await expectOneCopy()
  })

  it('converges to one copy when two binaries apply at the same moment, again and again', async () => {
    const env = { TMI_URL: emulator.url, TMI_TOKEN: 't' }
    for (let round = 0; round < 4; round++) {
      for (const m of liveModels()) m.deleted_at = new Date().toISOString()
      const runs = await Promise.all(
        [1, 2].map(() => runCliAsync(['apply', dir, '--source', 'ci', '--auto-approve'], { cwd: dir, env })),
      )
      const output = runs.map((r) => r.stdout + r.stderr).join('\n----\n')
      expect(
        runs.map((r) => [r.code, r.stderr.includes('    at ')]),
        output,
      ).toEqual([
        [0, false],
        [0, false],
      ])
      await expectOneCopy()
    }
  })
})

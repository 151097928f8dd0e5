import { cpSync, mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

// Models no file claims any more, and second copies of one file's model: reported by every plan of
// the whole set, deleted by --prune only when tmi-sync made everything in them.
let emulator: RunningEmulator
let client: TmiClient
let dir: string
beforeEach(async () => {
  ;({ emulator, client } = await emulatorWithClient())
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-orphans-'))
  cpSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, join(dir, 'payments-api.tm.yaml'))
  cpSync(`${PROJECT}fixtures/features/assets.tm.yaml`, join(dir, 'assets.tm.yaml'))
})
afterEach(() => emulator.close())

const options = (prune = false) => ({ source: 'team', prune, onDrift: 'fail' as const })
async function plan(paths = [dir], prune = false): Promise<Plan> {
  const outcome = await planPaths(paths, client, options(prune))
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics))
  return outcome.plan
}
const live = () => [...emulator.store.models.values()].filter((m) => !m.deleted_at)
const keyOf = (m: ReturnType<typeof live>[number]) =>
  (m.metadata ?? []).find((e: { key: string }) => e.key === 'tmi-sync-key')?.value

describe('orphaned threat models', () => {
  it('reports a model whose file was removed; --prune deletes it; a plan of named files does not', async () => {
    await applyPlan(await plan(), client, { saved: false })
    rmSync(join(dir, 'assets.tm.yaml'))
    const after = await plan()
    expect(after.orphaned_models).toMatchObject([
      { key: expect.any(String), action: 'orphan', source: 'team' },
    ])
    expect(after.summary.orphan).toBe(1)
    const orphanId = after.orphaned_models![0]!.threat_model_id
    // One file named on its own is not the whole set: nothing else of the source is an orphan.
    expect((await plan([join(dir, 'payments-api.tm.yaml')])).orphaned_models).toEqual([])

    const env = { TMI_URL: emulator.url, TMI_TOKEN: 't' }
    const shown = await runCliAsync(['plan', dir, '--source', 'team'], { cwd: dir, env })
    expect(shown.stdout).toContain('threat models no file claims')
    expect(shown.stdout).toContain(orphanId)
    expect(shown.stdout).not.toContain('TMI matches the files')

    const pruned = await runCliAsync(['apply', dir, '--source', 'team', '--prune', '--auto-approve'], {
      cwd: dir,
      env,
    })
    expect(pruned.code).toBe(0)
    expect(pruned.stderr).toContain(`orphaned threat model ${orphanId} deleted`)
    expect(live().map((m) => m.data.id)).not.toContain(orphanId)
    expect((await plan()).orphaned_models).toEqual([])
  })

  it('keeps an orphan holding something made in TMI, even under --prune, and says why', async () => {
    await applyPlan(await plan(), client, { saved: false })
    const assets = live().find((m) => m.data.name !== 'Payments API')!
    await client.bulkCreate(String(assets.data.id), 'threats', [
      { name: 'Found in review', threat_type: ['Spoofing'] },
    ])
    rmSync(join(dir, 'assets.tm.yaml'))
    const after = await plan([dir], true)
    expect(after.orphaned_models).toMatchObject([
      { action: 'orphan', reason: expect.stringContaining('--prune keeps it') },
    ])
    await applyPlan(after, client, { saved: false })
    expect(live().map((m) => m.data.id)).toContain(assets.data.id)
  })

  it('does not delete an orphan someone changed in TMI after the plan was made', async () => {
    await applyPlan(await plan(), client, { saved: false })
    rmSync(join(dir, 'assets.tm.yaml'))
    const pruning = await plan([dir], true)
    expect(pruning.orphaned_models).toMatchObject([{ action: 'delete' }])
    const orphan = pruning.orphaned_models![0]!
    // Reviewed, saved, and meanwhile someone records a threat in that model in TMI.
    await client.bulkCreate(orphan.threat_model_id, 'threats', [
      { name: 'Found in review', threat_type: ['Spoofing'] },
    ])
    const results = await applyPlan(pruning, client, { saved: false })
    expect(results.find((r) => r.threatModelId === orphan.threat_model_id)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('changed in TMI since the plan, so it was not deleted'),
    })
    expect(live().map((m) => m.data.id)).toContain(orphan.threat_model_id)
  })

  it.runIf(sharedAvailable(TD_MODELS))(
    'says when a renamed Threat Dragon model looks like the orphan it left',
    async () => {
      rmSync(join(dir, 'assets.tm.yaml'))
      rmSync(join(dir, 'payments-api.tm.yaml'))
      const td = JSON.parse(readFileSync(`${TD_MODELS}${TD_FILE}`, 'utf8')) as { summary: { title: string } }
      const folder = (title: string) => join(dir, 'ThreatDragonModels', title)
      mkdirSync(folder('Old title'), { recursive: true })
      writeFileSync(
        join(folder('Old title'), 'Old title.json'),
        JSON.stringify({ ...td, summary: { ...td.summary, title: 'Old title' } }),
      )
      await applyPlan(await plan(), client, { saved: false })
      // Threat Dragon renames the folder and the file with the title.
      mkdirSync(folder('New title'))
      renameSync(join(folder('Old title'), 'Old title.json'), join(folder('New title'), 'New title.json'))
      rmSync(folder('Old title'), { recursive: true })
      const after = await plan()
      expect(after.models.map((m) => m.action)).toEqual(['create'])
      expect(after.orphaned_models).toMatchObject([
        { key: 'old-title', renamed_to: 'new-title', reason: expect.stringContaining('"tmi_sync_key"') },
      ])
    },
  )
})

describe('second copies of one model', () => {
  it('keeps the earliest of two threat models claiming one file, reports the other, prunes it', async () => {
    await applyPlan(await plan(), client, { saved: false })
    const original = live().find((m) => m.data.name === 'Payments API')!
    // A copy with the same tmi-sync metadata, as two applies at once (before they settled) left.
    const copy = await client.createThreatModel({
      name: 'Payments API',
      metadata: original.metadata.filter((e: { key: string }) => e.key.startsWith('tmi-sync-')),
    })
    const after = await plan()
    expect(after.models.find((m) => m.key === keyOf(original))?.threat_model_id).toBe(original.data.id)
    expect(after.orphaned_models).toMatchObject([
      { threat_model_id: copy.id, action: 'orphan', reason: expect.stringContaining('second copy') },
    ])
    await applyPlan(await plan([dir], true), client, { saved: false })
    expect(live().map((m) => m.data.id)).not.toContain(copy.id)
    expect(live().map((m) => m.data.id)).toContain(original.data.id)
  })

  it('keeps the earliest of two objects with one key in a model, reports the other, prunes it', async () => {
    await applyPlan(await plan(), client, { saved: false })
    const model = live().find((m) => m.data.name === 'Payments API')!
    const threat = [...model.children.threats.values()][0]!
    const copy = (
      await client.bulkCreate(String(model.data.id), 'threats', [
        { name: String(threat.data.name), threat_type: ['Spoofing'] },
      ])
    )[0]!
    await client.bulkUpdate(String(model.data.id), 'threats', [
      { ...(copy as object), id: copy.id, metadata: threat.metadata } as never,
    ])
    const after = await plan()
    const dup = after.models.flatMap((m) => m.changes).filter((c) => c.reason.includes('second copy'))
    expect(dup).toMatchObject([{ kind: 'threat', id: copy.id, action: 'orphan' }])
    await applyPlan(await plan([dir], true), client, { saved: false })
    expect(model.children.threats.get(copy.id)?.deleted_at).toBeTruthy()
    expect(model.children.threats.get(String(threat.data.id))?.deleted_at).toBeFalsy()
  })
})

const TD_FILE = 'v2-threat-model.json'

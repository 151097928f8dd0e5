import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { planPaths, type PlanOptions } from '../../src/engine/plan-apply/plan.js'
import { applyPlan } from '../../src/engine/plan-apply/apply.js'
import { metadataMap, remoteModel, type RemoteModel } from '../../src/model/remote.js'
import { appliedState } from '../../src/reconcile/applied-state.js'
import { fingerprint } from '../../src/reconcile/diff.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { readSnapshot } from '../../src/tmi/snapshot.js'
import { PROJECT } from '../helpers/shared.js'

const TOKEN = 'applied-state-token'
let emulator: RunningEmulator
let client: TmiClient
let dir: string

beforeEach(async () => {
  emulator = await startEmulator({
    tokens: [TOKEN],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  client = new TmiClient({ baseUrl: emulator.url, auth: staticToken(TOKEN) })
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-applied-'))
  cpSync(`${PROJECT}fixtures`, dir, { recursive: true })
})
afterEach(() => emulator.close())

/**
 * Plans (keeping what TMI held), applies, and tells each model's state from the plan and the
 * apply's answers; then reads TMI as the next night's sync does (`unchangedSince`): the same
 * fingerprint, or the stamp would cost a full read for nothing.
 */
async function applyAndCompare(options: Partial<PlanOptions> = {}): Promise<RemoteModel[]> {
  const opts: PlanOptions = {
    source: 'fixtures',
    prune: false,
    onDrift: 'fail',
    keepRemotes: true,
    ...options,
  }
  const outcome = await planPaths([dir], client, opts)
  if (!outcome.ok) throw new Error(outcome.diagnostics[0]?.message)
  const results = await applyPlan(outcome.plan, client, { saved: false })
  const compared: RemoteModel[] = []
  for (const [i, m] of outcome.plan.models.entries()) {
    const result = results[i]!
    if (result.status !== 'applied') continue
    const told = appliedState(outcome.remotes.get(`${m.source}\0${m.key}`) ?? undefined, m, result)
    expect(told, m.key).toBeDefined()
    const read = remoteModel(await readSnapshot(client, { id: result.threatModelId! }), new Map())
    expect(fingerprint(told!), m.key).toBe(fingerprint(read))
    // What a later full-replace write of each object starts from: its metadata as TMI holds it.
    for (const o of read.objects) {
      const mine = told!.objects.find((x) => x.kind === o.kind && x.id === o.id)
      expect(metadataMap(mine?.rawMetadata), `${m.key} ${o.kind} ${o.key}`).toEqual(
        metadataMap(o.rawMetadata),
      )
    }
    compared.push(told!)
  }
  return compared
}

const edit = (file: string, from: string, to: string) => {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`)
  writeFileSync(path, text.replace(from, to))
}

describe('what an apply leaves in TMI, told without reading it back', () => {
  it('matches TMI after a first apply of every fixture (diagrams, notes, documents: ids TMI chose)', async () => {
    expect((await applyAndCompare()).length).toBeGreaterThanOrEqual(7)
  })

  it('matches TMI after an update beside objects and metadata others added in TMI', async () => {
    await applyAndCompare()
    const listed = await client.all(client.listThreatModels())
    const payments = listed.find((m) => m.name === 'Payments API')!
    // Someone adds a threat of their own and a metadata key on the threat model, in TMI.
    await client.bulkCreate(payments.id, 'threats', [{ name: 'Found in review', threat_type: ['Spoofing'] }])
    await client.patchMetadata({ threatModel: payments.id }, [{ key: 'reviewed-by', value: 'bob' }])
    const threats = await client.all(client.list(payments.id, 'threats'))
    const logs = threats.find((t) => t.name === 'Card numbers written to application logs')!
    await client.patchMetadata({ threatModel: payments.id, kind: 'threats', id: logs.id }, [
      { key: 'ticket', value: 'SEC-7' },
    ])
    // The file changes the threat model itself and one of its threats.
    edit('small/payments-api.tm.yaml', 'from checkout to the acquiring bank', 'from checkout to the bank')
    edit('small/payments-api.tm.yaml', 'severity: high', 'severity: critical')
    expect((await applyAndCompare()).length).toBe(1)
  })

  it('matches TMI after --prune deleted an object the file no longer has', async () => {
    await applyAndCompare()
    // The last threat goes from the file.
    const text = readFileSync(join(dir, 'small/payments-api.tm.yaml'), 'utf8')
    const at = text.indexOf('  - key: vault-tampering')
    expect(at).toBeGreaterThan(0)
    writeFileSync(join(dir, 'small/payments-api.tm.yaml'), text.slice(0, at))
    expect((await applyAndCompare({ prune: true })).length).toBe(1)
  })

  it('cannot be told for a failed apply, so nothing is guessed', () => {
    const plan = { action: 'create', changes: [] } as never
    expect(
      appliedState(undefined, plan, { key: 'k', file: 'f', status: 'failed', writes: 2 }),
    ).toBeUndefined()
  })
})

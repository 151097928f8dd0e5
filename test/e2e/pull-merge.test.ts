import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import type { Plan } from '../../src/reconcile/plan.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

// pull into a working tree holding edits not applied yet (some uncommitted): nothing a person wrote
// is lost. Fields the two sides changed apart are merged; one field changed on both sides refuses
// the file, which stays exactly as it was.
let emulator: RunningEmulator
let dir: string
const FILE = 'payments-api.tm.yaml'
beforeEach(async () => {
  emulator = await startEmulator({
    tokens: ['t'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-pull-merge-'))
  cpSync(`${PROJECT}fixtures/small/${FILE}`, join(dir, FILE))
  const git = simpleGit(dir)
  await git.init(['--initial-branch=main'])
  await git.addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.add('.').commit('model')
  const applied = await cli('apply', '.', '--auto-approve')
  expect(applied.code, applied.stderr).toBe(0)
})
afterEach(() => emulator.close())

const cli = (...args: string[]) =>
  runCliAsync(args, { cwd: dir, env: { TMI_URL: emulator.url, TMI_TOKEN: 't' } })
const text = () => readFileSync(join(dir, FILE), 'utf8')
const edit = (from: string, to: string) => {
  const before = text()
  expect(before).toContain(from)
  writeFileSync(join(dir, FILE), before.replace(from, to))
}
const model = () => [...emulator.store.models.values()].find((m) => !m.deleted_at)!
const threat = (name: string) =>
  [...model().children.threats.values()].find((t) => !t.deleted_at && t.data.name === name)!
const planJson = async (): Promise<Plan> => {
  const out = join(dir, '..', `plan-${Math.random().toString(36).slice(2)}.json`)
  await cli('plan', '.', '--json', out)
  return JSON.parse(readFileSync(out, 'utf8')) as Plan
}

describe('pull into files with edits not applied yet', () => {
  it('merges fields the file and TMI changed apart, keeping the file’s edit for the next apply', async () => {
    edit('    severity: medium', '    severity: high') // in the file, not applied
    threat('Tokens altered in the vault').data.status = 'mitigated' // in TMI, same threat
    const pulled = await cli('pull', '.')
    expect(pulled.code, pulled.stderr).toBe(0)
    expect(pulled.stderr).toContain("threat vault-tampering: TMI's status merged with the file's own edit")
    const after = text()
    expect(after).toContain('    severity: high\n    status: mitigated\n')
    // The next plan carries the file's edit only.
    const plan = await planJson()
    const changes = plan.models[0]!.changes.filter((c) => c.action !== 'unchanged')
    expect(changes.map((c) => [c.action, c.key, c.changes.map((f) => f.field)])).toEqual([
      ['update', 'vault-tampering', ['severity']],
    ])
  })

  it('keeps items added in the file and uncommitted, and edits TMI did not touch', async () => {
    edit(
      'threats:\n',
      'threats:\n  - key: replay\n    name: Replayed payment requests\n    threat_type: [Spoofing]\n',
    )
    edit('name: Payments API', 'name: Card Payments API')
    threat('Card numbers written to application logs').data.severity = 'critical'
    const pulled = await cli('pull', '.')
    expect(pulled.code, pulled.stderr).toBe(0)
    const after = text()
    expect(after).toContain('  - key: replay\n    name: Replayed payment requests\n')
    expect(after).toContain('name: Card Payments API')
    expect(after).toContain('    severity: critical               # unknown')
    expect(pulled.stderr).toContain('threat replay is in the file and not in TMI')
    expect((await simpleGit(dir).status()).modified).toEqual([FILE])
  })

  it('refuses the file, writing nothing, when both changed one field; other files are pulled', async () => {
    cpSync(`${PROJECT}fixtures/features/assets.tm.yaml`, join(dir, 'assets.tm.yaml'))
    expect((await cli('apply', '.', '--auto-approve')).code).toBe(0)
    edit('    severity: medium', '    severity: high')
    threat('Tokens altered in the vault').data.severity = 'low'
    const other = [...emulator.store.models.values()].find((m) => !m.deleted_at && m !== model())!
    other.data.description = 'Edited in TMI'
    const before = text()
    const pulled = await cli('pull', '.')
    expect(pulled.code).toBe(1)
    expect(pulled.stderr).toContain(
      `${join(dir, FILE)}: not written, changed both in the file and in TMI: threat vault-tampering: changed in the file and in TMI (severity)`,
    )
    expect(text()).toBe(before)
    expect(readFileSync(join(dir, 'assets.tm.yaml'), 'utf8')).toContain('description: Edited in TMI')
  })

  it('adds what was made in TMI, and does not bring back what the file removed', async () => {
    edit(
      '  - key: vault-tampering\n    name: Tokens altered in the vault\n    threat_type: [Tampering]\n    severity: medium\n    status: open\n    diagram: context\n    cell: token-vault\n    metadata:\n      owner: platform-team\n',
      '',
    )
    const made = await fetch(`${emulator.url}/threat_models/${String(model().data.id)}/threats/bulk`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify([{ name: 'Found in review', threat_type: ['Repudiation'] }]),
    })
    expect(made.status).toBe(201)
    const pulled = await cli('pull', '.')
    expect(pulled.code, pulled.stderr).toBe(0)
    const after = text()
    expect(after).toContain('name: Found in review')
    expect(after).not.toContain('vault-tampering')
    expect(pulled.stderr).toContain('threat vault-tampering was removed in the file and is still in TMI')
  })

  it('changes only the changed characters, and what TMI added then plans as no changes', async () => {
    await simpleGit(dir).add('.').commit('applied')
    const cell = (model().children.diagrams.values().next().value!.data.cells as Array<{ x: number }>)[0]!
    cell.x = 44
    threat('Card numbers written to application logs').data.severity = 'critical'
    const id = String(model().data.id)
    for (const [kind, body] of [
      ['threats', { name: 'Found in review', threat_type: ['Repudiation'] }],
      ['assets', { name: 'Logs', type: 'data' }],
    ] as const) {
      const made = await fetch(`${emulator.url}/threat_models/${id}/${kind}/bulk`, {
        method: 'POST',
        headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
        body: JSON.stringify([body]),
      })
      expect(made.status).toBe(201)
    }
    const pulled = await cli('pull', '.')
    expect(pulled.code, pulled.stderr).toBe(0)
    // Aligned comments, flow maps and everything else as written: two values and two new items.
    const diff = await simpleGit(dir).diff(['--unified=0', '--', FILE])
    const changed = diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))
    expect(changed.filter((l) => l.startsWith('-'))).toEqual([
      '-        x: 40',
      '-    severity: high               # unknown, informational, low, medium, high, critical',
    ])
    expect(changed).toContain('+        x: 44')
    expect(changed).toContain(
      '+    severity: critical               # unknown, informational, low, medium, high, critical',
    )
    expect(changed).toContain('+    name: Found in review')
    expect(changed).toContain('+    name: Logs')
    const again = await cli('plan', '.', '--detailed-exitcode')
    expect([again.code, again.stdout.trim()], again.stderr).toEqual([
      0,
      'No changes. TMI matches the files (1 model).',
    ])
  })
})

describe('pull of edits made in TMI, then plan', () => {
  it('keeps each field under its own item when TMI also gained a threat (issue 20), and plans no changes', async () => {
    // The steps the issue gives: a description added to the last threat, and a new threat, in TMI.
    const client = { url: emulator.url, token: 't' }
    const tm = String(model().data.id)
    const last = threat('Tokens altered in the vault')
    const put = await fetch(`${client.url}/threat_models/${tm}/threats/bulk`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify([
        { ...last.data, description: 'Tokens swapped in the vault', metadata: last.metadata },
      ]),
    })
    expect(put.status).toBe(200)
    const created = await fetch(`${client.url}/threat_models/${tm}/threats`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Vault keys leaked', threat_type: ['Information Disclosure'] }),
    })
    expect(created.status).toBe(201)
    const pulled = await cli('pull', '.')
    expect(pulled.code, pulled.stderr).toBe(0)
    const after = text()
    const vault = after.slice(after.indexOf('  - key: vault-tampering'))
    expect(vault.slice(0, vault.indexOf('\n  - key:', 1))).toContain(
      'description: Tokens swapped in the vault',
    )
    const plan = await cli('plan', '.', '--detailed-exitcode')
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringContaining('No changes')])
  })
})

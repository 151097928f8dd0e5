import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import type { Plan } from '../../src/reconcile/plan.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

const FIXTURE = `${PROJECT}fixtures/small/payments-api.tm.yaml`
const IDENTITY = `${PROJECT}fixtures/features/authorization-and-metadata.tm.yaml`

let emulator: RunningEmulator
let root: string
let bare: string

/** A bare repository: `main` holds one model; `next` edits it and adds a second. */
beforeAll(async () => {
  emulator = await startEmulator({
    tokens: ['ci-user-token'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  root = mkdtempSync(join(tmpdir(), 'tmi-sync-sources-'))
  bare = join(root, 'models.git')
  const work = join(root, 'work')
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.checkout(['-b', 'main'])
  cpSync(FIXTURE, join(work, 'models/payments-api.tm.yaml'))
  await git.add('.').commit('payments').push('origin', 'main')
  await git.checkout(['-b', 'next'])
  const edited = readFileSync(FIXTURE, 'utf8').replace('    severity: medium', '    severity: high')
  writeFileSync(join(work, 'models/payments-api.tm.yaml'), edited)
  cpSync(IDENTITY, join(work, 'models/identity.tm.yaml'))
  await git.add('.').commit('next').push('origin', 'next')
})
afterAll(() => emulator.close())

const env = () => ({ TMI_URL: emulator.url, TMI_TOKEN: 'ci-user-token' })
const cli = (...args: string[]) => runCliAsync(args, { cwd: root, env: env() })
const models = () => [...emulator.store.models.values()].filter((m) => !m.deleted_at)
const live = <T extends { deleted_at?: string }>(m: Map<string, T>) =>
  [...m.values()].filter((e) => !e.deleted_at)
const planOf = async (...args: string[]): Promise<Plan> => {
  const out = join(root, `plan-${Math.random().toString(36).slice(2)}.json`)
  await cli('plan', ...args, '--json', out)
  return JSON.parse(readFileSync(out, 'utf8')) as Plan
}

describe('models from a git repository (git:URL@REF:GLOB) and from local files', () => {
  it('validates a branch, showing each file as a source spec', async () => {
    const r = await cli('validate', `git:${bare}@next`, '--format', 'json')
    expect(r.code, r.stdout).toBe(0)
    const report = JSON.parse(r.stdout) as { files: Array<{ file: string }> }
    expect(report.files.map((f) => f.file)).toEqual([
      `git:${bare}@next:models/identity.tm.yaml`,
      `git:${bare}@next:models/payments-api.tm.yaml`,
    ])
    // A URL is cloned (bare, into a temporary directory removed afterwards), not read in place.
    const cloned = await cli('validate', `git:file://${bare}@next`, '--format', 'json')
    expect(cloned.code, cloned.stderr).toBe(0)
    expect((JSON.parse(cloned.stdout) as { summary: { valid: number } }).summary.valid).toBe(2)
    const empty = await cli('validate', `git:${bare}@main:nothing/*.tm.yaml`)
    expect(empty.code).toBe(1)
  })

  it('applies one branch, plans another against the same TMI models, and keeps repositories apart', async () => {
    expect((await cli('apply', `git:${bare}@main`, '--auto-approve')).code).toBe(0)
    expect(models().map((m) => m.data.name)).toEqual(['Payments API'])
    expect((await cli('plan', `git:${bare}@main`, '--detailed-exitcode')).code).toBe(0)
    // Spelled another way, the repository is still the same source: nothing to create twice.
    const respelled = await cli('plan', `git:file://${bare}/@main`, '--detailed-exitcode')
    expect([respelled.code, respelled.stdout.trim()]).toEqual([
      0,
      'No changes. TMI matches the files (1 model).',
    ])

    const next = await planOf(`git:${bare}@next`)
    expect(next.models.map((m) => [m.source, m.key, m.action])).toEqual([
      [`git:${bare}`, 'identity-provider', 'create'],
      [`git:${bare}`, 'payments-api', 'update'],
    ])
    const update = next.models[1]!.changes.filter((c) => c.action === 'update')
    expect(update.map((c) => [c.key, c.changes])).toEqual([
      ['vault-tampering', [{ field: 'severity', old: 'medium', new: 'high' }]],
    ])

    // The same file outside the repository is another model: identity is source + key.
    cpSync(FIXTURE, join(root, 'payments-api.tm.yaml'))
    const local = await planOf('payments-api.tm.yaml')
    expect(local.models.map((m) => [m.source, m.action])).toEqual([['default', 'create']])

    expect((await cli('apply', `git:${bare}@next`, 'payments-api.tm.yaml', '--auto-approve')).code).toBe(0)
    expect(models()).toHaveLength(3)
    const again = await cli('plan', `git:${bare}@next`, 'payments-api.tm.yaml', '--detailed-exitcode')
    expect([again.code, again.stdout.trim()]).toEqual([0, 'No changes. TMI matches the files (3 models).'])
  })

  it('pulls an edit made in TMI back to the branch, changing one line, and then plans as no changes', async () => {
    const model = models().find(
      (m) => m.metadata.some((e) => e.value === `git:${bare}`) && m.data.name === 'Payments API',
    )!
    const threat = [...model.children.threats.values()].find(
      (t) => t.data.name === 'Tokens altered in the vault',
    )!
    threat.data.severity = 'critical'
    expect((await cli('plan', `git:${bare}@next`, '--detailed-exitcode')).stdout).toContain(
      'changed in TMI since the last apply',
    )

    const before = await simpleGit(bare).show(['next:models/payments-api.tm.yaml'])
    const pulled = await cli('pull', `git:${bare}@next:models/*.tm.yaml`, '--branch', 'next')
    expect(pulled.code, pulled.stderr).toBe(0)
    expect(pulled.stdout).toContain('~ models/payments-api.tm.yaml  # updated')
    expect(pulled.stderr).toContain(`to git:${bare}@next`)
    const after = await simpleGit(bare).show(['next:models/payments-api.tm.yaml'])
    // Exactly the one value changed; every comment and line around it is as the author wrote it.
    expect(after).toBe(
      before.replace('    severity: high\n    status: open', '    severity: critical\n    status: open'),
    )
    expect((await simpleGit(bare).log(['next'])).latest?.message).toBe('Pull 1 threat model from TMI')

    const replan = await cli('plan', `git:${bare}@next`, '--detailed-exitcode')
    expect([replan.code, replan.stdout.trim()]).toEqual([0, 'No changes. TMI matches the files (2 models).'])
    // Nothing left to pull: no new branch, no commit.
    const again = await cli('pull', `git:${bare}@next:models/*.tm.yaml`)
    expect(again.stdout).toContain('= models/payments-api.tm.yaml  # unchanged')
    expect((await simpleGit(bare).branch()).all).not.toContain(expect.stringMatching(/^tmi-sync\/pull/))
  })

  it('starts managing a model made in TMI: pull by id, apply, and it stays one model', async () => {
    // Made by a person in the TMI UI.
    const token = { access_token: 'ci-user-token' }
    const auth = { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' }
    const made = (await (
      await fetch(`${emulator.url}/threat_models`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'Made in the TMI UI', description: 'Started by hand' }),
      })
    ).json()) as { id: string }
    await fetch(`${emulator.url}/threat_models/${made.id}/threats`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'Session fixation', threat_type: ['Spoofing'], severity: 'high' }),
    })
    const dir = join(root, 'adopted')
    const pulled = await cli('pull', dir, '--id', made.id)
    expect(pulled.code, pulled.stderr).toBe(0)
    const text = readFileSync(join(dir, `${made.id}.tm.yaml`), 'utf8')
    expect(text).toContain(`key: ${made.id}`)
    expect(text).toContain('name: Session fixation')
    expect((await cli('apply', dir, '--auto-approve')).code).toBe(0)
    expect(models().filter((m) => m.data.name === 'Made in the TMI UI')).toHaveLength(1)
    expect(live(models().find((m) => m.data.id === made.id)!.children.threats)).toHaveLength(1)
    expect((await cli('plan', dir, '--detailed-exitcode')).code).toBe(0)
    // A model applied from another source is not pulled here: the next apply would duplicate it.
    const owned = models().find((m) => m.metadata.some((e) => e.value === `git:${bare}`))!
    const refused = await cli('pull', dir, '--id', String(owned.data.id))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`is managed from git:${bare}; pull it there`)
  })

  it('says what is wrong with a source it cannot read', async () => {
    const missing = await cli('plan', `git:${join(root, 'nope.git')}@main`)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('cannot clone')
    const badRef = await cli('validate', `git:${bare}@nope`)
    expect(badRef.code).toBe(1)
    expect(badRef.stderr).toContain('no branch, tag or commit named nope')
    expect(badRef.stderr).not.toContain('internal error')
  })
})

import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { pullModels } from '../../src/engine/pull/pull.js'
import { planPaths } from '../../src/engine/plan-apply/plan.js'
import { applyPlan } from '../../src/engine/plan-apply/apply.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { GitHubFake } from '../helpers/github-fake.js'
import { PROJECT } from '../helpers/shared.js'

// TMI → GitHub: a pull opens a pull request with the edits people made in TMI, one line each,
// and a second pull updates the same branch and request instead of opening another.
const fake = new GitHubFake('acme/threat-models')
const env = { GITHUB_TOKEN: 'ghp_test', GITHUB_API_URL: fake.baseUrl }
const SOURCE = 'github:acme/threat-models@main:models/*.tm.yaml'
let emulator: RunningEmulator
let client: TmiClient
const fixture = readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8')

beforeAll(async () => {
  // The emulator runs on loopback in this process: only GitHub's host is faked.
  fake.server.listen({ onUnhandledRequest: 'bypass' })
  emulator = await startEmulator({
    tokens: ['t'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  client = new TmiClient({ baseUrl: emulator.url, auth: staticToken('t') })
  const main = fake.writeCommit(fake.writeFiles({ 'models/payments-api.tm.yaml': fixture }), [], 'models')
  fake.refs.set('refs/heads/main', main)
})
afterAll(async () => {
  fake.server.close()
  await emulator.close()
})

const options = { source: 'default', prune: false, onDrift: 'fail' as const, env }
const threat = (name: string) =>
  [...[...emulator.store.models.values()][0]!.children.threats.values()].find((t) => t.data.name === name)!

describe('pull to GitHub', () => {
  it('applies from GitHub, then pulls a TMI edit into a pull request, and updates it on the next pull', async () => {
    const first = await planPaths([SOURCE], client, options)
    if (!first.ok) throw new Error('invalid')
    expect(first.plan.models.map((m) => m.source)).toEqual(['github:acme/threat-models'])
    await applyPlan(first.plan, client, { saved: false })

    threat('Tokens altered in the vault').data.severity = 'critical'
    const pulled = await pullModels(SOURCE, client, { source: 'default', env })
    const branch = `tmi-sync/pull-${new Date().toISOString().slice(0, 10)}`
    expect(pulled.files.map((f) => [f.path, f.status])).toEqual([['models/payments-api.tm.yaml', 'updated']])
    expect(pulled.notes).toEqual([
      expect.stringMatching(new RegExp(`^committed [0-9a-f]{12} to github:acme/threat-models@${branch}$`)),
      'opened https://github.com/acme/threat-models/pull/1',
    ])
    const firstHead = fake.refs.get(`refs/heads/${branch}`)!
    const onBranch = fake.filesOf(firstHead)['models/payments-api.tm.yaml']
    expect(onBranch).toBe(fixture.replace('    severity: medium\n', '    severity: critical\n'))
    expect(fake.pulls).toMatchObject([{ head: branch, base: 'main', title: 'Threat models from TMI' }])

    // Until it merges, main still reports the edit as made in TMI: nothing overwrites it.
    const onMain = await planPaths([SOURCE], client, options)
    if (!onMain.ok) throw new Error('invalid')
    expect(onMain.plan.summary.conflict).toBe(1)

    // Another edit in TMI: the same branch gets a second commit; the same request is updated.
    threat('Card numbers written to application logs').data.severity = 'medium'
    const again = await pullModels(SOURCE, client, { source: 'default', env })
    expect(again.notes.at(-1)).toBe('updated https://github.com/acme/threat-models/pull/1')
    expect(fake.pulls).toHaveLength(1)
    const head = fake.refs.get(`refs/heads/${branch}`)!
    expect(fake.commits.get(head)?.parents).toEqual([firstHead])
    expect(fake.filesOf(head)['models/payments-api.tm.yaml']).toContain(
      '    severity: medium               #',
    )
  })
})

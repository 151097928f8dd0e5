import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { COMMENT_MARKER, planComment } from '../../src/action/comment.js'
import { startEmulator } from '../../src/emulator/server.js'
import { registerAddon } from '../../src/engine/addon/registration.js'
import type { ObjectChange, Plan } from '../../src/reconcile/plan.js'
import { startAddonService } from '../../src/serve/service.js'
import { staticToken } from '../../src/tmi/auth.js'
import { TmiClient } from '../../src/tmi/client.js'
import { LOOPBACK_WEBHOOKS, signInAs } from '../helpers/emulator.js'
import { pullRequest, runAction, type Run } from '../helpers/action-runner.js'
import { GitHubFake } from '../helpers/github-fake.js'
import { serveOverHttp } from '../helpers/http-fake.js'
import { PROJECT } from '../helpers/shared.js'

const GITHUB_TOKEN = 'ghs_thisisagithubtokenvalue0123456789'
const TMI_TOKEN = 'tmi-user-token-value-0123456789'
const SECRET = 'webhook-secret-for-the-addon-0123'

const closing: Array<() => Promise<void>> = []
afterEach(async () => {
  while (closing.length > 0) await closing.pop()?.()
})

/** Two models: one with a diagram (for the comment's Mermaid), one without. */
const MODELS: Record<string, string> = {
  'models/payments-api.tm.yaml': readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, 'utf8'),
  'models/diagrams.tm.yaml': readFileSync(`${PROJECT}fixtures/features/diagrams.tm.yaml`, 'utf8'),
}

/** GitHub (the fake, over HTTP) holding two models on `main`, and an emulator. */
async function world(options: { clients?: string[] } = {}) {
  const http = await serveOverHttp()
  closing.push(() => http.close())
  const fake = new GitHubFake('acme/threat-models', http.url)
  http.use(fake.handlers())
  const sha = fake.writeCommit(fake.writeFiles(MODELS), [], 'models')
  fake.refs.set('refs/heads/main', sha)
  const emulator = await startEmulator({
    tokens: [TMI_TOKEN],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    admins: ['tmi:root'],
    faults: { rateLimitPerMinute: 1_000_000 },
    addonLimits: { dedupMs: 20, ...LOOPBACK_WEBHOOKS },
    ...(options.clients ? { clients: options.clients } : {}),
  })
  closing.push(() => emulator.close())
  return { fake, emulator, sha, api: http.url }
}

/**
 * No secret anywhere a person or a log sees it. `::add-mask::` lines are the exception that makes
 * this hold on a runner: they hand each secret input to the runner first, which then masks it.
 */
function noSecrets(run: Run, ...more: string[]): void {
  const masked = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
  expect(masked.length).toBeGreaterThan(0)
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  const seen = [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...more].join('\n')
  for (const secret of [GITHUB_TOKEN, TMI_TOKEN, SECRET]) expect(seen).not.toContain(secret)
}

describe('the GitHub Action (the committed bundle, run as the runner runs it)', () => {
  it('on a pull request: annotates, plans, and keeps one comment with the plan and the changed diagrams', async () => {
    const { fake, emulator, sha, api } = await world()
    const env = { GITHUB_SHA: sha, GITHUB_API_URL: api }
    const inputs = { 'tmi-url': emulator.url, 'tmi-token': TMI_TOKEN, 'github-token': GITHUB_TOKEN }
    const first = await runAction(inputs, pullRequest(7), env)
    expect(first.code, first.stdout + first.stderr).toBe(0)
    expect(first.outputs).toMatchObject({ 'has-changes': 'true', errors: '0' })
    expect(first.summary).toContain('### tmi-sync plan')
    expect(first.summary).toContain('```mermaid')
    const mine = () => fake.comments.filter((c) => c.issue === 7 && c.body.startsWith(COMMENT_MARKER))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.body).toContain('flowchart LR')
    // The next push to the pull request updates the comment; it never adds a second.
    const second = await runAction(inputs, pullRequest(7), env)
    expect(second.code).toBe(0)
    expect(mine()).toHaveLength(1)
    noSecrets(first, ...fake.comments.map((c) => c.body))
    noSecrets(second)
    expect(emulator.log.filter((r) => r.method !== 'GET' && r.path.startsWith('/threat_models'))).toEqual([])
  })

  it('annotates invalid files on file, line and column, and fails the step', async () => {
    const { fake, emulator, api } = await world()
    const bad = 'tmi_sync: 1\nkey: bad\nname: Bad\nthreats:\n  - key: t\n    name: T\n    asset: nope\n'
    const sha = fake.writeCommit(fake.writeFiles({ ...MODELS, 'models/bad.tm.yaml': bad }), [], 'bad')
    const run = await runAction(
      { 'tmi-url': emulator.url, 'tmi-token': TMI_TOKEN, 'github-token': GITHUB_TOKEN },
      pullRequest(8),
      { GITHUB_SHA: sha, GITHUB_API_URL: api },
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error title=ref.unknown-asset,file=models/bad.tm.yaml,line=7,col=12::')
    expect(run.stdout).toMatch(/^::error::1 of 3 model files are invalid/m)
    expect(run.summary).toContain('models/bad.tm.yaml:7:12')
    // Nothing was planned, and nothing said on the pull request.
    expect(fake.comments).toEqual([])
  })

  it('on a pull request from a fork: validates only, and says why', async () => {
    const { fake, emulator, sha, api } = await world()
    const run = await runAction(
      { 'tmi-url': emulator.url, 'github-token': GITHUB_TOKEN },
      pullRequest(9, 'someone/fork'),
      { GITHUB_SHA: sha, GITHUB_API_URL: api },
    )
    expect(run.code).toBe(0)
    expect(run.summary).toContain('A pull request from a fork gets no secrets')
    expect(emulator.log.filter((r) => r.path.startsWith('/threat_models'))).toEqual([])
    expect(fake.comments).toEqual([])
  })

  it('on a push: applies the merged commit through the addon service with a service account', async () => {
    const { emulator, sha, api } = await world({ clients: ['ci:ci-secret'] })
    const service = await startAddonService(
      {
        tmiUrl: emulator.url,
        secret: SECRET,
        policy: { sources: ['github:acme/threat-models'], onDrift: 'fail', prune: false },
        deadlineMs: 45_000,
        env: { GITHUB_API_URL: api, GITHUB_TOKEN },
      },
      { port: 0, host: '127.0.0.1' },
    )
    closing.push(() => service.close())
    const admin = new TmiClient({
      baseUrl: emulator.url,
      auth: staticToken(await signInAs(emulator.url, 'root')),
    })
    await registerAddon(admin, service.url, SECRET)
    const inputs = {
      'tmi-url': emulator.url,
      'tmi-client-id': 'ci',
      'tmi-client-secret': 'ci-secret',
      'github-token': GITHUB_TOKEN,
    }
    const push = { name: 'push', payload: { ref: 'refs/heads/main', after: sha } }
    const run = await runAction(inputs, push, { GITHUB_SHA: sha, GITHUB_API_URL: api })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.summary).toContain('### tmi-sync apply')
    expect(run.summary).toMatch(/payments-api \| applied \(\d+ writes\)/)
    expect(emulator.addons.deliveries.size).toBe(2)
    noSecrets(run)
    // Merged again (nothing new): no invocation at all.
    const again = await runAction(inputs, push, { GITHUB_SHA: sha, GITHUB_API_URL: api })
    expect([again.code, again.summary]).toEqual([0, expect.stringContaining('No changes')])
    expect(emulator.addons.deliveries.size).toBe(2)
  })
})

describe('the GitHub Action, holding a merge to the plan its pull request showed', () => {
  it('applies what the comment showed, and refuses once TMI changed since', async () => {
    const { fake, emulator, sha, api } = await world()
    const env = { GITHUB_SHA: sha, GITHUB_API_URL: api }
    const inputs = {
      'tmi-url': emulator.url,
      'tmi-token': TMI_TOKEN,
      'github-token': GITHUB_TOKEN,
      'require-reviewed-plan': 'true',
    }
    const push = { name: 'push', payload: { ref: 'refs/heads/main' } }
    // Not from a pull request: nothing was reviewed.
    const unreviewed = await runAction(inputs, push, env)
    expect([unreviewed.code, unreviewed.stdout]).toEqual([
      1,
      expect.stringContaining('came from no merged pull request'),
    ])
    expect((await runAction(inputs, pullRequest(7), env)).code).toBe(0)
    fake.pulls.push({
      number: 7,
      head: 'feature',
      base: 'main',
      title: 'Models',
      body: '',
      state: 'closed',
      merge_commit_sha: sha,
    })
    // TMI changed after the review: someone made a threat model of the same name.
    const tmi = new TmiClient({ baseUrl: emulator.url, auth: staticToken(TMI_TOKEN) })
    const stray = await tmi.createThreatModel({ name: 'Payments API' })
    await tmi.patchMetadata({ threatModel: stray.id }, [
      { key: 'tmi-sync-source', value: 'github:acme/threat-models' },
      { key: 'tmi-sync-key', value: 'payments-api' },
    ])
    const refused = await runAction(inputs, push, env)
    expect([refused.code, refused.stdout]).toEqual([
      1,
      expect.stringContaining('differs from the plan shown on pull request #7'),
    ])
    await tmi.deleteThreatModel(stray.id)
    const applied = await runAction(inputs, push, env)
    expect(applied.code, applied.stdout).toBe(0)
    expect(applied.summary).toContain('### tmi-sync apply')
  })
})

describe('the GitHub Action on a schedule', () => {
  it('reports drift after an edit in TMI, then proposes it back as a pull request', async () => {
    const { fake, emulator, sha, api } = await world()
    const env = { GITHUB_SHA: sha, GITHUB_API_URL: api }
    const inputs = { 'tmi-url': emulator.url, 'tmi-token': TMI_TOKEN, 'github-token': GITHUB_TOKEN }
    // A person's token applies directly on push.
    const applied = await runAction(inputs, { name: 'push', payload: { ref: 'refs/heads/main' } }, env)
    expect(applied.code, applied.stdout).toBe(0)
    const none = await runAction(inputs, { name: 'schedule', payload: { schedule: '17 5 * * *' } }, env)
    expect([none.code, none.outputs.drift]).toEqual([0, 'false'])
    const tmi = new TmiClient({ baseUrl: emulator.url, auth: staticToken(TMI_TOKEN) })
    const payments = (await tmi.all(tmi.listThreatModels())).find((m) => m.name === 'Payments API')
    await tmi.patchThreatModel(payments?.id as string, [
      { op: 'replace', path: '/description', value: 'Edited in TMI' },
    ])
    const drift = await runAction(inputs, { name: 'schedule', payload: { schedule: '17 5 * * *' } }, env)
    expect([drift.code, drift.outputs.drift, drift.outputs['has-changes']]).toEqual([0, 'true', 'true'])
    expect(drift.summary).toContain('### tmi-sync plan')
    const pull = await runAction({ ...inputs, mode: 'pull' }, { name: 'workflow_dispatch', payload: {} }, env)
    expect(pull.code, pull.stdout).toBe(0)
    expect(fake.pulls.map((p) => p.head)).toEqual(['tmi-sync/pull'])
    expect(
      fake.filesOf(fake.refs.get('refs/heads/tmi-sync/pull') as string)['models/payments-api.tm.yaml'],
    ).toContain('Edited in TMI')
    noSecrets(pull)
  })
})

describe('the pull-request comment', () => {
  it('stays under GitHub 65,536 characters for a 500-change plan, pointing to the summary', () => {
    const changes: ObjectChange[] = Array.from({ length: 500 }, (_, i) => ({
      kind: 'threat',
      key: `t-${i}`,
      name: `A threat with a long name, number ${i}, `.repeat(4),
      action: 'create',
      reason: 'new in the file',
      changes: [{ field: 'description', new: 'x'.repeat(200) }],
    }))
    const plan = {
      format: 1,
      tool: 'tmi-sync',
      created_at: '2026-12-04T00:00:00Z',
      tmi_url: 'https://tmi.example.com',
      source: 'default',
      options: { prune: false, on_drift: 'fail' },
      models: [
        {
          source: 'default',
          key: 'm',
          file: 'm.tm.yaml',
          name: 'M',
          action: 'update',
          is_confidential: false,
          server_authorization: [],
          remote_fingerprint: null,
          changes,
        },
      ],
      orphaned_models: [],
      summary: { create: 500, update: 0, delete: 0, unchanged: 0, orphan: 0, conflict: 0, skip: 0 },
    } as Plan
    const body = planComment(plan, 'https://github.com/acme/threat-models/actions/runs/42')
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain(
      'the whole plan is in the [job summary](https://github.com/acme/threat-models/actions/runs/42)',
    )
  })
})

import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { staticToken, userSession } from '../../src/tmi/auth.js'
import { readSession, writeSession } from '../../src/tmi/credentials.js'
import { login, revoke } from '../../src/tmi/login.js'
import { TmiClient } from '../../src/tmi/client.js'
import { TmiHttpError } from '../../src/tmi/errors.js'
import { SpecChecker, SPEC_PATH } from '../helpers/openapi.js'
import { sharedAvailable } from '../helpers/shared.js'

const run = sharedAvailable(SPEC_PATH)

/**
 * The client's whole range of calls against the emulator, every request and every response
 * checked against the official spec. Zero violations, or the test names operation and field.
 */
describe.runIf(run)('contract: client ⇄ emulator ⇄ official TMI spec', () => {
  let emulator: RunningEmulator
  let checker: SpecChecker
  let client: TmiClient

  beforeAll(async () => {
    emulator = await startEmulator({ tokens: ['sync-user'] })
    checker = new SpecChecker()
    const fetch = checker.fetch()
    client = new TmiClient({
      baseUrl: emulator.url,
      fetch,
      auth: staticToken('sync-user'),
    })
  })
  afterAll(() => emulator?.close())

  it('the checker itself catches a violation', () => {
    const probe = new SpecChecker()
    probe.check({
      method: 'POST',
      path: '/threat_models',
      requestType: 'application/json',
      requestBody: { name: 'x', status: 'open' },
      status: 201,
      responseType: 'application/json',
      responseBody: { name: 'x' },
    })
    expect(probe.violations.map((v) => v.where)).toEqual(
      expect.arrayContaining(['request body /', 'response 201 /']),
    )
  })

  it('runs every operation sync needs with zero spec violations', async () => {
    const model = await client.createThreatModel({
      name: 'Contract model',
      description: 'All the calls',
      threat_model_framework: 'STRIDE',
      metadata: [{ key: 'team', value: 'sec' }],
      issue_uri: 'https://issues.example.com/1',
    })
    const listed = await client.all(client.listThreatModels({ name: 'contract' }))
    expect(listed.map((m) => m.id)).toContain(model.id)
    await client.patchThreatModel(model.id, [{ op: 'replace', path: '/description', value: 'Patched' }])
    const fetched = await client.getThreatModel(model.id)
    await client.putThreatModel(
      model.id,
      {
        name: fetched.name,
        description: 'Put',
        authorization: fetched.authorization,
        threat_model_framework: 'STRIDE',
      },
      '*',
    )

    const assets = await client.bulkCreate(
      model.id,
      'assets',
      Array.from({ length: 55 }, (_, i) => ({
        id: randomUUID(),
        name: `Asset ${i}`,
        type: 'data',
        classification: ['pii'],
        include_in_report: true,
        timmy_enabled: true,
      })),
    )
    const diagram = await client.createDiagram(model.id, 'Context')
    const nodeA = randomUUID()
    const nodeB = randomUUID()
    await client.updateDiagram(
      model.id,
      diagram.id,
      {
        name: 'Context',
        type: 'DFD-1.0.0',
        cells: [
          {
            id: nodeA,
            shape: 'actor',
            x: 10,
            y: 10,
            width: 120,
            height: 60,
            attrs: { text: { text: 'User' } },
            data: { _metadata: [{ key: 'k', value: 'v' }] },
          },
          {
            id: nodeB,
            shape: 'process',
            position: { x: 300, y: 10 },
            size: { width: 160, height: 80 },
            attrs: { text: { text: 'API' } },
            data: { data_assets: [assets[0]?.id] },
          },
          {
            id: randomUUID(),
            shape: 'flow',
            source: { cell: nodeA },
            target: { cell: nodeB },
            labels: [{ attrs: { text: { text: 'HTTPS' } }, position: 0.5 }],
            attrs: { line: { targetMarker: { name: 'block' } } },
          },
        ],
      },
      '*',
    )
    const threats = await client.bulkCreate(
      model.id,
      'threats',
      Array.from({ length: 45 }, (_, i) => ({
        id: randomUUID(),
        name: `Threat ${i}`,
        threat_type: ['Spoofing'],
        severity: 'High',
        status: 'open',
        score: 5.5,
        diagram_id: diagram.id,
        cell_id: nodeB,
        asset_id: assets[1]?.id ?? null,
        cwe_id: ['CWE-79'],
        include_in_report: true,
        timmy_enabled: true,
        mitigated: false,
      })),
    )
    await client.bulkUpdate(
      model.id,
      'threats',
      threats.slice(0, 25).map((t) => ({ ...t, description: 'Updated' })),
    )
    await client.bulkUpdate(model.id, 'assets', [{ id: randomUUID(), name: 'Upserted', type: 'software' }])
    await client.bulkCreate(model.id, 'documents', [
      { id: randomUUID(), name: 'Design', uri: 'https://docs.example.com/design' },
    ])
    await client.bulkCreate(model.id, 'repositories', [
      {
        id: randomUUID(),
        name: 'Code',
        uri: 'https://git.example.com/code',
        type: 'git',
        parameters: { refType: 'branch', refValue: 'main' },
      },
    ])
    const note = await client.createNote(model.id, { name: 'Scope', content: '# Scope\n\nAll of it.' })
    await client.updateNote(model.id, note.id, { name: 'Scope', content: '# Scope\n\nMost of it.' })
    await client.getNote(model.id, note.id)
    await client.all(client.listNotes(model.id))
    await client.all(client.listDiagrams(model.id))
    await client.getDiagram(model.id, diagram.id)
    for (const kind of ['threats', 'assets', 'documents', 'repositories'] as const)
      await client.all(client.list(model.id, kind))

    const threat = threats[0] as { id: string }
    await client.patchMetadata({ threatModel: model.id }, [{ key: 'tmi-sync.key', value: 'contract' }])
    await client.createMetadata({ threatModel: model.id, kind: 'threats', id: threat.id }, [
      { key: 'tmi-sync.key', value: 't0' },
    ])
    await client.replaceMetadata({ threatModel: model.id, kind: 'assets', id: assets[0]?.id as string }, [
      { key: 'a', value: 'b' },
    ])
    await client.listMetadata({ threatModel: model.id, kind: 'diagrams', id: diagram.id })
    await client.replaceMetadata(
      { threatModel: model.id },
      Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })),
    )

    // Errors come back in TMI's Error shape too.
    await expect(
      client.bulkCreate(model.id, 'threats', [{ id: threat.id, name: 'dup', threat_type: [] }]),
    ).rejects.toMatchObject({ status: 409 })
    await expect(client.getNote(model.id, randomUUID())).rejects.toMatchObject({ status: 404 })
    await expect(client.createThreatModel({ name: 'Bad <b>name</b> ${x}' })).rejects.toBeInstanceOf(
      TmiHttpError,
    )

    await client.bulkDeleteThreats(
      model.id,
      threats.slice(40).map((t) => t.id),
    )
    await client.deleteItem(model.id, 'notes', note.id)
    await client.restore(model.id, 'notes', note.id)
    await client.deleteThreatModel(model.id)
    await client.restore(model.id)

    expect(checker.violations).toEqual([])
    // Every exchange the emulator saw, the token request included, went through the checker.
    expect(emulator.log.length).toBeGreaterThan(30)
    expect(checker.counts.exchanges).toBe(emulator.log.length)
    expect(checker.counts.bodies).toBeGreaterThan(emulator.log.length)
  })
})

/**
 * Sign-in, refresh, revocation and the addon loop, every exchange checked against the spec:
 * the client's requests and the emulator's answers alike.
 */
describe.runIf(run)('contract: identity and addons ⇄ emulator ⇄ official TMI spec', () => {
  it('login, refresh, revoke, webhooks, addons, invocations and deliveries follow the spec', async () => {
    const emulator = await startEmulator({ clients: ['sa:secret'], admins: ['tmi:root'] })
    const checker = new SpecChecker()
    const fetch = checker.fetch()
    try {
      const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-contract-'))
      const session = await login({
        baseUrl: emulator.url,
        idp: 'tmi',
        loginHint: 'root',
        openUrl: () => Promise.reject(new Error('the development provider needs no browser')),
        fetch,
      })
      const file = join(dir, 'session.json')
      await writeSession(file, session)
      const user = new TmiClient({
        baseUrl: emulator.url,
        fetch,
        auth: userSession({ baseUrl: emulator.url, file, fetch }),
      })
      // The test hook, not a TMI call: past the checker.
      await globalThis.fetch(`${emulator.url}/__emulator/expire-tokens`, { method: 'POST' })
      expect((await user.me()).provider_id).toBe('root')
      const { access_token } = (await readSession(file))!
      const call = async (method: string, path: string, body?: unknown, token = access_token) => {
        const res = await fetch(`${emulator.url}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body ? { 'Content-Type': 'application/json' } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        })
        return {
          status: res.status,
          body: (await res.json().catch(() => undefined)) as Record<string, unknown>,
        }
      }
      const sub = await call('POST', '/admin/webhooks/subscriptions', {
        name: 'tmi-sync',
        url: 'http://127.0.0.1:9/webhook',
        events: ['addon.invoked'],
        secret: 'sixteen-chars-or-more',
      })
      expect(sub.status).toBe(201)
      await call('GET', `/admin/webhooks/subscriptions/${String(sub.body.id)}`)
      const addon = await call('POST', '/addons', { name: 'Sync from Git', webhook_id: sub.body.id })
      await call('GET', '/addons')
      const tm = await user.createThreatModel({ name: 'Contract' })
      const invoked = await call('POST', `/addons/${String(addon.body.id)}/invoke`, {
        threat_model_id: tm.id,
        data: { a: 1 },
      })
      expect(invoked.status).toBe(202)
      await call('GET', `/webhook-deliveries/${String(invoked.body.delivery_id)}`)
      const sa = (await (
        await fetch(`${emulator.url}/oauth2/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=client_credentials&client_id=sa&client_secret=secret',
        })
      ).json()) as { access_token: string }
      const refused = await call('PUT', `/threat_models/${tm.id}`, { name: 'No' }, sa.access_token)
      expect(refused.status).toBe(403)
      expect(await revoke(emulator.url, (await readSession(file))!, fetch)).toBe(true)
      expect(checker.violations).toEqual([])
      expect(checker.counts.exchanges).toBeGreaterThan(12)
    } finally {
      await emulator.close()
    }
  })
})

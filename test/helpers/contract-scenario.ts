import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import type { TmiClient } from '../../src/tmi/client.js'
import { TmiHttpError } from '../../src/tmi/errors.js'

/**
 * The TMI client's whole range of calls, as sync makes them: run against the emulator
 * (test/tmi/contract.test.ts) and against a real TMI (the live suite), each exchange checked
 * against the official spec by the caller's checker.
 */
export async function runContractScenario(client: TmiClient): Promise<void> {
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
  await client.patchMetadata({ threatModel: model.id }, [{ key: 'tmi-sync-key', value: 'contract' }])
  await client.createMetadata({ threatModel: model.id, kind: 'threats', id: threat.id }, [
    { key: 'tmi-sync-key', value: 't0' },
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
  // TMI 1.8.22 restores no threat model: 409 "Threat model is not deleted" (test/emulator/corrections.test.ts).
  await expect(client.restore(model.id)).rejects.toMatchObject({ status: 409 })
}

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { updateModelText } from '../../src/format/update.js'

const YAML = `# A model, as its author wrote it.
tmi_sync: 1          # format version
key: shop
name: Shop           # shown in TMI
threats:
  - key: sqli        # injection
    name: SQL injection
    threat_type: [Tampering]
    severity: high
  - key: xss
    name: Cross-site scripting
    threat_type: [Tampering]
`
type Model = { threats: Array<Record<string, unknown>> } & Record<string, unknown>
const model = () => parse(YAML) as Model

describe('updating a model file in place', () => {
  it('returns the text untouched when nothing differs', () => {
    expect(updateModelText(YAML, 'yaml', model())).toBe(YAML)
    const json = '{\n  "key": "shop",\n  "tags": ["a", "b"]\n}\n'
    expect(updateModelText(json, 'json', { key: 'shop', tags: ['a', 'b'] })).toBe(json)
  })

  it('changes one value by its characters only', () => {
    const next = model()
    next.threats[0]!.severity = 'critical'
    next.name = 'Web shop'
    expect(updateModelText(YAML, 'yaml', next)).toBe(
      YAML.replace('severity: high', 'severity: critical').replace('name: Shop', 'name: Web shop'),
    )
  })

  it('puts a field added to the last item under that item when an item is added after it (issue 20)', () => {
    // Both edits insert where the list ends: the last item's new field must come before the new item.
    const next = model()
    next.threats[1]!.description = 'Scripts injected into pages'
    next.threats.push({ key: 'csrf', name: 'Cross-site request forgery', threat_type: ['Spoofing'] })
    const out = updateModelText(YAML, 'yaml', next)
    expect(parse(out)).toEqual(next)
    expect(out).toBe(
      `${YAML}    description: Scripts injected into pages\n  - key: csrf\n    name: Cross-site request forgery\n    threat_type:\n      - Spoofing\n`,
    )
  })

  it('adds and removes list items by key, keeping the comments and layout of the rest', () => {
    const next = model()
    next.threats = [
      next.threats[0]!,
      { key: 'csrf', name: 'Cross-site request forgery', threat_type: ['Spoofing'] },
    ]
    const out = updateModelText(YAML, 'yaml', next)
    expect(parse(out)).toEqual(next)
    expect(out).toContain('tmi_sync: 1          # format version\n')
    expect(out).toContain('  - key: sqli        # injection\n')
    expect(out).not.toContain('xss')
    expect(out).toContain('  - key: csrf\n')
  })

  it('edits flow maps where they stand, matches cells by id, and adds or removes keys by their lines', () => {
    const yaml = `key: shop          # identity
metadata:           # pairs
  team: web
  old: x
diagrams:
  - key: d
    cells:
      - id: a
        x: 1
        attrs: { text: { text: A } }   # label
      - id: b
        x: 2
`
    const next = parse(yaml) as {
      metadata: Record<string, string>
      diagrams: Array<{ cells: Array<Record<string, unknown>> }>
    } & Record<string, unknown>
    delete next.metadata.old
    next.metadata.added = 'y'
    next.diagrams[0]!.cells[0]!.attrs = { text: { text: 'Alpha' } }
    next.diagrams[0]!.cells[1]!.x = 3
    next.description = 'New'
    expect(updateModelText(yaml, 'yaml', next)).toBe(
      yaml
        .replace('  old: x\n', '')
        .replace('  team: web\n', '  team: web\n  added: y\n')
        .replace('{ text: { text: A } }', '{ text: { text: Alpha } }')
        .replace('        x: 2', '        x: 3') + 'description: New\n',
    )
  })

  it('keeps a JSON file’s key order, with new keys last', () => {
    const json = '{\n  "name": "Shop",\n  "key": "shop"\n}\n'
    expect(updateModelText(json, 'json', { key: 'shop', name: 'Web shop', description: 'd' })).toBe(
      '{\n  "name": "Web shop",\n  "key": "shop",\n  "description": "d"\n}\n',
    )
  })
})

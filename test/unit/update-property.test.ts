import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { updateModelText } from '../../src/format/update.js'
import { random, type Rng } from '../helpers/random.js'

/**
 * `updateModelText` as a property (issue 20): for any set of edits made in TMI (fields added,
 * changed or removed on any item at any position, items added and deleted), the text it writes
 * reads back as exactly what TMI holds, in YAML (comments, flow style) and JSON alike, and every
 * line of an item TMI did not touch is kept byte for byte. Generated cases, each with its seed.
 */
const CASES = 300

type Threat = Record<string, unknown> & { key: string }

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
const STATUSES = ['open', 'mitigated', 'accepted'] as const
const WORDS = ['vault', 'token', 'ledger', 'session', 'queue', 'cache', 'login', 'report'] as const

function threat(rng: Rng, key: string): Threat {
  const t: Threat = { key, name: `${rng.pick(WORDS)} ${rng.pick(WORDS)} ${key}` }
  t.threat_type = [rng.pick(['Spoofing', 'Tampering', 'Repudiation'])]
  if (rng.chance(0.5)) t.description = `${rng.pick(WORDS)} described`
  if (rng.chance(0.6)) t.severity = rng.pick(SEVERITIES)
  if (rng.chance(0.5)) t.status = rng.pick(STATUSES)
  if (rng.chance(0.4)) t.metadata = { owner: `team-${rng.int(9)}` }
  return t
}

/** The file as a person writes it: comments on some lines, flow lists, a model-level map. */
function yamlText(rng: Rng, threats: Threat[]): string {
  const lines = ['# written by hand', 'tmi_sync: 1', 'key: prop', 'name: Property model   # the name']
  lines.push('metadata:', '  team: payments')
  lines.push('threats:')
  for (const t of threats) {
    const comment = rng.chance(0.4) ? `   # ${t.key} by hand` : ''
    lines.push(`  - key: ${t.key}${comment}`)
    for (const [k, v] of Object.entries(t)) {
      if (k === 'key') continue
      if (Array.isArray(v)) lines.push(`    ${k}: [${v.join(', ')}]`)
      else if (v && typeof v === 'object') {
        lines.push(`    ${k}:`)
        for (const [mk, mv] of Object.entries(v)) lines.push(`      ${mk}: ${String(mv)}`)
      } else lines.push(`    ${k}: ${String(v)}${rng.chance(0.2) ? '  # note' : ''}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** What TMI holds after edits there: every kind of change, on items anywhere in the list. */
function editedInTmi(rng: Rng, threats: Threat[]): { next: Threat[]; touched: Set<string> } {
  const touched = new Set<string>()
  let next = threats.map((t) => structuredClone(t))
  for (const t of next) {
    if (!rng.chance(0.45)) continue
    touched.add(t.key)
    const edit = rng.int(5)
    if (edit === 0) t.description = `changed in TMI ${rng.int(100)}`
    else if (edit === 1) delete t.description
    else if (edit === 2) t.severity = rng.pick(SEVERITIES)
    else if (edit === 3) delete t.status
    else t.metadata = { ...(t.metadata ?? {}), reviewer: 'tmi' }
  }
  if (rng.chance(0.3) && next.length > 1) {
    const gone = next[rng.int(next.length)] as Threat
    touched.add(gone.key)
    next = next.filter((t) => t !== gone)
  }
  const added = rng.int(3)
  for (let i = 0; i < added; i++) next.push(threat(rng, `new-${i}`))
  return { next, touched }
}

function caseOf(seed: number) {
  const rng = random(seed)
  const threats = Array.from({ length: 1 + rng.int(5) }, (_, i) => threat(rng, `t${i}`))
  const text = yamlText(rng, threats)
  const before = parse(text) as Record<string, unknown>
  const { next, touched } = editedInTmi(rng, threats)
  return { text, before, model: { ...before, threats: next }, touched, threats }
}

describe('updating a model file, for generated edits made in TMI', () => {
  it(`reads back as TMI holds it and keeps every untouched item's lines: YAML, ${CASES} cases`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { text, model, touched, threats } = caseOf(seed)
      const out = updateModelText(text, 'yaml', model)
      expect(parse(out), `seed ${seed}\n--- before\n${text}--- after\n${out}`).toEqual(model)
      // The lines of each item TMI did not touch stand in the output as they were.
      const lines = text.split('\n')
      for (const t of threats.filter((x) => !touched.has(x.key))) {
        const start = lines.findIndex((l) => l.startsWith(`  - key: ${t.key}`))
        const end = lines.findIndex((l, i) => i > start && l.startsWith('  - key: '))
        const own = lines.slice(start, end === -1 ? lines.length - 1 : end).join('\n')
        expect(out, `seed ${seed}: ${t.key} kept byte for byte`).toContain(own)
      }
      expect(out, `seed ${seed}`).toContain('name: Property model   # the name\n')
    }
  })

  it(`reads back as TMI holds it: JSON, ${CASES} cases`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { before, model } = caseOf(seed)
      const text = `${JSON.stringify(before, null, 2)}\n`
      const out = updateModelText(text, 'json', model)
      expect(JSON.parse(out), `seed ${seed}`).toEqual(model)
    }
  })
})

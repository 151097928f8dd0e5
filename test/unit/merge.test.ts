import { describe, expect, it } from 'vitest'
import { stateDigest } from '../../src/reconcile/diff.js'
import { resolveObject } from '../../src/reconcile/merge.js'

// The base of pull's three-way merge is only a digest; the search must still tell who changed what.
const side = (fields: Record<string, unknown>, metadata: Record<string, string> = {}) => ({
  fields,
  metadata,
})
const base = side({ name: 'SQLi', severity: 'medium', status: 'open' }, { owner: 'web' })
const applied = stateDigest(base.fields, base.metadata)

describe('resolveObject: which side an object takes', () => {
  it('takes TMI when only TMI changed, the file when only the file did', () => {
    const tmi = side({ ...base.fields, status: 'mitigated' }, base.metadata)
    expect(resolveObject(base, tmi, applied)).toEqual({ take: 'tmi' })
    expect(resolveObject(tmi, base, applied)).toEqual({ take: 'file' })
  })

  it('merges fields and metadata changed apart, naming what comes from TMI', () => {
    const file = side({ ...base.fields, severity: 'high' }, { owner: 'web', team: 'a' })
    const tmi = side({ ...base.fields, status: 'mitigated', name: undefined }, { owner: 'platform' })
    expect(resolveObject(file, tmi, applied)).toEqual({
      take: 'merge',
      fromTmi: ['f:name', 'f:status', 'm:owner'],
    })
  })

  it('is a conflict when both changed one field, or changed the same field alike', () => {
    const file = side({ ...base.fields, severity: 'high' }, base.metadata)
    expect(resolveObject(file, side({ ...base.fields, severity: 'low' }, base.metadata), applied)).toEqual({
      take: 'conflict',
      units: ['f:severity'],
    })
    const both = side({ ...base.fields, severity: 'high', status: 'x' }, base.metadata)
    const tmi = side({ ...base.fields, severity: 'high', status: 'y' }, base.metadata)
    expect(resolveObject(both, tmi, applied).take).toBe('conflict')
  })

  it('takes TMI when nothing was recorded, and keeps equal states as the file has them', () => {
    const tmi = side({ ...base.fields, status: 'mitigated' }, base.metadata)
    expect(resolveObject(base, tmi, undefined)).toEqual({ take: 'tmi' })
    expect(resolveObject(tmi, tmi, applied)).toEqual({ take: 'file' })
  })
})

import { describe, expect, it } from 'vitest'
import { describeFailure } from '../../src/cli/output.js'
import { UnsupportedError, WriteConflictError } from '../../src/providers/types.js'

describe('a failure as one line', () => {
  it('names file-system errors by call, path and reason', () => {
    const e = Object.assign(new Error("ENOENT: no such file or directory, open 'x/y'"), {
      code: 'ENOENT',
      syscall: 'open',
      path: 'x/y',
    })
    expect(describeFailure(e)).toBe('open x/y: no such file or directory')
  })

  it("passes a provider's refusal through as it is worded", () => {
    expect(describeFailure(new WriteConflictError('main moved since it was read', 'a.tm.yaml'))).toBe(
      'main moved since it was read',
    )
    expect(describeFailure(new UnsupportedError('plain git has no pull requests'))).toBe(
      'plain git has no pull requests',
    )
  })

  it('says a bug is a bug, in one line, with no stack', () => {
    const line = describeFailure(new TypeError('x is undefined'))
    expect(line).toBe(
      'internal error: x is undefined (a bug: please report it; TMI_SYNC_DEBUG=1 shows where)',
    )
    expect(line.split('\n')).toHaveLength(1)
  })
})

describe('which TMI failures a rerun can fix', () => {
  it('calls a refusal of the request permanent, and a conflict, lock, rate limit or server error passing', async () => {
    const { TmiHttpError } = await import('../../src/tmi/errors.js')
    const permanent = (status: number) =>
      new TmiHttpError({ status, method: 'PUT', path: '/x', retried: false }).permanent
    expect([400, 403, 404, 422].map(permanent)).toEqual([true, true, true, true])
    expect([409, 423, 429, 500, 503].map(permanent)).toEqual([false, false, false, false, false])
  })
})

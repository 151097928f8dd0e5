import { afterEach, describe, expect, it, vi } from 'vitest'
import { sharedAvailable } from '../helpers/shared.js'

describe('tests that need ../shared', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('fail, not skip, when a file is missing and CI=true', () => {
    vi.stubEnv('CI', 'true')
    expect(() => sharedAvailable('/no/such/shared/tmi-openapi.json')).toThrow(/missing/)
  })

  it('skip with a message elsewhere', () => {
    vi.stubEnv('CI', '')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(sharedAvailable('/no/such/shared/tmi-openapi.json')).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipping'))
  })
})

import { describe, expect, it } from 'vitest'
import { startEmulator } from '../../src/emulator/server.js'
import { runCli, runCliAsync } from '../helpers/cli.js'

const FIXTURE = 'fixtures/small'

describe('plan and apply: exit codes and errors', () => {
  it('keeps 2 for "changes" under --detailed-exitcode: usage errors and missing paths are 1', () => {
    expect(runCli(['plan', '--bogus']).code).toBe(2)
    expect(runCli(['plan', '--detailed-exitcode', '--bogus']).code).toBe(1)
    expect(runCli(['plan', '--detailed-exitcode', '--on-drift', 'maybe']).code).toBe(1)
    const env = { TMI_URL: 'http://127.0.0.1:9', TMI_TOKEN: 'x' }
    expect(runCli(['plan', 'no/such/dir'], { env }).code).toBe(2)
    expect(runCli(['plan', '--detailed-exitcode', 'no/such/dir'], { env }).code).toBe(1)
  })

  it('says which setting is missing before reading anything', () => {
    const r = runCli(['plan', FIXTURE], { env: { TMI_URL: undefined, TMI_TOKEN: undefined } })
    expect([r.code, r.stderr.trim()]).toEqual([2, 'tmi-sync: TMI_URL (or --tmi-url) is not set'])
  })

  it('reports an unreachable TMI in one line, without a stack', () => {
    const r = runCli(['plan', FIXTURE], { env: { TMI_URL: 'http://127.0.0.1:9', TMI_TOKEN: 'x' } })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^tmi-sync: cannot reach TMI: GET \/threat_models: connect ECONNREFUSED 127\.0\.0\.1:9 \(ECONNREFUSED\)\n$/,
    )
  })

  it('never shows a token or client secret, even when TMI refuses them', async () => {
    const emulator = await startEmulator({ clients: ['ci:the-real-secret'] })
    try {
      const secret = 'wrong-secret-7f3a9c'
      const token = 'bearer-token-5d2e8b'
      const results = await Promise.all([
        runCliAsync(['plan', FIXTURE, '--verbose'], {
          env: {
            TMI_URL: emulator.url,
            TMI_CLIENT_ID: 'ci',
            TMI_CLIENT_SECRET: secret,
            TMI_TOKEN: undefined,
          },
        }),
        runCliAsync(['apply', FIXTURE, '--auto-approve'], {
          env: { TMI_URL: emulator.url, TMI_TOKEN: token, TMI_CLIENT_ID: undefined },
        }),
      ])
      for (const r of results) {
        expect(r.code).toBe(1)
        expect(r.stderr).toMatch(/^tmi-sync: .*401/m)
        expect(r.stdout + r.stderr).not.toContain(secret)
        expect(r.stdout + r.stderr).not.toContain(token)
      }
    } finally {
      await emulator.close()
    }
  })
})

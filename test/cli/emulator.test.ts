import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { PROJECT } from '../helpers/shared.js'

describe('tmi-sync emulator (through the real binary)', () => {
  it('prints its URL first, then answers a client-credentials token request and GET /threat_models', async () => {
    const child = spawn(
      process.execPath,
      [`${PROJECT}bin/tmi-sync.js`, 'emulator', '--port', '0', '--client', 'demo:demo-secret'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve)
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const token = await fetch(`${url}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=demo&client_secret=demo-secret',
      })
      const { access_token } = (await token.json()) as { access_token: string }
      const list = await fetch(`${url}/threat_models`, {
        headers: { Authorization: `Bearer ${access_token}` },
      })
      expect(list.status).toBe(200)
      expect(await list.json()).toEqual({ threat_models: [], total: 0, limit: 20, offset: 0 })
      expect(list.headers.get('x-ratelimit-limit')).toBe('1000')
    } finally {
      child.kill('SIGTERM')
    }
  })

  it('exits 2 on a malformed --client', async () => {
    const child = spawn(
      process.execPath,
      [`${PROJECT}bin/tmi-sync.js`, 'emulator', '--client', 'no-secret'],
      { stdio: 'ignore' },
    )
    expect(await new Promise((r) => child.once('exit', r))).toBe(2)
  })
})

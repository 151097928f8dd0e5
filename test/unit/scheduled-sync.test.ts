import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { deliver, signature } from '../../src/engine/scheduled-sync/notify.js'
import { tmiEnvironment } from '../../src/engine/scheduled-sync/config.js'
import { shardOf } from '../../src/engine/scheduled-sync/sources.js'
import { runScheduledSync } from '../../src/engine/scheduled-sync/sync.js'
import { takeLease } from '../../src/engine/sync-state/leases.js'
import { filesDigest, parseStamp, scopeOf, stampText } from '../../src/engine/sync-state/stamps.js'
import type { TmiClient } from '../../src/tmi/client.js'
import { emulatorWithClient } from '../helpers/emulator.js'

let emulator: RunningEmulator
let client: TmiClient
beforeAll(async () => ({ emulator, client } = await emulatorWithClient()))
afterAll(() => emulator?.close())

const newModel = async () => (await client.createThreatModel({ name: `m-${Math.random()}` })).id
const leaseOf = async (id: string) =>
  (await client.listMetadata({ threatModel: id })).find((m) => m.key === 'tmi-sync-lease')?.value

describe('leases on a threat model', () => {
  it('lets one holder through; another waits out its wait and gets none; released, it is free again', async () => {
    const id = await newModel()
    const a = await takeLease(client, id, { holder: 'run-a', ttlMs: 60_000, waitMs: 0 })
    expect(a).toBeDefined()
    let slept = 0
    const b = await takeLease(client, id, {
      holder: 'run-b',
      ttlMs: 60_000,
      waitMs: 3_000,
      pollMs: 1_000,
      sleep: (ms) => {
        slept += ms
        return Promise.resolve()
      },
      now: () => Date.now() + slept,
    })
    expect([b, slept > 2_900]).toEqual([undefined, true])
    expect(await leaseOf(id)).toMatch(/^holder:run-a until:/)
    await a?.release()
    expect(await leaseOf(id)).toBeUndefined()
    expect(await takeLease(client, id, { holder: 'run-b', ttlMs: 60_000, waitMs: 0 })).toBeDefined()
  })

  it('takes its own lease back when its create was answered 409 (an answer lost, then retried)', async () => {
    const id = await newModel()
    await client.createMetadata({ threatModel: id }, [
      { key: 'tmi-sync-lease', value: `holder:run-c until:${new Date(Date.now() + 60_000).toISOString()}` },
    ])
    expect(await takeLease(client, id, { holder: 'run-c', ttlMs: 60_000, waitMs: 0 })).toBeDefined()
  })

  it('takes a lease whose expiry cannot be read as no lease, rather than one held for ever', async () => {
    const id = await newModel()
    await client.createMetadata({ threatModel: id }, [
      { key: 'tmi-sync-lease', value: 'holder:someone until:next-tuesday' },
    ])
    expect(await takeLease(client, id, { holder: 'run-d', ttlMs: 60_000, waitMs: 0 })).toBeDefined()
    expect(await leaseOf(id)).toMatch(/^holder:run-d /)
  })

  it('releases only its own: a lease that expired and was taken over is left to its new holder', async () => {
    const id = await newModel()
    let now = Date.now()
    const old = await takeLease(client, id, { holder: 'old', ttlMs: 1_000, waitMs: 0, now: () => now })
    now += 5_000
    const taker = await takeLease(client, id, { holder: 'new', ttlMs: 60_000, waitMs: 0, now: () => now })
    expect(taker).toBeDefined()
    await old?.release()
    expect(await leaseOf(id)).toMatch(/^holder:new /)
  })
})

describe('what a scheduled sync keeps between runs', () => {
  it('writes and reads its stamp, and refuses anything else', () => {
    const stamp = {
      commit: 'a'.repeat(40),
      files: filesDigest([{ path: 'a.tm.yaml', blob: 'b'.repeat(40) }]),
      models: 5,
      scope: scopeOf('models/**', false),
      state: '0123abcd',
    }
    expect(parseStamp(stampText(stamp))).toEqual(stamp)
    expect(parseStamp('commit:main files:0000000000000000 models:1 scope:00000000 state:x')).toBeUndefined()
    // The same files in any order; one content changed, another digest.
    const a = { path: 'a.tm.yaml', blob: '1'.repeat(40) }
    const b = { path: 'b.tm.yaml', blob: '2'.repeat(40) }
    expect(filesDigest([a, b])).toBe(filesDigest([b, a]))
    expect(filesDigest([a, { ...b, blob: '3'.repeat(40) }])).not.toBe(filesDigest([a, b]))
    // What is read and how is part of it: another glob, or pruning, is another sync.
    expect(
      new Set([scopeOf(undefined, false), scopeOf('models/**', false), scopeOf('models/**', true)]).size,
    ).toBe(3)
    expect(parseStamp(undefined)).toBeUndefined()
  })

  it('spreads sources over shards by name, the same on every machine', () => {
    const names = Array.from({ length: 400 }, (_, i) => `github:acme/repo-${i}`)
    const counts = [1, 2, 3, 4].map((s) => names.filter((n) => shardOf(n, 4) === s).length)
    expect(counts.reduce((a, b) => a + b)).toBe(400)
    expect(Math.min(...counts)).toBeGreaterThan(60)
    expect(shardOf('github:acme/payments', 8)).toBe(shardOf('github:acme/payments', 8))
  })
})

describe('webhook deliveries', () => {
  it('signs the body, retries a 5xx and a 429 with backoff, and does not retry a refusal', async () => {
    const answers = [503, 429, 204, 400]
    const seen: Array<{ body: string; signature?: string; id?: string }> = []
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        seen.push({
          body,
          signature: req.headers['x-tmisync-signature'] as string,
          id: req.headers['x-tmisync-delivery'] as string,
        })
        const status = answers.shift() ?? 500
        res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {}).end()
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return Promise.resolve()
    }
    try {
      const hook = { url, shown: 'http://127.0.0.1/…', secret: 's3cret', events: [] }
      const ok = await deliver(hook, 'sync.completed', { totals: {} }, { baseDelayMs: 10, sleep })
      expect(ok).toMatchObject({ status: 'delivered', attempts: 3 })
      expect(waits).toEqual([10, 1000])
      expect(new Set(seen.map((s) => s.id)).size).toBe(1)
      for (const s of seen) expect(s.signature).toBe(signature('s3cret', s.body))
      const refused = await deliver(hook, 'sync.failed', {}, { baseDelayMs: 10, sleep })
      expect(refused).toMatchObject({ status: 'failed', attempts: 1, error: 'answered 400' })
    } finally {
      await new Promise<void>((r) => server.close(() => r()))
    }
  })
})

describe("a run's webhooks", () => {
  it('tells sync.completed when nothing failed, and never sends unsigned where a secret is named but not set', async () => {
    const seen: Array<{ event: string; signed: boolean }> = []
    const server = createServer((req, res) => {
      seen.push({
        event: req.headers['x-tmisync-event'] as string,
        signed: req.headers['x-tmisync-signature'] !== undefined,
      })
      req.resume().on('end', () => res.writeHead(204).end())
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    try {
      const report = await runScheduledSync(
        { sources: [], notify: [{ url }, { url, secret_env: 'HOOK_SECRET_NOT_SET' }] },
        client,
        { env: {} },
      )
      expect(report.notifications.map((d) => [d.event, d.status, d.error])).toEqual([
        ['sync.completed', 'delivered', undefined],
        ['sync.completed', 'failed', 'HOOK_SECRET_NOT_SET is not set'],
      ])
      expect(seen).toEqual([{ event: 'sync.completed', signed: false }])
    } finally {
      await new Promise<void>((r) => server.close(() => r()))
    }
  })
})

describe("the scheduled sync's credentials", () => {
  const env = {
    TMI_URL: undefined,
    TMI_TOKEN: 'a-token-someone-left-set',
    NIGHTLY_ID: 'sa-id',
    NIGHTLY_SECRET: 'sa-secret',
    GITHUB_TOKEN: 'ghp_x',
  }
  it('come from the variables the configuration names, never from the file', () => {
    const out = tmiEnvironment(
      {
        tmi: {
          url: 'https://tmi.example.com',
          client_id_env: 'NIGHTLY_ID',
          client_secret_env: 'NIGHTLY_SECRET',
          token_env: 'NIGHTLY_TOKEN',
        },
        sources: [{ source: 'github:a/b' }],
      },
      env,
    )
    expect(out).toMatchObject({
      TMI_URL: 'https://tmi.example.com',
      TMI_TOKEN: undefined,
      TMI_CLIENT_ID: 'sa-id',
      TMI_CLIENT_SECRET: 'sa-secret',
      GITHUB_TOKEN: 'ghp_x',
    })
  })

  it("are a person's session file alone when write: via: credentials", () => {
    const out = tmiEnvironment(
      {
        write: { via: 'credentials', credentials_file: '/secrets/session.json' },
        sources: [{ source: 'github:a/b' }],
      },
      { ...env, TMI_URL: 'https://from-env.example.com', TMI_CLIENT_ID: 'x', TMI_CLIENT_SECRET: 'y' },
    )
    expect(out).toMatchObject({
      TMI_URL: 'https://from-env.example.com',
      TMI_CREDENTIALS_FILE: '/secrets/session.json',
    })
    expect(['TMI_TOKEN', 'TMI_CLIENT_ID', 'TMI_CLIENT_SECRET'].filter((k) => k in out)).toEqual([])
  })
})

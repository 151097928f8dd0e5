// The TMI client against the emulator on loopback: start-up, per-request overhead, bulk vs single.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../../dist/emulator/server.js'
import { staticToken } from '../../dist/tmi/auth.js'
import { TmiClient } from '../../dist/tmi/client.js'
import { median, report } from './stats.js'

const TOKEN = 'bench-token'

export async function benchClient() {
  let ok = true
  const starts = []
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    const e = await startEmulator({ tokens: [TOKEN] })
    starts.push(performance.now() - t)
    await e.close()
  }
  const cliStarts = []
  const bin = fileURLToPath(new URL('../../bin/tmi-sync.js', import.meta.url))
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    const child = spawn(process.execPath, [bin, 'emulator', '--port', '0', '--client', 'demo:demo-secret'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve))
    cliStarts.push(performance.now() - t)
    child.kill('SIGTERM')
  }
  const cli = median(cliStarts)
  ok =
    report('`tmi-sync emulator` process start to URL line', `median ${cli.toFixed(0)} ms`, {
      ok: cli < 1000,
      text: 'target < 1000 ms',
    }) && ok
  ok =
    report('emulator start-up (in-process)', `median ${median(starts).toFixed(1)} ms`, {
      ok: median(starts) < 1000,
      text: 'target < 1000 ms',
    }) && ok

  // The rate limit is lifted so that the per-item baseline measures calls, not throttling.
  const emulator = await startEmulator({ tokens: [TOKEN], faults: { rateLimitPerMinute: 1_000_000 } })
  try {
    const client = new TmiClient({ baseUrl: emulator.url, auth: staticToken(TOKEN), concurrency: 1 })
    const model = await client.createThreatModel({ name: 'Bench' })
    const path = `${emulator.url}/threat_models/${model.id}`
    const raw = []
    const viaClient = []
    for (let i = 0; i < 400; i++) {
      let t = performance.now()
      await (await fetch(path, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()
      raw.push(performance.now() - t)
      t = performance.now()
      await client.getThreatModel(model.id)
      viaClient.push(performance.now() - t)
    }
    const overhead = median(viaClient) - median(raw)
    report('GET one threat model, raw fetch', `median ${(median(raw) * 1000).toFixed(0)} µs`)
    ok =
      report(
        'GET one threat model, TMI client',
        `median ${(median(viaClient) * 1000).toFixed(0)} µs (+${(overhead * 1000).toFixed(0)} µs)`,
        { ok: overhead < 0.5, text: 'client overhead < 500 µs' },
      ) && ok

    // 200 threats with 2 ms injected latency per request, as on a fast real network.
    emulator.faults.latencyMs = 2
    const threats = () =>
      Array.from({ length: 200 }, (_, i) => ({ id: randomUUID(), name: `T${i}`, threat_type: ['Spoofing'] }))
    const fast = new TmiClient({ baseUrl: emulator.url, auth: staticToken(TOKEN) })
    let before = emulator.log.length
    let t = performance.now()
    await fast.bulkCreate(model.id, 'threats', threats())
    const bulkMs = performance.now() - t
    const bulkRequests = emulator.log.length - before
    before = emulator.log.length
    t = performance.now()
    for (const { id: _id, ...threat } of threats())
      await fast.core.request('POST', `/threat_models/${model.id}/threats`, { body: threat })
    const singleMs = performance.now() - t
    const singleRequests = emulator.log.length - before
    report('200 threats, bulk POST (chunks of 20)', `${bulkRequests} requests, ${bulkMs.toFixed(0)} ms`)
    report(
      '200 threats, one POST each (per-item baseline)',
      `${singleRequests} requests, ${singleMs.toFixed(0)} ms`,
    )
    ok =
      report(
        'bulk / single',
        `${(bulkRequests / singleRequests).toFixed(2)} of the requests, ${(bulkMs / singleMs).toFixed(2)} of the time`,
        { ok: bulkRequests * 10 <= singleRequests, text: 'requests ≤ 1/10' },
      ) && ok
  } finally {
    await emulator.close()
  }
  return ok
}

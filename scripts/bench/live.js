// The same measures against a real TMI server (TMI_LIVE_URL) and against the emulator, side by side:
// requests and time for a first apply and a no-op plan, of the fixtures and of one 200-threat
// model. Without TMI_LIVE_URL, one line says the section was skipped. The server must allow what the
// live suite needs (README, "Verified against TMI"); the bench signs in through its development
// provider, as a fresh user each run, and applies under a source name of its own.
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import { startEmulator } from '../../dist/emulator/server.js'
import { login } from '../../dist/tmi/login.js'
import { applyPlan, hasChanges, planPaths, staticToken, TmiClient } from '../../dist/index.js'
import { generateModel } from '../generate-model.js'
import { median, report } from './stats.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url))
const RUNS = 3

/**
 * A client whose requests are counted, but for those about threat models that were there before
 * (`foreign`): a shared server holds other people's models, which a plan reads to learn whose
 * they are; an empty emulator holds none.
 */
function counting(baseUrl, token, foreign = new Set()) {
  const counter = { requests: 0 }
  const fetchCounted = (input, init) => {
    const id = /\/threat_models\/([0-9a-f-]{36})/.exec(String(input))?.[1]
    if (!id || !foreign.has(id)) counter.requests++
    return fetch(input, init)
  }
  return { client: new TmiClient({ baseUrl, auth: staticToken(token), fetch: fetchCounted }), counter }
}

async function measure(counter, work) {
  const before = counter.requests
  const start = performance.now()
  await work()
  return { ms: performance.now() - start, requests: counter.requests - before }
}

/** First apply, then a no-op plan, of `dir` under a fresh source name. */
async function firstApplyAndNoOp(baseUrl, token, dir) {
  const foreign = new Set()
  const lister = new TmiClient({ baseUrl, auth: staticToken(token) })
  for (const m of await lister.all(lister.listThreatModels())) foreign.add(m.id)
  const { client, counter } = counting(baseUrl, token, foreign)
  const options = { source: `bench-${randomBytes(4).toString('hex')}`, prune: false, onDrift: 'fail' }
  const apply = await measure(counter, async () => {
    const outcome = await planPaths([dir], client, options)
    if (!outcome.ok) throw new Error(`bench corpus is invalid: ${outcome.diagnostics[0]?.message}`)
    const failed = (await applyPlan(outcome.plan, client, { saved: false })).find(
      (r) => r.status === 'failed',
    )
    if (failed) throw new Error(`${failed.key}: ${failed.error}`)
  })
  let changed = false
  const noop = await measure(counter, async () => {
    changed = hasChanges((await planPaths([dir], client, options)).plan)
  })
  if (changed) throw new Error(`${dir}: the plan after apply is not empty`)
  return { apply, noop }
}

async function signIn(baseUrl, hint) {
  const session = await login({
    baseUrl,
    idp: 'tmi',
    loginHint: hint,
    openUrl: () => Promise.reject(new Error('the development provider needs no browser')),
  })
  return session.access_token
}

function corpora(root, owner) {
  const fixtures = join(root, 'fixtures')
  cpSync(FIXTURES, fixtures, { recursive: true })
  const acl = join(fixtures, 'features/authorization-and-metadata.tm.yaml')
  writeFileSync(
    acl,
    readFileSync(acl, 'utf8')
      .replace('provider: google', 'provider: tmi')
      .replace('provider_id: alice@example.com', `provider_id: ${owner}`),
  )
  const large = join(root, 'threats-200')
  mkdirSync(large, { recursive: true })
  writeFileSync(
    join(large, 'm.tm.yaml'),
    stringify(generateModel({ key: 'bench-200', name: `Bench 200 threats`, threats: 200, seed: 7 })),
  )
  return { fixtures, large }
}

async function series(baseUrl, token, dir) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await firstApplyAndNoOp(baseUrl, token, dir))
  const med = (pick) => median(runs.map(pick))
  return {
    apply: { requests: runs[0].apply.requests, ms: med((r) => r.apply.ms) },
    noop: { requests: runs[0].noop.requests, ms: med((r) => r.noop.ms) },
  }
}

export async function benchLive() {
  const url = (process.env.TMI_LIVE_URL ?? '').replace(/\/+$/, '')
  if (!url) {
    console.log(
      'skipped: TMI_LIVE_URL is not set (a TMI server to measure against; README, "Verified against TMI")',
    )
    return true
  }
  const root = mkdtempSync(join(tmpdir(), 'tmi-sync-bench-live-'))
  const owner = `bo-${randomBytes(3).toString('hex')}`
  const emulator = await startEmulator({
    users: [`tmi:${owner}`],
    groups: ['tmi:security-champions'],
    faults: { rateLimitPerMinute: 1_000_000 },
  })
  try {
    // The fixtures' group must exist on the server: the live suite's administrator made it.
    const realToken = await signIn(url, `bb-${randomBytes(3).toString('hex')}`)
    await signIn(url, owner)
    const emulatorToken = await signIn(emulator.url, `bb-${randomBytes(3).toString('hex')}`)
    const { fixtures, large } = corpora(root, owner)
    let ok = true
    for (const [label, dir] of [
      ['the fixtures (7 models)', fixtures],
      ['one model × 200 threats', large],
    ]) {
      const real = await series(url, realToken, dir)
      const emulated = await series(emulator.url, emulatorToken, dir)
      for (const step of ['apply', 'noop']) {
        const name = step === 'apply' ? 'first apply' : 'no-op plan'
        ok =
          report(
            `${label}: ${name}`,
            `TMI ${real[step].requests} requests, ${(real[step].ms / 1000).toFixed(2)} s · emulator ${emulated[step].requests} requests, ${(emulated[step].ms / 1000).toFixed(2)} s`,
            { ok: real[step].requests === emulated[step].requests, text: 'the same requests on both' },
          ) && ok
      }
    }
    return ok
  } finally {
    await emulator.close()
    rmSync(root, { recursive: true, force: true })
  }
}

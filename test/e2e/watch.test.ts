import { spawn, type ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { WatchSession } from '../../src/engine/watch/session.js'
import { emulatorWithClient } from '../helpers/emulator.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

type Event = Record<string, any> & { type: string }
const validEvent = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(`${PROJECT}schemas/watch-event.schema.json`, 'utf8')) as object,
)

const running: Array<() => Promise<void>> = []
afterEach(async () => {
  while (running.length > 0) await running.pop()?.()
})

/** `tmi-sync watch … --format json` as a child: its events as they come, each checked by the schema. */
function watch(args: string[], env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [`${PROJECT}bin/tmi-sync.js`, 'watch', ...args, '--format', 'json'],
    {
      env: { ...process.env, NO_COLOR: '1', TMI_CREDENTIALS_FILE: join(tmpdir(), 'no-session'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const events: Event[] = []
  let seen = 0
  let stderr = ''
  let buffer = ''
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    buffer += s
    const lines = buffer.split('\n')
    buffer = lines.pop() as string
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const event = JSON.parse(line) as Event
      if (!validEvent(event)) throw new Error(`event off its schema: ${line}`)
      events.push(event)
    }
  })
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)))
  running.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL')
    await exited
  })
  return {
    child,
    exited,
    stderr: () => stderr,
    /** The next events after the ones already taken, up to and including the first that `done` accepts. */
    async until(done: (e: Event) => boolean, ms = 15_000): Promise<Event[]> {
      const end = Date.now() + ms
      for (;;) {
        const i = events.findIndex((e, k) => k >= seen && done(e))
        if (i >= 0) {
          const taken = events.slice(seen, i + 1)
          seen = i + 1
          return taken
        }
        if (Date.now() > end)
          throw new Error(`timed out; events: ${JSON.stringify(events.slice(seen))}\n${stderr}`)
        await new Promise((r) => setTimeout(r, 20))
      }
    },
    /** Events after the last taken, once nothing more comes for `quietMs`. */
    async settle(quietMs = 600): Promise<Event[]> {
      let count = events.length
      for (;;) {
        await new Promise((r) => setTimeout(r, quietMs))
        if (events.length === count) break
        count = events.length
      }
      const taken = events.slice(seen)
      seen = events.length
      return taken
    },
  }
}

async function emulator(): Promise<RunningEmulator> {
  const e = await startEmulator({
    tokens: ['watch-token'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
    faults: { rateLimitPerMinute: 1_000_000 },
  })
  running.push(() => e.close())
  return e
}

const model = (name: string, extra = '') => `tmi_sync: 1\nkey: payments\nname: ${name}\n${extra}`
const writes = (e: RunningEmulator) => e.log.filter((r) => r.method !== 'GET').length

describe('tmi-sync watch (the binary, real file-system events)', () => {
  it('plans on start and on each save, applies with --apply, and never sends an invalid save', async () => {
    const tmi = await emulator()
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    const file = join(dir, 'payments.tm.yaml')
    writeFileSync(file, model('Payments'))
    const w = watch([dir, '--apply', '--refresh', '0'], { TMI_URL: tmi.url, TMI_TOKEN: 'watch-token' })
    const start = await w.until((e) => e.type === 'applied')
    expect(start.map((e) => e.type)).toEqual(['validated', 'planned', 'applied'])
    expect(start[1]).toMatchObject({ key: 'payments', summary: { create: 1 } })

    await w.settle()
    writeFileSync(file, model('Payments API'))
    const edit = await w.until((e) => e.type === 'applied')
    expect(edit.map((e) => e.type)).toEqual(['validated', 'planned', 'applied'])
    expect(edit[1]?.changes).toEqual(['~ threat_model payments'])
    // What the apply left is told from its answers: no reading of TMI follows its last write.
    await w.settle()
    const lastWrite = tmi.log.findLastIndex((r) => r.method !== 'GET')
    expect(tmi.log.slice(lastWrite + 1).map((r) => `${r.method} ${r.path}`)).toEqual([])

    // Invalid: a located error, and nothing sent to TMI (once the reading after the apply is done).
    await w.settle()
    const before = tmi.log.length
    writeFileSync(file, model('Payments API', 'threats:\n  - key: t\n    name: T\n    asset: nope\n'))
    const [invalid] = await w.until((e) => e.type === 'validated')
    expect(invalid).toMatchObject({
      valid: false,
      diagnostics: [{ rule: 'ref.unknown-asset', line: 7, col: 12 }],
    })
    expect(await w.settle()).toEqual([])
    expect(tmi.log.length).toBe(before)

    // A burst of saves, and an editor's atomic save (a temporary file renamed over it): one result each.
    for (let i = 0; i < 5; i++) writeFileSync(file, model(`Payments ${i}`))
    const burst = await w.until((e) => e.type === 'applied')
    expect(burst.filter((e) => e.type === 'planned')).toHaveLength(1)
    expect(await w.settle()).toEqual([])
    writeFileSync(join(dir, '.payments.tm.yaml.swp'), model('Payments atomic'))
    renameSync(join(dir, '.payments.tm.yaml.swp'), file)
    const atomic = await w.until((e) => e.type === 'applied')
    expect(atomic.filter((e) => e.type === 'planned')).toHaveLength(1)
    expect([...tmi.store.models.values()].filter((m) => !m.deleted_at).map((m) => m.data.name)).toEqual([
      'Payments atomic',
    ])

    // Renamed, then deleted: the model follows its file; a delete is reported, nothing is deleted in TMI.
    renameSync(file, join(dir, 'renamed.tm.yaml'))
    const renamed = await w.until((e) => e.type === 'planned')
    expect(renamed.at(-1)).toMatchObject({ key: 'payments', summary: { create: 0, update: 0 } })
    await w.settle()
    const writesBefore = writes(tmi)
    rmSync(join(dir, 'renamed.tm.yaml'))
    const [deleted] = await w.until((e) => e.type === 'validated')
    expect(deleted).toMatchObject({ deleted: true })
    expect(writes(tmi)).toBe(writesBefore)
  })

  it('survives TMI going away, and carries on once it is back', async () => {
    const tmi = await emulator()
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    const file = join(dir, 'payments.tm.yaml')
    writeFileSync(file, model('Payments'))
    const w = watch([dir, '--refresh', '0'], {
      TMI_URL: tmi.url,
      TMI_TOKEN: 'watch-token',
      TMI_SYNC_TIMEOUT: '1',
    })
    await w.until((e) => e.type === 'planned')
    tmi.faults.failMatching.push({ method: 'GET', path: '/threat_models', status: 'reset', times: 1_000 })
    writeFileSync(file, model('Payments API'))
    const [error] = (await w.until((e) => e.type === 'error', 30_000)).filter((e) => e.type === 'error')
    expect(error?.message).toMatch(/threat_models/)
    tmi.faults.failMatching.length = 0
    writeFileSync(file, model('Payments API v2'))
    const after = await w.until((e) => e.type === 'planned')
    expect(after.at(-1)).toMatchObject({ key: 'payments', summary: { create: 1 } })
    expect(w.child.exitCode).toBe(null)
  })

  it('stops on SIGINT only after the apply in flight, and says so', async () => {
    const tmi = await emulator()
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    copyFileSync(`${PROJECT}fixtures/large/online-bank.tm.yaml`, join(dir, 'online-bank.tm.yaml'))
    tmi.faults.latencyMs = 20
    const w = watch([dir, '--apply', '--refresh', '0'], { TMI_URL: tmi.url, TMI_TOKEN: 'watch-token' })
    await w.until((e) => e.type === 'planned')
    // The apply of 120 threats at 20 ms a request is in flight: stop now.
    w.child.kill('SIGINT')
    const end = await w.until((e) => e.type === 'stopped', 60_000)
    expect(end.map((e) => e.type)).toEqual(['applied', 'stopped'])
    expect(await w.exited).toBe(0)
  })

  it('follows a rename whose add is seen before its delete: one model, planned, never a duplicate', async () => {
    const { emulator: tmi, client } = await emulatorWithClient()
    running.push(() => tmi.close())
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    writeFileSync(join(dir, 'a.tm.yaml'), model('Payments'))
    const session = new WatchSession([dir], client, {
      source: 'default',
      prune: false,
      onDrift: 'fail',
      apply: true,
    })
    await session.start()
    renameSync(join(dir, 'a.tm.yaml'), join(dir, 'b.tm.yaml'))
    // The watcher reports the new name first; the old one's delete comes in a later batch, if at all.
    const events = await session.changed([join(dir, 'b.tm.yaml')])
    expect(
      events.map((e) => [e.type, 'file' in e ? e.file.replace(dir, '') : '', 'valid' in e ? e.valid : '']),
    ).toEqual([
      ['validated', '/a.tm.yaml', true],
      ['validated', '/b.tm.yaml', true],
      ['planned', '/b.tm.yaml', ''],
    ])
    expect(await session.changed([join(dir, 'a.tm.yaml')])).toEqual([])
  })

  it('keeps, on a terminal, one status line redrawn in place under the events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    writeFileSync(join(dir, 'a.tm.yaml'), model('Payments'))
    // script(1) gives the watcher a terminal, as a person running it has.
    const command = `"${process.execPath}" "${PROJECT}bin/tmi-sync.js" watch "${dir}" --refresh 0`
    const child = spawn('script', ['-qfc', command, '/dev/null'], {
      env: { ...process.env, TMI_URL: '', NO_COLOR: '1', TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    running.push(async () => {
      child.kill('SIGKILL')
      await new Promise((r) => setTimeout(r, 50))
    })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s))
    const waitFor = async (text: string) => {
      const end = Date.now() + 15_000
      while (!out.includes(text)) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${text}: ${JSON.stringify(out)}`)
        await new Promise((r) => setTimeout(r, 20))
      }
    }
    await waitFor('⟳ 1 file')
    writeFileSync(
      join(dir, 'a.tm.yaml'),
      model('Payments', 'threats:\n  - key: t\n    name: T\n    asset: nope\n'),
    )
    await waitFor('1 invalid')
    // Each event clears the status line first, then the status comes back under it.
    expect(out).toContain('\r\x1b[K')
    expect(out).toMatch(/invalid: nothing sent\r?\n⟳ 1 file, 1 invalid/)
  })

  it('plans a save at once from what TMI held, then reads TMI again and says so only if it moved', async () => {
    const { emulator: tmi, client } = await emulatorWithClient()
    running.push(() => tmi.close())
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    const file = join(dir, 'a.tm.yaml')
    writeFileSync(file, model('Payments'))
    const seen: Array<{ event: Event; requests: number }> = []
    const session = new WatchSession([dir], client, {
      source: 'default',
      prune: false,
      onDrift: 'fail',
      apply: true,
      emit: (event) => seen.push({ event, requests: tmi.log.length }),
    })
    await session.start()
    seen.length = 0
    const before = tmi.log.length
    writeFileSync(file, model('Payments API'))
    await session.changed([file])
    // The plan came before any request; then one reading (by id), the apply, and a reading after it.
    expect(seen.map((s) => [s.event.type, s.requests === before])).toEqual([
      ['validated', true],
      ['planned', true],
      ['applied', false],
    ])
    expect(tmi.log.slice(before).some((r) => r.method === 'GET' && r.path === '/threat_models')).toBe(false)
    // Someone renames it in TMI; the next save's first plan cannot know, the second one does.
    const id = String(seen[2]?.event.threat_model_id)
    await client.patchThreatModel(id, [{ op: 'replace', path: '/name', value: 'Renamed in TMI' }])
    seen.length = 0
    writeFileSync(file, model('Payments API', 'description: Card payments\n'))
    await session.changed([file])
    expect(seen.map((s) => s.event.type)).toEqual(['validated', 'planned', 'drift', 'planned', 'error'])
    expect(seen[3]?.event).toMatchObject({ summary: { conflict: 1 } })
    // And it is not overwritten: --on-drift is fail.
    expect(seen[4]?.event.message).toContain('shown, not overwritten')
    expect((await client.getThreatModel(id)).name).toBe('Renamed in TMI')
  })

  it("takes Threat Dragon's own saves of its JSON, in the folder it keeps its models in", async () => {
    if (!sharedAvailable(TD_MODELS)) return
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-watch-'))
    const folder = join(dir, 'ThreatDragonModels', 'Demo')
    mkdirSync(folder, { recursive: true })
    const w = watch([dir, '--refresh', '0'], { TMI_URL: '' })
    await w.settle()
    // Threat Dragon writes the whole file in place when a model is saved.
    const saved = readFileSync(`${TD_MODELS}v2-threat-model.json`, 'utf8')
    writeFileSync(join(folder, 'Demo.json'), saved)
    const [first] = await w.until((e) => e.type === 'validated')
    expect(first).toMatchObject({ file: join(folder, 'Demo.json'), valid: true })
    writeFileSync(join(folder, 'Demo.json'), saved.replace(/"title": "[^"]*"/, '"title": "Demo, renamed"'))
    const [second] = await w.until((e) => e.type === 'validated')
    expect(second).toMatchObject({ file: join(folder, 'Demo.json'), valid: true })
  })
})

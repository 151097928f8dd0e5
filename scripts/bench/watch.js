// tmi-sync watch: from saving a 1 MB model to its `planned` event, through real file-system events,
// against the emulator in its own process (as a TMI server is); and TMI requests per save.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { staticToken, TmiClient } from '../../dist/index.js'
import { startWatcher } from '../../dist/watch/watch.js'
import { generateModel } from '../generate-model.js'
import { median, report } from './stats.js'

const SAVES = 10

export async function benchWatch() {
  const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-bench-watch-'))
  const bin = fileURLToPath(new URL('../../bin/tmi-sync.js', import.meta.url))
  const emulator = spawn(
    process.execPath,
    [bin, 'emulator', '--port', '0', '--token', 'bench', '--rate-limit', '100000000'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const url = await new Promise((resolve) =>
    emulator.stdout.once('data', (c) => resolve(String(c).split('\n')[0].trim())),
  )
  let requests = 0
  try {
    const model = generateModel({ key: 'big', name: 'Big', threats: 2300, seed: 3 })
    const file = join(dir, 'big.tm.yaml')
    const text = stringify(model, { lineWidth: 100 })
    writeFileSync(file, text)
    const client = new TmiClient({ baseUrl: url, auth: staticToken('bench'), onResponse: () => requests++ })
    let waiting
    const watcher = startWatcher([dir], client, {
      source: 'bench',
      prune: false,
      onDrift: 'fail',
      apply: true,
      refreshMs: 0,
      emit: (event) => {
        if (event.type === 'applied' || event.type === 'planned') waiting?.(event)
      },
    })
    await watcher.ready
    await new Promise((r) => setTimeout(r, 500))
    const times = []
    const perSave = []
    for (let i = 0; i < SAVES; i++) {
      const before = requests
      const planned = new Promise((resolve) => {
        waiting = (e) => e.type === 'planned' && resolve(performance.now())
      })
      const start = performance.now()
      writeFileSync(file, text.replace('description: ', `description: Save ${i}. `))
      times.push((await planned) - start)
      // Let the apply that follows finish before the next save.
      await new Promise((r) => setTimeout(r, 400))
      perSave.push(requests - before)
    }
    await watcher.close()
    const ms = median(times)
    const worst = Math.max(...times)
    const ok = report(
      `save → planned, ${(text.length / 1024 / 1024).toFixed(1)} MB model (${SAVES} saves)`,
      `median ${ms.toFixed(0)} ms, worst ${worst.toFixed(0)} ms`,
      { ok: ms < 150 && worst < 200, text: 'median < 150 ms, worst < 200 ms' },
    )
    report('TMI requests per save (plan, and apply of one change)', `${median(perSave)}`)
    return ok
  } finally {
    emulator.kill()
    rmSync(dir, { recursive: true, force: true })
  }
}

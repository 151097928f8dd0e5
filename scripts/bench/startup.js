// Start-up: every command pays it before doing anything, and watch, the Action and a CI matrix pay
// it many times. Each command is run as a whole process beside `node -e 0` (the floor: Node's own
// start), in turn, and the ratio taken pair by pair so that a drifting machine does not move it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median, report } from './stats.js'

const BIN = fileURLToPath(new URL('../../bin/tmi-sync.js', import.meta.url))
const SMALL = fileURLToPath(new URL('../../fixtures/small/payments-api.tm.yaml', import.meta.url))
const PAIRS = 15

function wall(args) {
  const started = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 200)}`)
  return ms
}

function paired(args) {
  wall(args) // warm the file cache
  wall(['-e', '0'])
  const ratios = []
  const times = []
  for (let i = 0; i < PAIRS; i++) {
    const a = wall(args)
    const b = wall(['-e', '0'])
    times.push(a)
    ratios.push(a / b)
  }
  return { ms: median(times), ratio: median(ratios) }
}

export function benchStartup() {
  const version = paired([BIN, '--version'])
  let ok = report(
    'tmi-sync --version',
    `median ${version.ms.toFixed(0)} ms, ×${version.ratio.toFixed(2)} node -e 0`,
    {
      ok: version.ratio <= 1.5,
      text: '≤ ×1.5 node -e 0',
    },
  )
  const validate = paired([BIN, 'validate', SMALL])
  ok =
    report(
      'tmi-sync validate (one small file)',
      `median ${validate.ms.toFixed(0)} ms, ×${validate.ratio.toFixed(2)} node -e 0`,
      {
        ok: validate.ratio <= 2,
        text: '≤ ×2 node -e 0',
      },
    ) && ok
  return ok
}

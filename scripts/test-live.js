#!/usr/bin/env node
// `npm run test:live`: the live suite against the TMI server at TMI_LIVE_URL (README, "Verified
// against TMI"). Without it, one line says the suite was skipped and why; CI runs the emulator suite.
import { spawnSync } from 'node:child_process'

if (!process.env.TMI_LIVE_URL) {
  console.log(
    'test:live skipped: TMI_LIVE_URL is not set (the URL of a TMI server to run against; see README, "Verified against TMI")',
  )
  process.exit(0)
}
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.live.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(vitest.status ?? 1)

// Preloaded into a tmi-sync process by the bench (node --import): on exit, what the whole process
// used (every thread: the validation workers too), written where TMI_SYNC_BENCH_USAGE says.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env.TMI_SYNC_BENCH_USAGE
  if (!file) return
  const u = process.resourceUsage()
  writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }))
})

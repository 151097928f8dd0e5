// `npm run bench`: performance targets live here, not in timed tests. Medians, 2-core machine.
import { benchAddon } from './bench/addon.js'
import { benchClient } from './bench/client.js'
import { benchLive } from './bench/live.js'
import { benchProviders } from './bench/providers.js'
import { benchReconcile } from './bench/reconcile.js'
import { benchScheduledSync } from './bench/scheduled-sync.js'
import { benchStartup } from './bench/startup.js'
import { benchValidation } from './bench/validate.js'
import { benchWatch } from './bench/watch.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The desired-model cache of every run here is the bench's own (the no-op plans at scale make a
// fresh one of theirs), never the user's.
const ownCache = process.env.TMI_SYNC_CACHE_DIR
  ? undefined
  : mkdtempSync(join(tmpdir(), 'tmi-sync-bench-cache-'))
if (ownCache) process.env.TMI_SYNC_CACHE_DIR = ownCache

console.log('# Start-up')
const startup = benchStartup()
console.log('\n# Validation')
const validation = await benchValidation()
console.log('\n# TMI client and emulator')
const client = await benchClient()
console.log('\n# plan + apply vs a per-item baseline')
const reconcile = await benchReconcile()
console.log('\n# Reading 2,000 model files, per provider')
const providers = await benchProviders()
console.log('\n# The addon service and apply --via-addon')
const addon = await benchAddon()
console.log('\n# tmi-sync watch')
const watch = await benchWatch()
console.log('\n# tmi-sync sync: an organisation of repositories, first sync and nightly no-op')
const scheduled = await benchScheduledSync()
console.log('\n# The same, against a real TMI server (TMI_LIVE_URL) and the emulator')
const live = await benchLive()
if (ownCache) rmSync(ownCache, { recursive: true, force: true })
if (!startup || !validation || !client || !reconcile || !providers || !addon || !watch || !scheduled || !live)
  process.exitCode = 1

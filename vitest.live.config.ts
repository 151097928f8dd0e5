import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

// The live suite (`npm run test:live`): one real TMI server, scenarios in the order a user meets them.
export default defineConfig({
  test: {
    include: ['test/live/**/*.live.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // As in vitest.config.ts: the binary's desired-model cache is the suite's own.
    env: { TMI_SYNC_CACHE_DIR: join(tmpdir(), `tmi-sync-live-cache-${process.pid}`) },
  },
})

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The binary keeps desired models in a cache: a run of the suite keeps its own, not the user's.
    env: { TMI_SYNC_CACHE_DIR: join(tmpdir(), `tmi-sync-test-cache-${process.pid}`) },
  },
})

import { defineConfig } from 'vitest/config'

// The live suite (`npm run test:live`): one real TMI server, scenarios in the order a user meets them.
export default defineConfig({
  test: {
    include: ['test/live/**/*.live.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})

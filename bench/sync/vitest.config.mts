// Runs the sync bench's measurement (src/renderer/src/lib/sync/sync.measure.ts) with the unit
// tests' aliases and fake-indexeddb, and nothing else.
import { defineConfig } from 'vitest/config'
import base from '../../vitest.config.mjs'

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/renderer/src/lib/sync/*.measure.ts'],
    testTimeout: 3_600_000
  }
})

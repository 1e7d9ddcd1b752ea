import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  resolve: {
    conditions: ['browser'],
    alias: {
      '@core': fileURLToPath(new URL('./src/core', import.meta.url)),
      '@shared': fileURLToPath(new URL('./src/shared', import.meta.url))
    }
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'build/**/*.test.ts',
      'bench/**/*.test.ts'
    ],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    reporters: process.env.NEWSDECK_TEST_REPORT
      ? ['default', ['json', { outputFile: process.env.NEWSDECK_TEST_REPORT }]]
      : ['default']
  }
})

import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive Debian's Chromium (never a browser Playwright downloads) against the
 * web build served by `vite preview`. The Electron spec launches Electron itself and skips,
 * saying why, where the Electron binary is not installed.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.NEWSDECK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
}

const report = process.env.NEWSDECK_E2E_REPORT
// The web build's port; NEWSDECK_PORT (or NEWSDECK_E2E_PORT) moves it so two checkouts on
// one machine can test side by side: with `reuseExistingServer` outside CI, these tests would
// otherwise run against the other checkout's build.
const port = Number(process.env.NEWSDECK_PORT ?? process.env.NEWSDECK_E2E_PORT ?? 4173)
const origin = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Room for a first launch that waits up to a minute for the bundled article (e2e/support.ts).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: report ? [['list'], ['json', { outputFile: report }]] : [['list']],
  use: {
    baseURL: origin,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
    // Selecting a sentence scrolls the article; with motion it glides, and a control clicked
    // during the glide may have moved from under the pointer when the click lands (seen once, on
    // "Show all", in a clean-clone run on a loaded machine). The tests read the app as a user who
    // asked for less motion does, which the reader honours (ArticleText.test.ts).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure'
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})

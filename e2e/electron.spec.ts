import { readFileSync } from 'node:fs'
import { _electron, expect, test } from '@playwright/test'
import type { NewsdeckApi } from '../src/shared/ipc'
import { electronBinaryPath } from '../scripts/electron-binary.mjs'
import { BUNDLED_TITLE, cardCountOf } from './support'

/**
 * The desktop app itself: first launch in a real Electron window, with the preload's API in
 * place and nothing of Node's leaking into the page. Needs `npx electron-vite build` first
 * (npm test builds before the e2e step). The playwright config's web server starts too; it is
 * unused here and harmless.
 */
// Asked without loading the `electron` package, whose index.js would try to download the binary.
const electron = electronBinaryPath()

test.skip(
  !electron,
  'Electron binary not installed: it downloads from GitHub on first use, which this machine cannot reach; the same checks run against the web build in Chromium'
)

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

test('first launch shows the library with the bundled article in a locked-down window', async () => {
  const app = await _electron.launch({
    executablePath: electron ?? undefined,
    args: ['out/main/index.js']
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
    expect(await cardCountOf(page, BUNDLED_TITLE)).toBeGreaterThanOrEqual(12)
    expect(await page.title()).toBe('Newsdeck')

    // The preload's named methods are there; Node and ipcRenderer are not.
    const exposed = await page.evaluate(() => {
      const g = globalThis as { api?: NewsdeckApi; require?: unknown; process?: unknown }
      return {
        api: Object.keys(g.api ?? {}).sort(),
        node: typeof g.require !== 'undefined' || typeof g.process !== 'undefined'
      }
    })
    expect(exposed).toEqual({
      api: ['appVersion', 'onMenuCommand', 'openArticleFile', 'saveFile', 'writeBackup'],
      node: false
    })
    expect(await page.evaluate(() => (globalThis as { api?: NewsdeckApi }).api?.appVersion())).toBe(
      version
    )

    // One window only (window.test.ts pins its webPreferences; Electron offers no getter).
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

    // A page cannot take the window elsewhere.
    await page.evaluate(() => {
      ;(globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/'
    })
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
    expect(page.url()).toMatch(/^file:.*\/out\/renderer\/index\.html/)
  } finally {
    await app.close()
  }
})

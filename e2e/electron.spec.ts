import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { NewsdeckApi } from '../src/shared/ipc'
import { electronBinaryPath } from '../scripts/electron-binary.mjs'
import { BUNDLED_TITLE, cardCountOf } from './support'

/**
 * The desktop app itself, in a real Electron window: launch, the menu, import through the
 * (stubbed) open dialog and through "Open with", a backup written to userData, and the window
 * state after a relaunch. Needs `npx electron-vite build` first (npm test builds before the e2e
 * step). Each test runs on a profile of its own (NEWSDECK_USER_DATA, read only by an unpackaged
 * app). The playwright config's web server starts too; it is unused here and harmless.
 */
// Asked without loading the `electron` package, whose index.js would try to download the binary.
/**
 * Every method the preload exposes, and nothing else. The type below fails to compile when the
 * API grows a method this list lacks, so the list cannot fall behind the contract unseen.
 */
const API_KEYS = [
  'appVersion',
  'chooseSyncFolder',
  'copyText',
  'fitFsrsParameters',
  'fsrsNativeAvailable',
  'keepSyncPassword',
  'keptSyncPassword',
  'onFitProgress',
  'onFlushRequest',
  'onMainError',
  'onMenuCommand',
  'onOpenedFile',
  'openArticleFile',
  'printToPdf',
  'reportError',
  'saveFile',
  'saveStreamClose',
  'saveStreamOpen',
  'saveStreamWrite',
  'syncFolderDevices',
  'syncFolderList',
  'syncFolderRead',
  'syncFolderWrite',
  'writeBackup'
] as const satisfies ReadonlyArray<keyof NewsdeckApi>
type Unlisted = Exclude<keyof NewsdeckApi, (typeof API_KEYS)[number]>
const everyKeyListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyKeyListed

const electron = electronBinaryPath()

test.skip(
  !electron,
  'Electron binary not installed: it downloads from GitHub on first use, which this machine cannot reach; the same screens are tested against the web build in Chromium, and src/main is unit-tested with Electron mocked'
)

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
const HARBOUR = resolve('e2e/fixtures/harbour-bridge.txt')
const HARBOUR_TITLE = 'Harbour city approves new tram line after year-long debate'

let profile: string
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'newsdeck-electron-'))
})
test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true })
})

function env(): Record<string, string> {
  const vars: Record<string, string> = { NEWSDECK_USER_DATA: profile }
  for (const [key, value] of Object.entries(process.env)) {
    // Inherited, this would make the binary behave as plain Node.
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') vars[key] = value
  }
  return vars
}

async function launch(...files: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: electron ?? undefined,
    args: ['out/main/index.js', ...files],
    env: env()
  })
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
  return { app, page }
}

/** Clicks a menu item by its id, as the user would from the menu bar. */
async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
    if (!item) throw new Error(`no menu item ${itemId}`)
    item.click()
  }, id)
}

test('first launch shows the library from app:// in a locked-down window', async () => {
  const { app, page } = await launch()
  try {
    expect(await cardCountOf(page, BUNDLED_TITLE)).toBeGreaterThanOrEqual(12)
    expect(await page.title()).toBe('Newsdeck')
    expect(page.url()).toMatch(/^app:\/\/newsdeck\/index\.html(#.*)?$/)

    // The preload's named methods are there; Node and ipcRenderer are not.
    const exposed = await page.evaluate(() => {
      const g = globalThis as { api?: NewsdeckApi; require?: unknown; process?: unknown }
      return {
        api: Object.keys(g.api ?? {}).sort(),
        node: typeof g.require !== 'undefined' || typeof g.process !== 'undefined'
      }
    })
    expect(exposed).toEqual({
      api: [...API_KEYS].sort(),
      node: false
    })
    expect(await page.evaluate(() => (globalThis as { api?: NewsdeckApi }).api?.appVersion())).toBe(
      version
    )

    // The app:// responses carry the CSP; a path outside the app folder is refused.
    const probe = await page.evaluate(async () => {
      const own = await fetch('app://newsdeck/index.html')
      const escape = await fetch('app://newsdeck/..%2f..%2f..%2fpackage.json')
      return { csp: own.headers.get('content-security-policy'), escape: escape.status }
    })
    expect(probe.csp).toContain("script-src 'self'")
    expect(probe.escape).toBe(403)

    // One window only (window.test.ts pins its webPreferences; Electron offers no getter).
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

    // A page cannot take the window elsewhere, nor open a link without a click.
    await page.evaluate(() => {
      ;(globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/'
    })
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/newsdeck\/index\.html/)

    // The log file is in the profile's logs folder, with this start in it.
    const log = readFileSync(join(profile, 'logs', 'main.log'), 'utf8')
    expect(log).toContain(`Newsdeck ${version} starting`)
  } finally {
    await app.close()
  }
})

test('the menu has File, Edit, View, Study, Window and Help, and its commands work', async () => {
  const { app, page } = await launch()
  try {
    const menus = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label,
        items: (item.submenu?.items ?? []).map((sub) => sub.label).filter(Boolean)
      }))
    )
    const labels = menus.map((m) => m.label.replace('&', ''))
    expect(labels).toEqual(
      process.platform === 'darwin'
        ? ['Newsdeck', 'File', 'Edit', 'View', 'Study', 'Window', 'Help']
        : ['File', 'Edit', 'View', 'Study', 'Window', 'Help']
    )
    const file = menus.find((m) => m.label.replace('&', '') === 'File')
    expect(file?.items).toEqual(
      expect.arrayContaining(['Import article…', 'Export', 'Back up now', 'Open backups folder'])
    )
    await clickMenu(app, 'go-stats')
    await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
    await clickMenu(app, 'about')
    await expect(page.getByRole('dialog')).toContainText(`Version ${version}`)
  } finally {
    await app.close()
  }
})

test('File › Import article… reads the file picked in the dialog into the import preview', async () => {
  const { app, page } = await launch()
  try {
    // Stub the native dialog: it cannot be driven from a test.
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (() =>
        Promise.resolve({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog
    }, HARBOUR)
    await clickMenu(app, 'import-article')
    await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
    await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
    await expect(page.getByTestId('import-result')).toBeVisible()
  } finally {
    await app.close()
  }
})

test('a .txt file opened with Newsdeck, at start or on a second launch, goes to the preview', async () => {
  const { app, page } = await launch(HARBOUR)
  try {
    await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
    await page.getByRole('link', { name: 'Library' }).first().click()

    // A second launch with a file hands it to this window and exits.
    const second = spawn(electron!, ['out/main/index.js', HARBOUR], { env: env() })
    const code = await new Promise<number | null>((done) => second.on('exit', done))
    expect(code).toBe(0)
    await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  } finally {
    await app.close()
  }
})

test('File › Back up now writes a backup into userData/backups', async () => {
  const { app, page } = await launch()
  try {
    await clickMenu(app, 'backup-now')
    await expect(page.getByTestId('app-notice')).toContainText('Backup saved to')
    const dir = join(profile, 'backups')
    const names = readdirSync(dir)
    expect(names).toEqual([expect.stringMatching(/^newsdeck-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/)])
    const bytes = readFileSync(join(dir, names[0]!))
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
  } finally {
    await app.close()
  }
})

test('the window reopens where it was left, and maximised if it was', async () => {
  const bounds = { x: 64, y: 48, width: 1000, height: 700 }
  let { app } = await launch()
  await app.evaluate(
    ({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0]?.setBounds(b),
    bounds
  )
  await app.close()
  expect(existsSync(join(profile, 'window-state.json'))).toBe(true)

  ;({ app } = await launch())
  try {
    const restored = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]
      return win ? { bounds: win.getBounds(), maximized: win.isMaximized() } : null
    })
    expect(restored).toEqual({ bounds, maximized: false })
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.maximize())
  } finally {
    await app.close()
  }

  ;({ app } = await launch())
  try {
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMaximized())
      )
      .toBe(true)
  } finally {
    await app.close()
  }
})

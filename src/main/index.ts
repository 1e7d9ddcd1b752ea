/**
 * Newsdeck's Electron entry: one window, locked down, with a menu and a few IPC handlers.
 * Each concern lives in its own setupX() module; this file only orders them.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, screen, shell } from 'electron'
import { flushBeforeClose } from './close-flush'
import { IPC } from '../shared/ipc'
import type { ErrorReport } from '../shared/error-report'
import { APP_INDEX_URL } from './app-protocol'
import { readArticleFile } from './files'
import { readLastBackupDay } from './backups'
import { backupsDir, setupIpcHandlers } from './ipc-handlers'
import { log, logRendererError, logsFolder, setupLogging } from './logging'
import { setupMenu } from './menu'
import { articlePathsFromArgv, OpenedFiles } from './open-with'
import { registerAppScheme, setupAppProtocol } from './protocol'
import { appLocation } from './security'
import {
  createMainWindow,
  lockDownContents,
  setupSessionSecurity,
  trackWindowState
} from './window'
import { initialBounds, loadWindowState, saveWindowState } from './window-state'

// The Playwright suite runs each launch on its own profile; a packaged app never reads this.
const testUserData = app.isPackaged ? undefined : process.env.NEWSDECK_USER_DATA
if (testUserData) app.setPath('userData', testUserData)

const paths = {
  preload: join(__dirname, '../preload/index.js'),
  renderer: join(__dirname, '../renderer')
}
// electron-vite sets ELECTRON_RENDERER_URL only for `electron-vite dev`; a packaged app never
// loads a URL from the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const location = appLocation(devUrl, APP_INDEX_URL)
const windowStateFile = (): string => join(app.getPath('userData'), 'window-state.json')

let mainWindow: BrowserWindow | null = null
const getMainWindow = (): BrowserWindow | null => mainWindow
const openedFiles = new OpenedFiles()

/** Set when the user quits: a close held for the renderer's flush cancels the quit, so redo it. */
let quitting = false

function openMainWindow(): void {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const win = createMainWindow(
    location,
    paths,
    initialBounds(loadWindowState(windowStateFile()), workAreas)
  )
  trackWindowState(win, (state) => {
    try {
      saveWindowState(windowStateFile(), state)
    } catch (error) {
      log.warn(`Could not remember the window's size and position: ${String(error)}`)
    }
  })
  // Answers still being stored are flushed before the window goes away.
  flushBeforeClose(win, ipcMain, () => {
    if (quitting) app.quit()
  })
  // A reload or a closed window stops listening; opened files wait until it listens again.
  win.webContents.on('did-start-loading', () => openedFiles.notReady())
  win.on('closed', () => {
    openedFiles.notReady()
    mainWindow = null
  })
  mainWindow = win
}

function focusMainWindow(): void {
  // A second launch can arrive before this one is ready; whenReady() opens the window then.
  if (!app.isReady()) return
  if (!mainWindow) return openMainWindow()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function notifyRenderer(report: ErrorReport): void {
  const win = mainWindow
  if (win && !win.isDestroyed()) win.webContents.send(IPC.mainError, report)
}

async function openFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const failure = await shell.openPath(dir)
  if (failure) log.warn(`Could not open ${dir}: ${failure}`)
}

const argvContext = (cwd: string) => ({ cwd, defaultApp: process.defaultApp === true })

// A second launch hands over to the running app instead of opening a second copy of the
// library, whose two windows would write the same IndexedDB.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  setupLogging(notifyRenderer)
  registerAppScheme()
  // Every renderer sandboxed, whatever a future BrowserWindow forgets to set.
  app.enableSandbox()
  openedFiles.add(articlePathsFromArgv(process.argv, argvContext(process.cwd())))
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(articlePathsFromArgv(argv, argvContext(workingDirectory)))
    focusMainWindow()
  })
  // macOS sends files opened from Finder (or dropped on the dock icon) as events, from start-up on.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.add([path])
    focusMainWindow()
  })
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, location, {
      open: (url) => {
        log.info(`Opening a link in the browser: ${url}`)
        shell
          .openExternal(url)
          .catch((error: unknown) => log.warn(`Could not open ${url}: ${String(error)}`))
      },
      refused: (url, reason) => log.warn(`Refused to open ${url}: ${reason}`)
    })
  )

  void app.whenReady().then(async () => {
    setupSessionSecurity()
    setupAppProtocol(paths.renderer, (url, reason) => log.warn(`app:// refused ${url}: ${reason}`))
    const actions = {
      openBackupsFolder: () => void openFolder(backupsDir()),
      openLogsFolder: () => void openFolder(logsFolder())
    }
    const showMenu = async (): Promise<void> =>
      setupMenu(devUrl !== undefined, getMainWindow, actions, {
        folder: backupsDir(),
        lastDay: await readLastBackupDay(backupsDir())
      })
    setupIpcHandlers(location, getMainWindow, {
      backupWritten: () => void showMenu(),
      logRendererError,
      rendererListening: (send) =>
        openedFiles.ready((path) => {
          log.info(`Opening ${path} for import`)
          void readArticleFile(path).then(send)
        })
    })
    // The menu is there, Help's last backup day included, before the window shows.
    await showMenu()
    openMainWindow()
    // macOS keeps apps running without windows; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
    })
  })

  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

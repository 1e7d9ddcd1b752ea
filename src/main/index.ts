/**
 * Newsdeck's Electron entry: one window, locked down, with a menu and a few IPC handlers.
 * Each concern lives in its own setupX() module; this file only orders them.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, ipcMain } from 'electron'
import { flushBeforeClose } from './close-flush'
import { appLocation } from './security'
import { createMainWindow, lockDownContents, setupSessionSecurity } from './window'
import { setupMenu } from './menu'
import { setupIpcHandlers } from './ipc-handlers'

const paths = {
  preload: join(__dirname, '../preload/index.js'),
  indexHtml: join(__dirname, '../renderer/index.html')
}
// electron-vite sets ELECTRON_RENDERER_URL only for `electron-vite dev`; a packaged app never
// loads a URL from the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const location = appLocation(devUrl, pathToFileURL(paths.indexHtml).href)

let mainWindow: BrowserWindow | null = null
const getMainWindow = (): BrowserWindow | null => mainWindow
/** Set when the user quits: a close held for the renderer's flush cancels the quit, so redo it. */
let quitting = false

function openMainWindow(): void {
  mainWindow = createMainWindow(location, paths)
  // Answers still being stored are flushed before the window goes away.
  flushBeforeClose(mainWindow, ipcMain, () => {
    if (quitting) app.quit()
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function focusMainWindow(): void {
  // A second launch can arrive before this one is ready; whenReady() opens the window then.
  if (!app.isReady()) return
  if (!mainWindow) return openMainWindow()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

// A second launch hands over to the running app instead of opening a second copy of the
// library, whose two windows would write the same IndexedDB.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Every renderer sandboxed, whatever a future BrowserWindow forgets to set.
  app.enableSandbox()
  app.on('second-instance', focusMainWindow)
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, location))

  void app.whenReady().then(() => {
    setupSessionSecurity()
    setupIpcHandlers(location, getMainWindow)
    setupMenu(devUrl !== undefined, getMainWindow)
    openMainWindow()
    // macOS keeps apps running without windows; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

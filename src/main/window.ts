import { BrowserWindow, session, type WebContents } from 'electron'
import {
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  withCsp,
  type AppLocation
} from './security'

export interface WindowPaths {
  preload: string
  /** The built renderer's index.html, used when there is no dev server. */
  indexHtml: string
}

/** Session-wide rules: the header CSP on every response, and no permission ever granted. */
export function setupSessionSecurity(): void {
  const ses = session.defaultSession
  const csp = contentSecurityPolicy()
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) })
  })
  ses.setPermissionRequestHandler(denyPermissionRequest)
  ses.setPermissionCheckHandler(denyPermissionCheck)
}

/**
 * Rules for any web contents at all (the main window and anything a bug might create): it may
 * not leave the app's page, open windows, or attach <webview>s.
 */
export function lockDownContents(contents: WebContents, location: AppLocation): void {
  const blockElsewhere = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url, location)) event.preventDefault()
  }
  contents.on('will-navigate', blockElsewhere)
  contents.on('will-redirect', blockElsewhere)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function createMainWindow(location: AppLocation, paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 500,
    title: 'Newsdeck',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  if (location.kind === 'dev') void win.loadURL(location.url)
  else void win.loadFile(paths.indexHtml)
  return win
}

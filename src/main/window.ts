import { BrowserWindow, session, type WebContents } from 'electron'
import {
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isExternalLinkUrl,
  withCsp,
  type AppLocation
} from './security'
import { GestureGate } from './user-gesture'
import { MIN_SIZE, type InitialBounds, type WindowState } from './window-state'

/** Session-wide rules: the header CSP on every response, and no permission ever granted. */
export function setupSessionSecurity(): void {
  const ses = session.defaultSession
  const csp = contentSecurityPolicy()
  // app:// responses carry the CSP themselves (app-protocol.ts); this covers the dev server.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) })
  })
  ses.setPermissionRequestHandler(denyPermissionRequest)
  ses.setPermissionCheckHandler(denyPermissionCheck)
}

/** Where a link the user clicked goes: the browser, or the log when it is refused. */
export interface LinkHandler {
  open(url: string): void
  refused(url: string, reason: string): void
}

/**
 * Rules for any web contents at all (the main window and anything a bug might create): it may
 * not leave the app's page, open windows, or attach <webview>s. A web link the user has just
 * clicked or pressed Enter on opens in their browser instead.
 */
export function lockDownContents(
  contents: WebContents,
  location: AppLocation,
  links: LinkHandler
): void {
  const gesture = new GestureGate()
  contents.on('input-event', (_event, input) => gesture.observe(input, Date.now()))
  contents.on('before-input-event', (_event, input) => gesture.observe(input, Date.now()))
  const openLink = (url: string): void => {
    if (!isExternalLinkUrl(url)) links.refused(url, 'not an http(s) link')
    else if (!gesture.consume(Date.now())) links.refused(url, 'no click or key press just before')
    else links.open(url)
  }
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, location)) return
    event.preventDefault()
    openLink(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, location)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url)
    return { action: 'deny' }
  })
}

export interface WindowPaths {
  preload: string
}

export function createMainWindow(
  location: AppLocation,
  paths: WindowPaths,
  bounds: InitialBounds
): BrowserWindow {
  const { maximized, ...rect } = bounds
  const win = new BrowserWindow({
    ...rect,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
      spellcheck: false,
      // A middle click would otherwise open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  win.once('ready-to-show', () => {
    if (maximized) win.maximize()
    win.show()
  })
  void win.loadURL(location.url)
  return win
}

/** The state to remember when the window closes: its normal bounds even while maximised. */
export function trackWindowState(win: BrowserWindow, save: (state: WindowState) => void): void {
  win.on('close', () => {
    save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() })
  })
}

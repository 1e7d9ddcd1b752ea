import { BrowserWindow, Menu } from 'electron'
import { IPC, type MenuCommand } from '../shared/ipc'
import { buildMenuTemplate, type MainActions } from './menu-template'

/** Sends a menu command to the window the user is looking at, or the main one. */
function sendToFocused(getMainWindow: () => BrowserWindow | null) {
  return (cmd: MenuCommand): void => {
    const win = BrowserWindow.getFocusedWindow() ?? getMainWindow()
    if (win && !win.isDestroyed()) win.webContents.send(IPC.menuCommand, cmd)
  }
}

export function setupMenu(
  isDev: boolean,
  getMainWindow: () => BrowserWindow | null,
  actions: MainActions
): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    send: sendToFocused(getMainWindow),
    actions
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
export { buildMenuTemplate } from './menu-template'

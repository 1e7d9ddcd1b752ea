import { BrowserWindow, Menu } from 'electron'
import { IPC, type MenuCommand } from '../shared/ipc'
import { buildMenuTemplate, type MainActions, type MenuOptions } from './menu-template'

/** Sends a menu command to the window the user is looking at, or the main one. */
function sendToFocused(getMainWindow: () => BrowserWindow | null) {
  return (cmd: MenuCommand): void => {
    const win = BrowserWindow.getFocusedWindow() ?? getMainWindow()
    if (win && !win.isDestroyed()) win.webContents.send(IPC.menuCommand, cmd)
  }
}

/** Sets the application menu; called again when a backup is written, so Help shows its day. */
export function setupMenu(
  isDev: boolean,
  getMainWindow: () => BrowserWindow | null,
  actions: MainActions,
  backups: MenuOptions['backups']
): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    send: sendToFocused(getMainWindow),
    actions,
    backups
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
export { buildMenuTemplate } from './menu-template'

import { join } from 'node:path'
import { app, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { IPC } from '../shared/ipc'
import type { AppLocation } from './security'
import { isBytes, isSaveFileRequest, isTrustedSender } from './ipc-validate'
import { openArticleFile, saveFile } from './files'
import { writeBackup } from './backups'

type Guard<A extends unknown[]> = (args: unknown[]) => args is A

const noArgs = (args: unknown[]): args is [] => args.length === 0
const oneSaveRequest = (args: unknown[]): args is [Parameters<typeof saveFile>[1]] =>
  args.length === 1 && isSaveFileRequest(args[0])
const oneBytes = (args: unknown[]): args is [Uint8Array] => args.length === 1 && isBytes(args[0])

export function backupsDir(): string {
  return join(app.getPath('userData'), 'backups')
}

/**
 * Registers one handler per channel. Each refuses (the renderer's promise rejects) unless the
 * sender is the app's own window and page and the arguments have the contract's shape.
 */
export function setupIpcHandlers(
  location: AppLocation,
  getMainWindow: () => BrowserWindow | null
): void {
  function handle<A extends unknown[], R>(
    channel: string,
    guard: Guard<A>,
    run: (win: BrowserWindow | null, ...args: A) => R
  ): void {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const win = getMainWindow()
      const mainId = win && !win.isDestroyed() ? win.webContents.id : null
      if (!isTrustedSender(event, mainId, location)) {
        throw new Error(`${channel} refused: the sender is not Newsdeck's window`)
      }
      if (!guard(args)) throw new Error(`${channel} refused: invalid arguments`)
      return run(win, ...args)
    })
  }

  handle(IPC.openArticleFile, noArgs, (win) => openArticleFile(win))
  handle(IPC.saveFile, oneSaveRequest, (win, req) => saveFile(win, req))
  handle(IPC.appVersion, noArgs, () => app.getVersion())
  handle(IPC.writeBackup, oneBytes, (_win, bytes) => writeBackup(backupsDir(), bytes, new Date()))
}

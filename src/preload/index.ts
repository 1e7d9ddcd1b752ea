/**
 * The renderer's only door to the desktop: named, typed methods over the channels in
 * src/shared/ipc.ts. ipcRenderer itself is never exposed, so a compromised page can call these
 * few methods (each checked again in main) and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  isMenuCommand,
  type MenuCommand,
  type NewsdeckApi,
  type OpenArticleResult,
  type SaveFileRequest,
  type SaveFileResult,
  type WriteBackupResult
} from '../shared/ipc'

const api: NewsdeckApi = {
  openArticleFile: () => ipcRenderer.invoke(IPC.openArticleFile) as Promise<OpenArticleResult>,
  saveFile: (req: SaveFileRequest) =>
    ipcRenderer.invoke(IPC.saveFile, req) as Promise<SaveFileResult>,
  appVersion: () => ipcRenderer.invoke(IPC.appVersion) as Promise<string>,
  writeBackup: (bytes: Uint8Array) =>
    ipcRenderer.invoke(IPC.writeBackup, bytes) as Promise<WriteBackupResult>,
  onMenuCommand(listener: (cmd: MenuCommand) => void) {
    // The listener gets the command only, never the IPC event (which carries ipcRenderer).
    const handler = (_event: IpcRendererEvent, cmd: unknown): void => {
      if (isMenuCommand(cmd)) listener(cmd)
    }
    ipcRenderer.on(IPC.menuCommand, handler)
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, handler)
    }
  },
  onFlushRequest(flush: () => Promise<void>) {
    const handler = (_event: IpcRendererEvent, id: unknown): void => {
      if (typeof id !== 'number') return
      // Whatever the flush ends in, main hears back: it is waiting to close the window.
      void flush()
        .catch(() => undefined)
        .then(() => ipcRenderer.send(IPC.flushDone, id))
    }
    ipcRenderer.on(IPC.flushRequest, handler)
    return () => {
      ipcRenderer.removeListener(IPC.flushRequest, handler)
    }
  }
}

contextBridge.exposeInMainWorld('api', api)

/**
 * The renderer's only door to the desktop: named, typed methods over the channels in
 * src/shared/ipc.ts. ipcRenderer itself is never exposed, so a compromised page can call these
 * few methods (each checked again in main) and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  isMenuCommand,
  type BackupKind,
  type ErrorReport,
  type MenuCommand,
  type NewsdeckApi,
  type OpenArticleResult,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveStreamOpenResult,
  type SaveStreamRequest,
  type SyncFolderResult,
  type SyncFolderWritten,
  type WriteBackupResult
} from '../shared/ipc'

/**
 * Subscribes to one main → renderer channel. The listener gets the payload only, never the IPC
 * event (which carries ipcRenderer); `accept` drops payloads of the wrong shape.
 */
function subscribe<T>(
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void
): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value)
  }
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

// Main is trusted: these only keep a listener from being called with nothing at all.
const isObject = <T>(value: unknown): value is T => typeof value === 'object' && value !== null
const isFraction = (value: unknown): value is number => typeof value === 'number'

const api: NewsdeckApi = {
  openArticleFile: () => ipcRenderer.invoke(IPC.openArticleFile) as Promise<OpenArticleResult>,
  saveFile: (req: SaveFileRequest) =>
    ipcRenderer.invoke(IPC.saveFile, req) as Promise<SaveFileResult>,
  appVersion: () => ipcRenderer.invoke(IPC.appVersion) as Promise<string>,
  writeBackup: (bytes: Uint8Array, kind: BackupKind) =>
    ipcRenderer.invoke(IPC.writeBackup, bytes, kind) as Promise<WriteBackupResult>,
  reportError: (report: ErrorReport) =>
    ipcRenderer.invoke(IPC.reportError, report) as Promise<void>,
  copyText: (text: string) => ipcRenderer.invoke(IPC.copyText, text) as Promise<void>,
  onMenuCommand: (listener: (cmd: MenuCommand) => void) =>
    subscribe(IPC.menuCommand, isMenuCommand, listener),
  onOpenedFile(listener: (file: OpenArticleResult) => void) {
    const stop = subscribe(IPC.openedFile, isObject<OpenArticleResult>, listener)
    // Main holds files opened before anyone listened; this says to send them now.
    ipcRenderer.send(IPC.openedFileReady)
    return stop
  },
  onMainError: (listener: (report: ErrorReport) => void) =>
    subscribe(IPC.mainError, isObject<ErrorReport>, listener),
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
  },
  fsrsNativeAvailable: () => ipcRenderer.invoke(IPC.fsrsNative) as Promise<boolean>,
  fitFsrsParameters: (training: Uint8Array) =>
    ipcRenderer.invoke(IPC.fsrsFit, training) as Promise<number[]>,
  onFitProgress: (listener: (fraction: number) => void) =>
    subscribe(IPC.fsrsFitProgress, isFraction, listener),
  saveStreamOpen: (req: SaveStreamRequest) =>
    ipcRenderer.invoke(IPC.saveStreamOpen, req) as Promise<SaveStreamOpenResult>,
  saveStreamWrite: (token: number, chunk: Uint8Array) =>
    ipcRenderer.invoke(IPC.saveStreamWrite, token, chunk) as Promise<void>,
  saveStreamClose: (token: number, keep: boolean) =>
    ipcRenderer.invoke(IPC.saveStreamClose, token, keep) as Promise<SaveFileResult>,
  printToPdf: (suggestedName: string) =>
    ipcRenderer.invoke(IPC.printToPdf, suggestedName) as Promise<SaveFileResult>,
  keepSyncPassword: (account: string, password: string | null) =>
    ipcRenderer.invoke(IPC.keepSyncPassword, account, password) as Promise<boolean>,
  keptSyncPassword: (account: string) =>
    ipcRenderer.invoke(IPC.keptSyncPassword, account) as Promise<string | null>,
  chooseSyncFolder: () => ipcRenderer.invoke(IPC.chooseSyncFolder) as Promise<string | null>,
  syncFolderDevices: (folder: string) =>
    ipcRenderer.invoke(IPC.syncFolderDevices, folder) as Promise<SyncFolderResult<string[]>>,
  syncFolderList: (folder: string, device: string) =>
    ipcRenderer.invoke(IPC.syncFolderList, folder, device) as Promise<SyncFolderResult<string[]>>,
  syncFolderRead: (folder: string, device: string, name: string) =>
    ipcRenderer.invoke(IPC.syncFolderRead, folder, device, name) as Promise<
      SyncFolderResult<Uint8Array>
    >,
  syncFolderWrite: (folder: string, device: string, name: string, bytes: Uint8Array) =>
    ipcRenderer.invoke(IPC.syncFolderWrite, folder, device, name, bytes) as Promise<
      SyncFolderResult<SyncFolderWritten>
    >
}

contextBridge.exposeInMainWorld('api', api)

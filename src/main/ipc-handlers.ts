import { join } from 'node:path'
import {
  app,
  clipboard,
  ipcMain,
  safeStorage,
  type BrowserWindow,
  type IpcMainEvent,
  type IpcMainInvokeEvent
} from 'electron'
import {
  IPC,
  isBackupKind,
  MAX_COPY_CHARS,
  MAX_STREAM_CHUNK_BYTES,
  MAX_SYNC_ACCOUNT_CHARS,
  MAX_SYNC_PASSWORD_CHARS,
  MAX_TRAINING_BYTES,
  type BackupKind,
  type OpenArticleResult,
  type SaveStreamRequest,
  type SyncFolderResult
} from '../shared/ipc'
import { isErrorReport, type ErrorReport } from '../shared/error-report'
import type { AppLocation } from './security'
import {
  isBytes,
  isFileName,
  isSaveFileRequest,
  isSaveStreamRequest,
  isSyncDeviceFolder,
  isSyncFile,
  isSyncFolder,
  isTrustedSender
} from './ipc-validate'
import { askSavePath, chooseFolder, openArticleFile, saveFile, writeBytes } from './files'
import { syncFolderCalls } from './sync-folder'
import { ChosenSyncFolders } from './sync-folder-choice'
import { SaveStreams } from './save-stream'
import { writeBackup, writeSafetyBackup } from './backups'
import { fitPacked, nativeFitAvailable } from './native-fit'
import { PasswordVault } from './password-vault'

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }]

type Guard<A extends unknown[]> = (args: unknown[]) => args is A

const noArgs = (args: unknown[]): args is [] => args.length === 0
const oneSaveRequest = (args: unknown[]): args is [Parameters<typeof saveFile>[1]] =>
  args.length === 1 && isSaveFileRequest(args[0])
const bytesAndKind = (args: unknown[]): args is [Uint8Array, BackupKind] =>
  args.length === 2 && isBytes(args[0]) && isBackupKind(args[1])
const oneTrainingSet = (args: unknown[]): args is [Uint8Array] =>
  args.length === 1 && isBytes(args[0], MAX_TRAINING_BYTES)
const oneReport = (args: unknown[]): args is [ErrorReport] =>
  args.length === 1 && isErrorReport(args[0])
const oneStreamRequest = (args: unknown[]): args is [SaveStreamRequest] =>
  args.length === 1 && isSaveStreamRequest(args[0])
const isToken = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
const tokenAndChunk = (args: unknown[]): args is [number, Uint8Array] =>
  args.length === 2 && isToken(args[0]) && isBytes(args[1], MAX_STREAM_CHUNK_BYTES)
const tokenAndKeep = (args: unknown[]): args is [number, boolean] =>
  args.length === 2 && isToken(args[0]) && typeof args[1] === 'boolean'
const oneFileName = (args: unknown[]): args is [string] => args.length === 1 && isFileName(args[0])
const oneText = (args: unknown[]): args is [string] =>
  args.length === 1 && typeof args[0] === 'string' && args[0].length <= MAX_COPY_CHARS
const isAccount = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_SYNC_ACCOUNT_CHARS
const oneAccount = (args: unknown[]): args is [string] => args.length === 1 && isAccount(args[0])
const accountAndPassword = (args: unknown[]): args is [string, string | null] =>
  args.length === 2 &&
  isAccount(args[0]) &&
  (args[1] === null || (typeof args[1] === 'string' && args[1].length <= MAX_SYNC_PASSWORD_CHARS))

const oneSyncFolder = (args: unknown[]): args is [string] =>
  args.length === 1 && isSyncFolder(args[0])
const syncDeviceFolder = (args: unknown[]): args is [string, string] =>
  args.length === 2 && isSyncDeviceFolder(args[0], args[1])
const syncFile = (args: unknown[]): args is [string, string, string] =>
  args.length === 3 && isSyncFile(args[0], args[1], args[2])
const syncFileAndBytes = (args: unknown[]): args is [string, string, string, Uint8Array] =>
  args.length === 4 && isSyncFile(args[0], args[1], args[2]) && isBytes(args[3])

/** The sync passwords, encrypted with the system's keychain, in the app's data folder. */
function passwordVault(): PasswordVault {
  return new PasswordVault(join(app.getPath('userData'), 'sync-credentials.json'), {
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data)
  })
}

/** The folders the user chose in the dialog: the only ones main syncs through. */
function chosenSyncFolders(): ChosenSyncFolders {
  return new ChosenSyncFolders(join(app.getPath('userData'), 'sync-folders.json'))
}

/**
 * A folder call, made only on a folder the user chose in this app's dialog: a page that names
 * another is told to choose it (a data folder lost since makes this happen honestly too).
 */
async function inChosenFolder<T>(
  folder: string,
  run: () => Promise<SyncFolderResult<T>>
): Promise<SyncFolderResult<T>> {
  if (await chosenSyncFolders().has(folder)) return run()
  return {
    kind: 'error',
    problem: 'unreachable',
    message: `Newsdeck was not asked to sync through ${folder} on this computer: choose it with “Choose folder…” in Settings › Sync.`
  }
}

export function backupsDir(): string {
  return join(app.getPath('userData'), 'backups')
}

/** What the handlers hand on to other parts of main (kept apart so tests need no log file). */
export interface IpcDeps {
  logRendererError(report: ErrorReport): void
  /** The renderer listens for opened files now; `send` delivers one to it. */
  rendererListening(send: (file: OpenArticleResult) => void): void
  /** A backup was saved in the backups folder (Help shows the day of the newest). */
  backupWritten(): void
}

/**
 * Registers one handler per channel. Each refuses (the renderer's promise rejects) unless the
 * sender is the app's own window and page and the arguments have the contract's shape.
 */
export function setupIpcHandlers(
  location: AppLocation,
  getMainWindow: () => BrowserWindow | null,
  deps: IpcDeps
): void {
  function trusted(channel: string, event: IpcMainEvent | IpcMainInvokeEvent): BrowserWindow {
    const win = getMainWindow()
    const mainId = win && !win.isDestroyed() ? win.webContents.id : null
    if (!win || !isTrustedSender(event, mainId, location)) {
      throw new Error(`${channel} refused: the sender is not Newsdeck's window`)
    }
    return win
  }

  function handle<A extends unknown[], R>(
    channel: string,
    guard: Guard<A>,
    run: (win: BrowserWindow | null, ...args: A) => R
  ): void {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const win = trusted(channel, event)
      if (!guard(args)) throw new Error(`${channel} refused: invalid arguments`)
      return run(win, ...args)
    })
  }

  handle(IPC.openArticleFile, noArgs, (win) => openArticleFile(win))
  handle(IPC.saveFile, oneSaveRequest, (win, req) => saveFile(win, req))
  handle(IPC.appVersion, noArgs, () => app.getVersion())
  handle(IPC.writeBackup, bytesAndKind, async (_win, bytes, kind) => {
    const write = kind === 'daily' ? writeBackup : writeSafetyBackup
    const result = await write(backupsDir(), bytes, new Date())
    if (result.kind === 'saved') deps.backupWritten()
    return result
  })
  // Whatever the page claims, a report that comes over IPC is the renderer's.
  handle(IPC.reportError, oneReport, (_win, report) =>
    deps.logRendererError({ ...report, process: 'renderer' })
  )
  handle(IPC.copyText, oneText, (_win, text) => clipboard.writeText(text))
  handle(IPC.fsrsNative, noArgs, () => nativeFitAvailable())
  handle(IPC.fsrsFit, oneTrainingSet, (win, bytes) =>
    fitPacked(bytes, (fraction) => {
      if (win && !win.isDestroyed()) win.webContents.send(IPC.fsrsFitProgress, fraction)
    })
  )

  const streams = new SaveStreams()
  handle(IPC.saveStreamOpen, oneStreamRequest, async (win, req) => {
    const path = await askSavePath(win, req)
    if (path === null) return { kind: 'cancelled' }
    try {
      return { kind: 'opened', token: await streams.open(path) }
    } catch (err) {
      return { kind: 'error', message: `Could not write there: ${(err as Error).message}` }
    }
  })
  handle(IPC.saveStreamWrite, tokenAndChunk, (_win, token, chunk) => streams.write(token, chunk))
  handle(IPC.saveStreamClose, tokenAndKeep, (_win, token, keep) => streams.close(token, keep))
  handle(IPC.printToPdf, oneFileName, async (win, name) => {
    if (!win) return { kind: 'error', message: 'There is no window to print.' }
    const path = await askSavePath(win, { suggestedName: name, filters: PDF_FILTERS })
    if (path === null) return { kind: 'cancelled' }
    const pdf = await win.webContents.printToPDF({ printBackground: false, pageSize: 'A4' })
    return writeBytes(path, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength))
  })

  handle(IPC.keepSyncPassword, accountAndPassword, (_win, account, password) =>
    passwordVault().keep(account, password)
  )
  handle(IPC.keptSyncPassword, oneAccount, (_win, account) => passwordVault().kept(account))

  handle(IPC.chooseSyncFolder, noArgs, async (win) => {
    const folder = await chooseFolder(win, 'Choose the folder to sync through')
    if (folder !== null) await chosenSyncFolders().add(folder)
    return folder
  })
  const folders = syncFolderCalls
  handle(IPC.syncFolderDevices, oneSyncFolder, (_win, f) =>
    inChosenFolder(f, () => folders.syncFolderDevices(f))
  )
  handle(IPC.syncFolderList, syncDeviceFolder, (_win, f, d) =>
    inChosenFolder(f, () => folders.syncFolderList(f, d))
  )
  handle(IPC.syncFolderRead, syncFile, (_win, f, d, n) =>
    inChosenFolder(f, () => folders.syncFolderRead(f, d, n))
  )
  handle(IPC.syncFolderWrite, syncFileAndBytes, (_win, f, d, n, bytes) =>
    inChosenFolder(f, () => folders.syncFolderWrite(f, d, n, bytes))
  )

  // A one-way message: there is no promise to reject, so a stranger is simply ignored.
  ipcMain.on(IPC.openedFileReady, (event: IpcMainEvent, ...args: unknown[]) => {
    try {
      trusted(IPC.openedFileReady, event)
    } catch {
      return
    }
    if (!noArgs(args)) return
    deps.rendererListening((file) => {
      if (!event.sender.isDestroyed()) event.sender.send(IPC.openedFile, file)
    })
  })
}

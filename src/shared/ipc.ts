/**
 * The one contract between Electron main, the preload and the renderer. Every channel is named
 * once here so a typo cannot silently create a second channel; the payload types travel with it.
 * This module imports nothing but its sibling: the renderer's web build and plain Node tests load
 * it as is.
 */
import type { ErrorReport } from './error-report'

export type { ErrorReport } from './error-report'

export const IPC = {
  openArticleFile: 'article:open',
  saveFile: 'file:save',
  appVersion: 'app:version',
  writeBackup: 'backup:write',
  reportError: 'log:renderer-error',
  copyText: 'clipboard:write-text',
  /** main → renderer: a command chosen in the application menu. */
  menuCommand: 'menu:command',
  /** main → renderer: an article the OS asked Newsdeck to open ("Open with", a second launch). */
  openedFile: 'article:opened',
  /** renderer → main: the renderer listens for opened files now; send any that are waiting. */
  openedFileReady: 'article:opened-ready',
  /** main → renderer: an error in main that the user should hear about. */
  mainError: 'app:main-error',
  /** Main → renderer, before the window closes: store anything still pending, then reply. */
  flushRequest: 'window:flush',
  /** Renderer → main: the flush with this id is done. */
  flushDone: 'window:flushed',
  /** Whether main can fit FSRS parameters natively (the binding loads on this platform). */
  fsrsNative: 'fsrs:native-available',
  /** A packed training set's bytes in, 21 FSRS parameters out. */
  fsrsFit: 'fsrs:fit',
  /** main → renderer: how far the running fit is, 0–1. */
  fsrsFitProgress: 'fsrs:fit-progress',
  /** A large export written in pieces: ask where, then append chunks, then close (or abort). */
  saveStreamOpen: 'file:stream-open',
  saveStreamWrite: 'file:stream-write',
  saveStreamClose: 'file:stream-close',
  /** The page showing prints itself to a PDF the user saves (the progress report). */
  printToPdf: 'page:print-pdf',
  /** A sync password kept (or forgotten) encrypted by the system's keychain, per account. */
  keepSyncPassword: 'sync:keep-password',
  keptSyncPassword: 'sync:kept-password',
  /** The folder sync target (desktop only): choose it, then list, read and write its files. */
  chooseSyncFolder: 'sync-folder:choose',
  syncFolderDevices: 'sync-folder:devices',
  syncFolderList: 'sync-folder:list',
  syncFolderRead: 'sync-folder:read',
  syncFolderWrite: 'sync-folder:write'
} as const

/** The largest piece of a streamed export; the renderer sends a large file in many of these. */
export const MAX_STREAM_CHUNK_BYTES = 8 * 1024 * 1024

/** A training set for 100,000 reviews packs to about 1.5 MB; this leaves room for years more. */
export const MAX_TRAINING_BYTES = 64 * 1024 * 1024

/** Longest sync account (server address and user) and password that cross IPC. */
export const MAX_SYNC_ACCOUNT_CHARS = 2048
export const MAX_SYNC_PASSWORD_CHARS = 1024

/** Longest sync folder path that crosses IPC (Windows' long paths stay well under it). */
export const MAX_SYNC_FOLDER_CHARS = 4096

/** Longest text the renderer may put on the clipboard through main ("copy details"). */
export const MAX_COPY_CHARS = 64 * 1024

export type IpcChannel = (typeof IPC)[keyof typeof IPC]

export type OpenArticleResult =
  | { kind: 'opened'; name: string; bytes: Uint8Array }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string }

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** A file name only; any directory part is dropped by main. */
  suggestedName: string
  bytes: Uint8Array
  filters: FileFilter[]
}

export type SaveFileResult =
  { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'error'; message: string }

/** Where a streamed export goes, chosen by the user; the token names it in later calls. */
export type SaveStreamOpenResult =
  { kind: 'opened'; token: number } | { kind: 'cancelled' } | { kind: 'error'; message: string }

export interface SaveStreamRequest {
  suggestedName: string
  filters: FileFilter[]
}

/**
 * Why a backup is written: the day's automatic one (one file a day, the newest seven kept), or
 * the copy taken just before a restore or merge replaces the library (its own name, kept apart).
 */
export const BACKUP_KINDS = ['daily', 'before-restore'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export function isBackupKind(value: unknown): value is BackupKind {
  return typeof value === 'string' && (BACKUP_KINDS as readonly string[]).includes(value)
}

export type WriteBackupResult = { kind: 'saved'; path: string } | { kind: 'error'; message: string }

/**
 * Why the sync folder could not be used: the names of core's SyncStoreProblem that a folder can
 * have (this module imports nothing of core, so they are listed again; the renderer's store
 * turns them back into a SyncStoreError).
 */
export type SyncFolderProblem = 'unreachable' | 'full' | 'server'

/** A folder call's answer: its value, or why not in words for the user. */
export type SyncFolderResult<T> =
  { kind: 'done'; value: T } | { kind: 'error'; problem: SyncFolderProblem; message: string }

/** Whether a written file went into place, or one of that name was there already (left as is). */
export type SyncFolderWritten = 'written' | 'exists'

/** The folder calls a sync store needs, each on `<folder>/newsdeck/<device>/<name>`. */
export interface SyncFolderCalls {
  /** The device folders under `<folder>/newsdeck/`. */
  syncFolderDevices(folder: string): Promise<SyncFolderResult<string[]>>
  /** A device's chunk and snapshot files, by name; temporary files are not listed. */
  syncFolderList(folder: string, device: string): Promise<SyncFolderResult<string[]>>
  syncFolderRead(
    folder: string,
    device: string,
    name: string
  ): Promise<SyncFolderResult<Uint8Array>>
  /** Written beside under a temporary name, flushed to disk and moved into place. */
  syncFolderWrite(
    folder: string,
    device: string,
    name: string,
    bytes: Uint8Array
  ): Promise<SyncFolderResult<SyncFolderWritten>>
}

/** Listed as values (not only a type) so main and the preload can check what crosses IPC. */
export const MENU_COMMANDS = [
  'import-article',
  'export-cards',
  'export-history',
  'export-fsrs-history',
  'export-anki',
  'export-backup',
  'backup-now',
  'go-library',
  'go-review',
  'go-quiz',
  'go-stats',
  'go-browse',
  'go-settings',
  'help',
  'about'
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/** Exactly what the preload exposes as `window.api`; absent in the web build. */
export interface NewsdeckApi extends SyncFolderCalls {
  openArticleFile(): Promise<OpenArticleResult>
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>
  appVersion(): Promise<string>
  writeBackup(bytes: Uint8Array, kind: BackupKind): Promise<WriteBackupResult>
  /** Writes an error from the renderer to the log file. */
  reportError(report: ErrorReport): Promise<void>
  copyText(text: string): Promise<void>
  /** Each returns a function that removes the listener. */
  onMenuCommand(listener: (cmd: MenuCommand) => void): () => void
  onOpenedFile(listener: (file: OpenArticleResult) => void): () => void
  onMainError(listener: (report: ErrorReport) => void): () => void
  /**
   * Runs `flush` when main is about to close the window and tells main once it has settled.
   * Returns a function that removes the listener.
   */
  onFlushRequest(flush: () => Promise<void>): () => void
  /** True where main fits FSRS parameters with the native binding. */
  fsrsNativeAvailable(): Promise<boolean>
  /** Fits FSRS parameters to a packed training set (core/optimizer/packed.ts). */
  fitFsrsParameters(training: Uint8Array): Promise<number[]>
  onFitProgress(listener: (fraction: number) => void): () => void
  /** Shows the save dialog for a file that will arrive in pieces. */
  saveStreamOpen(req: SaveStreamRequest): Promise<SaveStreamOpenResult>
  saveStreamWrite(token: number, chunk: Uint8Array): Promise<void>
  /** `keep` false drops what was written (the export failed part-way). */
  saveStreamClose(token: number, keep: boolean): Promise<SaveFileResult>
  /** Prints the page showing to a PDF, asking where to save it. */
  printToPdf(suggestedName: string): Promise<SaveFileResult>
  /**
   * Keeps a sync password for an account encrypted on this computer (null forgets it). False
   * when the system offers no encryption: then nothing is kept.
   */
  keepSyncPassword(account: string, password: string | null): Promise<boolean>
  /** The password kept for an account, or null. */
  keptSyncPassword(account: string): Promise<string | null>
  /** Asks for a folder to sync through; null when the user cancels. */
  chooseSyncFolder(): Promise<string | null>
}

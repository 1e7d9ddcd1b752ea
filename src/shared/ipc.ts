/**
 * The one contract between Electron main, the preload and the renderer. Every channel is named
 * once here so a typo cannot silently create a second channel; the payload types travel with it.
 * This module imports nothing: the renderer's web build and plain Node tests load it as is.
 */

export const IPC = {
  openArticleFile: 'article:open',
  saveFile: 'file:save',
  appVersion: 'app:version',
  writeBackup: 'backup:write',
  menuCommand: 'menu:command',
  /** Main → renderer, before the window closes: store anything still pending, then reply. */
  flushRequest: 'window:flush',
  /** Renderer → main: the flush with this id is done. */
  flushDone: 'window:flushed'
} as const

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

export type WriteBackupResult = { kind: 'saved'; path: string } | { kind: 'error'; message: string }

/** Listed as values (not only a type) so main and the preload can check what crosses IPC. */
export const MENU_COMMANDS = [
  'import-article',
  'export',
  'go-library',
  'go-review',
  'go-quiz',
  'go-stats',
  'go-settings',
  'about'
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/** Exactly what the preload exposes as `window.api`; absent in the web build. */
export interface NewsdeckApi {
  openArticleFile(): Promise<OpenArticleResult>
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>
  appVersion(): Promise<string>
  writeBackup(bytes: Uint8Array): Promise<WriteBackupResult>
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (cmd: MenuCommand) => void): () => void
  /**
   * Runs `flush` when main is about to close the window and tells main once it has settled.
   * Returns a function that removes the listener.
   */
  onFlushRequest(flush: () => Promise<void>): () => void
}

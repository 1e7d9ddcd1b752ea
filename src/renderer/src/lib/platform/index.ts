/**
 * The renderer's one door to the desktop. In Electron it calls the preload's `window.api`; in
 * the web build (no `window.api`) each call has a browser fallback: a file input instead of the
 * open dialog, a download instead of the save dialog. Nothing else in the renderer touches
 * `window.api`.
 */
import { safetyBackupFileName } from '@core/export/backup-name'
import type {
  BackupKind,
  MenuCommand,
  NewsdeckApi,
  OpenArticleResult,
  SyncFolderCalls
} from '@shared/ipc'
import { saveBlobOnDesktop, type BlobSaveRequest } from './save-stream'

export type { BlobSaveRequest } from './save-stream'
export { blobOfChunks } from './save-stream'

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export type PickResult =
  { kind: 'picked'; file: PickedFile } | { kind: 'cancelled' } | { kind: 'error'; message: string }

export type SaveResult =
  { kind: 'saved'; where: string } | { kind: 'cancelled' } | { kind: 'error'; message: string }

/**
 * A file's contents: bytes, or a Blob made off the page's thread (a backup), which the web
 * build hands to the download as it is and the desktop reads into bytes only to send to main.
 */
export type FileContents = Uint8Array | Blob

export interface SaveRequest {
  suggestedName: string
  bytes: FileContents
  mimeType: string
  filters: Array<{ name: string; extensions: string[] }>
}

export interface Platform {
  readonly isDesktop: boolean
  pickArticleFile(): Promise<PickResult>
  saveFile(request: SaveRequest): Promise<SaveResult>
  /** Saves a large export without copying it into one array (see save-stream.ts). */
  saveBlob(request: BlobSaveRequest): Promise<SaveResult>
  /**
   * Prints the page showing: to a PDF the user saves on the desktop, through the browser's
   * print dialog (with the page's print stylesheet) on the web.
   */
  printPage(suggestedName: string): Promise<SaveResult>
  appVersion(): Promise<string>
  /**
   * Keeps a copy of a backup: on the desktop in the backups folder (the day's, or the one taken
   * before a restore). The web build keeps no daily ones; the copy before a restore becomes a
   * download, a file the user can find and restore from even if the browser's storage is lost.
   */
  writeBackup(bytes: FileContents, kind?: BackupKind): Promise<SaveResult>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Desktop: `flush` runs before main closes the window. The web has no such request. */
  onFlushRequest(flush: () => Promise<void>): () => void
  /**
   * Fits FSRS parameters natively in the desktop's main process; null where it cannot (the web
   * build, or a platform without the binding), and the optimizer worker fits with WebAssembly.
   */
  nativeFitter?(): Promise<NativeFitter | null>
  /** Keeps the sync password of `account` (a server and user), or forgets it (null). */
  keepSyncPassword(account: string, password: string | null): Promise<PasswordKept>
  /** The sync password kept for `account`, or null. */
  keptSyncPassword(account: string): Promise<string | null>
  /**
   * The folder sync target, whose files main reads and writes; null in the web build, where a
   * page cannot keep a folder of its own in step.
   */
  readonly syncFolder: SyncFolderAccess | null
}

export interface SyncFolderAccess extends SyncFolderCalls {
  /** Asks for the folder in the system's dialog; null when the user cancels. */
  choose(): Promise<string | null>
}

/**
 * Where a sync password is kept: encrypted on this computer (the desktop), in this browser tab
 * until it closes (the web build), or nowhere (asked for each time).
 */
export type PasswordKept = 'device' | 'session' | 'none'

export interface NativeFitter {
  fit(training: Uint8Array, onProgress: (fraction: number) => void): Promise<number[]>
}

/** Main's answer about a file (picked in its dialog, or opened from the OS) as the renderer's. */
export function toPickResult(result: OpenArticleResult): PickResult {
  if (result.kind === 'opened')
    return { kind: 'picked', file: { name: result.name, bytes: result.bytes } }
  return result
}

export function desktopPlatform(api: NewsdeckApi): Platform {
  return {
    isDesktop: true,
    pickArticleFile: async () => toPickResult(await api.openArticleFile()),
    async saveFile({ suggestedName, bytes, filters }) {
      const result = await api.saveFile({ suggestedName, bytes: await toBytes(bytes), filters })
      return result.kind === 'saved' ? { kind: 'saved', where: result.path } : result
    },
    saveBlob: (request) => saveBlobOnDesktop(api, request),
    async printPage(suggestedName) {
      const result = await api.printToPdf(suggestedName)
      return result.kind === 'saved' ? { kind: 'saved', where: result.path } : result
    },
    appVersion: () => api.appVersion(),
    async writeBackup(bytes, kind = 'daily') {
      const result = await api.writeBackup(await toBytes(bytes), kind)
      return result.kind === 'saved' ? { kind: 'saved', where: result.path } : result
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onFlushRequest: (flush) => api.onFlushRequest(flush),
    async keepSyncPassword(account, password) {
      const kept = await api.keepSyncPassword(account, password).catch(() => false)
      return kept && password !== null ? 'device' : 'none'
    },
    keptSyncPassword: (account) => api.keptSyncPassword(account).catch(() => null),
    syncFolder: {
      choose: () => api.chooseSyncFolder(),
      syncFolderDevices: (folder) => api.syncFolderDevices(folder),
      syncFolderList: (folder, device) => api.syncFolderList(folder, device),
      syncFolderRead: (folder, device, name) => api.syncFolderRead(folder, device, name),
      syncFolderWrite: (folder, device, name, bytes) =>
        api.syncFolderWrite(folder, device, name, bytes)
    },
    async nativeFitter() {
      if (!(await api.fsrsNativeAvailable().catch(() => false))) return null
      return {
        async fit(training, onProgress) {
          const stop = api.onFitProgress(onProgress)
          try {
            return await api.fitFsrsParameters(training)
          } finally {
            stop()
          }
        }
      }
    }
  }
}

export interface BrowserHooks {
  /** Opens the browser's file chooser; resolves null when the user cancels. */
  chooseFile(accept: string): Promise<File | null>
  /** Starts a download of the bytes under the given name. */
  download(name: string, bytes: FileContents, mimeType: string): void
  /** Opens the browser's print dialog for the page. */
  print(): void
  version: string
  /** This tab's session storage (null where the browser refuses it). */
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
}

const SESSION_PASSWORD = 'newsdeck-sync-password:'

export function webPlatform(hooks: BrowserHooks): Platform {
  return {
    isDesktop: false,
    async pickArticleFile() {
      const file = await hooks.chooseFile('.txt,text/plain')
      if (!file) return { kind: 'cancelled' }
      try {
        return { kind: 'picked', file: { name: file.name, bytes: await readFileBytes(file) } }
      } catch {
        return { kind: 'error', message: `Could not read “${file.name}”.` }
      }
    },
    async saveFile({ suggestedName, bytes, mimeType }) {
      hooks.download(suggestedName, bytes, mimeType)
      return { kind: 'saved', where: `your downloads folder as ${suggestedName}` }
    },
    async saveBlob({ suggestedName, blob }) {
      hooks.download(suggestedName, blob, blob.type)
      return { kind: 'saved', where: `your downloads folder as ${suggestedName}` }
    },
    async printPage() {
      hooks.print()
      return { kind: 'saved', where: 'the print dialog' }
    },
    appVersion: async () => hooks.version,
    async writeBackup(bytes, kind = 'daily') {
      if (kind === 'daily') return { kind: 'cancelled' }
      const name = safetyBackupFileName(Date.now())
      hooks.download(name, bytes, 'application/gzip')
      return { kind: 'saved', where: `your downloads folder as ${name}` }
    },
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
    nativeFitter: async () => null,
    syncFolder: null,
    async keepSyncPassword(account, password) {
      const key = SESSION_PASSWORD + account
      try {
        if (password === null) hooks.session?.removeItem(key)
        else hooks.session?.setItem(key, password)
      } catch {
        return 'none'
      }
      return hooks.session && password !== null ? 'session' : 'none'
    },
    async keptSyncPassword(account) {
      try {
        return hooks.session?.getItem(SESSION_PASSWORD + account) ?? null
      } catch {
        return null
      }
    }
  }
}

async function toBytes(contents: FileContents): Promise<Uint8Array> {
  return contents instanceof Uint8Array ? contents : readFileBytes(contents)
}

/** Reads a File's bytes; `File.arrayBuffer` is missing in some test DOMs, so fall back. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer())
  return new Uint8Array(await new Response(file).arrayBuffer())
}

/** The real browser hooks: a hidden file input and an object-URL download link. */
export function browserHooks(doc: Document, version: string): BrowserHooks {
  let session: Storage | null = null
  try {
    session = doc.defaultView?.sessionStorage ?? null
  } catch {
    // Storage refused (a sandboxed frame, some privacy settings): the password is asked each time.
  }
  return {
    version,
    session,
    chooseFile(accept) {
      return new Promise((resolve) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.accept = accept
        input.style.display = 'none'
        input.dataset.testid = 'file-input'
        input.addEventListener('change', () => {
          resolve(input.files?.[0] ?? null)
          input.remove()
        })
        input.addEventListener('cancel', () => {
          resolve(null)
          input.remove()
        })
        doc.body.append(input)
        input.click()
      })
    },
    print: () => doc.defaultView?.print(),
    download(name, bytes, mimeType) {
      const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type: mimeType })
      const url = URL.createObjectURL(blob)
      const link = doc.createElement('a')
      link.href = url
      link.download = name
      link.style.display = 'none'
      doc.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    }
  }
}

let current: Platform | null = null

/** The platform of this window: desktop when the preload exposed `window.api`, else web. */
export function platform(): Platform {
  current ??= window.api
    ? desktopPlatform(window.api)
    : webPlatform(browserHooks(document, import.meta.env.VITE_APP_VERSION ?? 'web'))
  return current
}

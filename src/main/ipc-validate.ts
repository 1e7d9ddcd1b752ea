import { isDeviceId } from '../core/sync/names'
import {
  MAX_SYNC_FOLDER_CHARS,
  type FileFilter,
  type SaveFileRequest,
  type SaveStreamRequest
} from '../shared/ipc'
import { isAppUrl, type AppLocation } from './security'
import { isSyncFileName, isSyncFolderPath } from './sync-folder'

/**
 * Checks on everything that arrives over IPC. The renderer is treated as untrusted input: a
 * compromised page could call `window.api` with anything, so main checks shapes and sizes
 * itself instead of trusting the TypeScript types on the other side.
 */

/** Exports and backups of a large library stay far below this; it stops memory abuse. */
export const MAX_TRANSFER_BYTES = 256 * 1024 * 1024

export function isBytes(value: unknown, maxBytes = MAX_TRANSFER_BYTES): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength <= maxBytes
}

const EXTENSION = /^(\*|[A-Za-z0-9]{1,16})$/

function isFileFilter(value: unknown): value is FileFilter {
  if (typeof value !== 'object' || value === null) return false
  const { name, extensions } = value as Record<string, unknown>
  return (
    typeof name === 'string' &&
    name.length <= 100 &&
    Array.isArray(extensions) &&
    extensions.length <= 20 &&
    extensions.every((e) => typeof e === 'string' && EXTENSION.test(e))
  )
}

export function isSaveFileRequest(value: unknown): value is SaveFileRequest {
  if (typeof value !== 'object' || value === null) return false
  return isBytes((value as Record<string, unknown>).bytes) && isSaveStreamRequest(value)
}

/** A file name to suggest and the dialog's filters: what saving (whole or streamed) asks for. */
export function isSaveStreamRequest(value: unknown): value is SaveStreamRequest {
  if (typeof value !== 'object' || value === null) return false
  const { suggestedName, filters } = value as Record<string, unknown>
  return (
    isFileName(suggestedName) &&
    Array.isArray(filters) &&
    filters.length <= 20 &&
    filters.every(isFileFilter)
  )
}

export function isFileName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 255
}

/** An absolute folder path of a sane length: where the user chose to sync. */
export function isSyncFolder(value: unknown): value is string {
  return isSyncFolderPath(value) && value.length <= MAX_SYNC_FOLDER_CHARS
}

/**
 * A sync folder and a device's id as core names devices, so `<folder>/newsdeck/<device>/` can
 * never lead out of the chosen folder, whatever the page sends.
 */
export function isSyncDeviceFolder(folder: unknown, device: unknown): boolean {
  return isSyncFolder(folder) && typeof device === 'string' && isDeviceId(device)
}

/** As isSyncDeviceFolder, and a chunk's or a snapshot's file name in it (never a temporary one). */
export function isSyncFile(folder: unknown, device: unknown, name: unknown): boolean {
  return isSyncDeviceFolder(folder, device) && isSyncFileName(name)
}

/** The parts of an IPC event the sender check needs; Electron's objects fit this shape. */
export interface SenderInfo {
  sender: { id: number }
  senderFrame: { url: string; parent: unknown } | null
}

/**
 * A message is ours only if it comes from the main window's top frame showing the app's own
 * page: not a subframe, not a page the window was somehow navigated to, not another window.
 */
export function isTrustedSender(
  event: SenderInfo,
  mainWebContentsId: number | null,
  location: AppLocation
): boolean {
  const frame = event.senderFrame
  return (
    mainWebContentsId !== null &&
    event.sender.id === mainWebContentsId &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url, location)
  )
}

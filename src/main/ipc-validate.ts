import type { FileFilter, SaveFileRequest, SaveStreamRequest } from '../shared/ipc'
import { isAppUrl, type AppLocation } from './security'

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

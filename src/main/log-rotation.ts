/**
 * The log file's rotation policy, apart from electron-log so it is tested in plain Node.
 * electron-log calls `archiveLogFn` when main.log passes `maxSize`, then starts a new main.log;
 * the archives shift down (main.1.log is the newest) and the oldest beyond `keep` is deleted.
 * At most (keep + 1) × maxSize of logs: 4 MB, enough for weeks of a healthy app.
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import { parse, join } from 'node:path'

export const LOG_MAX_BYTES = 1024 * 1024
export const LOG_ARCHIVES_KEPT = 3

/** main.log → main.1.log, main.2.log, …: the archive names, newest first. */
export function archiveNames(file: string, keep = LOG_ARCHIVES_KEPT): string[] {
  const { dir, name, ext } = parse(file)
  return Array.from({ length: keep }, (_, i) => join(dir, `${name}.${i + 1}${ext}`))
}

/** Shifts the archives down by one and moves the current file to the newest archive. */
export function rotateLog(file: string, keep = LOG_ARCHIVES_KEPT): void {
  const archives = archiveNames(file, keep)
  const oldest = archives[archives.length - 1]
  if (oldest) rmSync(oldest, { force: true })
  for (let i = archives.length - 1; i > 0; i--) {
    const from = archives[i - 1]
    const to = archives[i]
    if (from && to && existsSync(from)) renameSync(from, to)
  }
  const newest = archives[0]
  if (newest && existsSync(file)) renameSync(file, newest)
  else rmSync(file, { force: true })
}

/** The part of electron-log's file transport the policy sets; its LogFile has a toString(). */
export interface FileTransportLike {
  maxSize: number
  archiveLogFn(file: { toString(): string }): void
}

export function applyRotationPolicy(
  transport: FileTransportLike,
  { maxSize = LOG_MAX_BYTES, keep = LOG_ARCHIVES_KEPT } = {}
): void {
  transport.maxSize = maxSize
  transport.archiveLogFn = (file) => rotateLog(file.toString(), keep)
}

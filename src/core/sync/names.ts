/**
 * The names sync gives its folders and files, the same on every store: devices' folders under
 * `newsdeck/`, numbered chunks and snapshots in them. Apart from the formats so that the desktop's
 * main process, which lists and moves files but never reads a chunk, checks names without
 * loading the schemas.
 */
import type { DeviceFolder } from './store'

/** Lower-case letters, digits and dashes: safe as a folder name on every store. */
const DEVICE_ID = /^[a-z0-9][a-z0-9-]{7,63}$/

export function isDeviceId(id: string): boolean {
  return DEVICE_ID.test(id)
}

/** The file a chunk lives in, inside its device's folder: numbered so a listing sorts. */
export function chunkFileName(seq: number): string {
  return `${String(seq).padStart(8, '0')}.json`
}

/** The chunk number a file name holds, or null for anything else (temporary uploads included). */
export function chunkSeqOf(fileName: string): number | null {
  const m = /^(\d{8})\.json$/.exec(fileName)
  return m ? Number(m[1]) : null
}

/** The file a snapshot lives in, inside its device's folder. */
export function snapshotFileName(upTo: number): string {
  return `snapshot-${String(upTo).padStart(8, '0')}.json.gz`
}

/** The chunk number a snapshot's file name is up to, or null for anything else. */
export function snapshotUpToOf(fileName: string): number | null {
  const m = /^snapshot-(\d{8})\.json\.gz$/.exec(fileName)
  return m ? Number(m[1]) : null
}

/**
 * What a device's folder holds, from the names listed in it: every store lists its own way and
 * reads the names the same. Temporary uploads and anything else are left out.
 */
export function deviceFolderOf(names: readonly string[]): DeviceFolder {
  const numbers = (of: (name: string) => number | null): number[] =>
    names
      .map(of)
      .filter((n): n is number => n !== null)
      .sort((a, b) => a - b)
  return { chunks: numbers(chunkSeqOf), snapshots: numbers(snapshotUpToOf) }
}

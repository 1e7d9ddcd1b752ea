/**
 * Where chunks are kept: a WebDAV server or a synced folder, seen the same way. Each device has
 * a folder of its own and writes only there; a chunk appears whole or not at all.
 */
import { UserFacingError } from '../errors'
import type { Chunk } from './chunk'
import type { Snapshot } from './snapshot'

/** What a device's folder holds, each list in order; temporary uploads are not listed. */
export interface DeviceFolder {
  chunks: number[]
  /** Its snapshots, by the last chunk each folds in. */
  snapshots: number[]
}

export interface SyncStore {
  /** The devices that have written at least a folder, this one included. */
  listDevices(): Promise<string[]>
  /** A device's chunk numbers and snapshots, in one listing. */
  listFolder(device: string): Promise<DeviceFolder>
  /** A device's chunk numbers in order. */
  listChunks(device: string): Promise<number[]>
  /** Reads and checks one chunk (SyncChunkError when it is damaged). */
  readChunk(device: string, seq: number): Promise<Chunk>
  /** Uploads under a temporary name and moves it into place: readers never see half of it. */
  writeChunk(chunk: Chunk): Promise<void>
  /** Reads and checks a device's snapshot up to chunk `upTo` (SyncChunkError when damaged). */
  readSnapshot(device: string, upTo: number): Promise<Snapshot>
  /**
   * As writeChunk: whole or not at all. One already in place under the same name is left as it
   * is (only its device writes it, from the same chunks).
   */
  writeSnapshot(snapshot: Snapshot): Promise<void>
}

export type SyncStoreProblem =
  'insecure' | 'credentials' | 'unreachable' | 'full' | 'exists' | 'server'

/** The store could not be used; nothing local is touched when this is thrown. */
export class SyncStoreError extends UserFacingError {
  constructor(
    readonly problem: SyncStoreProblem,
    message: string
  ) {
    super(`sync-${problem}`, message)
  }
}

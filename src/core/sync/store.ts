/**
 * Where chunks are kept: a WebDAV server or a synced folder, seen the same way. Each device has
 * a folder of its own and writes only there; a chunk appears whole or not at all.
 */
import { UserFacingError } from '../errors'
import type { Chunk } from './chunk'

export interface SyncStore {
  /** The devices that have written at least a folder, this one included. */
  listDevices(): Promise<string[]>
  /** A device's chunk numbers in order; temporary uploads are not listed. */
  listChunks(device: string): Promise<number[]>
  /** Reads and checks one chunk (SyncChunkError when it is damaged). */
  readChunk(device: string, seq: number): Promise<Chunk>
  /** Uploads under a temporary name and moves it into place: readers never see half of it. */
  writeChunk(chunk: Chunk): Promise<void>
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

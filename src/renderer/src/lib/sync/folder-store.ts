/**
 * Sync through a folder that Syncthing, Dropbox or OneDrive keep in step (the desktop app only):
 * the same files under `<folder>/newsdeck/<device>/` as the WebDAV store keeps on its server,
 * read and written by main. Chunks and snapshots are made and checked here, with the WebDAV
 * store's core functions; main moves bytes.
 */
import { chunkFileName, isDeviceId, parseChunk, serialiseChunk, type Chunk } from '@core/sync/chunk'
import {
  deviceFolderOf,
  encodeSnapshot,
  parseSnapshot,
  snapshotFileName,
  type Snapshot
} from '@core/sync/snapshot'
import { SyncStoreError, type SyncStore } from '@core/sync/store'
import type { SyncFolderCalls, SyncFolderResult } from '@shared/ipc'

/** A folder call's value, or its problem as the store error the engine reports. */
async function valueOf<T>(answer: Promise<SyncFolderResult<T>>): Promise<T> {
  const result = await answer
  if (result.kind === 'error') throw new SyncStoreError(result.problem, result.message)
  return result.value
}

export function folderStore(folder: string, calls: SyncFolderCalls): SyncStore {
  const read = (device: string, name: string) => valueOf(calls.syncFolderRead(folder, device, name))
  const write = (device: string, name: string, bytes: Uint8Array) =>
    valueOf(calls.syncFolderWrite(folder, device, name, bytes))

  const store: SyncStore = {
    async listDevices() {
      return (await valueOf(calls.syncFolderDevices(folder))).filter(isDeviceId).sort()
    },

    async listFolder(device) {
      return deviceFolderOf(await valueOf(calls.syncFolderList(folder, device)))
    },

    async listChunks(device) {
      return (await store.listFolder(device)).chunks
    },

    async readChunk(device, seq) {
      const bytes = await read(device, chunkFileName(seq))
      return parseChunk(new TextDecoder().decode(bytes), { device, seq })
    },

    async writeChunk(chunk: Chunk) {
      const bytes = new TextEncoder().encode(serialiseChunk(chunk))
      if ((await write(chunk.device, chunkFileName(chunk.seq), bytes)) === 'exists') {
        throw new SyncStoreError(
          'exists',
          `Chunk ${chunk.seq} of this device is already in the sync folder ${folder}; chunks are never replaced.`
        )
      }
    },

    async readSnapshot(device, upTo) {
      return parseSnapshot(await read(device, snapshotFileName(upTo)), { device, upTo })
    },

    async writeSnapshot(snapshot: Snapshot) {
      // One already in place is this device's, from the same chunks: it stays.
      await write(snapshot.device, snapshotFileName(snapshot.upTo), encodeSnapshot(snapshot))
    }
  }
  return store
}

/**
 * The store a sync target syncs through. Each store's code loads only when a sync runs, and only
 * the one the target needs.
 */
import { SyncStoreError, type SyncStore } from '@core/sync/store'
import type { SyncTarget } from '../db/records'
import type { Platform } from '../platform'

export async function storeFor(
  target: SyncTarget,
  password: string,
  place: Pick<Platform, 'syncFolder'>
): Promise<SyncStore> {
  if (target.kind !== 'folder') {
    const { webDavStore } = await import('./webdav-store')
    return webDavStore({ url: target.url, user: target.user, password })
  }
  if (!place.syncFolder) {
    throw new SyncStoreError(
      'unreachable',
      'Syncing through a folder works in the desktop app only; here, choose a WebDAV server in Settings › Sync.'
    )
  }
  if (!target.folder) {
    throw new SyncStoreError('unreachable', 'Choose the folder to sync through in Settings › Sync.')
  }
  const { folderStore } = await import('./folder-store')
  return folderStore(target.folder, place.syncFolder)
}

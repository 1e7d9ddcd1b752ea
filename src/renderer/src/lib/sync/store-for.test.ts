import { describe, expect, it } from 'vitest'
import { makeChunk } from '@core/sync/chunk'
import { SyncStoreError } from '@core/sync/store'
import type { SyncFolderCalls } from '@shared/ipc'
import { database } from '../db/database'
import { loadSyncTarget } from '../db/sync-repo'
import { freshDatabase } from '../db/test-support'
import type { SyncFolderAccess } from '../platform'
import { folderStore } from './folder-store'
import { storeFor } from './store-for'

const DEVICE = 'aaaaaaaa-laptop'
const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()

/** Folder calls that record what they were asked and answer from `files`. */
function recording(files: Record<string, string> = {}) {
  const asked: string[] = []
  const calls: SyncFolderAccess = {
    choose: async () => '/home/ann/Sync',
    syncFolderDevices: async (folder) => {
      asked.push(`devices ${folder}`)
      return { kind: 'done', value: [DEVICE, 'Not-a-device!'] }
    },
    syncFolderList: async (folder, device) => {
      asked.push(`list ${folder} ${device}`)
      return { kind: 'done', value: Object.keys(files) }
    },
    syncFolderRead: async (_folder, _device, name) => {
      const text = files[name]
      return text === undefined
        ? { kind: 'error', problem: 'server', message: `${name} is gone` }
        : { kind: 'done', value: new TextEncoder().encode(text) }
    },
    syncFolderWrite: async (_folder, _device, name, bytes) => {
      if (name in files) return { kind: 'done', value: 'exists' }
      files[name] = new TextDecoder().decode(bytes)
      return { kind: 'done', value: 'written' }
    }
  }
  return { asked, calls, files }
}

describe('storeFor', () => {
  it('syncs a target stored before folders existed (no kind) through WebDAV', async () => {
    await freshDatabase()
    // As version 0.1 stored it: no kind.
    await database().settings.put({
      key: 'sync-target',
      value: { url: 'http://127.0.0.1:9/', user: 'ann' }
    })
    const target = (await loadSyncTarget())!
    const store = await storeFor(target, 'pw', { syncFolder: recording().calls })
    const error = await store.listDevices().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyncStoreError)
    expect((error as Error).message).toContain('sync server at http://127.0.0.1:9')
  })

  it('syncs a folder target through the platform’s folder calls', async () => {
    const { asked, calls } = recording()
    const store = await storeFor({ kind: 'folder', folder: '/home/ann/Sync' }, '', {
      syncFolder: calls
    })
    expect(await store.listDevices()).toEqual([DEVICE])
    expect(asked).toEqual(['devices /home/ann/Sync'])
  })

  it('says why a folder cannot be synced in the web build, or before one is chosen', async () => {
    const web = storeFor({ kind: 'folder', folder: '/home/ann/Sync' }, '', { syncFolder: null })
    await expect(web).rejects.toThrow(/desktop app only/)
    const unchosen = storeFor({ kind: 'folder', folder: '' }, '', { syncFolder: recording().calls })
    await expect(unchosen).rejects.toThrow(/Choose the folder/)
  })
})

describe('folderStore', () => {
  it('writes chunks in core’s format, reads them back, and never replaces one', async () => {
    const { calls, files } = recording()
    const store = folderStore('/home/ann/Sync', calls)
    const chunk = makeChunk(DEVICE, 1, NOW, [])
    await store.writeChunk(chunk)
    expect(Object.keys(files)).toEqual(['00000001.json'])
    expect(await store.listFolder(DEVICE)).toEqual({ chunks: [1], snapshots: [] })
    expect(await store.readChunk(DEVICE, 1)).toEqual(chunk)
    const again = await store.writeChunk(chunk).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(SyncStoreError)
    expect((again as SyncStoreError).problem).toBe('exists')
  })

  it('turns an answer’s problem into the store error the engine reports', async () => {
    const failing: SyncFolderCalls = {
      ...recording().calls,
      syncFolderList: async () => ({ kind: 'error', problem: 'full', message: 'The disk is full' })
    }
    const error = await folderStore('/s', failing)
      .listChunks(DEVICE)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyncStoreError)
    expect(error).toMatchObject({ problem: 'full', message: 'The disk is full' })
  })
})

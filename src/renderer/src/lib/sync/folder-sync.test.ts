// @vitest-environment jsdom
// Two devices, each its own IndexedDB library, syncing through one real folder on disk: the
// renderer's folder store with its platform calls answered by main's own sync-folder module,
// the code the desktop app runs behind IPC (only the IPC hop is left out).
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { chunkFileName } from '@core/sync/chunk'
import { SyncStoreError } from '@core/sync/store'
import type { SyncFolderCalls } from '@shared/ipc'
import { useDatabase } from '../db/database'
import { saveSyncTarget } from '../db/sync-repo'
import { libraryWithCards } from '../db/test-support'
import type { Platform, SyncFolderAccess } from '../platform'
import { SyncSession } from '../state/sync-session.svelte'
import { folderStore } from './folder-store'
import { syncNow } from './sync-engine'
import { answer, libraryView, twoDevicesStudyOfflineThenSync } from './test-support'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

/**
 * Main's own module, loaded by its path: the renderer's TypeScript project cannot list main's
 * files (and the lint rule keeps renderer code from importing main); this test alone reaches
 * across, to run the store over the very code the desktop app runs behind IPC.
 */
const MAIN_SYNC_FOLDER = resolve(import.meta.dirname, '../../../../main/sync-folder.ts')
const { syncFolderCalls } = (await import(/* @vite-ignore */ MAIN_SYNC_FOLDER)) as {
  syncFolderCalls: SyncFolderCalls
}

let folder: string
const access: SyncFolderAccess = { ...syncFolderCalls, choose: async () => folder }
const store = () => folderStore(folder, access)

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'nd-folder-sync-'))
})

describe('syncing two devices through one folder', () => {
  it('ends with identical card states and every answer on both, after both studied offline', async () => {
    const { view } = await twoDevicesStudyOfflineThenSync(store, NOW, { compactAfter: 1 })

    // Each device wrote only its own folder: a chunk and the snapshot folding it in.
    const devices = await readdir(join(folder, 'newsdeck'))
    expect(devices).toHaveLength(2)
    for (const device of devices) {
      expect((await readdir(join(folder, 'newsdeck', device))).sort()).toEqual([
        '00000001.json',
        'snapshot-00000001.json.gz'
      ])
    }

    // A third device joins from the snapshots and ends the same.
    const tablet = await libraryWithCards(4, NOW)
    useDatabase(tablet)
    await syncNow(store(), NOW + 40 * MINUTE)
    expect(await libraryView(tablet)).toEqual(view)
  })

  it('ignores what a killed write left, and the next sync completes', async () => {
    const laptop = await libraryWithCards(2, NOW)
    const desktop = await libraryWithCards(2, NOW)
    await answer(laptop, 'c0', 3, NOW + 5 * MINUTE)
    useDatabase(laptop)
    const sent = await syncNow(store(), NOW + 6 * MINUTE)
    const device = sent.device
    // The laptop is killed while writing its next chunk: the temporary file stays, half of it.
    await writeFile(
      join(folder, 'newsdeck', device, `.upload-${chunkFileName(2)}-0badc0ffee00`),
      '{"format":"newsdeck-sync-chunk","version":1,"changes":[{"type":"ans'
    )

    useDatabase(desktop)
    const read = await syncNow(store(), NOW + 7 * MINUTE)
    expect(read).toMatchObject({ received: 1, skipped: [], brought: { answers: 1 } })

    // After the restart the laptop sends that chunk again, whole, beside the leftover.
    await answer(laptop, 'c1', 1, NOW + 8 * MINUTE)
    useDatabase(laptop)
    expect((await syncNow(store(), NOW + 9 * MINUTE)).sent?.seq).toBe(2)
    useDatabase(desktop)
    expect(await syncNow(store(), NOW + 10 * MINUTE)).toMatchObject({
      received: 1,
      skipped: [],
      brought: { answers: 1 }
    })
    expect(await libraryView(desktop)).toEqual(await libraryView(laptop))
  })

  it('stops with the reason when the folder is gone, and loses nothing here', async () => {
    const laptop = await libraryWithCards(1, NOW)
    await answer(laptop, 'c0', 3, NOW + MINUTE)
    const before = await libraryView(laptop)
    const gone = folderStore(join(folder, 'unplugged'), access)
    const error = await syncNow(gone, NOW + 2 * MINUTE).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyncStoreError)
    expect((error as SyncStoreError).problem).toBe('unreachable')
    expect(await libraryView(laptop)).toEqual(before)
    // Back in place, the answer goes out.
    expect((await syncNow(store(), NOW + 3 * MINUTE)).sent?.changes).toBeGreaterThan(0)
  })
})

describe('a folder target in the session', () => {
  const desktop = { isDesktop: true, syncFolder: access } as Platform

  it('syncs without a password, and again on start', async () => {
    await libraryWithCards(1, NOW)
    const session = new SyncSession(() => desktop)
    await session.syncNow({ kind: 'folder', folder, everyMinutes: 0 }, '')
    expect(session.error).toBeNull()
    expect(session.kept).toBeNull()
    expect(await readdir(join(folder, 'newsdeck'))).toHaveLength(1)

    const again = new SyncSession(() => desktop)
    await again.start()
    expect(again.error).toBeNull()
    expect(again.last).not.toBeNull()
  })

  it('does not sync on start in the web build, nor without a folder chosen', async () => {
    await libraryWithCards(1, NOW)
    await saveSyncTarget({ kind: 'folder', folder })
    const web = new SyncSession(() => ({ isDesktop: false, syncFolder: null }) as Platform)
    await web.start()
    expect(web.last).toBeNull()
    await saveSyncTarget({ kind: 'folder', folder: '' })
    const unchosen = new SyncSession(() => desktop)
    await unchosen.start()
    expect(unchosen.last).toBeNull()
    expect(await readdir(folder)).toEqual([])
  })
})

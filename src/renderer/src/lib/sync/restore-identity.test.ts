// A backup restored on a second machine must not make it the first machine as far as sync is
// concerned: each device keeps its own folder, and the two still end with the same library.
import { describe, expect, it } from 'vitest'
import { readLibrary, restoreLibrary } from '../db/backup-repo'
import { useDatabase } from '../db/database'
import { applyReschedule } from '../db/optimizer-repo'
import { loadSyncMeta, loadSyncTarget, saveSyncTarget } from '../db/sync-repo'
import { syncMetaAfterRestore } from '../db/sync-state-repo'
import { freshDatabase, libraryWithCards } from '../db/test-support'
import { syncNow } from './sync-engine'
import { answer, describeWithWebDav, libraryView } from './test-support'
import { webDavStore } from './webdav-store'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

describe('a restore and this device’s sync identity', () => {
  it('keeps the device id and its folder numbering, and takes what the backup had applied', () => {
    const own = {
      device: 'b'.repeat(32),
      nextSeq: 7,
      seen: { ['a'.repeat(32)]: [1, 2, 3] },
      stateKept: true,
      mark: { logId: 40, logCount: 40, rescheduleId: 0 },
      lastSync: null
    }
    const theirs = {
      device: 'a'.repeat(32),
      nextSeq: 3,
      seen: { ['a'.repeat(32)]: [1, 2] },
      lastSync: null
    }
    const fresh = () => 'c'.repeat(32)
    expect(syncMetaAfterRestore(own, theirs, fresh)).toEqual({
      device: own.device,
      nextSeq: 7,
      seen: theirs.seen,
      lastSync: null
    })
    // A machine that never synced gets an id of its own, not the backup's.
    expect(syncMetaAfterRestore(null, theirs, fresh)).toMatchObject({ device: fresh(), nextSeq: 1 })
    expect(syncMetaAfterRestore(own, null, fresh)).toMatchObject({ device: own.device, seen: {} })
    expect(syncMetaAfterRestore(null, null, fresh)).toBeNull()
  })

  it('keeps this machine’s server, and takes none of the backup’s sync meta', async () => {
    const laptop = await libraryWithCards(1, NOW)
    await laptop.settings.put({
      key: 'sync',
      value: { device: 'a'.repeat(32), nextSeq: 3, seen: {}, lastSync: null }
    })
    await saveSyncTarget({ url: 'https://laptop.example/dav', user: 'ann' })
    const backup = await readLibrary()

    await freshDatabase()
    await saveSyncTarget({ url: 'https://desktop.example/dav', user: 'bob' })
    await restoreLibrary(backup)
    expect((await loadSyncMeta())?.device).not.toBe('a'.repeat(32))
    expect(await loadSyncTarget()).toEqual({ url: 'https://desktop.example/dav', user: 'bob' })

    // A machine with no server of its own takes the backup's address (never a password).
    await freshDatabase()
    await restoreLibrary(backup)
    expect(await loadSyncTarget()).toEqual({ url: 'https://laptop.example/dav', user: 'ann' })
  })
})

describeWithWebDav(
  'restoring a backup on a second machine, then syncing through apache2',
  (server) => {
    it('writes its own folder, and both machines end with every answer', async () => {
      const store = () =>
        webDavStore({ url: server.url, user: server.user, password: server.password })
      const laptop = await libraryWithCards(3, NOW)
      await answer(laptop, 'c0', 3, NOW + MINUTE)
      await syncNow(store(), NOW + 2 * MINUTE)
      const laptopDevice = (await loadSyncMeta())!.device
      const backup = await readLibrary()

      // The desktop starts from the laptop's backup, then studies and syncs.
      const desktop = await freshDatabase()
      await restoreLibrary(backup)
      await answer(desktop, 'c1', 4, NOW + 10 * MINUTE)
      useDatabase(desktop)
      await syncNow(store(), NOW + 11 * MINUTE)
      const desktopDevice = (await loadSyncMeta())!.device
      expect(desktopDevice).not.toBe(laptopDevice)

      // The laptop studies on and syncs twice: its folder is still its own.
      await answer(laptop, 'c2', 3, NOW + 20 * MINUTE)
      useDatabase(laptop)
      await syncNow(store(), NOW + 21 * MINUTE)
      useDatabase(desktop)
      await syncNow(store(), NOW + 22 * MINUTE)

      expect((await store().listDevices()).sort()).toEqual([laptopDevice, desktopDevice].sort())
      const [a, b] = [await libraryView(laptop), await libraryView(desktop)]
      expect(a.logs).toHaveLength(3)
      expect(b).toEqual(a)
    })

    // A restore replaces the library's tables but not this machine's own record of its
    // optimizer reschedulings, so its next sync does not read them as undone.
    it("does not undo this machine's own rescheduling when it restores another's backup", async () => {
      const store = () =>
        webDavStore({ url: server.url, user: server.user, password: server.password })
      const start = NOW + 200 * MINUTE
      const desktop = await libraryWithCards(1, start)
      await answer(desktop, 'c0', 3, start + MINUTE)
      useDatabase(desktop)
      const answered = (await desktop.cards.get('c0'))!.sched
      const after = { ...answered, stability: 42, due: answered.due + 30 * 86_400_000 }
      await applyReschedule([{ cardId: 'c0', before: answered, after }], null, start + 2 * MINUTE)
      await syncNow(store(), start + 3 * MINUTE)

      // The laptop takes the rescheduling, then its library is restored on the desktop.
      const laptop = await freshDatabase()
      await syncNow(store(), start + 4 * MINUTE)
      // The server also holds the other tests' answers to c0; the rescheduling comes last.
      expect((await laptop.cards.get('c0'))!.sched.stability).toBe(42)
      const backup = await readLibrary()
      useDatabase(desktop)
      await restoreLibrary(backup)
      await syncNow(store(), start + 5 * MINUTE)
      useDatabase(laptop)
      await syncNow(store(), start + 6 * MINUTE)
      const kept = (await laptop.cards.get('c0'))!.sched
      expect(kept.stability).toBe(42) // not undone
      expect((await desktop.cards.get('c0'))!.sched).toEqual(kept)
    })
  }
)

// Two devices, each its own IndexedDB library, syncing through a real apache2 (mod_dav).
import { describe, expect, it } from 'vitest'
import { answerKey } from '@core/library/merge-library'
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import { SyncChunkError, type Chunk } from '@core/sync/chunk'
import { applyChunks, emptySyncState, materialise } from '@core/sync/sync-state'
import { SyncStoreError, type SyncStore } from '@core/sync/store'
import { freePort } from '../../../../../scripts/webdav-server.mjs'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { readLibrary, restoreLibrary } from '../db/backup-repo'
import { checkKeptCounts } from '../db/maintenance-repo'
import { applyReschedule, undoReschedule } from '../db/optimizer-repo'
import { undoRecordedAnswer, updateCard } from '../db/review-repo'
import { loadSyncMeta } from '../db/sync-repo'
import { loadSyncState } from '../db/sync-state-repo'
import { freshDatabase, libraryWithCards } from '../db/test-support'
import { MAX_CHANGES, syncNow } from './sync-engine'
import {
  answer,
  daysMatchRecount,
  describeWithWebDav,
  libraryView,
  twoDevicesStudyOfflineThenSync
} from './test-support'
import { webDavStore } from './webdav-store'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

/** Every chunk in the store read afresh (the damaged left out), and the library they stand for. */
async function fromScratch(store: SyncStore) {
  const chunks: Chunk[] = []
  for (const device of await store.listDevices()) {
    for (const seq of await store.listChunks(device)) {
      try {
        chunks.push(await store.readChunk(device, seq))
      } catch (error) {
        if (!(error instanceof SyncChunkError)) throw error
      }
    }
  }
  const state = applyChunks(emptySyncState(), chunks)
  const library = materialise(
    state,
    storedScheduler((k) => state.settings.get(k)?.value)
  )
  return { state, library }
}

/** A random number in [0, 1) from a seed: the same rounds on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describeWithWebDav('syncing two devices through apache2', (server) => {
  it('ends with identical card states and every answer on both, after both studied offline', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const { desktop } = await twoDevicesStudyOfflineThenSync(store, NOW)

    // Nothing new: syncing again sends and brings nothing.
    useDatabase(desktop)
    const idle = await syncNow(store(), NOW + 40 * MINUTE)
    expect(idle).toMatchObject({
      sent: null,
      received: 0,
      brought: { answers: 0, cards: 0, articles: 0 }
    })
  })

  it('takes an answer undone after it was synced out on every device, for good', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const laptop = await libraryWithCards(2, NOW)
    const desktop = await libraryWithCards(2, NOW)
    const at = NOW + 100 * MINUTE
    const given = async (db: NewsdeckDatabase) =>
      (await db.reviewLogs.where('reviewedAt').equals(at).toArray()).length
    await answer(laptop, 'c1', 1, at)
    await syncNow(store(), NOW + 101 * MINUTE)
    useDatabase(desktop)
    await syncNow(store(), NOW + 102 * MINUTE)
    expect(await given(desktop)).toBe(1)

    useDatabase(laptop)
    await undoRecordedAnswer((await laptop.reviewLogs.where('reviewedAt').equals(at).first())!.id!)
    await syncNow(store(), NOW + 103 * MINUTE)
    expect(await given(laptop)).toBe(0)
    useDatabase(desktop)
    await syncNow(store(), NOW + 104 * MINUTE)
    expect(await given(desktop)).toBe(0)
    expect(await libraryView(desktop)).toEqual(await libraryView(laptop))
    await daysMatchRecount(desktop)
    useDatabase(laptop)
    await syncNow(store(), NOW + 105 * MINUTE)
    expect(await given(laptop)).toBe(0)
    expect((await checkKeptCounts()).repaired).toEqual([])
  })

  it('takes a rescheduling undone after it was synced out on every device, for good', async () => {
    const auth = `Basic ${btoa(`${server.user}:${server.password}`)}`
    const folder = new URL('unreschedule/', server.url)
    await fetch(folder, { method: 'MKCOL', headers: { Authorization: auth } })
    const store = () =>
      webDavStore({ url: folder.href, user: server.user, password: server.password })
    const laptop = await libraryWithCards(2, NOW)
    const desktop = await libraryWithCards(2, NOW)
    await answer(laptop, 'c0', 3, NOW + 5 * MINUTE)
    await syncNow(store(), NOW + 6 * MINUTE)
    useDatabase(desktop)
    await syncNow(store(), NOW + 7 * MINUTE)
    const c0 = async (db: NewsdeckDatabase) => (await db.cards.get('c0'))!.sched
    const answered = await c0(desktop)
    expect(await c0(laptop)).toEqual(answered)

    /** Every card and answer here equals reading every chunk in the store afresh. */
    const agreesWithScratch = async (db: NewsdeckDatabase) => {
      useDatabase(db)
      const scratch = await fromScratch(store())
      expect(await loadSyncState((await loadSyncMeta())!.seen)).toEqual(scratch.state)
      expect((await libraryView(db)).cards).toEqual(
        [...scratch.library.cards].sort((a, b) => a.id.localeCompare(b.id))
      )
      expect((await checkKeptCounts()).repaired).toEqual([])
      return scratch
    }

    useDatabase(laptop)
    const after = { ...answered, stability: 42, due: answered.due + 30 * 86_400_000 }
    await applyReschedule([{ cardId: 'c0', before: answered, after }], null, NOW + 10 * MINUTE)
    await syncNow(store(), NOW + 11 * MINUTE)
    useDatabase(desktop)
    expect((await syncNow(store(), NOW + 12 * MINUTE)).received).toBe(1)
    expect(await c0(desktop)).toEqual(after)

    useDatabase(laptop)
    expect(await undoReschedule(NOW + 20 * MINUTE)).toMatchObject({ restored: 1 })
    expect(await c0(laptop)).toEqual(answered)
    const undo = await syncNow(store(), NOW + 21 * MINUTE)
    expect(undo.sent?.changes).toBe(1) // the tombstone, nothing else
    expect(await c0(laptop)).toEqual(answered)
    useDatabase(desktop)
    const brought = await syncNow(store(), NOW + 22 * MINUTE)
    expect(brought.received).toBe(1)
    expect(await c0(desktop)).toEqual(answered)
    const scratch = await agreesWithScratch(desktop)
    expect(scratch.state.unrescheduled.size).toBe(1)
    expect(await libraryView(desktop)).toEqual(await libraryView(laptop))

    // For good: the next syncs, touched and whole, keep it undone on both.
    for (const [db, minute] of [
      [laptop, 30],
      [desktop, 31]
    ] as const) {
      useDatabase(db)
      await answer(db, 'c1', 3, NOW + minute * MINUTE)
      await syncNow(store(), NOW + (minute + 1) * MINUTE)
      expect(await c0(db)).toEqual(answered)
      await agreesWithScratch(db)
    }
    useDatabase(laptop)
    await laptop.syncState.clear()
    const { stateKept: _kept, ...meta } = (await loadSyncMeta())!
    await laptop.settings.put({ key: 'sync', value: meta })
    expect((await syncNow(store(), NOW + 40 * MINUTE)).sent).toBeNull()
    expect(await c0(laptop)).toEqual(answered)
    await agreesWithScratch(laptop)
  })

  it('reads only new chunks, and ends where reading every chunk afresh ends', async () => {
    const auth = `Basic ${btoa(`${server.user}:${server.password}`)}`
    const folder = new URL('incremental/', server.url)
    await fetch(folder, { method: 'MKCOL', headers: { Authorization: auth } })
    let reads = 0
    const store = (): SyncStore => {
      const inner = webDavStore({
        url: folder.href,
        user: server.user,
        password: server.password
      })
      return { ...inner, readChunk: (d, seq) => (reads++, inner.readChunk(d, seq)) }
    }
    const random = seeded(14)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
    const devices = [
      await libraryWithCards(6, NOW),
      await libraryWithCards(6, NOW),
      await libraryWithCards(6, NOW)
    ]
    const given = new Map<NewsdeckDatabase, number[]>(devices.map((d) => [d, []]))
    let clock = NOW
    let undone = 0
    for (let round = 0; round < 24; round++) {
      const db = pick(devices)
      useDatabase(db)
      for (let op = 0; op < 1 + Math.floor(random() * 3); op++) {
        clock += (1 + Math.floor(random() * 600)) * MINUTE
        const card = pick(['c0', 'c1', 'c2', 'c3', 'c4', 'c5'])
        const kind = random()
        if (kind < 0.6) {
          await answer(db, card, pick([1, 2, 3, 4] as const), clock)
          given.get(db)!.push((await db.reviewLogs.toCollection().last())!.id!)
        } else if (kind < 0.8) {
          const last = given.get(db)!.pop()
          if (last !== undefined) await undoRecordedAnswer(last)
        } else {
          await updateCard(card, { front: `Round ${round}`, edited: true })
        }
      }
      useDatabase(db)
      const before = reads
      const report = await syncNow(store(), (clock += MINUTE))
      // Only chunks it had not read: other devices' new ones (its own is recorded as it sends).
      expect(reads - before).toBe(report.received)

      const scratch = await fromScratch(store())
      const meta = (await loadSyncMeta())!
      expect(await loadSyncState(meta.seen)).toEqual(scratch.state)
      const here = await libraryView(db)
      const byKey = (a: Parameters<typeof answerKey>[0], b: typeof a) =>
        answerKey(a).localeCompare(answerKey(b))
      expect(here.cards).toEqual(
        [...scratch.library.cards].sort((a, b) => a.id.localeCompare(b.id))
      )
      expect(here.logs).toEqual([...scratch.library.reviewLogs].sort(byKey))
      expect(await db.days.orderBy('day').toArray()).toEqual(scratch.library.days)
      expect((await checkKeptCounts()).repaired).toEqual([])
      undone = scratch.state.undone.size
    }
    // The rounds did undo answers already synced (the seed is chosen so they do).
    expect(undone).toBeGreaterThan(0)
  }, 60_000)

  it('builds the kept state once on a library that synced before it was kept', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const phone = await libraryWithCards(2, NOW)
    await answer(phone, 'c0', 4, NOW + 110 * MINUTE)
    await syncNow(store(), NOW + 111 * MINUTE)
    // As a database upgraded to version 5 holds it: its meta, and no state.
    const { stateKept: _kept, ...meta } = (await loadSyncMeta())!
    await phone.settings.put({ key: 'sync', value: meta })
    await phone.syncState.clear()
    await answer(phone, 'c1', 3, NOW + 112 * MINUTE)
    const report = await syncNow(store(), NOW + 113 * MINUTE)
    expect(report.sent?.changes).toBe(1) // the new answer only: nothing is sent twice
    expect((await loadSyncMeta())?.stateKept).toBe(true)
    expect(await loadSyncState((await loadSyncMeta())!.seen)).toEqual(
      (await fromScratch(store())).state
    )
  })

  it('undoes nothing when an older backup is restored: the answers since come back', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const laptop = await libraryWithCards(2, NOW)
    await answer(laptop, 'c0', 3, NOW + 120 * MINUTE)
    await syncNow(store(), NOW + 121 * MINUTE)
    const device = (await loadSyncMeta())!.device
    const backup = await readLibrary()
    await answer(laptop, 'c1', 3, NOW + 122 * MINUTE)
    await syncNow(store(), NOW + 123 * MINUTE)

    await restoreLibrary(backup)
    const report = await syncNow(store(), NOW + 124 * MINUTE)
    expect(report.sent).toBeNull() // no undo, no deletion
    expect((await loadSyncMeta())!.device).toBe(device)
    expect(
      await laptop.reviewLogs
        .where('reviewedAt')
        .equals(NOW + 122 * MINUTE)
        .count()
    ).toBe(1)
  })

  it('keeps an edit and a suspension made on one device, and loses nothing local when the password is wrong', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const phone = await libraryWithCards(2, NOW)
    await phone.cards.update('c1', {
      front: 'Edited on the phone',
      edited: true,
      suspended: true
    })
    await answer(phone, 'c0', 3, NOW + 50 * MINUTE)
    const before = await libraryView(phone)
    const wrong = webDavStore({ url: server.url, user: server.user, password: 'not it' })
    await expect(syncNow(wrong, NOW + 51 * MINUTE)).rejects.toThrow(SyncStoreError)
    expect(await libraryView(phone)).toEqual(before)

    useDatabase(phone)
    await syncNow(store(), NOW + 52 * MINUTE)
    const tablet = await libraryWithCards(2, NOW)
    await syncNow(store(), NOW + 53 * MINUTE)
    const c1 = (await tablet.cards.get('c1'))!
    expect(c1).toMatchObject({ front: 'Edited on the phone', suspended: true })
    expect((await checkKeptCounts()).repaired).toEqual([])
  })

  it('goes on after a device closed between sending its chunk and recording it', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const laptop = await libraryWithCards(3, NOW)
    await syncNow(store(), NOW + 79 * MINUTE)
    await answer(laptop, 'c2', 3, NOW + 80 * MINUTE)
    // As if the window closed after the upload and before the transaction that records it:
    // the meta and the kept state stay as they were before this sync.
    const [meta, state] = [(await laptop.settings.get('sync'))!, await laptop.syncState.toArray()]
    const sent = await syncNow(store(), NOW + 81 * MINUTE)
    await laptop.settings.put(meta)
    await laptop.syncState.clear()
    await laptop.syncState.bulkPut(state)
    await answer(laptop, 'c2', 1, NOW + 90 * MINUTE)
    const again = await syncNow(store(), NOW + 91 * MINUTE)
    expect(again.sent?.seq).toBe(sent.sent!.seq + 1)
    const desktop = await libraryWithCards(3, NOW)
    await syncNow(store(), NOW + 92 * MINUTE)
    const answers = await desktop.reviewLogs.where('cardId').equals('c2').toArray()
    expect(answers.filter((l) => l.reviewedAt >= NOW + 80 * MINUTE).map((l) => l.grade)).toEqual([
      3, 1
    ])
  })

  it('splits a large first sync into chunks, and a new, empty device gets the whole library', async () => {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const large = await libraryWithCards(MAX_CHANGES + 100, NOW)
    useDatabase(large)
    const report = await syncNow(store(), NOW + 60 * MINUTE)
    expect(report.sent?.changes).toBe(MAX_CHANGES + 101) // the article and its cards
    expect(await store().listChunks(report.device)).toEqual([1, 2])
    const empty = await freshDatabase()
    const joined = await syncNow(store(), NOW + 61 * MINUTE)
    expect(joined.brought.cards).toBeGreaterThanOrEqual(MAX_CHANGES + 100)
    expect(await empty.cards.get(`c${MAX_CHANGES + 99}`)).toBeDefined()
    expect((await checkKeptCounts()).repaired).toEqual([])
  }, 60_000)

  it('numbers answers it brings after every id this library gave, so an id an undo puts back stays free', async () => {
    const store = webDavStore({ url: server.url, user: server.user, password: server.password })
    const other = await libraryWithCards(2, NOW)
    await answer(other, 'c1', 3, NOW + 90 * MINUTE)
    await syncNow(store, NOW + 91 * MINUTE)
    const here = await libraryWithCards(2, NOW)
    await answer(here, 'c0', 3, NOW + 92 * MINUTE)
    // Browse deleted a card with its answer (id 50) and may put it back with that id.
    const [log] = await here.reviewLogs.toArray()
    await here.reviewLogs.put({ ...log!, id: 50 })
    await here.reviewLogs.delete(50)
    const report = await syncNow(store, NOW + 93 * MINUTE)
    expect(report.brought.answers).toBeGreaterThan(0)
    const ids = await here.reviewLogs.toCollection().primaryKeys()
    expect(ids.filter((id) => id !== log!.id).every((id) => (id ?? 0) > 50)).toBe(true)
  })

  it('skips a damaged chunk from another device, saying which, and syncs the rest', async () => {
    const auth = `Basic ${btoa(`${server.user}:${server.password}`)}`
    const folder = new URL('newsdeck/zz-broken-device-9/', server.url)
    await fetch(folder, { method: 'MKCOL', headers: { Authorization: auth } })
    await fetch(new URL('00000001.json', folder), {
      method: 'PUT',
      headers: { Authorization: auth },
      body: '{"format":"newsdeck-sync-chunk","version":1,"device":"zz-broken-device-9"'
    })
    const reader = await libraryWithCards(2, NOW)
    await answer(reader, 'c0', 2, NOW + 70 * MINUTE)
    const store = webDavStore({ url: server.url, user: server.user, password: server.password })
    const report = await syncNow(store, NOW + 71 * MINUTE)
    expect(report.skipped).toEqual([
      'Chunk 1 from device zz-broke is damaged: it is not complete JSON.'
    ])
    expect(report.sent).not.toBeNull()
    expect(await reader.reviewLogs.count()).toBeGreaterThanOrEqual(1)
    // Still unread, so named again next time (until its device writes it again or it is removed).
    expect((await syncNow(store, NOW + 72 * MINUTE)).skipped).toHaveLength(1)
  })
})

describe('syncing with the server down', () => {
  it('says so and changes nothing here', async () => {
    const db = await libraryWithCards(2, NOW)
    await answer(db, 'c1', 3, NOW + MINUTE)
    const before = await libraryView(db)
    const port = await freePort()
    const down = webDavStore({ url: `http://127.0.0.1:${port}/`, user: 'a', password: 'b' })
    await expect(syncNow(down, NOW + 2 * MINUTE)).rejects.toThrow(/Could not reach the sync server/)
    expect(await libraryView(db)).toEqual(before)
  })
})

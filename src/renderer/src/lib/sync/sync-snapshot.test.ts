// Compacted snapshots against a real apache2 (mod_dav): a device folds its chunks, a new device
// reads the snapshot and the chunks after it, and ends exactly where reading every chunk ends.
import { expect, it } from 'vitest'
import type { Chunk } from '@core/sync/chunk'
import { compactChunks, snapshotFileName } from '@core/sync/snapshot'
import type { SyncStore } from '@core/sync/store'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { checkKeptCounts } from '../db/maintenance-repo'
import { undoRecordedAnswer, updateCard } from '../db/review-repo'
import { freshDatabase, libraryWithCards } from '../db/test-support'
import { syncNow } from './sync-engine'
import { answer, daysMatchRecount, describeWithWebDav, libraryView } from './test-support'
import { webDavStore } from './webdav-store'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

/** Every answer, card, day and kept count of a library, as a person would compare them. */
async function everything(db: NewsdeckDatabase) {
  useDatabase(db)
  return {
    ...(await libraryView(db)),
    days: await db.days.orderBy('day').toArray(),
    counts: (await db.articleCounts.toArray()).map(({ articleId, ...c }) => ({ articleId, ...c }))
  }
}

describeWithWebDav('compacted snapshots through apache2', (server) => {
  const auth = () => `Basic ${btoa(`${server.user}:${server.password}`)}`
  /** A store in its own folder on the server, counting what it reads. */
  async function storeIn(name: string) {
    const folder = new URL(`${name}/`, server.url)
    await fetch(folder, { method: 'MKCOL', headers: { Authorization: auth() } })
    const counts = { chunks: 0, snapshots: 0 }
    const make = (options: { snapshots?: boolean } = {}): SyncStore => {
      const inner = webDavStore({
        url: folder.href,
        user: server.user,
        password: server.password
      })
      return {
        ...inner,
        // Without snapshots: an older device, which lists only chunks.
        listFolder: async (d) => {
          const listed = await inner.listFolder(d)
          return options.snapshots === false ? { ...listed, snapshots: [] } : listed
        },
        readChunk: (d, seq) => (counts.chunks++, inner.readChunk(d, seq)),
        readSnapshot: (d, upTo) => (counts.snapshots++, inner.readSnapshot(d, upTo))
      }
    }
    return { folder, counts, make }
  }

  /** A laptop that studied and synced in `rounds` chunks, one an answer or an undo or an edit. */
  async function studiedLaptop(store: () => SyncStore, rounds: number, compactAfter: number) {
    const laptop = await libraryWithCards(6, NOW)
    let clock = NOW
    for (let round = 0; round < rounds; round++) {
      clock += 37 * MINUTE
      const card = `c${round % 6}`
      if (round % 5 === 3) {
        const last = await laptop.reviewLogs.toCollection().last()
        if (last) await undoRecordedAnswer(last.id!)
      } else if (round % 7 === 6) await updateCard(card, { front: `Round ${round}`, edited: true })
      else await answer(laptop, card, ((round % 4) + 1) as 1 | 2 | 3 | 4, clock)
      useDatabase(laptop)
      await syncNow(store(), (clock += MINUTE), { compactAfter })
    }
    return { laptop, clock }
  }

  it('folds a device’s chunks, and a new device from snapshot + chunks ends as one from chunks alone', async () => {
    const { counts, make } = await storeIn('compacting')
    const { laptop, clock } = await studiedLaptop(make, 11, 4)
    useDatabase(laptop)
    const device = (await make().listDevices())[0]!
    const listed = await make().listFolder(device)
    expect(listed.chunks).toHaveLength(11)
    // Every 4 chunks after the last snapshot: after chunks 4 and 8.
    expect(listed.snapshots).toEqual([4, 8])
    // The laptop alone answered its cards: its snapshot vouches for their replays, so the new
    // device below takes their states as they are, and must end exactly as a full replay does.
    const vouched = (await make().readSnapshot(device, 8)).settled
    expect(Object.keys(vouched?.cards ?? {}).length).toBeGreaterThan(0)
    const expected = await everything(laptop)

    const fromSnapshot = await freshDatabase()
    Object.assign(counts, { chunks: 0, snapshots: 0 })
    const joined = await syncNow(make(), clock + MINUTE, { compactAfter: 4 })
    expect(joined.skipped).toEqual([])
    expect(joined.received).toBe(11)
    expect(counts).toEqual({ chunks: 3, snapshots: 1 })
    const viaSnapshot = await everything(fromSnapshot)

    const fromChunks = await freshDatabase()
    counts.chunks = 0
    await syncNow(make({ snapshots: false }), clock + MINUTE)
    expect(counts.chunks).toBe(11)
    const viaChunks = await everything(fromChunks)

    expect(viaSnapshot).toEqual(viaChunks)
    expect({ cards: viaSnapshot.cards, logs: viaSnapshot.logs }).toEqual({
      cards: expected.cards,
      logs: expected.logs
    })
    expect(viaSnapshot.logs.length).toBeGreaterThan(4)
    await daysMatchRecount(fromSnapshot)
    useDatabase(fromSnapshot)
    expect((await checkKeptCounts()).repaired).toEqual([])
  }, 60_000)

  it('doubles nothing on a device that read chunks the snapshot folds, back after an absence', async () => {
    const { counts, make } = await storeIn('absent')
    const desktop = await libraryWithCards(6, NOW)
    const laptop = await libraryWithCards(6, NOW)
    await answer(laptop, 'c0', 3, NOW + MINUTE)
    await syncNow(make(), NOW + 2 * MINUTE, { compactAfter: 3 })
    useDatabase(desktop)
    await syncNow(make(), NOW + 3 * MINUTE, { compactAfter: 3 })
    // The laptop studies on while the desktop is away; its chunks are folded twice meanwhile.
    let clock = NOW + 10 * MINUTE
    for (let i = 0; i < 7; i++) {
      await answer(laptop, `c${i % 6}`, 3, (clock += 30 * MINUTE))
      useDatabase(laptop)
      await syncNow(make(), (clock += MINUTE), { compactAfter: 3 })
    }
    useDatabase(desktop)
    counts.snapshots = 0
    const back = await syncNow(make(), (clock += MINUTE), { compactAfter: 3 })
    expect(counts.snapshots).toBe(1)
    expect(back.brought.answers).toBe(7)
    useDatabase(laptop)
    await syncNow(make(), clock + MINUTE, { compactAfter: 3 })
    const [here, there] = [await everything(desktop), await everything(laptop)]
    expect(here.cards).toEqual(there.cards)
    expect(here.logs).toEqual(there.logs)
    expect(here.logs).toHaveLength(8)
    await daysMatchRecount(desktop)

    // One more answer, and the laptop folds chunks 7–9; the desktop, which missed only chunk 9,
    // reads that chunk and not the snapshot.
    await answer(laptop, 'c1', 2, (clock += 30 * MINUTE))
    useDatabase(laptop)
    expect((await syncNow(make(), (clock += MINUTE), { compactAfter: 3 })).compacted).toBe(9)
    useDatabase(desktop)
    Object.assign(counts, { chunks: 0, snapshots: 0 })
    await syncNow(make(), clock + MINUTE, { compactAfter: 3 })
    expect(counts).toEqual({ chunks: 1, snapshots: 0 })
    expect(await desktop.reviewLogs.count()).toBe(9)
  }, 60_000)

  it('shows no half-written snapshot: an upload cut before its move is not listed, and the next sync completes', async () => {
    const { folder, make } = await storeIn('cut-snapshot')
    const { laptop, clock } = await studiedLaptop(make, 3, 100)
    const device = (await make().listDevices())[0]!
    // What a device killed mid-upload leaves: half a snapshot under a temporary name.
    const chunks: Chunk[] = []
    for (const seq of await make().listChunks(device))
      chunks.push(await make().readChunk(device, seq))
    const bytes = new TextEncoder().encode(
      JSON.stringify(compactChunks(device, null, chunks, clock))
    )
    const cut = await fetch(
      new URL(`newsdeck/${device}/.upload-${snapshotFileName(3)}-cut`, folder),
      {
        method: 'PUT',
        headers: { Authorization: auth() },
        body: bytes.subarray(0, bytes.length >> 1)
      }
    )
    expect(cut.status).toBe(201)
    expect((await make().listFolder(device)).snapshots).toEqual([])
    await freshDatabase()
    const joined = await syncNow(make(), clock + MINUTE)
    expect(joined.skipped).toEqual([])
    expect(joined.received).toBe(3)
    // The owner's next sync (any sync, here one with nothing new) writes the snapshot.
    useDatabase(laptop)
    const next = await syncNow(make(), clock + 2 * MINUTE, { compactAfter: 3 })
    expect(next.compacted).toBe(3)
    expect((await make().listFolder(device)).snapshots).toEqual([3])
  }, 60_000)

  it('names a malformed snapshot, reads its chunks instead, and loses nothing local', async () => {
    const { folder, counts, make } = await storeIn('malformed-snapshot')
    const { laptop, clock } = await studiedLaptop(make, 4, 100)
    const device = (await make().listDevices())[0]!
    const put = await fetch(new URL(`newsdeck/${device}/${snapshotFileName(4)}`, folder), {
      method: 'PUT',
      headers: { Authorization: auth() },
      body: 'not a snapshot'
    })
    expect(put.status).toBe(201)
    const reader = await libraryWithCards(6, NOW)
    await answer(reader, 'c5', 1, clock + MINUTE)
    counts.chunks = 0
    const report = await syncNow(make(), clock + 2 * MINUTE, { compactAfter: 4 })
    expect(report.skipped).toEqual([
      `The snapshot of device ${device.slice(0, 8)} up to chunk 4 is damaged: it is cut short or not a snapshot at all. Its chunks were read instead.`
    ])
    expect(counts.chunks).toBe(4)
    useDatabase(laptop)
    await syncNow(make(), clock + 3 * MINUTE)
    const [here, there] = [await everything(reader), await everything(laptop)]
    expect(here.logs).toEqual(there.logs)
    expect(here.logs.some((l) => l.cardId === 'c5' && l.grade === 1)).toBe(true)
    expect(here.cards).toEqual(there.cards)
  }, 60_000)
})

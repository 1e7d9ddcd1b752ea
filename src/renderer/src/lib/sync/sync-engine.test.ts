// Two devices, each its own IndexedDB library, syncing through a real apache2 (mod_dav).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerKey } from '@core/library/merge-library'
import { applyToAggregate } from '@core/review/day-summary'
import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { SyncStoreError } from '@core/sync/store'
import type { DayAggregate, Grade } from '@core/model'
import {
  freePort,
  startWebDav,
  webDavUnavailable,
  type WebDavServer
} from '../../../../../scripts/webdav-server.mjs'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { checkKeptCounts } from '../db/maintenance-repo'
import { recordAnswer, undoRecordedAnswer } from '../db/review-repo'
import { freshDatabase, libraryWithCards } from '../db/test-support'
import { MAX_CHANGES, syncNow } from './sync-engine'
import { webDavStore } from './webdav-store'

const unavailable = webDavUnavailable()
const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000
const settings = { ...DEFAULT_SETTINGS }

async function answer(db: NewsdeckDatabase, cardId: string, grade: Grade, now: number) {
  useDatabase(db)
  const card = (await db.cards.get(cardId))!
  const preview = previewGrades(createScheduler(settings), card.sched, now)
  const { card: after, log } = answerCard(card, preview, grade, settings, 3000)
  await recordAnswer(after, log)
}

/** What a person would compare: every card's state and every answer (log ids are per device). */
async function snapshot(db: NewsdeckDatabase) {
  const cards = (await db.cards.toArray()).sort((a, b) => a.id.localeCompare(b.id))
  const logs = (await db.reviewLogs.toArray())
    .map(({ id: _id, ...l }) => l)
    .sort((a, b) => answerKey(a).localeCompare(answerKey(b)))
  return { cards, logs }
}

/** The day totals must equal a recount of the answers. */
async function daysMatchRecount(db: NewsdeckDatabase): Promise<void> {
  const recount = new Map<string, DayAggregate>()
  for (const log of await db.reviewLogs.toArray())
    recount.set(log.day, applyToAggregate(recount.get(log.day), log))
  const days = (await db.days.toArray()).sort((a, b) => a.day.localeCompare(b.day))
  expect(days).toEqual([...recount.values()].sort((a, b) => a.day.localeCompare(b.day)))
}

describe.skipIf(unavailable)(
  `syncing two devices through apache2${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let server: WebDavServer
    beforeAll(async () => {
      server = await startWebDav()
    }, 20_000)
    afterAll(async () => {
      await server?.stop()
    })

    it('ends with identical card states and every answer on both, after both studied offline', async () => {
      const store = () =>
        webDavStore({ url: server.url, user: server.user, password: server.password })
      const laptop = await libraryWithCards(4, NOW)
      const desktop = await libraryWithCards(4, NOW)
      // Offline on both: c0 answered on both machines, the others on one each.
      await answer(laptop, 'c0', 3, NOW + 5 * MINUTE)
      await answer(laptop, 'c1', 1, NOW + 6 * MINUTE)
      await answer(desktop, 'c0', 1, NOW + 20 * MINUTE)
      await answer(desktop, 'c2', 4, NOW + 21 * MINUTE)

      useDatabase(laptop)
      const first = await syncNow(store(), NOW + 30 * MINUTE)
      expect(first.sent?.changes).toBeGreaterThan(2)
      expect(first.brought).toEqual({ answers: 0, cards: 0, articles: 0 })

      useDatabase(desktop)
      const second = await syncNow(store(), NOW + 31 * MINUTE)
      expect(second.received).toBe(1)
      expect(second.brought.answers).toBe(2)

      useDatabase(laptop)
      const third = await syncNow(store(), NOW + 32 * MINUTE)
      expect(third.brought.answers).toBe(2)
      expect(third.sent).toBeNull()

      const [a, b] = [await snapshot(laptop), await snapshot(desktop)]
      expect(a).toEqual(b)
      expect(a.logs).toHaveLength(4)
      // c0's two answers, from two machines, are one history replayed in time order.
      const c0 = a.logs.filter((l) => l.cardId === 'c0')
      expect(c0.map((l) => l.grade)).toEqual([3, 1])
      expect(c0[1]!.before).toEqual(c0[0]!.after)
      expect(a.cards.find((c) => c.id === 'c0')!.sched).toEqual(c0[1]!.after)

      for (const db of [laptop, desktop]) {
        useDatabase(db)
        expect((await checkKeptCounts()).repaired).toEqual([])
        await daysMatchRecount(db)
      }

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
      await undoRecordedAnswer(
        (await laptop.reviewLogs.where('reviewedAt').equals(at).first())!.id!
      )
      await syncNow(store(), NOW + 103 * MINUTE)
      expect(await given(laptop)).toBe(0)
      useDatabase(desktop)
      await syncNow(store(), NOW + 104 * MINUTE)
      expect(await given(desktop)).toBe(0)
      expect(await snapshot(desktop)).toEqual(await snapshot(laptop))
      await daysMatchRecount(desktop)
      useDatabase(laptop)
      await syncNow(store(), NOW + 105 * MINUTE)
      expect(await given(laptop)).toBe(0)
      expect((await checkKeptCounts()).repaired).toEqual([])
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
      const before = await snapshot(phone)
      const wrong = webDavStore({ url: server.url, user: server.user, password: 'not it' })
      await expect(syncNow(wrong, NOW + 51 * MINUTE)).rejects.toThrow(SyncStoreError)
      expect(await snapshot(phone)).toEqual(before)

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
      await answer(laptop, 'c2', 3, NOW + 80 * MINUTE)
      const sent = await syncNow(store(), NOW + 81 * MINUTE)
      // As if the window closed after the upload and before the transaction that records it.
      const meta = (await laptop.settings.get('sync'))!.value as { device: string }
      await laptop.settings.put({
        key: 'sync',
        value: { device: meta.device, nextSeq: 1, seen: {}, lastSync: null }
      })
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
  }
)

describe('syncing with the server down', () => {
  it('says so and changes nothing here', async () => {
    const db = await libraryWithCards(2, NOW)
    await answer(db, 'c1', 3, NOW + MINUTE)
    const before = await snapshot(db)
    const port = await freePort()
    const down = webDavStore({ url: `http://127.0.0.1:${port}/`, user: 'a', password: 'b' })
    await expect(syncNow(down, NOW + 2 * MINUTE)).rejects.toThrow(/Could not reach the sync server/)
    expect(await snapshot(db)).toEqual(before)
  })
})

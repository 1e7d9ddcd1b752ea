// What the sync tests share: answering as the review screen does, and what to compare.
import { afterAll, beforeAll, describe, expect } from 'vitest'
import type { SyncStore } from '@core/sync/store'
import { answerKey } from '@core/library/merge-library'
import { applyToAggregate } from '@core/review/day-summary'
import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import type { DayAggregate, Grade } from '@core/model'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { checkKeptCounts } from '../db/maintenance-repo'
import { recordAnswer } from '../db/review-repo'
import { libraryWithCards } from '../db/test-support'
import { syncNow, type SyncOptions } from './sync-engine'
import {
  startWebDav,
  webDavUnavailable,
  type WebDavServer
} from '../../../../../scripts/webdav-server.mjs'

const settings = { ...DEFAULT_SETTINGS }

export async function answer(db: NewsdeckDatabase, cardId: string, grade: Grade, now: number) {
  useDatabase(db)
  const card = (await db.cards.get(cardId))!
  const preview = previewGrades(createScheduler(settings), card.sched, now)
  const { card: after, log } = answerCard(card, preview, grade, settings, 3000)
  await recordAnswer(after, log)
}

/** What a person would compare: every card's state and every answer (log ids are per device). */
export async function libraryView(db: NewsdeckDatabase) {
  const cards = (await db.cards.toArray()).sort((a, b) => a.id.localeCompare(b.id))
  const logs = (await db.reviewLogs.toArray())
    .map(({ id: _id, ...l }) => l)
    .sort((a, b) => answerKey(a).localeCompare(answerKey(b)))
  return { cards, logs }
}

/** The day totals must equal a recount of the answers. */
export async function daysMatchRecount(db: NewsdeckDatabase): Promise<void> {
  const recount = new Map<string, DayAggregate>()
  for (const log of await db.reviewLogs.toArray())
    recount.set(log.day, applyToAggregate(recount.get(log.day), log))
  const days = (await db.days.toArray()).sort((a, b) => a.day.localeCompare(b.day))
  expect(days).toEqual([...recount.values()].sort((a, b) => a.day.localeCompare(b.day)))
}

const MINUTE = 60_000

/**
 * The first scenario of issue 14, through any store: a laptop and a desktop answer offline (one
 * card on both), then sync laptop, desktop, laptop. Both must end with identical card states and
 * all four answers, the shared card's two answers one history in time order, their counts kept.
 */
export async function twoDevicesStudyOfflineThenSync(
  store: () => SyncStore,
  now: number,
  options: SyncOptions = {}
) {
  const laptop = await libraryWithCards(4, now)
  const desktop = await libraryWithCards(4, now)
  await answer(laptop, 'c0', 3, now + 5 * MINUTE)
  await answer(laptop, 'c1', 1, now + 6 * MINUTE)
  await answer(desktop, 'c0', 1, now + 20 * MINUTE)
  await answer(desktop, 'c2', 4, now + 21 * MINUTE)

  useDatabase(laptop)
  const first = await syncNow(store(), now + 30 * MINUTE, options)
  expect(first.sent?.changes).toBeGreaterThan(2)
  expect(first.brought).toEqual({ answers: 0, cards: 0, articles: 0 })

  useDatabase(desktop)
  const second = await syncNow(store(), now + 31 * MINUTE, options)
  expect(second.received).toBe(1)
  expect(second.brought.answers).toBe(2)

  useDatabase(laptop)
  const third = await syncNow(store(), now + 32 * MINUTE, options)
  expect(third.brought.answers).toBe(2)
  expect(third.sent).toBeNull()

  const [view, other] = [await libraryView(laptop), await libraryView(desktop)]
  expect(view).toEqual(other)
  expect(view.logs).toHaveLength(4)
  // c0's two answers, from two machines, are one history replayed in time order.
  const c0 = view.logs.filter((l) => l.cardId === 'c0')
  expect(c0.map((l) => l.grade)).toEqual([3, 1])
  expect(c0[1]!.before).toEqual(c0[0]!.after)
  expect(view.cards.find((c) => c.id === 'c0')!.sched).toEqual(c0[1]!.after)

  for (const db of [laptop, desktop]) {
    useDatabase(db)
    expect((await checkKeptCounts()).repaired).toEqual([])
    await daysMatchRecount(db)
  }
  return { laptop, desktop, view }
}

/**
 * A describe block run against a real apache2 (mod_dav) that it starts on 127.0.0.1 and stops
 * after; skipped, with the reason in its title, where apache2 is missing. The body gets the
 * server, whose address and credentials are filled in before the first test runs.
 */
export function describeWithWebDav(title: string, body: (server: WebDavServer) => void): void {
  const unavailable = webDavUnavailable()
  describe.skipIf(unavailable)(`${title}${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
    const server = {} as WebDavServer
    beforeAll(async () => {
      Object.assign(server, await startWebDav())
    }, 20_000)
    afterAll(async () => {
      await server.stop?.()
    })
    body(server)
  })
}

// What the sync tests share: answering as the review screen does, and what to compare.
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { answerKey } from '@core/library/merge-library'
import { applyToAggregate } from '@core/review/day-summary'
import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import type { DayAggregate, Grade } from '@core/model'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { recordAnswer } from '../db/review-repo'
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

/**
 * Storage for the progress statistics beside the screen's own snapshot: the year's day totals
 * with their true-retention tallies, and a slim copy of each card's memory state for mastery and
 * the distributions. Day rows kept before the tallies existed are recounted once from that
 * day's log entries (through the `day` index), never by walking the whole log.
 */
import { addDays } from '@core/calendar'
import type { DayAggregate } from '@core/model'
import { recallOfEntries } from '@core/review/day-summary'
import { studyDay } from '@core/review/study-day'
import { cardMemory, speakersByQuote, type CardMemory } from '@core/stats/memory'
import { database } from './database'
import { cardPages } from './history-repo'
import { onTablesWritten, type Watched } from './live'
import type { CardRecord } from './records'
import { loadParameters, MODEL_SETTING } from './optimizer-repo'
import { loadStudySettings, STUDY_SETTINGS } from './settings-repo'

export interface ProgressDays {
  /** Day totals of the last 365 study days, oldest first, each with its `recall` tally. */
  days: DayAggregate[]
  today: string
  desiredRetention: number
}

/** The year's day totals, recounting the true-retention tally of any row that lacks one. */
export async function progressDays(now: number): Promise<ProgressDays> {
  const db = database()
  const settings = await loadStudySettings()
  const today = studyDay(now, settings.dayStartHour)
  const from = addDays(today, -364)
  let days = await db.days.where('day').aboveOrEqual(from).sortBy('day')
  if (days.some((d) => !d.recall)) {
    await recountRecall(days.filter((d) => !d.recall).map((d) => d.day))
    days = await db.days.where('day').aboveOrEqual(from).sortBy('day')
  }
  return { days, today, desiredRetention: settings.desiredRetention }
}

/** Tallies each day's true retention from its own log entries, in one transaction per day. */
export async function recountRecall(dayKeys: readonly string[]): Promise<void> {
  const db = database()
  for (const day of dayKeys) {
    await db.transaction('rw', db.days, db.reviewLogs, async () => {
      const [row, entries] = await Promise.all([
        db.days.get(day),
        db.reviewLogs.where('day').equals(day).toArray()
      ])
      // An answer in between may have added the tally already; recounting is still exact.
      if (row) await db.days.put({ ...row, recall: recallOfEntries(entries) })
    })
  }
}

export interface MemoryModel {
  weights: number[]
  desiredRetention: number
}

/** What retrievability and mastery are computed with: the parameters and retention in use. */
export async function memoryModel(): Promise<MemoryModel> {
  const [weights, settings] = await Promise.all([loadParameters(), loadStudySettings()])
  return { weights: [...weights], desiredRetention: settings.desiredRetention }
}

export interface MemorySnapshot {
  cards: CardMemory[]
  titles: Map<string, string>
  weights: number[]
  desiredRetention: number
}

/**
 * Every card's memory state, read a page at a time by primary key and kept only as the few
 * fields the statistics use, with article titles and each quotation's speaker.
 */
export async function memorySnapshot(pageSize = 5000): Promise<MemorySnapshot> {
  const db = database()
  const [articles, model] = await Promise.all([db.articles.toArray(), memoryModel()])
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const speakers = new Map<string, string>()
  for (const a of articles) {
    for (const [quoteId, speaker] of speakersByQuote(a.extraction)) speakers.set(quoteId, speaker)
  }
  const cards: CardMemory[] = []
  for await (const page of cardPages(pageSize)) {
    for (const c of page) {
      cards.push(cardMemory(c, c.quoteId ? (speakers.get(c.quoteId) ?? null) : null))
    }
  }
  return { cards, titles, ...model }
}

/** A few cards by id (the report's hardest), missing ones as undefined. */
export function cardsById(ids: readonly string[]): Promise<Array<CardRecord | undefined>> {
  return database().cards.bulkGet([...ids])
}

/** What the memory statistics are read from: a write to any of these dates a reading. */
const MEMORY_INPUTS: readonly Watched[] = ['cards', 'articles', STUDY_SETTINGS, MODEL_SETTING]

/**
 * Calls `onChange` after each write to the cards, the articles, the study settings or the
 * scheduler's parameters, reading nothing itself: what the memory statistics watch to know when
 * to ask the worker again, which reads every card. Other settings (the sync state, the date of
 * the last backup) are written every few minutes and change nothing they show. (A live query
 * that counted the cards for this held IndexedDB for ~170 ms at 100,000 cards each time a screen
 * started watching, and every small read of that screen queued behind it.)
 */
export function watchMemoryInputs(onChange: () => void): () => void {
  return onTablesWritten(MEMORY_INPUTS, onChange)
}

/**
 * Storage for statistics, exports and backups. Statistics read only indexes and the per-day
 * totals; the review log is read only by its CSV export, page by page. A restore replaces every
 * table in one transaction, so a failure part-way leaves the library exactly as it was.
 */
import type { BackupArticle, BackupTables } from '@core/export/backup'
import { cardsToCsv } from '@core/export/cards-csv'
import { reviewLogCsvHeader, reviewLogCsvRows } from '@core/export/review-log-csv'
import type { PhaseCounts } from '@core/export/stats'
import type { CardPhase, DayAggregate } from '@core/model'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { addDays, DAY_MS } from '@core/calendar'
import { studyDay } from '@core/review/study-day'
import { database } from './database'
import type { ArticleRecord, SettingsRecord } from './records'

// Core cannot import the renderer's record types; this fails to compile if the two drift apart.
type Assert<T extends true> = T
type _ArticleShapesMatch = Assert<
  ArticleRecord extends BackupArticle ? (BackupArticle extends ArticleRecord ? true : false) : false
>

const PHASES: CardPhase[] = [0, 1, 2, 3]
const LAST_BACKUP_KEY = 'last-backup-day'

function allTables() {
  const db = database()
  return [db.articles, db.cards, db.reviewLogs, db.days, db.settings, db.quizResults]
}

/** Every table, read in one transaction so the backup is a consistent snapshot. */
export async function readLibrary(): Promise<BackupTables> {
  const db = database()
  return db.transaction('r', allTables(), async () => {
    const [articles, cards, reviewLogs, days, settings, quizResults] = await Promise.all([
      db.articles.toArray(),
      db.cards.toArray(),
      db.reviewLogs.toArray(),
      db.days.toArray(),
      db.settings.toArray(),
      db.quizResults.toArray()
    ])
    // A stored log always has its key; the record type leaves it optional only for adding.
    const logs = reviewLogs as Array<Required<(typeof reviewLogs)[number]>>
    return { articles, cards, reviewLogs: logs, days, settings, quizResults }
  })
}

/**
 * Replaces the whole library with a parsed backup: all tables are cleared and refilled inside one
 * read-write transaction, so if any write fails IndexedDB rolls every table back.
 */
export async function restoreLibrary(backup: BackupTables): Promise<void> {
  const db = database()
  await db.transaction('rw', allTables(), async () => {
    await Promise.all(allTables().map((table) => table.clear()))
    await db.articles.bulkAdd(backup.articles)
    await db.cards.bulkAdd(backup.cards)
    await db.reviewLogs.bulkAdd(backup.reviewLogs)
    await db.days.bulkAdd(backup.days)
    // Validated by parseBackup; unknown keys from a newer build are carried along unchanged.
    await db.settings.bulkAdd(backup.settings as SettingsRecord[])
    await db.quizResults.bulkAdd(backup.quizResults)
  })
}

async function articleTitles(): Promise<Map<string, string>> {
  const articles = await database().articles.toArray()
  return new Map(articles.map((a) => [a.id, a.title]))
}

export async function cardsCsv(): Promise<string> {
  const db = database()
  return db.transaction('r', db.articles, db.cards, async () =>
    cardsToCsv(await db.cards.toArray(), await articleTitles())
  )
}

/**
 * The review log as CSV, read in pages by primary key and turned into text a page at a time, so
 * only one page of entries (each carrying two scheduling states) is in memory at once. Pages
 * rather than `each`: a bounded `getAll` per page measured about 4x faster than a cursor step per
 * entry on 100,000 entries in Chromium.
 */
export async function reviewLogCsv(pageSize = 2000): Promise<string> {
  const db = database()
  return db.transaction('r', db.articles, db.reviewLogs, async () => {
    const titles = await articleTitles()
    const parts = [reviewLogCsvHeader()]
    let after = -Infinity
    for (;;) {
      const page = await db.reviewLogs.where(':id').above(after).limit(pageSize).toArray()
      parts.push(reviewLogCsvRows(page, titles))
      const last = page.at(-1)
      if (page.length < pageSize || last?.id === undefined) break
      after = last.id
    }
    return parts.join('')
  })
}

export interface StatsSnapshot {
  phases: PhaseCounts
  /** Due times of studied cards (learning, review, relearning) up to the forecast horizon. */
  dues: number[]
  /** Day totals for the last 365 study days, oldest first. */
  days: DayAggregate[]
  dayStartHour: number
}

/**
 * What the statistics screen needs, from indexes and day totals only. Phase counts and due times
 * come from the (phase, due) index; `keys()` yields [phase, due] pairs, so no card is read. That
 * means suspended and buried cards are in the forecast too: they are scheduled, only held back.
 */
export async function statsSnapshot(now: number, forecastDays = 30): Promise<StatsSnapshot> {
  const db = database()
  return db.transaction('r', db.cards, db.days, db.settings, async () => {
    const dayStartHour = await studyDayStartHour()
    // A day more than the forecast shows, so its last study day is whole whatever the hour.
    const horizon = now + (forecastDays + 1) * DAY_MS
    const phaseDue = (p: number, to: number) =>
      db.cards.where('[sched.phase+sched.due]').between([p, -Infinity], [p, to])
    const [counts, dueKeys, days] = await Promise.all([
      Promise.all(PHASES.map((p) => phaseDue(p, Infinity).count())),
      Promise.all(PHASES.slice(1).map((p) => phaseDue(p, horizon).keys())),
      db.days
        .where('day')
        .aboveOrEqual(addDays(studyDay(now, dayStartHour), -364))
        .sortBy('day')
    ])
    const [fresh = 0, learning = 0, review = 0, relearning = 0] = counts
    return {
      phases: { 0: fresh, 1: learning, 2: review, 3: relearning },
      dues: dueKeys.flat().map((key) => (key as unknown as [number, number])[1]),
      days,
      dayStartHour
    }
  })
}

export async function lastBackupDay(): Promise<string | null> {
  const record = await database().settings.get(LAST_BACKUP_KEY)
  return record?.key === LAST_BACKUP_KEY ? record.value : null
}

export async function rememberBackupDay(day: string): Promise<void> {
  await database().settings.put({ key: LAST_BACKUP_KEY, value: day })
}

export async function studyDayStartHour(): Promise<number> {
  const study = await database().settings.get('study')
  return study?.key === 'study' ? study.value.dayStartHour : DEFAULT_SETTINGS.dayStartHour
}

/** What the statistics screen reads: kept counts and day totals, never the cards or the log. */
import { addDays } from '@core/calendar'
import { addCounts, type CardCounts } from '@core/library/card-counts'
import type { DayAggregate } from '@core/model'
import { studyDay } from '@core/review/study-day'
import { database } from './database'
import { studyDayStartHour } from './meta-repo'

export interface StatsSnapshot {
  /** The whole library's kept counts: cards by phase, suspended, and due by study day. */
  counts: CardCounts
  /** Day totals for the last 365 study days, oldest first. */
  days: DayAggregate[]
  dayStartHour: number
}

/**
 * What the statistics screen needs: the articles' kept counts and the per-day totals, so the
 * cost grows with the number of articles and days shown, never with the cards or the log.
 */
export async function statsSnapshot(now: number): Promise<StatsSnapshot> {
  const db = database()
  return db.transaction('r', db.articleCounts, db.days, db.settings, async () => {
    const dayStartHour = await studyDayStartHour()
    const [records, days] = await Promise.all([
      db.articleCounts.toArray(),
      db.days
        .where('day')
        .aboveOrEqual(addDays(studyDay(now, dayStartHour), -364))
        .sortBy('day')
    ])
    return { counts: addCounts(records), days, dayStartHour }
  })
}

/** What the statistics screen reads: kept counts and day totals, never the cards or the log. */
import { addDays, localDate } from '@core/calendar'
import type { CardCounts } from '@core/library/card-counts'
import type { DayAggregate } from '@core/model'
import { studyDay } from '@core/review/study-day'
import { database } from './database'
import { keptTotal } from './count-changes'
import { totalsIn } from './kept-counts'
import type { Watched } from './live'
import { loadStudySettings, STUDY_SETTINGS } from './settings-repo'

export interface StatsSnapshot {
  /** The whole library's kept counts: cards by phase, suspended, and due by study day. */
  counts: CardCounts
  /** Day totals for the last 365 study days, oldest first, with their true-retention tallies. */
  days: DayAggregate[]
  dayStartHour: number
  desiredRetention: number
}

/**
 * What statsSnapshot reads: a write to any of them brings a fresh one, a write to anything else
 * changes nothing it shows. The articles' records are read only while no library total is
 * kept, and the first write to them writes one.
 */
export const STATS_INPUTS: readonly Watched[] = ['libraryCounts', 'days', STUDY_SETTINGS]

/**
 * Everything the statistics screen shows but the cards' memory states: the library's kept total
 * (one record, a few kB; the articles' records are summed only in a library that keeps none yet)
 * and the year's day totals, so the cost grows with the number of days, never with the articles,
 * the cards or the log. The three reads go to IndexedDB at once: the year's first day depends on
 * the day-start hour, so the days are read from the earliest it can be (a study day is the
 * calendar day or the one before) and cut once the settings are known.
 *
 * Each is its own read-only transaction, not one shared: Dexie resolves a transaction it was
 * handed a function for only once IndexedDB reports it complete, a round trip after the last
 * result (about 12 ms idle in a traced opening of the screen at 100,000 cards), while a lone
 * read resolves with its result. A write landing between the reads can leave them one write
 * apart; the screen reads again after every write to these tables, so that lasts one reading.
 */
export async function statsSnapshot(now: number): Promise<StatsSnapshot> {
  const db = database()
  const [settings, counts, days] = await Promise.all([
    loadStudySettings(),
    keptTotal(totalsIn(db)),
    db.days
      .where('day')
      .aboveOrEqual(addDays(localDate(now), -365))
      .toArray()
  ])
  const from = addDays(studyDay(now, settings.dayStartHour), -364)
  return {
    counts,
    days: days.filter((d) => d.day >= from),
    dayStartHour: settings.dayStartHour,
    desiredRetention: settings.desiredRetention
  }
}

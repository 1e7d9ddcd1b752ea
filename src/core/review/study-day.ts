/**
 * Study days, as in Anki: a day runs from `dayStartHour` (local time) to the same hour the next
 * calendar day, so reviewing at 1 am still counts for "yesterday".
 *
 * Local time comes from Date's local getters and constructor (never from subtracting hours from
 * epoch ms), so days on which clocks change still start at the configured wall-clock hour.
 */
import { isoDate } from '../calendar'

/** Local midnight-based calendar date of the study day containing `now`. */
function studyDate(now: number, dayStartHour: number): Date {
  const local = new Date(now)
  const date = new Date(local.getFullYear(), local.getMonth(), local.getDate())
  if (local.getHours() < dayStartHour) date.setDate(date.getDate() - 1)
  return date
}

/** The study day `now` belongs to, as `YYYY-MM-DD`. */
export function studyDay(now: number, dayStartHour: number): string {
  const d = studyDate(now, dayStartHour)
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

/**
 * The study days `now` can belong to, whatever the day-start hour (0–23): the calendar day and
 * the one before. A reader that does not know the settings yet can fetch both beside them.
 */
export function possibleStudyDays(now: number): [today: string, yesterday: string] {
  return [studyDay(now, 0), studyDay(now, 24)]
}

/** When the current study day started (epoch ms). */
export function dayStart(now: number, dayStartHour: number): number {
  const d = studyDate(now, dayStartHour)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), dayStartHour).getTime()
}

/** When the next study day starts (epoch ms): the end of today's study day. */
export function nextDayStart(now: number, dayStartHour: number): number {
  const d = studyDate(now, dayStartHour)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, dayStartHour).getTime()
}

export interface DayBounds {
  day: string
  /** Inclusive start (epoch ms). */
  start: number
  /** Exclusive end (epoch ms): the next day's start. */
  end: number
}

export function dayBounds(now: number, dayStartHour: number): DayBounds {
  return {
    day: studyDay(now, dayStartHour),
    start: dayStart(now, dayStartHour),
    end: nextDayStart(now, dayStartHour)
  }
}

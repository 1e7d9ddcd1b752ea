/**
 * Study days, as in Anki: a day runs from `dayStartHour` (local time) to the same hour the next
 * calendar day, so reviewing at 1 am still counts for "yesterday".
 *
 * Local time comes from Date's local getters and constructor (never from subtracting hours from
 * epoch ms), so days on which clocks change still start at the configured wall-clock hour.
 */

const DAY_MS = 86_400_000

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

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
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
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

/**
 * Calendar arithmetic on `YYYY-MM-DD` labels. Done in UTC because the labels are plain dates:
 * the time zone has already been applied when the label was made.
 */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * DAY_MS
  const date = new Date(t)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

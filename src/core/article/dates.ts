/** Calendar helpers on ISO strings; the domain never holds Date objects (see model.ts). */
import { isoDate, pad } from '../calendar'
import { MONTH_NAMES as MONTHS, MONTH_PATTERN as MONTH_WORDS } from '../calendar-words'

// Defined in core/calendar; re-exported because the extractors import their dates from here.
export { addDays, isoDate } from '../calendar'

export { MONTH_NAMES as MONTHS } from '../calendar-words'

/** A month written out or abbreviated ("March", "Sept.", "Jun"), as one group. */
export const MONTH_PATTERN = `(?:${MONTH_WORDS})`

/** 1-based month number for a month name or abbreviation, or 0. */
export function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase()
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`
}

/** 0 = Sunday. */
export function weekday(iso: string): number {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10))).getUTCDay()
}

/** "10 July 2025" for "2025-07-10", "July 2025" for "2025-07", the year itself for "2025". */
export function labelFor(resolved: string): string {
  const [y, m, d] = resolved.split('-')
  const month = m ? MONTHS[+m - 1] : undefined
  if (d && month) return `${+d} ${month} ${y}`
  if (month) return `${month} ${y}`
  return y ?? resolved
}

/** Parses "July 11, 2025", "Thursday, February 23, 2006" or "2025-07-11" to ISO, else null. */
export function parseWrittenDate(text: string, fallbackYear?: number): string | null {
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const mdy = text.match(
    // The day stands alone: "March 2025" is a month and year, not 20 March.
    new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`)
  )
  if (mdy) {
    const year = mdy[3] ? +mdy[3] : fallbackYear
    if (year) return isoDate(year, monthNumber(mdy[1]!), +mdy[2]!)
  }
  const dmy = text.match(new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?`))
  if (dmy) {
    const year = dmy[3] ? +dmy[3] : fallbackYear
    if (year) return isoDate(year, monthNumber(dmy[2]!), +dmy[1]!)
  }
  return null
}

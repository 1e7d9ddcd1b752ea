/**
 * Time units and calendar arithmetic, defined once for every layer: core uses them directly,
 * the renderer imports them from here.
 */

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** Two digits, as months, days and hours are written in ISO dates: 7 → "07". */
export function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** `YYYY-MM-DD` from a year, a 1-based month and a day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * `YYYY-MM-DD` naming a real day: not "0000-00-00", written for a date not known, nor
 * "2023-02-30".
 */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/**
 * Adds days to a `YYYY-MM-DD` label. Done in UTC because the label is a plain date: any time
 * zone was applied when it was made, and a daylight-saving change must not shift it.
 */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * DAY_MS)
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/**
 * A `YYYY-MM-DD` label as a whole number of days since 1970-01-01, and back: days that can be
 * kept in a typed array and compared as numbers. In UTC, as `addDays`.
 */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS)
}

export function dayOfNumber(n: number): string {
  const date = new Date(n * DAY_MS)
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** The local calendar date of an instant, `YYYY-MM-DD`: an evening export is not dated tomorrow. */
export function localDate(ms: number): string {
  const d = new Date(ms)
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

/**
 * How dates and counts read wherever they are shown: the library, the reader, a review card, an
 * import, Statistics, Settings.
 */

// One formatter for every date shown: building one per call costs more than the formatting.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

/** An article's `YYYY-MM-DD` publication date as "11 July 2025". */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'date unknown'
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return LONG_DATE.format(new Date(Date.UTC(y, m - 1, d)))
}

const COUNT = new Intl.NumberFormat('en-GB')

/** "1,500": a library's numbers run to thousands, grouped wherever the app shows one. */
export function formatCount(n: number): string {
  return COUNT.format(n)
}

/** "1 card", "1,500 answers": a count and its noun. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`
}

/** How dates read wherever an article is shown: the library, the reader, a review card, an import. */

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

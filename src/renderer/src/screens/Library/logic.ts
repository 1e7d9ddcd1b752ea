import type { ArticleSummary } from '../../lib/db/articles-repo'

export function totals(summaries: ArticleSummary[]): string {
  const cards = summaries.reduce((n, s) => n + s.cards, 0)
  const a = summaries.length
  return `${a} article${a === 1 ? '' : 's'} · ${cards} card${cards === 1 ? '' : 's'}`
}

/** Shares of the article's cards by phase, as whole percentages for the progress bar. */
export function progressShares(s: ArticleSummary): { review: number; learning: number } {
  if (s.cards === 0) return { review: 0, learning: 0 }
  return {
    review: Math.round((s.review / s.cards) * 100),
    learning: Math.round((s.learning / s.cards) * 100)
  }
}

// One formatter for every date shown: building one per call costs more than the formatting.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

export function formatPublished(iso: string | null): string {
  if (!iso) return 'date unknown'
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return LONG_DATE.format(new Date(Date.UTC(y, m - 1, d)))
}

import type { ArticleSummary } from '../../lib/db/library-repo'

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

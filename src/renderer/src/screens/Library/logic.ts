import type { ArticleSummary } from '../../lib/db/library-repo'
import { plural } from '../../lib/format'

/** The library's totals line: "200 articles · 100,044 cards". */
export function totals(summaries: ArticleSummary[]): string {
  const cards = summaries.reduce((n, s) => n + s.cards, 0)
  return `${plural(summaries.length, 'article')} · ${plural(cards, 'card')}`
}

/** Shares of the article's cards by phase, as whole percentages for the progress bar. */
export function progressShares(s: ArticleSummary): { review: number; learning: number } {
  if (s.cards === 0) return { review: 0, learning: 0 }
  return {
    review: Math.round((s.review / s.cards) * 100),
    learning: Math.round((s.learning / s.cards) * 100)
  }
}

import { mastery, type Mastery } from '@core/stats/memory'
import { memorySnapshot } from '../db/progress-repo'
import { LiveValue } from './live.svelte'

/**
 * Each article's mastery, for the Library's bars: read after the library's own counts (which
 * come from indexes), since it reads every card's memory state a page at a time.
 */
export const articleMastery = new LiveValue<Record<string, Mastery> | null>(async () => {
  const m = await memorySnapshot()
  const report = mastery(m.cards, m.titles, m.desiredRetention, Date.now(), m.weights)
  return Object.fromEntries(report.articles.map((row) => [row.key, row]))
}, null)

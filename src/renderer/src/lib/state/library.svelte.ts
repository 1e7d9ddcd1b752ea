import { listArticleSummaries, type ArticleSummary } from '../db/library-repo'
import { LiveValue } from './live.svelte'

/**
 * The library's articles with their kept card counts, kept up to date as cards are added or
 * studied; the clock is read at each run. It watches its one table rather than running as a
 * live query: the read starts while the first screen is still being built, and its 200 records
 * (each with its due days) are not deep-cloned out of Dexie's live-query cache, which a
 * profile of the cold start at 100,000 cards showed as 16 ms of the start-up's main thread.
 */
export const library = new LiveValue<ArticleSummary[]>(() => listArticleSummaries(Date.now()), [], {
  watch: ['articleCounts']
})

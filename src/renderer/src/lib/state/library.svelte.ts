import { listArticleSummaries, type ArticleSummary } from '../db/library-repo'
import { LiveValue } from './live.svelte'

/**
 * The library's articles with their kept card counts, live as cards are added or studied. Live
 * queries re-run only when the tables they read change, so the clock is read at each run.
 */
export const library = new LiveValue<ArticleSummary[]>(() => listArticleSummaries(Date.now()), [])

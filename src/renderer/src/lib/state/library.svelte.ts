import { listArticleSummaries, type ArticleSummary } from '../db/articles-repo'
import { LiveValue } from './live.svelte'

/** The library's articles with their card counts, kept live as cards are added or studied. */
export const library = new LiveValue<ArticleSummary[]>(listArticleSummaries, [])

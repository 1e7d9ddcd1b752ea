/**
 * What the Library lists, read from the kept counts alone. Apart from articles-repo.ts, whose
 * writes (import, correction, delete) load with the screens and workers that make them: the
 * Library is the first screen, and this is all of the storage it needs at start-up.
 */
import { cardTotal, dueBy } from '@core/library/card-counts'
import { studyDay } from '@core/review/study-day'
import { database } from './database'

/** An article as the Library lists it: read from its kept counts, never from its cards. */
export interface ArticleSummary {
  id: string
  title: string
  published: string | null
  cards: number
  /** Cards never studied. */
  fresh: number
  /** Cards in (re)learning. */
  learning: number
  /** Cards graduated to review. */
  review: number
  suspended: number
  /** Studied, unsuspended cards due today or overdue. */
  dueToday: number
}

/**
 * Every article with its counts, oldest import first: one small record per article (no article
 * text, no card), so the cost grows with the number of articles, not of cards.
 */
export async function listArticleSummaries(now: number): Promise<ArticleSummary[]> {
  const records = await database().articleCounts.orderBy('importedAt').toArray()
  return records.map((r) => ({
    id: r.articleId,
    title: r.title,
    published: r.published,
    cards: cardTotal(r),
    fresh: r.new,
    learning: r.learning + r.relearning,
    review: r.review,
    suspended: r.suspended,
    dueToday: dueBy(r, studyDay(now, r.dayStartHour))
  }))
}

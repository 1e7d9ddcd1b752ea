import type { CardCounts } from '@core/library/card-counts'
import type {
  Extraction,
  ReviewLogEntry,
  DayAggregate,
  StoredCard,
  StudySettings
} from '@core/model'

export type ArticleSource = 'bundled' | 'paste' | 'file'

/** An article in the library: its text and what the generator found, minus the cards. */
export interface ArticleRecord {
  id: string
  title: string
  published: string | null
  source: ArticleSource
  fileName: string | null
  /** The text as imported, so the article can be re-read and re-generated. */
  text: string
  importedAt: number
  updatedAt: number
  extraction: Omit<Extraction, 'cards'>
}

/**
 * One per article: what the Library lists of it and its cards' kept counts. Written in the same
 * transaction as every change to the article or its cards, so it always equals a recount
 * (`countCards` over the article's cards); "Check database" recounts and repairs.
 */
export interface ArticleCountsRecord extends CardCounts {
  articleId: string
  title: string
  published: string | null
  importedAt: number
  /** The day-start hour the `due` days were counted with; a new hour recounts them. */
  dayStartHour: number
}

export type CardRecord = StoredCard
export type ReviewLogRecord = ReviewLogEntry
export type DayAggregateRecord = DayAggregate

/** Key-value settings: the study settings, and small facts about this library. */
export type SettingsRecord =
  | { key: 'study'; value: StudySettings }
  | { key: 'bundled-imported'; value: number }
  | { key: 'last-backup-day'; value: string }

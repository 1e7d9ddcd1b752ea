import type { Corrections } from '@core/library/corrections'
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
  /** What the generator found, with the user's corrections applied. */
  extraction: Omit<Extraction, 'cards'>
  /**
   * The user's word on who said a quotation, where and when, kept to be applied again when the
   * article is re-imported (and so re-generated). Absent on articles stored before corrections.
   * Not indexed: adding it needed no new schema version.
   */
  corrections?: Corrections
}

export type CardRecord = StoredCard
export type ReviewLogRecord = ReviewLogEntry
export type DayAggregateRecord = DayAggregate

/** Key-value settings: the study settings, and small facts about this library. */
export type SettingsRecord =
  | { key: 'study'; value: StudySettings }
  | { key: 'bundled-imported'; value: number }
  | { key: 'last-backup-day'; value: string }

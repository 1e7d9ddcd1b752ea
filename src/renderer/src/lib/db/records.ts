import type { CardCounts } from '@core/library/card-counts'
import type { Corrections } from '@core/library/corrections'
import type { FitMetrics, FitOutcome } from '@core/optimizer/run-fit'
import type { CardChange } from '@core/optimizer/reschedule'
import type { HistoryReview, Parameters } from '@core/optimizer/types'
import type { BackupArticle } from '@core/export/backup-schema'
import type { RescheduleEvent } from '@core/review/replay'
import type { SyncAnswer, Versioned } from '@core/sync/sync-state'
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

/**
 * The whole library's kept counts, one record (key `library`): the sum of every article's
 * record, moved in the same transaction as they are, so Statistics reads one small record
 * instead of every article's due-by-day map.
 */
export interface LibraryCountsRecord extends CardCounts {
  key: 'library'
}

export type CardRecord = StoredCard
export type ReviewLogRecord = ReviewLogEntry
export type DayAggregateRecord = DayAggregate

/** Key-value settings: the study settings, and small facts about this library. */
export type SettingsRecord =
  | { key: 'study'; value: StudySettings }
  | { key: 'bundled-imported'; value: number }
  | { key: 'last-backup-day'; value: string }
  | { key: 'last-backup-saved'; value: number }
  | { key: 'fsrs-model'; value: FsrsModel }
  | { key: 'saved-searches'; value: SavedSearch[] }
  | { key: 'browse-view'; value: BrowseView }
  | { key: 'sync'; value: SyncMeta }
  | { key: 'sync-target'; value: SyncTarget }

/** What one sync brought from other devices. */
export interface SyncBrought {
  answers: number
  cards: number
  articles: number
}

/** Where this device syncs: a WebDAV server, or (the desktop app only) a synced folder. */
export type SyncTarget = WebDavSyncTarget | FolderSyncTarget

interface SyncTargetCommon {
  /** How often to sync on its own, in minutes (0: only when asked); absent: the default. */
  everyMinutes?: number
}

/** A WebDAV server; the password is never stored here. */
export interface WebDavSyncTarget extends SyncTargetCommon {
  /** Absent on targets stored before folders could be chosen: those are all WebDAV. */
  kind?: 'webdav'
  url: string
  user: string
}

/** A folder that Syncthing, Dropbox or OneDrive keep in step; it needs no password. */
export interface FolderSyncTarget extends SyncTargetCommon {
  kind: 'folder'
  /** The folder's absolute path on this computer. */
  folder: string
}

/** This device's place in sync: who it is, its next chunk's number, the chunks it has applied. */
export interface SyncMeta {
  device: string
  nextSeq: number
  /** Chunk numbers applied to this library, by device. */
  seen: Record<string, number[]>
  /**
   * True once `syncState` holds what the chunks in `seen` say, so a sync reads only new chunks.
   * Absent on a database that synced before version 5: its next sync reads them all once more.
   */
  stateKept?: boolean
  /** This library's answers as the last sync left them; absent before version 5. */
  mark?: SyncMark
  lastSync: { at: number; brought: SyncBrought } | null
}

/**
 * The newest answer's id, how many answers there were and the newest rescheduling's id, as a
 * sync left them. Answers get rising ids, so the next sync reads only those after `logId`; if
 * fewer than `logCount` remain up to it, some were taken out (an undo) and it compares them all.
 */
export interface SyncMark {
  logId: number
  logCount: number
  rescheduleId: number
  /**
   * Whether the rescheduling `rescheduleId` was undone. Only the newest can be undone, so if it
   * has been since, the next sync compares the whole library to send the undo.
   */
  rescheduleUndone?: boolean
}

/**
 * One entry of the sync state, the join of every chunk this device has applied (`SyncState`),
 * keyed `<kind>:<id>`; answers, undos, cards, reschedulings and their undos are indexed by their
 * card.
 */
export type SyncStateRecord =
  | { key: string; kind: 'answer'; cardId: string; answer: SyncAnswer }
  /**
   * Every answer the state holds for one card, in one row (`answers:<card>`), as JSON text: what
   * a sync writes now. IndexedDB clones a string of 20 answers far faster than 20 objects of
   * nested states (a new device's first sync wrote its 100,000 kept answers in 1.7 s as objects).
   * Rows holding the answers as objects (`answers`), and rows of one answer each
   * (`answer:<key>`), written before, are still read; a card's row of all its answers was made
   * from a state that held them, so it stands over rows of one.
   */
  | { key: string; kind: 'answers'; cardId: string; answers: SyncAnswer[] }
  | { key: string; kind: 'answers-json'; cardId: string; json: string }
  | { key: string; kind: 'undone'; cardId: string }
  | { key: string; kind: 'card'; cardId: string; entry: Versioned<StoredCard> }
  | { key: string; kind: 'article'; entry: Versioned<BackupArticle> }
  | { key: string; kind: 'setting'; entry: Versioned<unknown> }
  | { key: string; kind: 'reschedule'; cardId: string; event: RescheduleEvent }
  | { key: string; kind: 'unrescheduled'; cardId: string }

/** How the card browser was left: its columns and sort, as column names. */
export interface BrowseView {
  columns: string[]
  sort: { column: string; descending: boolean }
}

/** A search the user named, listed in the card browser's sidebar. */
export interface SavedSearch {
  name: string
  query: string
}

/** The parameters the scheduler uses, and the fit they came from (none: the defaults). */
export interface FsrsModel {
  parameters: Parameters
  fitId: number
  fittedAt: number
}

export type FitTrigger = 'auto' | 'manual' | 'import'

/** One fit, kept or refused: what went in, how each parameter set scored, what was decided. */
export interface FitRecord extends Omit<FitOutcome, 'metrics'> {
  id?: number
  at: number
  trigger: FitTrigger
  /** The parameters in use before this fit. */
  previous: Parameters
  metrics: FitMetrics | null
  /** The newest review log entry the fit read: reviews after it count towards the next fit. */
  lastLogId: number
  durationMs: number
}

/** An answer from an imported Anki review history, used for fitting only. */
export type ImportedReviewRecord = HistoryReview & { id?: number }

/** One "reschedule all cards": the states it replaced, so it can be undone. */
export interface RescheduleRecord {
  id?: number
  at: number
  /** The fit whose parameters it used. */
  fitId: number | null
  changes: CardChange[]
  /** Set once undone. */
  undoneAt: number | null
}

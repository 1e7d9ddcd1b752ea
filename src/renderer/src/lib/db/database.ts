import Dexie, { type EntityTable } from 'dexie'
import { addCounts } from '@core/library/card-counts'
import { asDueDays } from '@core/library/due-days'
import { putTotal, recountLibrary, studyDayStartHourIn, tableSet } from './kept-counts'
import type { QuizResult } from '@core/quiz/session'
import type {
  ArticleCountsRecord,
  ArticleRecord,
  CardRecord,
  DayAggregateRecord,
  FitRecord,
  ImportedReviewRecord,
  LibraryCountsRecord,
  RescheduleRecord,
  ReviewLogRecord,
  SettingsRecord,
  SyncStateRecord
} from './records'

export const DATABASE_NAME = 'newsdeck'

/**
 * The one Dexie database. Schema strings list only keys and indexes. Each change is a new
 * `version()` with its own upgrade; a version block is never edited once it has shipped, and
 * each has a test that opens a database written by the version before.
 */
export class NewsdeckDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>
  cards!: EntityTable<CardRecord, 'id'>
  reviewLogs!: EntityTable<ReviewLogRecord, 'id'>
  days!: EntityTable<DayAggregateRecord, 'day'>
  settings!: EntityTable<SettingsRecord, 'key'>
  quizResults!: EntityTable<QuizResult, 'id'>
  fits!: EntityTable<FitRecord, 'id'>
  importedReviews!: EntityTable<ImportedReviewRecord, 'id'>
  reschedules!: EntityTable<RescheduleRecord, 'id'>
  articleCounts!: EntityTable<ArticleCountsRecord, 'articleId'>
  syncState!: EntityTable<SyncStateRecord, 'key'>
  libraryCounts!: EntityTable<LibraryCountsRecord, 'key'>

  constructor(name = DATABASE_NAME) {
    // Strict: a transaction reports complete only once Chromium has flushed it to disk, so an
    // answer the screen acknowledged survives a power cut too, not only a killed process. It
    // measured ~0.3 ms more per answer than relaxed (`npm run bench`); other browsers ignore it.
    super(name, { chromeTransactionDurability: 'strict' })
    applySchemaV1(this)
    applySchemaV2(this)
    applySchemaV3(this)
    applySchemaV4(this)
    applySchemaV5(this)
    applySchemaV6(this)
    applySchemaV7(this)
  }
}

/** Version 1: the first schema. Kept as a function so migration tests can build a v1-only db. */
export function applySchemaV1(db: Dexie): void {
  db.version(1).stores({
    articles: 'id, importedAt',
    // [sched.phase+sched.due] serves every queue query: new cards in creation order, learning
    // and review cards by due time, without scanning the table.
    cards: 'id, articleId, [sched.phase+sched.due]',
    reviewLogs: '++id, cardId, reviewedAt, day',
    days: 'day',
    settings: 'key'
  })
}

/**
 * Version 2: quiz results, and an (article, phase) index so the library counts each article's
 * cards by phase without reading them. Both are additions: IndexedDB builds the new index from
 * the stored cards while upgrading, and no record needs rewriting.
 */
export function applySchemaV2(db: Dexie): void {
  db.version(2).stores({
    cards: 'id, articleId, [sched.phase+sched.due], [articleId+sched.phase]',
    quizResults: 'id, finishedAt'
  })
}

/**
 * Version 3: the FSRS optimizer's tables, all new: every fit with its metrics (`fits`), review
 * history imported from Anki for fitting (`importedReviews`, by card), and each rescheduling with
 * the states it replaced, so it can be undone (`reschedules`).
 */
export function applySchemaV3(db: Dexie): void {
  db.version(3).stores({
    fits: '++id, at',
    importedReviews: '++id, cardKey',
    reschedules: '++id, at'
  })
}

/**
 * Version 4: each article's kept counts (`articleCounts`), so no screen walks the cards to count
 * them. The (article, phase) index the library counted with goes: it was read only there, and
 * every card write no longer has to update it. The upgrade counts the cards once.
 */
export function applySchemaV4(db: Dexie): void {
  db.version(4)
    .stores({
      cards: 'id, articleId, [sched.phase+sched.due]',
      articleCounts: 'articleId, importedAt'
    })
    .upgrade(async (tx) => {
      const tables = tableSet(tx)
      await recountLibrary(tables, await studyDayStartHourIn(tables.settings))
    })
}

/**
 * Version 5: the sync state (`syncState`), what every chunk applied here says, so a sync reads
 * only the chunks that are new since the last. A new table: nothing is rewritten. A library that
 * synced before has no state kept (its sync meta lacks `stateKept`), and its next sync reads
 * every chunk once more to build it.
 */
export function applySchemaV5(db: Dexie): void {
  db.version(5).stores({ syncState: 'key, cardId' })
}

/**
 * Version 6: the library's kept total (`libraryCounts`, one record), the sum of every article's
 * kept counts, moved in the same transactions as they are. Statistics reads it instead of every
 * article's record (685 kB at 200 articles, mostly their due-by-day maps). The upgrade sums the
 * records already kept; "Check database" recounts it from the cards like the rest.
 */
export function applySchemaV6(db: Dexie): void {
  db.version(6)
    .stores({ libraryCounts: 'key' })
    .upgrade(async (tx) => {
      const { articleCounts, libraryCounts } = tableSet(tx)
      if (!libraryCounts) throw new Error('version 6 creates libraryCounts')
      await putTotal({ articleCounts, libraryCounts }, addCounts(await articleCounts.toArray()))
    })
}

/**
 * Version 7: the kept counts' due days packed in a typed array (core/library/due-days.ts), which
 * IndexedDB reads back as one block where an object keyed by day was rebuilt key by key: the
 * Library's first read at start-up, 200 articles' records, fell from about 70 ms to 2. No
 * index changes; the upgrade packs every article's days and sums the library's total from them
 * again (written by version 6 from records still keyed by day, which this code no longer reads).
 */
export function applySchemaV7(db: Dexie): void {
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      const { articleCounts, libraryCounts } = tableSet(tx)
      if (!libraryCounts) throw new Error('version 7 needs libraryCounts')
      await articleCounts.toCollection().modify((record) => {
        record.due = asDueDays(record.due)
      })
      await putTotal({ articleCounts, libraryCounts }, addCounts(await articleCounts.toArray()))
    })
}

let instance: NewsdeckDatabase | null = null

/** The app's database, opened on first use. */
export function database(): NewsdeckDatabase {
  instance ??= new NewsdeckDatabase()
  return instance
}

/** For tests: use a fresh database with the given name. */
export function useDatabase(db: NewsdeckDatabase): void {
  instance = db
}

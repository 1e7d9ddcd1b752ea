/**
 * Storage for full backups: every table read a page at a time in one transaction, and a restore
 * that replaces every table in one transaction, so a failure part-way leaves the library exactly
 * as it was. Used by the backup worker, on its own connection.
 */
import type { IndexableType } from 'dexie'
import type { BackupArticle, BackupTables } from '@core/export/backup'
import { TABLE_SCHEMAS, type TableName } from '@core/export/backup-schema'
import { countCards } from '@core/library/card-counts'
import type { StoredCard, StudySettings } from '@core/model'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { database } from './database'
import { writeAllCounts } from './count-changes'
import { countsRecord, totalsIn } from './kept-counts'
import { restartSyncAfterRestore } from './sync-state-repo'
import type { ArticleCountsRecord, ArticleRecord, SyncMeta } from './records'

// Core cannot import the renderer's record types; this fails to compile if the two drift apart.
type Assert<T extends true> = T
type _ArticleShapesMatch = Assert<
  ArticleRecord extends BackupArticle ? (BackupArticle extends ArticleRecord ? true : false) : false
>

export function allTables() {
  const db = database()
  return [db.articles, db.cards, db.reviewLogs, db.days, db.settings, db.quizResults]
}

export const BACKUP_TABLES = Object.keys(TABLE_SCHEMAS) as TableName[]

/** Records per read or write: big enough to amortise a round trip, small enough to keep flat. */
export const BACKUP_PAGE = 5000

/**
 * Every table, a page at a time, in one read transaction so the backup is a consistent
 * snapshot. `onPage` runs synchronously for each page while the next one is already being read,
 * so encoding a page overlaps with reading the next.
 */
export async function readLibraryPages(
  onPage: (table: TableName, rows: unknown[]) => void,
  pageSize = BACKUP_PAGE
): Promise<void> {
  const db = database()
  await db.transaction('r', allTables(), async () => {
    for (const name of BACKUP_TABLES) {
      const table = db.table(name)
      const key = table.schema.primKey.keyPath as string
      const page = (after: IndexableType | null): Promise<unknown[]> =>
        (after === null ? table.orderBy(':id') : table.where(':id').above(after))
          .limit(pageSize)
          .toArray()
      let next = page(null)
      for (;;) {
        const rows = await next
        const last = rows.length === pageSize ? rows.at(-1) : undefined
        if (last !== undefined) next = page((last as Record<string, IndexableType>)[key]!)
        onPage(name, rows)
        if (last === undefined) break
      }
    }
  })
}

/** How many records a full backup holds: what its progress counts up to. */
export async function tableCounts(): Promise<number> {
  const db = database()
  return db.transaction('r', allTables(), async () => {
    const counts = await Promise.all(allTables().map((table) => table.count()))
    return counts.reduce((a, b) => a + b, 0)
  })
}

/** Every table whole (tests, and small libraries). */
export async function readLibrary(): Promise<BackupTables> {
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as unknown[]]))
  await readLibraryPages((table, rows) => tables[table]!.push(...rows))
  return tables as BackupTables
}

/** How far a restore has got: records written of all there are to write. */
export type RestoreProgress = (written: number, total: number) => void

/**
 * Replaces the whole library with a checked backup, in one read-write transaction: the tables
 * are cleared and refilled a batch at a time (reporting progress between batches), and the
 * kept counts (each article's, and the library's total) are written from the backup's cards.
 * The device keeps its own sync identity and server (a backup from another machine carries that
 * machine's); see `syncMetaAfterRestore`. If any write fails, IndexedDB rolls every table back,
 * so the library is exactly as it was; it is one operation however many batches.
 */
export async function restoreLibrary(
  backup: BackupTables,
  onProgress: RestoreProgress = () => undefined,
  batch = BACKUP_PAGE
): Promise<void> {
  const db = database()
  const total = BACKUP_TABLES.reduce((n, t) => n + backup[t].length, 0)
  const counts = [db.articleCounts, db.libraryCounts]
  await db.transaction('rw', [...allTables(), ...counts, db.syncState], async () => {
    const [meta, target] = await db.settings.bulkGet(['sync', 'sync-target'])
    await Promise.all([...allTables(), ...counts].map((table) => table.clear()))
    let written = 0
    onProgress(0, total)
    for (const name of BACKUP_TABLES) {
      const rows = (
        name === 'settings'
          ? backup.settings.filter((s) => s.key !== 'sync' && !(target && s.key === 'sync-target'))
          : backup[name]
      ) as unknown[]
      const table = db.table(name)
      // Two batches in flight: the database writes one while the next is handed over.
      let inFlight: Promise<unknown> = Promise.resolve()
      for (let i = 0; i < rows.length; i += batch) {
        const slice = rows.slice(i, i + batch)
        const added = table.bulkAdd(slice)
        await inFlight
        inFlight = added.then(() => onProgress((written += slice.length), total))
      }
      await inFlight
    }
    await writeAllCounts(totalsIn(db), backupCounts(backup))
    if (target) await db.settings.put(target)
    const theirs = backup.settings.find((s) => s.key === 'sync')
    await restartSyncAfterRestore(
      meta?.key === 'sync' ? meta.value : null,
      theirs?.key === 'sync' && looksLikeSyncMeta(theirs.value) ? theirs.value : null
    )
  })
}

/** Each article's counts, from the backup's own cards and day-start hour. */
export function backupCounts(backup: BackupTables): ArticleCountsRecord[] {
  const study = backup.settings.find((s) => s.key === 'study')
  const hour = study ? (study.value as StudySettings).dayStartHour : DEFAULT_SETTINGS.dayStartHour
  const byArticle = new Map<string, StoredCard[]>()
  for (const card of backup.cards) {
    const cards = byArticle.get(card.articleId)
    if (cards) cards.push(card)
    else byArticle.set(card.articleId, [card])
  }
  return backup.articles.map((article) =>
    countsRecord(article, countCards(byArticle.get(article.id) ?? [], hour), hour)
  )
}

/** A backup's sync meta as this build writes it; anything else is ignored, not trusted. */
function looksLikeSyncMeta(value: unknown): value is SyncMeta {
  const v = value as Partial<SyncMeta> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.device === 'string' &&
    typeof v.seen === 'object' &&
    v.seen !== null &&
    Object.values(v.seen).every((seqs) => Array.isArray(seqs) && seqs.every(Number.isInteger))
  )
}

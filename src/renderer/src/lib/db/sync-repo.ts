/**
 * Sync's reads and its one write: the library as this device holds it, and the synced library
 * put in its place in one transaction, with the day totals and kept counts recounted in it.
 */
import { answerKey, stableJson } from '@core/library/merge-library'
import type { ReviewLogEntry } from '@core/model'
import { SYNCED_SETTINGS, type LocalLibrary } from '@core/sync/local-changes'
import type { SyncedLibrary } from '@core/sync/sync-state'
import { database } from './database'
import { recountLibrary, studyDayStartHourIn, tableSet } from './kept-counts'
import type { SettingsRecord, SyncBrought, SyncMeta, SyncStateRecord, SyncTarget } from './records'

const META_KEY = 'sync'
/** The shared settings' keys, as this database names them. */
const SHARED = SYNCED_SETTINGS as readonly SettingsRecord['key'][]

export async function loadSyncMeta(): Promise<SyncMeta | null> {
  const record = await database().settings.get(META_KEY)
  return record?.key === META_KEY ? record.value : null
}

export async function loadSyncTarget(): Promise<SyncTarget | null> {
  const record = await database().settings.get('sync-target')
  return record?.key === 'sync-target' ? record.value : null
}

export async function saveSyncTarget(target: SyncTarget): Promise<void> {
  await database().settings.put({ key: 'sync-target', value: target })
}

/** The library as this device holds it, and the newest answer's id at that moment. */
export async function readLocalLibrary(): Promise<LocalLibrary & { lastLogId: number }> {
  const db = database()
  return db.transaction(
    'r',
    [db.articles, db.cards, db.reviewLogs, db.settings, db.reschedules],
    async () => {
      const [articles, cards, reviewLogs, settings, reschedules] = await Promise.all([
        db.articles.toArray(),
        db.cards.toArray(),
        db.reviewLogs.toArray(),
        db.settings.bulkGet([...SHARED]),
        db.reschedules.filter((r) => r.undoneAt === null).toArray()
      ])
      return {
        articles,
        cards,
        reviewLogs,
        settings: settings.filter((s) => s !== undefined),
        reschedules: reschedules.flatMap((r) => r.changes.map((c) => ({ ...c, at: r.at }))),
        lastLogId: reviewLogs.at(-1)?.id ?? 0
      }
    }
  )
}

/** Of the synced records, those this library lacks or holds otherwise; and its records gone. */
function differing<T extends { id: string }>(
  mine: readonly T[],
  synced: readonly T[]
): { put: T[]; gone: string[] } {
  const local = new Map(mine.map((r) => [r.id, r]))
  const kept = new Set(synced.map((r) => r.id))
  return {
    put: synced.filter((r) => {
      const own = local.get(r.id)
      return !own || stableJson(own) !== stableJson(r)
    }),
    gone: mine.filter((r) => !kept.has(r.id)).map((r) => r.id)
  }
}

/** Something was answered between reading the library and writing the synced one. */
export class SyncRacedError extends Error {}

/**
 * Puts the synced library in place of this one, all or nothing, with the sync state's changed
 * `state` records and the meta that says which chunks it stands for. Answers are only ever added or
 * re-replayed here, never dropped, except those of a card deleted or an answer undone on another
 * device (this device's own answers are all in `library`, sent before it was made); an answer
 * given since `lastLogId` was read makes this refuse (SyncRacedError), to be tried again.
 */
export async function applySyncedLibrary(
  library: SyncedLibrary,
  meta: Omit<SyncMeta, 'lastSync'>,
  state: readonly SyncStateRecord[],
  lastLogId: number,
  now: number
): Promise<SyncBrought> {
  const db = database()
  const tables = [
    db.articles,
    db.cards,
    db.reviewLogs,
    db.days,
    db.settings,
    db.articleCounts,
    db.syncState
  ]
  return db.transaction('rw', tables, async () => {
    const newest = await db.reviewLogs.toCollection().last()
    if ((newest?.id ?? 0) !== lastLogId) throw new SyncRacedError('answered while syncing')
    const brought: SyncBrought = { answers: 0, cards: 0, articles: 0 }
    const [articles, cards, logs, days] = await Promise.all([
      db.articles.toArray(),
      db.cards.toArray(),
      db.reviewLogs.toArray(),
      db.days.toArray()
    ])

    const articleDiff = differing(articles, library.articles)
    const cardDiff = differing(cards, library.cards)
    brought.articles = articleDiff.put.length
    brought.cards = cardDiff.put.length

    const localLogs = new Map(logs.map((l) => [answerKey(l), l]))
    const putLogs: ReviewLogEntry[] = []
    for (const log of library.reviewLogs) {
      const mine = localLogs.get(answerKey(log))
      if (!mine) {
        putLogs.push(log)
        brought.answers++
      } else if (
        stableJson(mine.before) !== stableJson(log.before) ||
        stableJson(mine.after) !== stableJson(log.after)
      ) {
        putLogs.push({ ...log, id: mine.id })
      }
    }
    const keptLogs = new Set(library.reviewLogs.map(answerKey))
    const goneLogs = logs.filter((l) => !keptLogs.has(answerKey(l))).map((l) => l.id!)

    const keptDays = new Set(library.days.map((d) => d.day))
    const settingsGone = SHARED.filter((k) => !library.settings.some((s) => s.key === k))
    await Promise.all([
      db.articles.bulkPut(articleDiff.put),
      db.articles.bulkDelete(articleDiff.gone),
      db.cards.bulkPut(cardDiff.put),
      db.cards.bulkDelete(cardDiff.gone),
      db.reviewLogs.bulkPut(putLogs),
      db.reviewLogs.bulkDelete(goneLogs),
      db.days.bulkPut(library.days),
      db.days.bulkDelete(days.filter((d) => !keptDays.has(d.day)).map((d) => d.day)),
      // Only the shared settings come from other devices; the rest stay this device's own.
      db.settings.bulkPut(library.settings as SettingsRecord[]),
      db.settings.bulkDelete(settingsGone),
      db.settings.put({ key: META_KEY, value: { ...meta, lastSync: { at: now, brought } } }),
      db.syncState.bulkPut(state)
    ])
    await recountLibrary(tableSet(db), await studyDayStartHourIn(tableSet(db).settings))
    return brought
  })
}

/**
 * Sync's reads and its one write: the library as this device holds it, and the synced library
 * put in its place in one transaction, with the day totals and kept counts recounted in it.
 */
import { answerKey, sameJson } from '@core/library/merge-library'
import type { ReviewLogEntry, SchedulingState } from '@core/model'
import { SYNCED_SETTINGS, type LocalLibrary } from '@core/sync/local-changes'
import type { Touched } from '@core/sync/scope'
import { dayTotals, type SyncAnswer, type SyncedPart } from '@core/sync/sync-state'
import type { Table } from 'dexie'
import { database, type NewsdeckDatabase } from './database'
import { recountArticles } from './count-changes'
import { recountLibrary, studyDayStartHourIn, tableSet } from './kept-counts'
import type {
  RescheduleRecord,
  SettingsRecord,
  SyncBrought,
  SyncMark,
  SyncMeta,
  SyncStateRecord,
  SyncTarget
} from './records'

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

/** What a sync reads of this library: all of it, or (`since`) only the answers given since. */
export type LocalRead = LocalLibrary & { lastLogId: number }

const flatten = (records: readonly RescheduleRecord[]): LocalLibrary['reschedules'] =>
  records.flatMap((r) => (r.undoneAt === null ? r.changes.map((c) => ({ ...c, at: r.at })) : []))

/**
 * The library as this device holds it, and the newest answer's id at that moment. With `since`
 * (the last sync's mark), only the answers and reschedulings made after it; null if an answer
 * it had was taken out or a rescheduling it had was undone since (then the whole library must
 * be compared).
 */
export async function readLocalLibrary(since?: SyncMark): Promise<LocalRead | null> {
  const db = database()
  const logs = since ? db.reviewLogs.where(':id').above(since.logId) : db.reviewLogs.toCollection()
  const reschedules = since
    ? db.reschedules.where(':id').above(since.rescheduleId)
    : db.reschedules.toCollection()
  return db.transaction(
    'r',
    [db.articles, db.cards, db.reviewLogs, db.settings, db.reschedules],
    async () => {
      const [articles, cards, reviewLogs, settings, events, before, newest, marked] =
        await Promise.all([
          db.articles.toArray(),
          db.cards.toArray(),
          logs.toArray(),
          db.settings.bulkGet([...SHARED]),
          reschedules.toArray(),
          since ? db.reviewLogs.where(':id').belowOrEqual(since.logId).count() : 0,
          db.reviewLogs.toCollection().last(),
          since?.rescheduleId ? db.reschedules.get(since.rescheduleId) : undefined
        ])
      if (since && before !== since.logCount) return null
      // The marked rescheduling undone since: only the whole library shows what to send.
      if (since && marked && marked.undoneAt !== null && !since.rescheduleUndone) return null
      return {
        articles,
        cards,
        reviewLogs,
        settings: settings.filter((s) => s !== undefined),
        reschedules: flatten(events),
        lastLogId: newest?.id ?? 0
      }
    }
  )
}

/**
 * The records whose `index` is one of `keys`, one range read each: Dexie's anyOf walks a cursor
 * that fake-indexeddb (the tests', the bench's) moves in linear time, a second for 100 keys.
 */
export async function whereAnyOf<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: Iterable<string>
): Promise<T[]> {
  const all = [...keys]
  // One transaction for them all (or the caller's): not one each.
  const parts = await table.db.transaction('r', table, () =>
    Promise.all(all.map((k) => table.where(index).equals(k).toArray()))
  )
  return parts.flat()
}

/** Every answer to these cards. */
export async function readLocalAnswers(cardIds: Iterable<string>): Promise<ReviewLogEntry[]> {
  return whereAnyOf(database().reviewLogs, 'cardId', cardIds)
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
      return !own || !sameJson(own, r)
    }),
    gone: mine.filter((r) => !kept.has(r.id)).map((r) => r.id)
  }
}

/** Rows per write: as a restore writes (BACKUP_PAGE), so no one request holds the whole table. */
const PAGE = 5000

/**
 * `rows` put a page at a time, the next page handed over while the last is written. One request
 * for 100,000 rows took 7 s in fake-indexeddb where pages take a fraction (docs/scale.md).
 */
async function putPaged<T, K, I>(table: Table<T, K, I>, rows: readonly I[]): Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve()
  for (let i = 0; i < rows.length; i += PAGE) {
    const put = table.bulkPut(rows.slice(i, i + PAGE))
    await inFlight
    inFlight = put
  }
  await inFlight
}

/** Something was answered between reading the library and writing the synced one. */
export class SyncRacedError extends Error {}

/** Scheduling states are flat records of numbers: equal field by field. */
function sameState(a: SchedulingState, b: SchedulingState): boolean {
  const keys = Object.keys(a) as (keyof SchedulingState)[]
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** Of the synced answers, those this library lacks, those it holds with other states, and its own gone. */
function differingLogs(
  mine: readonly ReviewLogEntry[],
  synced: readonly SyncAnswer[]
): { added: SyncAnswer[]; replayed: ReviewLogEntry[]; gone: ReviewLogEntry[] } {
  const local = new Map(mine.map((l) => [answerKey(l), l]))
  const added: SyncAnswer[] = []
  const replayed: ReviewLogEntry[] = []
  for (const log of synced) {
    const own = local.get(answerKey(log))
    if (!own) added.push(log)
    else if (!sameState(own.before, log.before) || !sameState(own.after, log.after)) {
      replayed.push({ ...log, id: own.id })
    }
  }
  const kept = new Set(synced.map(answerKey))
  return { added, replayed, gone: mine.filter((l) => !kept.has(answerKey(l))) }
}

/**
 * Adds answers in order with rising ids. The first takes its id from the key generator, which
 * never gives one used before (an id deleted and put back later, as Browse's undo does, stays
 * its own); the rest are numbered after it, which moves the generator past them. Measured in
 * fake-indexeddb: 100,000 answers the generator numbers took 5.1 s, numbered ones 1.4 s.
 */
async function addLogs(db: NewsdeckDatabase, logs: readonly SyncAnswer[]): Promise<void> {
  const [first, ...rest] = logs
  if (!first) return
  const id = (await db.reviewLogs.add({ ...first })) as number
  await putPaged(
    db.reviewLogs,
    rest.map((log, i) => ({ ...log, id: id + 1 + i }))
  )
}

/** Where this library's answers stood after a sync: how the next finds what was answered since. */
async function markOf(db: NewsdeckDatabase): Promise<SyncMark> {
  const [log, logCount, reschedule] = await Promise.all([
    db.reviewLogs.toCollection().last(),
    db.reviewLogs.count(),
    db.reschedules.toCollection().last()
  ])
  return {
    logId: log?.id ?? 0,
    logCount,
    rescheduleId: reschedule?.id ?? 0,
    rescheduleUndone: !!reschedule && reschedule.undoneAt !== null
  }
}

/** The given days' totals recounted from their answers; a day left with none goes. */
async function recountDays(db: NewsdeckDatabase, days: ReadonlySet<string>): Promise<void> {
  const logs = await db.reviewLogs
    .where('day')
    .anyOf([...days])
    .toArray()
  const totals = dayTotals(logs)
  const kept = new Set(totals.map((d) => d.day))
  await Promise.all([
    db.days.bulkPut(totals),
    db.days.bulkDelete([...days].filter((d) => !kept.has(d)))
  ])
}

/**
 * Puts the synced library in place of this one, all or nothing, with the sync state's changed
 * `state` records and the meta that says which chunks it stands for. `scope`: the only cards and
 * articles the sync touched, whose cards and answers `library` holds (null: every card); the
 * rest are left as they are, and only the days and article counts the written answers and cards touch are
 * recounted. Answers are only ever added or re-replayed here, never dropped, except those of a
 * card deleted or an answer undone on another device (this device's own answers are all in
 * `library`, sent before it was made); an answer given since `lastLogId` was read makes this
 * refuse (SyncRacedError), to be tried again.
 */
export async function applySyncedLibrary(
  library: SyncedPart,
  scope: Touched | null,
  meta: Omit<SyncMeta, 'lastSync' | 'mark'>,
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
    db.libraryCounts,
    db.syncState,
    db.reschedules
  ]
  return db.transaction('rw', tables, async () => {
    const newest = await db.reviewLogs.toCollection().last()
    if ((newest?.id ?? 0) !== lastLogId) throw new SyncRacedError('answered while syncing')
    const ids = scope && [...scope.cards]
    const [articles, cards, logs] = await Promise.all([
      scope ? db.articles.bulkGet([...scope.articles]) : db.articles.toArray(),
      ids ? db.cards.bulkGet(ids) : db.cards.toArray(),
      ids ? readLocalAnswers(ids) : db.reviewLogs.toArray()
    ])
    const articleDiff = differing(
      articles.filter((a) => a !== undefined),
      scope ? library.articles.filter((a) => scope.articles.has(a.id)) : library.articles
    )
    const cardDiff = differing(
      cards.filter((c) => c !== undefined),
      library.cards
    )
    const logDiff = differingLogs(logs, library.reviewLogs)
    const brought: SyncBrought = {
      answers: logDiff.added.length,
      cards: cardDiff.put.length,
      articles: articleDiff.put.length
    }
    const settingsGone = SHARED.filter((k) => !library.settings.some((s) => s.key === k))
    await Promise.all([
      db.articles.bulkPut(articleDiff.put),
      db.articles.bulkDelete(articleDiff.gone),
      db.cards.bulkPut(cardDiff.put),
      db.cards.bulkDelete(cardDiff.gone),
      addLogs(db, logDiff.added),
      putPaged(db.reviewLogs, logDiff.replayed),
      db.reviewLogs.bulkDelete(logDiff.gone.map((l) => l.id!)),
      // Only the shared settings come from other devices; the rest stay this device's own.
      db.settings.bulkPut(library.settings as SettingsRecord[]),
      db.settings.bulkDelete(settingsGone),
      putPaged(db.syncState, state)
    ])
    const counts = tableSet(db)
    if (ids) {
      await recountDays(
        db,
        new Set([...logDiff.added, ...logDiff.replayed, ...logDiff.gone].map((l) => l.day))
      )
      const touched = [...cards, ...library.cards].flatMap((c) => (c ? [c.articleId] : []))
      await recountArticles(counts, [
        ...new Set([...touched, ...articleDiff.gone, ...articleDiff.put.map((a) => a.id)])
      ])
    } else {
      const days = dayTotals(library.reviewLogs)
      const kept = new Set(days.map((d) => d.day))
      const stale = (await db.days.toCollection().primaryKeys()).filter((d) => !kept.has(d))
      await Promise.all([db.days.bulkPut(days), db.days.bulkDelete(stale)])
      await recountLibrary(counts, await studyDayStartHourIn(counts.settings))
    }
    const lastSync = { at: now, brought }
    await db.settings.put({ key: META_KEY, value: { ...meta, mark: await markOf(db), lastSync } })
    return brought
  })
}

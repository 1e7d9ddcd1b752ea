/**
 * The sync state kept between syncs (`syncState`), one record per answer, undo, card, article,
 * setting and rescheduling, so a sync writes only what its new chunks and this device's changes
 * touched. The chunk numbers it stands for are in the sync meta, written in the same transaction.
 */
import type { BackupArticle } from '@core/export/backup-schema'
import type { StoredCard } from '@core/model'
import type { RescheduleEvent } from '@core/review/replay'
import type { SyncAnswer, SyncState, Versioned } from '@core/sync/sync-state'
import { database } from './database'
import type { SyncStateRecord } from './records'

/** An answerKey starts with its card's id. */
const cardOfAnswer = (key: string): string => key.slice(0, key.indexOf('\u0000'))

/** The records of `after` that `before` lacks or holds otherwise (`after` only ever grows). */
export function changedStateRecords(before: SyncState, after: SyncState): SyncStateRecord[] {
  const rows: SyncStateRecord[] = []
  for (const [k, answer] of after.answers) {
    if (before.answers.get(k) !== answer)
      rows.push({ key: `answer:${k}`, kind: 'answer', cardId: answer.cardId, answer })
  }
  for (const k of after.undone) {
    if (!before.undone.has(k))
      rows.push({ key: `undone:${k}`, kind: 'undone', cardId: cardOfAnswer(k) })
  }
  for (const [k, entry] of after.cards) {
    if (before.cards.get(k) !== entry)
      rows.push({ key: `card:${k}`, kind: 'card', cardId: k, entry })
  }
  for (const [k, entry] of after.articles) {
    if (before.articles.get(k) !== entry) rows.push({ key: `article:${k}`, kind: 'article', entry })
  }
  for (const [k, entry] of after.settings) {
    if (before.settings.get(k) !== entry) rows.push({ key: `setting:${k}`, kind: 'setting', entry })
  }
  for (const [k, event] of after.reschedules) {
    if (before.reschedules.get(k) !== event)
      rows.push({ key: `reschedule:${k}`, kind: 'reschedule', cardId: event.cardId, event })
  }
  return rows
}

const idOf = (row: SyncStateRecord): string => row.key.slice(row.kind.length + 1)

/** The kept state, standing for the chunks `seen` names. */
export async function loadSyncState(seen: Record<string, number[]>): Promise<SyncState> {
  const state = {
    seen: new Map(Object.entries(seen).map(([d, seqs]) => [d, new Set(seqs)])),
    answers: new Map<string, SyncAnswer>(),
    undone: new Set<string>(),
    cards: new Map<string, Versioned<StoredCard>>(),
    articles: new Map<string, Versioned<BackupArticle>>(),
    settings: new Map<string, Versioned<unknown>>(),
    reschedules: new Map<string, RescheduleEvent>()
  }
  for (const row of await database().syncState.toArray()) {
    const id = idOf(row)
    switch (row.kind) {
      case 'answer':
        state.answers.set(id, row.answer)
        break
      case 'undone':
        state.undone.add(id)
        break
      case 'card':
        state.cards.set(id, row.entry)
        break
      case 'article':
        state.articles.set(id, row.entry)
        break
      case 'setting':
        state.settings.set(id, row.entry)
        break
      case 'reschedule':
        state.reschedules.set(id, row.event)
        break
    }
  }
  return state
}

/**
 * For a restore, which puts back a library and the sync meta it had: the kept state stands for
 * today's chunks, not the backup's, and compared with the backup's library it would undo every
 * answer since. Without it, the next sync rebuilds what the backup knew from the chunks its meta
 * names. Runs inside the caller's transaction, which must include `settings` and `syncState`.
 */
export async function forgetKeptSyncState(): Promise<void> {
  const db = database()
  await db.syncState.clear()
  const record = await db.settings.get('sync')
  if (record?.key === 'sync' && record.value.stateKept) {
    const { stateKept: _kept, ...meta } = record.value
    await db.settings.put({ key: 'sync', value: meta })
  }
}

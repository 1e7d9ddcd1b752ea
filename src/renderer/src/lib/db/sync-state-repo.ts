/**
 * The sync state kept between syncs (`syncState`), one record per answer, undo, card, article,
 * setting and rescheduling, so a sync writes only what its new chunks and this device's changes
 * touched. The chunk numbers it stands for are in the sync meta, written in the same transaction.
 */
import { answerKey, cardOfAnswerKey } from '@core/library/merge-library'
import { deviceIdFrom } from '@core/sync/chunk'
import { emptySyncState, type SyncAnswer, type SyncState } from '@core/sync/sync-state'
import { database } from './database'
import { whereAnyOf } from './sync-repo'
import type { SyncMeta, SyncStateRecord } from './records'

/** The records of `after` that `before` lacks or holds otherwise (`after` only ever grows). */
export function changedStateRecords(before: SyncState, after: SyncState): SyncStateRecord[] {
  const rows: SyncStateRecord[] = []
  // One row per card whose answers changed, holding all of them: a new device's first sync wrote
  // 100,000 rows of one answer each, 2.3 s of its 7.4 in fake-indexeddb.
  const changed = new Set<string>()
  for (const [k, answer] of after.answers) {
    if (before.answers.get(k) !== answer) changed.add(answer.cardId)
  }
  const byCard = new Map<string, SyncAnswer[]>()
  if (changed.size > 0) {
    for (const answer of after.answers.values()) {
      if (!changed.has(answer.cardId)) continue
      const list = byCard.get(answer.cardId)
      if (list) list.push(answer)
      else byCard.set(answer.cardId, [answer])
    }
  }
  for (const [cardId, answers] of byCard) {
    rows.push({
      key: `answers:${cardId}`,
      kind: 'answers-json',
      cardId,
      json: JSON.stringify(answers)
    })
  }
  for (const k of after.undone) {
    if (!before.undone.has(k))
      rows.push({ key: `undone:${k}`, kind: 'undone', cardId: cardOfAnswerKey(k) })
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
  for (const k of after.unrescheduled) {
    if (!before.unrescheduled.has(k))
      rows.push({ key: `unrescheduled:${k}`, kind: 'unrescheduled', cardId: cardOfAnswerKey(k) })
  }
  return rows
}

/** The id after the row's kind (`card:<id>`); a kind never holds a colon. */
const idOf = (row: SyncStateRecord): string => row.key.slice(row.key.indexOf(':') + 1)

type MutableState = {
  [K in keyof SyncState]: SyncState[K] extends ReadonlyMap<infer A, infer B>
    ? Map<A, B>
    : SyncState[K] extends ReadonlySet<infer A>
      ? Set<A>
      : never
}

function stateOf(base: SyncState, rows: readonly SyncStateRecord[]): SyncState {
  const state: MutableState = {
    seen: base.seen as MutableState['seen'],
    answers: new Map(base.answers),
    undone: new Set(base.undone),
    cards: new Map(base.cards),
    articles: new Map(base.articles),
    settings: new Map(base.settings),
    reschedules: new Map(base.reschedules),
    unrescheduled: new Set(base.unrescheduled)
  }
  for (const row of rows) {
    const id = idOf(row)
    switch (row.kind) {
      case 'answer':
        state.answers.set(id, row.answer)
        break
      case 'answers':
      case 'answers-json':
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
      case 'unrescheduled':
        state.unrescheduled.add(id)
        break
    }
  }
  // After every row of one answer, which a card's row of all its answers stands over.
  for (const row of rows) {
    if (row.kind !== 'answers' && row.kind !== 'answers-json') continue
    const answers = row.kind === 'answers' ? row.answers : (JSON.parse(row.json) as SyncAnswer[])
    for (const a of answers) state.answers.set(answerKey(a), a)
  }
  return state
}

const seenOf = (seen: Record<string, number[]>): SyncState['seen'] =>
  new Map(Object.entries(seen).map(([d, seqs]) => [d, new Set(seqs)]))

/** The kept state, standing for the chunks `seen` names. */
export async function loadSyncState(seen: Record<string, number[]>): Promise<SyncState> {
  const base = { ...emptySyncState(), seen: seenOf(seen) }
  return stateOf(base, await database().syncState.toArray())
}

/**
 * The kept state's cards, articles and settings, without any answer, undo or rescheduling: the
 * frame `withCardEntries` fills in for the cards a sync touches.
 */
export async function loadStateFrame(seen: Record<string, number[]>): Promise<SyncState> {
  const table = database().syncState
  const kinds = ['card', 'article', 'setting'] as const
  const rows = await Promise.all(
    kinds.map((kind) => table.where('key').startsWith(`${kind}:`).toArray())
  )
  return stateOf({ ...emptySyncState(), seen: seenOf(seen) }, rows.flat())
}

/** `frame` with every kept answer, undo and rescheduling of these cards. */
export async function withCardEntries(
  frame: SyncState,
  cardIds: Iterable<string>
): Promise<SyncState> {
  const rows = await whereAnyOf(database().syncState, 'cardId', cardIds)
  return stateOf(
    frame,
    rows.filter((row) => row.kind !== 'card')
  )
}

/**
 * The sync meta after a restore replaced this library. The restored library is what the backup
 * held, so it takes the backup's record of which chunks it had applied (`seen`): the next sync
 * then sends only what the backup had not synced, and brings back every answer given since, as
 * it always did. The identity stays this device's: its id and its folder's numbering (`own`, null
 * on a device that never synced, which gets a new id from `newDevice`). A backup made on another
 * machine must not make two devices write one folder.
 */
export function syncMetaAfterRestore(
  own: SyncMeta | null,
  backup: SyncMeta | null,
  newDevice: () => string
): SyncMeta | null {
  if (!own && !backup) return null
  return {
    device: own?.device ?? newDevice(),
    nextSeq: own?.nextSeq ?? 1,
    seen: backup?.seen ?? {},
    lastSync: own?.lastSync ?? null
  }
}

/**
 * For a restore: writes the sync meta `syncMetaAfterRestore` gives in place of the backup's, and
 * drops the kept state, which stood for the old library. Runs inside the caller's transaction,
 * which must include `settings` and `syncState`.
 */
export async function restartSyncAfterRestore(
  own: SyncMeta | null,
  backup: SyncMeta | null
): Promise<void> {
  const db = database()
  await db.syncState.clear()
  const meta = syncMetaAfterRestore(own, backup, () =>
    deviceIdFrom(crypto.getRandomValues(new Uint8Array(16)))
  )
  if (meta) await db.settings.put({ key: 'sync', value: meta })
  else await db.settings.delete('sync')
}

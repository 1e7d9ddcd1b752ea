/**
 * What this device has changed since the chunks it last read: the library it holds, compared
 * with the library those chunks stand for. Comparing, rather than recording each write as it
 * happens, leaves every existing write path (answers, edits, imports, restores) untouched.
 *
 * An edit's time is the sync's: the app does not keep when a card was edited, so between two
 * devices that edited the same card offline, the one that syncs later wins. A device syncing for
 * the first time holds records it never sent; where other devices already have them, its copy
 * counts from when it was made (a card the user has not touched) or last updated (an article),
 * and a shared setting it never changed gives way, so joining never undoes others' edits.
 */
import type { BackupArticle } from '../export/backup-schema'
import { answerKey, sameJson } from '../library/merge-library'
import type { ReviewLogEntry, StoredCard } from '../model'
import type { RescheduleEvent } from '../review/replay'
import type { Change } from './chunk'
import { rescheduleKey, type SyncState } from './sync-state'

/** Settings every device shares; the rest (the browser's columns, the sync's own) stay local. */
export const SYNCED_SETTINGS: readonly string[] = ['study', 'fsrs-model']

export interface LocalLibrary {
  articles: readonly BackupArticle[]
  cards: readonly StoredCard[]
  reviewLogs: readonly ReviewLogEntry[]
  settings: ReadonlyArray<{ key: string; value: unknown }>
  reschedules: readonly RescheduleEvent[]
}

/** The same card but for its schedule, which replay sets. */
const sameButSchedule = (a: StoredCard, b: StoredCard): boolean =>
  sameJson({ ...a, sched: null }, { ...b, sched: null })

/** A card as generated: nothing the user set on it. */
const untouched = (card: StoredCard): boolean =>
  !card.edited && !card.suspended && card.buriedUntil === null && !card.tags?.length

/** Is the card in the library `known` stands for (it and its article not deleted)? */
function inLibrary(known: SyncState, cardId: string): boolean {
  const card = known.cards.get(cardId)?.value
  return !!card && !!known.articles.get(card.articleId)?.value
}

/**
 * Answers this library held after its last sync and holds no more: undone. Only cards it still
 * holds and held then count; a card deleted, or put back after a deletion, takes its answers out
 * of the library without undoing them.
 */
function undoneAnswers(
  known: SyncState,
  localAnswers: ReadonlySet<string>,
  localCards: readonly StoredCard[],
  now: number
): Change[] {
  const cards = new Set(localCards.map((c) => c.id))
  const changes: Change[] = []
  for (const [key, answer] of known.answers) {
    if (localAnswers.has(key) || known.undone.has(key) || !cards.has(answer.cardId)) continue
    if (inLibrary(known, answer.cardId))
      changes.push({ type: 'delete', at: now, table: 'answer', id: key })
  }
  return changes
}

/** This device's answers, undos and reschedulings that `known` lacks. */
export function localAnswers(
  known: SyncState,
  local: Pick<LocalLibrary, 'cards' | 'reviewLogs' | 'reschedules'>,
  device: string,
  now: number
): Change[] {
  const changes: Change[] = []
  const localKeys = new Set<string>()
  for (const log of local.reviewLogs) {
    const key = answerKey(log)
    localKeys.add(key)
    if (known.answers.has(key)) continue
    const { id: _id, ...answer } = log
    changes.push({ type: 'answer', log: answer })
  }
  changes.push(...undoneAnswers(known, localKeys, local.cards, now))
  for (const event of local.reschedules) {
    if (known.reschedules.has(rescheduleKey(event, device))) continue
    changes.push({ type: 'reschedule', ...event })
  }
  return changes
}

/**
 * This device's edits and deletions of articles, cards and shared settings since `known`;
 * `all`: every chunk in the store, `known`'s among them.
 */
export function localEdits(
  known: SyncState,
  all: SyncState,
  local: Pick<LocalLibrary, 'articles' | 'cards' | 'settings'>,
  now: number
): Change[] {
  const changes: Change[] = []
  const localArticles = new Set<string>()
  for (const article of local.articles) {
    localArticles.add(article.id)
    const theirs = known.articles.get(article.id)?.value
    if (!theirs && all.articles.has(article.id)) {
      changes.push({ type: 'article', at: article.updatedAt, article })
    } else if (!theirs || !sameJson(theirs, article)) {
      changes.push({ type: 'article', at: now, article })
    }
  }
  for (const [id, { value }] of known.articles) {
    if (value && !localArticles.has(id))
      changes.push({ type: 'delete', at: now, table: 'article', id })
  }
  const localCards = new Set<string>()
  for (const card of local.cards) {
    localCards.add(card.id)
    const theirs = known.cards.get(card.id)?.value
    if (!theirs && all.cards.has(card.id) && untouched(card)) {
      changes.push({ type: 'card', at: card.createdAt, card })
    } else if (!theirs || !sameButSchedule(theirs, card)) {
      changes.push({ type: 'card', at: now, card })
    }
  }
  for (const [id, { value }] of known.cards) {
    if (value && !localCards.has(id)) changes.push({ type: 'delete', at: now, table: 'card', id })
  }
  const localSettings = new Map(
    local.settings.filter((s) => SYNCED_SETTINGS.includes(s.key)).map((s) => [s.key, s.value])
  )
  for (const [key, value] of localSettings) {
    const theirs = known.settings.get(key)?.value
    if (!known.settings.has(key) && all.settings.has(key)) continue
    if (theirs === undefined || theirs === null || !sameJson(theirs, value)) {
      changes.push({ type: 'setting', at: now, setting: { key, value } })
    }
  }
  for (const [key, { value }] of known.settings) {
    if (value !== null && !localSettings.has(key)) {
      changes.push({ type: 'delete', at: now, table: 'setting', id: key })
    }
  }
  return changes
}

/**
 * This device's reschedulings it held after its last sync and holds no more: undone. `local`
 * must hold every one of this device's reschedulings not undone, so only a sync that read the
 * whole library may ask (the touched one reads those since its mark, and an undo since makes it
 * read the whole library). Other devices' events are never in this library, so never undone here.
 */
export function undoneReschedules(
  known: SyncState,
  local: Pick<LocalLibrary, 'reschedules'>,
  device: string,
  now: number
): Change[] {
  const held = new Set(local.reschedules.map((e) => rescheduleKey(e, device)))
  const own = `\u0000${device}`
  const changes: Change[] = []
  for (const key of known.reschedules.keys()) {
    if (!key.endsWith(own) || held.has(key) || known.unrescheduled.has(key)) continue
    changes.push({ type: 'delete', at: now, table: 'reschedule', id: key })
  }
  return changes
}

/**
 * `known`: the chunks this library already holds; `all`: every chunk in the store, `known`'s
 * among them. `local` is the whole library.
 */
export function localChanges(
  known: SyncState,
  all: SyncState,
  local: LocalLibrary,
  device: string,
  now: number
): Change[] {
  return [
    ...localAnswers(known, local, device, now),
    ...undoneReschedules(known, local, device, now),
    ...localEdits(known, all, local, now)
  ]
}

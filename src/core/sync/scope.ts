/**
 * Which cards a sync has to replay and write: those its changes touch. Every other card holds
 * what the state said at the last sync, and the changes leave that alone, so a sync of a few
 * answers costs a few cards, not the library.
 */
import { cardOfAnswerKey } from '../library/merge-library'
import type { Change } from './chunk'
import type { SyncState } from './sync-state'

/** The cards and articles a sync touches. */
export interface Touched {
  cards: Set<string>
  articles: Set<string>
}

/**
 * The cards and articles `changes` touch, `state` being the state after them (it says which
 * cards an article holds): an article's cards come and go with it. Null: every card, since a
 * shared setting changed and with it, maybe, the scheduler every card is replayed with.
 */
export function touched(state: SyncState, changes: Iterable<Change>): Touched | null {
  const cards = new Set<string>()
  const articles = new Set<string>()
  for (const change of changes) {
    switch (change.type) {
      case 'answer':
        cards.add(change.log.cardId)
        break
      case 'card':
        cards.add(change.card.id)
        break
      case 'article':
        articles.add(change.article.id)
        break
      case 'setting':
        return null
      case 'reschedule':
        cards.add(change.cardId)
        break
      case 'delete':
        if (change.table === 'setting') return null
        if (change.table === 'article') articles.add(change.id)
        // An answerKey and a rescheduleKey both start with their card's id.
        else cards.add(change.table === 'card' ? change.id : cardOfAnswerKey(change.id))
        break
    }
  }
  if (articles.size > 0) {
    for (const [id, { value }] of state.cards) {
      if (value && articles.has(value.articleId)) cards.add(id)
    }
  }
  return { cards, articles }
}

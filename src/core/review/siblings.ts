/**
 * Siblings, as Anki buries them: the who, where and when cards of one quote, and the cards of
 * one sentence, test the same memory; seeing one makes the others too easy the same day. So an
 * answer buries its siblings that today's queue would show (new cards, and reviews due today)
 * until the next study day starts.
 */
import type { StoredCard } from '../model'
import { isAvailable } from './queue'

type Place = Pick<StoredCard, 'id' | 'articleId' | 'quoteId' | 'sentenceIndex'>

export function isSibling(a: Place, b: Place): boolean {
  if (a.id === b.id || a.articleId !== b.articleId) return false
  return (a.quoteId !== null && a.quoteId === b.quoteId) || a.sentenceIndex === b.sentenceIndex
}

/**
 * The siblings of `answered` among `cards` (its article's) to bury, buried until `dayEnd`:
 * those available now that today's queue could show. Learning cards keep their steps.
 */
export function siblingsToBury(
  answered: Place,
  cards: readonly StoredCard[],
  now: number,
  dayEnd: number
): StoredCard[] {
  return cards
    .filter((c) => isSibling(answered, c) && isAvailable(c, now))
    .filter((c) => c.sched.phase === 0 || (c.sched.phase === 2 && c.sched.due < dayEnd))
    .map((c) => ({ ...c, buriedUntil: dayEnd }))
}

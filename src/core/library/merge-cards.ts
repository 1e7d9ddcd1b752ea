import type { CardContent, StoredCard, SchedulingState } from '../model'

/**
 * What to write when an article's cards are (re)imported. Re-importing must never duplicate a
 * card or lose its review history, so an incoming card that matches a stored one (same id, or
 * same kind and question after an edit of the article changed the ids) keeps the stored card's
 * schedule and the user's own edits.
 */
export interface CardMergePlan {
  /** Cards to put (new ones, and stored ones carried over with updated content). */
  put: StoredCard[]
  /** Stored card ids to delete: no longer generated and never reviewed. */
  remove: string[]
  /** Review logs to move from a stored card id to the new id of the same card. */
  relink: Array<{ from: string; to: string }>
  /** How many of `put` are cards the library did not have before. */
  added: number
  /** Stored cards kept although no longer generated, because they have history. */
  keptWithHistory: number
}

export interface MergeInput {
  stored: StoredCard[]
  incoming: CardContent[]
  /**
   * Stored cards of other articles whose ids incoming cards carry: an article re-imported as
   * its own after a later version replaced it gives its cards the ids they had then. Matched
   * by id only, and carried over with their schedule; never removed.
   */
  claimed?: StoredCard[]
  /** Ids of stored cards that have at least one review log. */
  reviewed: ReadonlySet<string>
  /** The article the incoming cards now belong to. */
  articleId: string
  now: number
  newState: (now: number) => SchedulingState
}

const contentKey = (card: Pick<CardContent, 'kind' | 'front'>): string =>
  `${card.kind}\u0000${card.front.trim().toLowerCase()}`

export function planCardMerge(input: MergeInput): CardMergePlan {
  const { stored, incoming, reviewed, articleId, now, newState } = input
  const byId = new Map([...(input.claimed ?? []), ...stored].map((c) => [c.id, c]))
  const byContent = new Map(stored.map((c) => [contentKey(c), c]))
  const matched = new Set<string>()
  const plan: CardMergePlan = { put: [], remove: [], relink: [], added: 0, keptWithHistory: 0 }

  incoming.forEach((card, position) => {
    const previous = byId.get(card.id) ?? byContent.get(contentKey(card))
    if (previous && !matched.has(previous.id)) {
      matched.add(previous.id)
      if (previous.id !== card.id) {
        plan.remove.push(previous.id)
        plan.relink.push({ from: previous.id, to: card.id })
      }
      plan.put.push({
        ...card,
        articleId,
        front: previous.edited ? previous.front : card.front,
        back: previous.edited ? previous.back : card.back,
        sched: previous.sched,
        suspended: previous.suspended,
        buriedUntil: previous.buriedUntil,
        edited: previous.edited,
        createdAt: previous.createdAt,
        ...(previous.tags ? { tags: previous.tags } : {})
      })
      return
    }
    // New cards are studied in article order: their due times are spaced by a millisecond so
    // the queue's (phase, due) index returns them in the order the generator produced them.
    const createdAt = now + position
    plan.added++
    plan.put.push({
      ...card,
      articleId,
      sched: { ...newState(createdAt), due: createdAt },
      suspended: false,
      buriedUntil: null,
      edited: false,
      createdAt
    })
  })

  for (const card of stored) {
    if (matched.has(card.id)) continue
    if (reviewed.has(card.id)) {
      plan.keptWithHistory++
      if (card.articleId !== articleId) plan.put.push({ ...card, articleId })
    } else {
      plan.remove.push(card.id)
    }
  }
  return plan
}

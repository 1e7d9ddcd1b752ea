import type { Grade, StoredCard } from '@core/model'

/**
 * Where a review session is: loading today's queue, showing a card's question or answer,
 * waiting for a learning card to come due, saving the day's last answer, or done.
 */
export type ReviewStatus = 'loading' | 'question' | 'answer' | 'waiting' | 'finishing' | 'done'

export type ReviewAction =
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade }
  | { type: 'undo' }
  | { type: 'suspend' }
  | { type: 'bury' }
  | { type: 'edit' }

/** What a key press means on the review screen; null when it means nothing there. */
export function keyAction(
  key: string,
  mods: { ctrl: boolean; meta: boolean; alt: boolean },
  status: ReviewStatus
): ReviewAction | null {
  if ((mods.ctrl || mods.meta) && key.toLowerCase() === 'z') return { type: 'undo' }
  if (mods.ctrl || mods.meta || mods.alt) return null
  // As in Anki: Space or Enter shows the answer, and once it shows, grades Good.
  if (key === ' ' || key === 'Enter') {
    if (status === 'question') return { type: 'reveal' }
    if (status === 'answer') return { type: 'grade', grade: 3 }
  }
  if (status === 'answer' && ['1', '2', '3', '4'].includes(key))
    return { type: 'grade', grade: Number(key) as Grade }
  if (status === 'question' || status === 'answer') {
    if (key === '!') return { type: 'suspend' }
    if (key === '-') return { type: 'bury' }
    if (key === 'e' || key === 'E') return { type: 'edit' }
  }
  return null
}

export interface Piece {
  text: string
  answer: boolean
}

/** The source sentence split so the answer's characters can be marked. */
export function markAnswer(sentence: string, span: { start: number; end: number } | null): Piece[] {
  if (!span || span.start < 0 || span.end > sentence.length || span.start >= span.end)
    return [{ text: sentence, answer: false }]
  return [
    { text: sentence.slice(0, span.start), answer: false },
    { text: sentence.slice(span.start, span.end), answer: true },
    { text: sentence.slice(span.end), answer: false }
  ].filter((p) => p.text.length > 0)
}

/** A cloze front with its blank set apart so it can be styled. */
export function clozePieces(front: string): Piece[] {
  return front
    .split(/(\[…\]|\[\.\.\.\])/)
    .filter((t) => t.length > 0)
    .map((t) => ({ text: t, answer: t === '[…]' || t === '[...]' }))
}

export function describeNextDue(due: number | null, now: number): string {
  if (due === null) return 'No cards are scheduled yet.'
  const minutes = Math.round((due - now) / 60_000)
  if (minutes < 1) return 'The next card is due now.'
  if (minutes < 60) return `The next card is due in ${minutes} minute${minutes === 1 ? '' : 's'}.`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `The next card is due in about ${hours} hour${hours === 1 ? '' : 's'}.`
  const when = new Date(due).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long'
  })
  return `The next card is due on ${when}.`
}

export function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes < 1 ? 'under a minute' : `${minutes} minute${minutes === 1 ? '' : 's'}`
}

/** The articles of a queue's cards, each once, in queue order. */
export function distinctArticleIds(cards: ReadonlyArray<Pick<StoredCard, 'articleId'>>): string[] {
  return [...new Set(cards.map((c) => c.articleId))]
}

/**
 * What the memory model says about the cards now: each card's retrievability (the chance of
 * recalling it at `now`), the share of an article's or a speaker's cards at or above the desired
 * retention (mastery), and how retrievability, stability and difficulty are spread.
 */
import { forgetting_curve } from 'ts-fsrs'
import { DAY_MS } from '../calendar'
import type { CardPhase, StoredCard } from '../model'

/** The few fields of a card the statistics read, so storage can hand over a slim copy. */
export interface CardMemory {
  cardId: string
  articleId: string
  /** Who said the quotation the card asks about; null for facts and terms. */
  speaker: string | null
  phase: CardPhase
  stability: number
  difficulty: number
  lastReview: number | null
  lapses: number
}

export function cardMemory(card: StoredCard, speaker: string | null): CardMemory {
  return {
    cardId: card.id,
    articleId: card.articleId,
    speaker,
    phase: card.sched.phase,
    stability: card.sched.stability,
    difficulty: card.sched.difficulty,
    lastReview: card.sched.lastReview,
    lapses: card.sched.lapses
  }
}

/**
 * The chance of recalling the card at `now`, by FSRS's forgetting curve with the parameters in
 * use (their last one sets the curve's decay); null for a card never studied.
 */
export function retrievability(
  card: Pick<CardMemory, 'phase' | 'stability' | 'lastReview'>,
  now: number,
  weights: readonly number[]
): number | null {
  if (card.phase === 0 || card.lastReview === null || card.stability <= 0) return null
  const elapsedDays = Math.max(0, now - card.lastReview) / DAY_MS
  return forgetting_curve(weights, elapsedDays, card.stability)
}

export interface Mastery {
  key: string
  label: string
  cards: number
  mastered: number
  /** mastered / cards, 0..1 (0 for no cards). */
  share: number
}

function masteryRows(
  cards: readonly CardMemory[],
  keyOf: (c: CardMemory) => string | null,
  isMastered: (c: CardMemory) => boolean,
  labelOf: (key: string) => string
): Mastery[] {
  const rows = new Map<string, Mastery>()
  for (const card of cards) {
    const key = keyOf(card)
    if (key === null) continue
    let row = rows.get(key)
    if (!row) {
      row = { key, label: labelOf(key), cards: 0, mastered: 0, share: 0 }
      rows.set(key, row)
    }
    row.cards++
    if (isMastered(card)) row.mastered++
  }
  for (const row of rows.values()) row.share = row.cards === 0 ? 0 : row.mastered / row.cards
  // Weakest first: the point is to see what needs work. Ties by name so the order is stable.
  return [...rows.values()].sort((a, b) => a.share - b.share || a.label.localeCompare(b.label))
}

export interface MasteryReport {
  articles: Mastery[]
  speakers: Mastery[]
  /** Over every card. */
  overall: Mastery
}

/**
 * Mastery per article and per speaker: the share of their cards whose retrievability now is at
 * or above the desired retention. Every card counts, so a card not yet studied counts against.
 */
export function mastery(
  cards: readonly CardMemory[],
  titles: ReadonlyMap<string, string>,
  desiredRetention: number,
  now: number,
  weights: readonly number[]
): MasteryReport {
  const known = new Set<string>()
  for (const card of cards) {
    const r = retrievability(card, now, weights)
    if (r !== null && r >= desiredRetention) known.add(card.cardId)
  }
  const isMastered = (c: CardMemory): boolean => known.has(c.cardId)
  const [overall] = masteryRows(
    cards,
    () => 'all',
    isMastered,
    () => 'All cards'
  )
  return {
    articles: masteryRows(
      cards,
      (c) => c.articleId,
      isMastered,
      (id) => titles.get(id) ?? id
    ),
    speakers: masteryRows(
      cards,
      (c) => c.speaker,
      isMastered,
      (name) => name
    ),
    overall: overall ?? { key: 'all', label: 'All cards', cards: 0, mastered: 0, share: 0 }
  }
}

export interface Bucket {
  label: string
  cards: number
}

export interface Distributions {
  retrievability: Bucket[]
  stability: Bucket[]
  difficulty: Bucket[]
  /** Cards studied at least once: the ones these describe. */
  studied: number
}

const STABILITY_EDGES = [1, 3, 7, 14, 30, 90, 180, 365]

function stabilityLabels(): string[] {
  const labels = [`under ${STABILITY_EDGES[0]} day`]
  for (let i = 1; i < STABILITY_EDGES.length; i++) {
    labels.push(`${STABILITY_EDGES[i - 1]}–${STABILITY_EDGES[i]} days`)
  }
  labels.push(`${STABILITY_EDGES.at(-1)} days or more`)
  return labels
}

/** Ten 10% bands of retrievability, stability in day bands, and difficulty 1–10 in whole steps. */
export function distributions(
  cards: readonly CardMemory[],
  now: number,
  weights: readonly number[]
): Distributions {
  const r = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i * 10 + 10}%`, cards: 0 }))
  const s = stabilityLabels().map((label) => ({ label, cards: 0 }))
  const d = Array.from({ length: 9 }, (_, i) => ({ label: `${i + 1}–${i + 2}`, cards: 0 }))
  let studied = 0
  for (const card of cards) {
    const recall = retrievability(card, now, weights)
    if (recall === null) continue
    studied++
    bump(r, Math.min(9, Math.floor(recall * 10)))
    const band = STABILITY_EDGES.findIndex((edge) => card.stability < edge)
    bump(s, band === -1 ? STABILITY_EDGES.length : band)
    bump(d, Math.min(8, Math.max(0, Math.floor(card.difficulty) - 1)))
  }
  return { retrievability: r, stability: s, difficulty: d, studied }
}

function bump(buckets: Bucket[], i: number): void {
  const bucket = buckets[i]
  if (bucket) bucket.cards++
}

export interface HardCard {
  cardId: string
  articleId: string
  difficulty: number
  lapses: number
  retrievability: number | null
}

/** The cards forgotten most, then hardest by FSRS difficulty: what the report lists. */
export function hardestCards(
  cards: readonly CardMemory[],
  now: number,
  weights: readonly number[],
  limit = 10
): HardCard[] {
  return cards
    .filter((c) => c.phase !== 0 && c.lastReview !== null)
    .sort(
      (a, b) =>
        b.lapses - a.lapses || b.difficulty - a.difficulty || a.cardId.localeCompare(b.cardId)
    )
    .slice(0, limit)
    .map((c) => ({
      cardId: c.cardId,
      articleId: c.articleId,
      difficulty: c.difficulty,
      lapses: c.lapses,
      retrievability: retrievability(c, now, weights)
    }))
}

/** Who said each quotation and reported statement, by id: how a card finds its speaker. */
export function speakersByQuote(extraction: {
  quotes: ReadonlyArray<{ id: string; speaker: string | null }>
  reported: ReadonlyArray<{ id: string; speaker: string }>
}): Map<string, string> {
  const speakers = new Map<string, string>()
  for (const q of extraction.quotes) if (q.speaker) speakers.set(q.id, q.speaker)
  for (const r of extraction.reported) speakers.set(r.id, r.speaker)
  return speakers
}

/**
 * The card search language's types: the tree a query parses into, what a card must expose to be
 * searched, and the error a malformed query gives. Pure data.
 */
import type { CardKind, CardPhase, Grade } from '../model'

/** `kind:` values as the user writes them; `who` covers quoted and reported speech alike. */
export type KindName = 'who' | 'where' | 'when' | 'fact' | 'term'

export type CardState = 'new' | 'learn' | 'review' | 'due' | 'suspended' | 'buried' | 'leech'

/** Numeric properties `prop:` compares: retrievability now, interval, lapses and the rest. */
export type PropName = 'r' | 'ivl' | 'lapses' | 'reps' | 's' | 'd' | 'due'

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '!='

/** Where a node came from in the query text: [start, end) offsets. */
export interface Span {
  start: number
  end: number
}

export type SearchTerm =
  | { type: 'text'; text: string }
  | { type: 'kind'; kind: KindName }
  | { type: 'article'; text: string }
  | { type: 'speaker'; text: string }
  | { type: 'tag'; text: string }
  | { type: 'is'; state: CardState }
  | { type: 'prop'; prop: PropName; op: Comparison; value: number }
  /** Answered within the last `days` study days (1 = today), with `grade` when given. */
  | { type: 'rated'; days: number; grade: Grade | null }
  /** Added within the last `days` study days (1 = today). */
  | { type: 'added'; days: number }

export type SearchNode =
  | { type: 'all' }
  | { type: 'and'; items: SearchNode[] }
  | { type: 'or'; items: SearchNode[] }
  | { type: 'not'; item: SearchNode }
  | (SearchTerm & { span: Span })

/** A query that could not be read: where, and what to do about it, in words. */
export interface QueryError extends Span {
  message: string
}

export type ParseResult = { ok: true; query: SearchNode } | { ok: false; error: QueryError }

/** What the search reads of a card. The app joins the card with its article to make one. */
export interface SearchableCard {
  id: string
  kind: CardKind
  front: string
  back: string
  /** The article's title. */
  article: string
  /** Who said the quote or statement the card asks about, or null. */
  speaker: string | null
  tags: readonly string[]
  suspended: boolean
  buriedUntil: number | null
  createdAt: number
  sched: {
    phase: CardPhase
    due: number
    stability: number
    difficulty: number
    scheduledDays: number
    reps: number
    lapses: number
    lastReview: number | null
  }
}

export interface SearchContext {
  now: number
  /** Hour (local) at which a study day starts: `is:due`, `rated:` and `added:` count in days. */
  dayStartHour: number
  /** Retrievability of the card now (0–1), or null for a card never studied. */
  retrievability(card: SearchableCard): number | null
  /**
   * Ids of the cards answered at or after `since` (epoch ms), with `grade` when not null. The app
   * reads these from the review log before it runs the query (see `answerWindows`).
   */
  answeredSince(since: number, grade: Grade | null): ReadonlySet<string>
}

/**
 * The domain types shared by every part of Newsdeck. Pure data: no behaviour, no imports.
 * Dates inside the domain are ISO strings (`YYYY-MM-DD`) or epoch milliseconds, never Date
 * objects, so records survive JSON, IPC and IndexedDB unchanged.
 */

/** A sentence of the article, addressed by its index in `ParsedArticle.sentences`. */
export interface Sentence {
  index: number
  /** Paragraph index in `ParsedArticle.paragraphs`, or -1 for a photo caption. */
  paragraph: number
  text: string
  /** True when the sentence comes from a photo caption rather than the body. */
  caption: boolean
}

export interface Dateline {
  place: string | null
  /** ISO date, resolved against the article's publication year. */
  date: string | null
  agency: string | null
}

/** An article split into metadata and body, as the generator reads it. */
export interface ParsedArticle {
  /** Stable id derived from the normalised title and body text. */
  id: string
  title: string
  /** ISO date (YYYY-MM-DD) of publication, or null when the text does not say. */
  published: string | null
  dateline: Dateline | null
  byline: string | null
  captions: string[]
  footer: string | null
  /** Body paragraphs, each the exact text (whitespace normalised). */
  paragraphs: string[]
  /** Body sentences in reading order, then caption sentences. */
  sentences: Sentence[]
}

/** When something was said, as the article puts it and resolved against its date. */
export interface TimeRef {
  /** The article's words: "this week", "in January", "May last year". */
  phrase: string
  /**
   * The resolved time: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `week of YYYY-MM-DD`;
   * null when the phrase cannot be pinned down.
   */
  resolved: string | null
  /** Human label for cards and quiz options, e.g. "January 2025" or "the week of 10 July 2025". */
  label: string
}

/** A direct quotation with who said it, where and when. */
export interface Quote {
  /** Stable id derived from the article id and the quote text. */
  id: string
  text: string
  speaker: string | null
  where: string | null
  when: TimeRef | null
  sentenceIndex: number
  /** True for a fragment quoted inside the author's own sentence. */
  partial: boolean
  /** How the generator attributed it; absent on quotes stored before attribution was explained. */
  basis?: AttributionBasis
  /** Set when the user chose or confirmed the speaker, place and time themselves. */
  confirmed?: boolean
}

/** Which sieves decided a quotation's speaker, place and time, and how sure they were. */
export interface AttributionBasis {
  /** The quote-to-mention or quote-to-quote sieve that found the speaker ("trailing-verb", …). */
  sieve: string
  /** The mention-to-speaker rule ("full-name", "pronoun", "role-noun", …), or null. */
  rule: string | null
  /** 0–1. Under LOW_CONFIDENCE the app asks the user to check the speaker. */
  confidence: number
  /** Speakers weighed, the chosen one first: the choices offered when the user checks. */
  candidates: string[]
  whereSieve: string | null
  whenSieve: string | null
}

/** An indirect statement: "Xi urged all regions to ...". */
export interface ReportedStatement {
  id: string
  /** The reported content, from the clause after the verb of saying. */
  text: string
  speaker: string
  where: string | null
  when: TimeRef | null
  sentenceIndex: number
  /** The verb of saying as written ("urged", "emphasized that"), so a card can ask in the article's words. */
  verb?: string
}

/** A scare-quoted or coined term, with the explanation the article gives when it gives one. */
export interface Term {
  term: string
  meaning: string | null
  sentenceIndex: number
}

/** A sentence worth remembering and the span a cloze card should hide. */
export interface Fact {
  sentence: string
  answer: string
  sentenceIndex: number
  /** What kind of thing the answer is, used for card prompts and distractors. */
  category: 'number' | 'percent' | 'money' | 'date' | 'place' | 'organisation' | 'term' | 'other'
}

export type CardKind =
  'quote-who' | 'quote-where' | 'quote-when' | 'reported-who' | 'fact-cloze' | 'term-meaning'

/** The content of a flashcard, before any scheduling state is attached. */
export interface CardContent {
  /** Stable: derived from the article id, kind and content, so re-importing keeps history. */
  id: string
  articleId: string
  kind: CardKind
  front: string
  back: string
  sentenceIndex: number
  /** The answer's characters inside the source sentence, to mark on the answer side. */
  answerSpan: { start: number; end: number } | null
  /** The quote or reported statement this card asks about, if any. */
  quoteId: string | null
}

/** Everything the generator finds in one article. */
export interface Extraction {
  article: ParsedArticle
  quotes: Quote[]
  reported: ReportedStatement[]
  terms: Term[]
  facts: Fact[]
  cards: CardContent[]
}

/** FSRS card phase; the numbers match ts-fsrs's `State` enum. Name them through `PHASE`
 * (core/review/phase.ts), never as bare numbers. */
export type CardPhase = 0 | 1 | 2 | 3 // New, Learning, Review, Relearning

/** FSRS memory and scheduling state as stored: ts-fsrs's `Card` with dates as epoch ms. */
export interface SchedulingState {
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  phase: CardPhase
  lastReview: number | null
}

/** A card as the library keeps it: content, scheduling state and the user's flags. */
export interface StoredCard extends CardContent {
  sched: SchedulingState
  suspended: boolean
  /** Buried cards stay out of the queue until this time (epoch ms); null when not buried. */
  buriedUntil: number | null
  /** True once the user edited front or back; re-importing the article keeps their text. */
  edited: boolean
  createdAt: number
  /**
   * The user's tags and the app's (`leech`), lower case, each once. Absent on cards stored before
   * tags; not indexed, so adding it needed no schema version.
   */
  tags?: string[]
}

export type Grade = 1 | 2 | 3 | 4 // Again, Hard, Good, Easy

/** One answer, enough to undo it exactly and to chart history. */
export interface ReviewLogEntry {
  id?: number
  cardId: string
  articleId: string
  grade: Grade
  reviewedAt: number
  /** The study day the answer counts for (`YYYY-MM-DD`, after the day-start hour). */
  day: string
  /** State before the answer, restored by undo. */
  before: SchedulingState
  after: SchedulingState
  /** How long the card was shown before grading, for statistics. */
  durationMs: number
}

/** Per-day totals, so statistics never scan the whole log. */
export interface DayAggregate {
  day: string
  /** Answers to cards that were in review (phase 2): what the daily review limit counts. */
  reviews: number
  /** Cards answered for the first time (phase 0 before): what the new-card limit counts. */
  newCards: number
  // Every answer, learning steps included: again + hard + good + easy.
  again: number
  hard: number
  good: number
  easy: number
  durationMs: number
  /**
   * Answers to cards in review (phase 2 before the answer), passed (Hard, Good, Easy) or failed
   * (Again), split at a 21-day interval into young and mature: what true retention is read from.
   * Absent on rows written before it was kept; storage recounts those from the day's log once.
   */
  recall?: RecallTally
}

/** True-retention counts of one day; "young" means an interval under 21 days before the answer. */
export interface RecallTally {
  youngPassed: number
  youngFailed: number
  maturePassed: number
  matureFailed: number
}

export interface StudySettings {
  desiredRetention: number
  maximumIntervalDays: number
  newCardsPerDay: number
  reviewsPerDay: number
  /** Learning steps in minutes, e.g. [1, 10]. */
  learningStepsMinutes: number[]
  relearningStepsMinutes: number[]
  /** Hour (0–23, local time) at which a new study day begins. */
  dayStartHour: number
  enableFuzz: boolean
  /** Fit FSRS's parameters again after this many new reviews; 0 never refits on its own. */
  refitEveryReviews: number
  /** Lapses that make a card a leech (tagged `leech`, then every half as many again); 0 never. */
  leechLapses: number
  /** Whether a leech is also suspended, not only tagged. */
  leechSuspend: boolean
  /** Whether answering a card buries its siblings (same quote, same sentence) until tomorrow. */
  burySiblings: boolean
}

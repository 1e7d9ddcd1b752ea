/**
 * What a backup's records may hold, as valibot schemas: the backup's types are inferred from
 * them, `backup-validate.ts` checks records with them, and every message a person reads about a
 * bad record is written here, beside the rule it explains.
 *
 * Ranges, not only shapes: a value that fits its type but would break a screen later (a due date
 * of 1e308, a difficulty FSRS refuses, a sentence index of 1.5) is refused here instead.
 * Messages are noun phrases completing "card 3 of 40 has …".
 */
import { S_MAX, S_MIN } from 'ts-fsrs'
import * as v from 'valibot'
import { isCalendarDay } from '../calendar'
import type {
  CardKind,
  DayAggregate,
  Extraction,
  ReviewLogEntry,
  SchedulingState,
  StoredCard
} from '../model'
import type { QuizMistake, QuizResult } from '../quiz/session'
import { PHASE, PHASES } from '../review/phase'
import { validateSettings } from '../review/settings'

/** Every time Newsdeck stores (due dates, reviews, imports, quizzes) lies in this century. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1)
export const LATEST_TIME = Date.UTC(2100, 0, 1)
/** Longest span any count of days or duration can cover: the century above. */
const CENTURY_DAYS = 36_525
const CENTURY_MS = CENTURY_DAYS * 86_400_000

const CARD_KINDS: CardKind[] = [
  'quote-who',
  'quote-where',
  'quote-when',
  'reported-who',
  'fact-cloze',
  'term-meaning'
]

const text = v.string()
const id = v.pipe(v.string(), v.minLength(1, 'an empty id'))
const time = (what: string) =>
  v.pipe(
    v.number(),
    v.check((t) => t >= EARLIEST_TIME && t < LATEST_TIME, `${what} outside 2000–2100`)
  )
const count = (what: string) =>
  v.pipe(
    v.number(),
    v.integer(`${what} that is not a whole number`),
    v.minValue(0, `${what} below zero`),
    // Past 2^53 sums go wrong without a sound; no real count comes near it.
    v.maxValue(Number.MAX_SAFE_INTEGER, `${what} too large to count with`)
  )
const duration = (what: string) =>
  v.pipe(
    v.number(),
    v.minValue(0, `a negative ${what}`),
    v.maxValue(CENTURY_MS, `${what} over a century`)
  )

const studyDay = (what: string) =>
  v.pipe(
    v.string(),
    v.check(
      (d) => isCalendarDay(d) && d >= '2000-01-01' && d < '2100-01-01',
      `${what} that is not a day between 2000 and 2100`
    )
  )
/** Dates the generator read from an article's own text: any real day (an article may be old). */
const articleDate = v.pipe(
  v.string(),
  v.check(isCalendarDay, 'a date in its article that is not a real day')
)

/** A card's scheduling state (also what a sync chunk's answers and reschedulings carry). */
export const SchedSchema = v.pipe(
  v.object({
    due: time('a due date'),
    stability: v.pipe(
      v.number(),
      v.minValue(0, 'a negative stability'),
      v.maxValue(S_MAX, `a stability over FSRS’s ${S_MAX} days`)
    ),
    difficulty: v.pipe(
      v.number(),
      v.minValue(0, 'a negative difficulty'),
      v.maxValue(10, 'a difficulty over FSRS’s 10')
    ),
    elapsedDays: v.pipe(
      v.number(),
      v.check((n) => Math.abs(n) <= CENTURY_DAYS, 'an elapsed time over a century')
    ),
    scheduledDays: v.pipe(
      v.number(),
      v.minValue(0, 'a negative interval'),
      v.maxValue(CENTURY_DAYS, 'an interval over a century')
    ),
    learningSteps: count('a learning step'),
    reps: count('a review count'),
    lapses: count('a lapse count'),
    phase: v.picklist(PHASES),
    lastReview: v.nullable(time('a last review date'))
  }),
  // A new card has no memory state yet (ts-fsrs keeps 0 and 0); a studied one is inside FSRS's.
  v.check(
    (s) => s.phase === PHASE.new || (s.stability >= S_MIN && s.difficulty >= 1),
    `a studied card’s stability under FSRS’s ${S_MIN} or difficulty under its 1`
  )
)

const Span = v.pipe(
  v.object({ start: count('an answer start'), end: count('an answer end') }),
  v.check((s) => s.start < s.end, 'an answer span that ends before it starts')
)

export const CardSchema = v.object({
  id,
  articleId: id,
  kind: v.picklist(CARD_KINDS),
  front: text,
  back: text,
  sentenceIndex: count('a sentence index'),
  answerSpan: v.nullable(Span),
  quoteId: v.nullable(text),
  sched: SchedSchema,
  suspended: v.boolean(),
  buriedUntil: v.nullable(time('a buried-until date')),
  edited: v.boolean(),
  createdAt: time('a creation date'),
  tags: v.optional(v.array(v.pipe(v.string(), v.minLength(1, 'an empty tag'))))
})

const TimeRefSchema = v.nullable(
  v.object({ phrase: text, resolved: v.nullable(text), label: text })
)
const Sentence = v.object({
  index: count('a sentence number'),
  paragraph: v.pipe(
    v.number(),
    v.integer('a paragraph number that is not a whole number'),
    v.minValue(-1, 'a paragraph number under -1')
  ),
  text,
  caption: v.boolean()
})
// How the generator attributed a quotation, and whether the user confirmed it: a restore keeps
// both, or the app would ask again about what the user already settled.
const Basis = v.object({
  sieve: text,
  rule: v.nullable(text),
  confidence: v.pipe(
    v.number(),
    v.minValue(0, 'a confidence under 0'),
    v.maxValue(1, 'a confidence over 1')
  ),
  candidates: v.array(text),
  whereSieve: v.nullable(text),
  whenSieve: v.nullable(text)
})
const Quote = v.object({
  id,
  text,
  speaker: v.nullable(text),
  where: v.nullable(text),
  when: TimeRefSchema,
  sentenceIndex: count('a quote sentence index'),
  partial: v.boolean(),
  // Without these a restored library would forget what the generator was unsure of and what the
  // user checked (valibot drops the fields a schema does not name).
  basis: v.optional(Basis),
  confirmed: v.optional(v.boolean())
})
const Reported = v.object({
  id,
  text,
  speaker: text,
  where: v.nullable(text),
  when: TimeRefSchema,
  sentenceIndex: count('a reported statement sentence index'),
  verb: v.optional(text)
})
const Term = v.object({
  term: text,
  meaning: v.nullable(text),
  sentenceIndex: count('a term sentence index')
})
const Fact = v.object({
  sentence: text,
  answer: text,
  sentenceIndex: count('a fact sentence index'),
  category: v.picklist([
    'number',
    'percent',
    'money',
    'date',
    'place',
    'organisation',
    'term',
    'other'
  ])
})

const inside = (count: number) => (item: { sentenceIndex: number }) => item.sentenceIndex < count

const ExtractionSchema = v.pipe(
  v.object({
    article: v.object({
      id,
      title: text,
      published: v.nullable(articleDate),
      dateline: v.nullable(
        v.object({
          place: v.nullable(text),
          date: v.nullable(articleDate),
          agency: v.nullable(text)
        })
      ),
      byline: v.nullable(text),
      captions: v.array(text),
      footer: v.nullable(text),
      paragraphs: v.array(text),
      sentences: v.array(Sentence)
    }),
    quotes: v.array(Quote),
    reported: v.array(Reported),
    terms: v.array(Term),
    facts: v.array(Fact)
  }),
  v.check(
    ({ article: a }) =>
      a.sentences.every((s, i) => s.index === i && s.paragraph < a.paragraphs.length),
    'sentences out of order, or in a paragraph it does not have'
  ),
  v.check((x) => {
    const ok = inside(x.article.sentences.length)
    return x.quotes.every(ok) && x.reported.every(ok) && x.terms.every(ok) && x.facts.every(ok)
  }, 'a quote, statement, term or fact pointing past its article’s last sentence')
)

export const ArticleSchema = v.object({
  id,
  title: text,
  published: v.nullable(articleDate),
  source: v.picklist(['bundled', 'paste', 'file']),
  fileName: v.nullable(text),
  text,
  importedAt: time('an import date'),
  updatedAt: time('an update date'),
  extraction: ExtractionSchema,
  /** The user's word on who said a quote, where and when, by the quote's words. */
  corrections: v.optional(
    v.record(
      text,
      v.object({
        speaker: v.optional(v.nullable(text)),
        where: v.optional(v.nullable(text)),
        when: v.optional(TimeRefSchema)
      })
    )
  )
})

export const ReviewLogSchema = v.object({
  id: v.pipe(
    v.number(),
    v.integer('an id that is not a whole number'),
    v.minValue(1, 'an id under 1'),
    // IndexedDB's key generator stops at 2^53: past it, every later answer would fail to store.
    v.maxValue(Number.MAX_SAFE_INTEGER, 'an id too large to number answers after')
  ),
  cardId: id,
  articleId: text,
  grade: v.picklist([1, 2, 3, 4]),
  reviewedAt: time('a review date'),
  day: studyDay('a study day'),
  before: SchedSchema,
  after: SchedSchema,
  durationMs: duration('answer time')
})

export const DaySchema = v.object({
  day: studyDay('a day'),
  reviews: count('a review total'),
  newCards: count('a new card total'),
  again: count('an Again total'),
  hard: count('a Hard total'),
  good: count('a Good total'),
  easy: count('an Easy total'),
  durationMs: duration('study time'),
  recall: v.optional(
    v.object({
      youngPassed: count('a young-card pass total'),
      youngFailed: count('a young-card lapse total'),
      maturePassed: count('a mature-card pass total'),
      matureFailed: count('a mature-card lapse total')
    })
  )
})

/** Values of settings this version does not know are kept, but only plain data of sane depth. */
const MAX_SETTING_DEPTH = 16

function shallowEnough(value: unknown): boolean {
  // Iterative, so the check itself cannot overflow the stack on the data it is guarding against.
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    if (depth >= MAX_SETTING_DEPTH) return false
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return true
}

const SETTING_VALUES: Record<string, (value: unknown) => string | null> = {
  study: (value) => {
    try {
      validateSettings(value)
      return null
    } catch (error) {
      return `study settings that are invalid (${(error as Error).message})`
    }
  },
  'bundled-imported': (value) =>
    v.is(time(''), value) ? null : 'a bundled-article date outside 2000–2100',
  'last-backup-day': (value) =>
    v.is(studyDay(''), value) ? null : 'a last backup day that is not a day between 2000 and 2100'
}

export const SettingSchema = v.pipe(
  v.object({ key: id, value: v.unknown() }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { key, value } = dataset.value
    const known = SETTING_VALUES[key]
    const problem = known
      ? known(value)
      : shallowEnough(value)
        ? null
        : `a value nested more than ${MAX_SETTING_DEPTH} levels deep`
    if (problem) addIssue({ message: problem })
  })
)

const Mistake = v.object({
  questionId: text,
  kind: v.picklist(['who', 'where', 'when', 'which']),
  prompt: text,
  quoteId: text,
  articleId: text,
  cardId: v.nullable(text),
  given: v.nullable(text),
  expected: text,
  sentence: text
})

export const QuizResultSchema = v.pipe(
  v.object({
    id,
    startedAt: time('a start time'),
    finishedAt: time('a finish time'),
    durationMs: duration('quiz time'),
    articleIds: v.array(text),
    kinds: v.array(v.picklist(['who', 'where', 'when', 'which'])),
    seed: v.union([v.string(), v.number()]),
    total: count('a question total'),
    answered: count('an answered total'),
    correct: count('a correct total'),
    mistakes: v.array(Mistake)
  }),
  v.check(
    (q) => q.correct <= q.answered && q.answered <= q.total,
    'more right answers than answers, or more answers than questions'
  )
)

/** The tables in backup order; each name is how a record of it is called in a message. */
export const TABLE_SCHEMAS = {
  articles: { schema: ArticleSchema, noun: 'article', plural: 'articles', key: 'id' },
  cards: { schema: CardSchema, noun: 'card', plural: 'cards', key: 'id' },
  reviewLogs: {
    schema: ReviewLogSchema,
    noun: 'review log entry',
    plural: 'review log entries',
    key: 'id'
  },
  days: { schema: DaySchema, noun: 'day total', plural: 'day totals', key: 'day' },
  settings: { schema: SettingSchema, noun: 'setting', plural: 'settings', key: 'key' },
  quizResults: { schema: QuizResultSchema, noun: 'quiz result', plural: 'quiz results', key: 'id' }
} as const

export type TableName = keyof typeof TABLE_SCHEMAS

/** An article as stored (the renderer's ArticleRecord, which core cannot import). */
export type BackupArticle = v.InferOutput<typeof ArticleSchema>
/** Settings are key-value; keys this version does not know are carried through untouched. */
export type BackupSetting = v.InferOutput<typeof SettingSchema>

export type BackupTables = {
  [T in TableName]: Array<v.InferOutput<(typeof TABLE_SCHEMAS)[T]['schema']>>
}

// The schemas describe the domain's own types: this fails to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type _SchemasMatchTheModel = [
  Assert<Same<v.InferOutput<typeof CardSchema>, StoredCard>>,
  Assert<Same<v.InferOutput<typeof SchedSchema>, SchedulingState>>,
  Assert<Same<v.InferOutput<typeof ExtractionSchema>, Omit<Extraction, 'cards'>>>,
  // Mutual assignability does not see an optional field the schema forgets (and would strip).
  Assert<Same<keyof v.InferOutput<typeof Quote>, keyof Extraction['quotes'][number]>>,
  Assert<Same<v.InferOutput<typeof ReviewLogSchema>, Required<ReviewLogEntry>>>,
  Assert<Same<v.InferOutput<typeof DaySchema>, DayAggregate>>,
  Assert<Same<v.InferOutput<typeof QuizResultSchema>, QuizResult>>,
  Assert<Same<v.InferOutput<typeof Mistake>, QuizMistake>>
]

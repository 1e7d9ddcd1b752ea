/**
 * Queries against a brute-force filter: random libraries and random queries built with the
 * predicate each should mean, written plainly here rather than through the parser's tree. Any
 * disagreement is a bug in the parser (precedence, negation, quoting) or the evaluator.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../calendar'
import type { CardKind, CardPhase, Grade } from '../model'
import { retrievability } from '../review/scheduler'
import { nextDayStart, studyDay } from '../review/study-day'
import { at, DAY, HOUR } from '../testing/builders'
import { filterCards } from './evaluate'
import { parseQuery } from './parse'
import { searchCard, searchContext, type Answer } from './test-library'
import type { SearchableCard } from './types'

const NOW = at(2026, 3, 10, 15)
const DAY_START = 4
const WORDS = ['xi', 'trade', 'Tariff', 'li', 'port']
const KINDS: CardKind[] = [
  'quote-who',
  'quote-where',
  'quote-when',
  'reported-who',
  'fact-cloze',
  'term-meaning'
]

interface Library {
  cards: SearchableCard[]
  answers: Answer[]
}

const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '))

const cardArb = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom(...KINDS),
      front: phrase,
      back: phrase,
      article: phrase,
      speaker: fc.option(phrase, { nil: null }),
      tags: fc.subarray(['leech', 'trade', 'later']),
      suspended: fc.boolean(),
      buried: fc.constantFrom(null, NOW - HOUR, NOW + 5 * HOUR),
      createdDaysAgo: fc.integer({ min: 0, max: 40 }),
      phase: fc.constantFrom<CardPhase>(0, 1, 2, 3),
      dueInHours: fc.integer({ min: -24 * 30, max: 24 * 30 }),
      stability: fc.double({ min: 0.1, max: 200, noNaN: true }),
      difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
      scheduledDays: fc.integer({ min: 0, max: 120 }),
      reps: fc.integer({ min: 0, max: 20 }),
      lapses: fc.integer({ min: 0, max: 10 }),
      lastReviewDaysAgo: fc.integer({ min: 0, max: 90 })
    })
    .map((r): SearchableCard =>
      searchCard(id, {
        kind: r.kind,
        front: r.front,
        back: r.back,
        article: r.article,
        speaker: r.speaker,
        tags: r.tags,
        suspended: r.suspended,
        buriedUntil: r.buried,
        createdAt: NOW - r.createdDaysAgo * DAY,
        sched: {
          phase: r.phase,
          due: NOW + r.dueInHours * HOUR,
          stability: r.stability,
          difficulty: r.difficulty,
          scheduledDays: r.scheduledDays,
          reps: r.reps,
          lapses: r.lapses,
          lastReview: r.phase === 0 ? null : NOW - r.lastReviewDaysAgo * DAY
        }
      })
    )

const libraryArb: fc.Arbitrary<Library> = fc.integer({ min: 0, max: 25 }).chain((n) =>
  fc.record({
    cards: fc.tuple(...Array.from({ length: n }, (_, i) => cardArb(`c${i}`))),
    answers: fc.array(
      fc.record({
        cardId: fc.integer({ min: 0, max: Math.max(0, n - 1) }).map((i) => `c${i}`),
        at: fc.integer({ min: 0, max: 40 * 24 }).map((h) => NOW - h * HOUR),
        grade: fc.constantFrom<Grade>(1, 2, 3, 4)
      }),
      { maxLength: 30 }
    )
  })
)

/** A query's text, what it should find, and whether it is an `or` (for parenthesising). */
interface Query {
  text: string
  test: (card: SearchableCard, lib: Library) => boolean
  or: boolean
}

const lower = (s: string) => s.toLowerCase()
const has = (text: string, word: string) => lower(text).includes(lower(word))
const buried = (c: SearchableCard) => c.buriedUntil !== null && c.buriedUntil > NOW

/** The start of the study day `days - 1` before today's, by calendar labels. */
function since(days: number): number {
  const [y, m, d] = addDays(studyDay(NOW, DAY_START), -(days - 1))
    .split('-')
    .map(Number)
  return new Date(y!, m! - 1, d!, DAY_START).getTime()
}

const OPS = {
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
  '=': (a: number, b: number) => a === b,
  '!=': (a: number, b: number) => a !== b
}
type Op = keyof typeof OPS

const leaf = (text: string, test: Query['test']): Query => ({ text, test, or: false })

const termArb: fc.Arbitrary<Query> = fc.oneof(
  fc.constantFrom(...WORDS).map((w) => leaf(w, (c) => has(c.front, w) || has(c.back, w))),
  fc
    .constantFrom('xi trade', 'li port')
    .map((p) => leaf(`"${p}"`, (c) => has(c.front, p) || has(c.back, p))),
  fc
    .constantFrom<[string, CardKind[]]>(
      ['who', ['quote-who', 'reported-who']],
      ['where', ['quote-where']],
      ['when', ['quote-when']],
      ['fact', ['fact-cloze']],
      ['term', ['term-meaning']]
    )
    .map(([name, kinds]) => leaf(`kind:${name}`, (c) => kinds.includes(c.kind))),
  fc
    .constantFrom(...WORDS)
    .map((w) => leaf(`speaker:${w}`, (c) => c.speaker !== null && has(c.speaker, w))),
  fc.constantFrom('xi trade', 'port').map((p) => leaf(`article:"${p}"`, (c) => has(c.article, p))),
  fc.constantFrom('leech', 'trade').map((t) => leaf(`tag:${t}`, (c) => c.tags.includes(t))),
  fc
    .constantFrom<[string, Query['test']]>(
      ['new', (c) => c.sched.phase === 0],
      ['learn', (c) => c.sched.phase === 1 || c.sched.phase === 3],
      ['review', (c) => c.sched.phase === 2 || c.sched.phase === 3],
      [
        'due',
        (c) =>
          c.sched.phase !== 0 &&
          c.sched.due < nextDayStart(NOW, DAY_START) &&
          !c.suspended &&
          !buried(c)
      ],
      ['suspended', (c) => c.suspended],
      ['buried', buried],
      ['leech', (c) => c.tags.includes('leech')]
    )
    .map(([s, test]) => leaf(`is:${s}`, test)),
  fc
    .record({
      op: fc.constantFrom<Op>('<', '<=', '>', '>=', '=', '!='),
      r: fc.constantFrom(0.5, 0.8, 0.95)
    })
    .map(({ op, r }) =>
      leaf(`prop:r${op}${r}`, (c) => {
        const now = retrievability(c.sched, NOW)
        return now !== null && OPS[op](now, r)
      })
    ),
  fc
    .record({ op: fc.constantFrom<Op>('<', '>=', '='), v: fc.integer({ min: 0, max: 60 }) })
    .map(({ op, v }) =>
      leaf(`prop:ivl${op}${v}`, (c) => c.sched.phase !== 0 && OPS[op](c.sched.scheduledDays, v))
    ),
  fc
    .record({ op: fc.constantFrom<Op>('>', '<=', '!='), v: fc.integer({ min: 0, max: 8 }) })
    .map(({ op, v }) => leaf(`prop:lapses${op}${v}`, (c) => OPS[op](c.sched.lapses, v))),
  fc
    .record({
      days: fc.integer({ min: 1, max: 35 }),
      grade: fc.option(fc.constantFrom<Grade>(1, 2, 3, 4), { nil: null })
    })
    .map(({ days, grade }) =>
      leaf(`rated:${days}${grade === null ? '' : `:${grade}`}`, (c, lib) =>
        lib.answers.some(
          (a) => a.cardId === c.id && a.at >= since(days) && (grade === null || a.grade === grade)
        )
      )
    ),
  fc
    .integer({ min: 1, max: 45 })
    .map((days) => leaf(`added:${days}`, (c) => c.createdAt >= since(days)))
)

const paren = (q: Query) => `(${q.text})`

const queryArb: fc.Arbitrary<Query> = fc.letrec<{ q: Query }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    termArb,
    fc.array(tie('q'), { minLength: 2, maxLength: 3 }).chain((items) =>
      fc.boolean().map((explicitAnd) => ({
        // `or` binds looser than `and`, so an `or` inside an `and` needs its parentheses.
        text: items.map((q) => (q.or ? paren(q) : q.text)).join(explicitAnd ? ' and ' : ' '),
        test: (c: SearchableCard, lib: Library) => items.every((q) => q.test(c, lib)),
        or: false
      }))
    ),
    fc.array(tie('q'), { minLength: 2, maxLength: 3 }).map((items) => ({
      text: items.map((q) => q.text).join(' or '),
      test: (c: SearchableCard, lib: Library) => items.some((q) => q.test(c, lib)),
      or: true
    })),
    tie('q').map((q) => ({
      text: `-${q.text.includes(' ') || q.text.startsWith('-') ? paren(q) : q.text}`,
      test: (c: SearchableCard, lib: Library) => !q.test(c, lib),
      or: false
    })),
    tie('q').map((q) => ({ ...q, text: paren(q), or: false }))
  )
})).q

describe('search against a brute-force filter', () => {
  it('finds exactly the cards each random query means, on random libraries', () => {
    fc.assert(
      fc.property(libraryArb, queryArb, (lib, query) => {
        const parsed = parseQuery(query.text)
        if (!parsed.ok) throw new Error(`${query.text}: ${parsed.error.message}`)
        const found = filterCards(
          lib.cards,
          parsed.query,
          searchContext(NOW, lib.answers, DAY_START)
        )
        const expected = lib.cards.filter((c) => query.test(c, lib))
        expect(found.map((c) => c.id)).toEqual(expected.map((c) => c.id))
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) }
    )
  })

  it('never throws on any text, and places every error inside the query', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('(', ')', '-', '"', ' ', 'or', 'and', 'is:', 'due', 'x', ':', '\\')
        }),
        (text) => {
          const parsed = parseQuery(text)
          if (!parsed.ok) {
            expect(parsed.error.start).toBeGreaterThanOrEqual(0)
            expect(parsed.error.end).toBeLessThanOrEqual(text.length)
            expect(parsed.error.start).toBeLessThanOrEqual(parsed.error.end)
            expect(parsed.error.message.length).toBeGreaterThan(10)
          }
        }
      ),
      { numRuns: 2000 }
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { article } from '../export/sample-library'
import type { ReviewLogEntry, StoredCard } from '../model'
import { applyToAggregate } from '../review/day-summary'
import { answerCard } from '../review/review-log'
import { createScheduler, newSchedulingState, previewGrades } from '../review/scheduler'
import { DEFAULT_SETTINGS } from '../review/settings'
import { at, MINUTE, storedCard } from '../testing/builders'
import {
  answerKey,
  mergeLibraries,
  sameJson,
  stableJson,
  type LibraryTables
} from './merge-library'

const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
const T0 = at(2026, 1, 5, 9)
const CARDS = 4

function base(): LibraryTables {
  return {
    articles: [article('article-1')],
    cards: Array.from({ length: CARDS }, (_, i) => ({
      ...storedCard(`c${i}`, {}, { createdAt: T0 }),
      articleId: 'article-1',
      sched: newSchedulingState(T0)
    })),
    reviewLogs: [],
    days: [],
    settings: [],
    quizResults: []
  }
}

type Op = { card: number; grade: 1 | 2 | 3 | 4; gapMinutes: number }

/** One machine's study from `from`: answers in time order, ids numbered from its own last. */
function study(from: LibraryTables, ops: readonly Op[], parity: 0 | 1): LibraryTables {
  const cards = new Map(from.cards.map((c) => [c.id, c]))
  const logs = [...from.reviewLogs]
  let days = [...from.days]
  let time = Math.max(T0, ...from.reviewLogs.map((l) => l.reviewedAt)) + MINUTE
  let id = logs.reduce((m, l) => Math.max(m, l.id), 0)
  for (const op of ops) {
    // Even minutes on one machine and odd on the other: two answers never share a time.
    time += (op.gapMinutes * 2 + 2) * MINUTE
    const at = time + parity * MINUTE
    const card = cards.get(`c${op.card}`) as StoredCard
    const { card: after, log } = answerCard(
      card,
      previewGrades(scheduler, card.sched, at),
      op.grade,
      { dayStartHour: 4 },
      3000
    )
    cards.set(after.id, after)
    const entry: Required<ReviewLogEntry> = { ...log, id: ++id }
    logs.push(entry)
    const day = days.find((d) => d.day === entry.day)
    days = [...days.filter((d) => d.day !== entry.day), applyToAggregate(day, entry)]
  }
  return { ...from, cards: [...cards.values()], reviewLogs: logs, days }
}

/** A library as a comparable value: rows sorted, log ids (per machine) left out. */
function normal(t: LibraryTables) {
  const { reviewLogs, ...rest } = t
  return {
    ...rest,
    articles: [...t.articles].sort((a, b) => a.id.localeCompare(b.id)),
    cards: [...t.cards].sort((a, b) => a.id.localeCompare(b.id)),
    days: [...t.days].sort((a, b) => a.day.localeCompare(b.day)),
    logs: reviewLogs
      .map(({ id: _id, ...l }) => l)
      .sort((a, b) => answerKey(a).localeCompare(answerKey(b)))
  }
}

const merge = (a: LibraryTables, b: LibraryTables) => mergeLibraries(a, b, scheduler).tables
const ops = fc.array(
  fc.record({
    card: fc.integer({ min: 0, max: CARDS - 1 }),
    grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
    gapMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 })
  }),
  { maxLength: 12 }
)

describe('merging a backup into the library', () => {
  it('changes nothing when merged with itself, or with the same backup twice', () => {
    fc.assert(
      fc.property(ops, ops, (mine, theirs) => {
        const shared = study(base(), mine, 0)
        expect(normal(merge(shared, shared))).toEqual(normal(shared))
        const other = study(base(), theirs, 1)
        const once = merge(shared, other)
        expect(normal(merge(once, other))).toEqual(normal(once))
      }),
      { numRuns: 150 }
    )
  })

  it('gives the same library whichever of two backups is merged first, and loses no answer', () => {
    fc.assert(
      fc.property(ops, ops, ops, (common, a, b) => {
        const library = study(base(), common, 0)
        const machineA = study(library, a, 1)
        const machineB = study(library, b, 0)
        const ab = merge(merge(library, machineA), machineB)
        const ba = merge(merge(library, machineB), machineA)
        expect(normal(ab)).toEqual(normal(ba))
        const keys = new Set(ab.reviewLogs.map(answerKey))
        for (const log of [...machineA.reviewLogs, ...machineB.reviewLogs]) {
          expect(keys.has(answerKey(log))).toBe(true)
        }
        expect(keys.size).toBe(ab.reviewLogs.length)
        expect(new Set(ab.reviewLogs.map((l) => l.id)).size).toBe(ab.reviewLogs.length)
      }),
      { numRuns: 150 }
    )
  })

  it('replays a card answered on both machines through the scheduler, in time order', () => {
    const library = study(base(), [], 0)
    const a = study(library, [{ card: 0, grade: 3, gapMinutes: 0 }], 0) // answered first
    const b = study(library, [{ card: 0, grade: 1, gapMinutes: 60 }], 1) // answered later, elsewhere
    const { tables, summary } = mergeLibraries(a, b, scheduler)
    expect(summary).toMatchObject({ answersAdded: 1, cardsReplayed: 1 })
    const logs = tables.reviewLogs.filter((l) => l.cardId === 'c0')
    expect(logs.map((l) => l.grade)).toEqual([3, 1])
    // Both in one history: the second answer met the state the first left.
    expect(logs[1]?.before).toEqual(logs[0]?.after)
    const card = tables.cards.find((c) => c.id === 'c0')
    expect(card?.sched).toEqual(logs[1]?.after)
    expect(card?.sched.reps).toBe(2)
    const day = tables.days.find((d) => d.day === logs[0]?.day)
    expect(day ? day.again + day.good : 0).toBe(2)
  })

  it('takes the later edit of a card and of an article', () => {
    const library = study(base(), [], 0)
    const later = study(library, [{ card: 1, grade: 3, gapMinutes: 0 }], 1)
    const edited = {
      ...later,
      cards: later.cards.map((c) => (c.id === 'c1' ? { ...c, front: 'Edited', edited: true } : c)),
      articles: later.articles.map((a) => ({ ...a, title: 'Renamed', updatedAt: a.updatedAt + 1 }))
    }
    const { tables, summary } = mergeLibraries(library, edited, scheduler)
    expect(tables.cards.find((c) => c.id === 'c1')?.front).toBe('Edited')
    expect(tables.articles[0]?.title).toBe('Renamed')
    expect(summary).toMatchObject({
      articlesUpdated: 1,
      cardsUpdated: 1,
      answersAdded: 1,
      cardsReplayed: 0
    })
  })
})

describe('sameJson', () => {
  it('agrees with comparing stableJson, for any JSON-like values', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.string({ maxLength: 2 })
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 })
      )
    })).node
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(stableJson(a) === stableJson(b))
        expect(sameJson(a, structuredClone(a))).toBe(true)
      }),
      { numRuns: 300 }
    )
    expect(sameJson({ a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1, d: undefined })).toBe(
      true
    )
  })
})

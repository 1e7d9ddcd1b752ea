/**
 * A small, valid library for the export, backup and storage tests. Self-contained (it does not
 * use core/review/test-helpers) because the renderer's tests use it too, and the web tsconfig
 * leaves core's test helpers out. Nothing in the app imports it.
 */
import type { BackupArticle, BackupTables } from './backup'
import type { ReviewLogEntry, SchedulingState, StoredCard } from '../model'
import { DEFAULT_SETTINGS } from '../review/settings'

export const DAY = 86_400_000

/** Local time; January avoids daylight-saving changes in every zone the tests may run in. */
export function at(y: number, month: number, d: number, h = 12, min = 0): number {
  return new Date(y, month - 1, d, h, min).getTime()
}

export function sched(overrides: Partial<SchedulingState> = {}): SchedulingState {
  return {
    due: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: 0,
    lastReview: null,
    ...overrides
  }
}

export function storedCard(
  id: string,
  s: Partial<SchedulingState> = {},
  extra: Partial<StoredCard> = {}
): StoredCard {
  return {
    id,
    articleId: 'article-1',
    kind: 'quote-who',
    front: `Who said ${id}?`,
    back: 'Someone',
    sentenceIndex: 0,
    answerSpan: null,
    quoteId: null,
    sched: sched(s),
    suspended: false,
    buriedUntil: null,
    edited: false,
    createdAt: 0,
    ...extra
  }
}

export function article(id = 'article-1', title = 'Traditional industries bloom'): BackupArticle {
  return {
    id,
    title,
    published: '2025-07-11',
    source: 'paste',
    fileName: null,
    text: 'A sentence.',
    importedAt: at(2025, 1, 10),
    updatedAt: at(2025, 1, 10),
    extraction: {
      article: {
        id,
        title,
        published: '2025-07-11',
        dateline: null,
        byline: null,
        captions: [],
        footer: null,
        paragraphs: ['A sentence.'],
        sentences: [{ index: 0, paragraph: 0, text: 'A sentence.', caption: false }]
      },
      quotes: [],
      reported: [],
      terms: [],
      facts: []
    }
  }
}

export function logEntry(id: number, grade: 1 | 2 | 3 | 4, reviewedAt: number): ReviewLogEntry {
  return {
    id,
    cardId: 'c1',
    articleId: 'article-1',
    grade,
    reviewedAt,
    day: '2025-01-15',
    before: sched(),
    after: sched({ phase: 1, due: reviewedAt + 10 * 60_000 }),
    durationMs: 4200
  }
}

export function library(): BackupTables {
  const now = at(2025, 1, 15)
  const due = now + 3 * DAY
  return {
    articles: [article()],
    cards: [
      storedCard('c1', { due: now }),
      storedCard('c2', { phase: 2, due, stability: 10, difficulty: 5, reps: 3, lastReview: now })
    ],
    reviewLogs: [logEntry(1, 3, now)],
    days: [
      {
        day: '2025-01-15',
        reviews: 0,
        newCards: 1,
        again: 0,
        hard: 0,
        good: 1,
        easy: 0,
        durationMs: 4200
      }
    ],
    settings: [
      { key: 'study', value: { ...DEFAULT_SETTINGS } },
      { key: 'bundled-imported', value: now }
    ],
    quizResults: [
      {
        id: 'q1',
        startedAt: now,
        finishedAt: now + 60_000,
        durationMs: 60_000,
        articleIds: ['article-1'],
        kinds: ['who'],
        seed: 1,
        total: 1,
        answered: 1,
        correct: 1,
        mistakes: []
      }
    ]
  }
}

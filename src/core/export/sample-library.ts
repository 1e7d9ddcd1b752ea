/**
 * A small, valid library for the export, backup and storage tests (the renderer's too). Built
 * from core/testing/builders; nothing in the app imports it.
 */
import type { BackupArticle, BackupTables } from './backup'
import type { ReviewLogEntry } from '../model'
import { PHASE } from '../review/phase'
import { DEFAULT_SETTINGS } from '../review/settings'

export { at, DAY, sched, storedCard } from '../testing/builders'
import { at, DAY, extraction, sched, storedCard } from '../testing/builders'

export function article(id = 'article-1', title = 'Traditional industries bloom'): BackupArticle {
  const { cards: _cards, ...withoutCards } = extraction(id, title)
  return {
    id,
    title,
    published: '2025-07-11',
    source: 'paste',
    fileName: null,
    text: 'A sentence.',
    importedAt: at(2025, 1, 10),
    updatedAt: at(2025, 1, 10),
    extraction: withoutCards
  }
}

export function logEntry(
  id: number,
  grade: 1 | 2 | 3 | 4,
  reviewedAt: number
): Required<ReviewLogEntry> {
  return {
    id,
    cardId: 'c1',
    articleId: 'article-1',
    grade,
    reviewedAt,
    day: '2025-01-15',
    before: sched({ due: reviewedAt - DAY }),
    after: sched({
      phase: PHASE.learning,
      due: reviewedAt + 10 * 60_000,
      stability: 2.3,
      difficulty: 5.1,
      reps: 1,
      lastReview: reviewedAt
    }),
    durationMs: 4200
  }
}

export function library(): BackupTables {
  const now = at(2025, 1, 15)
  const due = now + 3 * DAY
  return {
    articles: [article()],
    cards: [
      storedCard('c1', { due: now }, { createdAt: now - DAY }),
      storedCard(
        'c2',
        { phase: PHASE.review, due, stability: 10, difficulty: 5, reps: 3, lastReview: now },
        { createdAt: now - DAY }
      )
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

// A small, valid library for export and backup tests (excluded from the app build as *test*).
import { card, reviewCard, sched, at, DAY } from '../review/test-helpers'
import { DEFAULT_SETTINGS } from '../review/settings'
import type { BackupArticle, BackupTables } from './backup'
import type { ReviewLogEntry } from '../model'

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
  return {
    articles: [article()],
    cards: [card('c1', { due: now }), reviewCard('c2', now + 3 * DAY)],
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

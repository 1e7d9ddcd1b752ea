// Builders for storage tests: small hand-made extractions and a fresh database per test.
import type { CardContent, Extraction } from '@core/model'
import { NewsdeckDatabase, useDatabase } from './database'

let counter = 0

export async function freshDatabase(): Promise<NewsdeckDatabase> {
  const db = new NewsdeckDatabase(`newsdeck-test-${++counter}-${Math.random()}`)
  await db.open()
  useDatabase(db)
  return db
}

export function makeCard(
  articleId: string,
  id: string,
  front: string,
  back = 'answer'
): CardContent {
  return {
    id,
    articleId,
    kind: 'fact-cloze',
    front,
    back,
    sentenceIndex: 0,
    answerSpan: null,
    quoteId: null
  }
}

export function makeExtraction(articleId: string, title: string, cards: CardContent[]): Extraction {
  return {
    article: {
      id: articleId,
      title,
      published: '2025-07-11',
      dateline: null,
      byline: null,
      captions: [],
      footer: null,
      paragraphs: ['A sentence about 80 percent.'],
      sentences: [{ index: 0, paragraph: 0, text: 'A sentence about 80 percent.', caption: false }]
    },
    quotes: [],
    reported: [],
    terms: [],
    facts: [],
    cards
  }
}

// Builders for storage tests: small hand-made extractions and a fresh database per test.
import type { CardContent, Extraction } from '@core/model'
import { cardContent, extraction } from '@core/testing/builders'
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
  return cardContent(id, { articleId, kind: 'fact-cloze', front, back })
}

export function makeExtraction(articleId: string, title: string, cards: CardContent[]): Extraction {
  return extraction(articleId, title, cards)
}

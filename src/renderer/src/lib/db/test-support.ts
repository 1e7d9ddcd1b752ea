// Builders for storage tests: small hand-made extractions and a fresh database per test.
import type { CardContent, Extraction } from '@core/model'
import { cardContent, extraction } from '@core/testing/builders'
import { saveArticle } from './articles-repo'
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

/**
 * A fresh database holding article `a1` with `count` new cards, `c0` … in study order, each from
 * its own sentence (so none is another's sibling).
 */
export async function libraryWithCards(count: number, now: number): Promise<NewsdeckDatabase> {
  const db = await freshDatabase()
  const cards = Array.from({ length: count }, (_, i) => ({
    ...makeCard('a1', `c${i}`, `Q${i}`),
    sentenceIndex: i
  }))
  await saveArticle({
    extraction: makeExtraction('a1', 'T', cards),
    cards,
    text: 'x',
    source: 'paste',
    fileName: null,
    replaces: null,
    now: now - 1000
  })
  return db
}

/**
 * Keeping each article's counts (core/library/card-counts) equal to its cards. Everything here
 * runs inside a transaction its caller opened (a repository's, or a schema upgrade's), over the
 * tables that transaction was given, so the counts land together with the card writes or not
 * at all.
 */
import type { Table } from 'dexie'
import {
  applyCardChange,
  cardTotal,
  countCard,
  countCards,
  emptyCounts,
  sameCounts,
  type CardCounts,
  type CountedCard
} from '@core/library/card-counts'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import type { ArticleCountsRecord, ArticleRecord, CardRecord, SettingsRecord } from './records'

/** The tables the counts are kept from, as a database or a transaction hands them out. */
export interface CountTables {
  cards: Table<CardRecord, string>
  articles: Table<ArticleRecord, string>
  articleCounts: Table<ArticleCountsRecord, string>
  settings: Table<SettingsRecord, string>
}

export function tableSet(source: { table(name: string): Table }): CountTables {
  return {
    cards: source.table('cards') as Table<CardRecord, string>,
    articles: source.table('articles') as Table<ArticleRecord, string>,
    articleCounts: source.table('articleCounts') as Table<ArticleCountsRecord, string>,
    settings: source.table('settings') as Table<SettingsRecord, string>
  }
}

/** A change to one card: `before` missing for a card added, `after` for one removed. */
export interface CardChange {
  before?: CountedCard & { articleId: string }
  after?: CountedCard & { articleId: string }
}

/** Cards read a page at a time: bounded memory, and no single long read on a big library. */
export const COUNT_PAGE = 5000

export async function studyDayStartHourIn(settings: CountTables['settings']): Promise<number> {
  const study = await settings.get('study')
  return study?.key === 'study' ? study.value.dayStartHour : DEFAULT_SETTINGS.dayStartHour
}

export function countsRecord(
  article: Pick<ArticleRecord, 'id' | 'title' | 'published' | 'importedAt'>,
  counts: CardCounts,
  dayStartHour: number
): ArticleCountsRecord {
  return {
    articleId: article.id,
    title: article.title,
    published: article.published,
    importedAt: article.importedAt,
    dayStartHour,
    ...counts
  }
}

/**
 * Moves the counts of the articles these cards belong to. Call it after the cards are written:
 * an article whose record is missing (a library damaged outside the app) is recounted from its
 * cards as stored. Records are written only when a count changed.
 */
export async function adjustCounts(t: CountTables, changes: CardChange[]): Promise<void> {
  const ids = [...new Set(changes.flatMap((c) => [c.before?.articleId, c.after?.articleId]))]
  const articleIds = ids.filter((id): id is string => id !== undefined)
  const records = await t.articleCounts.bulkGet(articleIds)
  const byId = new Map(articleIds.map((id, i) => [id, records[i]]))
  const changed = new Set<ArticleCountsRecord>()
  const missing = articleIds.filter((id) => !byId.get(id))
  for (const { before, after } of changes) {
    if (before && after && before.articleId !== after.articleId) {
      moveCard(byId.get(before.articleId), before, undefined, changed)
      moveCard(byId.get(after.articleId), undefined, after, changed)
    } else {
      moveCard(byId.get((after ?? before)!.articleId), before, after, changed)
    }
  }
  await Promise.all([t.articleCounts.bulkPut([...changed]), recountArticles(t, missing)])
}

function moveCard(
  record: ArticleCountsRecord | undefined,
  before: CountedCard | undefined,
  after: CountedCard | undefined,
  changed: Set<ArticleCountsRecord>
): void {
  if (record && applyCardChange(record, before, after, record.dayStartHour)) changed.add(record)
}

/**
 * Counts these articles again from their cards as stored and writes their records, with the
 * title and date of the article record; an article that no longer exists loses its record.
 */
export async function recountArticles(t: CountTables, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return
  const [articles, hour] = await Promise.all([
    t.articles.bulkGet(articleIds),
    studyDayStartHourIn(t.settings)
  ])
  await Promise.all(
    articleIds.map(async (id, i) => {
      const article = articles[i]
      if (!article) return t.articleCounts.delete(id)
      const cards = await t.cards.where('articleId').equals(id).toArray()
      await t.articleCounts.put(countsRecord(article, countCards(cards, hour), hour))
    })
  )
}

/** Every article's counts from every card, reading the cards a page at a time. */
export async function countLibrary(
  cards: CountTables['cards'],
  dayStartHour: number,
  onPage: (cardsCounted: number) => void = () => undefined
): Promise<Map<string, CardCounts>> {
  const counts = new Map<string, CardCounts>()
  let seen = 0
  let after: string | null = null
  for (;;) {
    const page: CardRecord[] = await (
      after === null ? cards.orderBy(':id') : cards.where(':id').above(after)
    )
      .limit(COUNT_PAGE)
      .toArray()
    for (const card of page) {
      let c = counts.get(card.articleId)
      if (!c) counts.set(card.articleId, (c = emptyCounts()))
      countCard(c, card, dayStartHour, 1)
    }
    seen += page.length
    onPage(seen)
    if (page.length < COUNT_PAGE) return counts
    after = page.at(-1)!.id
  }
}

export interface RecountReport {
  articles: number
  cards: number
  /** Titles of the articles whose kept counts were wrong (or missing) and are now repaired. */
  repaired: string[]
  /** Records of articles that no longer exist, removed. */
  removed: number
  /** Cards whose article no longer exists; counted nowhere, left as they are. */
  strayCards: number
}

/**
 * Recounts every article from its cards and repairs each record that differs from the recount
 * (or was counted under another day-start hour, or is missing); records of articles that are
 * gone are removed. Article records are read only for the articles that had no counts.
 */
export async function recountLibrary(
  t: CountTables,
  dayStartHour: number,
  onPage?: (cardsCounted: number) => void
): Promise<RecountReport> {
  const [counts, articleIds, records] = await Promise.all([
    countLibrary(t.cards, dayStartHour, onPage),
    t.articles.toCollection().primaryKeys(),
    t.articleCounts.toArray()
  ])
  const kept = new Map(records.map((r) => [r.articleId, r]))
  const fixed: ArticleCountsRecord[] = []
  const missing: string[] = []
  for (const id of articleIds) {
    const record = kept.get(id)
    const fresh = counts.get(id) ?? emptyCounts()
    if (!record) missing.push(id)
    else if (record.dayStartHour !== dayStartHour || !sameCounts(record, fresh)) {
      fixed.push({ ...record, ...fresh, dayStartHour })
    }
  }
  const articles = new Set(articleIds)
  const gone = records.filter((r) => !articles.has(r.articleId)).map((r) => r.articleId)
  for (const article of await t.articles.bulkGet(missing)) {
    if (article)
      fixed.push(countsRecord(article, counts.get(article.id) ?? emptyCounts(), dayStartHour))
  }
  await Promise.all([t.articleCounts.bulkPut(fixed), t.articleCounts.bulkDelete(gone)])
  let cards = 0
  let strayCards = 0
  for (const [id, c] of counts) {
    cards += cardTotal(c)
    if (!articles.has(id)) strayCards += cardTotal(c)
  }
  return {
    articles: articleIds.length,
    cards,
    repaired: fixed.map((r) => r.title),
    removed: gone.length,
    strayCards
  }
}

/**
 * Keeping each article's counts (core/library/card-counts) equal to its cards, and the library's
 * total equal to the sum of the articles' records: the tables, the records and the full recount
 * ("Check database", and the schema upgrades, so this is loaded at start-up). Moving them with
 * each change to the cards is in count-changes.ts; every write of an article's record goes
 * through there (or moves the total itself, as an answer does), so the total moves with it.
 * Everything runs inside a transaction its caller opened (a repository's, or a schema
 * upgrade's), over the tables that transaction was given, so the counts land together with the
 * card writes or not at all.
 */
import type { Table } from 'dexie'
import {
  addCounts,
  cardTotal,
  CountTally,
  emptyCounts,
  sameCounts,
  type CardCounts
} from '@core/library/card-counts'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import type {
  ArticleCountsRecord,
  ArticleRecord,
  CardRecord,
  LibraryCountsRecord,
  SettingsRecord
} from './records'

/** The tables the counts are kept from, as a database or a transaction hands them out. */
export interface CountTables {
  cards: Table<CardRecord, string>
  articles: Table<ArticleRecord, string>
  articleCounts: Table<ArticleCountsRecord, string>
  /**
   * Missing only in the version 4 upgrade, which recounts the articles before this table exists
   * (version 6 adds it and sums their records into it).
   */
  libraryCounts?: Table<LibraryCountsRecord, string>
  settings: Table<SettingsRecord, string>
}

/** The tables the library's total is kept from: the articles' records and the total itself. */
export type TotalTables = Pick<CountTables, 'articleCounts'> &
  Required<Pick<CountTables, 'libraryCounts'>>

export function tableSet(source: { table(name: string): Table }): CountTables {
  return {
    cards: source.table('cards') as Table<CardRecord, string>,
    articles: source.table('articles') as Table<ArticleRecord, string>,
    articleCounts: source.table('articleCounts') as Table<ArticleCountsRecord, string>,
    libraryCounts: libraryCountsIn(source),
    settings: source.table('settings') as Table<SettingsRecord, string>
  }
}

function libraryCountsIn(source: {
  table(name: string): Table
}): Table<LibraryCountsRecord, string> | undefined {
  try {
    return source.table('libraryCounts') as Table<LibraryCountsRecord, string>
  } catch {
    // An upgrade's transaction before version 6 has no such table (Dexie throws InvalidTable).
    // A database or an ordinary transaction hands it out, and a transaction opened without it
    // fails loudly at its first read or write instead.
    return undefined
  }
}

/** The key of the one `libraryCounts` record. */
export const LIBRARY_TOTAL = 'library'

/** The total's tables from a database or a transaction that has them. */
export function totalsIn(source: { table(name: string): Table }): TotalTables {
  return totalTables(tableSet(source))
}

export function totalTables(t: CountTables): TotalTables {
  const { articleCounts, libraryCounts } = t
  if (!libraryCounts) throw new Error('the library total is kept only from schema version 6')
  return { articleCounts, libraryCounts }
}

export function putTotal(t: TotalTables, total: CardCounts): Promise<string> {
  return t.libraryCounts.put({ key: LIBRARY_TOTAL, ...countsOf(total) })
}

/** The counts alone, without a record's key or title. */
export function countsOf(c: CardCounts): CardCounts {
  const { new: fresh, learning, review, relearning, suspended, due } = c
  return { new: fresh, learning, review, relearning, suspended, due }
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

/** Every article's counts from every card, reading the cards a page at a time. */
export async function countLibrary(
  cards: CountTables['cards'],
  dayStartHour: number,
  onPage: (cardsCounted: number) => void = () => undefined
): Promise<Map<string, CardCounts>> {
  const tallies = new Map<string, CountTally>()
  let seen = 0
  let after: string | null = null
  for (;;) {
    const page: CardRecord[] = await (
      after === null ? cards.orderBy(':id') : cards.where(':id').above(after)
    )
      .limit(COUNT_PAGE)
      .toArray()
    for (const card of page) {
      let tally = tallies.get(card.articleId)
      if (!tally) tallies.set(card.articleId, (tally = new CountTally(dayStartHour)))
      tally.add(card)
    }
    seen += page.length
    onPage(seen)
    if (page.length < COUNT_PAGE) break
    after = page.at(-1)!.id
  }
  return new Map([...tallies].map(([id, tally]) => [id, tally.counts()]))
}

export interface RecountReport {
  articles: number
  cards: number
  /** The library's total (what Statistics shows) was not the sum of the recounts; now it is. */
  totalRepaired: boolean
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
  const [counts, articleIds, records, total] = await Promise.all([
    countLibrary(t.cards, dayStartHour, onPage),
    t.articles.toCollection().primaryKeys(),
    t.articleCounts.toArray(),
    t.libraryCounts?.get(LIBRARY_TOTAL)
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
  // The total must be the sum of the records as they are once repaired. A kept one that differs
  // is repaired; where none is kept (the sum stands in for it) it is written.
  const final = new Map<string, CardCounts>()
  for (const r of records) if (articles.has(r.articleId)) final.set(r.articleId, r)
  for (const r of fixed) final.set(r.articleId, r)
  const sum = addCounts(final.values())
  const totalRepaired = total !== undefined && !sameCounts(total, sum)
  await Promise.all([
    t.articleCounts.bulkPut(fixed),
    t.articleCounts.bulkDelete(gone),
    t.libraryCounts && (totalRepaired || !total) ? putTotal(totalTables(t), sum) : undefined
  ])
  let cards = 0
  let strayCards = 0
  for (const [id, c] of counts) {
    cards += cardTotal(c)
    if (!articles.has(id)) strayCards += cardTotal(c)
  }
  return {
    articles: articleIds.length,
    cards,
    totalRepaired,
    repaired: fixed.map((r) => r.title),
    removed: gone.length,
    strayCards
  }
}

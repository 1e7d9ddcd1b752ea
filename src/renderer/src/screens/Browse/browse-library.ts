import type { Grade, StoredCard, StudySettings } from '@core/model'
import type { Parameters } from '@core/optimizer/types'
import { retrievabilityAt } from '@core/review/scheduler'
import {
  answerWindows,
  browseRow,
  filterCards,
  type ArticleFacts,
  type BrowseRow,
  type SearchContext,
  type SearchNode
} from '@core/search'
import { answeredSince, readBrowseData } from '../../lib/db/browse-repo'
import { loadParameters } from '../../lib/db/optimizer-repo'
import { loadStudySettings } from '../../lib/db/settings-repo'
import { sortRows, type SortOrder } from './columns'

/** A search reads the rows' recall while it is at most this old, instead of working it out. */
const RECALL_FRESH_MS = 60_000

/**
 * The library as the browser holds it in memory: every card as a row, kept in the sort order so
 * a search only filters, with the articles' facts and the answer sets `rated:` has read. Plain
 * data, no runes: the screen's state copies out only what it shows.
 */
export class BrowseLibrary {
  settings: StudySettings | null = null
  weights: Parameters | undefined
  #all: BrowseRow[] = []
  #articles = new Map<string, ArticleFacts>()
  #answers = new Map<string, ReadonlySet<string>>()
  /** When the rows' recall (`prop:r`, the Recall column) was worked out. */
  #recallAt = 0

  get total(): number {
    return this.#all.length
  }

  async load(now: number, order: SortOrder): Promise<void> {
    const [data, settings, weights] = await Promise.all([
      readBrowseData(),
      loadStudySettings(),
      loadParameters()
    ])
    this.settings = settings
    this.weights = weights
    this.#articles = data.articles
    this.#answers.clear()
    this.#all = sortRows(this.rows(data.cards, now), order)
    this.#recallAt = now
  }

  get dayStartHour(): number {
    return this.settings?.dayStartHour ?? 4
  }

  /** Reads the answers the query's `rated:` terms need and has not read yet. */
  async prepare(query: SearchNode, now: number): Promise<void> {
    for (const w of answerWindows(query, now, this.dayStartHour)) {
      const key = answerKey(w.since, w.grade)
      if (!this.#answers.has(key)) this.#answers.set(key, await answeredSince(w.since, w.grade))
    }
  }

  /** The rows matching `query`, in the sort order (call `prepare` first for `rated:`). */
  search(query: SearchNode, now: number): BrowseRow[] {
    return filterCards(this.#all, query, this.context(now))
  }

  sort(order: SortOrder): void {
    this.#all = sortRows(this.#all, order)
  }

  /** The search context at `now`: retrievability with this learner's parameters. */
  context(now: number): SearchContext {
    if (Math.abs(now - this.#recallAt) > RECALL_FRESH_MS) this.#refreshRecall(now)
    return {
      now,
      dayStartHour: this.dayStartHour,
      // The cards searched are this library's rows, whose recall is at most a minute old.
      retrievability: (card) => (card as BrowseRow).retrievability,
      answeredSince: (since: number, grade: Grade | null) =>
        this.#answers.get(answerKey(since, grade)) ?? new Set()
    }
  }

  /** Works out every row's recall at `now` again (one power per card). */
  #refreshRecall(now: number): void {
    const r = retrievabilityAt(now, this.weights)
    for (const row of this.#all) row.retrievability = r(row.sched)
    this.#recallAt = now
  }

  rows(cards: readonly StoredCard[], now: number): BrowseRow[] {
    const r = retrievabilityAt(now, this.weights)
    return cards.map((card) => browseRow(card, this.#articles.get(card.articleId), r))
  }

  /** Puts changed cards in place; returns the new rows by id, to swap into other lists too. */
  replace(cards: readonly StoredCard[], now: number): ReadonlyMap<string, BrowseRow> {
    const rows = new Map(this.rows(cards, now).map((r) => [r.id, r]))
    this.#all = swapRows(this.#all, rows)
    return rows
  }

  remove(ids: ReadonlySet<string>): void {
    this.#all = this.#all.filter((r) => !ids.has(r.id))
  }

  insert(cards: readonly StoredCard[], now: number, order: SortOrder): void {
    this.#all = sortRows([...this.#all, ...this.rows(cards, now)], order)
  }
}

export function swapRows(
  list: readonly BrowseRow[],
  rows: ReadonlyMap<string, BrowseRow>
): BrowseRow[] {
  return rows.size === 0 ? [...list] : list.map((r) => rows.get(r.id) ?? r)
}

export function idsOf(rows: readonly { id: string }[]): ReadonlySet<string> {
  return new Set(rows.map((r) => r.id))
}

function answerKey(since: number, grade: Grade | null): string {
  return `${since}:${grade ?? ''}`
}

/**
 * The printable progress report: the streak, true retention, mastery per article and speaker,
 * and the hardest cards, as plain data a page lays out. Pure: the same numbers the statistics
 * screen shows, from the same inputs, with `now` given.
 */
import type { DayAggregate, StoredCard } from '../model'
import { streaks, type Streaks } from './calendar-heatmap'
import { hardestCards, mastery, type CardMemory, type Mastery } from './memory'
import { retentionTable, type RetentionRow } from './true-retention'

export interface ReportInput {
  now: number
  today: string
  days: readonly DayAggregate[]
  cards: readonly CardMemory[]
  titles: ReadonlyMap<string, string>
  weights: readonly number[]
  desiredRetention: number
}

export interface HardCardLine {
  cardId: string
  front: string
  back: string
  article: string
  lapses: number
  difficulty: number
  retrievability: number | null
}

export interface ProgressReport {
  today: string
  desiredRetention: number
  streaks: Streaks
  retention: RetentionRow[]
  overall: Mastery
  articles: Mastery[]
  speakers: Mastery[]
  hardest: HardCardLine[]
}

/** The report's numbers; `hardest` lists ids, filled with text by `withCardText`. */
export function progressReport(
  input: ReportInput,
  hardestCount = 10
): ProgressReport & { hardestIds: string[] } {
  const m = mastery(input.cards, input.titles, input.desiredRetention, input.now, input.weights)
  const hard = hardestCards(input.cards, input.now, input.weights, hardestCount)
  return {
    today: input.today,
    desiredRetention: input.desiredRetention,
    streaks: streaks(input.days, input.today),
    retention: retentionTable(input.days, input.today),
    overall: m.overall,
    articles: m.articles,
    speakers: m.speakers,
    hardestIds: hard.map((h) => h.cardId),
    hardest: hard.map((h) => ({
      cardId: h.cardId,
      front: '',
      back: '',
      article: input.titles.get(h.articleId) ?? '',
      lapses: h.lapses,
      difficulty: h.difficulty,
      retrievability: h.retrievability
    }))
  }
}

/** The hardest cards with their words, once storage has read those few cards. */
export function withCardText(
  report: ProgressReport,
  cards: ReadonlyArray<StoredCard | undefined>
): ProgressReport {
  const byId = new Map(cards.filter((c): c is StoredCard => !!c).map((c) => [c.id, c]))
  return {
    ...report,
    hardest: report.hardest.map((h) => ({
      ...h,
      front: byId.get(h.cardId)?.front ?? '',
      back: byId.get(h.cardId)?.back ?? ''
    }))
  }
}

/**
 * The printable progress report: the streak, true retention, mastery per article and speaker,
 * and the hardest cards, as plain data a page lays out. Pure: the same numbers the statistics
 * screen shows, from the same inputs, with `now` given.
 */
import type { DayAggregate, StoredCard } from '../model'
import { streaks, type Streaks } from './calendar-heatmap'
import type { HardCard, Mastery, MasteryReport } from './memory'
import { retentionTable, type RetentionRow } from './true-retention'

export interface ReportInput {
  today: string
  days: readonly DayAggregate[]
  desiredRetention: number
  mastery: MasteryReport
  hardest: readonly HardCard[]
  titles: ReadonlyMap<string, string>
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
export function progressReport(input: ReportInput): ProgressReport & { hardestIds: string[] } {
  return {
    today: input.today,
    desiredRetention: input.desiredRetention,
    streaks: streaks(input.days, input.today),
    retention: retentionTable(input.days, input.today),
    overall: input.mastery.overall,
    articles: input.mastery.articles,
    speakers: input.mastery.speakers,
    hardestIds: input.hardest.map((h) => h.cardId),
    hardest: input.hardest.map((h) => ({
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

/**
 * The statistics screen's numbers and words, from a storage snapshot and the time. Pure, so the
 * tests pin `now`; the state class and components only display what these return.
 */
import {
  answersPerDay,
  cardStates,
  dueForecast,
  retentionOver,
  streak,
  type CardStates,
  type DayCounts,
  type ForecastDay,
  type Retention
} from '@core/export/stats'
import { shortMonthName } from '@core/calendar-words'
import { answerCount } from '@core/review/day-summary'
import { studyDay } from '@core/review/study-day'
import type { BackupProgress } from '../../lib/backup/backup-jobs'
import type { ChartSeries } from '../../lib/components/chart-geometry'
import type { StatsSnapshot } from '../../lib/db/stats-repo'
import { formatCount, plural } from '../../lib/format'

export const CHART_DAYS = 30

export interface StatsView {
  today: string
  states: CardStates
  answersToday: number
  streak: number
  retention: Retention
  perDay: DayCounts[]
  forecast: ForecastDay[]
}

export function statsView(snapshot: StatsSnapshot, now: number): StatsView {
  const today = studyDay(now, snapshot.dayStartHour)
  const todayRow = snapshot.days.find((d) => d.day === today)
  return {
    today,
    states: cardStates(snapshot.counts),
    answersToday: todayRow ? answerCount(todayRow) : 0,
    streak: streak(snapshot.days, today),
    retention: retentionOver(snapshot.days, today, CHART_DAYS),
    perDay: answersPerDay(snapshot.days, today, CHART_DAYS),
    forecast: dueForecast(snapshot.counts, today, CHART_DAYS)
  }
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

/** "15 Jan" for chart axes: short, and the same in every locale the tests run in. */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-').map(Number)
  return `${d} ${shortMonthName(m ?? 1)}`
}

/** A one-sentence reading of the answers chart for screen readers. */
export function describeAnswers(perDay: readonly DayCounts[]): string {
  const total = perDay.reduce((n, d) => n + d.total, 0)
  const active = perDay.filter((d) => d.total > 0).length
  if (total === 0) return `No answers in the last ${perDay.length} days.`
  const best = perDay.reduce((a, b) => (b.total > a.total ? b : a))
  return `${plural(total, 'answer')} on ${plural(active, 'day')} of the last ${perDay.length}; the most, ${formatCount(best.total)}, on ${shortDay(best.day)}.`
}

export function describeForecast(forecast: readonly ForecastDay[]): string {
  const total = forecast.reduce((n, d) => n + d.due, 0)
  const today = forecast[0]?.due ?? 0
  if (total === 0) return `No cards due in the next ${forecast.length} days.`
  return `${plural(total, 'card')} due in the next ${forecast.length} days, ${formatCount(today)} of them today.`
}

export function describeStates(s: CardStates): string {
  const held = s.suspended ? ` (${formatCount(s.suspended)} of them suspended)` : ''
  const n = formatCount
  return `${plural(s.total, 'card')}${held}: ${n(s.new)} new, ${n(s.learning)} learning, ${n(s.review)} in review, ${n(s.relearning)} relearning.`
}

const STAGE_WORDS: Record<BackupProgress['stage'], string> = {
  reading: 'Reading the library',
  compressing: 'Compressing the backup',
  unpacking: 'Unpacking the backup',
  checking: 'Checking the backup',
  comparing: 'Comparing the backup with your library',
  merging: 'Merging the backup',
  writing: 'Restoring the library',
  counting: 'Counting the cards'
}

/** What the backup progress bar says: the stage, and how far through it when that is known. */
export function progressLabel(p: BackupProgress): string {
  const of = p.total > 1 ? `: ${formatCount(p.done)} of ${formatCount(p.total)} records` : '…'
  return `${STAGE_WORDS[p.stage]}${of}`
}

/** One dataset of a chart. */
/** A chart's series: its colour is a CSS custom property (`--ok`), so it follows the theme. */
export type Series = ChartSeries

export function answerSeries(perDay: readonly DayCounts[]): Series[] {
  return [
    { label: 'Again', data: perDay.map((d) => d.again), color: '--grade-again' },
    { label: 'Hard', data: perDay.map((d) => d.hard), color: '--grade-hard' },
    { label: 'Good', data: perDay.map((d) => d.good), color: '--grade-good' },
    { label: 'Easy', data: perDay.map((d) => d.easy), color: '--grade-easy' }
  ]
}

export const STATE_LABELS = ['New', 'Learning', 'Review', 'Relearning']
export const STATE_COLORS = [
  '--state-new',
  '--state-learning',
  '--state-review',
  '--state-relearning'
]

export function stateSeries(s: CardStates): Series[] {
  return [
    { label: 'Cards', data: [s.new, s.learning, s.review, s.relearning], color: '--state-new' }
  ]
}

/** Words and numbers for the optimizer's part of the settings screen. */
import type { SimulationResult } from '@core/optimizer/simulate'
import type { FitRecord } from '../../lib/db/records'

/** The parameters' names as the FSRS papers group them. */
export const PARAMETER_GROUPS: { label: string; from: number; to: number }[] = [
  { label: 'Initial stability (Again, Hard, Good, Easy)', from: 0, to: 4 },
  { label: 'Difficulty', from: 4, to: 8 },
  { label: 'Stability after recall', from: 8, to: 11 },
  { label: 'Stability after a lapse', from: 11, to: 15 },
  { label: 'Hard and Easy', from: 15, to: 17 },
  { label: 'Same-day reviews', from: 17, to: 20 },
  { label: 'Forgetting curve decay', from: 20, to: 21 }
]

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

const TRIGGERS: Record<FitRecord['trigger'], string> = {
  auto: 'automatic',
  manual: 'asked for',
  import: 'after an import'
}

/** One line for a fit in the history list. */
export function fitLine(fit: FitRecord): string {
  const outcome = fit.accepted ? 'kept' : fit.metrics ? 'refused (no better)' : 'not enough history'
  return `${formatDate(fit.at)} · ${TRIGGERS[fit.trigger]} · ${fit.reviewCount.toLocaleString()} reviews · ${outcome}`
}

/** Averages over each week, for charts of a year that stay readable at any width. */
export function weekly(values: readonly number[]): number[] {
  const out: number[] = []
  for (let i = 0; i < values.length; i += 7) {
    const week = values.slice(i, i + 7)
    out.push(Math.round((week.reduce((a, b) => a + b, 0) / week.length) * 10) / 10)
  }
  return out
}

export function averagePerDay(result: SimulationResult): number {
  const days = result.reviews.length || 1
  return (result.totalReviews + result.learned.reduce((a, b) => a + b, 0)) / days
}

/** "At 0.95: 41 answers a day, 1,830 cards remembered after a year." */
export function simulationLine(result: SimulationResult): string {
  const remembered = Math.round(result.remembered.at(-1) ?? 0)
  const answers = Math.round(averagePerDay(result))
  return (
    `At ${result.desiredRetention.toFixed(2)}: ${answers.toLocaleString()} ` +
    `${answers === 1 ? 'answer' : 'answers'} a day on average, ${remembered.toLocaleString()} ` +
    `${remembered === 1 ? 'card' : 'cards'} remembered after a year.`
  )
}

/** The retention the simulator may be asked about (the issue's range, narrower than settings'). */
export function checkRetention(text: string): number | string {
  const value = Number(text.trim())
  if (!Number.isFinite(value) || value < 0.7 || value > 0.97) {
    return 'Desired retention to simulate must be between 0.70 and 0.97.'
  }
  return Math.round(value * 100) / 100
}

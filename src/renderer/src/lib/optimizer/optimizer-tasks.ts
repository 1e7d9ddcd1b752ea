/**
 * What the optimizer worker does for each request, on its own connection to the database:
 * reading 100,000 logs, fitting, replaying every card's history and simulating a year all
 * happen here, never in the window.
 */
import { buildTrainingSet, dayNumber } from '@core/optimizer/history'
import { rescheduleCard, summariseShifts, type CardChange } from '@core/optimizer/reschedule'
import { parseRevlogCsv } from '@core/optimizer/revlog-csv'
import { runFit, type FitEngine } from '@core/optimizer/run-fit'
import { ratingShares, simulate, type SimCard } from '@core/optimizer/simulate'
import type { HistoryReview } from '@core/optimizer/types'
import type { StoredCard } from '@core/model'
import { nextDayStart, studyDay } from '@core/review/study-day'
import {
  applyReschedule,
  loadModel,
  loadParameters,
  newCardCount,
  readHistory,
  replaceImportedReviews,
  saveFit,
  studiedCards,
  undoReschedule
} from '../db/optimizer-repo'
import type { FitRecord, FitTrigger } from '../db/records'
import { loadStudySettings } from '../db/settings-repo'
import type { OptimizerResults, ReschedulePreview, RevlogImported } from './messages'

export async function fitTask(
  engine: FitEngine,
  trigger: FitTrigger,
  now: number,
  onProgress: (fraction: number) => void,
  clock: () => number
): Promise<FitRecord> {
  const started = clock()
  onProgress(0)
  const [{ reviews, lastLogId }, previous] = await Promise.all([readHistory(), loadParameters()])
  const set = buildTrainingSet(reviews)
  const outcome = await runFit(set, previous, engine, onProgress)
  const record: FitRecord = {
    ...outcome,
    at: now,
    trigger,
    previous,
    lastLogId,
    durationMs: Math.round(clock() - started)
  }
  record.id = await saveFit(record)
  return record
}

function byCard(reviews: readonly HistoryReview[]): Map<string, HistoryReview[]> {
  const cards = new Map<string, HistoryReview[]>()
  for (const review of reviews) {
    const list = cards.get(review.cardKey)
    if (list) list.push(review)
    else cards.set(review.cardKey, [review])
  }
  return cards
}

/** The changes a preview showed, kept until they are applied or another preview replaces them. */
let pending: { changes: CardChange[]; fitId: number | null } | null = null

export async function reschedulePreview(now: number): Promise<ReschedulePreview> {
  const [cards, { reviews }, params, settings, model] = await Promise.all([
    studiedCards(),
    readHistory(),
    loadParameters(),
    loadStudySettings(),
    loadModel()
  ])
  const history = byCard(reviews)
  const changes: CardChange[] = []
  for (const card of cards) {
    const after = rescheduleCard(card.sched, history.get(card.id) ?? [], params, settings)
    if (after && (after.due !== card.sched.due || after.stability !== card.sched.stability)) {
      changes.push({ cardId: card.id, before: card.sched, after })
    }
  }
  pending = { changes, fitId: model?.fitId ?? null }
  return {
    summary: summariseShifts(changes, nextDayStart(now, settings.dayStartHour)),
    fitId: pending.fitId
  }
}

export async function rescheduleApply(now: number): Promise<{ changed: number }> {
  if (!pending) throw new Error('Nothing to apply: preview the rescheduling first')
  const { changes, fitId } = pending
  pending = null
  const { changed } = await applyReschedule(changes, fitId, now)
  return { changed }
}

export function rescheduleUndo(now: number): Promise<OptimizerResults['reschedule-undo']> {
  pending = null
  return undoReschedule(now)
}

/** A studied card as the simulator starts it: days counted from today's study day. */
export function simCard(card: StoredCard, today: number, dayStartHour: number): SimCard {
  const { sched } = card
  const dayOf = (ms: number): number => dayNumber(studyDay(ms, dayStartHour)) - today
  return {
    stability: sched.stability,
    difficulty: sched.difficulty,
    lastDay: Math.min(0, dayOf(sched.lastReview ?? sched.due)),
    dueDay: dayOf(sched.due)
  }
}

export async function simulateTask(
  retentions: readonly number[],
  days: number,
  seed: number,
  now: number
): Promise<OptimizerResults['simulate']> {
  const [cards, fresh, params, settings, { reviews }] = await Promise.all([
    studiedCards(),
    newCardCount(),
    loadParameters(),
    loadStudySettings(),
    readHistory()
  ])
  const today = dayNumber(studyDay(now, settings.dayStartHour))
  const sims = cards
    .filter((c) => !c.suspended && c.sched.stability > 0)
    .map((c) => simCard(c, today, settings.dayStartHour))
  const ratings = ratingShares(buildTrainingSet(reviews))
  return retentions.map((desiredRetention) =>
    simulate({
      params,
      desiredRetention,
      days,
      newCardsPerDay: settings.newCardsPerDay,
      reviewsPerDay: settings.reviewsPerDay,
      maximumIntervalDays: settings.maximumIntervalDays,
      cards: sims,
      newCards: fresh,
      seed,
      ratings
    })
  )
}

export async function importRevlogTask(text: string): Promise<RevlogImported> {
  const settings = await loadStudySettings()
  const imported = parseRevlogCsv(text, settings.dayStartHour)
  await replaceImportedReviews(imported.reviews)
  return {
    format: imported.format,
    reviews: imported.reviews.length,
    cards: imported.cards,
    skipped: imported.skipped
  }
}

/**
 * The only place Newsdeck talks to ts-fsrs.
 *
 * Preview == result by construction: `previewGrades` makes ONE `repeat()` call, which returns
 * the next state for all four grades, and keeps those states. Grading commits the state the
 * preview showed (`choose`), or, through `applyGrade`, recomputes it with ts-fsrs's one-grade
 * `next` for the same card and the same `now` (its test checks the two agree, fuzz and all).
 * ts-fsrs seeds its fuzz from `now` (ms), the card's reps and its difficulty × stability
 * (DefaultInitSeedStrategy), so the same card at the same `now` always gets the same fuzz. A different `now` may give a different fuzz, so the UI must grade with the
 * preview it showed, not with a fresh `now`.
 */
import {
  State,
  createEmptyCard,
  computeDecayFactor,
  default_w,
  fsrs,
  generatorParameters,
  type Card,
  type FSRS,
  type Grade as FsrsGrade,
  type StepUnit
} from 'ts-fsrs'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../calendar'
import type { CardPhase, Grade, SchedulingState, StudySettings } from '../model'
import { PHASE } from './phase'

export const GRADES: readonly Grade[] = [1, 2, 3, 4]

export interface Scheduler {
  readonly settings: StudySettings
  readonly fsrs: FSRS
}

function toSteps(minutes: readonly number[]): StepUnit[] {
  return minutes.map((m) => `${m}m` as StepUnit)
}

/**
 * `weights` are FSRS's 21 parameters as the optimizer fitted them to this learner; without
 * them, ts-fsrs's defaults.
 */
export function createScheduler(settings: StudySettings, weights?: readonly number[]): Scheduler {
  const params = generatorParameters({
    ...(weights ? { w: [...weights] } : {}),
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: toSteps(settings.learningStepsMinutes),
    relearning_steps: toSteps(settings.relearningStepsMinutes)
  })
  return { settings, fsrs: fsrs(params) }
}

export function toFsrsCard(s: SchedulingState): Card {
  // A new card has no memory yet: ts-fsrs takes its first grade's from 0 and 0, and refuses a
  // new card that carries a difficulty ("Invalid memory state"), which a backup or another
  // device's history may hold.
  const unstudied = s.phase === PHASE.new
  const card: Card = {
    due: new Date(s.due),
    stability: unstudied ? 0 : s.stability,
    difficulty: unstudied ? 0 : s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.phase as State
  }
  if (s.lastReview !== null) card.last_review = new Date(s.lastReview)
  return card
}

export function fromFsrsCard(c: Card): SchedulingState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: c.state as CardPhase,
    lastReview: c.last_review ? c.last_review.getTime() : null
  }
}

/** A never-studied card, due immediately. */
export function newSchedulingState(now: number): SchedulingState {
  return fromFsrsCard(createEmptyCard(new Date(now)))
}

export interface GradeOption {
  grade: Grade
  /** When the card would next be due (epoch ms). */
  due: number
  /** Anki-style interval from `now` to `due`: "<1m", "10m", "1d", "3.2mo". */
  intervalLabel: string
  /** The exact state the card gets for this grade; commit this, don't recompute. */
  after: SchedulingState
}

export interface GradePreview {
  /** The time the preview was computed for; log the answer at this time. */
  now: number
  before: SchedulingState
  options: Record<Grade, GradeOption>
}

export function previewGrades(
  scheduler: Scheduler,
  state: SchedulingState,
  now: number
): GradePreview {
  // ts-fsrs throws on a review dated before the last one (a clock set back, or a state synced
  // from a machine whose clock runs ahead); treat such an answer as given at the last review.
  now = Math.max(now, state.lastReview ?? now)
  const record = scheduler.fsrs.repeat(toFsrsCard(state), new Date(now))
  const maxDays = scheduler.settings.maximumIntervalDays
  const option = (grade: Grade): GradeOption => {
    const after = capInterval(fromFsrsCard(record[grade].card), now, maxDays)
    return { grade, due: after.due, intervalLabel: formatInterval(after.due - now), after }
  }
  return {
    now,
    before: { ...state },
    options: { 1: option(1), 2: option(2), 3: option(3), 4: option(4) }
  }
}

/**
 * ts-fsrs keeps Again < Hard < Good < Easy by adding a day after clamping to the maximum
 * interval, so a card at the cap can get one or two days more; the user's maximum wins here.
 */
function capInterval(s: SchedulingState, now: number, maxDays: number): SchedulingState {
  if (s.phase !== PHASE.review || s.scheduledDays <= maxDays) return s
  return { ...s, scheduledDays: maxDays, due: now + maxDays * DAY_MS }
}

/** The state a preview promised for `grade`. */
export function choose(preview: GradePreview, grade: Grade): { after: SchedulingState } {
  return { after: { ...preview.options[grade].after } }
}

/** Grades without a preview in hand; identical to `choose(previewGrades(...), grade)`. */
export function applyGrade(
  scheduler: Scheduler,
  state: SchedulingState,
  grade: Grade,
  now: number
): { after: SchedulingState } {
  // As previewGrades, but ts-fsrs's one-grade `next`: a replay of a library's every answer
  // spent half its time on the three grades not given (57 µs an answer against 32 µs).
  now = Math.max(now, state.lastReview ?? now)
  const { card } = scheduler.fsrs.next(
    toFsrsCard(state),
    new Date(now),
    grade as number as FsrsGrade
  )
  return { after: capInterval(fromFsrsCard(card), now, scheduler.settings.maximumIntervalDays) }
}

/**
 * How likely the card is to be recalled at `now` (0–1), by FSRS's forgetting curve with the
 * learner's fitted `weights` (FSRS's defaults without them); null for a card never studied.
 */
export function retrievability(
  s: Pick<SchedulingState, 'phase' | 'stability' | 'lastReview'>,
  now: number,
  weights: readonly number[] = default_w
): number | null {
  return retrievabilityAt(now, weights)(s)
}

/**
 * `retrievability` at one `now` for many cards: the curve's decay and factor are worked out
 * once, so each card costs one power (a search over 100,000 cards calls this per card). The
 * values are ts-fsrs's `forgetting_curve`'s to the last of its eight decimals.
 */
export function retrievabilityAt(
  now: number,
  weights: readonly number[] = default_w
): (s: Pick<SchedulingState, 'phase' | 'stability' | 'lastReview'>) => number | null {
  const { decay, factor } = computeDecayFactor(weights)
  return (s) => {
    if (s.phase === 0 || s.lastReview === null || !(s.stability > 0)) return null
    const elapsedDays = Math.max(0, now - s.lastReview) / DAY_MS
    return Math.round(Math.pow(1 + (factor * elapsedDays) / s.stability, decay) * 1e8) / 1e8
  }
}

/** Undo restores the state saved before the answer; nothing is recomputed. */
export function undoGrade(log: { before: SchedulingState }): SchedulingState {
  return { ...log.before }
}

function oneDecimal(n: number): string {
  const r = Math.round(n * 10) / 10
  return Number.isInteger(r) ? String(r) : r.toFixed(1)
}

/** Anki's answer-button labels: whole minutes, hours to one decimal, days, months of 30 days. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE_MS) return '<1m'
  // Units are chosen after rounding, so a day less a few seconds reads "1d", never "24h".
  const minutes = Math.round(ms / MINUTE_MS)
  if (minutes < 60) return `${minutes}m`
  const hours = Math.round((ms / HOUR_MS) * 10) / 10
  if (hours < 24) return `${oneDecimal(hours)}h`
  const days = ms / DAY_MS
  if (Math.round(days) < 30) return `${Math.round(days)}d`
  if (days < 365) return `${oneDecimal(days / 30)}mo`
  return `${oneDecimal(days / 365)}y`
}

import { describe, expect, it } from 'vitest'
import { default_w, forgetting_curve, type Grade as FsrsGrade } from 'ts-fsrs'
import type { Grade, SchedulingState } from '../model'
import {
  GRADES,
  applyGrade,
  createScheduler,
  formatInterval,
  fromFsrsCard,
  newSchedulingState,
  previewGrades,
  retrievability,
  retrievabilityAt,
  toFsrsCard,
  undoGrade
} from './scheduler'
import { at, DAY, HOUR, MIN, prng, settings } from './test-helpers'
import { PHASE } from './phase'

const scheduler = createScheduler(settings())
const T0 = at(2026, 1, 10, 9)

/** Walks a card through random answers at plausible times, collecting every state it passes. */
function randomHistory(
  seed: number,
  steps: number
): Array<{ state: SchedulingState; now: number }> {
  const rand = prng(seed)
  let now = T0 + Math.floor(rand() * DAY)
  let state = newSchedulingState(now)
  const out: Array<{ state: SchedulingState; now: number }> = []
  for (let i = 0; i < steps; i++) {
    out.push({ state, now })
    const grade = (1 + Math.floor(rand() * 4)) as Grade
    state = applyGrade(scheduler, state, grade, now).after
    // Answer sometimes early, mostly on time, sometimes late, to reach varied states.
    const wait = Math.max(MIN, (state.due - now) * (0.5 + rand() * 1.5))
    now = Math.round(now + wait + rand() * HOUR)
  }
  return out
}

describe('learning steps (1m 10m) and relearning (10m)', () => {
  it('schedules a new card: Again 1m, Good 10m, both still learning; Easy graduates', () => {
    const p = previewGrades(scheduler, newSchedulingState(T0), T0)
    expect(p.options[1].due - T0).toBe(1 * MIN)
    expect(p.options[1].intervalLabel).toBe('1m')
    expect(p.options[3].due - T0).toBe(10 * MIN)
    expect(p.options[3].intervalLabel).toBe('10m')
    expect(p.options[3].after.phase).toBe(1)
    expect(p.options[1].after.phase).toBe(1)
    expect(p.options[4].after.phase).toBe(2)
    expect(p.options[4].due - T0).toBeGreaterThanOrEqual(DAY)
  })

  it('graduates a learning card to days when answered Good at its last step', () => {
    const learning = applyGrade(scheduler, newSchedulingState(T0), 3, T0).after
    const now = learning.due
    const { after } = applyGrade(scheduler, learning, 3, now)
    expect(after.phase).toBe(2)
    expect(after.due - now).toBeGreaterThanOrEqual(DAY)
    expect(after.scheduledDays).toBeGreaterThanOrEqual(1)
  })

  it('sends a review card answered Again to relearning for 10 minutes and counts a lapse', () => {
    let s = applyGrade(scheduler, newSchedulingState(T0), 3, T0).after
    s = applyGrade(scheduler, s, 3, s.due).after
    expect(s.phase).toBe(2)
    const now = s.due
    const p = previewGrades(scheduler, s, now)
    expect(p.options[1].after.phase).toBe(3)
    expect(p.options[1].intervalLabel).toBe('10m')
    expect(p.options[1].after.lapses).toBe(s.lapses + 1)
    // Relearning Good at its only step returns the card to review in days.
    const back = applyGrade(scheduler, p.options[1].after, 3, p.options[1].due).after
    expect(back.phase).toBe(2)
  })

  it('orders the four intervals Again < Hard < Good < Easy for a review card', () => {
    const s = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => randomHistory(seed, 12))
      .find((h) => h.state.phase === PHASE.review && h.state.stability > 5)
    expect(s).toBeDefined()
    const p = previewGrades(scheduler, s!.state, s!.now)
    expect(p.options[1].due).toBeLessThan(p.options[2].due)
    expect(p.options[2].due).toBeLessThanOrEqual(p.options[3].due)
    expect(p.options[3].due).toBeLessThan(p.options[4].due)
  })
})

describe('preview equals the applied result', () => {
  it('for all four grades across many card states, with fuzz on', () => {
    const fuzzy = createScheduler(settings({ enableFuzz: true }))
    let checked = 0
    let longIntervals = 0
    for (let seed = 1; seed <= 40; seed++) {
      for (const { state, now } of randomHistory(seed, 15)) {
        const preview = previewGrades(fuzzy, state, now)
        for (const grade of GRADES) {
          const option = preview.options[grade]
          // A separate scheduler instance and a separate call: fuzz must not depend on call order.
          const applied = applyGrade(createScheduler(settings()), state, grade, now).after
          expect(applied).toEqual(option.after)
          expect(option.intervalLabel).toBe(formatInterval(applied.due - now))
          // ts-fsrs's own single-grade path agrees too (it seeds fuzz from now, reps, D and S).
          const next = fuzzy.fsrs.next(
            toFsrsCard(state),
            new Date(now),
            grade as number as FsrsGrade
          )
          expect(fromFsrsCard(next.card)).toEqual(applied)
          if (applied.due - now >= 3 * DAY) longIntervals++
          checked++
        }
      }
    }
    expect(checked).toBe(40 * 15 * 4)
    // Fuzz only applies from about 3 days; make sure the test really exercised it.
    expect(longIntervals).toBeGreaterThan(200)
  })

  it('fuzz is really on: some intervals differ from the unfuzzed ones', () => {
    const plain = createScheduler(settings({ enableFuzz: false }))
    let differ = 0
    for (const { state, now } of randomHistory(3, 20)) {
      const a = previewGrades(scheduler, state, now).options[3].due
      const b = previewGrades(plain, state, now).options[3].due
      if (a !== b) differ++
    }
    expect(differ).toBeGreaterThan(0)
  })
})

describe('undo', () => {
  it('restores the state before the answer; ts-fsrs rollback agrees apart from due', () => {
    let compared = 0
    for (let seed = 100; seed < 110; seed++) {
      for (const { state, now } of randomHistory(seed, 10)) {
        for (const grade of GRADES) {
          const { after } = applyGrade(scheduler, state, grade, now)
          const log = { before: state, after }
          expect(undoGrade(log)).toEqual(state)
          const rolled = scheduler.fsrs.next(
            toFsrsCard(state),
            new Date(now),
            grade as number as FsrsGrade
          )
          const back = fromFsrsCard(scheduler.fsrs.rollback(rolled.card, rolled.log))
          // ts-fsrs cannot recover a studied card's old due (its log keeps the review time
          // there), which is why Newsdeck restores the stored `before` instead.
          expect(back).toEqual({ ...state, due: state.phase === PHASE.new ? state.due : now })
          compared++
        }
      }
    }
    expect(compared).toBe(400)
  })

  it('returns a copy, so editing the restored state cannot corrupt the log', () => {
    const before = newSchedulingState(T0)
    const restored = undoGrade({ before })
    restored.reps = 99
    expect(before.reps).toBe(0)
  })
})

describe('settings reach the scheduler', () => {
  it('never schedules past the maximum interval', () => {
    const capped = createScheduler(settings({ maximumIntervalDays: 30 }))
    let reachedCap = 0
    for (const { state, now } of randomHistory(11, 25)) {
      const p = previewGrades(capped, state, now)
      for (const g of GRADES) {
        expect(p.options[g].after.scheduledDays).toBeLessThanOrEqual(30)
        expect(p.options[g].due - now).toBeLessThanOrEqual(30 * DAY)
        expect(applyGrade(capped, state, g, now).after).toEqual(p.options[g].after)
        if (p.options[g].after.scheduledDays === 30) reachedCap++
      }
    }
    expect(reachedCap).toBeGreaterThan(0)
  })

  it('gives shorter intervals when the desired retention is higher', () => {
    const strict = createScheduler(settings({ desiredRetention: 0.97, enableFuzz: false }))
    const loose = createScheduler(settings({ desiredRetention: 0.8, enableFuzz: false }))
    const s = randomHistory(5, 12).find((h) => h.state.phase === PHASE.review)!
    const strictDue = previewGrades(strict, s.state, s.now).options[3].due
    const looseDue = previewGrades(loose, s.state, s.now).options[3].due
    expect(strictDue).toBeLessThan(looseDue)
  })

  it('uses custom learning steps', () => {
    const custom = createScheduler(settings({ learningStepsMinutes: [5, 60] }))
    const p = previewGrades(custom, newSchedulingState(T0), T0)
    expect(p.options[1].intervalLabel).toBe('5m')
    expect(p.options[3].intervalLabel).toBe('1h')
  })
})

describe('clock trouble', () => {
  it('grades a card whose last review lies in the future as if answered at that review', () => {
    const learned = applyGrade(scheduler, newSchedulingState(T0), 4, T0).after
    const lastReview = learned.lastReview!
    const p = previewGrades(scheduler, learned, lastReview - 3 * DAY)
    expect(p.now).toBe(lastReview)
    expect(p.options[3]).toEqual(previewGrades(scheduler, learned, lastReview).options[3])
  })
})

describe('a new card carrying numbers', () => {
  // The app writes a new card's memory as 0 and 0, as ts-fsrs does; a backup or another
  // device's history may hold a new card with a difficulty left in it, which ts-fsrs refuses
  // ("Invalid memory state"). A new card has no memory yet: it is graded as one.
  it('is graded, previewed and replayed as a new card, not refused', () => {
    const carrying = { ...newSchedulingState(T0), difficulty: 5 }
    for (const grade of GRADES) {
      const clean = applyGrade(scheduler, newSchedulingState(T0), grade, T0 + MIN).after
      expect(applyGrade(scheduler, carrying, grade, T0 + MIN).after).toEqual(clean)
    }
    expect(previewGrades(scheduler, carrying, T0).options).toEqual(
      previewGrades(scheduler, newSchedulingState(T0), T0).options
    )
  })
})

describe('conversions and labels', () => {
  it('round-trips SchedulingState through a ts-fsrs Card', () => {
    for (const { state } of randomHistory(21, 10))
      expect(fromFsrsCard(toFsrsCard(state))).toEqual(state)
  })

  it('labels intervals the way Anki does', () => {
    expect(formatInterval(30_000)).toBe('<1m')
    expect(formatInterval(10 * MIN)).toBe('10m')
    expect(formatInterval(90 * MIN)).toBe('1.5h')
    expect(formatInterval(DAY)).toBe('1d')
    // Seen a few seconds after the answer, a day away still reads as a day.
    expect(formatInterval(DAY - 5_000)).toBe('1d')
    expect(formatInterval(HOUR - 5_000)).toBe('1h')
    expect(formatInterval(96 * DAY)).toBe('3.2mo')
    expect(formatInterval(365 * DAY)).toBe('1y')
    expect(formatInterval(548 * DAY)).toBe('1.5y')
  })
})

describe('retrievability', () => {
  it('is ts-fsrs’s forgetting curve, worked out once for many cards', () => {
    const now = Date.UTC(2026, 0, 15)
    const at = retrievabilityAt(now)
    for (const [days, stability] of [
      [0, 1],
      [1, 1],
      [10, 10],
      [3.5, 0.7],
      [400, 90]
    ] as const) {
      const s = { phase: 2 as const, stability, lastReview: now - days * 86_400_000 }
      expect(at(s)).toBe(forgetting_curve(default_w, days, stability))
      expect(retrievability(s, now)).toBe(at(s))
    }
    expect(at({ phase: 0, stability: 0, lastReview: null })).toBeNull()
  })
})

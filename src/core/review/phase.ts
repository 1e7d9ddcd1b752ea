/**
 * A card's FSRS phase, by name. The numbers are ts-fsrs's `State` values (what the scheduler
 * hands back and what is stored in `sched.phase`, and so in the (phase, due) index); this is
 * the one place they are written, so the queue, the scheduler, storage and the statistics all
 * say which phase they mean.
 */
import type { State } from 'ts-fsrs'
import type { CardPhase } from '../model'

export const PHASE = {
  new: 0,
  learning: 1,
  review: 2,
  relearning: 3
} as const satisfies Record<string, CardPhase>

export type PhaseName = keyof typeof PHASE

/** Each phase's name, as exports write it. */
export const PHASE_NAME: Record<CardPhase, PhaseName> = {
  [PHASE.new]: 'new',
  [PHASE.learning]: 'learning',
  [PHASE.review]: 'review',
  [PHASE.relearning]: 'relearning'
}

/** Every phase, in number order: the order of counts kept per phase. */
export const PHASES: readonly CardPhase[] = [
  PHASE.new,
  PHASE.learning,
  PHASE.review,
  PHASE.relearning
]

/** Phases a card reaches once studied: everything but new. */
export const STUDIED_PHASES: readonly CardPhase[] = [PHASE.learning, PHASE.review, PHASE.relearning]

/** In learning steps, first time or after a lapse: shown again the same day when due. */
export function isLearning(phase: CardPhase): boolean {
  return phase === PHASE.learning || phase === PHASE.relearning
}

// Fails to compile if ts-fsrs ever renumbers its states.
type Assert<T extends true> = T
type _SameAsTsFsrs = Assert<
  [State.New, State.Learning, State.Review, State.Relearning] extends [
    (typeof PHASE)['new'],
    (typeof PHASE)['learning'],
    (typeof PHASE)['review'],
    (typeof PHASE)['relearning']
  ]
    ? true
    : false
>

import {
  memorySnapshot,
  progressDays,
  type MemorySnapshot,
  type ProgressDays
} from '../../lib/db/progress-repo'
import { LiveValue } from '../../lib/state/live.svelte'
import { memoryView, progressView, type MemoryView, type ProgressView } from './progress-logic'

/**
 * The statistics screen's progress section. The year's day totals are few and arrive first; the
 * cards' memory states (mastery, distributions) are read a page at a time after them, so the
 * screen shows before a large library's cards are read.
 */
export class ProgressState {
  readonly days: LiveValue<ProgressDays | null>
  readonly memory: LiveValue<MemorySnapshot | null>
  progress: ProgressView | null = $derived.by(() => {
    const days = this.days.current
    return days ? progressView(days) : null
  })
  recall: MemoryView | null = $derived.by(() => {
    const memory = this.memory.current
    return memory ? memoryView(memory, this.clock()) : null
  })

  constructor(private readonly clock: () => number = () => Date.now()) {
    this.days = new LiveValue(() => progressDays(this.clock()), null)
    this.memory = new LiveValue(() => memorySnapshot(), null)
  }

  start(): () => void {
    const stopDays = this.days.start()
    // Started a task later so the day totals (and the screen) paint before the cards are read.
    let stopMemory: (() => void) | null = null
    const timer = setTimeout(() => (stopMemory = this.memory.start()), 0)
    return () => {
      clearTimeout(timer)
      stopDays()
      stopMemory?.()
    }
  }
}

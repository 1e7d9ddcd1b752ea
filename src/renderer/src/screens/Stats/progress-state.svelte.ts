import { progressDays, type ProgressDays } from '../../lib/db/progress-repo'
import { LiveValue } from '../../lib/state/live.svelte'
import { memoryStatsState } from '../../lib/state/memory-stats.svelte'
import { memoryView, progressView, type MemoryView, type ProgressView } from './progress-logic'

/**
 * The statistics screen's progress section. The year's day totals are few and arrive first; the
 * cards' memory states (mastery, distributions) are read by the memory worker, so the screen
 * shows, and stays responsive, while a large library's cards are read.
 */
export class ProgressState {
  readonly days: LiveValue<ProgressDays | null>
  readonly memory = memoryStatsState
  progress: ProgressView | null = $derived.by(() => {
    const days = this.days.current
    return days ? progressView(days) : null
  })
  recall: MemoryView | null = $derived.by(() => {
    const memory = this.memory.current
    return memory ? memoryView(memory) : null
  })

  constructor(private readonly clock: () => number = () => Date.now()) {
    this.days = new LiveValue(() => progressDays(this.clock()), null)
  }

  start(): () => void {
    const stopDays = this.days.start()
    const stopMemory = this.memory.start()
    return () => {
      stopDays()
      stopMemory()
    }
  }
}

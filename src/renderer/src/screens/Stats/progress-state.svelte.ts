import { memoryStatsState } from '../../lib/state/memory-stats.svelte'
import { memoryView, type MemoryView } from './progress-logic'

/**
 * The cards' memory states (mastery, distributions) for the statistics screen, read by the
 * memory worker so the screen shows, and stays responsive, while a large library's cards are
 * read. The rest of the progress section comes with the screen's snapshot (StatsState).
 */
export class ProgressState {
  readonly memory = memoryStatsState
  recall: MemoryView | null = $derived.by(() => {
    const memory = this.memory.current
    return memory ? memoryView(memory) : null
  })

  start(): () => void {
    return this.memory.start()
  }
}

import { watchMemoryInputs } from '../db/progress-repo'
import { memoryStats } from '../stats/memory-client'
import type { MemoryStatsResult } from '../stats/memory-task'

/**
 * A reading older than this is taken again when a screen starts showing it: retrievability
 * falls with time even when nothing is written. (Browse's recall column keeps the same minute.)
 */
export const MEMORY_MAX_AGE_MS = 60_000

/**
 * The memory statistics (mastery, distributions, hardest cards), shared by the Library's bars,
 * the Statistics screen and the report. The worker reads every card, so a reading is taken only
 * when it is out of date: a card, article or setting was written since it began, or it is over
 * a minute old. Returning to a screen otherwise shows the last reading at once and leaves
 * IndexedDB to the screen's own reads. While a screen shows these, a write asks the worker
 * again; while it does, the last result stays on screen. One read at a time: a write during a
 * read asks once more when it ends.
 */
export class MemoryStats {
  current = $state.raw<MemoryStatsResult | null>(null)
  error = $state<string | null>(null)
  #users = 0
  #unwatch: (() => void) | null = null
  #reading = false
  /** Something the statistics are read from was written since the last reading began. */
  #changed = true
  #readAt = -Infinity

  constructor(private readonly clock: () => number = () => Date.now()) {}

  start(): () => void {
    // Kept once started: it reads nothing, and it is what tells a return with nothing written.
    this.#unwatch ??= watchMemoryInputs(() => {
      this.#changed = true
      if (this.#users > 0) void this.#read()
    })
    this.#users++
    if (this.#changed || this.clock() - this.#readAt > MEMORY_MAX_AGE_MS) void this.#read()
    let stopped = false
    return () => {
      if (stopped) return
      stopped = true
      this.#users--
    }
  }

  /** For tests: stops watching, as if never started. */
  dispose(): void {
    this.#unwatch?.()
    this.#unwatch = null
  }

  async #read(): Promise<void> {
    if (this.#reading) return
    this.#reading = true
    try {
      do {
        this.#changed = false
        const at = this.clock()
        this.current = await memoryStats(at)
        this.#readAt = at
        this.error = null
      } while (this.#changed && this.#users > 0)
    } catch (error) {
      this.#changed = true
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      this.#reading = false
    }
  }
}

export const memoryStatsState = new MemoryStats()

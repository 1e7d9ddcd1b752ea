import { observe } from '../db/live'
import { memoryWatch } from '../db/progress-repo'
import { memoryStats } from '../stats/memory-client'
import type { MemoryStatsResult } from '../stats/memory-task'

/**
 * The memory statistics (mastery, distributions, hardest cards), shared by the Library's bars,
 * the Statistics screen and the report. The worker reads the cards again whenever any card or
 * setting changes; while it does, the last result stays on screen. One read at a time: a change
 * during a read asks once more when it ends.
 */
export class MemoryStats {
  current = $state.raw<MemoryStatsResult | null>(null)
  error = $state<string | null>(null)
  #users = 0
  #stop: (() => void) | null = null
  #reading = false
  #again = false

  constructor(private readonly clock: () => number = () => Date.now()) {}

  start(): () => void {
    if (this.#users++ === 0) {
      this.#stop = observe(
        memoryWatch,
        () => void this.#read(),
        (e) => (this.error = String(e))
      )
    }
    let stopped = false
    return () => {
      if (stopped) return
      stopped = true
      if (--this.#users === 0) {
        this.#stop?.()
        this.#stop = null
      }
    }
  }

  async #read(): Promise<void> {
    if (this.#reading) {
      this.#again = true
      return
    }
    this.#reading = true
    try {
      do {
        this.#again = false
        this.current = await memoryStats(this.clock())
        this.error = null
      } while (this.#again)
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      this.#reading = false
    }
  }
}

export const memoryStatsState = new MemoryStats()

import { observe } from '../db/live'

/** A value kept equal to a database query's latest result, for components to read. */
export class LiveValue<T> {
  current = $state<T>() as T
  loaded = $state(false)
  error = $state<string | null>(null)
  #stop: (() => void) | null = null

  /** `onValue` sees each result as it arrives, outside the live query (so it may write). */
  constructor(
    private readonly query: () => Promise<T>,
    initial: T,
    private readonly onValue: (value: T) => void = () => {}
  ) {
    this.current = initial
  }

  start(): () => void {
    this.#stop?.()
    // What was read before may be out of date (the screen was away while things changed):
    // say so until the fresh result arrives.
    this.loaded = false
    this.#stop = observe(
      this.query,
      (value) => {
        this.current = value
        this.loaded = true
        this.error = null
        this.onValue(value)
      },
      (error) => {
        this.error = error instanceof Error ? error.message : String(error)
      }
    )
    return () => this.stop()
  }

  stop(): void {
    this.#stop?.()
    this.#stop = null
    this.loaded = false
  }
}

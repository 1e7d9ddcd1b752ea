import { observe, observeTables, type Watched } from '../db/live'

export interface LiveOptions<T> {
  /** Sees each result as it arrives, outside the live query (so it may write). */
  onValue?: (value: T) => void
  /**
   * Read again after any write to these tables (or records) instead of tracking what the query
   * read: the first read then starts at once (see observeTables).
   */
  watch?: readonly Watched[]
}

/** A value kept equal to a database query's latest result, for components to read. */
export class LiveValue<T> {
  current = $state<T>() as T
  loaded = $state(false)
  error = $state<string | null>(null)
  #stop: (() => void) | null = null

  constructor(
    private readonly query: () => Promise<T>,
    initial: T,
    private readonly options: LiveOptions<T> = {}
  ) {
    this.current = initial
  }

  start(): () => void {
    this.#stop?.()
    // What was read before may be out of date (the screen was away while things changed):
    // say so until the fresh result arrives.
    this.loaded = false
    const { watch } = this.options
    const onValue = (value: T): void => {
      // A watched table re-runs the query after any write to it, mostly writes that change
      // nothing read here (the date of the last backup, in settings): keep the value, so nothing
      // drawn from it is drawn again.
      if (watch && this.loaded && sameJson(this.current, value)) return
      this.current = value
      this.loaded = true
      this.error = null
      this.options.onValue?.(value)
    }
    const onError = (error: unknown): void => {
      this.error = error instanceof Error ? error.message : String(error)
    }
    this.#stop = watch
      ? observeTables(watch, this.query, onValue, onError)
      : observe(this.query, onValue, onError)
    return () => this.stop()
  }

  stop(): void {
    this.#stop?.()
    this.#stop = null
    this.loaded = false
  }
}

/** Equal as data; for the small snapshots a watched query returns. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

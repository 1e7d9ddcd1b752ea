/**
 * When to sync without being asked: every N minutes, and once more when the page is hidden or
 * closed. Syncs never overlap: a sync asked for while one runs becomes one more sync after it,
 * however many times it was asked. A failed sync is reported and the schedule goes on (offline
 * is fine: the next one catches up).
 */
export class AutoSync {
  #timer: ReturnType<typeof setInterval> | null = null
  #running: Promise<void> | null = null
  #again = false

  constructor(
    private readonly sync: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void
  ) {}

  /** Syncs every `minutes` from now (0: only when asked or hidden); replaces any earlier period. */
  every(minutes: number): void {
    this.stop()
    if (minutes > 0) this.#timer = setInterval(() => void this.now(), minutes * 60_000)
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer)
    this.#timer = null
  }

  get scheduled(): boolean {
    return this.#timer !== null
  }

  /** A sync now, or, if one is running, one more right after it. Resolves when both are done. */
  now(): Promise<void> {
    if (this.#running) {
      this.#again = true
      return this.#running
    }
    this.#running = this.#run().finally(() => (this.#running = null))
    return this.#running
  }

  async #run(): Promise<void> {
    do {
      this.#again = false
      try {
        await this.sync()
      } catch (error) {
        this.onError(error)
      }
    } while (this.#again)
  }
}

/**
 * One last sync whenever the window may be going away: hidden, `pagehide`, `beforeunload`. A
 * page cannot wait while it unloads, so this is best effort; what it misses, the next start's
 * sync sends (every change stays in the library until a sync takes it). Returns the undo.
 */
export function syncOnHide(auto: Pick<AutoSync, 'now'>, target: Window = window): () => void {
  const sync = (): void => void auto.now()
  const onVisibility = (): void => {
    if (target.document.visibilityState === 'hidden') sync()
  }
  target.addEventListener('pagehide', sync)
  target.addEventListener('beforeunload', sync)
  target.document.addEventListener('visibilitychange', onVisibility)
  return () => {
    target.removeEventListener('pagehide', sync)
    target.removeEventListener('beforeunload', sync)
    target.document.removeEventListener('visibilitychange', onVisibility)
  }
}

/** Never wake more often than this: a learning card due "now" is checked again a second later. */
export const MIN_WAIT_MS = 1000

/**
 * Wakes a waiting session when its next learning card is due. At most one wake-up is pending:
 * scheduling another replaces it.
 */
export class DueTimer {
  #timer: ReturnType<typeof setTimeout> | null = null

  wakeAt(due: number, now: number, wake: () => void): void {
    this.stop()
    this.#timer = setTimeout(
      () => {
        this.#timer = null
        wake()
      },
      Math.max(MIN_WAIT_MS, due - now)
    )
  }

  get pending(): boolean {
    return this.#timer !== null
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }
}

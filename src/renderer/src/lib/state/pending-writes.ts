/**
 * Every write the app has started and not yet seen commit, app-wide: what a window that is going
 * away must wait for. The review screen shows a card only after the answer before it committed,
 * so what is pending is at most one transaction of a few milliseconds; this is the safety net
 * for exactly those milliseconds.
 */
import { platform, type Platform } from '../platform'

export class PendingWrites {
  #inFlight = new Set<Promise<unknown>>()

  /** Writes started and not yet settled. */
  get count(): number {
    return this.#inFlight.size
  }

  /** Tracks `write` until it settles; returns it unchanged. */
  track<T>(write: Promise<T>): Promise<T> {
    this.#inFlight.add(write)
    const settled = (): void => {
      this.#inFlight.delete(write)
    }
    write.then(settled, settled)
    return write
  }

  /** Resolves once every write started before the call has committed or failed. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.#inFlight])
  }
}

export const pendingWrites = new PendingWrites()

/**
 * Flushes whenever the window may be going away: `pagehide`, `visibilitychange` to hidden,
 * `beforeunload`, and on the desktop when main asks before closing the window (main waits for
 * the answer, with a time limit). In a browser a page cannot wait for anything while it unloads,
 * so `beforeunload` with a write still in flight asks "Leave the page?": the few milliseconds the
 * question takes are enough for the write to land. The desktop never asks: main has already
 * waited, and a prevented unload there would silently keep the window open.
 */
export function flushOnExit(
  writes: PendingWrites = pendingWrites,
  target: Window = window,
  desktop: Pick<Platform, 'isDesktop' | 'onFlushRequest'> = platform()
): () => void {
  const flush = (): void => void writes.flush()
  const onVisibility = (): void => {
    if (target.document.visibilityState === 'hidden') flush()
  }
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    flush()
    if (writes.count > 0 && !desktop.isDesktop) {
      event.preventDefault()
      event.returnValue = ''
    }
  }
  target.addEventListener('pagehide', flush)
  target.document.addEventListener('visibilitychange', onVisibility)
  target.addEventListener('beforeunload', onBeforeUnload)
  const stopDesktop = desktop.onFlushRequest(() => writes.flush())
  return () => {
    target.removeEventListener('pagehide', flush)
    target.document.removeEventListener('visibilitychange', onVisibility)
    target.removeEventListener('beforeunload', onBeforeUnload)
    stopDesktop()
  }
}

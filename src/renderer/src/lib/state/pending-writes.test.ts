// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { flushOnExit, PendingWrites } from './pending-writes'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

function listen(isDesktop: boolean) {
  const writes = new PendingWrites()
  const flush = vi.spyOn(writes, 'flush')
  let desktopFlush: (() => Promise<void>) | null = null
  const stop = flushOnExit(writes, window, {
    isDesktop,
    onFlushRequest: (f) => {
      desktopFlush = f
      return () => (desktopFlush = null)
    }
  })
  return { writes, flush, stop, desktopFlush: () => desktopFlush }
}

function beforeUnload(): Event {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event
}

describe('PendingWrites', () => {
  it('counts a write until it settles, failed or not, and flush waits for all of them', async () => {
    const writes = new PendingWrites()
    const a = deferred()
    writes.track(a.promise)
    void writes.track(Promise.reject(new Error('no'))).catch(() => undefined)
    expect(writes.count).toBe(2)
    let flushed = false
    void writes.flush().then(() => (flushed = true))
    await Promise.resolve()
    await Promise.resolve()
    expect(flushed).toBe(false)
    a.resolve()
    await writes.flush()
    expect(flushed).toBe(true)
    expect(writes.count).toBe(0)
  })
})

describe('flushOnExit', () => {
  it('flushes on pagehide, on hiding the page and before unload', () => {
    const { flush, stop } = listen(false)
    window.dispatchEvent(new Event('pagehide'))
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    beforeUnload()
    expect(flush).toHaveBeenCalledTimes(3)
    stop()
    window.dispatchEvent(new Event('pagehide'))
    expect(flush).toHaveBeenCalledTimes(3)
  })

  it('in a browser, asks before leaving only while a write is in flight', async () => {
    const { writes, stop } = listen(false)
    expect((beforeUnload() as Event).defaultPrevented).toBe(false)
    const a = deferred()
    writes.track(a.promise)
    expect(beforeUnload().defaultPrevented).toBe(true)
    a.resolve()
    await writes.flush()
    expect(beforeUnload().defaultPrevented).toBe(false)
    stop()
  })

  it('on the desktop, never holds the unload and flushes when main asks before closing', async () => {
    const { writes, stop, desktopFlush } = listen(true)
    const a = deferred()
    writes.track(a.promise)
    expect(beforeUnload().defaultPrevented).toBe(false)
    let answered = false
    void desktopFlush()!().then(() => (answered = true))
    await Promise.resolve()
    expect(answered).toBe(false)
    a.resolve()
    await writes.flush()
    await Promise.resolve()
    expect(answered).toBe(true)
    stop()
    expect(desktopFlush()).toBeNull()
  })
})

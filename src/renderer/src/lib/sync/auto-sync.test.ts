// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutoSync, syncOnHide } from './auto-sync'

const MINUTE = 60_000

describe('syncing without being asked', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('syncs every N minutes, and not before the first N', async () => {
    const sync = vi.fn(async () => {})
    const auto = new AutoSync(sync, () => {})
    auto.every(5)
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1)
    expect(sync).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(sync).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    expect(sync).toHaveBeenCalledTimes(3)
    auto.stop()
    await vi.advanceTimersByTimeAsync(60 * MINUTE)
    expect(sync).toHaveBeenCalledTimes(3)
  })

  it('takes a new period in place of the old, and none for 0', async () => {
    const sync = vi.fn(async () => {})
    const auto = new AutoSync(sync, () => {})
    auto.every(5)
    auto.every(30)
    await vi.advanceTimersByTimeAsync(29 * MINUTE)
    expect(sync).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(MINUTE)
    expect(sync).toHaveBeenCalledTimes(1)
    auto.every(0)
    expect(auto.scheduled).toBe(false)
    await vi.advanceTimersByTimeAsync(120 * MINUTE)
    expect(sync).toHaveBeenCalledTimes(1)
  })

  it('never overlaps: asked three times while syncing, it syncs once more after', async () => {
    let finish = () => {}
    const sync = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const auto = new AutoSync(sync, () => {})
    const first = auto.now()
    void auto.now()
    void auto.now()
    const last = auto.now()
    expect(sync).toHaveBeenCalledTimes(1)
    finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(sync).toHaveBeenCalledTimes(2)
    finish()
    await Promise.all([first, last])
    expect(sync).toHaveBeenCalledTimes(2)
  })

  it('reports a failed sync and goes on with the schedule', async () => {
    const errors: unknown[] = []
    const sync = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue()
    const auto = new AutoSync(sync, (e) => errors.push(e))
    auto.every(1)
    await vi.advanceTimersByTimeAsync(2 * MINUTE)
    expect(sync).toHaveBeenCalledTimes(2)
    expect(errors).toEqual([new Error('offline')])
    auto.stop()
  })

  it('syncs once more when the page is hidden or closed, until undone', () => {
    const now = vi.fn(async () => {})
    const undo = syncOnHide({ now })
    window.dispatchEvent(new Event('pagehide'))
    window.dispatchEvent(new Event('beforeunload'))
    document.dispatchEvent(new Event('visibilitychange')) // still visible
    expect(now).toHaveBeenCalledTimes(2)
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    expect(now).toHaveBeenCalledTimes(3)
    undo()
    window.dispatchEvent(new Event('pagehide'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(now).toHaveBeenCalledTimes(3)
  })
})

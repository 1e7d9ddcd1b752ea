import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DueTimer, MIN_WAIT_MS } from './due-timer'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('DueTimer', () => {
  it('wakes the session when the learning card is due', () => {
    const wake = vi.fn()
    const timer = new DueTimer()
    timer.wakeAt(10_000 + 90_000, 10_000, wake)
    vi.advanceTimersByTime(89_999)
    expect(wake).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(wake).toHaveBeenCalledOnce()
    expect(timer.pending).toBe(false)
  })

  it('waits at least a second, keeps one wake-up, and stops when the screen goes', () => {
    const first = vi.fn()
    const second = vi.fn()
    const timer = new DueTimer()
    timer.wakeAt(0, 5000, first)
    timer.wakeAt(5000, 5000, second)
    vi.advanceTimersByTime(MIN_WAIT_MS)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
    timer.wakeAt(9000, 5000, first)
    timer.stop()
    vi.advanceTimersByTime(10_000)
    expect(first).not.toHaveBeenCalled()
  })
})

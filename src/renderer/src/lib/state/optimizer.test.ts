import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushSync } from 'svelte'
import type { FitRecord } from '../db/records'
import { OptimizerState, type OptimizerDeps } from './optimizer.svelte'

const record = { id: 1, accepted: true } as FitRecord

function setup(due: { since: number; every: number }) {
  const requests: unknown[] = []
  let report: (f: number) => void = () => {}
  let finish: (r: FitRecord) => void = () => {}
  const deps: OptimizerDeps = {
    client: (onProgress) => {
      report = onProgress
      return {
        engine: async () => 'wasm',
        request: ((request: unknown) => {
          requests.push(request)
          return new Promise((resolve) => (finish = resolve as (r: FitRecord) => void))
        }) as never
      }
    },
    due: async () => due,
    clock: () => 1000,
    idleMs: 20_000,
    supported: true
  }
  return {
    state: new OptimizerState(deps),
    requests,
    report: (f: number) => report(f),
    finish: (r: FitRecord) => finish(r)
  }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('automatic re-fitting', () => {
  it('fits once enough answers are in and the learner has paused', async () => {
    const { state, requests, finish } = setup({ since: 1000, every: 1000 })
    state.noteAnswer()
    await vi.advanceTimersByTimeAsync(19_000)
    state.noteAnswer() // still answering: the pause starts again
    await vi.advanceTimersByTimeAsync(19_000)
    expect(requests).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(requests).toEqual([{ type: 'fit', engine: 'wasm', trigger: 'auto', now: 1000 }])
    expect(state.running).toBe('auto')
    finish(record)
    await vi.runAllTimersAsync()
    expect(state.running).toBeNull()
    expect(state.lastFit).toBe(record)
  })

  it('waits for the set number of new reviews, and never fits when it is 0', async () => {
    for (const due of [
      { since: 999, every: 1000 },
      { since: 5000, every: 0 }
    ]) {
      const { state, requests } = setup(due)
      state.noteAnswer()
      await vi.advanceTimersByTimeAsync(60_000)
      expect(requests).toHaveLength(0)
    }
  })

  it('shows progress only forward while a fit runs, and none after', async () => {
    const { state, report, finish } = setup({ since: 0, every: 1000 })
    const running = state.fit('manual')
    await vi.advanceTimersByTimeAsync(0)
    report(0.4)
    report(0.3)
    flushSync()
    expect(state.progress).toBe(0.4)
    // A second request while one runs is ignored.
    expect(await state.fit('manual')).toBeNull()
    finish(record)
    await running
    expect(state.progress).toBeNull()
  })
})

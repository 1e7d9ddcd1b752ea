import { availableParallelism, loadavg } from 'node:os'
export interface BenchResult {
  name: string
  value: number
  unit: string
  /** The limit; a value at or under it passes. */
  limit: number
  detail?: string
  /**
   * The same work's irreducible part, measured in the same run (a raw read, a bare tagger
   * pass): the printed ratio tells a slow or busy machine from slow code.
   */
  floor?: { name: string; value: number }
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns sorted durations in ms. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}

/** Ascending copy. */
export const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b)
export const median = (xs: number[]): number => percentile(sorted(xs), 50)
export const ms = (x: number): string => `${x.toFixed(1)} ms`
/** Timings on a shared machine mean little without knowing how busy it was. */
export const load = (): string =>
  `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`

/** A line per step of a long bench, with the seconds since `stepper()` was called. */
export function stepper(): (what: string) => void {
  const started = Date.now()
  return (what) => console.log(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}

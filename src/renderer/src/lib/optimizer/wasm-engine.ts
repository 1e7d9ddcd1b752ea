/**
 * Fitting with fsrs-browser: fsrs-rs compiled to WebAssembly, run inside the optimizer worker.
 * `computeParameters` runs to the end in one call, so the worker cannot report progress while it
 * runs; fsrs-rs writes its progress to two numbers in the module's (shared) memory, which the
 * window reads instead when it may share memory (`watch`).
 */
import { Fsrs, Progress } from 'fsrs-browser'
import { flattenItems } from '@core/optimizer/history'
import type { FitEngine, FitProgress } from '@core/optimizer/run-fit'

/** Lets someone else read fsrs-rs's progress while a fit runs: `[items done, items in all]`. */
export interface ProgressWatch {
  start(memory: WebAssembly.Memory, pointer: number, progress: FitProgress): void
  stop(): void
}

/** `memory` is the instantiated module's; the module must be initialised before a fit. */
export function wasmEngine(memory: () => WebAssembly.Memory, watch?: ProgressWatch): FitEngine {
  return {
    name: 'wasm',
    async fit(set, progress) {
      const { ratings, deltas, lengths } = flattenItems(set)
      // fsrs-rs frees the progress cell itself when the fit ends; it must not be read after.
      const cell = Progress.new()
      watch?.start(memory(), cell.pointer(), progress)
      try {
        // computeParameters consumes its Fsrs: a new one for each fit.
        return Array.from(
          new Fsrs().computeParameters(ratings, deltas, lengths, cell, true),
          (w) => Math.round(w * 1e4) / 1e4
        )
      } finally {
        watch?.stop()
        progress.report(1)
      }
    }
  }
}

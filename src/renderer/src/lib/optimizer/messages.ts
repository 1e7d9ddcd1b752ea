import type { EngineName } from '@core/optimizer/run-fit'
import type { ShiftSummary } from '@core/optimizer/reschedule'
import type { SimulationResult } from '@core/optimizer/simulate'
import type { RevlogFormat } from '@core/optimizer/revlog-csv'
import type { FitRecord, FitTrigger } from '../db/records'

/** What the window asks the optimizer worker; every request is answered once, by its id. */
export type OptimizerRequest =
  | { id: number; type: 'fit'; engine: EngineName; trigger: FitTrigger; now: number }
  | { id: number; type: 'reschedule-preview'; now: number }
  | { id: number; type: 'reschedule-apply'; now: number }
  | { id: number; type: 'reschedule-undo'; now: number }
  | { id: number; type: 'simulate'; retentions: number[]; days: number; seed: number; now: number }
  /** The file itself: the worker reads and decodes it, so the window never holds its text. */
  | { id: number; type: 'import-revlog'; file: Blob }

export interface ReschedulePreview {
  summary: ShiftSummary
  fitId: number | null
}

export interface RevlogImported {
  format: RevlogFormat
  reviews: number
  cards: number
  skipped: number
}

export interface OptimizerResults {
  fit: FitRecord
  'reschedule-preview': ReschedulePreview
  'reschedule-apply': { changed: number }
  'reschedule-undo': { restored: number; kept: number } | null
  simulate: SimulationResult[]
  'import-revlog': RevlogImported
}

/** The window's answer to a native fit the worker asked for. */
export type NativeFitReply =
  | { type: 'native-result'; call: number; ok: true; parameters: number[] }
  | { type: 'native-result'; call: number; ok: false; message: string }

/** What the worker tells the window. */
export type OptimizerEvent =
  | { type: 'done'; id: number; result: OptimizerResults[keyof OptimizerResults] }
  | { type: 'failed'; id: number; message: string; code: string | null }
  | { type: 'progress'; fraction: number }
  /** fsrs-rs's progress cell in shared memory, to be read while a WebAssembly fit runs. */
  | {
      type: 'progress-source'
      buffer: SharedArrayBuffer
      pointer: number
      from: number
      to: number
    }
  | { type: 'progress-source-end' }
  /** Fit this packed training set in main (desktop), reporting progress between from and to. */
  | { type: 'native-fit'; call: number; training: Uint8Array; from: number; to: number }

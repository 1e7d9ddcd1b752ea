/// <reference lib="webworker" />
// The FSRS optimizer's worker: fits, rescheduling, simulation and revlog import, so that none of
// them ever holds up the window.
import init from 'fsrs-browser'
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url'
import { isUserFacingError } from '@core/errors'
import { packTrainingSet } from '@core/optimizer/packed'
import type { FitEngine } from '@core/optimizer/run-fit'
import type { NativeFitReply, OptimizerEvent, OptimizerRequest } from './messages'
import {
  fitTask,
  importRevlogTask,
  reschedulePreview,
  rescheduleApply,
  rescheduleUndo,
  simulateTask
} from './optimizer-tasks'
import { wasmEngine, type ProgressWatch } from './wasm-engine'

const post = (event: OptimizerEvent, transfer: Transferable[] = []): void =>
  self.postMessage(event, transfer)

let memory: WebAssembly.Memory | null = null

/** Shares fsrs-rs's progress cell with the window, where the page may share memory at all. */
const watch: ProgressWatch = {
  start(wasmMemory, pointer, { from, to }) {
    // fsrs-browser's memory is shared (it is built for threads), so its buffer is shareable.
    if (!self.crossOriginIsolated || !(wasmMemory.buffer instanceof SharedArrayBuffer)) return
    post({
      type: 'progress-source',
      buffer: wasmMemory.buffer,
      pointer,
      from,
      to
    })
  },
  stop() {
    if (self.crossOriginIsolated) post({ type: 'progress-source-end' })
  }
}

async function wasm(): Promise<FitEngine> {
  memory ??= (await init({ module_or_path: wasmUrl })).memory
  const loaded = memory
  return wasmEngine(() => loaded, watch)
}

let nextCall = 1
const nativeCalls = new Map<
  number,
  { resolve: (p: number[]) => void; reject: (e: Error) => void }
>()

/** Fits through the window, which hands the bytes to the desktop's main process. */
const native: FitEngine = {
  name: 'native',
  fit(set, { from, to }) {
    const call = nextCall++
    const training = packTrainingSet(set)
    return new Promise((resolve, reject) => {
      nativeCalls.set(call, { resolve, reject })
      post({ type: 'native-fit', call, training, from, to }, [training.buffer])
    })
  }
}

async function handle(request: OptimizerRequest): Promise<unknown> {
  switch (request.type) {
    case 'fit': {
      const engine = request.engine === 'native' ? native : await wasm()
      const progress = (fraction: number): void => post({ type: 'progress', fraction })
      return fitTask(engine, request.trigger, request.now, progress, () => performance.now())
    }
    case 'reschedule-preview':
      return reschedulePreview(request.now)
    case 'reschedule-apply':
      return rescheduleApply(request.now)
    case 'reschedule-undo':
      return rescheduleUndo(request.now)
    case 'simulate':
      return simulateTask(request.retentions, request.days, request.seed, request.now)
    case 'import-revlog':
      return importRevlogTask(await request.file.text())
  }
}

self.onmessage = (event: MessageEvent<OptimizerRequest | NativeFitReply>) => {
  const message = event.data
  if (message.type === 'native-result') {
    const waiter = nativeCalls.get(message.call)
    nativeCalls.delete(message.call)
    if (message.ok) waiter?.resolve(message.parameters)
    else waiter?.reject(new Error(message.message))
    return
  }
  handle(message).then(
    (result) => post({ type: 'done', id: message.id, result } as OptimizerEvent),
    (error: unknown) =>
      post({
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
        code: isUserFacingError(error) ? error.code : null
      })
  )
}

/**
 * The window's side of the optimizer worker: one request at a time per kind, answers by id,
 * and progress from wherever the fit runs — the worker's own messages, fsrs-rs's progress cell
 * in shared memory (read here ten times a second while a WebAssembly fit runs), or the
 * desktop's main process when it fits natively.
 */
import { UserFacingError } from '@core/errors'
import type { EngineName } from '@core/optimizer/run-fit'
import { platform, type NativeFitter } from '../platform'
import type { NativeFitReply, OptimizerEvent, OptimizerRequest, OptimizerResults } from './messages'
import { WorkerCalls } from '../workers/worker-calls'

type Kind = keyof OptimizerResults
type RequestOf<K extends Kind> = Omit<Extract<OptimizerRequest, { type: K }>, 'id'>

export class OptimizerClient {
  #calls = new WorkerCalls<OptimizerEvent>({
    name: 'The optimizer',
    create: () => new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module' }),
    receive: (event, calls) => this.#receive(event, calls),
    stopped: () => this.#unwatch()
  })
  #poll: ReturnType<typeof setInterval> | null = null
  #native: Promise<NativeFitter | null> | null = null

  constructor(private readonly onProgress: (fraction: number) => void) {}

  /** Whether fits can run here at all: module workers are needed (not in unit tests' DOM). */
  static supported(): boolean {
    return typeof Worker !== 'undefined'
  }

  /** Where fits run: natively in the desktop's main process when it can, else WebAssembly. */
  async engine(): Promise<EngineName> {
    return (await this.#nativeFitter()) ? 'native' : 'wasm'
  }

  request<K extends Kind>(request: RequestOf<K> & { type: K }): Promise<OptimizerResults[K]> {
    return this.#calls.send((id) => ({ ...request, id }) as unknown as OptimizerRequest)
  }

  #nativeFitter(): Promise<NativeFitter | null> {
    this.#native ??= platform().nativeFitter?.() ?? Promise.resolve(null)
    return this.#native
  }

  #receive(event: OptimizerEvent, calls: WorkerCalls<OptimizerEvent>): void {
    switch (event.type) {
      case 'progress':
        return this.onProgress(event.fraction)
      case 'progress-source':
        return this.#watch(event.buffer, event.pointer, event.from, event.to)
      case 'progress-source-end':
        return this.#unwatch()
      case 'native-fit':
        return void this.#fitNatively(event.call, event.training, event.from, event.to)
      case 'done':
        return calls.resolve(event.id, event.result)
      case 'failed':
        return calls.reject(
          event.id,
          event.code ? new UserFacingError(event.code, event.message) : new Error(event.message)
        )
    }
  }

  #watch(buffer: SharedArrayBuffer, pointer: number, from: number, to: number): void {
    this.#unwatch()
    const cell = new Uint32Array(buffer, pointer, 2)
    let best = 0
    this.#poll = setInterval(() => {
      const [done = 0, total = 0] = cell
      if (total > 0 && done <= total) best = Math.max(best, done / total)
      this.onProgress(from + (to - from) * best)
    }, 100)
  }

  #unwatch(): void {
    if (this.#poll) clearInterval(this.#poll)
    this.#poll = null
  }

  async #fitNatively(call: number, training: Uint8Array, from: number, to: number): Promise<void> {
    let reply: NativeFitReply
    try {
      const fitter = await this.#nativeFitter()
      if (!fitter) throw new Error('The native optimizer is not available')
      const parameters = await fitter.fit(training, (f) => this.onProgress(from + (to - from) * f))
      reply = { type: 'native-result', call, ok: true, parameters }
    } catch (error) {
      reply = { type: 'native-result', call, ok: false, message: String(error) }
    }
    this.#calls.postRaw(reply)
  }
}

import { ArticleInputError } from '@core/errors'
import type { SaveArticleResult } from '../db/articles-repo'
import type { AttributionUpdate } from '../state/import-attributions'
import {
  ImportJobs,
  type ArticleInput,
  type CorrectRequest,
  type ImportPreview,
  type Progress,
  type SaveRequest
} from './import-job'
import type { ImportReply, ImportRequest } from './messages'

/** Generates an article's cards and saves the kept ones, off the page's thread where it can. */
export interface ImportEngine {
  /** Decodes and checks the input, then generates; where the work runs, the page stays free. */
  generate(input: ArticleInput, progress?: Progress): Promise<ImportPreview>
  /** Applies the user's choice for a quote's speaker, place or time to a generated article. */
  correct(request: CorrectRequest): Promise<AttributionUpdate>
  /** Saves cards of the article generated last. */
  save(request: SaveRequest, progress?: Progress): Promise<SaveArticleResult>
}

interface Waiter {
  request: ImportRequest
  progress: Progress
  resolve: (value: never) => void
  reject: (error: unknown) => void
}

/** The page's own job, used when no worker can run; a frame passes first so progress paints. */
class InlineEngine implements ImportEngine {
  #jobs = new ImportJobs()
  #nextJob = 1

  /** `job` carries the id a worker had already given the request, when redoing its work. */
  async generate(
    input: ArticleInput,
    progress: Progress = () => undefined,
    job = this.#nextJob++
  ): Promise<ImportPreview> {
    await new Promise((r) => setTimeout(r, 16))
    return this.#jobs.generate(job, input, progress)
  }

  async correct(request: CorrectRequest): Promise<AttributionUpdate> {
    return this.#jobs.correct(request)
  }

  async save(
    request: SaveRequest,
    progress: Progress = () => undefined
  ): Promise<SaveArticleResult> {
    return this.#jobs.save(request, progress)
  }
}

class WorkerEngine implements ImportEngine {
  #worker: Worker
  #nextId = 1
  #waiting = new Map<number, Waiter>()
  /** Set once the worker could not load: what it was given is redone inline, and all after. */
  #fallback: InlineEngine | null = null

  constructor() {
    this.#worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
    this.#worker.onmessage = (event: MessageEvent<ImportReply>) => this.#receive(event.data)
    // A worker that cannot load its script (some file:// set-ups refuse module workers) fails
    // here, after construction: finish what it was given inline rather than failing the import.
    this.#worker.onerror = (event) => {
      event.preventDefault()
      this.#worker.terminate()
      const fallback = (this.#fallback ??= new InlineEngine())
      const waiting = [...this.#waiting.values()]
      this.#waiting.clear()
      for (const w of waiting) {
        const redo =
          w.request.kind === 'generate'
            ? fallback.generate(w.request.input, w.progress, w.request.id)
            : w.request.kind === 'correct'
              ? fallback.correct(w.request.request)
              : fallback.save(w.request.request, w.progress)
        redo.then(w.resolve as (v: unknown) => void, w.reject)
      }
    }
  }

  generate(input: ArticleInput, progress: Progress = () => undefined): Promise<ImportPreview> {
    if (this.#fallback) return this.#fallback.generate(input, progress)
    return this.#send({ id: this.#nextId++, kind: 'generate', input }, progress)
  }

  correct(request: CorrectRequest): Promise<AttributionUpdate> {
    if (this.#fallback) return this.#fallback.correct(request)
    return this.#send({ id: this.#nextId++, kind: 'correct', request }, () => undefined)
  }

  save(request: SaveRequest, progress: Progress = () => undefined): Promise<SaveArticleResult> {
    if (this.#fallback) return this.#fallback.save(request, progress)
    return this.#send({ id: this.#nextId++, kind: 'save', request }, progress)
  }

  #send<T>(request: ImportRequest, progress: Progress): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(request.id, {
        request,
        progress,
        resolve: resolve as (value: never) => void,
        reject
      })
      // A file's bytes move to the worker rather than being copied.
      const transfer =
        request.kind === 'generate' && request.input.kind === 'file'
          ? [request.input.bytes.buffer as ArrayBuffer]
          : []
      this.#worker.postMessage(request, transfer)
    })
  }

  #receive(reply: ImportReply): void {
    const waiter = this.#waiting.get(reply.id)
    if (!waiter) return
    if (reply.kind === 'progress') return waiter.progress(reply.message)
    this.#waiting.delete(reply.id)
    if (reply.kind === 'generated') waiter.resolve(reply.preview as never)
    else if (reply.kind === 'saved') waiter.resolve(reply.result as never)
    else if (reply.kind === 'corrected') waiter.resolve(reply.update as never)
    else if (reply.code !== null) waiter.reject(new ArticleInputError(reply.code, reply.message))
    else waiter.reject(new Error(reply.message))
  }
}

let engine: ImportEngine | null = null

/** The app's engine: a worker where the page can start one, else the page itself. */
export function importEngine(): ImportEngine {
  if (!engine) {
    try {
      engine = typeof Worker === 'undefined' ? new InlineEngine() : new WorkerEngine()
    } catch {
      engine = new InlineEngine()
    }
  }
  return engine
}

import { ArticleInputError } from '@core/errors'
import type { SaveArticleResult } from '../db/articles-repo'
import type { AttributionUpdate } from '../state/import-attributions'
import type {
  ArticleInput,
  CorrectRequest,
  ImportPreview,
  Progress,
  SaveRequest
} from './import-job'
import type { ImportReply, ImportRequest } from './messages'

/**
 * Generates an article's cards and saves the kept ones, in the import worker: the generator
 * (with its language model, most of the app's code by size) is loaded there and nowhere else.
 */
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

class WorkerEngine implements ImportEngine {
  #worker: Worker
  #nextId = 1
  #waiting = new Map<number, Waiter>()

  constructor() {
    this.#worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
    this.#worker.onmessage = (event: MessageEvent<ImportReply>) => this.#receive(event.data)
    // The app is served over http or app://, where module workers load; a worker that still
    // fails (its script missing from a broken install) fails what it was given, in words.
    this.#worker.onerror = (event) => {
      event.preventDefault()
      const error = new Error(`the import worker stopped (${event.message || 'no reason given'})`)
      for (const waiter of this.#waiting.values()) waiter.reject(error)
      this.#waiting.clear()
    }
  }

  generate(input: ArticleInput, progress: Progress = () => undefined): Promise<ImportPreview> {
    return this.#send({ id: this.#nextId++, kind: 'generate', input }, progress)
  }

  correct(request: CorrectRequest): Promise<AttributionUpdate> {
    return this.#send({ id: this.#nextId++, kind: 'correct', request }, () => undefined)
  }

  save(request: SaveRequest, progress: Progress = () => undefined): Promise<SaveArticleResult> {
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

/** The app's engine, its worker started on first use. */
export function importEngine(): ImportEngine {
  engine ??= new WorkerEngine()
  return engine
}

/** For tests, which have no workers: generate, correct and save through `replacement`. */
export function useImportEngine(replacement: ImportEngine | null): void {
  engine = replacement
}

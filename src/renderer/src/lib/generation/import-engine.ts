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
import { WorkerCalls } from '../workers/worker-calls'

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

class WorkerEngine implements ImportEngine {
  // The app is served over http or app://, where module workers load; a worker that still
  // fails (its script missing from a broken install) fails what it was given, in words.
  #calls = new WorkerCalls<ImportReply, string>({
    name: 'the import worker',
    create: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    receive: (reply, calls) => {
      if (reply.kind === 'progress') calls.progress(reply.id, reply.message)
      else if (reply.kind === 'generated') calls.resolve(reply.id, reply.preview)
      else if (reply.kind === 'saved') calls.resolve(reply.id, reply.result)
      else if (reply.kind === 'corrected') calls.resolve(reply.id, reply.update)
      else if (reply.code !== null)
        calls.reject(reply.id, new ArticleInputError(reply.code, reply.message))
      else calls.reject(reply.id, new Error(reply.message))
    }
  })

  generate(input: ArticleInput, progress?: Progress): Promise<ImportPreview> {
    // A file's bytes move to the worker rather than being copied.
    const transfer = input.kind === 'file' ? [input.bytes.buffer as ArrayBuffer] : []
    return this.#calls.send(
      (id) => ({ id, kind: 'generate', input }) satisfies ImportRequest,
      progress,
      transfer
    )
  }

  correct(request: CorrectRequest): Promise<AttributionUpdate> {
    return this.#calls.send((id) => ({ id, kind: 'correct', request }) satisfies ImportRequest)
  }

  save(request: SaveRequest, progress?: Progress): Promise<SaveArticleResult> {
    return this.#calls.send(
      (id) => ({ id, kind: 'save', request }) satisfies ImportRequest,
      progress
    )
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

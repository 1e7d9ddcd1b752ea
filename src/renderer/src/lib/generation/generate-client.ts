import { ArticleInputError } from '@core/errors'
import type { Extraction } from '@core/model'
import type { GenerateRequest, GenerateResponse } from './messages'

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (e: Extraction) => void; reject: (e: Error) => void }>()

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    const w = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (event: MessageEvent<GenerateResponse>) => {
      const reply = event.data
      const waiter = pending.get(reply.id)
      if (!waiter) return
      pending.delete(reply.id)
      if (reply.ok) waiter.resolve(reply.extraction)
      else waiter.reject(new ArticleInputError(reply.code, reply.message))
    }
    w.onerror = (event) => {
      event.preventDefault()
      for (const waiter of pending.values())
        waiter.reject(new Error(`Card generation failed: ${event.message}`))
      pending.clear()
    }
    return w
  } catch {
    return null
  }
}

/**
 * Generates cards off the main thread. Where workers are unavailable (some test DOMs), it runs
 * inline after yielding a frame so the progress message still paints first.
 */
export async function generateCards(text: string): Promise<Extraction> {
  worker ??= startWorker()
  if (!worker) {
    // Loaded on demand: the generator (and its NLP lexicon) stays out of the start-up bundle.
    const { generateFromText } = await import('@core/generate')
    await new Promise((r) => setTimeout(r, 16))
    return generateFromText(text)
  }
  const id = nextId++
  const request: GenerateRequest = { id, text }
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    worker!.postMessage(request)
  })
}

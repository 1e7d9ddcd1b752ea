import { ArticleInputError } from '@core/errors'
import type { Extraction } from '@core/model'
import type { GenerateRequest, GenerateResponse } from './messages'

interface Waiter {
  text: string
  resolve: (e: Extraction) => void
  reject: (e: unknown) => void
}

let worker: Worker | null = null
/** Set once the worker could not start or load: from then on, generate inline. */
let workerUnavailable = false
let nextId = 1
const pending = new Map<number, Waiter>()

function startWorker(): Worker | null {
  if (workerUnavailable || typeof Worker === 'undefined') return null
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
    // A worker that cannot load its script (some file:// set-ups refuse module workers) fails
    // here, after construction: finish what it was given inline rather than failing the import.
    w.onerror = (event) => {
      event.preventDefault()
      workerUnavailable = true
      worker = null
      w.terminate()
      const waiting = [...pending.values()]
      pending.clear()
      for (const waiter of waiting) generateInline(waiter.text).then(waiter.resolve, waiter.reject)
    }
    return w
  } catch {
    workerUnavailable = true
    return null
  }
}

/** The fallback: the generator loaded on demand, run after a frame so progress paints first. */
async function generateInline(text: string): Promise<Extraction> {
  const { generateFromText } = await import('@core/generate')
  await new Promise((r) => setTimeout(r, 16))
  return generateFromText(text)
}

/**
 * Generates cards off the main thread, so a long article never freezes the window. Where a
 * worker cannot run, it generates inline.
 */
export async function generateCards(text: string): Promise<Extraction> {
  worker ??= startWorker()
  if (!worker) return generateInline(text)
  const id = nextId++
  const request: GenerateRequest = { id, text }
  const target = worker
  return new Promise((resolve, reject) => {
    pending.set(id, { text, resolve, reject })
    target.postMessage(request)
  })
}

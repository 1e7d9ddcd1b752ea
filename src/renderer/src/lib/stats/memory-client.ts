/**
 * The window's side of the memory worker. Where module workers are missing (unit tests' DOM)
 * the same task runs in the page.
 */
import { memoryStatsTask, type MemoryReply, type MemoryStatsResult } from './memory-task'

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<
  number,
  { resolve: (r: MemoryStatsResult) => void; reject: (e: Error) => void }
>()

function start(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./memory.worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = (event: MessageEvent<MemoryReply>) => {
    const reply = event.data
    const waiter = waiting.get(reply.id)
    waiting.delete(reply.id)
    if (!waiter) return
    if (reply.ok) waiter.resolve(reply.result)
    else waiter.reject(new Error(reply.message))
  }
  w.onerror = (event) => {
    event.preventDefault()
    for (const waiter of waiting.values())
      waiter.reject(new Error(`The statistics worker stopped: ${event.message}`))
    waiting.clear()
    worker = null
  }
  return (worker = w)
}

export function memoryStats(now: number): Promise<MemoryStatsResult> {
  if (typeof Worker === 'undefined') return memoryStatsTask(now)
  const w = start()
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    w.postMessage({ id, now })
  })
}

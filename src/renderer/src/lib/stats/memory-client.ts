/**
 * The window's side of the memory worker. Where module workers are missing (unit tests' DOM)
 * the same task runs in the page.
 */
import { WorkerCalls } from '../workers/worker-calls'
import { memoryStatsTask, type MemoryReply, type MemoryStatsResult } from './memory-task'

let calls: WorkerCalls<MemoryReply> | null = null

export function memoryStats(now: number): Promise<MemoryStatsResult> {
  if (typeof Worker === 'undefined') return memoryStatsTask(now)
  calls ??= new WorkerCalls<MemoryReply>({
    name: 'The statistics worker',
    create: () => new Worker(new URL('./memory.worker.ts', import.meta.url), { type: 'module' }),
    receive: (reply, c) =>
      reply.ok ? c.resolve(reply.id, reply.result) : c.reject(reply.id, new Error(reply.message))
  })
  return calls.send((id) => ({ id, now }))
}

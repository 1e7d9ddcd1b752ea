/// <reference lib="webworker" />
// Reads every card's memory state on its own database connection and answers with the statistics.
import { memoryStatsTask, type MemoryReply, type MemoryRequest } from './memory-task'

self.onmessage = async (event: MessageEvent<MemoryRequest>) => {
  const { id, now } = event.data
  let reply: MemoryReply
  try {
    reply = { id, ok: true, result: await memoryStatsTask(now) }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}

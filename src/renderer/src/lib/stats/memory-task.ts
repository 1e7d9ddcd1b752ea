/**
 * Mastery, the memory distributions and the hardest cards, computed from every card's memory
 * state. Run in the memory worker, so reading and decoding 100,000 cards never holds the window;
 * the answer is small (a row per article and speaker, a few buckets).
 */
import {
  distributions,
  hardestCards,
  mastery,
  type Distributions,
  type HardCard,
  type MasteryReport
} from '@core/stats/memory'
import { memorySnapshot } from '../db/progress-repo'

export interface MemoryStatsResult {
  mastery: MasteryReport
  distributions: Distributions
  hardest: HardCard[]
  titles: Array<[string, string]>
  desiredRetention: number
}

export async function memoryStatsTask(now: number): Promise<MemoryStatsResult> {
  const m = await memorySnapshot()
  return {
    mastery: mastery(m.cards, m.titles, m.desiredRetention, now, m.weights),
    distributions: distributions(m.cards, now, m.weights),
    hardest: hardestCards(m.cards, now, m.weights),
    titles: [...m.titles],
    desiredRetention: m.desiredRetention
  }
}

export type MemoryRequest = { id: number; now: number }
export type MemoryReply =
  { id: number; ok: true; result: MemoryStatsResult } | { id: number; ok: false; message: string }

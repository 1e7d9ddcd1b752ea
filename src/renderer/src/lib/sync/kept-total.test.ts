// A sync rewrites cards and articles from other devices: the library's kept total (what
// Statistics reads) must follow, in an incremental sync and in a whole one alike. The chunks are
// kept in memory, serialised as a server would keep them.
import { describe, expect, it } from 'vitest'
import { countCards, sameCounts } from '@core/library/card-counts'
import { parseChunk, serialiseChunk } from '@core/sync/chunk'
import type { SyncStore } from '@core/sync/store'
import type { Grade } from '@core/model'
import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { keptTotal } from '../db/count-changes'
import { totalsIn } from '../db/kept-counts'
import { checkKeptCounts } from '../db/maintenance-repo'
import { recordAnswer, updateCard } from '../db/review-repo'
import { libraryWithCards } from '../db/test-support'
import { syncNow } from './sync-engine'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

function memoryStore(): SyncStore {
  const chunks = new Map<string, Map<number, string>>()
  return {
    listDevices: async () => [...chunks.keys()].sort(),
    listChunks: async (device) => [...(chunks.get(device)?.keys() ?? [])].sort((a, b) => a - b),
    readChunk: async (device, seq) => parseChunk(chunks.get(device)!.get(seq)!, { device, seq }),
    writeChunk: async (chunk) => {
      const own = chunks.get(chunk.device) ?? new Map<number, string>()
      own.set(chunk.seq, serialiseChunk(chunk))
      chunks.set(chunk.device, own)
    }
  }
}

async function answer(db: NewsdeckDatabase, cardId: string, grade: Grade, now: number) {
  useDatabase(db)
  const card = (await db.cards.get(cardId))!
  const preview = previewGrades(createScheduler(DEFAULT_SETTINGS), card.sched, now)
  const { card: after, log } = answerCard(card, preview, grade, DEFAULT_SETTINGS, 3000)
  await recordAnswer(after, log)
}

async function expectTotalMatchesRecount(db: NewsdeckDatabase): Promise<void> {
  useDatabase(db)
  const recount = countCards(await db.cards.toArray(), DEFAULT_SETTINGS.dayStartHour)
  const total = await keptTotal(totalsIn(db))
  expect(sameCounts(total, recount), JSON.stringify({ total, recount })).toBe(true)
  expect(await checkKeptCounts()).toMatchObject({ repaired: [], totalRepaired: false })
}

describe("the library's kept total through a sync", () => {
  it('equals a recount on both devices after whole and incremental syncs', async () => {
    const store = memoryStore()
    const laptop = await libraryWithCards(5, NOW)
    const desktop = await libraryWithCards(5, NOW)
    await answer(laptop, 'c0', 3, NOW + MINUTE)
    await answer(laptop, 'c1', 1, NOW + 2 * MINUTE)
    await answer(desktop, 'c0', 1, NOW + 3 * MINUTE)
    await answer(desktop, 'c2', 4, NOW + 4 * MINUTE)
    useDatabase(desktop)
    await updateCard('c3', { suspended: true })

    // The first syncs are whole ones; later ones bring only what changed.
    let clock = NOW + 10 * MINUTE
    for (const db of [laptop, desktop, laptop]) {
      useDatabase(db)
      await syncNow(store, (clock += MINUTE))
      await expectTotalMatchesRecount(db)
    }
    await answer(desktop, 'c4', 3, (clock += MINUTE))
    await answer(laptop, 'c1', 3, (clock += MINUTE))
    for (const db of [desktop, laptop, desktop]) {
      useDatabase(db)
      await syncNow(store, (clock += MINUTE))
      await expectTotalMatchesRecount(db)
    }
    expect(await keptTotal(totalsIn(laptop))).toEqual(await keptTotal(totalsIn(desktop)))
    expect(await keptTotal(totalsIn(laptop))).toMatchObject({ suspended: 1 })
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { at, library, storedCard } from '@core/export/sample-library'
import { restoreLibrary } from '../db/backup-repo'
import { database } from '../db/database'
import { freshDatabase } from '../db/test-support'
import { MEMORY_MAX_AGE_MS, MemoryStats } from './memory-stats.svelte'

const NOW = at(2025, 1, 15, 12)
let now = NOW
let state: MemoryStats

beforeEach(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  now = NOW
  state = new MemoryStats(() => now)
})

afterEach(() => state.dispose())

/** The statistics of the reading on show: a new reading is a new object. */
async function reading(cards: number) {
  await vi.waitFor(() => expect(state.current?.mastery.overall.cards).toBe(cards))
  return state.current
}

/** Long enough for a reading that was asked for to have arrived. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('memory statistics', () => {
  it('shows the last reading again, without reading the cards, on a return within the minute with nothing written', async () => {
    const stop = state.start()
    const first = await reading(2)
    stop()
    now += MEMORY_MAX_AGE_MS - 1000
    state.start()
    await settle()
    expect(state.current).toBe(first)
  })

  it('reads again on a return after a card was written meanwhile', async () => {
    const stop = state.start()
    await reading(2)
    stop()
    await database().cards.put(storedCard('c3', {}, { createdAt: NOW }))
    state.start()
    expect((await reading(3))?.mastery.overall.cards).toBe(3)
  })

  it('reads again on a return after a minute: retrievability falls with time', async () => {
    const stop = state.start()
    const first = await reading(2)
    stop()
    now += MEMORY_MAX_AGE_MS + 1000
    state.start()
    await vi.waitFor(() => expect(state.current).not.toBe(first))
  })

  it('reads again while showing when a card is written', async () => {
    state.start()
    await reading(2)
    await database().cards.put(storedCard('c3', {}, { createdAt: NOW }))
    await reading(3)
  })
})

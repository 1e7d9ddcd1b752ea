import { beforeEach, describe, expect, it } from 'vitest'
import { DAY } from '@core/testing/builders'
import type { NewsdeckDatabase } from '../../lib/db/database'
import { libraryWithCards } from '../../lib/db/test-support'
import { BrowseState } from './browse-state.svelte'

const NOW = new Date(2026, 0, 15, 12).getTime()
let db: NewsdeckDatabase
let browse: BrowseState

beforeEach(async () => {
  db = await libraryWithCards(6, NOW)
  // c4 and c5 studied: c4 long ago and weakly, so its recall is low.
  const studied = (lastReview: number, stability: number) => ({
    phase: 2 as const,
    due: NOW + DAY,
    stability,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview
  })
  await db.cards.update('c4', { sched: studied(NOW - 60 * DAY, 2) })
  await db.cards.update('c5', { sched: studied(NOW - DAY, 30) })
  browse = new BrowseState(() => NOW)
  await browse.load()
})

const ids = () => browse.results.map((r) => r.id)

describe('BrowseState', () => {
  it('lists every card, searches in memory, and keeps the last results on a bad query', async () => {
    expect(browse.total).toBe(6)
    await browse.search('is:new')
    expect(ids()).toHaveLength(4)
    await browse.search('prop:r<0.8')
    expect(ids()).toEqual(['c4'])
    await browse.search('prop:r<0.8 or (is:new')
    expect(browse.queryError?.message).toMatch(/never closed/)
    expect(ids()).toEqual(['c4'])
  })

  it('sorts by a column, either way', async () => {
    browse.sortBy('retrievability')
    expect(ids().slice(0, 2)).toEqual(['c4', 'c5'])
    browse.sortBy('retrievability')
    expect(ids().slice(0, 2)).toEqual(['c5', 'c4'])
  })

  it('acts on the selection in one step and undoes it', async () => {
    browse.select(0, { shift: false, toggle: false })
    browse.select(2, { shift: true, toggle: false })
    expect(browse.selectedCount).toBe(3)
    await browse.act({ type: 'suspend' })
    expect(browse.notice?.text).toBe('Suspended 3 cards.')
    expect((await db.cards.toArray()).filter((c) => c.suspended)).toHaveLength(3)
    expect(browse.results.filter((r) => r.suspended)).toHaveLength(3)
    await browse.undo()
    expect(browse.notice?.text).toBe('Undone: Suspended 3 cards.')
    expect((await db.cards.toArray()).filter((c) => c.suspended)).toHaveLength(0)
    expect(browse.undoLabel).toBeNull()
  })

  it('deletes, and undo brings the cards back into the list', async () => {
    browse.selectAll()
    await browse.deleteSelected()
    expect(browse.total).toBe(0)
    await browse.undo()
    expect(browse.total).toBe(6)
    expect(await db.cards.count()).toBe(6)
  })

  it('keeps saved searches and the columns chosen', async () => {
    await browse.search('is:new')
    await browse.saveSearch('Fresh')
    browse.setColumns(['question', 'lapses'])
    await new Promise((r) => setTimeout(r, 50))
    const again = new BrowseState(() => NOW)
    await again.load()
    expect(again.saved).toEqual([{ name: 'Fresh', query: 'is:new' }])
    expect(again.columns).toEqual(['question', 'lapses'])
  })
})

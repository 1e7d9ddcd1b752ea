import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import type { NewsdeckDatabase } from '../../lib/db/database'
import { PendingWrites } from '../../lib/state/pending-writes'
import { AnswerWriter } from './answer-writer'
import { libraryWithCards } from '../../lib/db/test-support'

const NOW = new Date(2025, 6, 20, 9, 0, 0).getTime()

let db: NewsdeckDatabase
let writes: PendingWrites
let writer: AnswerWriter

beforeEach(async () => {
  db = await libraryWithCards(3, NOW)
  writes = new PendingWrites()
  writer = new AnswerWriter(writes)
})

/** The card as stored, ready to grade: its grade preview taken as the screen takes it. */
async function shown(id: string) {
  const card = (await db.cards.get(id))!
  return { card, preview: previewGrades(createScheduler(DEFAULT_SETTINGS), card.sched, NOW) }
}

async function answer(id: string, grade: 1 | 2 | 3 | 4) {
  const { card, preview } = await shown(id)
  return writer.answer(card, preview, grade, DEFAULT_SETTINGS, 3000)
}

describe('AnswerWriter', () => {
  it('resolves only once card, log and day totals are all stored', async () => {
    const { card, logId } = await answer('c0', 3)
    expect((await db.cards.get('c0'))!.sched).toEqual(card.sched)
    expect((await db.reviewLogs.get(logId))!.after).toEqual(card.sched)
    expect((await db.days.toArray())[0]).toMatchObject({ newCards: 1, good: 1 })
  })

  it('stores writes in the order asked: an edit made while an answer is stored lands after it', async () => {
    const { card, preview } = await shown('c0')
    const answering = writer.answer(card, preview, 3, DEFAULT_SETTINGS, 3000)
    const editing = writer.update('c0', { front: 'Edited', edited: true })
    expect(writes.count).toBe(2)
    await Promise.all([answering, editing])
    const stored = (await db.cards.get('c0'))!
    expect(stored.front).toBe('Edited')
    expect(stored.sched.phase).not.toBe(0)
    expect(writes.count).toBe(0)
  })

  it('a failed write is reported to its caller and does not stop the next one', async () => {
    await expect(writer.undo(999)).resolves.toBeNull()
    await db.close()
    await expect(answer('c1', 3)).rejects.toThrow()
    await db.open()
    await expect(answer('c1', 3)).resolves.toMatchObject({ card: { id: 'c1' } })
  })

  it('undo puts back the card as it was and removes its log', async () => {
    const before = (await db.cards.get('c2'))!
    const { logId } = await answer('c2', 1)
    expect(await writer.undo(logId)).toMatchObject({ id: 'c2', sched: before.sched })
    expect(await db.reviewLogs.count()).toBe(0)
  })
})

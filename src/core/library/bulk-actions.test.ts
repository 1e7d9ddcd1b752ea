import { describe, expect, it } from 'vitest'
import { at, DAY, storedCard } from '../testing/builders'
import { actionDone, applyBulkAction, readDueDays, readTags } from './bulk-actions'

const NOW = at(2026, 1, 15, 12)
const HOUR4 = 4
const studied = storedCard(
  'c1',
  { phase: 2, due: NOW + 3 * DAY, stability: 9, reps: 4, lapses: 1, lastReview: NOW - DAY },
  { createdAt: NOW - 30 * DAY }
)

describe('applyBulkAction', () => {
  it('suspends and unsuspends, leaving cards already so alone', () => {
    const suspended = applyBulkAction(studied, { type: 'suspend' }, NOW, HOUR4)
    expect(suspended).toMatchObject({ suspended: true, sched: studied.sched })
    expect(applyBulkAction(suspended!, { type: 'suspend' }, NOW, HOUR4)).toBeNull()
    expect(applyBulkAction(suspended!, { type: 'unsuspend' }, NOW, HOUR4)?.suspended).toBe(false)
    expect(applyBulkAction(studied, { type: 'unsuspend' }, NOW, HOUR4)).toBeNull()
  })

  it('buries until the next study day starts', () => {
    const buried = applyBulkAction(studied, { type: 'bury' }, NOW, HOUR4)
    expect(buried?.buriedUntil).toBe(at(2026, 1, 16, 4))
    expect(applyBulkAction(buried!, { type: 'bury' }, NOW, HOUR4)).toBeNull()
    expect(applyBulkAction(buried!, { type: 'unbury' }, NOW, HOUR4)?.buriedUntil).toBeNull()
  })

  it('resets to new in the card’s original place, keeping flags and text', () => {
    const reset = applyBulkAction({ ...studied, tags: ['x'] }, { type: 'reset' }, NOW, HOUR4)
    expect(reset?.sched).toMatchObject({ phase: 0, reps: 0, lapses: 0, due: studied.createdAt })
    expect(reset?.tags).toEqual(['x'])
    expect(applyBulkAction(reset!, { type: 'reset' }, NOW, HOUR4)).toBeNull()
  })

  it('sets a studied card due at the start of a study day, and leaves new cards', () => {
    const due = applyBulkAction(studied, { type: 'set-due', days: 0 }, NOW, HOUR4)
    expect(due?.sched.due).toBe(at(2026, 1, 15, 4))
    expect(due?.sched.stability).toBe(9)
    expect(applyBulkAction(studied, { type: 'set-due', days: 7 }, NOW, HOUR4)?.sched.due).toBe(
      at(2026, 1, 22, 4)
    )
    expect(applyBulkAction(storedCard('n'), { type: 'set-due', days: 1 }, NOW, HOUR4)).toBeNull()
  })

  it('adds and removes tags, each once', () => {
    const tagged = applyBulkAction(studied, { type: 'tag', tags: ['trade', 'xi'] }, NOW, HOUR4)
    expect(tagged?.tags).toEqual(['trade', 'xi'])
    expect(applyBulkAction(tagged!, { type: 'tag', tags: ['xi'] }, NOW, HOUR4)).toBeNull()
    expect(applyBulkAction(tagged!, { type: 'untag', tags: ['xi'] }, NOW, HOUR4)?.tags).toEqual([
      'trade'
    ])
    expect(applyBulkAction(studied, { type: 'untag', tags: ['xi'] }, NOW, HOUR4)).toBeNull()
  })

  it('counts days across a study day boundary from the day-start hour', () => {
    const early = at(2026, 1, 15, 2) // still the 14th's study day
    expect(applyBulkAction(studied, { type: 'set-due', days: 1 }, early, HOUR4)?.sched.due).toBe(
      at(2026, 1, 15, 4)
    )
    expect(applyBulkAction(studied, { type: 'bury' }, early, HOUR4)?.buriedUntil).toBe(
      at(2026, 1, 15, 4)
    )
  })
})

describe('reading what the user typed', () => {
  it('reads tags separated by spaces or commas, lower case, each once', () => {
    expect(readTags(' Trade, xi  trade ')).toEqual({ ok: true, tags: ['trade', 'xi'] })
    expect(readTags('  ')).toMatchObject({ ok: false })
    expect(readTags('a:b')).toMatchObject({ ok: false, message: expect.stringContaining('a:b') })
    expect(readTags('-x')).toMatchObject({ ok: false })
  })

  it('reads a number of days', () => {
    expect(readDueDays(' 3 ')).toEqual({ ok: true, days: 3 })
    expect(readDueDays('0')).toEqual({ ok: true, days: 0 })
    expect(readDueDays('-1')).toMatchObject({ ok: false })
    expect(readDueDays('1.5')).toMatchObject({ ok: false })
    expect(readDueDays('')).toMatchObject({ ok: false })
  })

  it('says what was done', () => {
    expect(actionDone({ type: 'suspend' }, 1)).toBe('Suspended 1 card.')
    expect(actionDone({ type: 'set-due', days: 1 }, 10000)).toBe('Set 10,000 cards due tomorrow.')
    expect(actionDone({ type: 'untag', tags: ['a', 'b'] }, 2)).toBe('Took a, b off 2 cards.')
  })
})

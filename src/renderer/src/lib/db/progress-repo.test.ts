import { beforeEach, describe, expect, it } from 'vitest'
import { at, DAY, library, logEntry, sched, storedCard } from '@core/export/sample-library'
import { restoreLibrary } from './backup-repo'
import { memorySnapshot, progressDays } from './progress-repo'
import { freshDatabase } from './test-support'

const NOW = at(2025, 1, 15, 12)

beforeEach(async () => {
  await freshDatabase()
})

describe('progress storage', () => {
  it('recounts the true-retention tally of a day kept before tallies, from that day only', async () => {
    const lib = library()
    const review = (id: number, grade: 1 | 3, scheduledDays: number) => ({
      ...logEntry(id, grade, NOW - id * 1000),
      before: sched({ phase: 2, scheduledDays, lastReview: NOW - DAY })
    })
    lib.reviewLogs.push(review(2, 1, 3), review(3, 3, 30), review(4, 3, 30))
    await restoreLibrary(lib) // the sample's day row has no tally, as an older build wrote it
    const { days, today } = await progressDays(NOW)
    expect(today).toBe('2025-01-15')
    expect(days[0]?.recall).toEqual({
      youngPassed: 0,
      youngFailed: 1,
      maturePassed: 2,
      matureFailed: 0
    })
    // Kept: a second read finds it stored.
    expect((await progressDays(NOW)).days[0]?.recall?.maturePassed).toBe(2)
  })

  it('reads every card a page at a time, slim, with its quotation’s speaker', async () => {
    const lib = library()
    const quote = {
      id: 'q1',
      text: 'x',
      speaker: 'Ana',
      where: null,
      when: null,
      sentenceIndex: 0,
      partial: false
    }
    lib.articles[0]!.extraction.quotes.push(quote)
    lib.cards.push(storedCard('c3', { phase: 2, stability: 4, lastReview: NOW }, { quoteId: 'q1' }))
    await restoreLibrary(lib)
    const snap = await memorySnapshot(2)
    expect(snap.cards.map((c) => [c.cardId, c.speaker])).toEqual([
      ['c1', null],
      ['c2', null],
      ['c3', 'Ana']
    ])
    expect(snap.titles.get('article-1')).toBe('Traditional industries bloom')
    expect(snap.weights).toHaveLength(21)
    expect(snap.desiredRetention).toBe(0.9)
  })
})

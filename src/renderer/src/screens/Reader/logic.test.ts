import { describe, expect, it } from 'vitest'
import { paragraphsOf, scheduleLabel, segmentSentence } from './logic'
import { newSchedulingState } from '@core/review/scheduler'

describe('reader highlighting', () => {
  it('splits a sentence into plain text, quote and fact runs', () => {
    const text = '"We grew," she said, by 8 percent.'
    expect(
      segmentSentence(text, [
        { start: 24, end: 33, kind: 'fact' },
        { start: 1, end: 9, kind: 'quote' }
      ])
    ).toEqual([
      { text: '"', mark: null },
      { text: 'We grew,', mark: 'quote' },
      { text: '" she said, by ', mark: null },
      { text: '8 percent', mark: 'fact' },
      { text: '.', mark: null }
    ])
  })

  it('keeps a fact inside a quote as part of the quote', () => {
    const segments = segmentSentence('abc 80 percent def', [
      { start: 0, end: 18, kind: 'quote' },
      { start: 4, end: 14, kind: 'fact' }
    ])
    expect(segments).toEqual([{ text: 'abc 80 percent def', mark: 'quote' }])
  })

  it('groups body sentences by paragraph and leaves captions out', () => {
    const groups = paragraphsOf([
      { index: 0, paragraph: 0, text: 'A.', caption: false },
      { index: 1, paragraph: 0, text: 'B.', caption: false },
      { index: 2, paragraph: 1, text: 'C.', caption: false },
      { index: 3, paragraph: -1, text: 'Photo.', caption: true }
    ])
    expect(groups.map((g) => g.map((s) => s.text))).toEqual([['A.', 'B.'], ['C.']])
  })

  it("labels a card's schedule", () => {
    const now = Date.UTC(2025, 6, 20)
    const fresh = newSchedulingState(now)
    expect(scheduleLabel(fresh, now)).toBe('New')
    expect(scheduleLabel({ ...fresh, phase: 2, due: now + 4 * 86_400_000 }, now)).toBe(
      'Next review in 4d'
    )
    expect(scheduleLabel({ ...fresh, phase: 1, due: now - 1 }, now)).toBe('Due now')
  })
})

import { describe, expect, it } from 'vitest'
import { clozePieces, describeNextDue, distinctArticleIds, keyAction, markAnswer } from './logic'

const none = { ctrl: false, meta: false, alt: false }

describe('review keys', () => {
  it('Space and Enter reveal the answer, then grade Good; 1–4 grade only once it is shown', () => {
    expect(keyAction(' ', none, 'question')).toEqual({ type: 'reveal' })
    expect(keyAction('Enter', none, 'question')).toEqual({ type: 'reveal' })
    expect(keyAction(' ', none, 'answer')).toEqual({ type: 'grade', grade: 3 })
    expect(keyAction('Enter', none, 'answer')).toEqual({ type: 'grade', grade: 3 })
    expect(keyAction(' ', none, 'done')).toBeNull()
    expect(keyAction('3', none, 'question')).toBeNull()
    expect(keyAction('3', none, 'answer')).toEqual({ type: 'grade', grade: 3 })
    expect(keyAction('5', none, 'answer')).toBeNull()
  })

  it('Ctrl+Z undoes even on the done screen', () => {
    expect(keyAction('z', { ...none, ctrl: true }, 'done')).toEqual({ type: 'undo' })
    expect(keyAction('Z', { ...none, meta: true }, 'answer')).toEqual({ type: 'undo' })
  })

  it('bury, suspend and edit act on a shown card only', () => {
    expect(keyAction('-', none, 'answer')).toEqual({ type: 'bury' })
    expect(keyAction('!', none, 'question')).toEqual({ type: 'suspend' })
    expect(keyAction('e', none, 'done')).toBeNull()
    expect(keyAction('E', none, 'answer')).toEqual({ type: 'edit' })
  })
})

describe('answer marking', () => {
  it('marks the answer inside its source sentence', () => {
    expect(markAnswer('It rose by 8 percent in 2024.', { start: 11, end: 20 })).toEqual([
      { text: 'It rose by ', answer: false },
      { text: '8 percent', answer: true },
      { text: ' in 2024.', answer: false }
    ])
  })

  it('shows the sentence plainly when the span does not fit it (an edited card)', () => {
    expect(markAnswer('Short.', { start: 3, end: 40 })).toEqual([{ text: 'Short.', answer: false }])
  })

  it('finds the blank in a cloze front', () => {
    expect(clozePieces('About […] of output.')).toEqual([
      { text: 'About ', answer: false },
      { text: '[…]', answer: true },
      { text: ' of output.', answer: false }
    ])
  })
})

describe('next due message', () => {
  const now = new Date(2025, 6, 20, 10, 0).getTime()
  it('speaks in minutes, hours, then days', () => {
    expect(describeNextDue(null, now)).toMatch(/No cards/)
    expect(describeNextDue(now + 10 * 60_000, now)).toBe('The next card is due in 10 minutes.')
    expect(describeNextDue(now + 3 * 3_600_000, now)).toBe('The next card is due in about 3 hours.')
    expect(describeNextDue(now + 2 * 86_400_000, now)).toMatch(/due on Tuesday 22 July/)
  })
})

describe('queue articles', () => {
  it('lists each article once, in the order its cards come up', () => {
    const ids = distinctArticleIds([{ articleId: 'b' }, { articleId: 'a' }, { articleId: 'b' }])
    expect(ids).toEqual(['b', 'a'])
  })
})

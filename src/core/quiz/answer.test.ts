import { describe, expect, it } from 'vitest'
import { checkTyped, parseTypedTime } from './answer'
import type { Question } from './question'
import type { TimeRef } from '../model'

function question(kind: Question['kind'], answer: string, extra: Partial<Question> = {}): Question {
  return {
    id: `${kind}:q`,
    kind,
    prompt: '',
    quoteId: 'q',
    articleId: 'a',
    options: [answer, 'other'],
    correctIndex: 0,
    answer,
    acceptedAnswers: [],
    answerTime: null,
    sentence: '',
    sentenceIndex: 0,
    cardId: null,
    ...extra
  }
}

const when = (resolved: string, label: string, phrase = label): Question =>
  question('when', label, {
    answerTime: { resolved, label, phrase } satisfies TimeRef,
    acceptedAnswers: [phrase, resolved]
  })

describe('checkTyped: who', () => {
  const eastman = question('who', 'Cres Eastman', { acceptedAnswers: ['eastman'] })

  it('forgives case, accents, punctuation and titles', () => {
    expect(checkTyped(eastman, 'cres eastman').correct).toBe(true)
    expect(checkTyped(eastman, ' Professor Cres Eastman. ').correct).toBe(true)
    const hollande = question('who', 'François Hollande')
    expect(checkTyped(hollande, 'francois hollande')).toEqual({
      correct: true,
      canonical: 'François Hollande'
    })
  })

  it('accepts the surname alone and shows the full name', () => {
    expect(checkTyped(eastman, 'EASTMAN')).toEqual({
      correct: true,
      canonical: 'Cres Eastman',
      note: 'Full name: Cres Eastman'
    })
    expect(checkTyped(eastman, 'Dr Eastman').correct).toBe(true)
  })

  it('rejects a first name alone, another person and nothing', () => {
    expect(checkTyped(eastman, 'Cres').correct).toBe(false)
    expect(checkTyped(eastman, 'Mu Li').correct).toBe(false)
    expect(checkTyped(eastman, '  ').correct).toBe(false)
  })
})

describe('checkTyped: where', () => {
  const yangquan = question('where', 'Yangquan Valve Co., Ltd., Shanxi Province')
  const ksc = question(
    'where',
    'the ceremony at the Kennedy Space Center (KSC) in Cape Canaveral, Florida'
  )

  it('accepts the core place name, with or without "Province" or a locator', () => {
    for (const typed of [
      'Shanxi',
      'shanxi province',
      "north China's Shanxi Province",
      'yangquan valve'
    ])
      expect(checkTyped(yangquan, typed).correct, typed).toBe(true)
    expect(checkTyped(yangquan, 'shanxi').note).toBe(
      'In full: Yangquan Valve Co., Ltd., Shanxi Province'
    )
    expect(checkTyped(ksc, 'Kennedy Space Center').correct).toBe(true)
    expect(checkTyped(ksc, 'florida').correct).toBe(true)
  })

  it('looks past the verbs an extracted place phrase starts with', () => {
    expect(checkTyped(question('where', 'told LA Weekly'), 'la weekly').correct).toBe(true)
    const visit = question('where', 'visited Shandong Province and commended Rizhao Port')
    expect(checkTyped(visit, 'Rizhao Port').correct).toBe(true)
    expect(checkTyped(visit, 'Shandong').correct).toBe(true)
    expect(checkTyped(visit, 'visited').correct).toBe(false)
  })

  it('rejects fragments, generic words and other places', () => {
    for (const typed of ['Valve', 'Province', 'Shaanxi', 'Shanxi and Beijing', 'Space'])
      expect(checkTyped(typed === 'Space' ? ksc : yangquan, typed).correct, typed).toBe(false)
  })
})

describe('checkTyped: when', () => {
  const january = when('2025-01', 'January 2025')

  it('accepts month-and-year forms', () => {
    for (const typed of [
      'jan 2025',
      'January 2025',
      '2025-01',
      'Jan. 2025',
      '2025/1',
      'january, 2025'
    ])
      expect(checkTyped(january, typed).correct, typed).toBe(true)
  })

  it('rejects a vaguer or a different time', () => {
    for (const typed of ['2025', 'feb 2025', 'January 2024', '5 January 2025', 'soon'])
      expect(checkTyped(january, typed).correct, typed).toBe(false)
  })

  it('accepts the article phrase and any day of a "this week"', () => {
    const week = when('week of 2025-07-10', 'the week of 10 July 2025', 'this week')
    expect(checkTyped(week, 'This week').correct).toBe(true)
    expect(checkTyped(week, '11 July 2025').correct).toBe(true)
    expect(checkTyped(week, 'week of 2025-07-10').correct).toBe(true)
    expect(checkTyped(week, 'July 2025').correct).toBe(false)
    expect(checkTyped(week, '30 July 2025').correct).toBe(false)
  })

  it('reads day-month-year in either order', () => {
    const tuesday = when('2011-04-12', '12 April 2011', 'Tuesday')
    for (const typed of [
      'April 12, 2011',
      '12 april 2011',
      '2011-04-12',
      '12th April 2011',
      'tuesday'
    ])
      expect(checkTyped(tuesday, typed).correct, typed).toBe(true)
    expect(checkTyped(tuesday, 'April 13, 2011').correct).toBe(false)
  })
})

describe('parseTypedTime', () => {
  it('resolves the forms people type', () => {
    expect(parseTypedTime('jan 2025')).toBe('2025-01')
    expect(parseTypedTime('2024')).toBe('2024')
    expect(parseTypedTime('Sept 2024')).toBe('2024-09')
    expect(parseTypedTime('the week of 10 July 2025')).toBe('week of 2025-07-10')
    expect(parseTypedTime('last year')).toBeNull()
  })
})

describe('checkTyped: which', () => {
  it('needs the quote itself, forgiving punctuation', () => {
    const which = question('which', 'Trade must remain open to everyone.')
    expect(checkTyped(which, 'trade must remain open to everyone').correct).toBe(true)
    expect(checkTyped(which, 'trade must remain open').correct).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import {
  datesEarlierEvent,
  findTimePhrases,
  longBefore,
  pointsAhead,
  timesByEvent,
  type TimeAnchor
} from './time-phrases'

const anchor: TimeAnchor = { story: '2025-07-10', published: '2025-07-11' }
const first = (
  text: string,
  a: TimeAnchor = anchor
): { resolved: string | null; label: string } | undefined => {
  const t = findTimePhrases(text, a)[0]
  return t && { resolved: t.resolved, label: t.label }
}

describe('findTimePhrases', () => {
  it('reads the day before the month, a span back from the article date, and the weekend', () => {
    expect(first('said on 3 March 2025')).toEqual({ resolved: '2025-03-03', label: '3 March 2025' })
    expect(first('said on the 3rd of March, 2025')?.resolved).toBe('2025-03-03')
    // With no year, the latest such day at or before the article's month.
    expect(first('said on 3 March')?.resolved).toBe('2025-03-03')
    expect(first('said on 12 September')?.resolved).toBe('2024-09-12')
    expect(first('said two days ago')).toEqual({ resolved: '2025-07-08', label: '8 July 2025' })
    expect(first('said 10 days ago')?.resolved).toBe('2025-06-30')
    // A figure after a comma is no year: "on 3 March, 15 people were hurt".
    expect(first('on 3 March, 15 people were hurt')?.resolved).toBe('2025-03-03')
    expect(first('said a week ago')?.resolved).toBe('week of 2025-07-03')
    expect(first('said three months ago')?.resolved).toBe('2025-04')
    expect(first('said over the weekend')).toEqual({ resolved: null, label: 'the weekend' })
    expect(first('said last weekend')).toEqual({ resolved: null, label: 'last weekend' })
    // A count of something else is no date.
    expect(first('the 3 Marches of the year')).toBeUndefined()
  })

  it('resolves relative phrases against the article date, never the clock', () => {
    expect(first('said this week')).toEqual({
      resolved: 'week of 2025-07-10',
      label: 'the week of 10 July 2025'
    })
    expect(first('in January')).toEqual({ resolved: '2025-01', label: 'January 2025' })
    expect(first('in November')).toEqual({ resolved: '2024-11', label: 'November 2024' })
    expect(first('in May last year')).toEqual({ resolved: '2024-05', label: 'May 2024' })
    expect(first('last year')).toEqual({ resolved: '2024', label: '2024' })
    expect(first('yesterday')).toEqual({ resolved: '2025-07-09', label: '9 July 2025' })
    expect(first('on March 19, 2025')).toEqual({ resolved: '2025-03-19', label: '19 March 2025' })
    expect(first('since 2023')).toEqual({ resolved: '2023', label: '2023' })
  })
  it('reads a part of a day: "last night", "this morning", "tonight"', () => {
    expect(first('Fox began the press conference last night')?.resolved).toBe('2025-07-09')
    expect(first('said this morning')?.resolved).toBe('2025-07-10')
    expect(first('will speak tonight')?.resolved).toBe('2025-07-10')
    // With the day before: the whole phrase, as the article words it.
    expect(findTimePhrases('came in yesterday afternoon', anchor)[0]?.phrase).toBe(
      'yesterday afternoon'
    )
    expect(first('came in yesterday afternoon')?.resolved).toBe('2025-07-09')
    expect(first('the night shift')).toBeUndefined()
  })
  it('puts a weekday on or before the publication date', () => {
    expect(first('on Friday')?.resolved).toBe('2025-07-11')
    expect(first('on Tuesday')?.resolved).toBe('2025-07-08')
  })
  it('keeps a clock time with the weekday it is on', () => {
    const at = (text: string) => findTimePhrases(text, anchor).map((t) => [t.phrase, t.resolved])
    expect(at('Holding a press conference at 4am on Thursday, he said')).toEqual([
      ['at 4am on Thursday', '2025-07-10']
    ])
    expect(at('the verdict came at 2.30 p.m. Tuesday')).toEqual([
      ['at 2.30 p.m. Tuesday', '2025-07-08']
    ])
    expect(at('on Tuesday at 10:15am')).toEqual([['on Tuesday at 10:15am', '2025-07-08']])
    // A clock time alone is no day.
    expect(at('the ferry left at 4am')).toEqual([])
  })
  it('keeps the words when there is no date to resolve against', () => {
    expect(first('on Tuesday', { story: null, published: null })).toEqual({
      resolved: null,
      label: 'Tuesday'
    })
  })
  it('ignores "May" the verb and "this year\'s report"', () => {
    expect(findTimePhrases('It may rain. We may go.', anchor)).toEqual([])
    expect(findTimePhrases("according to this year's report", anchor)).toEqual([])
  })
  it('reads a capitalised time word inside a name as part of the name, not a time', () => {
    expect(first("she told the network's Today show on Friday")?.label).toBe('11 July 2025')
    expect(first('he said on This Week that')).toBeUndefined()
    expect(first('an op-ed in the Sunday Telegraph last month')?.resolved).toBe('2025-06')
    expect(first('Today, the council said')?.resolved).toBe('2025-07-10')
    expect(first('They met on Sunday. Today the mayor spoke')?.resolved).toBe('2025-07-06')
  })
})

describe('timesByEvent', () => {
  const phrases = (text: string): string[] => timesByEvent(text).map((t) => t.phrase)
  it('reads a time given by an event, with how long after or before it', () => {
    expect(phrases('said Ana Roe, minutes after the launch.')).toEqual(['minutes after the launch'])
    expect(phrases('she said shortly after the verdict was read, outside court')).toEqual([
      'shortly after the verdict was read'
    ])
    expect(phrases('he said a couple days after the Jan. 2 announcement.')).toEqual([
      'a couple days after the Jan. 2 announcement'
    ])
    expect(timesByEvent('two hours before the vote')[0]!.resolved).toBeNull()
    // A full stop ends it, but not one before a figure.
    expect(phrases('he said hours after the vote. the count went on.')).toEqual([
      'hours after the vote'
    ])
  })
  it('keeps no clause too long to recall as an answer', () => {
    expect(
      phrases('she said shortly after the verdict in the long fraud trial was read out in court.')
    ).toEqual([])
  })
  it('needs the span: a bare "after" is no time', () => {
    expect(phrases('she said after the launch.')).toEqual([])
    expect(phrases('she said after three minutes of silence.')).toEqual([])
  })
})

describe('datesEarlierEvent', () => {
  const earlier = (text: string): boolean[] =>
    findTimePhrases(text, null).map((t) => datesEarlierEvent(text, t))
  it('tells the time of an earlier event after "since" from the time of the one reported', () => {
    expect(
      earlier('They met on Saturday for the first meeting since one in Busan in November 2023.')
    ).toEqual([false, true])
    expect(earlier('Prices have risen since March.')).toEqual([true])
    // A clause ends the "since".
    expect(earlier('Nothing has changed since then, she said on Monday.')).toEqual([false])
  })
})

describe('longBefore', () => {
  const before = (text: string) => findTimePhrases(text, anchor).map((t) => longBefore(t, anchor))
  it('takes a time that ended over a week before the story as another occasion', () => {
    // The story is dated 10 July 2025.
    expect(before('last year')).toEqual([true])
    expect(before('in May')).toEqual([true])
    expect(before('on June 30')).toEqual([true])
    expect(before('this month')).toEqual([false])
    expect(before('on Tuesday')).toEqual([false])
    expect(before('last week')).toEqual([false])
    expect(longBefore({ phrase: 'then', resolved: null, label: 'then' }, anchor)).toBe(false)
    expect(
      before('last year').length && longBefore(findTimePhrases('last year', anchor)[0]!, null)
    ).toBe(false)
  })
})

describe('pointsAhead', () => {
  const ahead = (text: string, a: TimeAnchor = anchor): boolean[] =>
    findTimePhrases(text, a).map((t) => pointsAhead(t, a))
  it('takes a time still to come as dating no words already said', () => {
    expect(ahead('the line will open by 2027')).toEqual([true])
    expect(ahead('talks resume next month')).toEqual([true])
    expect(ahead('the vote is tomorrow')).toEqual([true])
    expect(ahead('work starts in 2026')).toEqual([true])
  })
  it('keeps a day up to the later of the story’s date and its publication', () => {
    // The story is dated 10 July and published on the 11th, a Friday.
    expect(ahead('said on Friday')).toEqual([false])
    expect(ahead('said on Thursday')).toEqual([false])
    expect(ahead('said in 2025')).toEqual([false])
    expect(ahead('said on July 11')).toEqual([false])
    expect(ahead('said on July 11', { story: '2025-07-10', published: null })).toEqual([true])
  })
})

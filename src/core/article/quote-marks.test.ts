import { describe, expect, it } from 'vitest'
import { findQuoteSpans } from './quote-marks'

const quoted = (text: string): string[] =>
  findQuoteSpans(text).map((s) => {
    const width = s.width ?? 1
    return text.slice(
      s.open + width,
      s.close < 0 ? undefined : s.close + 1 - (s.closeWidth ?? width)
    )
  })

describe('findQuoteSpans', () => {
  it('pairs double marks, straight or curly', () => {
    expect(quoted('He said "yes" and “no”.')).toEqual(['yes', 'no'])
  })
  it("reads two single marks written as one double mark (‘’ … ’’, '' … '')", () => {
    expect(quoted('the plan ‘’Don’t believe everything you read,’’ he said.')).toEqual([
      'Don’t believe everything you read,'
    ])
    expect(quoted("He said: ''This lady was in Ghana''.")).toEqual(['This lady was in Ghana'])
    // The span covers both characters of each mark, so nothing of them is left outside it.
    const [span] = findQuoteSpans("said ''yes'' today")
    expect([span?.open, span?.close]).toEqual([5, 11])
  })
  it('ends a quotation a straight mark opened where a curly one opens the next sentence', () => {
    expect(
      quoted(
        'said its chairman. "What is outside is unofficial. “Once we receive them, we will announce,” he said.'
      )
    ).toEqual(['What is outside is unofficial.', 'Once we receive them, we will announce,'])
  })
  it('reads two single marks as the end of a quotation a double mark opened', () => {
    expect(
      quoted('“This plan is unlike theirs,’’ Roe stressed, calling it the “voice of Tarrow”.')
    ).toEqual(['This plan is unlike theirs,', 'voice of Tarrow'])
    // An apostrophe inside the words is still no end.
    expect(quoted('“The workers’ money is gone,’’ he said.')).toEqual([
      'The workers’ money is gone,'
    ])
  })
  it('reads a left mark after a comma, before "he said", as the quote’s end', () => {
    expect(quoted('“The door stays open, “he said. “We have room.”')).toEqual([
      'The door stays open, ',
      'We have room.'
    ])
    // A quotation that opens after a comma still opens.
    expect(quoted('As the minister put it, “Jones said no” was the headline.')).toEqual([
      'Jones said no'
    ])
  })
  it('leaves apostrophes alone', () => {
    expect(quoted('It’s the students’ union’s call, rock ’n’ roll.')).toEqual([])
  })
})

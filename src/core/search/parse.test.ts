import { describe, expect, it } from 'vitest'
import { parseQuery } from './parse'
import type { SearchNode } from './types'

/** The tree without spans, for readable expectations. */
function tree(query: string): unknown {
  const result = parseQuery(query)
  if (!result.ok) throw new Error(`"${query}" failed: ${result.error.message}`)
  return strip(result.query)
}

function strip(node: SearchNode): unknown {
  if (node.type === 'and' || node.type === 'or') return { [node.type]: node.items.map(strip) }
  if (node.type === 'not') return { not: strip(node.item) }
  if (node.type === 'all') return 'all'
  const { span: _span, ...term } = node
  return term
}

function error(query: string): { start: number; end: number; message: string } {
  const result = parseQuery(query)
  if (result.ok) throw new Error(`"${query}" parsed`)
  return result.error
}

const text = (t: string) => ({ type: 'text', text: t })

describe('parseQuery: terms', () => {
  it('finds every card for an empty or blank query', () => {
    expect(tree('')).toBe('all')
    expect(tree('   ')).toBe('all')
  })

  it('reads free text, and quoted words as one phrase', () => {
    expect(tree('tariffs')).toEqual(text('tariffs'))
    expect(tree('"trade war"')).toEqual(text('trade war'))
    expect(tree('"say \\"no\\""')).toEqual(text('say "no"'))
  })

  it('reads kind:, article:, speaker: and tag:', () => {
    expect(tree('kind:who')).toEqual({ type: 'kind', kind: 'who' })
    expect(tree('KIND:When')).toEqual({ type: 'kind', kind: 'when' })
    expect(tree('article:"Trade talks resume"')).toEqual({
      type: 'article',
      text: 'Trade talks resume'
    })
    expect(tree('speaker:Xi')).toEqual({ type: 'speaker', text: 'Xi' })
    expect(tree('speaker:"Xi Jinping"')).toEqual({ type: 'speaker', text: 'Xi Jinping' })
    expect(tree('tag:leech')).toEqual({ type: 'tag', text: 'leech' })
  })

  it('reads every is: state', () => {
    for (const state of ['new', 'learn', 'review', 'due', 'suspended', 'buried', 'leech'])
      expect(tree(`is:${state}`)).toEqual({ type: 'is', state })
  })

  it('reads prop: with every comparison', () => {
    expect(tree('prop:r<0.8')).toEqual({ type: 'prop', prop: 'r', op: '<', value: 0.8 })
    expect(tree('prop:ivl>=30')).toEqual({ type: 'prop', prop: 'ivl', op: '>=', value: 30 })
    expect(tree('prop:lapses>3')).toEqual({ type: 'prop', prop: 'lapses', op: '>', value: 3 })
    expect(tree('prop:reps<=2')).toEqual({ type: 'prop', prop: 'reps', op: '<=', value: 2 })
    expect(tree('prop:s=1.5')).toEqual({ type: 'prop', prop: 's', op: '=', value: 1.5 })
    expect(tree('prop:d!=5')).toEqual({ type: 'prop', prop: 'd', op: '!=', value: 5 })
    expect(tree('prop:due<-1')).toEqual({ type: 'prop', prop: 'due', op: '<', value: -1 })
    expect(tree('prop:r>.5')).toEqual({ type: 'prop', prop: 'r', op: '>', value: 0.5 })
  })

  it('reads rated: with and without a grade, and added:', () => {
    expect(tree('rated:7')).toEqual({ type: 'rated', days: 7, grade: null })
    expect(tree('rated:7:1')).toEqual({ type: 'rated', days: 7, grade: 1 })
    expect(tree('added:30')).toEqual({ type: 'added', days: 30 })
  })

  it('keeps each term’s place in the query', () => {
    const result = parseQuery('is:due  speaker:"Xi Jinping"')
    expect(result.ok && result.query.type === 'and' && result.query.items[1]).toMatchObject({
      span: { start: 8, end: 28 }
    })
  })
})

describe('parseQuery: operators and precedence', () => {
  it('ands terms side by side, with or without "and"', () => {
    const expected = { and: [text('a'), text('b'), text('c')] }
    expect(tree('a b c')).toEqual(expected)
    expect(tree('a and b AND c')).toEqual(expected)
  })

  it('ors with "or" in any case', () => {
    expect(tree('a or b OR c')).toEqual({ or: [text('a'), text('b'), text('c')] })
  })

  it('binds "and" tighter than "or", as Anki does', () => {
    expect(tree('a b or c')).toEqual({ or: [{ and: [text('a'), text('b')] }, text('c')] })
    expect(tree('a or b c')).toEqual({ or: [text('a'), { and: [text('b'), text('c')] }] })
  })

  it('groups with parentheses', () => {
    expect(tree('a (b or c)')).toEqual({ and: [text('a'), { or: [text('b'), text('c')] }] })
    expect(tree('((a))')).toEqual(text('a'))
    expect(tree('(a)(b)')).toEqual({ and: [text('a'), text('b')] })
  })

  it('negates a term or a group with -', () => {
    expect(tree('-is:suspended')).toEqual({ not: { type: 'is', state: 'suspended' } })
    expect(tree('-(a or b)')).toEqual({ not: { or: [text('a'), text('b')] } })
    expect(tree('--a')).toEqual({ not: { not: text('a') } })
    expect(tree('-a b')).toEqual({ and: [{ not: text('a') }, text('b')] })
  })

  it('keeps a hyphen inside a word as text', () => {
    expect(tree('e-commerce')).toEqual(text('e-commerce'))
    expect(tree('"or"')).toEqual(text('or'))
  })
})

describe('parseQuery: errors', () => {
  it('places an unclosed parenthesis at the parenthesis', () => {
    expect(error('is:new (a or b')).toMatchObject({ start: 7, end: 8 })
    expect(error('is:new (a or b').message).toMatch(/never closed/)
  })

  it('places a stray closing parenthesis', () => {
    expect(error('a) b')).toMatchObject({
      start: 1,
      end: 2,
      message: expect.stringMatching(/closes nothing/)
    })
    expect(error(')')).toMatchObject({ start: 0, end: 1 })
  })

  it('refuses empty parentheses', () => {
    expect(error('a ()').message).toMatch(/hold nothing/)
  })

  it('refuses "or" and "and" with a side missing', () => {
    expect(error('or a').message).toMatch(/before it/)
    expect(error('a or').message).toMatch(/after it/)
    expect(error('a or ) ').message).toMatch(/after it/)
    expect(error('and a').message).toMatch(/before it/)
    expect(error('a and').message).toMatch(/after it/)
    expect(error('(a or b or)').start).toBe(8)
  })

  it('refuses a lone minus', () => {
    expect(error('a - b')).toMatchObject({ start: 2, end: 3 })
    expect(error('a -')).toMatchObject({ start: 2 })
  })

  it('refuses a quote left open', () => {
    expect(error('a "trade war')).toMatchObject({ start: 2, end: 12 })
    expect(error('article:"trade').message).toMatch(/never closed/)
  })

  it('names the keys when a key is unknown, and says how to search for the words', () => {
    const e = error('is:new colour:red')
    expect(e).toMatchObject({ start: 7, end: 17 })
    expect(e.message).toContain('kind:')
    expect(e.message).toContain('"colour:red"')
  })

  it('lists the values when one is wrong', () => {
    expect(error('kind:quote').message).toContain('kind:who')
    expect(error('is:late').message).toContain('is:suspended')
    expect(error('prop:x>1').message).toContain('ivl')
    expect(error('prop:ivl~3').message).toMatch(/comparison/)
    expect(error('prop:r<2').message).toMatch(/between 0 and 1/)
    expect(error('rated:0').message).toMatch(/from 1/)
    expect(error('rated:7:5').message).toMatch(/Again/)
    expect(error('rated:x').message).toMatch(/number of days/)
    expect(error('rated:1:2:3').message).toMatch(/number of days/)
    expect(error('added:').message).toMatch(/number of days/)
    expect(error('speaker:').message).toMatch(/speaker:Xi/)
    expect(error('article:""').message).toMatch(/article:/)
  })

  it('never throws, whatever is typed', () => {
    for (const q of ['(', ')', '-', '"', '(((', 'or', 'and', ':', 'a:', '-)', '-(', '(-)', '\\"'])
      expect(() => parseQuery(q)).not.toThrow()
  })
})

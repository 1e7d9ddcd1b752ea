import { describe, expect, it } from 'vitest'
import { buildQuiz } from '@core/quiz/build-quiz'
import type { QuizQuote } from '@core/quiz/quiz-source'
import { leftOutMessage, leftOutOf } from './left-out'

const NONE = { speaker: false, where: false, when: false }

function quote(
  id: string,
  articleId: string,
  sentenceIndex: number,
  unsure = NONE,
  speaker = `Speaker ${id}`
): QuizQuote {
  return {
    id,
    articleId,
    articleTitle: `Title ${articleId}`,
    articlePublished: '2025-03-14',
    text: `Words of ${id}`,
    speaker,
    where: `Place ${id}`,
    when: null,
    sentence: `Sentence ${sentenceIndex}`,
    sentenceIndex,
    cardIds: {},
    unsure
  }
}

const quotes = [
  quote('a1', 'a', 0),
  quote('a2', 'a', 4, { ...NONE, speaker: true }),
  quote('a3', 'a', 2, { ...NONE, where: true }),
  quote('b1', 'b', 0),
  quote('b2', 'b', 1),
  quote('c1', 'c', 3, { ...NONE, speaker: true })
]

describe('leftOutOf', () => {
  it("counts what the quiz builder leaves out, per article, with the first quote's sentence", () => {
    const left = leftOutOf(quotes, ['a', 'b', 'c'], ['who', 'where'])
    expect(left).toEqual({
      total: 3,
      articles: [
        { articleId: 'a', title: 'Title a', count: 2, sentence: 2 },
        { articleId: 'c', title: 'Title c', count: 1, sentence: 3 }
      ]
    })
    expect(left.total).toBe(
      buildQuiz({ quotes, articleIds: ['a', 'b', 'c'], kinds: ['who', 'where'], seed: 1 }).leftOut
    )
  })

  it('counts only the kinds asked and the articles chosen', () => {
    expect(leftOutOf(quotes, ['a', 'b'], ['who']).total).toBe(1)
    expect(leftOutOf(quotes, ['b'], ['who', 'where']).total).toBe(0)
    expect(leftOutOf(quotes, ['a', 'c'], []).total).toBe(0)
    expect(leftOutOf(quotes, [], ['who']).total).toBe(0)
  })

  it('says how many, in words', () => {
    expect(leftOutMessage(1)).toBe('1 quote left out until you check its speaker, place or time')
    expect(leftOutMessage(3)).toBe('3 quotes left out until you check their speaker, place or time')
  })
})

import { describe, expect, it } from 'vitest'
import { buildQuiz } from './build-quiz'
import type { QuestionKind, QuizQuote } from './quiz-source'
import { duel, lab, manySpeakerQuotes, recap, summit } from './fixtures/many-speakers'
import { ALL, expectWellFormed, valuesOf } from './fixtures/quiz-checks'

describe('buildQuiz: distractors', () => {
  it('come from the same article first', () => {
    // The summit has ten speakers' worth of answers, so three distractors always fit inside it.
    const library = [...summit, ...lab, ...recap]
    for (let seed = 0; seed < 20; seed++) {
      const quiz = buildQuiz({
        quotes: library,
        articleIds: ['summit'],
        kinds: ['who', 'where'],
        seed
      })
      for (const q of quiz.questions) {
        const fromSummit = valuesOf(q.kind, summit)
        for (const option of q.options) expect(fromSummit.has(option)).toBe(true)
      }
    }
  })

  it('reach into other articles when one article has too few', () => {
    const quiz = buildQuiz({
      quotes: [...duel, ...summit],
      articleIds: ['duel'],
      kinds: ['who'],
      seed: 4
    })
    expect(quiz.questions.every((q) => q.options.length === 4)).toBe(true)
    for (const q of quiz.questions) {
      const inDuel = q.options.filter((o) => o === 'Anna Berg' || o === 'Ben Carter')
      expect(inDuel).toHaveLength(2)
    }
  })

  it('show the fuller of two spellings of one person', () => {
    for (let seed = 0; seed < 30; seed++) {
      const quiz = buildQuiz({ quotes: lab, kinds: ['who'], length: 20, seed })
      for (const q of quiz.questions) {
        if (q.answer.endsWith('Eastman')) continue
        expect(q.options).not.toContain('Eastman')
      }
    }
  })

  it('for "which", offer only quotes the speaker did not say at that place', () => {
    for (let seed = 0; seed < 30; seed++) {
      const quiz = buildQuiz({ quotes: manySpeakerQuotes, kinds: ['which'], length: 20, seed })
      expect(quiz.questions.length).toBeGreaterThan(0)
      const barroso = quiz.questions.find((q) => q.prompt.includes('Barroso'))
      if (barroso) {
        const both = ['Rules must be fair for small firms.', 'No one wins a trade war.']
        expect(barroso.options.filter((o) => both.includes(o))).toHaveLength(1)
      }
      // The unattributed leaflet quote could be anyone's: it is never a distractor.
      for (const q of quiz.questions)
        expect(q.options).not.toContain('Iodine matters for every child.')
    }
  })
})

describe('buildQuiz: "which" and copies of a quote', () => {
  it('never offers words the speaker may have said there, whoever else they are credited to', () => {
    const echo: QuizQuote[] = [
      { ...duel[1]!, id: 'echo#0', articleId: 'echo', text: 'Rents must fall.', where: null },
      {
        ...duel[0]!,
        id: 'echo#1',
        articleId: 'echo',
        text: 'Rents must fall!',
        where: 'a radio show'
      },
      {
        ...duel[0]!,
        id: 'echo#2',
        articleId: 'echo',
        text: 'Schools come first.',
        where: 'a radio show'
      }
    ]
    const library = [...duel, ...echo]
    for (let seed = 0; seed < 30; seed++) {
      const quiz = buildQuiz({ quotes: library, articleIds: ['duel'], kinds: ['which'], seed })
      expectWellFormed(quiz, library)
      for (const q of quiz.questions.filter((q) => q.prompt.includes('Ben Carter'))) {
        expect(q.options.some((o) => o.startsWith('Rents must fall'))).toBe(false)
      }
    }
  })
})

describe('buildQuiz: what the UI needs', () => {
  it('links each question to its source sentence and flashcard', () => {
    const quiz = buildQuiz({ quotes: summit, kinds: ALL, length: 12, seed: 5 })
    for (const q of quiz.questions) {
      const quote = summit.find((s) => s.id === q.quoteId)!
      expect(q.sentence).toBe(quote.sentence)
      expect(q.sentenceIndex).toBe(quote.sentenceIndex)
      const expected = q.kind === 'which' ? quote.cardIds.who : quote.cardIds[q.kind]
      expect(q.cardId).toBe(expected ?? null)
    }
    // The fixture has no when-cards: a missed when-question has nothing to send to review.
    expect(quiz.questions.filter((q) => q.kind === 'when').every((q) => q.cardId === null)).toBe(
      true
    )
  })

  it('words prompts by kind and quotes the text', () => {
    const quiz = buildQuiz({ quotes: summit, kinds: ALL, length: 12, seed: 6 })
    const byKind = (k: QuestionKind) => quiz.questions.find((q) => q.kind === k)!
    expect(byKind('who').prompt).toMatch(/^Who said this\? “.+”$/)
    expect(byKind('where').prompt).toMatch(/^Where did .+ say this\? “/)
    expect(byKind('when').prompt).toMatch(/^When did .+ say this\? “/)
    expect(byKind('which').prompt).toMatch(/^Which of these did .+ say (at|in|during) .+\?$/)
  })
})

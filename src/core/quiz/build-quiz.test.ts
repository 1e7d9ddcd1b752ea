import { describe, expect, it } from 'vitest'
import { buildQuiz } from './build-quiz'
import { acceptedFor } from './question'
import type { QuizQuote } from './quiz-source'
import { bundledQuotes, wikinewsArticles } from './fixtures/truth-quotes'
import { duel, manySpeakerQuotes, recap, summit } from './fixtures/many-speakers'
import { ALL, expectWellFormed, libraries } from './fixtures/quiz-checks'

describe('buildQuiz: one right answer among distinct options', () => {
  for (const [name, library] of Object.entries(libraries)) {
    it(`holds for every question on the ${name} library, over many seeds`, () => {
      for (let seed = 0; seed < 25; seed++) {
        const quiz = buildQuiz({ quotes: library, kinds: ALL, length: 20, seed })
        expectWellFormed(quiz, library)
      }
    })
  }

  it('holds per article when distractors may come from the whole library', () => {
    const library = libraries.everything!
    for (const articleId of new Set(library.map((q) => q.articleId))) {
      for (let seed = 0; seed < 5; seed++) {
        const quiz = buildQuiz({ quotes: library, articleIds: [articleId], kinds: ALL, seed })
        expectWellFormed(quiz, library)
        for (const q of quiz.questions) expect(q.articleId).toBe(articleId)
      }
    }
  })

  it('never offers a place or time another copy of the same quote gives', () => {
    // "Trade must remain open to everyone" is Merkel's at Elmau and, in the recap, the Bundestag.
    // Alone in its article, its distractors must come from the recap, the copy's own article.
    const elmau = summit.filter((q) => q.id === 'summit#0')
    const library = [...elmau, ...recap]
    for (let seed = 0; seed < 20; seed++) {
      const quiz = buildQuiz({
        quotes: library,
        articleIds: ['summit'],
        kinds: ['where', 'when'],
        seed
      })
      expect(quiz.questions).toHaveLength(2)
      for (const q of quiz.questions) {
        expect(q.options).toHaveLength(4)
        expect(q.options).not.toContain('a Bundestag debate')
        expect(q.options).not.toContain('September 2024')
      }
    }
  })
})

describe('buildQuiz: kinds that cannot be asked are skipped', () => {
  it('asks no "who" on the single-speaker bundled article, but asks where and when', () => {
    const quiz = buildQuiz({ quotes: bundledQuotes, kinds: ['who', 'where', 'when'], seed: 'b' })
    const kinds = new Set(quiz.questions.map((q) => q.kind))
    expect(kinds.has('who')).toBe(false)
    expect(kinds.has('where')).toBe(true)
    expect(kinds.has('when')).toBe(true)
    expect(quiz.skipped.map((s) => s.kind)).toEqual(['who'])
    expect(quiz.skipped[0]!.reason).toMatch(/speakers/)
  })

  it('skips "when" where no quote is dated, instead of padding', () => {
    const quiz = buildQuiz({ quotes: wikinewsArticles.iodine!, kinds: ['who', 'when'], seed: 1 })
    expect(quiz.questions.length).toBeGreaterThan(0)
    expect(quiz.questions.every((q) => q.kind === 'who')).toBe(true)
    expect(quiz.skipped.map((s) => s.kind)).toEqual(['when'])
  })

  it('returns an empty quiz with every kind skipped for an empty library', () => {
    const quiz = buildQuiz({ quotes: [], kinds: ALL, seed: 1 })
    expect(quiz.questions).toEqual([])
    expect(quiz.skipped.map((s) => s.kind)).toEqual(ALL)
  })

  it('skips impossible kinds on a large one-speaker, one-place library and still asks "when"', () => {
    const quotes: QuizQuote[] = Array.from({ length: 2000 }, (_, i) => ({
      ...summit[0]!,
      id: `big#${i}`,
      articleId: `big${i % 200}`,
      text: `Statement ${i}`,
      speaker: 'Xi Jinping',
      where: 'Beijing',
      when: { phrase: 'then', resolved: `${2000 + (i % 20)}`, label: `${2000 + (i % 20)}` }
    }))
    const quiz = buildQuiz({ quotes, kinds: ALL, seed: 9 })
    expect(quiz.questions).toHaveLength(10)
    expect(quiz.questions.every((q) => q.kind === 'when')).toBe(true)
    expect(quiz.skipped.map((s) => s.kind).sort()).toEqual(['where', 'which', 'who'])
  })

  it('gives two-option questions when the library has only two answers', () => {
    const quiz = buildQuiz({ quotes: duel, kinds: ['who'], seed: 3 })
    expect(quiz.questions).toHaveLength(3)
    for (const q of quiz.questions)
      expect([...q.options].sort()).toEqual(['Anna Berg', 'Ben Carter'])
  })
})

describe('buildQuiz: replay, length and spread', () => {
  const options = { quotes: manySpeakerQuotes, kinds: ALL, length: 10 }

  it('builds the identical quiz from the same seed', () => {
    expect(buildQuiz({ ...options, seed: 'same' })).toEqual(buildQuiz({ ...options, seed: 'same' }))
    const shuffledInput = [...manySpeakerQuotes].reverse()
    expect(buildQuiz({ ...options, quotes: shuffledInput, seed: 7 }).questions).toEqual(
      buildQuiz({ ...options, seed: 7 }).questions
    )
  })

  it('builds a different quiz from a different seed', () => {
    const ids = (seed: number) => buildQuiz({ ...options, seed }).questions.map((q) => q.id)
    const distinctQuizzes = new Set(Array.from({ length: 10 }, (_, s) => ids(s).join()))
    expect(distinctQuizzes.size).toBeGreaterThan(5)
  })

  it('respects the length, or stops short when the library is small', () => {
    expect(buildQuiz({ ...options, seed: 1 }).questions).toHaveLength(10)
    expect(buildQuiz({ ...options, length: 3, seed: 1 }).questions).toHaveLength(3)
    // Bundled: 4 placed quotes + 4 dated quotes + 4 which-groups at most.
    const small = buildQuiz({
      quotes: bundledQuotes,
      kinds: ['where', 'when'],
      length: 50,
      seed: 1
    })
    expect(small.questions.length).toBe(8)
  })

  it('uses every kind asked for and new quotes before repeating one', () => {
    const quiz = buildQuiz({ ...options, length: 8, seed: 11 })
    expect(new Set(quiz.questions.map((q) => q.kind))).toEqual(new Set(ALL))
    expect(new Set(quiz.questions.map((q) => q.quoteId)).size).toBe(8)
  })

  it('honours a smaller option count', () => {
    const quiz = buildQuiz({ ...options, optionCount: 3, seed: 2 })
    expectWellFormed(quiz, manySpeakerQuotes, 3)
    expect(quiz.questions.some((q) => q.options.length === 3)).toBe(true)
  })
})

describe('unsure attributions and times', () => {
  const base = {
    articleTitle: 'T',
    articlePublished: '2025-03-14',
    sentence: 's',
    sentenceIndex: 0,
    cardIds: {}
  }
  const q = (id: string, speaker: string, extra: Partial<QuizQuote> = {}): QuizQuote => ({
    ...base,
    id,
    articleId: extra.articleId ?? 'a1',
    text: `words ${id}`,
    speaker,
    where: null,
    when: null,
    ...extra
  })

  it('asks nothing about an unsure, unconfirmed speaker and says how many it left out', () => {
    const quotes = [
      q('1', 'Ana Duarte'),
      q('2', 'Raj Patel'),
      q('3', 'Lina Park', { unsure: { speaker: true, where: false, when: false } })
    ]
    const quiz = buildQuiz({ quotes, kinds: ['who'], seed: 1, length: 10 })
    expect(quiz.leftOut).toBe(1)
    expect(quiz.questions.some((x) => x.quoteId === '3')).toBe(false)
    expect(quiz.questions.flatMap((x) => x.options)).not.toContain('Lina Park')
  })

  it('takes "when" distractors from the same year, not from another era', () => {
    const when = (label: string, resolved: string) => ({ phrase: label, resolved, label })
    const quotes = [
      q('1', 'A', { when: when('on Tuesday', '2025-03-11') }),
      q('2', 'B', { when: when('on Friday', '2025-03-07') }),
      q('3', 'C', {
        articleId: 'old',
        articlePublished: '2009-05-08',
        when: when('in 2009', '2009')
      })
    ]
    const quiz = buildQuiz({ quotes, articleIds: ['a1'], kinds: ['when'], seed: 3, length: 4 })
    expect(quiz.questions.length).toBeGreaterThan(0)
    for (const question of quiz.questions) expect(question.options).not.toContain('2009')
  })

  it("accepts the article's own word for a time", () => {
    const quote = q('1', 'A', {
      when: { phrase: 'on Tuesday', resolved: '2025-03-11', label: '11 March 2025' }
    })
    expect(acceptedFor('when', quote)).toContain('Tuesday')
  })
})

import { describe, expect, it } from 'vitest'
import { buildQuiz } from './build-quiz'
import type { Quiz } from './build-quiz'
import { samePerson, samePlace, sameQuoteText, sameTime } from './equivalence'
import type { Question } from './question'
import type { QuestionKind, QuizQuote } from './quiz-source'
import { bundledQuotes, wikinewsArticles, wikinewsQuotes } from './fixtures/truth-quotes'
import { duel, lab, manySpeakerQuotes, recap, summit } from './fixtures/many-speakers'

const ALL: QuestionKind[] = ['who', 'where', 'when', 'which']

/** Is this option a right answer to the question, judged from the library itself? */
function isRight(question: Question, option: string, library: QuizQuote[]): boolean {
  const quote = library.find((q) => q.id === question.quoteId)!
  const copies = library.filter((q) => sameQuoteText(q.text, quote.text))
  if (question.kind === 'who') return copies.some((q) => q.speaker && samePerson(q.speaker, option))
  if (question.kind === 'where') return copies.some((q) => q.where && samePlace(q.where, option))
  if (question.kind === 'when') {
    const time = library.find((q) => q.when?.label === option)!.when!
    return copies.some((q) => q.when && sameTime(q.when, time))
  }
  // 'which': the option is right if the speaker may have said it at the place.
  const said = library.filter((q) => sameQuoteText(q.text, option))
  return said.some(
    (q) =>
      q.speaker === null ||
      (samePerson(q.speaker, quote.speaker!) &&
        (q.where === null || samePlace(q.where, quote.where!)))
  )
}

/** The options a kind may offer: values the library really holds, never invented. */
function valuesOf(kind: QuestionKind, library: QuizQuote[]): Set<string> {
  const values = library.map((q) =>
    kind === 'who'
      ? q.speaker
      : kind === 'where'
        ? q.where
        : kind === 'when'
          ? (q.when?.label ?? null)
          : q.text
  )
  return new Set(values.filter((v): v is string => v !== null))
}

function distinct(kind: QuestionKind, a: string, b: string, library: QuizQuote[]): boolean {
  if (kind === 'who') return !samePerson(a, b)
  if (kind === 'where') return !samePlace(a, b)
  if (kind === 'which') return !sameQuoteText(a, b)
  const ta = library.find((q) => q.when?.label === a)!.when!
  const tb = library.find((q) => q.when?.label === b)!.when!
  return !sameTime(ta, tb)
}

function expectWellFormed(quiz: Quiz, library: QuizQuote[], optionCount = 4): void {
  expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length)
  for (const question of quiz.questions) {
    const { options, kind } = question
    expect(options.length).toBeGreaterThanOrEqual(2)
    expect(options.length).toBeLessThanOrEqual(optionCount)
    expect(options[question.correctIndex]).toBe(question.answer)
    const right = options.filter((o) => isRight(question, o, library))
    expect(right, `${question.prompt} → ${options.join(' | ')}`).toEqual([question.answer])
    const values = valuesOf(kind, library)
    for (const option of options) expect(values.has(option)).toBe(true)
    options.forEach((a, i) =>
      options
        .slice(i + 1)
        .forEach((b) => expect(distinct(kind, a, b, library), `${a} vs ${b}`).toBe(true))
    )
  }
}

const libraries: Record<string, QuizQuote[]> = {
  bundled: bundledQuotes,
  ...wikinewsArticles,
  wikinews: wikinewsQuotes,
  summit,
  lab,
  recap,
  duel,
  many: manySpeakerQuotes,
  everything: [...bundledQuotes, ...wikinewsQuotes, ...manySpeakerQuotes, ...duel]
}

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

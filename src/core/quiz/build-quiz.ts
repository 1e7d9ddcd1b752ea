/**
 * Builds a replayable quiz from stored quotes. Distractors are always real answers taken from
 * the library (same article first, because telling apart the people and places of one story is
 * what the reader just read), never a second right answer, and a kind that cannot be asked
 * honestly is skipped rather than padded.
 */
import { normalizeText, samePerson, samePlace, sameQuoteText } from './equivalence'
import { acceptedFor, answerOf, hasResolvedTime, promptFor, sameAnswer } from './question'
import type { Question } from './question'
import { createRandom, shuffle } from './random'
import type { Random, Seed } from './random'
import type { QuestionKind, QuizQuote } from './quiz-source'

export const QUESTION_KINDS: readonly QuestionKind[] = ['who', 'where', 'when', 'which']

export interface BuildQuizOptions {
  /** The whole library's quotes: distractors may come from any of them. */
  quotes: readonly QuizQuote[]
  /** The articles to ask about; all articles when absent or empty. */
  articleIds?: readonly string[]
  kinds: readonly QuestionKind[]
  /** Number of questions wanted; fewer when the library cannot fill it. Default 10. */
  length?: number
  seed: Seed
  /** Options per question, 2–4; fewer when the library has fewer distinct answers. Default 4. */
  optionCount?: number
}

export interface SkippedKind {
  kind: QuestionKind
  reason: string
}

export interface Quiz {
  seed: Seed
  articleIds: string[]
  /** The kinds asked for, in the order given. */
  kinds: QuestionKind[]
  questions: Question[]
  /** Kinds asked for that produced no question, with a reason to show. */
  skipped: SkippedKind[]
  /**
   * Quotes of the chosen articles left out because the generator was unsure of their speaker,
   * place or time and the user has not confirmed it.
   */
  leftOut: number
}

const SKIP_REASONS: Record<QuestionKind, string> = {
  who: 'These articles quote fewer than two different speakers.',
  where: 'These articles name fewer than two different places or occasions for their quotes.',
  when: 'These articles date fewer than two of their quotes to different times.',
  which: 'No speaker has a quote at a named place alongside other quotes to mix in.'
}

type SimpleKind = Exclude<QuestionKind, 'which'>

const MAX_FAILED_ATTEMPTS = 40

/** A cheap first check: with one speaker (or place, or time) in the library, skip at once. */
function hasTwoAnswers(kind: SimpleKind, pool: readonly QuizQuote[]): boolean {
  const first = pool.find((q) => answerOf(kind, q) !== null)
  return (
    first !== undefined &&
    pool.some((q) => answerOf(kind, q) !== null && !sameAnswer(kind, first, q))
  )
}

/** Plain code-unit order: localeCompare would let the machine's locale change a replay. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Database order must not change the quiz, so quotes are put in a fixed order first. */
function canonicalOrder(quotes: readonly QuizQuote[]): QuizQuote[] {
  return quotes
    .slice()
    .sort(
      (a, b) =>
        compareText(a.articleId, b.articleId) ||
        a.sentenceIndex - b.sentenceIndex ||
        compareText(a.id, b.id)
    )
}

/** Is this quote's answer for this kind one the generator was unsure of, unconfirmed? */
function unsure(kind: QuestionKind, q: QuizQuote): boolean {
  const u = q.unsure
  if (!u) return false
  if (kind === 'who') return u.speaker
  if (kind === 'where') return u.where
  if (kind === 'when') return u.when
  return u.speaker || u.where
}

function askable(kind: QuestionKind, q: QuizQuote): boolean {
  if (unsure(kind, q)) return false
  if (kind === 'which') return q.speaker !== null && q.where !== null
  return answerOf(kind, q) !== null
}

/** Years between two articles; a date from another era is no plausible "when" distractor. */
const MAX_WHEN_YEARS = 1
function closeInTime(a: QuizQuote, b: QuizQuote): boolean {
  if (a.articleId === b.articleId) return true
  const ya = Number(a.articlePublished?.slice(0, 4))
  const yb = Number(b.articlePublished?.slice(0, 4))
  return Number.isFinite(ya) && Number.isFinite(yb) && ya > 0 && Math.abs(ya - yb) <= MAX_WHEN_YEARS
}

/** Candidate distractor quotes, nearest first: same article, chosen articles, the rest. */
function tiers(random: Random, quote: QuizQuote, pool: readonly QuizQuote[], chosen: Set<string>) {
  const same = pool.filter((q) => q.articleId === quote.articleId)
  const near = pool.filter((q) => q.articleId !== quote.articleId && chosen.has(q.articleId))
  const far = pool.filter((q) => q.articleId !== quote.articleId && !chosen.has(q.articleId))
  return [...shuffle(random, same), ...shuffle(random, near), ...shuffle(random, far)]
}

interface Built {
  /** The answer first, then the distractors. */
  options: string[]
  answer: string
}

function buildSimple(
  kind: SimpleKind,
  quote: QuizQuote,
  ordered: QuizQuote[],
  pool: readonly QuizQuote[],
  want: number
): Built | null {
  const answer = answerOf(kind, quote)
  if (answer === null) return null
  // The same words may be stored twice (two articles quoting one speech); every answer any
  // copy gives is right, so none of them may be a distractor.
  const rightOnes = pool.filter((q) => q === quote || sameQuoteText(q.text, quote.text))
  const isRight = (q: QuizQuote) =>
    rightOnes.some((r) => answerOf(kind, r) !== null && sameAnswer(kind, q, r))
  const picked: QuizQuote[] = []
  for (const q of ordered) {
    if (picked.length >= want) break
    if (answerOf(kind, q) === null || isRight(q) || unsure(kind, q)) continue
    if (kind === 'when' && !closeInTime(quote, q)) continue
    if (!picked.some((p) => sameAnswer(kind, p, q))) picked.push(q)
  }
  // Of two spellings of one person, show the fuller ("Cres Eastman", not "Eastman"); articles
  // give the full name once, so the same article is where to look.
  if (kind === 'who') {
    picked.forEach((p, i) => {
      for (const q of pool) {
        if (q.articleId !== p.articleId || !sameAnswer(kind, p, q) || isRight(q)) continue
        if (answerOf(kind, q)!.length <= answerOf(kind, picked[i]!)!.length) continue
        if (picked.some((o, j) => j !== i && sameAnswer(kind, o, q))) continue
        picked[i] = q
      }
    })
  }
  if (picked.length === 0) return null
  return { options: [answer, ...picked.map((q) => answerOf(kind, q)!)], answer }
}

/** "Which of these did X say at P?": distractors are quotes X is not known to have said at P. */
function buildWhich(quote: QuizQuote, ordered: QuizQuote[], want: number): Built | null {
  const speaker = quote.speaker
  const place = quote.where
  if (speaker === null || place === null) return null
  // Words X may have said at P: said there, said by X somewhere unstated, or said by someone
  // unnamed. Any copy of these words, whoever it is credited to, would be a second right answer.
  const mayBeRight = (q: QuizQuote) =>
    q.speaker === null ||
    q.unsure?.speaker === true ||
    (samePerson(q.speaker, speaker) && (q.where === null || samePlace(q.where, place)))
  const unsafe = new Set(ordered.filter(mayBeRight).map((q) => normalizeText(q.text)))
  const picked = new Set<string>()
  const options = [quote.text]
  for (const q of ordered) {
    if (options.length > want) break
    const key = normalizeText(q.text)
    if (unsafe.has(key) || picked.has(key)) continue
    picked.add(key)
    options.push(q.text)
  }
  return options.length < 2 ? null : { options, answer: quote.text }
}

function cardIdFor(kind: QuestionKind, quote: QuizQuote): string | null {
  // A missed 'which' means the reader did not know who said the quote: its who-card reviews that.
  const cardKind = kind === 'which' ? 'who' : kind
  return quote.cardIds[cardKind] ?? null
}

export function buildQuiz(options: BuildQuizOptions): Quiz {
  const random = createRandom(options.seed)
  const length = Math.max(0, Math.floor(options.length ?? 10))
  const optionCount = Math.min(4, Math.max(2, Math.floor(options.optionCount ?? 4)))
  const pool = canonicalOrder(options.quotes)
  const allIds = [...new Set(pool.map((q) => q.articleId))]
  const articleIds = options.articleIds?.length ? [...new Set(options.articleIds)] : allIds
  const chosen = new Set(articleIds)
  const asked = pool.filter((q) => chosen.has(q.articleId))
  const kinds = [...new Set(options.kinds)]

  const makeQuestion = (kind: QuestionKind, quote: QuizQuote): Question | null => {
    const ordered = tiers(random, quote, pool, chosen)
    const built =
      kind === 'which'
        ? buildWhich(quote, ordered, optionCount - 1)
        : buildSimple(kind, quote, ordered, pool, optionCount - 1)
    if (built === null) return null
    const shuffled = shuffle(random, built.options)
    return {
      id: `${kind}:${quote.id}`,
      kind,
      prompt: promptFor(kind, quote),
      quoteId: quote.id,
      articleId: quote.articleId,
      options: shuffled,
      correctIndex: shuffled.indexOf(built.answer),
      answer: built.answer,
      acceptedAnswers: acceptedFor(kind, quote),
      answerTime: kind === 'when' && hasResolvedTime(quote.when) ? quote.when : null,
      sentence: quote.sentence,
      sentenceIndex: quote.sentenceIndex,
      cardId: cardIdFor(kind, quote)
    }
  }

  const fresh = new Map<QuestionKind, QuizQuote[]>()
  const reuse = new Map<QuestionKind, QuizQuote[]>()
  for (const kind of kinds) {
    const possible = kind === 'which' || hasTwoAnswers(kind, pool)
    fresh.set(
      kind,
      possible
        ? shuffle(
            random,
            asked.filter((q) => askable(kind, q))
          )
        : []
    )
    reuse.set(kind, [])
  }
  const questions: Question[] = []
  const usedQuotes = new Set<string>()
  // One 'which' per speaker and place: the same prompt twice would be a duplicate question.
  const whichGroups: QuizQuote[] = []
  // Kinds with no quote left to try; if they asked nothing, they could not be asked.
  const exhausted = new Set<QuestionKind>()

  const take = (kind: QuestionKind, allowUsed: boolean): Question | null => {
    const queue = allowUsed ? reuse.get(kind)! : fresh.get(kind)!
    // Each failed attempt scans the library; past this many in a row the kind is as good as
    // impossible here, and a large library must not make the quiz hang finding that out.
    let failures = 0
    for (
      let quote = queue.shift();
      quote && failures < MAX_FAILED_ATTEMPTS;
      quote = queue.shift()
    ) {
      if (!allowUsed && usedQuotes.has(quote.id)) {
        reuse.get(kind)!.push(quote)
        continue
      }
      if (kind === 'which' && whichGroups.some((g) => sameWhichGroup(g, quote!))) continue
      const question = makeQuestion(kind, quote)
      if (question === null) {
        failures++
        continue
      }
      if (kind === 'which') whichGroups.push(quote)
      return question
    }
    return null
  }

  // Round-robin over kinds, new quotes before repeats, so a short quiz covers many quotes.
  for (const allowUsed of [false, true]) {
    let active = shuffle(random, kinds)
    while (questions.length < length && active.length > 0) {
      for (const kind of active.slice()) {
        if (questions.length >= length) break
        const question = take(kind, allowUsed)
        if (question === null) {
          active = active.filter((k) => k !== kind)
          if (allowUsed || reuse.get(kind)!.length === 0) exhausted.add(kind)
        } else {
          questions.push(question)
          usedQuotes.add(question.quoteId)
        }
      }
    }
  }

  const askedKinds = new Set(questions.map((q) => q.kind))
  const leftOut = asked.filter((q) => kinds.some((k) => unsure(k, q))).length
  return {
    leftOut,
    seed: options.seed,
    articleIds,
    kinds,
    questions: shuffle(random, questions),
    skipped: kinds
      .filter((k) => exhausted.has(k) && !askedKinds.has(k))
      .map((kind) => ({ kind, reason: SKIP_REASONS[kind] }))
  }
}

function sameWhichGroup(a: QuizQuote, b: QuizQuote): boolean {
  return (
    a.speaker !== null &&
    b.speaker !== null &&
    a.where !== null &&
    b.where !== null &&
    samePerson(a.speaker, b.speaker) &&
    samePlace(a.where, b.where)
  )
}

/**
 * What a question looks like and, per kind, what its answer is, how it is shown and which
 * answers count as the same. build-quiz.ts decides which questions to ask; this file decides
 * what one question says.
 */
import { SPEECH_FORMS } from '../lexicon/lexicon'
import type { TimeRef } from '../model'
import {
  normalizeText,
  personWords,
  placeSegments,
  samePerson,
  samePlace,
  sameTime
} from './equivalence'
import { resolvedRange } from './equivalence'
import type { QuestionKind, QuizQuote } from './quiz-source'

export interface Question {
  /** Stable within a quiz: `${kind}:${quoteId}`. */
  id: string
  kind: QuestionKind
  prompt: string
  /** The quote the question is about (for 'which', the right option's quote). */
  quoteId: string
  articleId: string
  /** Names, places, time labels, or quote texts for 'which'; pairwise distinct answers. */
  options: string[]
  correctIndex: number
  /** The right answer as shown after answering. */
  answer: string
  /** Forms a typed answer may take besides the answer itself (surname, time phrase…). */
  acceptedAnswers: string[]
  /** The answer's time, so typed dates can be compared by the days they cover. */
  answerTime: TimeRef | null
  sentence: string
  sentenceIndex: number
  /** The flashcard to grade Again when this question is missed, or null when there is none. */
  cardId: string | null
}

/** A question's right answer, or null when the quote cannot be asked about in this kind. */
export function answerOf(kind: Exclude<QuestionKind, 'which'>, quote: QuizQuote): string | null {
  if (kind === 'who') return quote.speaker
  if (kind === 'where') return quote.where
  return hasResolvedTime(quote.when) ? quote.when.label : null
}

export function hasResolvedTime(when: TimeRef | null): when is TimeRef & { resolved: string } {
  return when !== null && when.resolved !== null && resolvedRange(when.resolved) !== null
}

/** Whether two quotes give the same answer to a question of this kind. */
export function sameAnswer(
  kind: Exclude<QuestionKind, 'which'>,
  a: QuizQuote,
  b: QuizQuote
): boolean {
  if (kind === 'who')
    return a.speaker !== null && b.speaker !== null && samePerson(a.speaker, b.speaker)
  if (kind === 'where') return a.where !== null && b.where !== null && samePlace(a.where, b.where)
  return a.when !== null && b.when !== null && sameTime(a.when, b.when)
}

function quoted(quote: QuizQuote): string {
  return quote.paraphrase ? quote.text : `“${quote.text}”`
}

export function promptFor(kind: QuestionKind, quote: QuizQuote): string {
  if (quote.paraphrase && kind !== 'which') return paraphrasePrompt(kind, quote)
  const text = quoted(quote)
  if (kind === 'who') return `Who said this? ${text}`
  const asked = kind === 'where' ? 'Where' : 'When'
  if (kind !== 'which') {
    // An unattributed quote is still worth a where/when question, just not a named subject.
    return quote.speaker === null
      ? `${asked} was this said? ${text}`
      : `${asked} did ${quote.speaker} say this? ${text}`
  }
  return `Which of these did ${quote.speaker ?? 'the speaker'} say ${placePhrase(quote.where ?? 'there')}?`
}

/**
 * A reported statement asked in the article's own words, as a whole question: "Who urged all
 * regions to pursue …?", "Where did Xi Jinping urge all regions to pursue …?".
 */
function paraphrasePrompt(kind: Exclude<QuestionKind, 'which'>, quote: QuizQuote): string {
  const verb = quote.verb ?? 'said that'
  const text = quote.text.replace(/[.\s]+$/, '')
  if (kind === 'who' || quote.speaker === null) return `Who ${verb} ${text}?`
  const base = baseForm(verb)
  return `${kind === 'where' ? 'Where' : 'When'} did ${quote.speaker} ${base} ${text}?`
}

/** "urged" → "urge", "said that" → "say that": the form after "did". */
function baseForm(verbPhrase: string): string {
  const [verb = '', ...rest] = verbPhrase.split(' ')
  const base = SPEECH_FORMS.get(verb.toLowerCase())?.verb.base ?? verb
  return [base, ...rest].join(' ')
}

const MEDIUM =
  /\b(statement|blog|post|website|site|newsgroup|letter|e-?mail|tweet|newspaper|weekly|daily|journal|magazine|report|article|leaflet|radio|television|tv|broadcast|podcast|video|book|essay|op-ed)\b/i
const OCCASION =
  /\b(tour|visit|deliberation|session|meeting|debate|summit|ceremony|conference|rally|interview|briefing|forum|speech|hearing|trip|talks)\b/i

/**
 * The stored place is the article's phrase ("a statement", "inspection tour in Liaoning",
 * "Rizhao Port", "told LA Weekly", "visiting Yangquan Valve"), so the words before it have to
 * fit: in a statement, during a tour, at a port, to LA Weekly, while visiting.
 */
export function placePhrase(where: string): string {
  if (/^(in|at|on|during|as|from|via|by|to|while|when|after|before)\b/i.test(where)) return where
  const told = /^(?:told|wrote to|said to|telling)\s+(.*)$/i.exec(where)
  if (told) return `to ${told[1]}`
  if (/^[a-z]+ing\b/.test(where)) return `while ${where}`
  // A clause like "visited Shandong and commended Rizhao Port" fits no preposition.
  if (/^[a-z]+ed\b/.test(where)) return `(${where})`
  if (MEDIUM.test(where) && !OCCASION.test(where)) return `in ${where}`
  if (OCCASION.test(where)) return `during ${where}`
  return `at ${where}`
}

/** Speakers that are organisations or groups: a last word alone is no "surname" for them. */
const NOT_A_PERSON =
  /\b(agency|church|municipality|ministry|department|company|news|council|government|office|association|university|committee|party|police|court|authors|poster|author|report|spokesperson|people)\b/i

/**
 * Short forms of a speaker's name a typed answer may use: the surname ("Eastman" for "Cres
 * Eastman", "De Vincenti"), and the first word when the article itself uses it alone ("Xi
 * said"), which is how family-name-first names are written.
 */
export function nameForms(speaker: string, sentence: string): string[] {
  if (NOT_A_PERSON.test(speaker)) return []
  const original = speaker.trim().split(/\s+/)
  if (original.length < 2 || original.length > 4) return []
  if (!original.every((w) => /^\p{Lu}/u.test(w))) return []
  const words = personWords(speaker)
  const forms: string[] = []
  for (let i = 1; i < words.length; i++) forms.push(words.slice(i).join(' '))
  const first = words[0]
  const second = words[1]
  if (first !== undefined && second !== undefined) {
    const sentenceWords = normalizeText(sentence).split(' ')
    const alone = sentenceWords.some((w, i) => w === first && sentenceWords[i + 1] !== second)
    if (alone) forms.push(first)
  }
  return forms
}

/** Everything a typed answer may match for this question, beyond the displayed answer. */
export function acceptedFor(kind: QuestionKind, quote: QuizQuote): string[] {
  if (kind === 'who' && quote.speaker !== null) return nameForms(quote.speaker, quote.sentence)
  if (kind === 'where' && quote.where !== null)
    return placeSegments(quote.where).map((s) => s.join(' '))
  if (kind === 'when' && quote.when !== null) {
    // The article's own words count too: "Tuesday" for "on Tuesday", "last year" for 2024.
    const bare = quote.when.phrase.replace(/^(?:on|in|at|since|by|during|until|from)\s+/i, '')
    return [...new Set([quote.when.phrase, bare, quote.when.resolved ?? ''])].filter(
      (s) => s !== ''
    )
  }
  return []
}

/**
 * Checking a typed answer. Forgives what a reader should not lose a point for (case, accents,
 * punctuation, "Professor", a surname alone, "jan 2025" for January 2025) and nothing else.
 */
import { pad } from '../calendar'
import { MONTH_NAMES } from '../calendar-words'
import { normalizeText, personWords, placeSegments, placeWords, resolvedRange } from './equivalence'
import type { DayRange } from './equivalence'
import type { Question } from './question'

export interface TypedResult {
  correct: boolean
  /** The answer as it should be shown ("Cres Eastman" even when "eastman" was typed). */
  canonical: string
  /** Shown beside a right answer that was shorter than the full one. */
  note?: string
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase())

function monthNumber(word: string): number | null {
  if (word.length < 3) return null
  const index = MONTHS.findIndex(
    (m) => m.startsWith(word) || (word === 'sept' && m === 'september')
  )
  return index < 0 ? null : index + 1
}

/**
 * A typed time as a resolved string: "2025", "jan 2025", "January 2025", "2025-01",
 * "12 April 2011", "April 12, 2011", "2011-04-12", "week of 2025-07-10".
 */
export function parseTypedTime(input: string): string | null {
  const text = input.trim().toLowerCase()
  const week = /^(?:the\s+)?week of\s+(.*)$/.exec(text)
  if (week) {
    const day = parseTypedTime(week[1] ?? '')
    return day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `week of ${day}` : null
  }
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text)
  if (iso) {
    const [, y, m, d] = iso
    if (m === undefined) return y!
    return d === undefined ? `${y}-${pad(Number(m))}` : `${y}-${pad(Number(m))}-${pad(Number(d))}`
  }
  const parts = normalizeText(text)
    .split(' ')
    .filter((w) => w !== '' && w !== 'of' && !/^(st|nd|rd|th)$/.test(w))
    .map((w) => w.replace(/^(\d+)(st|nd|rd|th)$/, '$1'))
  const year = parts.find((w) => /^\d{4}$/.test(w))
  const month = parts.map(monthNumber).find((m) => m !== null)
  const day = parts.find((w) => /^\d{1,2}$/.test(w))
  if (year === undefined || month === undefined || month === null) return null
  if (parts.length > 3) return null
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(Number(day))}`
}

function within(inner: DayRange, outer: DayRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

function checkWhen(question: Question, input: string): boolean {
  const time = question.answerTime
  const said = normalizeText(input)
  const words = [question.answer, ...question.acceptedAnswers].map(normalizeText)
  if (words.includes(said)) return true
  if (time === null || time.resolved === null) return false
  const typed = parseTypedTime(input)
  const answer = resolvedRange(time.resolved)
  const given = typed === null ? null : resolvedRange(typed)
  if (answer === null || given === null) return false
  // A week is vague: any day in it counts, and so does naming the same week.
  if (time.resolved.startsWith('week of')) return within(given, answer) || typed === time.resolved
  return given.start === answer.start && given.end === answer.end
}

function checkWhere(question: Question, input: string): boolean {
  if (normalizeText(input) === normalizeText(question.answer)) return true
  const typed = placeWords(input)
  if (typed.length === 0) return false
  const answerWords = new Set(placeWords(question.answer))
  if (!typed.every((w) => answerWords.has(w))) return false
  // Every typed word is in the answer, and together they name at least one whole part of it:
  // "Shanxi" or "Kennedy Space Center", not "Space" or "Valve".
  const typedSet = new Set(typed)
  return placeSegments(question.answer).some((segment) => segment.every((w) => typedSet.has(w)))
}

function checkWho(question: Question, input: string): { correct: boolean; short: boolean } {
  const typed = personWords(input).join(' ')
  if (typed === '') return { correct: false, short: false }
  if (typed === personWords(question.answer).join(' ')) return { correct: true, short: false }
  const short = question.acceptedAnswers.some((form) => normalizeText(form) === typed)
  return { correct: short, short }
}

export function checkTyped(question: Question, input: string): TypedResult {
  const canonical = question.answer
  if (question.kind === 'who') {
    const { correct, short } = checkWho(question, input)
    return short ? { correct, canonical, note: `Full name: ${canonical}` } : { correct, canonical }
  }
  if (question.kind === 'where') {
    const correct = checkWhere(question, input)
    const exact = normalizeText(input) === normalizeText(canonical)
    return correct && !exact
      ? { correct, canonical, note: `In full: ${canonical}` }
      : { correct, canonical }
  }
  if (question.kind === 'when') return { correct: checkWhen(question, input), canonical }
  return { correct: normalizeText(input) === normalizeText(canonical), canonical }
}

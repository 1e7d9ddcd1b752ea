/**
 * When are two answers the same answer? The quiz uses one rule both to keep distractors from
 * being a second right answer and to forgive typed answers, so the two can never disagree.
 * Every rule leans towards "same" when in doubt: a missing distractor costs one option, a
 * second right answer makes the question wrong.
 */
import { DAY_MS } from '../calendar'
import type { TimeRef } from '../model'

const ARTICLES = new Set(['the', 'a', 'an'])

/** Titles and roles that come before a name; stripped only from the front. */
const TITLES = new Set(
  (
    'president vice mr mrs ms miss dr doctor prof professor minister prime senator sen ' +
    'governor gov general gen sir dame lord lady chairman chairwoman chair secretary mayor ' +
    'rep representative chancellor premier king queen prince princess pope cardinal bishop ' +
    'archbishop rev reverend father sister judge justice ambassador chief ceo commissioner ' +
    'spokesman spokeswoman spokesperson deputy mp'
  ).split(' ')
)

/** Words that say nothing about which place is meant. */
const PLACE_FILLER = new Set(
  (
    'the a an of in at on to for and from by with near his her their its our ' +
    'told visiting visited touring toured speaking addressing inspecting commended while ' +
    'province prefecture city county district region municipality autonomous ' +
    'co ltd inc corp company limited llc plc'
  ).split(' ')
)

/** "north China's", "southwest China's": a locator in front of the real place name. */
const LOCATOR =
  /\b(?:north|south|east|west|central|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\s+[\p{L}-]+['’]s\s+/giu

/**
 * Quizzes compare every candidate with every answer, so the same strings are folded thousands
 * of times; a bounded cache keeps a large library fast without growing without end.
 */
function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined) return hit
    if (cache.size >= 20_000) cache.clear()
    const result = compute(text)
    cache.set(text, result)
    return result
  }
}

/** Fold case, accents, apostrophes and punctuation into plain space-separated words. */
export const normalizeText: (text: string) => string = memo(fold)

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function words(text: string): string[] {
  const normal = normalizeText(text)
  return normal === '' ? [] : normal.split(' ')
}

/** A quote's wording, for "is this the same quote". */
export function sameQuoteText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b)
}

/** The words of a name without leading articles and titles ("President Xi Jinping" → xi jinping). */
export const personWords: (name: string) => readonly string[] = memo((name) => {
  const all = words(name)
  let start = 0
  while (start < all.length - 1 && (ARTICLES.has(all[start]!) || TITLES.has(all[start]!))) start++
  return all.slice(start)
})

/**
 * Two names are one person when the shorter is the start or the end of the longer:
 * "Eastman" ≡ "Cres Eastman", "Xi" ≡ "Xi Jinping" (family name first), "Dr. Eastman" ≡ "Eastman".
 */
export function samePerson(a: string, b: string): boolean {
  const wa = personWords(a)
  const wb = personWords(b)
  if (wa.length === 0 || wb.length === 0) return normalizeText(a) === normalizeText(b)
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  const prefix = short.every((w, i) => long[i] === w)
  const suffix = short.every((w, i) => long[long.length - short.length + i] === w)
  return prefix || suffix
}

/** The words that identify a place: no locators, articles, prepositions or "Province". */
export const placeWords: (place: string) => readonly string[] = memo((place) =>
  words(place.replace(LOCATOR, ' ')).filter((w) => !PLACE_FILLER.has(w))
)

/**
 * Two places are one when either's identifying words are all inside the other's:
 * "north China's Shanxi Province" ≡ "Shanxi Province" ≡ "Shanxi" ≡ "Yangquan Valve Co., Ltd.,
 * Shanxi Province". "Rizhao Port, Shandong" and "inspection tour of Shandong" stay apart: each
 * names something the other does not.
 */
export function samePlace(a: string, b: string): boolean {
  const wa = placeWords(a)
  const wb = placeWords(b)
  if (wa.length === 0 || wb.length === 0) return normalizeText(a) === normalizeText(b)
  const sa = new Set(wa)
  const sb = new Set(wb)
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w))
}

/**
 * The parts of a place a person might type on their own: "the ceremony at the Kennedy Space
 * Center (KSC) in Cape Canaveral, Florida" → ceremony, kennedy space center, ksc, cape canaveral,
 * florida.
 */
export function placeSegments(place: string): (readonly string[])[] {
  return place
    .replace(LOCATOR, ' ')
    .split(/[,;()]|\b(?:in|at|of|on|to|near|during|and)\b/i)
    .map(placeWords)
    .filter((s) => s.length > 0)
}

/** A closed range of days since 1970-01-01 (UTC). */
export interface DayRange {
  start: number
  end: number
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function monthEnd(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1
}

/**
 * The days a resolved time covers. "week of D" covers six days either side of D, because
 * articles say "this week" for the week around the dateline, whichever day it starts on.
 */
export function resolvedRange(resolved: string): DayRange | null {
  const week = /^week of (\d{4})-(\d{2})-(\d{2})$/.exec(resolved)
  if (week) {
    const d = dayNumber(Number(week[1]), Number(week[2]), Number(week[3]))
    return { start: d - 6, end: d + 6 }
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(resolved)
  if (!m) return null
  const year = Number(m[1])
  if (m[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) }
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  if (m[3] === undefined) return { start: dayNumber(year, month, 1), end: monthEnd(year, month) }
  const d = dayNumber(year, month, Number(m[3]))
  return { start: d, end: d }
}

/**
 * Two times are one when their days overlap: "2024" and "May 2024" are not distinct answers to
 * "when", since picking "2024" would not be wrong.
 */
export function sameTime(a: TimeRef, b: TimeRef): boolean {
  const ra = a.resolved === null ? null : resolvedRange(a.resolved)
  const rb = b.resolved === null ? null : resolvedRange(b.resolved)
  if (ra && rb) return ra.start <= rb.end && rb.start <= ra.end
  return normalizeText(a.label) === normalizeText(b.label)
}

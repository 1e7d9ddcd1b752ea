/**
 * Reads one `key:value` (or free text) token into a search term, or says in words why not.
 */
import type { Grade } from '../model'
import type { Token } from './lexer'
import type { CardState, Comparison, KindName, PropName, SearchTerm } from './types'

export const KIND_NAMES: readonly KindName[] = ['who', 'where', 'when', 'fact', 'term']
export const CARD_STATES: readonly CardState[] = [
  'new',
  'learn',
  'review',
  'due',
  'suspended',
  'buried',
  'leech'
]
export const PROP_NAMES: readonly PropName[] = ['r', 'ivl', 'lapses', 'reps', 's', 'd', 'due']
export const SEARCH_KEYS = ['kind', 'article', 'speaker', 'tag', 'is', 'prop', 'rated', 'added']

/** Longest window `rated:` and `added:` accept, in days (a hundred years). */
export const MAX_DAYS = 36500

export type TermResult = { ok: true; term: SearchTerm } | { ok: false; message: string }

type TermToken = Extract<Token, { kind: 'term' }>

export function readTerm(token: TermToken): TermResult {
  const { key, value } = token
  if (key === null) return { ok: true, term: { type: 'text', text: value } }
  switch (key) {
    case 'kind':
      return readKind(value)
    case 'article':
    case 'speaker':
    case 'tag':
      if (value === '') return fail(`“${key}:” needs something to look for, as in ${example(key)}.`)
      return { ok: true, term: { type: key, text: value } }
    case 'is':
      return readState(value)
    case 'prop':
      return readProp(value)
    case 'rated':
      return readRated(value)
    case 'added': {
      const days = readDays(value)
      if (days === null) return fail(daysMessage('added', value))
      return { ok: true, term: { type: 'added', days } }
    }
    default:
      return fail(
        `“${key}:” is not something to search by; use ${SEARCH_KEYS.map((k) => `${k}:`).join(', ')}. ` +
          `To find the words themselves, put them in quotes: "${key}:${value}".`
      )
  }
}

function example(key: string): string {
  if (key === 'article') return 'article:"trade talks"'
  if (key === 'speaker') return 'speaker:Xi'
  return 'tag:leech'
}

function readKind(value: string): TermResult {
  const kind = KIND_NAMES.find((k) => k === value.toLowerCase())
  if (!kind) return fail(`“kind:${value}” is not a kind of card; use ${list('kind', KIND_NAMES)}.`)
  return { ok: true, term: { type: 'kind', kind } }
}

function readState(value: string): TermResult {
  const state = CARD_STATES.find((s) => s === value.toLowerCase())
  if (!state) return fail(`“is:${value}” is not a card state; use ${list('is', CARD_STATES)}.`)
  return { ok: true, term: { type: 'is', state } }
}

const PROP = /^([a-z]+)(<=|>=|!=|<|>|=)(-?\d+(?:\.\d+)?|-?\.\d+)$/i

function readProp(value: string): TermResult {
  const match = PROP.exec(value)
  if (!match) {
    return fail(
      `“prop:${value}” is not a comparison; write a property, a comparison and a number, as in prop:r<0.8, prop:ivl>=30 or prop:lapses>3.`
    )
  }
  const prop = PROP_NAMES.find((p) => p === match[1]!.toLowerCase())
  if (!prop) return fail(`“${match[1]!}” is not a property; use ${PROP_NAMES.join(', ')}.`)
  const op = match[2] as Comparison
  const number = Number(match[3])
  if (prop === 'r' && (number < 0 || number > 1))
    return fail(`Retrievability is between 0 and 1, so prop:r${op}${match[3]!} is not a limit.`)
  return { ok: true, term: { type: 'prop', prop, op, value: number } }
}

function readRated(value: string): TermResult {
  const [days, grade, ...rest] = value.split(':')
  const n = readDays(days ?? '')
  if (n === null || rest.length > 0) return fail(daysMessage('rated', value))
  if (grade === undefined) return { ok: true, term: { type: 'rated', days: n, grade: null } }
  if (!/^[1-4]$/.test(grade)) {
    return fail(
      `“rated:${value}”: the grade after the days is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).`
    )
  }
  return { ok: true, term: { type: 'rated', days: n, grade: Number(grade) as Grade } }
}

function readDays(text: string): number | null {
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= MAX_DAYS ? n : null
}

function daysMessage(key: 'rated' | 'added', value: string): string {
  const what = key === 'rated' ? 'answered' : 'added'
  const extra = key === 'rated' ? ', with :1 to :4 after it for one grade (rated:7:1)' : ''
  return `“${key}:${value}” needs a number of days from 1 (today) to ${MAX_DAYS}: ${key}:7 finds cards ${what} in the last week${extra}.`
}

function list(key: string, values: readonly string[]): string {
  return values.map((v) => `${key}:${v}`).join(', ')
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message }
}

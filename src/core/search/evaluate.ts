/**
 * Runs a parsed query over cards. `compileQuery` turns the tree into one predicate once, so a
 * search over 100,000 cards does the per-query work (lower-casing, day bounds, answer sets) once
 * rather than per card.
 */
import type { CardKind, Grade } from '../model'
import { DAY_MS } from '../calendar'
import { LEECH_TAG } from '../review/leech'
import { dayStart, nextDayStart } from '../review/study-day'
import type {
  CardState,
  Comparison,
  KindName,
  PropName,
  SearchableCard,
  SearchContext,
  SearchNode,
  SearchTerm
} from './types'

export type CardPredicate = (card: SearchableCard) => boolean

const KINDS: Record<KindName, readonly CardKind[]> = {
  who: ['quote-who', 'reported-who'],
  where: ['quote-where'],
  when: ['quote-when'],
  fact: ['fact-cloze'],
  term: ['term-meaning']
}

export function compileQuery(node: SearchNode, ctx: SearchContext): CardPredicate {
  switch (node.type) {
    case 'all':
      return () => true
    case 'and': {
      const parts = node.items.map((n) => compileQuery(n, ctx))
      return (c) => parts.every((p) => p(c))
    }
    case 'or': {
      const parts = node.items.map((n) => compileQuery(n, ctx))
      return (c) => parts.some((p) => p(c))
    }
    case 'not': {
      const inner = compileQuery(node.item, ctx)
      return (c) => !inner(c)
    }
    default:
      return compileTerm(node, ctx)
  }
}

/** The cards of `cards` that match, in their order. */
export function filterCards<C extends SearchableCard>(
  cards: readonly C[],
  node: SearchNode,
  ctx: SearchContext
): C[] {
  if (node.type === 'all') return [...cards]
  const test = compileQuery(node, ctx)
  return cards.filter(test)
}

/** The study day `days - 1` days before today's starts: `rated:1` and `added:1` mean today. */
export function windowStart(days: number, now: number, dayStartHour: number): number {
  const today = new Date(dayStart(now, dayStartHour))
  return new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - (days - 1),
    dayStartHour
  ).getTime()
}

/** The answer windows a query reads, so the caller can load them before `compileQuery`. */
export function answerWindows(
  node: SearchNode,
  now: number,
  dayStartHour: number
): Array<{ since: number; grade: Grade | null }> {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.items.flatMap((n) => answerWindows(n, now, dayStartHour))
    case 'not':
      return answerWindows(node.item, now, dayStartHour)
    case 'rated':
      return [{ since: windowStart(node.days, now, dayStartHour), grade: node.grade }]
    default:
      return []
  }
}

function compileTerm(term: SearchTerm, ctx: SearchContext): CardPredicate {
  switch (term.type) {
    case 'text': {
      const match = textMatcher(term.text)
      return (c) => match(c.front) || match(c.back)
    }
    case 'kind': {
      const kinds = KINDS[term.kind]
      return (c) => kinds.includes(c.kind)
    }
    case 'article': {
      const match = textMatcher(term.text)
      return (c) => match(c.article)
    }
    case 'speaker': {
      const match = textMatcher(term.text)
      return (c) => c.speaker !== null && match(c.speaker)
    }
    case 'tag': {
      const match = wholeMatcher(term.text)
      return (c) => c.tags.some(match)
    }
    case 'is':
      return stateTest(term.state, ctx)
    case 'prop':
      return propTest(term.prop, term.op, term.value, ctx)
    case 'rated': {
      const ids = ctx.answeredSince(windowStart(term.days, ctx.now, ctx.dayStartHour), term.grade)
      return (c) => ids.has(c.id)
    }
    case 'added': {
      const since = windowStart(term.days, ctx.now, ctx.dayStartHour)
      return (c) => c.createdAt >= since
    }
  }
}

function stateTest(state: CardState, ctx: SearchContext): CardPredicate {
  const { now } = ctx
  switch (state) {
    case 'new':
      return (c) => c.sched.phase === 0
    case 'learn':
      return (c) => c.sched.phase === 1 || c.sched.phase === 3
    case 'review':
      return (c) => c.sched.phase === 2 || c.sched.phase === 3
    case 'due': {
      // As the review queue sees it: studied, due before today ends, neither suspended nor buried.
      const end = nextDayStart(now, ctx.dayStartHour)
      return (c) =>
        c.sched.phase !== 0 &&
        c.sched.due < end &&
        !c.suspended &&
        !(c.buriedUntil !== null && c.buriedUntil > now)
    }
    case 'suspended':
      return (c) => c.suspended
    case 'buried':
      return (c) => c.buriedUntil !== null && c.buriedUntil > now
    case 'leech':
      return (c) => c.tags.includes(LEECH_TAG)
  }
}

function propTest(
  prop: PropName,
  op: Comparison,
  value: number,
  ctx: SearchContext
): CardPredicate {
  const cmp = comparator(op)
  switch (prop) {
    case 'r':
      return (c) => {
        const r = ctx.retrievability(c)
        return r !== null && cmp(r, value)
      }
    case 'ivl':
      return (c) => c.sched.phase !== 0 && cmp(c.sched.scheduledDays, value)
    case 'lapses':
      return (c) => cmp(c.sched.lapses, value)
    case 'reps':
      return (c) => cmp(c.sched.reps, value)
    case 's':
      return (c) => c.sched.phase !== 0 && cmp(c.sched.stability, value)
    case 'd':
      return (c) => c.sched.phase !== 0 && cmp(c.sched.difficulty, value)
    case 'due': {
      // Days from today: prop:due=0 is due today, prop:due=1 tomorrow, prop:due<0 overdue.
      const today = dayStart(ctx.now, ctx.dayStartHour)
      return (c) => c.sched.phase !== 0 && cmp(Math.floor((c.sched.due - today) / DAY_MS), value)
    }
  }
}

function comparator(op: Comparison): (a: number, b: number) => boolean {
  switch (op) {
    case '<':
      return (a, b) => a < b
    case '<=':
      return (a, b) => a <= b
    case '>':
      return (a, b) => a > b
    case '>=':
      return (a, b) => a >= b
    case '=':
      return (a, b) => a === b
    case '!=':
      return (a, b) => a !== b
  }
}

/** Case-insensitive; `*` stands for any run of characters. Matches anywhere in the text. */
export function textMatcher(pattern: string): (text: string) => boolean {
  const needle = fold(pattern)
  if (!needle.includes('*')) return (text) => fold(text).includes(needle)
  const re = new RegExp(needle.split('*').map(escapeRegExp).join('.*'), 's')
  return (text) => re.test(fold(text))
}

/** Case-insensitive, the whole text; `*` stands for any run of characters (tags). */
function wholeMatcher(pattern: string): (text: string) => boolean {
  const needle = fold(pattern)
  const re = new RegExp(`^${needle.split('*').map(escapeRegExp).join('.*')}$`, 's')
  return (text) => re.test(fold(text))
}

/** Lower case without accents, so "Zelenskyy" finds "ZELENSKYY" and "sao" finds "São". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * `npm run cards -- [--json] FILE`, as a pure function so it can be tested without a process:
 * file reading and output are passed in. All article logic lives in src/core.
 */
import { isUserFacingError } from '../core/errors'
import { decodeArticleBytes, generateFromText } from '../core/generate'
import type { Extraction } from '../core/model'

export type ReadFile = (path: string) => Uint8Array
export type Write = (text: string) => void

/** Thrown by a ReadFile for a missing or unreadable file; its message is shown to the user. */
export class FileReadError extends Error {}

const USAGE = 'usage: npm run cards -- [--json | --explain] FILE'

export function runCardsCli(args: string[], readFile: ReadFile, out: Write, err: Write): number {
  const json = args.includes('--json')
  const explain = args.includes('--explain')
  const unknown = args.find(
    (a) => a.startsWith('-') && a !== '--json' && a !== '--explain' && a !== '-'
  )
  const files = args.filter((a) => !a.startsWith('-'))
  if (args.includes('--help') || args.includes('-h')) {
    out(`${USAGE}\n`)
    return 0
  }
  if (unknown) {
    err(`cards: unknown option ${unknown}; ${USAGE}\n`)
    return 2
  }
  if (files.length !== 1) {
    err(`cards: ${files.length === 0 ? 'no file given' : 'give exactly one file'}; ${USAGE}\n`)
    return 2
  }
  const file = files[0]!
  try {
    const extraction = generateFromText(decodeArticleBytes(readFile(file)))
    out(
      json
        ? `${JSON.stringify(toJson(extraction), null, 2)}\n`
        : explain
          ? formatExplain(extraction)
          : formatReadable(extraction)
    )
    return 0
  } catch (e) {
    if (isUserFacingError(e) || e instanceof FileReadError) {
      err(`cards: ${file}: ${oneLine(e.message)}\n`)
      return 2
    }
    throw e
  }
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()

export function toJson(x: Extraction): unknown {
  return {
    title: x.article.title,
    published: x.article.published,
    quotes: x.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      where: q.where,
      when: q.when?.label ?? null
    })),
    reported: x.reported.map((r) => ({
      text: r.text,
      speaker: r.speaker,
      where: r.where,
      when: r.when?.label ?? null
    })),
    facts: x.facts.map((f) => ({ sentence: f.sentence, answer: f.answer })),
    cards: x.cards.map((c) => ({
      id: c.id,
      kind: c.kind,
      front: c.front,
      back: c.back,
      sentenceIndex: c.sentenceIndex,
      answerSpan: c.answerSpan,
      quoteId: c.quoteId
    }))
  }
}

export function formatReadable(x: Extraction): string {
  const lines = [
    x.article.title,
    x.article.published ? `Published ${x.article.published}` : 'No publication date',
    ''
  ]
  lines.push(
    `${x.quotes.length} quotes, ${x.reported.length} reported statements, ${x.facts.length} facts, ${x.cards.length} cards`,
    ''
  )
  x.cards.forEach((c, i) => {
    lines.push(`${String(i + 1).padStart(3)}. [${c.kind}] ${c.front}`, `     → ${c.back}`)
  })
  return `${lines.join('\n')}\n`
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * `--explain`: for each quotation, the sieve that found its speaker and the rule that resolved
 * the mention, the speakers weighed, the confidence, and the sieves behind its place and time.
 */
export function formatExplain(x: Extraction): string {
  const lines = [x.article.title, '']
  x.quotes.forEach((q, i) => {
    const b = q.basis
    lines.push(`${String(i + 1).padStart(3)}. “${clip(q.text, 70)}”`)
    lines.push(
      `     who   ${q.speaker ?? '—'}  [${b?.sieve ?? '?'}${b?.rule ? ` → ${b.rule}` : ''}, confidence ${b?.confidence.toFixed(2) ?? '?'}]`
    )
    if (b && b.candidates.length > 1) lines.push(`           weighed: ${b.candidates.join(' · ')}`)
    lines.push(`     where ${q.where ?? '—'}${b?.whereSieve ? `  [${b.whereSieve}]` : ''}`)
    lines.push(
      `     when  ${q.when ? `${q.when.phrase} (${q.when.label})` : '—'}${b?.whenSieve ? `  [${b.whenSieve}]` : ''}`
    )
  })
  return `${lines.join('\n')}\n`
}

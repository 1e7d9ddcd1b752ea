import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseRevlogCsv } from '../optimizer/revlog-csv'
import type { ReviewLogEntry } from '../model'
import { at, logEntry, sched } from './sample-library'
import { FSRS_REVLOG_HEADER, fsrsRevlogCsv, numericCardId } from './fsrs-revlog-csv'

async function* pagesOf(entries: ReviewLogEntry[], size: number) {
  for (let i = 0; i < entries.length; i += size) yield entries.slice(i, i + size)
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = []
  for await (const c of chunks) out.push(c)
  return out
}

describe('history for the FSRS tools', () => {
  const t0 = at(2025, 1, 15)
  const entries: ReviewLogEntry[] = [
    { ...logEntry(1, 1, t0), durationMs: 4200.4 },
    { ...logEntry(2, 3, t0 + 600_000), before: sched({ phase: 1 }) },
    { ...logEntry(3, 4, t0 + 86_400_000), cardId: 'other, "odd" id', before: sched({ phase: 2 }) }
  ]

  it('writes a chunk per page that a CSV parser reads back as the FSRS columns', async () => {
    const chunks = await collect(fsrsRevlogCsv(pagesOf(entries, 2)))
    expect(chunks).toHaveLength(3)
    expect(chunks[0]).toBe(FSRS_REVLOG_HEADER)
    const parsed = Papa.parse<Record<string, string>>(chunks.join(''), {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([
      'card_id',
      'review_time',
      'review_rating',
      'review_state',
      'review_duration'
    ])
    expect(parsed.data).toEqual([
      {
        card_id: String(numericCardId('c1')),
        review_time: String(t0),
        review_rating: '1',
        review_state: '0',
        review_duration: '4200'
      },
      {
        card_id: String(numericCardId('c1')),
        review_time: String(t0 + 600_000),
        review_rating: '3',
        review_state: '1',
        review_duration: '4200'
      },
      {
        card_id: String(numericCardId('other, "odd" id')),
        review_time: String(t0 + 86_400_000),
        review_rating: '4',
        review_state: '2',
        review_duration: '4200'
      }
    ])
  })

  it('gives each card one safe whole-number id, the same every time', () => {
    const id = numericCardId('c1')
    expect(Number.isSafeInteger(id) && id > 0).toBe(true)
    expect(numericCardId('c1')).toBe(id)
    expect(numericCardId('c2')).not.toBe(id)
  })

  it('is read by the app’s own revlog importer as an FSRS history', async () => {
    const text = (await collect(fsrsRevlogCsv(pagesOf(entries, 10)))).join('')
    const imported = parseRevlogCsv(text, 4)
    expect(imported.format).toBe('fsrs')
    expect(imported.reviews.map((r) => [r.grade, r.fromNew])).toEqual([
      [1, true],
      [3, true],
      [4, false]
    ])
  })
})

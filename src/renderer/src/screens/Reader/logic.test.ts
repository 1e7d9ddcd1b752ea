import { describe, expect, it } from 'vitest'
import { parseArticle } from '@core/article/parse-article'
import { DAY_MS } from '@core/calendar'
import type { Sentence } from '@core/model'
import { generateFromText } from '@core/generate'
import {
  blockRuns,
  leadDateline,
  marksBySentence,
  quotesShown,
  readerBlocks,
  scheduleLabel,
  segmentSentence,
  type Run
} from './logic'
import { newSchedulingState } from '@core/review/scheduler'

describe('reader highlighting', () => {
  it('splits a sentence into plain text, quote and fact runs', () => {
    const text = '"We grew," she said, by 8 percent.'
    expect(
      segmentSentence(text, [
        { start: 24, end: 33, kind: 'fact' },
        { start: 1, end: 9, kind: 'quote' }
      ])
    ).toEqual([
      { text: '"', mark: null },
      { text: 'We grew,', mark: 'quote' },
      { text: '" she said, by ', mark: null },
      { text: '8 percent', mark: 'fact' },
      { text: '.', mark: null }
    ])
  })

  it('keeps a fact inside a quote as part of the quote', () => {
    const segments = segmentSentence('abc 80 percent def', [
      { start: 0, end: 18, kind: 'quote' },
      { start: 4, end: 14, kind: 'fact' }
    ])
    expect(segments).toEqual([{ text: 'abc 80 percent def', mark: 'quote' }])
  })

  it('marks a quote whose speaker, place or time is still to be checked', () => {
    const x = generateFromText(
      [
        'date 2025-03-14 Art students flock to the museum',
        '"We have run out of time," Mayor Ana Duarte said.',
        'Kiara Perkins, a student, skipped class for the show. Why did she go? "It is Warhol."'
      ].join('\n\n')
    )
    const guessed = x.quotes.find((q) => q.text.startsWith('It is'))!
    const sure = x.quotes.find((q) => q.text.startsWith('We have'))!
    const sentence = x.article.sentences[guessed.sentenceIndex]!.text
    const [mark] = marksBySentence(x).get(guessed.sentenceIndex)!
    expect(mark).toMatchObject({ kind: 'quote', unsure: true })
    expect(segmentSentence(sentence, [mark!]).find((s) => s.mark)).toMatchObject({ unsure: true })
    expect(marksBySentence(x).get(sure.sentenceIndex)![0]).not.toHaveProperty('unsure')
    expect(quotesShown(x.quotes, guessed.sentenceIndex)).toEqual([guessed])
    expect(quotesShown(x.quotes, null)).toEqual(x.quotes)
    // The same words quoted twice are listed once.
    expect(quotesShown([...x.quotes, { ...guessed, id: 'again' }], null)).toEqual(x.quotes)
  })

  it("shows each paragraph in the source's own characters, the space after a full stop included", () => {
    const source = [
      'Mills rebuilt',
      '',
      'Workers at a mill in Linzhou, March 19, 2025. (Xinhua/Li Jianan)',
      '',
      'BEIJING, July 10 (Xinhua) -- Output rose.  It doubled.',
      '',
      'Firms grew.It was "big." —'
    ].join('\n')
    const { article } = parseArticle(source)
    const { captions, paragraphs } = readerBlocks(article, source)
    const text = (runs: Run[]): string => runs.map((r) => r.text).join('')

    expect(paragraphs.map(text)).toEqual([
      'BEIJING, July 10 (Xinhua) -- Output rose. It doubled.',
      'Firms grew.It was "big." —'
    ])
    expect(paragraphs[0]![0]).toEqual({
      text: 'BEIJING, July 10 (Xinhua) -- ',
      sentence: null,
      dateline: true
    })
    // Every sentence can still be selected, and the text between them is plain.
    const selectable = paragraphs.flat().filter((r) => r.sentence !== null)
    expect(selectable.map((r) => article.sentences[r.sentence!]?.text)).toEqual(
      selectable.map((r) => r.text)
    )
    expect(paragraphs[0]!.map((r) => r.text)).toContain(' ')
    expect(captions.map(text)).toEqual([
      'Workers at a mill in Linzhou, March 19, 2025. (Xinhua/Li Jianan)'
    ])
    expect(captions[0]!.some((r) => r.sentence !== null)).toBe(true)
  })

  it('joins sentences by spaces when the paragraph does not hold them as written', () => {
    const s = (index: number, text: string): Sentence => ({
      index,
      paragraph: 0,
      text,
      caption: false
    })
    expect(blockRuns('A. B.', [s(0, 'A.'), s(1, 'B.')]).map((r) => r.text)).toEqual([
      'A.',
      ' ',
      'B.'
    ])
    expect(blockRuns('Other text', [s(0, 'A.'), s(1, 'B.')]).map((r) => r.text)).toEqual([
      'A.',
      ' ',
      'B.'
    ])
    expect(leadDateline('Title\n\nNo dateline here.', 'No dateline here.')).toBe('')
  })

  it("labels a card's schedule", () => {
    const now = Date.UTC(2025, 6, 20)
    const fresh = newSchedulingState(now)
    expect(scheduleLabel(fresh, now)).toBe('New')
    expect(scheduleLabel({ ...fresh, phase: 2, due: now + 4 * DAY_MS }, now)).toBe(
      'Next review in 4d'
    )
    expect(scheduleLabel({ ...fresh, phase: 1, due: now - 1 }, now)).toBe('Due now')
  })
})

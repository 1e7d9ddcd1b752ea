/**
 * The tagger the generator reads every paragraph with (issue 8 asks to measure wink-nlp against
 * compromise): wink tags a megabyte, parts of speech and number/date entities included, inside
 * the generator's 2 s budget; compromise's full tagger is timed on a tenth of it and scaled.
 */
import nlp from 'compromise'
import { tag } from '../src/core/extract/tagging/tag'
import { articleOfSize, fixtureTexts } from './article-text'
import type { BenchResult } from './bench-result'

export default async function bench(): Promise<BenchResult[]> {
  const texts = [...fixtureTexts('wikinews'), ...fixtureTexts('dev2')].map((f) => f.text)
  const megabyte = articleOfSize(texts, 1024 * 1024, 'One megabyte of news')
  const paragraphs = megabyte.split('\n\n')
  tag(paragraphs[1]!)
  let t0 = performance.now()
  for (const p of paragraphs) tag(p)
  const wink = performance.now() - t0
  const tenth = megabyte.slice(0, megabyte.length / 10)
  t0 = performance.now()
  nlp(tenth).json({ terms: { tags: true } })
  const compromise = (performance.now() - t0) * 10
  return [
    {
      name: 'wink-nlp tags 1 MB, paragraph by paragraph',
      value: wink,
      unit: 'ms',
      limit: 2000,
      floor: { name: 'compromise on the same text', value: compromise },
      detail: `compromise's full tagger: ${compromise.toFixed(0)} ms per MB (timed on 100 KB)`
    }
  ]
}

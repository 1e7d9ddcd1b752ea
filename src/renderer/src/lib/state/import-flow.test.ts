import { beforeEach, describe, expect, it } from 'vitest'
import { quoteKey } from '@core/library/corrections'
import type { NewsdeckDatabase } from '../db/database'
import { freshDatabase } from '../db/test-support'
import { useImportEngine } from '../generation/import-engine'
import { inPlaceImportEngine } from '../generation/test-support'
import { importFlow } from './import-flow.svelte'

const TEXT = [
  'date 2025-03-14 Students queue for the Warhol show',
  'Mayor Ana Duarte opened the exhibition at the city museum in Boston on Thursday.',
  '"We have waited ten years for this," Duarte said.',
  'Kiara Perkins, a student, skipped class with her teacher, Maya Lin. Why did they go? "It is Warhol."'
].join('\n\n')
const NOW = Date.UTC(2025, 6, 20, 9)

// No workers here: the import worker's jobs run in place.
useImportEngine(inPlaceImportEngine())

let db: NewsdeckDatabase
beforeEach(async () => {
  db = await freshDatabase()
  importFlow.reset()
})

const warholId = () => importFlow.checks.find((c) => c.quote.text === 'It is Warhol.')!.quote.id
const whoDraft = () =>
  importFlow.drafts.find((d) => d.card.quoteId === warholId() && d.card.kind === 'quote-who')!

describe('the import flow checks attributions', () => {
  it('applies a choice to the drafts and saves it with the article', async () => {
    await importFlow.fromText(TEXT)
    expect(importFlow.phase).toBe('review')
    expect(importFlow.checks.map((c) => c.check.fields)).toEqual([['where', 'when'], ['speaker']])
    expect(whoDraft().back).toBe('Kiara Perkins')

    const id = warholId()
    await importFlow.correct(id, { speaker: 'Maya Lin' })
    expect(whoDraft().back).toBe('Maya Lin')
    // The check stays listed, now settled.
    expect(importFlow.checks).toHaveLength(2)
    expect(importFlow.checks.find((c) => c.quote.id === id)!.unsure.speaker).toBe(false)
    await importFlow.save(NOW)
    expect(importFlow.phase).toBe('saved')

    const [article] = await db.articles.toArray()
    expect(article!.corrections).toEqual({ [quoteKey('It is Warhol.')]: { speaker: 'Maya Lin' } })
    const quote = article!.extraction.quotes.find((q) => q.text === 'It is Warhol.')!
    expect(quote).toMatchObject({ speaker: 'Maya Lin', confirmed: true })
    expect(
      (await db.cards.toArray()).find((c) => c.quoteId === quote.id && c.kind === 'quote-who')!.back
    ).toBe('Maya Lin')
  })

  it("applies the library's corrections to a re-import, edited, before the preview", async () => {
    await importFlow.fromText(TEXT)
    await importFlow.correct(warholId(), { speaker: 'Maya Lin' })
    await importFlow.save(NOW)

    await importFlow.fromText(TEXT.replace('on Thursday', 'on Thursday morning'))
    expect(importFlow.existing).not.toBeNull()
    expect(importFlow.reapplied).toBe(1)
    // A new text, so new quote ids; the card keeps its id (it hangs on the quote's words).
    const who = importFlow.drafts.find((d) => d.card.front === 'Who said: “It is Warhol.”?')!
    expect(who.back).toBe('Maya Lin')
    expect(importFlow.checks.map((c) => c.check.fields)).toEqual([['where', 'when']])
    await importFlow.save(NOW + 1000)
    const articles = await db.articles.toArray()
    expect(articles).toHaveLength(1)
    expect(articles[0]!.corrections).toEqual({
      [quoteKey('It is Warhol.')]: { speaker: 'Maya Lin' }
    })
  })

  it('ignores a choice when nothing is under review, and says so when the engine refuses one', async () => {
    await importFlow.correct('q', { speaker: 'Nobody' })
    expect(importFlow.error).toBeNull()
    await importFlow.fromText(TEXT)
    await importFlow.correct('not-a-quote', { speaker: 'Nobody' })
    expect(importFlow.error).toMatch(/That choice was not applied: .*not one to check/)
  })
})

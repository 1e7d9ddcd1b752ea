import { beforeEach, describe, expect, it } from 'vitest'
import { database } from '../db/database'
import { freshDatabase } from '../db/test-support'
import { ImportJobs } from './import-job'

const article = (title: string): string =>
  `${title}\n\n"We are ready," Li Wei said on Thursday. The port handled 5 million tonnes in 2024.`

const paste = (title: string) => ({ kind: 'paste', text: article(title) }) as const

beforeEach(async () => {
  await freshDatabase()
})

describe('ImportJobs', () => {
  it('hands the page the cards and their sentences, and saves the whole extraction itself', async () => {
    const jobs = new ImportJobs()
    const steps: string[] = []
    const preview = await jobs.generate(1, paste('Port reopens'), (m) => steps.push(m))
    expect(steps).toEqual([
      'Step 1 of 6: Reading the article…',
      'Step 2 of 6: Finding quotes and who said them…',
      'Step 3 of 6: Finding reported statements and terms…',
      'Step 4 of 6: Finding facts and figures…',
      'Step 5 of 6: Writing the cards…',
      'Step 6 of 6: Checking your library…'
    ])
    expect(preview).toMatchObject({ job: 1, article: { title: 'Port reopens' }, existing: null })
    expect(Object.keys(preview)).not.toContain('extraction')
    for (const card of preview.cards) expect(preview.sentences[card.sentenceIndex]).toBeTruthy()

    const result = await jobs.save(
      {
        job: 1,
        cards: preview.cards.slice(1),
        source: 'paste',
        fileName: null,
        replaces: null,
        now: 1
      },
      () => undefined
    )
    expect(result.added).toBe(preview.cards.length - 1)
    const stored = await database().articles.get(preview.article.id)
    expect(stored?.extraction.article.sentences.length).toBe(2)
    expect(stored?.text).toBe(article('Port reopens'))
  })

  it('saves the article a preview came from, when two imports overlap', async () => {
    const jobs = new ImportJobs()
    const first = await jobs.generate(1, paste('First'), () => undefined)
    const second = await jobs.generate(2, paste('Second'), () => undefined)
    const request = { source: 'paste', fileName: null, replaces: null, now: 1 } as const
    await jobs.save({ ...request, job: first.job, cards: first.cards }, () => undefined)
    expect((await database().articles.toArray()).map((a) => a.title)).toEqual(['First'])
    await jobs.save({ ...request, job: second.job, cards: second.cards }, () => undefined)
    expect(() => jobs.save({ ...request, job: 2, cards: [] }, () => undefined)).toThrow(
      /no longer ready/
    )
  })

  it('applies a choice where the article is kept, and saves it with the article', async () => {
    const jobs = new ImportJobs()
    const text =
      'Queue at the museum\n\nKiara Perkins, a student, skipped class with her teacher, Maya Lin. Why did they go? "It is Warhol."'
    const preview = await jobs.generate(1, { kind: 'paste', text }, () => undefined)
    const [check] = preview.attributions.checks
    expect(check).toMatchObject({
      check: { fields: ['speaker'] },
      quote: { text: 'It is Warhol.' }
    })
    const update = jobs.correct({
      job: 1,
      quoteId: check!.quote.id,
      change: { speaker: 'Maya Lin' }
    })
    expect(update.cards.map((c) => c.back)).toEqual(['Maya Lin'])
    expect(() => jobs.correct({ job: 9, quoteId: 'q', change: {} })).toThrow(/no longer ready/)
    await jobs.save(
      { job: 1, cards: [], source: 'paste', fileName: null, replaces: null, now: 1 },
      () => undefined
    )
    const stored = await database().articles.get(preview.article.id)
    expect(stored?.corrections).toEqual({ 'it is warhol.': { speaker: 'Maya Lin' } })
    expect(stored?.extraction.quotes[0]).toMatchObject({ speaker: 'Maya Lin', confirmed: true })
  })
})

import { expect, test } from '@playwright/test'
import { checkDatabaseInApp } from '../bench/browser/recount'
import { seedInPage, type SeedOptions } from '../bench/browser/seed-data'
import { openApp } from './support'

// More articles than the Library builds in its first frame, so the rows that follow are checked too.
const SEED: SeedOptions = {
  articles: 60,
  cards: 10_000,
  logs: 20_000,
  batch: 5000,
  dayStartHour: 4
}

test('the Library on a seeded 10,000-card profile shows each article’s counts', async ({
  page
}) => {
  // Seeding and one recount of 10,000 cards: seconds alone, a minute on a busy machine.
  test.setTimeout(240_000)
  await openApp(page)
  await page.goto('/#/settings')
  const seed = await page.evaluate(seedInPage, SEED)
  expect(seed.articles).toHaveLength(SEED.articles)

  // The cards were written past the app: Check database counts them, and says it repaired
  // every seeded article's counts; a second check finds nothing wrong.
  const first = await checkDatabaseInApp(page, 120_000)
  expect(first).toMatch(/^Checked 61 articles and 10,0\d\d cards: the card counts of 60 articles/)
  expect(await checkDatabaseInApp(page, 120_000)).toMatch(/every count was right\.$/)

  await page.goto('about:blank')
  await page.goto('/')
  const rows = page.getByRole('listitem').filter({ has: page.getByTestId('card-phases') })
  await expect(rows).toHaveCount(SEED.articles + 1)
  for (const article of seed.articles) {
    const row = rows.filter({
      has: page.getByRole('heading', { name: article.title, exact: true })
    })
    const cards = article.new + article.learning + article.review
    await expect(row.getByTestId('card-count')).toHaveText(`${cards} cards`)
    await expect(row.getByTestId('card-phases')).toHaveText(
      `${article.new} new, ${article.learning} learning, ${article.review} in review`
    )
    if (article.dueToday)
      await expect(row.getByTestId('card-due')).toHaveText(`${article.dueToday} due today`)
    else await expect(row.getByTestId('card-due')).toHaveCount(0)
  }
  const total = seed.articles.reduce((n, a) => n + a.new + a.learning + a.review, 0)
  expect(total).toBe(SEED.cards)
})

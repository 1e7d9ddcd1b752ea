import { expect, test, type Page } from '@playwright/test'
import {
  BUNDLED_TITLE,
  fixture,
  forEachView,
  openApp,
  nextScreen,
  seriousViolations,
  startReview,
  withoutSiblingBurying
} from './support'

const MUSEUM_TITLE = 'Students queue for the Warhol show at the city museum'

async function pasteArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import article…' }).click()
  await page.getByLabel(/Paste the article/).fill(text)
  await page.getByRole('button', { name: 'Generate cards' }).click()
  await expect(page.getByRole('heading', { name: MUSEUM_TITLE })).toBeVisible()
}

async function importMuseum(page: Page): Promise<void> {
  await pasteArticle(page, fixture('museum-visit.txt'))
  await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
  await page.getByRole('button', { name: 'Open the article' }).click()
  await expect(page.getByRole('heading', { name: MUSEUM_TITLE, level: 1 })).toBeVisible()
}

/** Opens the app and deletes the bundled article, so the next article's cards open the review. */
async function openWithoutBundled(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await page.getByRole('button', { name: 'Delete article…' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
}

/**
 * Opens the review, none of its cards buried as another's sibling, and grades Good every card
 * before the first whose question holds `words`; that one is left showing, unanswered.
 */
async function reviewUpTo(page: Page, words: string): Promise<string> {
  await withoutSiblingBurying(page)
  await startReview(page)
  for (let i = 0; i < 12; i++) {
    const front = await nextScreen(page, null)
    expect(front).not.toBe('done')
    if (front.includes(words)) return front
    await page.keyboard.press('Space')
    await page.keyboard.press('3')
    await nextScreen(page, front)
  }
  throw new Error(`no card asks "${words}" among the first 12`)
}

/** The reader's row for a quote: its words, its speaker, its marks. */
const speakerRow = (page: Page, words: string) =>
  page.getByTestId('quote-speaker').filter({ hasText: words }).first()

/** The review logs and schedule phase IndexedDB holds for the card with this answer. */
function storedCard(
  page: Page,
  back: string
): Promise<{ id: string; phase: number; logs: number }> {
  return page.evaluate(
    (back) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('newsdeck')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(['cards', 'reviewLogs'])
          const cards = tx.objectStore('cards').getAll()
          const logs = tx.objectStore('reviewLogs').getAll()
          tx.oncomplete = () => {
            const card = (
              cards.result as Array<{ id: string; back: string; sched: { phase: number } }>
            ).find((c) => c.back === back)!
            const count = (logs.result as Array<{ cardId: string }>).filter(
              (l) => l.cardId === card.id
            ).length
            open.result.close()
            resolve({ id: card.id, phase: card.sched.phase, logs: count })
          }
        }
      }),
    back
  )
}

test('an unsure speaker is checked in the preview; the choice survives answering and re-importing', async ({
  page
}) => {
  await openWithoutBundled(page)

  await pasteArticle(page, fixture('museum-visit.txt'))
  const checks = page.getByTestId('attribution-check')
  await expect(checks).toHaveCount(2)
  const warhol = checks.filter({ hasText: 'It is Warhol.' })
  await expect(warhol).toContainText('check the speaker')
  await expect(warhol).toContainText('Maya Lin')
  const draft = page.getByTestId('card-draft').filter({ hasText: 'Who said: “It is Warhol.”?' })
  await expect(draft).toContainText('check the speaker')
  await expect(draft).toContainText('Answer: Kiara Perkins')

  await warhol.getByRole('button', { name: 'Maya Lin' }).click()
  await expect(draft).toContainText('Answer: Maya Lin')
  await expect(draft).not.toContainText('check the speaker')
  await expect(warhol.getByRole('button', { name: 'Maya Lin' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await expect(warhol.locator('.check-mark')).toHaveCount(0)
  await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
  await page.getByRole('button', { name: 'Open the article' }).click()
  await expect(speakerRow(page, 'It is Warhol.')).toContainText('Maya Lin')
  await expect(speakerRow(page, 'It is Warhol.').locator('.check-mark')).toHaveCount(0)
  await expect(
    page.getByTestId('article-card').filter({ hasText: 'It is Warhol.' }).locator('.back')
  ).toHaveText('Maya Lin')

  // Answer cards in order until the Warhol card has been answered once.
  const warholCard = await reviewUpTo(page, 'It is Warhol')
  await page.keyboard.press('Space')
  await page.keyboard.press('3')
  await nextScreen(page, warholCard)
  const answered = await storedCard(page, 'Maya Lin')
  expect(answered.logs).toBe(1)

  // The same article, edited, imported again.
  await page.keyboard.press('Control+1')
  await pasteArticle(page, fixture('museum-visit.txt').replace('2,000 visitors', '2,500 visitors'))
  await expect(page.getByTestId('already-in-library')).toContainText(
    'already has an article titled'
  )
  await expect(page.getByTestId('corrections-reapplied')).toContainText('who said a quote')
  await expect(checks).toHaveCount(1)
  await expect(checks).not.toContainText('It is Warhol.')
  await expect(draft).toContainText('Answer: Maya Lin')
  await page.getByRole('button', { name: /^Update article/ }).click()
  await expect(page.getByTestId('import-result')).toContainText('kept with their history')
  await page.getByRole('button', { name: 'Open the article' }).click()
  await expect(speakerRow(page, 'It is Warhol.')).toContainText('Maya Lin')
  await expect(speakerRow(page, 'It is Warhol.').locator('.check-mark')).toHaveCount(0)
  const card = page.getByTestId('article-card').filter({ hasText: 'It is Warhol.' })
  await expect(card.locator('.due')).not.toHaveText('New')
  expect(await storedCard(page, 'Maya Lin')).toEqual(answered)
})

test('review marks an answer nobody checked and leads to its sentence; checked there, the mark goes', async ({
  page
}) => {
  await openWithoutBundled(page)
  // Added without answering the preview's checks.
  await importMuseum(page)

  const question = 'Who said: “It is Warhol.”?'
  await reviewUpTo(page, question)
  await expect(page.getByTestId('card-front')).toHaveText(question)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toHaveText('Kiara Perkins')
  const note = page.getByTestId('card-unsure')
  await expect(note).toContainText('check the speaker')
  await note.getByRole('link', { name: 'Check it in the article' }).click()
  await expect(page.getByRole('heading', { name: MUSEUM_TITLE, level: 1 })).toBeVisible()

  const row = speakerRow(page, 'It is Warhol.')
  await expect(row).toContainText('check the speaker')
  await row.getByRole('button', { name: /Kiara Perkins/ }).click()
  const dialog = page.getByTestId('attribution-dialog')
  await dialog.getByRole('button', { name: 'Maya Lin' }).click()
  await expect(dialog.getByRole('status')).toContainText('Saved')
  await dialog.getByRole('button', { name: 'Done' }).click()

  // The same card, not yet answered, now asks with the checked answer and no mark.
  await startReview(page)
  await expect(page.getByTestId('card-front')).toHaveText(question)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toHaveText('Maya Lin')
  await expect(page.getByTestId('card-unsure')).toHaveCount(0)
})

test('the reader shows each quote’s speaker; clicking the name corrects it and its card', async ({
  page
}) => {
  await openApp(page)
  await importMuseum(page)
  const row = speakerRow(page, 'It is Warhol.')
  await expect(row).toContainText('Kiara Perkins')
  await expect(row).toContainText('check the speaker')
  await expect(page.getByTestId('article-body').locator('mark.quote.unsure')).toHaveCount(2)

  await row.getByRole('button', { name: /Kiara Perkins/ }).click()
  const dialog = page.getByTestId('attribution-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Maya Lin' }).click()
  await expect(dialog.getByRole('status')).toContainText('Saved')
  await expect(dialog.getByRole('button', { name: 'Maya Lin' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  await expect(row).toContainText('Maya Lin')
  await expect(row).not.toContainText('check the speaker')
  await expect(page.getByTestId('article-body').locator('mark.quote.unsure')).toHaveCount(1)
  const who = page.getByTestId('article-card').filter({ hasText: 'It is Warhol.' })
  await expect(who).toHaveCount(1)
  await expect(who.locator('.back')).toHaveText('Maya Lin')

  // A typed place adds the quote's "where" card.
  await row.getByRole('button', { name: /Maya Lin/ }).click()
  await dialog.getByRole('button', { name: 'Another place…' }).click()
  await dialog.getByLabel('Where was it said?').fill('the city museum')
  await dialog.getByRole('button', { name: 'Use this' }).click()
  await expect(dialog.getByRole('status')).toContainText('Saved')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('article-card').filter({ hasText: 'It is Warhol.' })).toHaveCount(2)

  // Still so after a reload.
  await page.reload()
  await expect(speakerRow(page, 'It is Warhol.')).toContainText('Maya Lin')
})

test('the quiz says how many quotes it leaves out and leads to them; checked, they come back', async ({
  page
}) => {
  await openApp(page)
  await page.keyboard.press('Control+3')
  const leftOut = page.getByTestId('quiz-left-out')
  // The bundled article's fourth quote takes its place and time from the sentence before.
  await expect(leftOut).toContainText('1 quote left out until you check its speaker, place or time')
  await leftOut.getByRole('link', { name: `Check it in “${BUNDLED_TITLE}”` }).click()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeVisible()

  const row = page.getByRole('complementary').getByTestId('quote-speaker')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('check the place')
  await row.getByRole('button', { name: /Xi Jinping/ }).click()
  const dialog = page.getByTestId('attribution-dialog')
  await dialog.getByRole('button', { name: /^Rizhao Port, Shandong Province · guessed/ }).click()
  await expect(
    dialog.getByRole('button', { name: 'Rizhao Port, Shandong Province' })
  ).toHaveAttribute('aria-pressed', 'true')
  await dialog.getByRole('button', { name: /^May 2024 · guessed/ }).click()
  await expect(dialog.getByRole('button', { name: 'May 2024' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(row.locator('.check-mark')).toHaveCount(0)

  await page.keyboard.press('Control+3')
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible()
  await expect(leftOut).toHaveCount(0)
})

forEachView(({ width, scheme }) => {
  test('the preview’s checks, the reader’s speakers and chooser and the quiz’s note pass axe, and are photographed', async ({
    page
  }) => {
    await openApp(page)
    await pasteArticle(page, fixture('museum-visit.txt'))
    await page
      .getByTestId('attribution-check')
      .first()
      .getByRole('button', { name: 'Another time…' })
      .click()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/import-checks-${width}-${scheme}.png` })
    expect(await seriousViolations(page), 'import preview').toEqual([])
    await page
      .getByTestId('attribution-check')
      .filter({ hasText: 'Warhol' })
      .getByRole('button', { name: 'Maya Lin' })
      .click()
    await page
      .getByTestId('card-draft')
      .filter({ hasText: 'Who said' })
      .first()
      .scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/import-drafts-${width}-${scheme}.png` })
    await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
    await page.getByRole('button', { name: 'Open the article' }).click()
    await expect(page.getByRole('heading', { name: MUSEUM_TITLE, level: 1 })).toBeVisible()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/reader-speakers-${width}-${scheme}.png` })
    expect(await seriousViolations(page), 'reader').toEqual([])
    await page.getByTestId('article-body').locator('mark.quote.unsure').first().click()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/reader-sentence-${width}-${scheme}.png` })
    // A narrow window shows the sentence's cards in a sheet; a wide one beside the article.
    const cards = width < 1000 ? page.getByTestId('cards-sheet') : page.getByRole('complementary')
    await cards.getByTestId('quote-speaker').first().getByRole('button').click()
    await expect(page.getByTestId('attribution-dialog')).toBeVisible()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/reader-chooser-${width}-${scheme}.png` })
    expect(await seriousViolations(page), 'chooser').toEqual([])
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+3')
    await expect(page.getByTestId('quiz-left-out')).toContainText('2 quotes left out')
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/screens/quiz-left-out-${width}-${scheme}.png` })
    expect(await seriousViolations(page), 'quiz').toEqual([])
  })
})

import { expect, test, type Page } from '@playwright/test'
import { counts, openApp, seriousViolations, startReview } from './support'

const table = (page: Page) => page.getByTestId('card-table')
const rows = (page: Page) => table(page).locator('[role="row"][data-card]')
const countLine = (page: Page) => page.getByTestId('browse-count')

async function openBrowse(page: Page): Promise<number> {
  await openApp(page)
  await page.keyboard.press('Control+5')
  await expect(page.getByRole('heading', { name: 'Browse', level: 1 })).toBeVisible()
  await expect(table(page)).toBeVisible()
  const text = (await countLine(page).textContent()) ?? ''
  return Number(text.match(/of (\d+) cards/)?.[1] ?? NaN)
}

async function search(page: Page, query: string): Promise<void> {
  // Cleared first, so the same query typed again is run again.
  await page.getByTestId('browse-query').fill('')
  await page.getByTestId('browse-query').fill(query)
}

/** How many cards the count line says the search found. */
async function found(page: Page): Promise<number> {
  const text = (await countLine(page).textContent()) ?? ''
  return Number(text.match(/^(\d+) of/)?.[1] ?? NaN)
}

test('search, an inline error, and sorting by a column', async ({ page }) => {
  const total = await openBrowse(page)
  expect(total).toBeGreaterThan(20)
  await expect(countLine(page)).toHaveText(`${total} of ${total} cards`)

  await search(page, 'kind:who')
  await expect.poll(() => found(page)).toBeLessThan(total)
  const who = await found(page)
  expect(who).toBeGreaterThan(0)
  for (const text of await rows(page).locator('[role="gridcell"]:first-child').allTextContents())
    expect(text).toMatch(/^Who /)

  await search(page, '-kind:who')
  await expect.poll(() => found(page)).toBe(total - who)

  // A malformed query says what is wrong and where, and leaves the last results listed.
  await page.getByTestId('browse-query').fill('kind:who (is:new')
  const error = page.getByTestId('query-error')
  await expect(error).toContainText('never closed')
  await expect(error.locator('mark')).toHaveText('(')
  await expect(page.getByTestId('browse-query')).toHaveAttribute('aria-invalid', 'true')
  expect(await found(page)).toBe(total - who)
  await search(page, 'kind:who (is:new)')
  await expect(error).toHaveCount(0)
  await expect.poll(() => found(page)).toBe(who)

  // Sorting by the question, one way then the other.
  const header = page.getByRole('columnheader', { name: /Question/ })
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  const up = await rows(page).locator('[role="gridcell"]:first-child').allTextContents()
  expect(up).toEqual([...up].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)))
  await header.getByRole('button').click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const down = await rows(page).locator('[role="gridcell"]:first-child').allTextContents()
  expect(down[0]).toBe(up.at(-1) ?? down[0])
})

test('select with Shift and Ctrl, suspend them together, and undo with Ctrl+Z', async ({
  page
}) => {
  const total = await openBrowse(page)
  await rows(page).nth(0).click()
  await rows(page)
    .nth(3)
    .click({ modifiers: ['Shift'] })
  await expect(countLine(page)).toContainText('4 selected')
  await rows(page)
    .nth(5)
    .click({ modifiers: ['Control'] })
  await expect(countLine(page)).toContainText('5 selected')
  await rows(page)
    .nth(1)
    .click({ modifiers: ['Control'] })
  await expect(countLine(page)).toContainText('4 selected')
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'false')
  await expect(rows(page).nth(5)).toHaveAttribute('aria-selected', 'true')

  await page.getByRole('toolbar').getByRole('button', { name: 'Suspend', exact: true }).click()
  await expect(page.getByTestId('browse-notice')).toHaveText('Suspended 4 cards.')
  await search(page, 'is:suspended')
  await expect.poll(() => found(page)).toBe(4)

  await table(page).focus()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('browse-notice')).toHaveText('Undone: Suspended 4 cards.')
  await search(page, 'is:suspended')
  await expect.poll(() => found(page)).toBe(0)

  // The keyboard alone: arrows move, Shift extends, Ctrl+A takes every card listed.
  await search(page, '')
  await table(page).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(countLine(page)).toContainText('3 selected')
  await page.keyboard.press('Control+a')
  await expect(countLine(page)).toContainText(`${total} selected`)
})

test('tags, untags, deletes after asking, and undoes the delete', async ({ page }) => {
  const total = await openBrowse(page)
  await rows(page).nth(0).click()
  await rows(page)
    .nth(1)
    .click({ modifiers: ['Shift'] })
  await page.getByRole('button', { name: 'Tag…', exact: true }).click()
  const dialog = page.getByTestId('action-dialog')
  await dialog.getByRole('textbox').fill('to-check')
  await dialog.getByRole('button', { name: 'Tag', exact: true }).click()
  await expect(page.getByTestId('browse-notice')).toHaveText('Tagged 2 cards to-check.')
  await search(page, 'tag:to-check')
  await expect.poll(() => found(page)).toBe(2)

  await table(page).focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await expect(dialog).toContainText('Delete 2 cards')
  await dialog.getByRole('button', { name: 'Delete 2 cards' }).click()
  await expect(page.getByTestId('browse-notice')).toHaveText('Deleted 2 cards.')
  await expect(countLine(page)).toHaveText(`0 of ${total - 2} cards`)
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(page.getByTestId('browse-notice')).toHaveText('Undone: Deleted 2 cards.')
  await expect(countLine(page)).toHaveText(`2 of ${total} cards`)
})

test('a card’s details: its answers, edit, and its sentence in the reader', async ({ page }) => {
  await openBrowse(page)
  await startReview(page)
  await page.keyboard.press('Space')
  await page.keyboard.press('3')
  await page.keyboard.press('Control+5')
  await search(page, 'rated:1')
  await expect.poll(() => found(page)).toBe(1)
  await rows(page).first().click()
  const details = page.getByTestId('card-details')
  await expect(details.getByTestId('card-answers')).toContainText('Good')
  expect(await seriousViolations(page)).toEqual([])

  await details.getByRole('button', { name: 'Edit' }).click()
  await details.getByLabel('Answer').fill('My own answer')
  await details.getByRole('button', { name: 'Save' }).click()
  await expect(rows(page).first()).toContainText('My own answer')
  await details.getByRole('link', { name: 'Go to its sentence' }).click()
  await expect(page).toHaveURL(/#\/article\/.+\/\d+$/)
  await expect(page.getByTestId('article-card').filter({ hasText: 'My own answer' })).toHaveCount(1)
})

/** Makes the first card a review card due now with `lapses` lapses, as months of study would. */
async function scriptLapses(page: Page, lapses: number): Promise<string> {
  return page.evaluate(
    (n) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('newsdeck')
        open.onerror = () => reject(new Error('open failed'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('cards', 'readwrite')
          const cursor = tx.objectStore('cards').openCursor()
          let front = ''
          cursor.onsuccess = () => {
            const c = cursor.result
            if (!c) return
            const card = c.value as { front: string; sched: Record<string, number> }
            const now = Date.now()
            card.sched = {
              ...card.sched,
              phase: 2,
              due: now - 3_600_000,
              stability: 4,
              difficulty: 6,
              elapsedDays: 4,
              scheduledDays: 4,
              learningSteps: 0,
              reps: 12,
              lapses: n,
              lastReview: now - 4 * 86_400_000
            }
            front = card.front
            c.update(card)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(front)
          }
          tx.onerror = () => reject(new Error('write failed'))
        }
      }),
    lapses
  )
}

test('the lapse that reaches the threshold tags a leech, and the review says so', async ({
  page
}) => {
  await openApp(page)
  const front = await scriptLapses(page, 7)
  await startReview(page)
  await expect(page.getByTestId('card-front')).toHaveText(front)
  await page.keyboard.press('Space')
  await page.keyboard.press('1')
  await expect(page.getByTestId('leech-notice')).toContainText('That card is a leech')
  await page.keyboard.press('Control+5')
  await search(page, 'is:leech')
  await expect.poll(() => found(page)).toBe(1)
  await expect(rows(page).first()).toHaveAttribute('data-card', /.+/)
  await search(page, 'is:leech is:suspended')
  await expect.poll(() => found(page)).toBe(0)
})

test('answering a card buries its siblings until tomorrow, and undo brings them back', async ({
  page
}) => {
  await openApp(page)
  await startReview(page)
  const before = await counts(page)
  const answer = async (): Promise<number> => {
    await page.keyboard.press('Space')
    await page.keyboard.press('3')
    await expect.poll(async () => (await counts(page)).learning).toBe(1)
    return before.new - 1 - (await counts(page)).new
  }
  const buried = await answer()
  expect(buried).toBeGreaterThan(0)
  await page.keyboard.press('Control+z')
  await expect.poll(() => counts(page)).toEqual(before)
  expect(await answer()).toBe(buried)

  await page.keyboard.press('Control+5')
  await search(page, 'is:buried')
  await expect.poll(() => found(page)).toBe(buried)
})

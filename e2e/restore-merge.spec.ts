/**
 * Restoring a backup from another profile (another machine, as far as the app can tell): the
 * preview's numbers, a merge that keeps both sides' answers, and the copy of the library saved
 * before it.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { answerCards, MORNING, openApp, openStats, screenshotViews } from './support'

const SHOTS = process.env.NEWSDECK_SHOTS

/** Clicks `button` and reads the file the page downloads. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

interface BackupFile {
  payload: { reviewLogs: Array<{ cardId: string; grade: number; reviewedAt: number }> }
}

function backupIn(bytes: Buffer): BackupFile {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as BackupFile
}

test("merging another profile's backup keeps both sides' answers, after saving a copy", async ({
  page,
  browser
}) => {
  // The other machine: its own profile, two answers, a full backup. Both machines work on one
  // morning, this one an hour later, so its new cards are newer than the other's.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await other.clock.install({ time: MORNING })
  await openApp(other)
  await answerCards(other, ['3', '4'])
  await openStats(other)
  const theirs = await downloaded(other, () =>
    other.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
  )
  const theirAnswers = backupIn(theirs.bytes).payload.reviewLogs
  expect(theirAnswers).toHaveLength(2)
  await elsewhere.close()

  // This machine answered the first card too, on its own.
  await page.clock.install({ time: MORNING.getTime() + 60 * 60_000 })
  await openApp(page)
  await answerCards(page, ['1'])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('1 review today')

  await page
    .getByTestId('restore-input')
    .setInputFiles({ name: 'other.json.gz', mimeType: 'application/gzip', buffer: theirs.bytes })
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('restore-holds')).toContainText(/cards and 2 answers\.$/)
  const answersRow = dialog.getByRole('row', { name: /^Answers/ })
  // Replacing would drop this machine's one answer; merging only adds the other two.
  await expect(answersRow).toHaveText(/Answers\s*2 added, 1 removed\s*2 added/)
  // Merging updates the card answered on both (replayed) and the one answered only there;
  // replacing also takes the other profile's buried siblings of its answered cards.
  await expect(dialog.getByRole('row', { name: /^Cards/ })).toHaveText(
    /^Cards\s*\d+ updated\s*2 updated$/
  )
  await expect(dialog.getByTestId('restore-loss')).toHaveText(
    'Replacing removes 1 answer that only this library has. Merging keeps them.'
  )

  if (SHOTS) await screenshotViews(page, SHOTS, 'restore-dialog', false)

  const copy = await downloaded(page, () => dialog.getByRole('button', { name: 'Merge' }).click())
  expect(copy.name).toMatch(/^newsdeck-before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json\.gz$/)
  // The copy is this library as it was: its one answer.
  expect(backupIn(copy.bytes).payload.reviewLogs.map((l) => l.grade)).toEqual([1])

  await expect(page.getByTestId('export-notice')).toHaveText(
    `Backup merged: 2 answers added and 2 cards updated. Your library as it was before is saved in your downloads folder as ${copy.name}.`
  )
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('reviews-today')).toHaveText('3 reviews today')

  // Every answer from both sides is in the library now.
  const after = await downloaded(page, () =>
    page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
  )
  const logs = backupIn(after.bytes).payload.reviewLogs
  expect(logs.map((l) => l.grade).sort()).toEqual([1, 3, 4])
  for (const log of theirAnswers) {
    expect(logs).toContainEqual(expect.objectContaining({ cardId: log.cardId, grade: log.grade }))
  }

  // Help says when a backup was last saved: the copy taken just now.
  await page.getByRole('button', { name: 'Help and keys' }).click()
  await expect(page.getByTestId('help-backups')).toHaveText(
    /^This browser keeps no automatic backups: .* Last backup saved: \d{1,2} \w+ \d{4} at \d\d:\d\d\.$/
  )
  await page.keyboard.press('Escape')

  // The same backup again: the preview says nothing would be added, and merging adds nothing.
  await page
    .getByTestId('restore-input')
    .setInputFiles({ name: 'other.json.gz', mimeType: 'application/gzip', buffer: theirs.bytes })
  await expect(answersRow).toHaveText(/Answers\s*1 removed\s*no change/)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('reviews-today')).toHaveText('3 reviews today')
})

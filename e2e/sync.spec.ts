// Two browser profiles as two devices, syncing through a real apache2 (mod_dav) on 127.0.0.1.
import { expect, test, type Page } from '@playwright/test'
import { startWebDav, webDavUnavailable, type WebDavServer } from '../scripts/webdav-server.mjs'
import { nextScreen, openApp, screenState, startReview, withProfile } from './support'

const unavailable = webDavUnavailable()

/** Answers the card on screen with `grade`, and returns the card's id. */
async function answerOne(page: Page, grade: '1' | '3'): Promise<string> {
  await startReview(page)
  const front = await screenState(page)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press(grade)
  await nextScreen(page, front)
  return front!.split(' ')[0]!
}

async function syncNow(page: Page, server: WebDavServer): Promise<string> {
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.getByLabel('WebDAV folder address').fill(server.url)
  await page.getByLabel('User name').fill(server.user)
  await page.getByLabel('Password').fill(server.password)
  const status = page.getByTestId('sync-status')
  // Settings reads the last sync as it opens: wait for it, so the new one is told apart.
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled()
  const before = (await status.count()) ? await status.textContent() : null
  await page.getByRole('button', { name: 'Sync now' }).click()
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(status).toBeVisible()
  await expect.poll(() => status.textContent()).not.toBe(before)
  return (await status.textContent()) ?? ''
}

/** Every card's state and every answer, as stored in the profile's IndexedDB. */
function stored(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newsdeck')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll()
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[])
      })
    const [cards, logs] = [await all('cards'), await all('reviewLogs')]
    db.close()
    return {
      cards: cards.map((c) => JSON.stringify([c.id, c.sched])).sort(),
      logs: logs.map(({ id: _id, ...l }) => JSON.stringify(l)).sort()
    }
  })
}

/** When the profile's last sync ended, from its sync meta in IndexedDB (0: never). */
function lastSyncAt(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newsdeck')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const meta = await new Promise<{ value?: { lastSync?: { at: number } | null } } | undefined>(
      (resolve) => {
        const request = db.transaction('settings').objectStore('settings').get('sync')
        request.onsuccess = () => resolve(request.result as never)
      }
    )
    db.close()
    return meta?.value?.lastSync?.at ?? 0
  })
}

/** Two profiles, a laptop and a desktop, each with the app open. */
async function twoDevices(
  baseURL: string | undefined,
  run: (laptop: Page, desktop: Page) => Promise<void>
): Promise<void> {
  await withProfile(baseURL, async (openLaptop) => {
    await withProfile(baseURL, async (openDesktop) => {
      const laptop = (await openLaptop()).page
      const desktop = (await openDesktop()).page
      await openApp(laptop)
      await openApp(desktop)
      await run(laptop, desktop)
    })
  })
}

test.describe('sync between two devices', () => {
  test.skip(!!unavailable, `needs apache2 with mod_dav: ${unavailable}`)
  let server: WebDavServer
  test.beforeAll(async () => {
    server = await startWebDav()
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('both answer offline, sync, and end with identical cards and every answer', async ({
    baseURL
  }) => {
    test.setTimeout(120_000)
    await twoDevices(baseURL, async (laptop, desktop) => {
      // The same first card, answered on both machines before either syncs.
      const first = await answerOne(laptop, '3')
      expect(await answerOne(desktop, '1')).toBe(first)

      expect(await syncNow(laptop, server)).toContain('0 answers')
      expect(await syncNow(desktop, server)).toContain('1 answer,')
      expect(await syncNow(laptop, server)).toContain('1 answer,')

      const [a, b] = [await stored(laptop), await stored(desktop)]
      expect(a.logs).toHaveLength(2)
      expect(a).toEqual(b)
    })
  })

  test('once synced by hand, a device sends its answers on its own when its page is hidden', async ({
    baseURL
  }) => {
    test.setTimeout(120_000)
    await twoDevices(baseURL, async (laptop, desktop) => {
      await syncNow(laptop, server)
      await syncNow(desktop, server)

      await answerOne(laptop, '3')
      const before = await lastSyncAt(laptop)
      await laptop.evaluate(() => window.dispatchEvent(new Event('pagehide')))
      await expect.poll(() => lastSyncAt(laptop), { timeout: 30_000 }).toBeGreaterThan(before)
      expect(await syncNow(desktop, server)).toContain('1 answer,')
    })
  })

  test('after a reload, the tab syncs on its own as the app starts, with the password it kept', async ({
    baseURL
  }) => {
    test.setTimeout(120_000)
    await twoDevices(baseURL, async (laptop, desktop) => {
      await syncNow(laptop, server)
      await expect(laptop.getByTestId('sync-password-kept')).toContainText(
        'kept in this tab until it closes'
      )
      await syncNow(desktop, server)
      await answerOne(desktop, '3')
      expect(await syncNow(desktop, server)).toContain('0 answers')

      await laptop.reload()
      await expect(laptop.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
      const loaded = await laptop.evaluate(() => Date.now())
      // A sync that ended after the page loaded: the one at start (nobody pressed Sync now).
      await expect.poll(() => lastSyncAt(laptop), { timeout: 30_000 }).toBeGreaterThan(loaded)
      expect((await stored(laptop)).logs).toEqual((await stored(desktop)).logs)
    })
  })

  test('a wrong password is refused in words, and nothing is synced', async ({ page }) => {
    await openApp(page)
    await page.goto('/#/settings')
    await page.getByLabel('WebDAV folder address').fill(server.url)
    await page.getByLabel('User name').fill(server.user)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sync now' }).click()
    await expect(page.getByRole('alert')).toHaveText(
      `The sync server at http://127.0.0.1:${server.port} refused the user name or password (HTTP 401); check them in Settings › Sync.`
    )
    await expect(page.getByTestId('sync-status')).toHaveCount(0)
  })
})

// A sync rewrites cards and articles from other devices: the library's kept total (what
// Statistics reads) must follow, in an incremental sync and in a whole one alike, through the
// real apache2 the other sync tests use.
import { expect, it } from 'vitest'
import { countCards, sameCounts } from '@core/library/card-counts'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { keptTotal } from '../db/count-changes'
import { totalsIn } from '../db/kept-counts'
import { checkKeptCounts } from '../db/maintenance-repo'
import { updateCard } from '../db/review-repo'
import { libraryWithCards } from '../db/test-support'
import { syncNow } from './sync-engine'
import { answer, describeWithWebDav } from './test-support'
import { webDavStore } from './webdav-store'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const MINUTE = 60_000

async function expectTotalMatchesRecount(db: NewsdeckDatabase): Promise<void> {
  useDatabase(db)
  const recount = countCards(await db.cards.toArray(), DEFAULT_SETTINGS.dayStartHour)
  const total = await keptTotal(totalsIn(db))
  expect(sameCounts(total, recount), JSON.stringify({ total, recount })).toBe(true)
  expect(await checkKeptCounts()).toMatchObject({ repaired: [], totalRepaired: false })
}

describeWithWebDav("the library's kept total through a sync", (server) => {
  it('equals a recount on both devices after whole and incremental syncs', async () => {
    const store = webDavStore({ url: server.url, user: server.user, password: server.password })
    const laptop = await libraryWithCards(5, NOW)
    const desktop = await libraryWithCards(5, NOW)
    await answer(laptop, 'c0', 3, NOW + MINUTE)
    await answer(laptop, 'c1', 1, NOW + 2 * MINUTE)
    await answer(desktop, 'c0', 1, NOW + 3 * MINUTE)
    await answer(desktop, 'c2', 4, NOW + 4 * MINUTE)
    useDatabase(desktop)
    await updateCard('c3', { suspended: true })

    // The first syncs are whole ones; later ones bring only what changed.
    let clock = NOW + 10 * MINUTE
    for (const db of [laptop, desktop, laptop]) {
      useDatabase(db)
      await syncNow(store, (clock += MINUTE))
      await expectTotalMatchesRecount(db)
    }
    await answer(desktop, 'c4', 3, (clock += MINUTE))
    await answer(laptop, 'c1', 3, (clock += MINUTE))
    for (const db of [desktop, laptop, desktop]) {
      useDatabase(db)
      await syncNow(store, (clock += MINUTE))
      await expectTotalMatchesRecount(db)
    }
    expect(await keptTotal(totalsIn(laptop))).toEqual(await keptTotal(totalsIn(desktop)))
    expect(await keptTotal(totalsIn(laptop))).toMatchObject({ suspended: 1 })
  })
})

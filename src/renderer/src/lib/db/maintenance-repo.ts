import { database } from './database'
import { recountLibrary, studyDayStartHourIn, tableSet, type RecountReport } from './kept-counts'

export type { RecountReport } from './kept-counts'

/**
 * "Check database": recounts every article from its cards, in one transaction so no answer
 * lands half-counted meanwhile, and repairs each kept count that differs, the library's total
 * too. `onPage` hears how
 * many cards have been counted so far.
 */
export async function checkKeptCounts(
  onPage?: (cardsCounted: number) => void
): Promise<RecountReport> {
  const db = database()
  const scope = [db.cards, db.articles, db.articleCounts, db.libraryCounts, db.settings]
  return db.transaction('rw', scope, async () => {
    const tables = tableSet(db)
    return recountLibrary(tables, await studyDayStartHourIn(tables.settings), onPage)
  })
}

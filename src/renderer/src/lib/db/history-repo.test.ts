import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import { fsrsRevlogCsv } from '@core/export/fsrs-revlog-csv'
import { at, library, logEntry } from '@core/export/sample-library'
import { restoreLibrary } from './backup-repo'
import { reviewLogPages } from './history-repo'
import { freshDatabase } from './test-support'

beforeEach(async () => {
  await freshDatabase()
})

describe('the review log in pages', () => {
  it('reads every entry once, in id order, a page at a time, into the FSRS tools’ CSV', async () => {
    const lib = library()
    lib.reviewLogs = Array.from({ length: 7 }, (_, i) => logEntry(i + 1, 3, at(2025, 1, 15) + i))
    await restoreLibrary(lib)
    const sizes: number[] = []
    const chunks: string[] = []
    async function* counted() {
      for await (const page of reviewLogPages(3)) {
        sizes.push(page.length)
        yield page
      }
    }
    for await (const chunk of fsrsRevlogCsv(counted())) chunks.push(chunk)
    expect(sizes).toEqual([3, 3, 1])
    const rows = Papa.parse<string[]>(chunks.join(''), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(8)
    expect(rows.slice(1).map((r) => Number(r[1]) - at(2025, 1, 15))).toEqual([0, 1, 2, 3, 4, 5, 6])
  })
})

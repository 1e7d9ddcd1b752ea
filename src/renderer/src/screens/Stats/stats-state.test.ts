import { beforeEach, describe, expect, it } from 'vitest'
import { gzipSync, strToU8 } from 'fflate'
import { buildBackup, encodeBackup, parseBackup } from '@core/export/backup'
import { at, library } from '@core/export/sample-library'
import { readLibrary, restoreLibrary } from '../../lib/db/export-repo'
import { freshDatabase } from '../../lib/db/test-support'
import type { Platform, SaveRequest } from '../../lib/platform'
import { StatsState } from './stats-state.svelte'

const NOW = at(2025, 1, 15, 21)

function fakePlatform(saved: SaveRequest[]): Platform {
  return {
    isDesktop: false,
    pickArticleFile: async () => ({ kind: 'cancelled' }),
    saveFile: async (request) => {
      saved.push(request)
      return { kind: 'saved', where: `your downloads folder as ${request.suggestedName}` }
    },
    appVersion: async () => 'test',
    writeBackup: async () => ({ kind: 'cancelled' }),
    onMenuCommand: () => () => {}
  }
}

let saved: SaveRequest[]
let stats: StatsState

beforeEach(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  saved = []
  stats = new StatsState(
    () => NOW,
    () => fakePlatform(saved)
  )
})

describe('StatsState exports', () => {
  it('saves each export under a dated name and says where it went', async () => {
    await stats.exportAs('cards')
    await stats.exportAs('history')
    await stats.exportAs('backup')
    expect(saved.map((r) => r.suggestedName)).toEqual([
      'newsdeck-cards-2025-01-15.csv',
      'newsdeck-review-history-2025-01-15.csv',
      'newsdeck-backup-2025-01-15.json.gz'
    ])
    expect(parseBackup(saved[2]!.bytes).cards).toHaveLength(2)
    expect(stats.notice).toEqual({
      kind: 'ok',
      text: 'Saved to your downloads folder as newsdeck-backup-2025-01-15.json.gz.'
    })
    expect(stats.busy).toBeNull()
  })
})

describe('StatsState restore', () => {
  it('refuses a corrupt file in words and leaves the library alone', async () => {
    const before = await readLibrary()
    await stats.chooseBackup(new Blob([gzipSync(strToU8('{"format":"other"}')) as BlobPart]))
    expect(stats.pending).toBeNull()
    expect(stats.notice).toEqual({
      kind: 'error',
      text: 'This file is not a Newsdeck backup. Your library was not changed.'
    })
    expect(await readLibrary()).toEqual(before)
  })

  it('asks first, and replaces the library only when confirmed', async () => {
    const other = library()
    other.cards = other.cards.slice(0, 1)
    const file = new Blob([encodeBackup(buildBackup(other, NOW)) as BlobPart])
    await stats.chooseBackup(file)
    expect(stats.pending?.question).toMatch(/It holds 1 article, 1 card and 1 answer\.$/)
    stats.cancelRestore()
    expect((await readLibrary()).cards).toHaveLength(2)

    await stats.chooseBackup(file)
    await stats.confirmRestore()
    expect((await readLibrary()).cards).toHaveLength(1)
    expect(stats.notice?.text).toBe('Library restored: 1 article, 1 card and 1 answer.')
    expect(stats.pending).toBeNull()
  })
})

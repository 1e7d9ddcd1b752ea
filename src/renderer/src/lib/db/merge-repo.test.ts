import { beforeEach, describe, expect, it } from 'vitest'
import type { BackupTables } from '@core/export/backup'
import { at, library } from '@core/export/sample-library'
import { answerKey } from '@core/library/merge-library'
import type { DayAggregate, Grade } from '@core/model'
import { applyToAggregate } from '@core/review/day-summary'
import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { readLibrary, restoreLibrary } from './backup-repo'
import { checkKeptCounts } from './maintenance-repo'
import { mergeIntoLibrary, restorePreview } from './merge-repo'
import { freshDatabase } from './test-support'

const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
const MINUTE = 60_000

/** The library after answering `cardId` at `time` on one machine, as its backup would hold it. */
function answered(from: BackupTables, cardId: string, grade: Grade, time: number): BackupTables {
  const card = from.cards.find((c) => c.id === cardId)!
  const { card: after, log } = answerCard(
    card,
    previewGrades(scheduler, card.sched, time),
    grade,
    { dayStartHour: DEFAULT_SETTINGS.dayStartHour },
    3000
  )
  const entry = { ...log, id: Math.max(0, ...from.reviewLogs.map((l) => l.id)) + 1 }
  const day = from.days.find((d) => d.day === entry.day)
  return {
    ...from,
    cards: from.cards.map((c) => (c.id === cardId ? after : c)),
    reviewLogs: [...from.reviewLogs, entry as Required<typeof entry>],
    days: [...from.days.filter((d) => d !== day), applyToAggregate(day, entry)]
  }
}

/** Every day's totals recounted from the stored answers, as a check would. */
function recountDays(logs: BackupTables['reviewLogs']): Map<string, DayAggregate> {
  const days = new Map<string, DayAggregate>()
  for (const log of [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
    days.set(log.day, applyToAggregate(days.get(log.day), log))
  }
  return days
}

const T = at(2025, 1, 20, 10)
let here: BackupTables
let there: BackupTables

beforeEach(async () => {
  await freshDatabase()
  // Both machines start from the same library, then each answers on its own.
  here = answered(library(), 'c2', 3, T)
  there = answered(answered(library(), 'c2', 1, T + 30 * MINUTE), 'c1', 4, T + 31 * MINUTE)
  await restoreLibrary(here)
})

describe('merging a backup into the stored library', () => {
  it("keeps both machines' answers, replays the card answered on both, and keeps counts true", async () => {
    const summary = await mergeIntoLibrary(there)
    expect(summary).toMatchObject({ answersAdded: 2, cardsReplayed: 1 })
    const merged = await readLibrary()
    const keys = new Set(merged.reviewLogs.map(answerKey))
    for (const log of [...here.reviewLogs, ...there.reviewLogs]) {
      expect(keys.has(answerKey(log))).toBe(true)
    }
    expect(merged.reviewLogs).toHaveLength(keys.size)
    const c2 = merged.reviewLogs.filter((l) => l.cardId === 'c2').sort((a, b) => a.id - b.id)
    expect(c2.at(-1)?.before).toEqual(c2.at(-2)?.after)
    expect(merged.cards.find((c) => c.id === 'c2')?.sched).toEqual(c2.at(-1)?.after)
    // The kept counts and the day totals equal a recount from the cards and the answers.
    expect((await checkKeptCounts()).repaired).toEqual([])
    for (const [day, recounted] of recountDays(merged.reviewLogs)) {
      const stored = merged.days.find((d) => d.day === day)
      // The sample's older day row predates the recall tally (recounted when first shown).
      const { recall: _recall, ...totals } = recounted
      expect(stored).toEqual(stored?.recall ? recounted : totals)
    }
  })

  it('changes nothing when the same backup is merged again', async () => {
    await mergeIntoLibrary(there)
    const once = await readLibrary()
    const again = await mergeIntoLibrary(there)
    expect(again).toMatchObject({ answersAdded: 0, cardsAdded: 0, cardsReplayed: 0 })
    expect(await readLibrary()).toEqual(once)
  })

  it('previews exactly what the merge then does, writing nothing', async () => {
    const before = await readLibrary()
    const preview = await restorePreview({ ...there, exportedAt: new Date(T).toISOString() })
    expect(await readLibrary()).toEqual(before)
    expect(preview.replace).toMatchObject({ answersAdded: 2, answersRemoved: 1 })
    expect(await mergeIntoLibrary(there)).toEqual(preview.merge)
  })
})

import { describe, expect, it } from 'vitest'
import { buildTrainingSet } from './history'
import { parseRevlogCsv, RevlogFormatError } from './revlog-csv'

const t = (day: number, hour = 12): number => Date.UTC(2024, 0, day, hour)

describe('importing an Anki review history', () => {
  it('reads the FSRS tools’ revlog CSV', () => {
    const csv = [
      'card_id,review_time,review_rating,review_state,review_duration',
      `1,${t(1)},1,0,5000`,
      `1,${t(1, 13)},3,1,3000`,
      `1,${t(3)},3,2,2000`,
      `2,${t(2)},4,0,1000`,
      `2,${t(9)},0,2,0`, // a manual entry: not an answer
      `2,${t(10)},1,2,4000`
    ].join('\n')
    const imported = parseRevlogCsv(csv, 0)
    expect(imported.format).toBe('fsrs')
    expect(imported.cards).toBe(2)
    expect(imported.skipped).toBe(1)
    expect(imported.reviews.map((r) => [r.cardKey, r.grade, r.fromNew])).toEqual([
      ['anki:1', 1, true],
      ['anki:1', 3, true],
      ['anki:1', 3, false],
      ['anki:2', 4, true],
      ['anki:2', 1, false]
    ])
    const set = buildTrainingSet(imported.reviews)
    expect(set.items.length).toBe(2)
  })

  it('reads Anki’s revlog table saved as CSV, skipping manual and rescheduling entries', () => {
    const csv = [
      'id,cid,usn,ease,ivl,lastIvl,factor,time,type',
      `${t(1)},77,-1,3,-600,0,2500,8000,0`,
      `${t(2)},77,-1,3,3,1,2500,6000,1`,
      `${t(4)},77,-1,0,9,3,2500,0,4`,
      `${t(5)},77,-1,2,9,3,2500,0,5`,
      `${t(9)},77,-1,1,-600,3,2300,9000,2`
    ].join('\r\n')
    const imported = parseRevlogCsv(csv, 4)
    expect(imported.format).toBe('anki')
    expect(imported.skipped).toBe(2)
    expect(imported.reviews.map((r) => r.grade)).toEqual([3, 3, 1])
    expect(imported.reviews[0]!.day).toMatch(/^2024-01-0[01]$/)
  })

  it('takes each card’s earliest answer as its learning when there is no state column', () => {
    const csv = ['card_id,review_time,review_rating', `5,${t(4)},3`, `5,${t(1)},3`].join('\n')
    const imported = parseRevlogCsv(csv, 4)
    expect(imported.reviews.map((r) => r.fromNew)).toEqual([false, true])
  })

  it('says what it expected when the file is something else', () => {
    expect(() => parseRevlogCsv('name,score\nann,3', 4)).toThrow(RevlogFormatError)
    expect(() => parseRevlogCsv('name,score\nann,3', 4)).toThrow(/card_id, review_time/)
    expect(() => parseRevlogCsv('', 4)).toThrow(/empty/)
    expect(() => parseRevlogCsv('card_id,review_time,review_rating\n1,x,9', 4)).toThrow(
      /no reviews/
    )
  })
})

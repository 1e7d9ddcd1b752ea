import { describe, expect, it } from 'vitest'
import type { RestorePreview } from '@core/library/restore-preview'
import { backupMade, changeRows, holdings, replaceLoss, restoreOutcome } from './restore-logic'

function preview(): RestorePreview {
  return {
    holds: { exportedAt: '2025-01-15T09:30:00.000Z', articles: 2, cards: 1, answers: 1500 },
    replace: {
      articlesAdded: 1,
      articlesUpdated: 0,
      articlesRemoved: 1,
      cardsAdded: 0,
      cardsUpdated: 2,
      cardsRemoved: 3,
      answersAdded: 1200,
      answersRemoved: 1
    },
    merge: {
      articlesAdded: 1,
      articlesUpdated: 0,
      cardsAdded: 0,
      cardsUpdated: 1,
      answersAdded: 1200,
      cardsReplayed: 1
    }
  }
}

describe('the restore dialog’s words', () => {
  it('says when the backup was made and what it holds', () => {
    expect(backupMade('2025-01-15T09:30:00.000Z')).toMatch(/^15 January 2025/)
    expect(holdings(preview())).toBe('2 articles, 1 card and 1,500 answers')
  })

  it('sets what replacing and merging change side by side, leaving out what does not happen', () => {
    expect(changeRows(preview())).toEqual([
      { what: 'Articles', replace: '1 added, 1 removed', merge: '1 added' },
      // Cards answered on both machines count as updated by the merge.
      { what: 'Cards', replace: '2 updated, 3 removed', merge: '2 updated' },
      { what: 'Answers', replace: '1,200 added, 1 removed', merge: '1,200 added' }
    ])
  })

  it('warns what only a replace loses, and stays quiet when it loses nothing', () => {
    expect(replaceLoss(preview())).toBe(
      'Replacing removes 1 article, 3 cards and 1 answer that only this library has. Merging keeps them.'
    )
    const nothingLost = preview()
    nothingLost.replace = {
      ...nothingLost.replace,
      articlesRemoved: 0,
      cardsRemoved: 0,
      answersRemoved: 0
    }
    expect(replaceLoss(nothingLost)).toBeNull()
  })

  it('says what was done and where the copy of the library as it was went', () => {
    const where = 'your downloads folder as newsdeck-before-restore-2025-01-15T21-00-00Z.json.gz'
    expect(restoreOutcome({ mode: 'replace' }, preview(), where)).toBe(
      `Library restored: 2 articles, 1 card and 1,500 answers. Your library as it was before is saved in ${where}.`
    )
    expect(
      restoreOutcome({ mode: 'merge', summary: preview().merge }, preview(), '/b/x.json.gz')
    ).toBe(
      'Backup merged: 1,200 answers added, 2 cards updated and 1 article added. Your library as it was before is saved in /b/x.json.gz.'
    )
    const none = {
      ...preview().merge,
      articlesAdded: 0,
      cardsUpdated: 0,
      answersAdded: 0,
      cardsReplayed: 0
    }
    expect(restoreOutcome({ mode: 'merge', summary: none }, preview(), 'x')).toMatch(
      /^Backup merged: nothing new, the library already held all of it\./
    )
  })
})

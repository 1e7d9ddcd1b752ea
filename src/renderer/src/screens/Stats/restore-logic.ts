/**
 * The words of the restore dialog and of its outcome: what a checked backup holds, what
 * replacing the library with it or merging it in would change, and what happened.
 */
import type { MergeSummary } from '@core/library/merge-library'
import type { RestorePreview } from '@core/library/restore-preview'
import type { RestoreResult } from '../../lib/backup/backup-jobs'
import { formatCount, plural } from '../../lib/format'

/** When the backup was made, as the dialog and the messages say it. */
export function backupMade(exportedAt: string): string {
  return new Date(exportedAt).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  })
}

export function holdings(preview: RestorePreview): string {
  const h = preview.holds
  return `${plural(h.articles, 'article')}, ${plural(h.cards, 'card')} and ${plural(h.answers, 'answer')}`
}

/** One row of the comparison: what each choice does to one kind of record. */
export interface ChangeRow {
  what: 'Articles' | 'Cards' | 'Answers'
  replace: string
  merge: string
}

/** "2 added, 1 updated, 3 removed", leaving out the kinds of change that do not happen. */
function changes(added: number, updated: number, removed = 0): string {
  const parts = [
    added > 0 ? `${formatCount(added)} added` : '',
    updated > 0 ? `${formatCount(updated)} updated` : '',
    removed > 0 ? `${formatCount(removed)} removed` : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'no change'
}

export function changeRows({ replace: r, merge: m }: RestorePreview): ChangeRow[] {
  return [
    {
      what: 'Articles',
      replace: changes(r.articlesAdded, r.articlesUpdated, r.articlesRemoved),
      merge: changes(m.articlesAdded, m.articlesUpdated)
    },
    {
      what: 'Cards',
      replace: changes(r.cardsAdded, r.cardsUpdated, r.cardsRemoved),
      // A card answered on both machines gets a new schedule: updated, from the user's view.
      merge: changes(m.cardsAdded, m.cardsUpdated + m.cardsReplayed)
    },
    {
      what: 'Answers',
      replace: changes(r.answersAdded, 0, r.answersRemoved),
      merge: changes(m.answersAdded, 0)
    }
  ]
}

/** What a replace would lose, said before the user chooses it; null when it loses nothing. */
export function replaceLoss({ replace: r }: RestorePreview): string | null {
  const lost = [
    r.articlesRemoved > 0 ? plural(r.articlesRemoved, 'article') : '',
    r.cardsRemoved > 0 ? plural(r.cardsRemoved, 'card') : '',
    r.answersRemoved > 0 ? plural(r.answersRemoved, 'answer') : ''
  ].filter(Boolean)
  if (lost.length === 0) return null
  return `Replacing removes ${listed(lost)} that only this library has. Merging keeps them.`
}

function listed(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]!
}

/** The success message: what was done, and where the copy of the library as it was is. */
export function restoreOutcome(
  result: RestoreResult,
  preview: RestorePreview,
  safetyCopy: string
): string {
  const copy = `Your library as it was before is saved in ${safetyCopy}.`
  if (result.mode === 'replace') return `Library restored: ${holdings(preview)}. ${copy}`
  return `Backup merged: ${mergeWords(result.summary)}. ${copy}`
}

function mergeWords(s: MergeSummary): string {
  const parts = [
    s.answersAdded > 0 ? `${plural(s.answersAdded, 'answer')} added` : '',
    s.cardsAdded > 0 ? `${plural(s.cardsAdded, 'card')} added` : '',
    s.cardsUpdated + s.cardsReplayed > 0
      ? `${plural(s.cardsUpdated + s.cardsReplayed, 'card')} updated`
      : '',
    s.articlesAdded > 0 ? `${plural(s.articlesAdded, 'article')} added` : '',
    s.articlesUpdated > 0 ? `${plural(s.articlesUpdated, 'article')} updated` : ''
  ].filter(Boolean)
  return parts.length > 0 ? listed(parts) : 'nothing new, the library already held all of it'
}

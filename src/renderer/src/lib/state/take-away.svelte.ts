/**
 * The exports that take progress elsewhere: the review history for the FSRS tools and the Anki
 * package. Both are built as a Blob of chunks and saved without one big copy, so a library of a
 * million answers exports with flat memory.
 */
import { fsrsRevlogCsv } from '@core/export/fsrs-revlog-csv'
import { localDate } from '@core/calendar'
import { reviewLogPages } from '../db/history-repo'
import { blobOfChunks, platform, type Platform, type SaveResult } from '../platform'

export type TakeAwayKind = 'fsrs-history'

export async function fsrsHistoryBlob(pageSize?: number): Promise<Blob> {
  return blobOfChunks(fsrsRevlogCsv(reviewLogPages(pageSize)), 'text/csv')
}

const BUILDERS: Record<
  TakeAwayKind,
  {
    name: (day: string) => string
    filter: { name: string; extensions: string[] }
    build: () => Promise<Blob>
  }
> = {
  'fsrs-history': {
    name: (day) => `newsdeck-revlog-${day}.csv`,
    filter: { name: 'CSV', extensions: ['csv'] },
    build: () => fsrsHistoryBlob()
  }
}

export class TakeAway {
  busy = $state<TakeAwayKind | null>(null)
  result = $state<{ kind: 'ok' | 'error'; text: string } | null>(null)

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly target: () => Platform = platform
  ) {}

  async export(kind: TakeAwayKind): Promise<void> {
    if (this.busy) return
    this.busy = kind
    this.result = null
    try {
      const b = BUILDERS[kind]
      const blob = await b.build()
      const saved: SaveResult = await this.target().saveBlob({
        suggestedName: b.name(localDate(this.clock())),
        blob,
        filters: [b.filter]
      })
      if (saved.kind === 'saved') this.result = { kind: 'ok', text: `Saved to ${saved.where}.` }
      else if (saved.kind === 'error') this.result = { kind: 'error', text: saved.message }
    } catch (error) {
      this.result = {
        kind: 'error',
        text: `The export failed: ${error instanceof Error ? error.message : String(error)}`
      }
    } finally {
      this.busy = null
    }
  }
}

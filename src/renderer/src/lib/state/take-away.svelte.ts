/**
 * The exports that take progress elsewhere: the review history for the FSRS tools and the Anki
 * package. Both are built as a Blob of chunks and saved without one big copy, so a library of a
 * million answers exports with flat memory.
 */
import { fsrsRevlogCsv } from '@core/export/fsrs-revlog-csv'
import { localDate } from '@core/calendar'
import { dayStart } from '@core/review/study-day'
import { buildApkg } from '../anki/apkg'
import { loadSqlJs } from '../anki/load-sql'
import type { ProgressReport } from '@core/stats/report'
import { articlesForAnki, cardPages, reviewLogPages } from '../db/history-repo'
import { progressReportData } from '../stats/report-data'
import { studyDayStartHour } from '../db/meta-repo'
import { loadStudySettings } from '../db/settings-repo'
import { blobOfChunks, platform, type Platform, type SaveResult } from '../platform'

export type TakeAwayKind = 'fsrs-history' | 'anki'

export async function fsrsHistoryBlob(pageSize?: number): Promise<Blob> {
  return blobOfChunks(fsrsRevlogCsv(reviewLogPages(pageSize)), 'text/csv')
}

/** The cards, their notes and every answer as an Anki package, one deck per article. */
export async function ankiPackageBlob(now: number): Promise<Blob> {
  const [SQL, articles, settings, hour] = await Promise.all([
    loadSqlJs(),
    articlesForAnki(),
    loadStudySettings(),
    studyDayStartHour()
  ])
  const first = Math.min(now, ...articles.map((a) => a.importedAt))
  const { bytes } = await buildApkg(SQL, {
    articles,
    cards: cardPages(),
    logs: reviewLogPages(),
    desiredRetention: settings.desiredRetention,
    nowMs: now,
    crtSeconds: Math.floor(dayStart(first, hour) / 1000)
  })
  return new Blob([bytes as BlobPart], { type: 'application/octet-stream' })
}

const BUILDERS: Record<
  TakeAwayKind,
  {
    name: (day: string) => string
    filter: { name: string; extensions: string[] }
    build: (now: number) => Promise<Blob>
  }
> = {
  'fsrs-history': {
    name: (day) => `newsdeck-revlog-${day}.csv`,
    filter: { name: 'CSV', extensions: ['csv'] },
    build: () => fsrsHistoryBlob()
  },
  anki: {
    name: (day) => `newsdeck-${day}.apkg`,
    filter: { name: 'Anki package', extensions: ['apkg'] },
    build: (now) => ankiPackageBlob(now)
  }
}

/** Builds one of these exports and saves it; the File menu's commands use this too. */
export async function saveTakeAway(
  kind: TakeAwayKind,
  now: number,
  target: Platform
): Promise<SaveResult> {
  const b = BUILDERS[kind]
  const blob = await b.build(now)
  return target.saveBlob({ suggestedName: b.name(localDate(now)), blob, filters: [b.filter] })
}

export class TakeAway {
  busy = $state<TakeAwayKind | 'report' | 'print' | null>(null)
  /** The progress report being shown, ready to print. */
  report = $state.raw<ProgressReport | null>(null)
  result = $state<{ kind: 'ok' | 'error'; text: string } | null>(null)

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly target: () => Platform = platform
  ) {}

  async openReport(): Promise<void> {
    if (this.busy) return
    this.busy = 'report'
    this.result = null
    try {
      this.report = await progressReportData(this.clock())
    } catch (error) {
      this.result = { kind: 'error', text: `The report could not be made: ${describe(error)}` }
    } finally {
      this.busy = null
    }
  }

  closeReport(): void {
    this.report = null
  }

  /** The desktop saves a PDF; the web opens the browser's print dialog on the report page. */
  async printReport(): Promise<void> {
    if (!this.report || this.busy) return
    this.busy = 'print'
    try {
      const saved = await this.target().printPage(`newsdeck-report-${this.report.today}.pdf`)
      if (saved.kind === 'error') this.result = { kind: 'error', text: saved.message }
      else if (saved.kind === 'saved' && this.target().isDesktop) {
        this.result = { kind: 'ok', text: `Report saved to ${saved.where}.` }
      }
    } finally {
      this.busy = null
    }
  }

  async export(kind: TakeAwayKind): Promise<void> {
    if (this.busy) return
    this.busy = kind
    this.result = null
    try {
      const saved = await saveTakeAway(kind, this.clock(), this.target())
      if (saved.kind === 'saved') this.result = { kind: 'ok', text: `Saved to ${saved.where}.` }
      else if (saved.kind === 'error') this.result = { kind: 'error', text: saved.message }
    } catch (error) {
      this.result = { kind: 'error', text: `The export failed: ${describe(error)}` }
    } finally {
      this.busy = null
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

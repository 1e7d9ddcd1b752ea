import { DEFAULT_PARAMETERS } from '@core/optimizer/staging'
import type { SimulationResult } from '@core/optimizer/simulate'
import { isUserFacingError } from '@core/errors'
import {
  importedReviewCount,
  lastReschedule,
  loadModel,
  recentFits
} from '../../lib/db/optimizer-repo'
import type { FitRecord, FsrsModel, RescheduleRecord } from '../../lib/db/records'
import type { ReschedulePreview } from '../../lib/optimizer/messages'
import { formatCount, plural } from '../../lib/format'
import { optimizer } from '../../lib/state/optimizer.svelte'

export type PanelTask = 'preview' | 'apply' | 'undo' | 'import' | 'simulate'

const message = (error: unknown): string =>
  isUserFacingError(error) || error instanceof Error ? error.message : String(error)

/** What the settings screen shows of the optimizer, and what its buttons do. */
export class OptimizerPanel {
  model = $state<FsrsModel | null>(null)
  fits = $state<FitRecord[]>([])
  undoable = $state<RescheduleRecord | null>(null)
  imported = $state(0)
  preview = $state<ReschedulePreview | null>(null)
  simulation = $state<SimulationResult[] | null>(null)
  busy = $state<PanelTask | null>(null)
  /** The outcome of the last action, in words. */
  status = $state<string | null>(null)
  error = $state<string | null>(null)

  readonly parameters = $derived(this.model?.parameters ?? [...DEFAULT_PARAMETERS])
  /** The fit whose parameters are in use, with its scores against the defaults. */
  readonly inUse = $derived(this.fits.find((f) => f.id === this.model?.fitId) ?? null)

  async load(): Promise<void> {
    const [model, fits, undoable, imported] = await Promise.all([
      loadModel(),
      recentFits(8),
      lastReschedule(),
      importedReviewCount()
    ])
    this.model = model
    this.fits = fits
    this.undoable = undoable
    this.imported = imported
  }

  async fitNow(): Promise<void> {
    this.status = null
    const fit = await optimizer.fit('manual')
    if (fit) this.status = fit.reason
    this.preview = null
    await this.load()
  }

  previewReschedule(): Promise<void> {
    return this.#task('preview', async () => {
      this.preview = await optimizer.run({ type: 'reschedule-preview', now: Date.now() })
    })
  }

  applyReschedule(): Promise<void> {
    return this.#task('apply', async () => {
      const { changed } = await optimizer.run({ type: 'reschedule-apply', now: Date.now() })
      this.preview = null
      this.status = `Rescheduled ${plural(changed, 'card')}. You can undo this.`
    })
  }

  undoReschedule(): Promise<void> {
    return this.#task('undo', async () => {
      const undone = await optimizer.run({ type: 'reschedule-undo', now: Date.now() })
      this.status = !undone
        ? 'There was nothing to undo.'
        : `Put ${plural(undone.restored, 'card')} back as they were` +
          (undone.kept
            ? `; ${formatCount(undone.kept)} answered since keep their new schedule.`
            : '.')
    })
  }

  simulate(retentions: number[]): Promise<void> {
    return this.#task('simulate', async () => {
      this.simulation = await optimizer.run({
        type: 'simulate',
        retentions,
        days: 365,
        seed: 1,
        now: Date.now()
      })
    })
  }

  async importRevlog(file: File): Promise<void> {
    await this.#task('import', async () => {
      const done = await optimizer.run({ type: 'import-revlog', file })
      this.status =
        `Imported ${plural(done.reviews, 'review')} of ${plural(done.cards, 'card')}` +
        (done.skipped
          ? ` (${plural(done.skipped, 'row')} were not answers and were skipped).`
          : '.')
    })
    if (!this.error) await this.fitAfterImport()
  }

  async fitAfterImport(): Promise<void> {
    const fit = await optimizer.fit('import')
    if (fit) this.status = `${this.status ?? ''} ${fit.reason}`.trim()
    await this.load()
  }

  async #task(task: PanelTask, work: () => Promise<void>): Promise<void> {
    this.busy = task
    this.error = null
    if (task !== 'simulate') this.status = null
    try {
      await work()
      await this.load()
    } catch (error) {
      this.error = message(error)
    } finally {
      this.busy = null
    }
  }
}

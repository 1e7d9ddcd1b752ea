import { checkArticleSize, utf8Length } from '@core/article-bytes'
import { isUserFacingError } from '@core/errors'
import type { AttributionCorrection } from '@core/library/corrections'
import type { SaveArticleResult } from '../db/articles-repo'
import type { ArticleSource } from '../db/records'
import { importEngine, type ImportEngine } from '../generation/import-engine'
import type { ArticleInput, ImportPreview } from '../generation/import-job'
import type { CheckView } from './import-attributions'
import { draftsFrom, keptCards, redraftQuote, type CardDraft } from './import-drafts'
import { pendingWrites } from './pending-writes'

export type ImportPhase = 'input' | 'generating' | 'review' | 'saving' | 'saved'

/**
 * The import flow's state: text in, cards generated off the main thread, the user keeps or
 * drops and edits each, then one transaction stores them. Bad input leaves the library as it was.
 * The page holds only what it shows (the preview and the drafts); the article's extraction stays
 * with the engine that made it, which also saves it.
 */
export class ImportFlow {
  phase = $state<ImportPhase>('input')
  error = $state<string | null>(null)
  progress = $state('')
  // Raw: replaced whole, never changed in place; a long article's preview is large.
  preview = $state.raw<ImportPreview | null>(null)
  drafts = $state<CardDraft[]>([])
  result = $state<SaveArticleResult | null>(null)
  /** The quotes whose speaker, place or time the user is asked to check, as they now stand. */
  checks = $state.raw<CheckView[]>([])
  #source: ArticleSource = 'paste'
  #fileName: string | null = null

  constructor(private readonly engine: () => ImportEngine = importEngine) {}

  get existing(): { id: string; title: string } | null {
    return this.preview?.existing ?? null
  }

  get keptCount(): number {
    return this.drafts.filter((d) => d.keep).length
  }

  reset(): void {
    this.phase = 'input'
    this.error = null
    this.preview = null
    this.drafts = []
    this.result = null
    this.checks = []
  }

  /** How many of the library's corrections this import applied before the preview. */
  get reapplied(): number {
    return this.preview?.attributions.reapplied ?? 0
  }

  /**
   * The user's choice for a quote's speaker, place or time. The engine keeping the article
   * applies it (the quote's cards are rebuilt under the same ids, and the correction is saved
   * with the article); the drafts under review then show the rewritten cards.
   */
  async correct(quoteId: string, change: AttributionCorrection): Promise<void> {
    const preview = this.preview
    if (!preview || this.phase !== 'review') return
    try {
      const update = await this.engine().correct({
        job: preview.job,
        quoteId,
        // A time chosen from the preview's choices may be a proxy: send plain data only.
        change: $state.snapshot(change) as AttributionCorrection
      })
      // Another article may have been generated meanwhile: this choice was for the one before.
      if (this.preview !== preview) return
      this.checks = this.checks.map((c) => (c.check.quoteId === quoteId ? update.view : c))
      this.drafts = redraftQuote(
        $state.snapshot(this.drafts) as CardDraft[],
        update.quoteIds,
        update.cards
      )
      this.error = null
    } catch (error) {
      if (this.preview !== preview) return
      this.error = `That choice was not applied: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  /** Leaving the screen: a message about an earlier attempt would only confuse on return. */
  leave(): void {
    this.error = null
  }

  async fromFile(file: { name: string; size?: number; bytes: () => Promise<Uint8Array> }) {
    this.reset()
    try {
      // Refuse an oversized file before reading it into memory.
      if (file.size !== undefined) checkArticleSize(file.size, 'file')
      const bytes = await file.bytes()
      checkArticleSize(bytes.length, 'file')
      await this.#generate({ kind: 'file', bytes }, 'file', file.name)
    } catch (error) {
      this.#fail(error, file.name)
    }
  }

  /**
   * A paste about to land in the text box: an oversized one is refused before the box (and the
   * page's layout) has to hold megabytes of text. Returns whether to let the paste through.
   */
  acceptPaste(text: string): boolean {
    try {
      checkArticleSize(utf8Length(text), 'paste')
      this.error = null
      return true
    } catch (error) {
      this.#fail(error, null)
      return false
    }
  }

  async fromText(text: string) {
    this.reset()
    try {
      checkArticleSize(utf8Length(text), 'paste')
      await this.#generate({ kind: 'paste', text }, 'paste', null)
    } catch (error) {
      this.#fail(error, null)
    }
  }

  async save(now: number): Promise<void> {
    if (!this.preview || this.phase !== 'review') return
    this.phase = 'saving'
    const cards = keptCards($state.snapshot(this.drafts) as CardDraft[])
    this.progress = `Saving ${cards.length} card${cards.length === 1 ? '' : 's'}…`
    try {
      this.result = await pendingWrites.track(
        this.engine().save(
          {
            job: this.preview.job,
            cards,
            source: this.#source,
            fileName: this.#fileName,
            replaces: this.existing?.id ?? null,
            now
          },
          (message) => (this.progress = message)
        )
      )
      this.phase = 'saved'
    } catch (error) {
      this.phase = 'review'
      this.error = `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  async #generate(input: ArticleInput, source: ArticleSource, fileName: string | null) {
    this.phase = 'generating'
    this.progress = fileName ? `Reading “${fileName}”…` : 'Reading the article…'
    const preview = await this.engine().generate(input, (message) => (this.progress = message))
    this.#source = source
    this.#fileName = fileName
    this.preview = preview
    this.checks = preview.attributions.checks
    this.drafts = draftsFrom(preview.cards)
    this.phase = 'review'
  }

  #fail(error: unknown, fileName: string | null) {
    this.phase = 'input'
    const prefix = fileName ? `“${fileName}”: ` : ''
    this.error = isUserFacingError(error)
      ? `${prefix}${error.message}`
      : `${prefix}Something went wrong while reading this article (${String(error)}). Nothing was changed.`
  }
}

export const importFlow = new ImportFlow()

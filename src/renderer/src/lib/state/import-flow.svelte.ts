import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '@core/article-bytes'
import { isUserFacingError } from '@core/errors'
import {
  applyCorrections,
  type AttributionCorrection,
  type Corrections
} from '@core/library/corrections'
import type { Extraction } from '@core/model'
import { findExistingArticle, saveArticle, type SaveArticleResult } from '../db/articles-repo'
import type { ArticleSource } from '../db/records'
import { generateCards } from '../generation/generate-client'
import { applyChoice, checksFor, redraft, type AttributionCheck } from './import-attributions'
import { draftsFrom, keptCards, type CardDraft } from './import-drafts'

export type ImportPhase = 'input' | 'generating' | 'review' | 'saving' | 'saved'

/**
 * The import flow's state: text in, cards generated off the main thread, the user keeps or
 * drops and edits each, then one transaction stores them. Bad input leaves the library as it was.
 */
class ImportFlow {
  phase = $state<ImportPhase>('input')
  error = $state<string | null>(null)
  progress = $state('')
  // Raw: replaced whole by each choice, never changed in place.
  extraction = $state.raw<Extraction | null>(null)
  drafts = $state<CardDraft[]>([])
  existing = $state<{ id: string; title: string } | null>(null)
  result = $state<SaveArticleResult | null>(null)
  /** The quotes whose speaker, place or time the user is asked to check. */
  checks = $state.raw<AttributionCheck[]>([])
  /** The user's corrections: the library's for this article, then those made here. */
  corrections = $state.raw<Corrections>({})
  /** How many of the library's corrections this import applied before the preview. */
  reapplied = $state(0)
  #text = ''
  #source: ArticleSource = 'paste'
  #fileName: string | null = null

  get keptCount(): number {
    return this.drafts.filter((d) => d.keep).length
  }

  reset(): void {
    this.phase = 'input'
    this.error = null
    this.extraction = null
    this.drafts = []
    this.existing = null
    this.result = null
    this.checks = []
    this.corrections = {}
    this.reapplied = 0
  }

  /**
   * The user's choice for a quote's speaker, place or time: the quote's cards are rebuilt (same
   * ids) and the drafts under review show them; the correction is saved with the article.
   */
  correct(quoteId: string, change: AttributionCorrection): void {
    if (!this.extraction || this.phase !== 'review') return
    const next = applyChoice(
      this.extraction,
      this.corrections,
      quoteId,
      // A time chosen from the preview's own choices may be a proxy: keep plain data only.
      $state.snapshot(change) as AttributionCorrection
    )
    this.extraction = next.extraction
    this.corrections = next.corrections
    this.drafts = redraft($state.snapshot(this.drafts) as CardDraft[], next.extraction.cards)
  }

  async fromFile(file: { name: string; size?: number; bytes: () => Promise<Uint8Array> }) {
    this.reset()
    // Refuse an oversized file before reading it into memory.
    if (file.size !== undefined && file.size > MAX_ARTICLE_BYTES) {
      this.error = `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Newsdeck takes articles up to 5 MB.`
      return
    }
    try {
      const text = decodeArticleBytes(await file.bytes())
      await this.#generate(text, 'file', file.name)
    } catch (error) {
      this.#fail(error, file.name)
    }
  }

  async fromText(text: string) {
    this.reset()
    try {
      const checked = decodeArticleBytes(new TextEncoder().encode(text))
      await this.#generate(checked, 'paste', null)
    } catch (error) {
      this.#fail(error, null)
    }
  }

  async save(now: number): Promise<void> {
    if (!this.extraction || this.phase !== 'review') return
    this.phase = 'saving'
    try {
      // Snapshots: IndexedDB cannot clone Svelte's reactive proxies.
      this.result = await saveArticle({
        extraction: $state.snapshot(this.extraction) as Extraction,
        cards: keptCards($state.snapshot(this.drafts) as CardDraft[]),
        text: this.#text,
        source: this.#source,
        fileName: this.#fileName,
        replaces: this.existing?.id ?? null,
        corrections: this.corrections,
        now
      })
      this.phase = 'saved'
    } catch (error) {
      this.phase = 'review'
      this.error = `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  async #generate(text: string, source: ArticleSource, fileName: string | null) {
    this.phase = 'generating'
    this.progress = fileName ? `Reading “${fileName}” and generating cards…` : 'Generating cards…'
    const generated = await generateCards(text)
    const existing = await findExistingArticle(generated)
    // What the user said about this article's quotes before holds for the new text too.
    const corrections = existing?.corrections ?? {}
    const extraction = applyCorrections(generated, corrections)
    this.#text = text
    this.#source = source
    this.#fileName = fileName
    this.extraction = extraction
    this.existing = existing ? { id: existing.id, title: existing.title } : null
    this.corrections = corrections
    this.reapplied = extraction.quotes.filter((q, i) => q !== generated.quotes[i]).length
    this.checks = checksFor(extraction)
    this.drafts = draftsFrom(extraction)
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

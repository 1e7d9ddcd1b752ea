import {
  checkArticleSize,
  checkArticleText,
  decodeArticleBytes,
  utf8Length
} from '@core/article-bytes'
import { isUserFacingError } from '@core/errors'
import type { Extraction } from '@core/model'
import { findExistingArticle, saveArticle, type SaveArticleResult } from '../db/articles-repo'
import type { ArticleSource } from '../db/records'
import { generateCards } from '../generation/generate-client'
import { draftsFrom, keptCards, type CardDraft } from './import-drafts'
import { pendingWrites } from './pending-writes'

export type ImportPhase = 'input' | 'generating' | 'review' | 'saving' | 'saved'

/**
 * The import flow's state: text in, cards generated off the main thread, the user keeps or
 * drops and edits each, then one transaction stores them. Bad input leaves the library as it was.
 */
class ImportFlow {
  phase = $state<ImportPhase>('input')
  error = $state<string | null>(null)
  progress = $state('')
  extraction = $state<Extraction | null>(null)
  drafts = $state<CardDraft[]>([])
  existing = $state<{ id: string; title: string } | null>(null)
  result = $state<SaveArticleResult | null>(null)
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
      const text = decodeArticleBytes(await file.bytes(), 'file')
      await this.#generate(text, 'file', file.name)
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
      await this.#generate(checkArticleText(text, 'paste'), 'paste', null)
    } catch (error) {
      this.#fail(error, null)
    }
  }

  async save(now: number): Promise<void> {
    if (!this.extraction || this.phase !== 'review') return
    this.phase = 'saving'
    try {
      // Snapshots: IndexedDB cannot clone Svelte's reactive proxies.
      this.result = await pendingWrites.track(
        saveArticle({
          extraction: $state.snapshot(this.extraction) as Extraction,
          cards: keptCards($state.snapshot(this.drafts) as CardDraft[]),
          text: this.#text,
          source: this.#source,
          fileName: this.#fileName,
          replaces: this.existing?.id ?? null,
          now
        })
      )
      this.phase = 'saved'
    } catch (error) {
      this.phase = 'review'
      this.error = `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  async #generate(text: string, source: ArticleSource, fileName: string | null) {
    this.phase = 'generating'
    this.progress = fileName ? `Reading “${fileName}” and generating cards…` : 'Generating cards…'
    const extraction = await generateCards(text)
    const existing = await findExistingArticle(extraction)
    this.#text = text
    this.#source = source
    this.#fileName = fileName
    this.extraction = extraction
    this.existing = existing ? { id: existing.id, title: existing.title } : null
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

import { checkArticleText, decodeArticleBytes, type ArticleInputKind } from '@core/article-bytes'
import { generateFromText, GENERATE_STEPS, type GenerateStep } from '@core/generate'
import type { AttributionCorrection, Corrections } from '@core/library/corrections'
import type { CardContent, Extraction } from '@core/model'
import { findExistingArticle, saveArticle, type SaveArticleResult } from '../db/articles-repo'
import type { ArticleSource } from '../db/records'
import {
  choose,
  withLibraryCorrections,
  type AttributionCheck,
  type AttributionPreview,
  type AttributionUpdate
} from '../state/import-attributions'

/**
 * What the Import screen shows of a generated article. The extraction itself (tens of megabytes
 * for a 5 MB article: every sentence, quote and fact) stays where it was made; copying it to the
 * page and back would hold the window for seconds.
 */
export interface ImportPreview {
  /** Which generated article a save refers to (set by the engine). */
  job: number
  article: { id: string; title: string; published: string | null }
  counts: { cards: number; quotes: number; reported: number; facts: number }
  cards: CardContent[]
  /** The text of each sentence a card comes from, by sentence index. */
  sentences: Record<number, string>
  /** The article in the library this import would update, if any. */
  existing: { id: string; title: string } | null
  /** The quotes to check, with their choices; the cards already carry the library's corrections. */
  attributions: AttributionPreview
}

/** The user's choice for one quote's speaker, place or time, in the preview of `job`. */
export interface CorrectRequest {
  job: number
  quoteId: string
  change: AttributionCorrection
}

export interface SaveRequest {
  /** The `job` of the preview these cards came from. */
  job: number
  /** The cards the user kept, with their edits. */
  cards: CardContent[]
  source: ArticleSource
  fileName: string | null
  replaces: string | null
  now: number
}

export type Progress = (message: string) => void

/** An article as it arrives: a file's bytes, or pasted text. Both are checked where they land. */
export type ArticleInput = { kind: 'file'; bytes: Uint8Array } | { kind: 'paste'; text: string }

/** The input's text, decoded and checked (binary, UTF-8, control characters, whitespace). */
function readInput(input: ArticleInput): string {
  const kind: ArticleInputKind = input.kind
  return input.kind === 'file'
    ? decodeArticleBytes(input.bytes, kind)
    : checkArticleText(input.text, kind)
}

const STEP_MESSAGES: Record<GenerateStep, string> = {
  parse: 'Reading the article',
  quotes: 'Finding quotes and who said them',
  statements: 'Finding reported statements and terms',
  facts: 'Finding facts and figures',
  cards: 'Writing the cards'
}
const STEPS = GENERATE_STEPS.length + 1

/** Generated articles an engine keeps for saving: the latest few, in case two imports overlap. */
export class ImportJobs {
  #jobs = new Map<number, ImportJob>()

  async generate(job: number, input: ArticleInput, progress: Progress): Promise<ImportPreview> {
    const importJob = new ImportJob()
    const preview = await importJob.generate(input, progress)
    this.#jobs.set(job, importJob)
    for (const old of [...this.#jobs.keys()].slice(0, -4)) this.#jobs.delete(old)
    return { job, ...preview }
  }

  correct(request: CorrectRequest): AttributionUpdate {
    const importJob = this.#jobs.get(request.job)
    if (!importJob) throw new Error('this article is no longer ready; generate it again')
    return importJob.correct(request.quoteId, request.change)
  }

  save(request: SaveRequest, progress: Progress): Promise<SaveArticleResult> {
    const importJob = this.#jobs.get(request.job)
    if (!importJob) throw new Error('this article is no longer ready to save; generate it again')
    this.#jobs.delete(request.job)
    return importJob.save(request, progress)
  }
}

/**
 * One article being imported, where the heavy work runs (the generation worker, or the page
 * when no worker can start): generated once, then saved from what it keeps.
 */
export class ImportJob {
  #text = ''
  #extraction: Extraction | null = null
  #checks: AttributionCheck[] = []
  /** The library's corrections of this article, then the user's choices in the preview. */
  #corrections: Corrections = {}

  async generate(input: ArticleInput, progress: Progress): Promise<Omit<ImportPreview, 'job'>> {
    progress(`Step 1 of ${STEPS}: ${STEP_MESSAGES.parse}…`)
    const text = readInput(input)
    const generated = generateFromText(text, {
      // Reading (step 1) was said above, before decoding, which is part of it.
      onStep: (step) => {
        if (step !== 'parse')
          progress(`Step ${GENERATE_STEPS.indexOf(step) + 1} of ${STEPS}: ${STEP_MESSAGES[step]}…`)
      }
    })
    progress(`Step ${STEPS} of ${STEPS}: Checking your library…`)
    const existing = await findExistingArticle(generated)
    // What the user said about this article's quotes before holds for the new text too.
    const corrections = existing?.corrections ?? {}
    const { extraction, checks, preview } = withLibraryCorrections(generated, corrections)
    this.#text = text
    this.#extraction = extraction
    this.#checks = checks
    this.#corrections = corrections
    const sentences: Record<number, string> = {}
    for (const card of extraction.cards) {
      const sentence = extraction.article.sentences[card.sentenceIndex]
      if (sentence) sentences[card.sentenceIndex] = sentence.text
    }
    return {
      article: {
        id: extraction.article.id,
        title: extraction.article.title,
        published: extraction.article.published
      },
      counts: {
        cards: extraction.cards.length,
        quotes: extraction.quotes.length,
        reported: extraction.reported.length,
        facts: extraction.facts.length
      },
      cards: extraction.cards,
      sentences,
      existing: existing ? { id: existing.id, title: existing.title } : null,
      attributions: preview
    }
  }

  /** Applies the user's choice to the article kept here; the page gets the quote's new cards. */
  correct(quoteId: string, change: AttributionCorrection): AttributionUpdate {
    const extraction = this.#extraction
    const check = this.#checks.find((c) => c.quoteId === quoteId)
    if (!extraction || !check) throw new Error('this quote is not one to check')
    const next = choose(extraction, this.#corrections, check, change)
    this.#extraction = next.extraction
    this.#corrections = next.corrections
    return next.update
  }

  async save(request: SaveRequest, progress: Progress): Promise<SaveArticleResult> {
    const extraction = this.#extraction
    if (!extraction) throw new Error('nothing generated to save')
    progress(`Saving the article and ${request.cards.length} cards…`)
    const { job: _job, ...input } = request
    return saveArticle({ extraction, text: this.#text, corrections: this.#corrections, ...input })
  }
}

import type { SaveArticleResult } from '../db/articles-repo'
import type { AttributionUpdate } from '../state/import-attributions'
import type { ArticleInput, CorrectRequest, ImportPreview, SaveRequest } from './import-job'

export type ImportRequest =
  | { id: number; kind: 'generate'; input: ArticleInput }
  | { id: number; kind: 'save'; request: SaveRequest }
  | { id: number; kind: 'correct'; request: CorrectRequest }

export type ImportReply =
  | { id: number; kind: 'progress'; message: string }
  | { id: number; kind: 'generated'; preview: ImportPreview }
  | { id: number; kind: 'saved'; result: SaveArticleResult }
  | { id: number; kind: 'corrected'; update: AttributionUpdate }
  /** `code` is set for the user's own input errors (ArticleInputError), null for anything else. */
  | { id: number; kind: 'failed'; code: string | null; message: string }

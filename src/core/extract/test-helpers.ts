/** Builds the tagged, masked view of a short article body for the extractors' unit tests. */
import { parseArticle } from '../article/parse-article'
import { EntityRegistry } from './entities/registry'
import { buildView, type ArticleView } from './view'

export function viewOf(...paragraphs: string[]): ArticleView {
  return buildView(parseArticle(`date 2025-03-14 Title\n\n${paragraphs.join('\n\n')}`))
}

export function registryOf(...paragraphs: string[]): {
  view: ArticleView
  registry: EntityRegistry
} {
  const view = viewOf(...paragraphs)
  return { view, registry: new EntityRegistry(view) }
}

import { getArticle, getArticles } from '../../lib/db/articles-repo'
import type { ArticleRecord } from '../../lib/db/records'

export interface ArticleSource {
  one(id: string): Promise<ArticleRecord | undefined>
  many(ids: string[]): Promise<ArticleRecord[]>
}

const storage: ArticleSource = { one: getArticle, many: getArticles }

/**
 * The articles of the cards a session shows, each read from storage once. Prefetching the whole
 * queue's articles at the start means no later card waits for a read.
 */
export class ArticleCache {
  #articles = new Map<string, ArticleRecord | null>()

  constructor(private readonly source: ArticleSource = storage) {}

  /** The article if it has been read already (null: it does not exist); undefined if not. */
  peek(id: string): ArticleRecord | null | undefined {
    return this.#articles.get(id)
  }

  async get(id: string): Promise<ArticleRecord | null> {
    if (!this.#articles.has(id)) this.#articles.set(id, (await this.source.one(id)) ?? null)
    return this.#articles.get(id) ?? null
  }

  async prefetch(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#articles.has(id))
    if (missing.length === 0) return
    for (const article of await this.source.many(missing)) {
      if (!this.#articles.has(article.id)) this.#articles.set(article.id, article)
    }
  }
}

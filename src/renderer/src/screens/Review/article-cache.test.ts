import { describe, expect, it, vi } from 'vitest'
import type { ArticleRecord } from '../../lib/db/records'
import { ArticleCache } from './article-cache'

const article = (id: string) => ({ id, title: id }) as ArticleRecord

describe('ArticleCache', () => {
  it('reads each article from storage once, missing ones included', async () => {
    const one = vi.fn(async (id: string) => (id === 'gone' ? undefined : article(id)))
    const cache = new ArticleCache({ one, many: async () => [] })
    expect((await cache.get('a1'))?.title).toBe('a1')
    expect(await cache.get('a1')).toBe(await cache.get('a1'))
    expect(await cache.get('gone')).toBeNull()
    expect(await cache.get('gone')).toBeNull()
    expect(one.mock.calls.map((c) => c[0])).toEqual(['a1', 'gone'])
  })

  it('prefetches only what it does not hold, so later cards never wait for a read', async () => {
    const many = vi.fn(async (ids: string[]) => ids.map(article))
    const one = vi.fn(async (id: string) => article(id))
    const cache = new ArticleCache({ one, many })
    await cache.get('a1')
    await cache.prefetch(['a1', 'a2', 'a3'])
    await cache.prefetch(['a2'])
    expect(many.mock.calls).toEqual([[['a2', 'a3']]])
    await cache.get('a3')
    expect(one).toHaveBeenCalledTimes(1)
  })
})

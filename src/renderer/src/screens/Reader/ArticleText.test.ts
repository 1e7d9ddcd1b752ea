// @vitest-environment jsdom
import { render } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cardContent, extraction } from '@core/testing/builders'
import ArticleText from './ArticleText.svelte'

const { cards: _, ...x } = extraction()
const props = {
  extraction: x,
  sourceText: x.article.paragraphs.join('\n\n'),
  cards: [cardContent('c1', { kind: 'fact-cloze', sentenceIndex: 0 })],
  selected: 0,
  onselect: () => {}
}

/** The system's motion setting as the page sees it, and every scroll the reader asks for. */
function withMotion(reduced: boolean): ReturnType<typeof vi.fn> {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: reduced && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {}
      }) as unknown as MediaQueryList
  )
  const scroll = vi.fn()
  Element.prototype.scrollIntoView = scroll
  return scroll
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a selected sentence is brought into view', () => {
  it('with a glide, unless the system asks for less motion, then at once', () => {
    const glide = withMotion(false)
    render(ArticleText, props)
    expect(glide).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' })

    const still = withMotion(true)
    render(ArticleText, props)
    expect(still).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' })
  })
})

// @vitest-environment jsdom
import { render } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import ArticleLinks from './ArticleLinks.svelte'
import { linkSegments } from './links'

describe('linkSegments', () => {
  it('finds a web address inside a sentence, leaving the text around it as it was', () => {
    const text = 'Details are at https://www.example.org/news/a.html?id=3 and on the board.'
    const segments = linkSegments(text)
    expect(segments).toEqual([
      { text: 'Details are at ' },
      {
        text: 'https://www.example.org/news/a.html?id=3',
        href: 'https://www.example.org/news/a.html?id=3'
      },
      { text: ' and on the board.' }
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('leaves sentence punctuation and brackets outside, keeps brackets the address opened', () => {
    const hrefs = (text: string): (string | undefined)[] =>
      linkSegments(text)
        .filter((s) => s.href)
        .map((s) => s.href)
    expect(hrefs('Read it at http://example.org/a.')).toEqual(['http://example.org/a'])
    expect(hrefs('(see https://example.org/report), he said')).toEqual([
      'https://example.org/report'
    ])
    expect(hrefs('“https://example.org/q”')).toEqual(['https://example.org/q'])
    expect(hrefs('https://en.wikipedia.org/wiki/Mercury_(planet).')).toEqual([
      'https://en.wikipedia.org/wiki/Mercury_(planet)'
    ])
  })

  it('makes links of web addresses only', () => {
    for (const text of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://example.org/x',
      'https://localhost/ and http://intranet/',
      'no address at all'
    ]) {
      expect(
        linkSegments(text).every((s) => !s.href),
        text
      ).toBe(true)
    }
  })
})

describe('ArticleLinks', () => {
  it('renders addresses as links that open outside the app, and the rest as text', () => {
    const text = 'Details at https://www.example.org/a and more.'
    const { container } = render(ArticleLinks, { text, mode: 'inline' })
    expect(container.textContent).toBe(text)
    const link = container.querySelector('a')
    expect(link?.getAttribute('href')).toBe('https://www.example.org/a')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('after a sentence that is itself a button, adds a small named link per address', () => {
    const { container } = render(ArticleLinks, {
      text: 'See https://a.example.org/x and https://b.example.org/y.',
      mode: 'after'
    })
    const links = [...container.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Open https://a.example.org/x in your browser',
      'Open https://b.example.org/y in your browser'
    ])
    expect(render(ArticleLinks, { text: 'No address.', mode: 'after' }).container.textContent).toBe(
      ''
    )
  })
})

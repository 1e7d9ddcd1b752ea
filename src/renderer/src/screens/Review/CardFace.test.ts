// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import type { Quote } from '@core/model'
import { extraction, guessedQuote, storedCard } from '@core/testing/builders'
import type { ArticleRecord } from '../../lib/db/records'
import CardFace from './CardFace.svelte'

const guessed = guessedQuote()

function articleWith(quote: Quote): ArticleRecord {
  const { cards: _, ...x } = extraction('article-1', 'Museum visit')
  return {
    id: 'article-1',
    title: 'Museum visit',
    published: '2025-03-14',
    source: 'paste',
    fileName: null,
    text: '',
    importedAt: 0,
    updatedAt: 0,
    extraction: { ...x, quotes: [quote] }
  } as ArticleRecord
}

const who = storedCard('c1', {}, { kind: 'quote-who', back: 'Kiara Perkins', quoteId: 'q1' })

describe('a review card whose answer the generator was unsure of', () => {
  it('says so with the answer, and leads to the sentence in the article to check it', () => {
    render(CardFace, { card: who, article: articleWith(guessed), revealed: true })
    const note = screen.getByTestId('card-unsure')
    expect(note).toHaveTextContent('check the speaker')
    expect(note).toHaveTextContent('the quiz leaves it out')
    expect(screen.getByRole('link', { name: 'Check it in the article' })).toHaveAttribute(
      'href',
      '#/article/article-1/0'
    )
  })

  it('says nothing before the answer is shown, once it is checked, or of a sure answer', () => {
    render(CardFace, { card: who, article: articleWith(guessed), revealed: false })
    expect(screen.queryByTestId('card-unsure')).toBeNull()
    render(CardFace, {
      card: who,
      article: articleWith({ ...guessed, confirmed: true }),
      revealed: true
    })
    render(CardFace, {
      card: who,
      article: articleWith({ ...guessed, basis: { ...guessed.basis!, confidence: 0.99 } }),
      revealed: true
    })
    expect(screen.queryByTestId('card-unsure')).toBeNull()
    expect(screen.getAllByTestId('card-back')).toHaveLength(2)
  })

  it('says nothing of a card whose answer the user edited', () => {
    const mine = { ...who, back: 'Kiara Perkins-Oduya', edited: true }
    render(CardFace, { card: mine, article: articleWith(guessed), revealed: true })
    expect(screen.getByTestId('card-back')).toHaveTextContent('Kiara Perkins-Oduya')
    expect(screen.queryByTestId('card-unsure')).toBeNull()
  })
})

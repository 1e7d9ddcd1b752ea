// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { guessedQuote } from '@core/testing/builders'
import AttributionChooser from './AttributionChooser.svelte'

const guess = guessedQuote()
const quote = guessedQuote({
  where: 'the museum',
  sentenceIndex: 3,
  basis: { ...guess.basis!, whereSieve: 'speaker-scene' }
})

const props = (onchoose = vi.fn(), unsure = { speaker: true, where: false, when: false }) => ({
  quote,
  choices: { speakers: ['Kiara Perkins', 'Maya Lin'], places: ['the museum'], times: [] },
  fields: ['speaker', 'where', 'when'] as const,
  unsure,
  article: { published: '2025-03-14', dateline: null },
  onchoose
})

describe('AttributionChooser', () => {
  it('marks what to check, says which answer is a guess, and gives a choice in one click', async () => {
    const onchoose = vi.fn()
    render(AttributionChooser, props(onchoose))
    const speaker = screen.getByRole('group', { name: /Who said it/ })
    expect(speaker).toHaveTextContent('check the speaker')
    const guess = within(speaker).getByRole('button', { name: /Kiara Perkins/ })
    expect(guess).toHaveTextContent('guessed')
    expect(guess).toHaveAttribute('aria-pressed', 'false')
    // A settled place is shown pressed, and is not marked.
    const where = screen.getByRole('group', { name: 'Where' })
    expect(within(where).getByRole('button', { name: 'the museum' })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
    await fireEvent.click(within(speaker).getByRole('button', { name: 'Maya Lin' }))
    expect(onchoose).toHaveBeenLastCalledWith({ speaker: 'Maya Lin' })
    await fireEvent.click(within(where).getByRole('button', { name: 'Not stated' }))
    expect(onchoose).toHaveBeenLastCalledWith({ where: null })
  })

  it("takes a typed answer; a typed time is read against the article's date", async () => {
    const onchoose = vi.fn()
    render(AttributionChooser, props(onchoose))
    await fireEvent.click(screen.getByRole('button', { name: 'Another time…' }))
    const input = screen.getByLabelText('When was it said?')
    expect(input).toHaveFocus()
    await fireEvent.input(input, { target: { value: 'on  Thursday' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Use this' }))
    expect(onchoose).toHaveBeenLastCalledWith({
      when: { phrase: 'on Thursday', resolved: '2025-03-13', label: '13 March 2025' }
    })
    expect(screen.queryByLabelText('When was it said?')).toBeNull()

    await fireEvent.click(screen.getByRole('button', { name: 'Someone else…' }))
    await fireEvent.input(screen.getByLabelText('Who said it?'), { target: { value: '  ' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Use this' }))
    expect(onchoose).toHaveBeenCalledTimes(1)
  })
})

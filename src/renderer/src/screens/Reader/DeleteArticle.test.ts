// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import DeleteArticle from './DeleteArticle.svelte'

describe('DeleteArticle', () => {
  it('deletes only after the question is answered with Delete', async () => {
    const ondelete = vi.fn()
    render(DeleteArticle, { cards: 12, ondelete })

    await fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }))
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'its 12 cards and their review history'
    )
    await fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(ondelete).not.toHaveBeenCalled()

    await fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(ondelete).toHaveBeenCalledOnce()
  })
})

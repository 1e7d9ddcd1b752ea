// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { beforeEach, describe, expect, it } from 'vitest'
import { useImportEngine } from '../../lib/generation/import-engine'
import { inPlaceImportEngine } from '../../lib/generation/test-support'
import { importFlow } from '../../lib/state/import-flow.svelte'
import ImportScreen from './ImportScreen.svelte'

/** A paste event carrying `text`, as the browser fires it before the text lands in the box. */
function paste(target: Element, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.assign(event, { clipboardData: { getData: () => text } })
  return target.dispatchEvent(event)
}

useImportEngine(inPlaceImportEngine())
beforeEach(() => importFlow.reset())

describe('ImportScreen', () => {
  it('refuses a paste over 5 MB as it happens, saying by how much, before the box holds it', async () => {
    render(ImportScreen)
    const box = screen.getByLabelText(/Paste the article/)
    const landed = paste(box, 'a'.repeat(6 * 1024 * 1024))
    expect(landed).toBe(false)
    await tick()
    expect(screen.getByRole('alert').textContent).toBe(
      'The pasted text is 6.00 MB, 1.00 MB over the 5 MB limit for an article.'
    )
    expect(paste(box, 'A short article.')).toBe(true)
    await tick()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('does not show an old error when the person comes back to it', async () => {
    const first = render(ImportScreen)
    await importFlow.fromText('   \n  ')
    expect(await screen.findByRole('alert')).toHaveTextContent('The pasted text contains only')
    first.unmount()
    render(ImportScreen)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('calls a pasted text a pasted text, not a file', async () => {
    render(ImportScreen)
    await fireEvent.input(screen.getByLabelText(/Paste the article/), {
      target: { value: 'Nul\u0000 bytes\u0000 here.' }
    })
    await fireEvent.click(screen.getByRole('button', { name: 'Generate cards' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The pasted text holds binary data, not an article.'
    )
  })
})

// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { errorReport } from '@shared/error-report'
import AppNotice from './AppNotice.svelte'
import { errorNotice, Notices } from '../state/notices.svelte'

const report = errorReport('renderer', 'rejection', new Error('The quiz could not start'))
const context = { version: '0.1.0', at: '2026-01-05T10:00:00.000Z', desktop: true }

describe('errorNotice', () => {
  it('says in one sentence what went wrong and where the details are', () => {
    const notice = errorNotice(report, context)
    expect(notice.text).toBe(
      'Something went wrong: Error: The quiz could not start. The details are in the log (Help › Open logs folder).'
    )
    expect(notice.details).toMatch(
      /^Newsdeck 0\.1\.0, renderer process, unhandled promise rejection/
    )
    expect(errorNotice(report, { ...context, desktop: false }).text).toMatch(/browser's console/)
  })

  it('keeps a long message short; the whole of it is in the details', () => {
    const long = errorReport('main', 'error', new Error('x'.repeat(500)))
    const notice = errorNotice(long, context)
    expect(notice.text.length).toBeLessThan(250)
    expect(notice.details).toContain('x'.repeat(500))
  })
})

describe('AppNotice', () => {
  it('shows an error as an alert, and "Copy details" copies the details', async () => {
    const copy = vi.fn(async () => {})
    const notices = new Notices(copy)
    notices.show(errorNotice(report, context))
    const { rerender } = render(AppNotice, {
      notice: notices.current,
      copyState: notices.copyState,
      oncopy: () => notices.copyDetails(),
      ondismiss: () => notices.dismiss()
    })
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
    await fireEvent.click(screen.getByRole('button', { name: 'Copy details' }))
    expect(copy).toHaveBeenCalledWith(notices.current?.details)
    expect(notices.copyState).toBe('copied')
    await rerender({ copyState: notices.copyState })
    expect(screen.getByText('Copied.')).toBeInTheDocument()
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(notices.current).toBeNull()
  })

  it('says so when copying fails, and offers no copy for a plain status', async () => {
    const notices = new Notices(() => Promise.reject(new Error('denied')))
    notices.show(errorNotice(report, context))
    await notices.copyDetails()
    expect(notices.copyState).toBe('failed')
    render(AppNotice, {
      notice: { kind: 'ok', text: 'Backup saved to /data/backups/b.json.gz.' },
      copyState: 'idle',
      oncopy: vi.fn(),
      ondismiss: vi.fn()
    })
    expect(screen.getByRole('status')).toHaveTextContent('Backup saved')
    expect(screen.queryByRole('button', { name: 'Copy details' })).toBeNull()
  })
})

// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { createScheduler, newSchedulingState, previewGrades } from '@core/review/scheduler'
import GradeButtons from './GradeButtons.svelte'

const NOW = new Date(2025, 6, 20, 9, 0).getTime()

describe('GradeButtons', () => {
  it('shows on each button the interval that grade gives, and reports the grade clicked', async () => {
    const preview = previewGrades(
      createScheduler({ ...DEFAULT_SETTINGS }),
      newSchedulingState(NOW),
      NOW
    )
    const ongrade = vi.fn()
    render(GradeButtons, { preview, ongrade })

    const good = screen.getByRole('button', { name: /Good/ })
    expect(good).toHaveTextContent(preview.options[3].intervalLabel)
    expect(good).toHaveTextContent('10m')
    expect(screen.getByRole('button', { name: /Again/ })).toHaveTextContent('1m')

    await fireEvent.click(screen.getByRole('button', { name: /Easy/ }))
    expect(ongrade).toHaveBeenCalledWith(4)
  })

  it('says which buttons give the same interval, and only then', () => {
    const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
    const fresh = previewGrades(scheduler, newSchedulingState(NOW), NOW)
    const { unmount } = render(GradeButtons, { preview: fresh, ongrade: vi.fn() })
    expect(screen.queryByTestId('same-interval')).toBeNull()
    unmount()

    const relearning = previewGrades(
      scheduler,
      previewGrades(scheduler, fresh.options[1].after, NOW + 60_000).options[3].after,
      NOW + 11 * 60_000
    )
    render(GradeButtons, { preview: relearning, ongrade: vi.fn() })
    expect(screen.getByTestId('same-interval')).toHaveTextContent(
      'Good and Easy both bring the card back in 1d.'
    )
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Good and Easy both/)
  })
})

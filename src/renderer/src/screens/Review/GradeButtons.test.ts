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
})

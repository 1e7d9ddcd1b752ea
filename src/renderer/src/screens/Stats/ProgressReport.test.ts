// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte'
import { default_w } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { DAY_MS } from '@core/calendar'
import { emptyAggregate } from '@core/review/day-summary'
import { hardestCards, mastery } from '@core/stats/memory'
import { progressReport, withCardText } from '@core/stats/report'
import { storedCard } from '@core/testing/builders'
import ProgressReport from './ProgressReport.svelte'

const NOW = Date.UTC(2026, 1, 10, 12)

describe('the progress report', () => {
  it('shows the streak, retention, mastery and hardest cards with the right numbers', () => {
    const days = ['2026-02-09', '2026-02-10'].map((day) => ({
      ...emptyAggregate(day),
      good: 10,
      recall: { youngPassed: 9, youngFailed: 1, maturePassed: 3, matureFailed: 1 }
    }))
    const card = (id: string, speaker: string, lastReview: number, lapses = 0) => ({
      cardId: id,
      articleId: 'a1',
      speaker,
      phase: 2 as const,
      stability: 10,
      difficulty: 5,
      lastReview,
      lapses
    })
    const cards = [
      card('c1', 'Ana', NOW),
      card('c2', 'Ana', NOW - 60 * DAY_MS, 3),
      card('c3', 'Ben', NOW),
      card('c4', 'Ben', NOW)
    ]
    const titles = new Map([['a1', 'Harbour bridge']])
    const report = withCardText(
      progressReport({
        today: '2026-02-10',
        days,
        mastery: mastery(cards, titles, 0.9, NOW, [...default_w]),
        hardest: hardestCards(cards, NOW, [...default_w]),
        titles,
        desiredRetention: 0.9
      }),
      [storedCard('c2', {}, { front: 'Who said “we will build”?', back: 'Ana' })]
    )
    render(ProgressReport, { report })

    expect(screen.getByTestId('report-streak')).toHaveTextContent('Streak: 2 days (longest 2 days)')
    expect(screen.getByTestId('report-mastery')).toHaveTextContent('Mastered: 75% (3 of 4)')
    const week = within(screen.getByTestId('report-retention')).getByRole('row', {
      name: /Last 7 days/
    })
    expect(week).toHaveTextContent('90% (18 of 20)')
    expect(week).toHaveTextContent('75% (6 of 8)')
    expect(week).toHaveTextContent('86% (24 of 28)')
    const speakers = within(screen.getByTestId('report-speakers')).getAllByRole('row').slice(1)
    expect(speakers.map((r) => r.textContent)).toEqual(['Ana50% (1 of 2)', 'Ben100% (2 of 2)'])
    expect(
      within(screen.getByTestId('report-articles')).getByRole('row', { name: /Harbour bridge/ })
    ).toHaveTextContent('75% (3 of 4)')
    const hardest = within(screen.getByTestId('report-hardest')).getAllByRole('row')[1]
    expect(hardest).toHaveTextContent('Who said “we will build”?')
    expect(hardest).toHaveTextContent('3 times')
  })
})

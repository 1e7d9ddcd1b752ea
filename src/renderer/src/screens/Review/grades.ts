import type { Grade } from '@core/model'
import { GRADES, type GradePreview } from '@core/review/scheduler'

export const GRADE_LABEL: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' }

/**
 * Says which buttons bring the card back after the same interval ("Good and Easy both bring the
 * card back in 1d."), so equal labels read as FSRS's answer rather than a fault; null when every
 * button differs. A relearning card of low stability graduates to one day on Good and on Easy.
 */
export function sameIntervalNote(preview: GradePreview): string | null {
  const byInterval = new Map<string, string[]>()
  for (const grade of GRADES) {
    const interval = preview.options[grade].intervalLabel
    byInterval.set(interval, [...(byInterval.get(interval) ?? []), GRADE_LABEL[grade]])
  }
  const same = [...byInterval].filter(([, labels]) => labels.length > 1)
  if (same.length === 0) return null
  return same
    .map(([interval, labels]) => {
      const names = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
      return `${names} ${labels.length === 2 ? 'both' : 'all'} bring the card back in ${interval}.`
    })
    .join(' ')
}

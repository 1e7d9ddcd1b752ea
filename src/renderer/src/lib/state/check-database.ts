/** Help › Check database: recounting the library in the backup worker, and saying what it found. */
import type { RecountReport } from '../db/maintenance-repo'
import { plural } from '../format'

/** One or two sentences: what was checked, and what was wrong and is now repaired. */
export function describeCheck(report: RecountReport): string {
  const checked = `Checked ${plural(report.articles, 'article')} and ${plural(report.cards, 'card')}`
  const problems: string[] = []
  if (report.repaired.length) {
    const titles = report.repaired.slice(0, 3).map((t) => `“${t}”`)
    const more = report.repaired.length > 3 ? ` and ${report.repaired.length - 3} more` : ''
    problems.push(
      `the card counts of ${plural(report.repaired.length, 'article')} were wrong and are repaired (${titles.join(', ')}${more})`
    )
  }
  if (report.totalRepaired)
    problems.push("the library's total card counts were wrong and are repaired")
  if (report.removed)
    problems.push(`${plural(report.removed, 'count')} of deleted articles removed`)
  const stray = report.strayCards
    ? ` ${plural(report.strayCards, 'card')} belong to no article; they were left as they are.`
    : ''
  return problems.length
    ? `${checked}: ${problems.join('; ')}.${stray}`
    : `${checked}: every count was right.${stray}`
}

import { progressReport, withCardText, type ProgressReport } from '@core/stats/report'
import { cardsById, progressDays } from '../db/progress-repo'
import { memoryStats } from './memory-client'

/** Everything the printable report shows, with the hardest cards' words read by id. */
export async function progressReportData(now: number): Promise<ProgressReport> {
  const [days, memory] = await Promise.all([progressDays(now), memoryStats(now)])
  const report = progressReport({
    ...days,
    mastery: memory.mastery,
    hardest: memory.hardest,
    titles: new Map(memory.titles)
  })
  return withCardText(report, await cardsById(report.hardestIds))
}

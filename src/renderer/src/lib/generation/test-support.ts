// For tests, which have no workers: the import worker's own jobs, run in place.
import type { ImportEngine } from './import-engine'
import { ImportJobs } from './import-job'

export function inPlaceImportEngine(): ImportEngine {
  const jobs = new ImportJobs()
  let nextJob = 1
  return {
    generate: (input, progress = () => undefined) => jobs.generate(nextJob++, input, progress),
    correct: async (request) => jobs.correct(request),
    save: (request, progress = () => undefined) => jobs.save(request, progress)
  }
}

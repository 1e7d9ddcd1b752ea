/// <reference lib="webworker" />
// Generating and saving an article run here, so that a long article never freezes the window:
// the page only ever receives the cards to review, never the whole extraction.
import { isUserFacingError } from '@core/errors'
import { ImportJobs } from './import-job'
import type { ImportReply, ImportRequest } from './messages'

const jobs = new ImportJobs()

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const message = event.data
  const reply = (r: ImportReply): void => self.postMessage(r)
  const progress = (text: string): void =>
    reply({ id: message.id, kind: 'progress', message: text })
  try {
    if (message.kind === 'generate') {
      const preview = await jobs.generate(message.id, message.input, progress)
      reply({ id: message.id, kind: 'generated', preview })
    } else if (message.kind === 'correct') {
      reply({ id: message.id, kind: 'corrected', update: jobs.correct(message.request) })
    } else {
      reply({ id: message.id, kind: 'saved', result: await jobs.save(message.request, progress) })
    }
  } catch (error) {
    reply({
      id: message.id,
      kind: 'failed',
      code: isUserFacingError(error) ? error.code : null,
      message: isUserFacingError(error) ? error.message : String(error)
    })
  }
}

/// <reference lib="webworker" />
// Backups run here, on this worker's own database connection: reading and encoding the library,
// checking a backup file and restoring it, and recounting it. The window only hears progress.
import { isUserFacingError } from '@core/errors'
import { BackupJobs, type BackupProgress } from './backup-jobs'
import type { BackupReply, BackupRequest } from './messages'

const jobs = new BackupJobs()

self.onmessage = async (event: MessageEvent<BackupRequest>) => {
  const message = event.data
  const reply = (r: BackupReply): void => self.postMessage(r)
  const onProgress = (progress: BackupProgress): void =>
    reply({ id: message.id, kind: 'progress', progress })
  try {
    if (message.kind === 'export') {
      reply({ id: message.id, kind: 'exported', file: await jobs.export(message.now, onProgress) })
    } else if (message.kind === 'check') {
      // The file is read here, not in the window: a large backup's bytes, and the garbage they
      // leave, would be the window's otherwise.
      const bytes = new Uint8Array(await message.file.arrayBuffer())
      const summary = await jobs.check(message.id, bytes, onProgress)
      reply({ id: message.id, kind: 'checked', summary })
    } else if (message.kind === 'restore') {
      const result = await jobs.restore(message.backup, message.mode, onProgress)
      reply({ id: message.id, kind: 'restored', result })
    } else if (message.kind === 'discard') {
      jobs.discard(message.backup)
    } else {
      reply({ id: message.id, kind: 'counted', report: await jobs.checkDatabase(onProgress) })
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

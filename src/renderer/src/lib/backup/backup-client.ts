/**
 * The page's side of backups: every request goes to the backup worker, which has its own
 * database connection, and the page only hears progress and the result. A file to check goes to
 * the worker as the Blob it is (a handle, not its bytes), and the worker reads it; a written
 * backup comes back as a Blob.
 */
import { BackupFormatError } from '@core/errors'
import type { RecountReport } from '../db/maintenance-repo'
import type {
  BackupJobs,
  BackupProgress,
  BackupSummary,
  OnProgress,
  RestoreMode,
  RestoreResult
} from './backup-jobs'
import type { BackupReply, BackupRequest } from './messages'
import { readFileBytes } from '../platform'
import { WorkerCalls } from '../workers/worker-calls'

export interface BackupClient {
  export(now: number, progress?: OnProgress): Promise<Blob>
  /** Checks a backup file; throws BackupFormatError (in words) when it cannot be restored. */
  check(file: Blob, progress?: OnProgress): Promise<BackupSummary>
  /** Replaces the library with a checked backup, or merges it in. */
  restore(backup: number, mode: RestoreMode, progress?: OnProgress): Promise<RestoreResult>
  discard(backup: number): void
  checkDatabase(progress?: OnProgress): Promise<RecountReport>
}

/** Distributive, so each request kind keeps its own fields once its id is left off. */
type Ask = BackupRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never

class WorkerBackupClient implements BackupClient {
  #calls = new WorkerCalls<BackupReply, BackupProgress>({
    name: 'the backup worker',
    create: () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' }),
    receive: (reply, calls) => {
      if (reply.kind === 'progress') calls.progress(reply.id, reply.progress)
      else if (reply.kind !== 'failed') calls.resolve(reply.id, reply)
      else if (reply.code !== null)
        calls.reject(reply.id, new BackupFormatError(reply.code, reply.message))
      else calls.reject(reply.id, new Error(reply.message))
    }
  })

  async export(now: number, progress?: OnProgress): Promise<Blob> {
    const reply = await this.#send({ kind: 'export', now }, progress)
    return expect(reply, 'exported').file
  }

  async check(file: Blob, progress?: OnProgress): Promise<BackupSummary> {
    return expect(await this.#send({ kind: 'check', file }, progress), 'checked').summary
  }

  async restore(backup: number, mode: RestoreMode, progress?: OnProgress) {
    return expect(await this.#send({ kind: 'restore', backup, mode }, progress), 'restored').result
  }

  discard(backup: number): void {
    this.#calls.post((id) => ({ id, kind: 'discard', backup }) satisfies BackupRequest)
  }

  async checkDatabase(progress?: OnProgress): Promise<RecountReport> {
    return expect(await this.#send({ kind: 'check-database' }, progress), 'counted').report
  }

  #send(ask: Ask, progress?: OnProgress): Promise<BackupReply> {
    return this.#calls.send((id) => ({ ...ask, id }) as BackupRequest, progress)
  }
}

function expect<K extends BackupReply['kind']>(
  reply: BackupReply,
  kind: K
): Extract<BackupReply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`the backup worker answered ${reply.kind}, not ${kind}`)
  return reply as Extract<BackupReply, { kind: K }>
}

/** The jobs run in place, on the caller's connection: for tests, which have no workers. */
export function inPlaceBackupClient(jobs: BackupJobs): BackupClient {
  let nextId = 1
  return {
    export: (now, progress) => jobs.export(now, progress),
    check: async (file, progress) => jobs.check(nextId++, await readFileBytes(file), progress),
    restore: (backup, mode, progress) => jobs.restore(backup, mode, progress),
    discard: (backup) => jobs.discard(backup),
    checkDatabase: (progress) => jobs.checkDatabase(progress)
  }
}

let client: BackupClient | null = null

/** The app's backup worker, started on first use. */
export function backupClient(): BackupClient {
  client ??= new WorkerBackupClient()
  return client
}

/** For tests: run backups through `replacement` instead of a worker. */
export function useBackupClient(replacement: BackupClient | null): void {
  client = replacement
}

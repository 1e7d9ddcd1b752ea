/**
 * The page's side of backups: every request goes to the backup worker, which has its own
 * database connection, and the page only hears progress and the result. A file's bytes move to
 * the worker rather than being copied, and a written backup comes back as a Blob.
 */
import { BackupFormatError } from '@core/errors'
import type { RecountReport } from '../db/maintenance-repo'
import type {
  BackupJobs,
  BackupSummary,
  OnProgress,
  RestoreMode,
  RestoreResult
} from './backup-jobs'
import type { BackupReply, BackupRequest } from './messages'

export interface BackupClient {
  export(now: number, progress?: OnProgress): Promise<Blob>
  /** Checks a backup file; throws BackupFormatError (in words) when it cannot be restored. */
  check(bytes: Uint8Array, progress?: OnProgress): Promise<BackupSummary>
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

interface Waiter {
  progress: OnProgress
  resolve: (reply: BackupReply) => void
  reject: (error: unknown) => void
}

class WorkerBackupClient implements BackupClient {
  #worker: Worker
  #nextId = 1
  #waiting = new Map<number, Waiter>()

  constructor() {
    this.#worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
    this.#worker.onmessage = (event: MessageEvent<BackupReply>) => this.#receive(event.data)
    this.#worker.onerror = (event) => {
      event.preventDefault()
      const error = new Error(`the backup worker stopped (${event.message || 'no reason given'})`)
      for (const waiter of this.#waiting.values()) waiter.reject(error)
      this.#waiting.clear()
    }
  }

  async export(now: number, progress?: OnProgress): Promise<Blob> {
    const reply = await this.#send({ kind: 'export', now }, progress)
    return expect(reply, 'exported').file
  }

  async check(bytes: Uint8Array, progress?: OnProgress): Promise<BackupSummary> {
    const reply = await this.#send({ kind: 'check', bytes }, progress, [
      bytes.buffer as ArrayBuffer
    ])
    return expect(reply, 'checked').summary
  }

  async restore(backup: number, mode: RestoreMode, progress?: OnProgress) {
    return expect(await this.#send({ kind: 'restore', backup, mode }, progress), 'restored').result
  }

  discard(backup: number): void {
    this.#worker.postMessage({ id: this.#nextId++, kind: 'discard', backup } as BackupRequest)
  }

  async checkDatabase(progress?: OnProgress): Promise<RecountReport> {
    return expect(await this.#send({ kind: 'check-database' }, progress), 'counted').report
  }

  #send(ask: Ask, progress: OnProgress = () => undefined, transfer: Transferable[] = []) {
    const id = this.#nextId++
    return new Promise<BackupReply>((resolve, reject) => {
      this.#waiting.set(id, { progress, resolve, reject })
      this.#worker.postMessage({ ...ask, id } as BackupRequest, transfer)
    })
  }

  #receive(reply: BackupReply): void {
    const waiter = this.#waiting.get(reply.id)
    if (!waiter) return
    if (reply.kind === 'progress') return waiter.progress(reply.progress)
    this.#waiting.delete(reply.id)
    if (reply.kind !== 'failed') waiter.resolve(reply)
    else if (reply.code !== null) waiter.reject(new BackupFormatError(reply.code, reply.message))
    else waiter.reject(new Error(reply.message))
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
    check: (bytes, progress) => jobs.check(nextId++, bytes, progress),
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

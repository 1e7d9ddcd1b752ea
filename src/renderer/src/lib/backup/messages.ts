import type { RecountReport } from '../db/maintenance-repo'
import type { BackupProgress, BackupSummary, RestoreMode, RestoreResult } from './backup-jobs'

/** What the page asks the backup worker; each request has an id its replies carry. */
export type BackupRequest =
  | { id: number; kind: 'export'; now: number }
  | { id: number; kind: 'check'; file: Blob }
  | { id: number; kind: 'restore'; backup: number; mode: RestoreMode }
  | { id: number; kind: 'discard'; backup: number }
  | { id: number; kind: 'check-database' }

export type BackupReply =
  | { id: number; kind: 'progress'; progress: BackupProgress }
  | { id: number; kind: 'exported'; file: Blob }
  | { id: number; kind: 'checked'; summary: BackupSummary }
  | { id: number; kind: 'restored'; result: RestoreResult }
  | { id: number; kind: 'counted'; report: RecountReport }
  | { id: number; kind: 'failed'; code: string | null; message: string }

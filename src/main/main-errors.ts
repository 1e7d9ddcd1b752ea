/**
 * Unhandled errors in main: logged, and passed on so the user hears about them. Without a
 * listener Node's default for an uncaught exception in Electron's main process is a modal
 * "A JavaScript error occurred" box, and an unhandled rejection is only a console line nobody
 * sees. No Electron here: `proc` is `process` in the app and an EventEmitter in the tests.
 */
import type { EventEmitter } from 'node:events'
import { errorReport, type ErrorReport } from '../shared/error-report'

/** One log entry: the process and kind first, so the log can be grepped by either. */
export function logLine(report: ErrorReport): string {
  const what = report.kind === 'error' ? 'uncaught error' : 'unhandled rejection'
  return `[${report.process}] ${what}: ${report.stack ?? report.message}`
}

export function catchMainErrors(
  proc: Pick<EventEmitter, 'on' | 'off'>,
  onError: (report: ErrorReport) => void
): () => void {
  const report = (kind: ErrorReport['kind']) => (value: unknown) => {
    try {
      onError(errorReport('main', kind, value))
    } catch {
      // Reporting must never throw from inside the handler that reports throws.
    }
  }
  const onException = report('error')
  const onRejection = report('rejection')
  proc.on('uncaughtException', onException)
  proc.on('unhandledRejection', onRejection)
  return () => {
    proc.off('uncaughtException', onException)
    proc.off('unhandledRejection', onRejection)
  }
}

/**
 * The log file (electron-log, rotating: log-rotation.ts) and what goes into it: start-up,
 * unhandled errors in main and in the renderer, crashed processes, refused app:// requests and
 * refused links. It lives in Electron's logs folder: ~/Library/Logs/Newsdeck on macOS, the logs
 * folder inside userData elsewhere (~/.config/Newsdeck/logs, %APPDATA%\Newsdeck\logs); Help ›
 * Open logs folder opens it.
 */
import { dirname, join } from 'node:path'
import { app } from 'electron'
import log from 'electron-log/main'
import type { ErrorReport } from '../shared/error-report'
import { applyRotationPolicy } from './log-rotation'
import { catchMainErrors, logLine } from './main-errors'

export { log }

/**
 * Starts file logging and catches main's unhandled errors; `notify` tells the user (through the
 * renderer's notice) about each one. `proc` is `process` but in tests.
 */
export function setupLogging(
  notify: (report: ErrorReport) => void,
  proc: Parameters<typeof catchMainErrors>[0] = process
): void {
  // Electron's own logs folder follows userData, so a test profile keeps its log with it.
  app.setAppLogsPath()
  const file = join(app.getPath('logs'), 'main.log')
  log.transports.file.resolvePathFn = () => file
  applyRotationPolicy(log.transports.file)
  log.transports.file.level = 'info'
  // The terminal is only worth writing to while developing.
  log.transports.console.level = app.isPackaged ? false : 'info'
  log.info(
    `Newsdeck ${app.getVersion()} starting: Electron ${process.versions.electron}, ${process.platform} ${process.arch}`
  )
  catchMainErrors(proc, (report) => {
    log.error(logLine(report))
    notify(report)
  })
  app.on('render-process-gone', (_event, _contents, details) => {
    log.error(`[renderer] process gone: ${details.reason} (exit code ${details.exitCode})`)
  })
  app.on('child-process-gone', (_event, details) => {
    log.error(`[${details.type}] process gone: ${details.reason} (exit code ${details.exitCode})`)
  })
}

export function logRendererError(report: ErrorReport): void {
  log.error(logLine(report))
}

export function logsFolder(): string {
  return dirname(log.transports.file.getFile().path)
}

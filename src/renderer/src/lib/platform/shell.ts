/**
 * The desktop shell around the app, as the renderer sees it: where errors are logged, the
 * clipboard, and articles the OS opens with Newsdeck. Kept apart from `Platform` (files, dialogs,
 * backups), which the screens use; only app-wide state needs these. In the web build errors go
 * to the console, the clipboard is the browser's, and nothing is opened from the OS.
 */
import type { ErrorReport, NewsdeckApi } from '@shared/ipc'
import { toPickResult, type PickResult } from './index'

export interface AppShell {
  readonly isDesktop: boolean
  /** Writes the error to the log file (desktop) or the console (web); never throws. */
  reportError(report: ErrorReport): Promise<void>
  copyText(text: string): Promise<void>
  /** An article the OS asked Newsdeck to open ("Open with", a file passed to a second launch). */
  onOpenedFile(listener: (file: PickResult) => void): () => void
  /** An error in the main process the user should hear about. */
  onMainError(listener: (report: ErrorReport) => void): () => void
}

export function desktopShell(api: NewsdeckApi): AppShell {
  return {
    isDesktop: true,
    async reportError(report) {
      try {
        await api.reportError(report)
      } catch (error) {
        // Nowhere left to report to; the console at least keeps it for a developer.
        console.error('Could not log the error', report, error)
      }
    },
    copyText: (text) => api.copyText(text),
    onOpenedFile: (listener) => api.onOpenedFile((file) => listener(toPickResult(file))),
    onMainError: (listener) => api.onMainError(listener)
  }
}

export function webShell(clipboard: Pick<Clipboard, 'writeText'> | undefined): AppShell {
  return {
    isDesktop: false,
    async reportError(report) {
      console.error(`[${report.process}] ${report.stack ?? report.message}`)
    },
    async copyText(text) {
      if (!clipboard) throw new Error('This browser offers no clipboard to this page.')
      await clipboard.writeText(text)
    },
    onOpenedFile: () => () => {},
    onMainError: () => () => {}
  }
}

let current: AppShell | null = null

export function appShell(): AppShell {
  current ??= window.api ? desktopShell(window.api) : webShell(navigator.clipboard)
  return current
}

/**
 * Catches what nothing else caught in the renderer: uncaught errors and promise rejections
 * nobody handled. Each becomes an ErrorReport for the log and the notice.
 */
import { errorReport, type ErrorReport } from '@shared/error-report'

/**
 * Chromium reports a ResizeObserver callback that resized something again as a window error.
 * It is harmless (the observer runs again next frame) and not something to alarm a user with.
 */
const BENIGN = [/^ResizeObserver loop/]

type Target = Pick<Window, 'addEventListener' | 'removeEventListener'>

export function captureErrors(target: Target, onError: (report: ErrorReport) => void): () => void {
  const onErrorEvent = (event: ErrorEvent): void => {
    const value: unknown = event.error ?? event.message
    if (typeof value === 'string' && BENIGN.some((re) => re.test(value))) return
    onError(errorReport('renderer', 'error', value))
  }
  const onRejection = (event: PromiseRejectionEvent): void => {
    onError(errorReport('renderer', 'rejection', event.reason))
  }
  target.addEventListener('error', onErrorEvent)
  target.addEventListener('unhandledrejection', onRejection)
  return () => {
    target.removeEventListener('error', onErrorEvent)
    target.removeEventListener('unhandledrejection', onRejection)
  }
}

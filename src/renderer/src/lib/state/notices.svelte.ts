/**
 * The one app-wide notice: the outcome of a menu action (an export, a backup) or an error that
 * nothing else handled. Errors carry details the user can copy into a bug report.
 */
import { errorDetails, type ErrorReport } from '@shared/error-report'

export interface Notice {
  kind: 'ok' | 'error'
  text: string
  /** Shown to nobody; "Copy details" puts it on the clipboard. */
  details?: string
}

const SHORT = 140

/** The notice for an unhandled error: one short sentence, the rest behind "Copy details". */
export function errorNotice(
  report: ErrorReport,
  context: { version: string; at: string; desktop: boolean }
): Notice {
  const message =
    report.message.length > SHORT ? `${report.message.slice(0, SHORT - 1)}…` : report.message
  const where = context.desktop ? 'the log (Help › Open logs folder)' : "the browser's console"
  return {
    kind: 'error',
    text: `Something went wrong: ${message}. The details are in ${where}.`,
    details: errorDetails(report, context)
  }
}

export class Notices {
  current = $state<Notice | null>(null)
  /** What happened to the last "Copy details": shown beside the button. */
  copyState = $state<'idle' | 'copied' | 'failed'>('idle')

  constructor(private readonly copy: (text: string) => Promise<void>) {}

  show(notice: Notice): void {
    this.current = notice
    this.copyState = 'idle'
  }

  dismiss(): void {
    this.current = null
  }

  async copyDetails(): Promise<void> {
    const details = this.current?.details
    if (!details) return
    try {
      await this.copy(details)
      this.copyState = 'copied'
    } catch {
      this.copyState = 'failed'
    }
  }
}

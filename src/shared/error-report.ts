/**
 * An unhandled error, as main logs it and as the user can copy it from the notice. Built from
 * whatever was thrown (an Error, a string, anything), capped in size, because the renderer sends
 * these over IPC and a compromised page could send anything at all.
 */
export interface ErrorReport {
  /** The process it happened in. */
  process: 'main' | 'renderer'
  /** Thrown and not caught, or a promise rejected with nobody listening. */
  kind: 'error' | 'rejection'
  message: string
  stack: string | null
}

export const MAX_ERROR_MESSAGE = 1000
export const MAX_ERROR_STACK = 16 * 1024

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function messageOf(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

export function errorReport(
  process: ErrorReport['process'],
  kind: ErrorReport['kind'],
  value: unknown
): ErrorReport {
  const stack = value instanceof Error && typeof value.stack === 'string' ? value.stack : null
  return {
    process,
    kind,
    message: cap(messageOf(value), MAX_ERROR_MESSAGE),
    stack: stack === null ? null : cap(stack, MAX_ERROR_STACK)
  }
}

export function isErrorReport(value: unknown): value is ErrorReport {
  if (typeof value !== 'object' || value === null) return false
  const { process, kind, message, stack } = value as Record<string, unknown>
  return (
    (process === 'main' || process === 'renderer') &&
    (kind === 'error' || kind === 'rejection') &&
    typeof message === 'string' &&
    message.length <= MAX_ERROR_MESSAGE &&
    (stack === null || (typeof stack === 'string' && stack.length <= MAX_ERROR_STACK))
  )
}

/** What "Copy details" puts on the clipboard: enough for a bug report, nothing from the library. */
export function errorDetails(
  report: ErrorReport,
  context: { version: string; at: string }
): string {
  const what = report.kind === 'error' ? 'uncaught error' : 'unhandled promise rejection'
  const header = `Newsdeck ${context.version}, ${report.process} process, ${what}, ${context.at}`
  // An Error's stack already begins with its "Name: message" line.
  const body =
    report.stack === null
      ? report.message
      : report.stack.startsWith(report.message)
        ? report.stack
        : `${report.message}\n${report.stack}`
  return `${header}\n${body}`
}

import { describe, expect, it } from 'vitest'
import {
  errorDetails,
  errorReport,
  isErrorReport,
  MAX_ERROR_MESSAGE,
  MAX_ERROR_STACK
} from './error-report'

describe('errorReport', () => {
  it('keeps an Error’s name, message and stack', () => {
    const error = new TypeError('cards is undefined')
    const report = errorReport('renderer', 'error', error)
    expect(report).toEqual({
      process: 'renderer',
      kind: 'error',
      message: 'TypeError: cards is undefined',
      stack: error.stack
    })
    expect(isErrorReport(report)).toBe(true)
  })

  it('describes whatever else was thrown or rejected', () => {
    expect(errorReport('main', 'rejection', 'plain text').message).toBe('plain text')
    expect(errorReport('main', 'rejection', { code: 42 }).message).toBe('{"code":42}')
    expect(errorReport('main', 'rejection', undefined).message).toBe('undefined')
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(errorReport('main', 'rejection', circular).message).toBe('[object Object]')
  })

  it('caps what a runaway error could send over IPC', () => {
    const error = new Error('x'.repeat(10_000))
    error.stack = 'y'.repeat(100_000)
    const report = errorReport('renderer', 'error', error)
    expect(report.message.length).toBe(MAX_ERROR_MESSAGE)
    expect(report.stack?.length).toBe(MAX_ERROR_STACK)
    expect(isErrorReport(report)).toBe(true)
  })
})

describe('isErrorReport', () => {
  it('refuses anything else a page might send', () => {
    const good = errorReport('renderer', 'error', new Error('e'))
    for (const bad of [
      null,
      'text',
      { ...good, process: 'gpu' },
      { ...good, kind: 'warning' },
      { ...good, message: 1 },
      { ...good, message: 'x'.repeat(MAX_ERROR_MESSAGE + 1) },
      { ...good, stack: 'y'.repeat(MAX_ERROR_STACK + 1) }
    ]) {
      expect(isErrorReport(bad)).toBe(false)
    }
  })
})

describe('errorDetails', () => {
  it('puts the version, process, kind and time first, then the stack once', () => {
    const report = {
      process: 'renderer' as const,
      kind: 'rejection' as const,
      message: 'Error: boom',
      stack: 'Error: boom\n    at go (index.js:3:9)'
    }
    expect(errorDetails(report, { version: '0.1.0', at: '2026-01-05T10:00:00.000Z' })).toBe(
      [
        'Newsdeck 0.1.0, renderer process, unhandled promise rejection, 2026-01-05T10:00:00.000Z',
        'Error: boom',
        '    at go (index.js:3:9)'
      ].join('\n')
    )
    expect(errorDetails({ ...report, stack: null, kind: 'error' }, { version: '1', at: 't' })).toBe(
      'Newsdeck 1, renderer process, uncaught error, t\nError: boom'
    )
  })
})

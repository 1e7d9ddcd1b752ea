import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { catchMainErrors, logLine } from './main-errors'

describe('catchMainErrors', () => {
  it('reports uncaught errors and unhandled rejections in main, then stops when asked', () => {
    const proc = new EventEmitter()
    const onError = vi.fn()
    const stop = catchMainErrors(proc, onError)
    proc.emit('uncaughtException', new RangeError('bad size'))
    proc.emit('unhandledRejection', 'disk full')
    expect(onError.mock.calls.map(([r]) => [r.process, r.kind, r.message])).toEqual([
      ['main', 'error', 'RangeError: bad size'],
      ['main', 'rejection', 'disk full']
    ])
    stop()
    expect(proc.listenerCount('uncaughtException') + proc.listenerCount('unhandledRejection')).toBe(
      0
    )
  })

  it('never throws out of the handler, even if reporting fails', () => {
    const proc = new EventEmitter()
    catchMainErrors(proc, () => {
      throw new Error('log file gone')
    })
    expect(() => proc.emit('uncaughtException', new Error('first'))).not.toThrow()
  })
})

describe('logLine', () => {
  it('names the process and kind, then the stack', () => {
    const line = logLine({
      process: 'renderer',
      kind: 'rejection',
      message: 'TypeError: x',
      stack: 'TypeError: x\n    at f (app.js:1:2)'
    })
    expect(line).toBe('[renderer] unhandled rejection: TypeError: x\n    at f (app.js:1:2)')
  })
})

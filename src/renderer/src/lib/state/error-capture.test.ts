// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { captureErrors } from './error-capture'

function rejection(reason: unknown): Event {
  // jsdom has no PromiseRejectionEvent; the listener reads only `reason`.
  return Object.assign(new Event('unhandledrejection'), { reason })
}

describe('captureErrors', () => {
  it('reports uncaught errors and unhandled rejections from the renderer', () => {
    const target = new EventTarget() as unknown as Window
    const onError = vi.fn()
    captureErrors(target, onError)
    target.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined') }))
    target.dispatchEvent(new ErrorEvent('error', { message: 'Script error.' }))
    target.dispatchEvent(rejection(new Error('save failed')))
    expect(onError.mock.calls.map(([r]) => [r.process, r.kind, r.message])).toEqual([
      ['renderer', 'error', 'TypeError: x is undefined'],
      ['renderer', 'error', 'Script error.'],
      ['renderer', 'rejection', 'Error: save failed']
    ])
  })

  it('ignores the harmless ResizeObserver loop notice, and stops when asked', () => {
    const target = new EventTarget() as unknown as Window
    const onError = vi.fn()
    const stop = captureErrors(target, onError)
    target.dispatchEvent(
      new ErrorEvent('error', {
        message: 'ResizeObserver loop completed with undelivered notifications.'
      })
    )
    stop()
    target.dispatchEvent(new ErrorEvent('error', { error: new Error('after stop') }))
    expect(onError).not.toHaveBeenCalled()
  })
})

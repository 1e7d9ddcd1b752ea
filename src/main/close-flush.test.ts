import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '../shared/ipc'
import {
  flushBeforeClose,
  FLUSH_TIMEOUT_MS,
  type ClosingWindow,
  type FlushReplies
} from './close-flush'

/** A window whose renderer answers flush requests after `answerAfterMs` (never when null). */
function setup(answerAfterMs: number | null) {
  const ipc = new EventEmitter()
  const closes: string[] = []
  const win = new EventEmitter() as EventEmitter & ClosingWindow
  let destroyed = false
  win.isDestroyed = () => destroyed
  win.close = () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    win.emit('close', event)
    if (!event.defaultPrevented) {
      destroyed = true
      closes.push('closed')
    }
  }
  win.webContents = {
    id: 7,
    isCrashed: () => false,
    send: (channel: string, id: unknown) => {
      closes.push(`asked ${channel}`)
      if (answerAfterMs !== null)
        setTimeout(() => ipc.emit(IPC.flushDone, { sender: { id: 7 } }, id), answerAfterMs)
    }
  }
  const quit = vi.fn()
  flushBeforeClose(win, ipc as unknown as FlushReplies, quit)
  return { win, closes, quit, ipc }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('flushBeforeClose', () => {
  it('closes the window only after the renderer says its writes are stored', async () => {
    const { win, closes, quit } = setup(30)
    win.close()
    expect(closes).toEqual([`asked ${IPC.flushRequest}`])
    await vi.advanceTimersByTimeAsync(29)
    expect(closes).not.toContain('closed')
    await vi.advanceTimersByTimeAsync(1)
    expect(closes).toEqual([`asked ${IPC.flushRequest}`, 'closed'])
    expect(quit).toHaveBeenCalledOnce()
  })

  it('closes anyway when the renderer does not answer within the time limit', async () => {
    const { win, closes } = setup(null)
    win.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1)
    expect(closes).not.toContain('closed')
    await vi.advanceTimersByTimeAsync(1)
    expect(closes).toContain('closed')
  })

  it('asks once however often the close is repeated, and ignores replies from elsewhere', async () => {
    const { win, closes, ipc } = setup(50)
    win.close()
    win.close()
    ipc.emit(IPC.flushDone, { sender: { id: 99 } }, 1)
    await vi.advanceTimersByTimeAsync(10)
    expect(closes).toEqual([`asked ${IPC.flushRequest}`])
    await vi.advanceTimersByTimeAsync(40)
    expect(closes).toEqual([`asked ${IPC.flushRequest}`, 'closed'])
  })
})

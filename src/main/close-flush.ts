/**
 * Before the window closes, main asks the renderer to store whatever it still has pending and
 * waits for its answer, for at most FLUSH_TIMEOUT_MS: a hung or crashed renderer must not keep
 * the window open. Nothing here imports electron, so it is tested with plain stand-ins.
 */
import { IPC } from '../shared/ipc'

/** A pending answer takes milliseconds to store; two seconds covers a very slow disk. */
export const FLUSH_TIMEOUT_MS = 2000

/** The parts of a BrowserWindow this uses. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void
  close(): void
  isDestroyed(): boolean
  webContents: {
    id: number
    send(channel: string, ...args: unknown[]): void
    isCrashed(): boolean
  }
}

type FlushListener = (event: { sender: { id: number } }, ...args: unknown[]) => void

/** The parts of ipcMain this uses. */
export interface FlushReplies {
  on(channel: string, listener: FlushListener): unknown
  removeListener(channel: string, listener: FlushListener): unknown
}

let nextId = 1

/**
 * Holds every close of `win` until the renderer has flushed (or the time limit passed), then
 * closes it for real and calls `closed`, which may carry on an app quit the held close cancelled.
 */
export function flushBeforeClose(
  win: ClosingWindow,
  replies: FlushReplies,
  closed: () => void = () => undefined,
  timeoutMs = FLUSH_TIMEOUT_MS
): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open'
  win.on('close', (event) => {
    if (state === 'flushed' || win.webContents.isCrashed()) return
    event.preventDefault()
    if (state === 'flushing') return
    state = 'flushing'
    void rendererFlush(win, replies, timeoutMs).then(() => {
      state = 'flushed'
      if (!win.isDestroyed()) win.close()
      closed()
    })
  })
}

/** Asks the renderer to flush; resolves when it replies or after `timeoutMs`, whichever is first. */
export function rendererFlush(
  win: ClosingWindow,
  replies: FlushReplies,
  timeoutMs: number
): Promise<'flushed' | 'timed-out'> {
  const id = nextId++
  return new Promise((resolve) => {
    const done = (how: 'flushed' | 'timed-out'): void => {
      clearTimeout(timer)
      replies.removeListener(IPC.flushDone, onReply)
      resolve(how)
    }
    const onReply = (event: { sender: { id: number } }, replyId: unknown): void => {
      if (event.sender.id === win.webContents.id && replyId === id) done('flushed')
    }
    const timer = setTimeout(() => done('timed-out'), timeoutMs)
    replies.on(IPC.flushDone, onReply)
    win.webContents.send(IPC.flushRequest, id)
  })
}

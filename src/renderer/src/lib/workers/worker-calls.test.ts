import { afterEach, describe, expect, it } from 'vitest'
import { WorkerCalls } from './worker-calls'

type Request = { id: number; text: string }
type Reply =
  | { id: number; kind: 'progress'; step: number }
  | { id: number; kind: 'done'; text: string }
  | { id: number; kind: 'failed'; message: string }

/**
 * A worker on a real MessageChannel: its script answers "slow" last and with two progress
 * steps, "bad" with a failure, anything else at once in capitals. `crash()` stops it as a
 * throwing worker script would.
 */
interface ChannelWorker {
  terminated: boolean
  onmessage: ((e: MessageEvent) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
  postMessage: (m: unknown) => void
  terminate(): void
  crash(message: string): void
}

function channelWorker(started: ChannelWorker[]): ChannelWorker {
  const { port1, port2 } = new MessageChannel()
  const held: Request[] = []
  port2.onmessage = (event: MessageEvent<Request>) => {
    const r = event.data
    if (r.text === 'slow') return void held.push(r)
    if (r.text === 'bad') return port2.postMessage({ id: r.id, kind: 'failed', message: 'no' })
    port2.postMessage({ id: r.id, kind: 'done', text: r.text.toUpperCase() })
    for (const h of held.splice(0)) {
      port2.postMessage({ id: h.id, kind: 'progress', step: 1 })
      port2.postMessage({ id: h.id, kind: 'progress', step: 2 })
      port2.postMessage({ id: h.id, kind: 'done', text: 'SLOW' })
    }
  }
  const worker: ChannelWorker = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (m: unknown) => port1.postMessage(m),
    terminate() {
      this.terminated = true
      port1.close()
    },
    crash(message: string) {
      this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
    }
  }
  port1.onmessage = (e) => worker.onmessage?.(e)
  started.push(worker)
  return worker
}

describe('calls to a worker', () => {
  const started: ChannelWorker[] = []
  const calls = new WorkerCalls<Reply, number>({
    name: 'the test worker',
    create: () => channelWorker(started) as unknown as Worker,
    receive: (reply, c) => {
      if (reply.kind === 'progress') c.progress(reply.id, reply.step)
      else if (reply.kind === 'done') c.resolve(reply.id, reply.text)
      else c.reject(reply.id, new Error(reply.message))
    }
  })
  afterEach(() => started.forEach((w) => w.terminate()))

  it('gives each caller its own answer and progress, in whatever order they come', async () => {
    const steps: number[] = []
    const slow = calls.send<string>(
      (id) => ({ id, text: 'slow' }),
      (s) => steps.push(s)
    )
    const fast = calls.send<string>((id) => ({ id, text: 'fast' }))
    expect(await fast).toBe('FAST')
    expect(await slow).toBe('SLOW')
    expect(steps).toEqual([1, 2])
    await expect(calls.send((id) => ({ id, text: 'bad' }))).rejects.toThrow('no')
    expect(started).toHaveLength(1)
  })

  it('fails every waiting call in words when the worker stops, and starts a new one after', async () => {
    const a = calls.send((id) => ({ id, text: 'slow' }))
    const b = calls.send((id) => ({ id, text: 'slow' }))
    started.at(-1)!.crash('out of memory')
    await expect(a).rejects.toThrow('the test worker stopped (out of memory)')
    await expect(b).rejects.toThrow('the test worker stopped (out of memory)')
    expect(started.at(-1)!.terminated).toBe(true)
    const before = started.length
    expect(await calls.send((id) => ({ id, text: 'again' }))).toBe('AGAIN')
    expect(started).toHaveLength(before + 1)
  })
})

/**
 * The window's side of a worker that answers requests by id: the worker is started on first
 * use, each request waits for the reply with its id, progress goes to the request it belongs
 * to, and a worker that stops fails every request still waiting, in words, so nothing hangs.
 * The backup, import and optimizer clients each map their own replies onto this.
 */

export interface Call<P> {
  progress: (value: P) => void
  resolve: (value: never) => void
  reject: (error: unknown) => void
}

export interface WorkerCallsOptions<Message, P> {
  /** What the user would call the worker: "the backup worker". */
  name: string
  create: () => Worker
  /** Handles one message from the worker, settling calls through `calls`. */
  receive: (message: Message, calls: WorkerCalls<Message, P>) => void
  /** Called when the worker stops, after the waiting calls have failed. */
  stopped?: () => void
}

export class WorkerCalls<Message, P = never> {
  #worker: Worker | null = null
  #nextId = 1
  #waiting = new Map<number, Call<P>>()

  constructor(private readonly options: WorkerCallsOptions<Message, P>) {}

  /** Sends the request `make` builds with a fresh id, and waits for its reply. */
  send<T>(
    make: (id: number) => unknown,
    progress: (value: P) => void = () => undefined,
    transfer: Transferable[] = []
  ): Promise<T> {
    const worker = this.#start()
    const id = this.#nextId++
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { progress, resolve: resolve as (value: never) => void, reject })
      worker.postMessage(make(id), transfer)
    })
  }

  /** Sends a request nobody waits for. */
  post(make: (id: number) => unknown): void {
    this.#start().postMessage(make(this.#nextId++))
  }

  /** Sends a message that is not a request (an answer to the worker's own question). */
  postRaw(message: unknown): void {
    this.#worker?.postMessage(message)
  }

  progress(id: number, value: P): void {
    this.#waiting.get(id)?.progress(value)
  }

  resolve(id: number, value: unknown): void {
    const call = this.#waiting.get(id)
    this.#waiting.delete(id)
    call?.resolve(value as never)
  }

  reject(id: number, error: unknown): void {
    const call = this.#waiting.get(id)
    this.#waiting.delete(id)
    call?.reject(error)
  }

  /** Stops the worker and fails every waiting call with `error`; the next call starts it again. */
  fail(error: Error): void {
    this.#worker?.terminate()
    this.#worker = null
    const waiting = [...this.#waiting.values()]
    this.#waiting.clear()
    for (const call of waiting) call.reject(error)
    this.options.stopped?.()
  }

  #start(): Worker {
    if (this.#worker) return this.#worker
    const worker = this.options.create()
    worker.onmessage = (event: MessageEvent<Message>) => this.options.receive(event.data, this)
    // A worker that fails to load or throws fails what it was given, in words.
    worker.onerror = (event) => {
      event.preventDefault()
      this.fail(new Error(`${this.options.name} stopped (${event.message || 'no reason given'})`))
    }
    this.#worker = worker
    return worker
  }
}

/**
 * The optimizer as the window sees it: whether a fit is running and how far it is, the last
 * fit, and the automatic re-fit. A re-fit starts once `refitEveryReviews` answers have been
 * given since the last fit and the learner has paused (no answer for `idleMs`), so it never
 * competes with answering for the machine; it runs in the worker in any case.
 */
import { isUserFacingError } from '@core/errors'
import { countReviewsSince, latestFit } from '../db/optimizer-repo'
import type { FitRecord, FitTrigger } from '../db/records'
import { loadStudySettings } from '../db/settings-repo'
import type { OptimizerResults, OptimizerRequest } from '../optimizer/messages'
import { OptimizerClient } from '../optimizer/optimizer-client'

type Kind = keyof OptimizerResults
type RequestOf<K extends Kind> = Omit<Extract<OptimizerRequest, { type: K }>, 'id'>

export interface OptimizerDeps {
  client: (onProgress: (fraction: number) => void) => Pick<OptimizerClient, 'request' | 'engine'>
  /** Answers since the last fit, and how many call for the next. */
  due: () => Promise<{ since: number; every: number }>
  clock: () => number
  idleMs: number
  supported: boolean
}

const defaultDeps: OptimizerDeps = {
  client: (onProgress) => new OptimizerClient(onProgress),
  async due() {
    const [last, settings] = await Promise.all([latestFit(), loadStudySettings()])
    return {
      since: await countReviewsSince(last?.lastLogId ?? 0),
      every: settings.refitEveryReviews
    }
  },
  clock: () => Date.now(),
  idleMs: 20_000,
  supported: OptimizerClient.supported()
}

export class OptimizerState {
  /** 0–1 while a fit runs, null otherwise. */
  progress = $state<number | null>(null)
  running = $state<FitTrigger | null>(null)
  lastFit = $state<FitRecord | null>(null)
  error = $state<string | null>(null)
  /** Bumped after anything the optimizer wrote, so screens know to read again. */
  changes = $state(0)
  #client: Pick<OptimizerClient, 'request' | 'engine'> | null = null
  #idle: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly deps: OptimizerDeps = defaultDeps) {}

  /** Fits now (unless a fit is already running); resolves with the stored fit. */
  async fit(trigger: FitTrigger): Promise<FitRecord | null> {
    if (this.running || !this.deps.supported) return null
    this.running = trigger
    this.progress = 0
    this.error = null
    try {
      const client = this.#use()
      const record = await client.request({
        type: 'fit',
        engine: await client.engine(),
        trigger,
        now: this.deps.clock()
      })
      this.lastFit = record
      this.changes++
      return record
    } catch (error) {
      this.error = `The fit did not finish: ${error instanceof Error ? error.message : String(error)}`
      return null
    } finally {
      this.running = null
      this.progress = null
    }
  }

  /** Any other optimizer task (rescheduling, simulation, import); user errors come back as words. */
  async run<K extends Exclude<Kind, 'fit'>>(
    request: RequestOf<K> & { type: K }
  ): Promise<OptimizerResults[K]> {
    try {
      const result = await this.#use().request<K>(request)
      if (request.type !== 'simulate' && request.type !== 'reschedule-preview') this.changes++
      return result
    } catch (error) {
      if (isUserFacingError(error)) throw error
      throw new Error(
        `The optimizer failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error }
      )
    }
  }

  /** Called after each answer: a re-fit is considered once the learner pauses. */
  noteAnswer(): void {
    if (!this.deps.supported) return
    if (this.#idle) clearTimeout(this.#idle)
    this.#idle = setTimeout(() => void this.#refitIfDue(), this.deps.idleMs)
  }

  async #refitIfDue(): Promise<void> {
    this.#idle = null
    if (this.running) return
    const { since, every } = await this.deps.due()
    if (every > 0 && since >= every) await this.fit('auto')
  }

  #use(): Pick<OptimizerClient, 'request' | 'engine'> {
    this.#client ??= this.deps.client((fraction) => {
      if (this.running) this.progress = Math.max(this.progress ?? 0, Math.min(1, fraction))
    })
    return this.#client
  }
}

export const optimizer = new OptimizerState()

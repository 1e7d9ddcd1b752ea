/**
 * Fitting with @open-spaced-repetition/binding: fsrs-rs as a native Node module, in Electron's
 * main process. Measured here it fits several times faster than fsrs-browser's WebAssembly
 * (README, libraries), and it runs on libuv's thread pool, so neither main's event loop nor the
 * window waits for it. Its platform packages exist for few platforms on some registries; where
 * it cannot load, `loadBinding` says null and the window fits with fsrs-browser instead.
 */
import { cardOfReview } from '../core/optimizer/history'
import type { FitEngine } from '../core/optimizer/run-fit'
import type { TrainingSet } from '../core/optimizer/types'

type Binding = typeof import('@open-spaced-repetition/binding')
type BindingItem = InstanceType<Binding['FSRSBindingItem']>

let loaded: Promise<Binding | null> | null = null

/** The binding, or null where its native package is missing or will not load. */
export function loadBinding(): Promise<Binding | null> {
  loaded ??= import('@open-spaced-repetition/binding').then(
    (binding) => (typeof binding.computeParameters === 'function' ? binding : null),
    () => null
  )
  return loaded
}

/**
 * The binding's items: each review to predict with the reviews before it. Review objects are
 * made once per review and shared by the items whose histories contain them.
 */
export function toBindingItems(binding: Binding, set: TrainingSet): BindingItem[] {
  const reviews = Array.from(
    set.ratings,
    (rating, k) => new binding.FSRSBindingReview(rating, set.deltas[k]!)
  )
  const owner = cardOfReview(set)
  return Array.from(
    set.items,
    (end) => new binding.FSRSBindingItem(reviews.slice(set.starts[owner[end]!]!, end + 1))
  )
}

export function nativeEngine(binding: Binding): FitEngine {
  return {
    name: 'native',
    async fit(set, progress) {
      const parameters = await binding.computeParameters(toBindingItems(binding, set), {
        enableShortTerm: true,
        progress: (current, total) => {
          if (total > 0) progress.report(current / total)
        }
      })
      progress.report(1)
      return parameters.map((w) => Math.round(w * 1e4) / 1e4)
    }
  }
}

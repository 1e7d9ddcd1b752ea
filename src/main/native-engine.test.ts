import { describe, expect, it } from 'vitest'
import { evaluate } from '../core/optimizer/evaluate'
import { buildTrainingSet } from '../core/optimizer/history'
import { DEFAULT_PARAMETERS } from '../core/optimizer/staging'
import { SYNTHETIC_TRUTH, syntheticHistory } from '../core/optimizer/synthetic'
import { loadBinding, nativeEngine, toBindingItems } from './native-engine'

const binding = await loadBinding()
const set = buildTrainingSet(
  syntheticHistory({ params: [...SYNTHETIC_TRUTH], reviews: 3000, seed: 11 })
)

// The binding ships a native package for linux-x64 only on this project's registry.
describe.skipIf(!binding)('fitting with the native binding', () => {
  it('gives each item its own history, oldest review first', () => {
    const items = toBindingItems(binding!, set)
    expect(items).toHaveLength(set.items.length)
    const first = items[0]!.reviews
    expect(first.at(-1)!.deltaT).toBe(set.deltas[set.items[0]!])
    expect(first[0]!.deltaT).toBe(0)
  })

  it('recovers parameters that predict the history better than the defaults', async () => {
    const reported: number[] = []
    const fitted = await nativeEngine(binding!).fit(set, {
      from: 0,
      to: 1,
      report: (f) => reported.push(f)
    })
    expect(fitted).toHaveLength(21)
    expect(evaluate(set, fitted).logLoss).toBeLessThan(
      evaluate(set, [...DEFAULT_PARAMETERS]).logLoss
    )
    expect(reported.at(-1)).toBe(1)
  }, 60_000)
})

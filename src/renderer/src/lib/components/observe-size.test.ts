// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the browser's ResizeObserver (jsdom has none): reports what a test says. */
class FakeObserver {
  static last: FakeObserver | null = null
  observed = new Set<Element>()
  constructor(
    readonly report: (entries: Array<{ target: Element; contentRect: DOMRect }>) => void
  ) {
    FakeObserver.last = this
  }
  observe(element: Element): void {
    this.observed.add(element)
  }
  unobserve(element: Element): void {
    this.observed.delete(element)
  }
  resize(target: Element, width: number, height: number): void {
    this.report([{ target, contentRect: { width, height } as DOMRect }])
  }
}

async function fresh(): Promise<typeof import('./observe-size')> {
  vi.resetModules()
  vi.stubGlobal('ResizeObserver', FakeObserver)
  return import('./observe-size')
}

afterEach(() => vi.unstubAllGlobals())

describe('observing a chart’s size', () => {
  it('reports each size the layout gives the element, until it is taken away', async () => {
    const { observeSize } = await fresh()
    const element = document.createElement('div')
    const sizes: Array<{ width: number; height: number }> = []
    const detach = observeSize((size) => sizes.push(size))(element) as () => void
    const observer = FakeObserver.last!
    observer.resize(element, 480, 200)
    observer.resize(element, 320, 200)
    expect(sizes).toEqual([
      { width: 480, height: 200 },
      { width: 320, height: 200 }
    ])
    detach()
    expect(observer.observed.has(element)).toBe(false)
    observer.resize(element, 100, 100)
    expect(sizes).toHaveLength(2)
  })

  it('remembers the last size under its key, so the chart is drawn at it next time', async () => {
    const { observeSize, rememberedSize } = await fresh()
    const guess = { width: 480, height: 200 }
    expect(rememberedSize('chart:answers', guess)).toBe(guess)
    const element = document.createElement('div')
    observeSize(() => undefined, 'chart:answers')(element)
    FakeObserver.last!.resize(element, 911, 224)
    expect(rememberedSize('chart:answers', guess)).toEqual({ width: 911, height: 224 })
    // Another chart, or one with no key, keeps the guess.
    expect(rememberedSize('chart:forecast', guess)).toBe(guess)
    expect(rememberedSize(undefined, guess)).toBe(guess)
  })

  it('shares one observer between every chart on the screen', async () => {
    const { observeSize } = await fresh()
    const [a, b] = [document.createElement('div'), document.createElement('div')]
    const seen: string[] = []
    observeSize(() => seen.push('a'))(a)
    const observer = FakeObserver.last
    observeSize(() => seen.push('b'))(b)
    expect(FakeObserver.last).toBe(observer)
    observer!.resize(b, 10, 10)
    expect(seen).toEqual(['b'])
  })
})

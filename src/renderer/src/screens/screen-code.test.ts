import { describe, expect, it, vi, type Mock } from 'vitest'
import { fetchFirstScreen, screens } from './screen-code'

type Loader = () => Promise<unknown>

function fakeLoaders(fail = false): Record<keyof typeof screens, Mock<Loader>> {
  const names = Object.keys(screens) as (keyof typeof screens)[]
  const load = (): Promise<unknown> =>
    fail ? Promise.reject(new Error('offline')) : Promise.resolve({})
  return Object.fromEntries(names.map((name) => [name, vi.fn(load)])) as Record<
    keyof typeof screens,
    Mock<Loader>
  >
}

describe('fetchFirstScreen', () => {
  it("starts loading the code of the screen the address opens on, and only that screen's", () => {
    const loaders = fakeLoaders()
    fetchFirstScreen('#/review', loaders)
    fetchFirstScreen('#/article/a%201/3', loaders)
    expect(loaders.review).toHaveBeenCalledOnce()
    expect(loaders.reader).toHaveBeenCalledOnce()
    expect(loaders.stats).not.toHaveBeenCalled()
  })

  it('loads nothing more for the Library, which is in the start-up code, nor for an unknown address', () => {
    const loaders = fakeLoaders()
    fetchFirstScreen('', loaders)
    fetchFirstScreen('#/nowhere', loaders)
    for (const load of Object.values(loaders)) expect(load).not.toHaveBeenCalled()
  })

  it('leaves a failed load for the screen to report, throwing nothing here', async () => {
    const loaders = fakeLoaders(true)
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    expect(() => fetchFirstScreen('#/stats', loaders)).not.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 10))
    process.off('unhandledRejection', unhandled)
    expect(loaders.stats).toHaveBeenCalledOnce()
    expect(unhandled).not.toHaveBeenCalled()
  })
})

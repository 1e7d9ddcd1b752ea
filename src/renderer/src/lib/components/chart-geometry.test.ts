import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  barLayout,
  doughnutSlices,
  lineLayout,
  type Bar,
  type ChartSeries,
  type XTick
} from './chart-geometry'

const days = Array.from({ length: 30 }, (_, i) => `${i + 1} Jan`)
const one = (data: number[], color = '--accent'): ChartSeries[] => [{ label: 'Cards', data, color }]

describe('a bar chart', () => {
  it('draws each bar as tall as its value on an axis from zero to a round number over the top', () => {
    const layout = barLayout(['Mon', 'Tue', 'Wed'], one([3, 0, 7]), { width: 300, height: 200 })
    expect(layout.yTicks.map((t) => t.text)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7'])
    const zero = layout.yTicks[0]!.at
    const perUnit = (zero - layout.yTicks.at(-1)!.at) / 7
    // No bar for a day with none, and the others in proportion.
    expect(layout.bars.map((b) => b.title)).toEqual(['Mon · Cards: 3', 'Wed · Cards: 7'])
    expect(layout.bars[0]!.height).toBeCloseTo(3 * perUnit)
    expect(layout.bars[1]!.height).toBeCloseTo(7 * perUnit)
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(zero)
  })

  it('counts in whole numbers, however small the values', () => {
    const layout = barLayout(['a', 'b'], one([0.2, 0.4]), { width: 300, height: 200 })
    expect(layout.yTicks.map((t) => t.text)).toEqual(['0', '1'])
  })

  it('groups thousands on the axis and leaves room for the widest tick', () => {
    const layout = barLayout(['a'], one([12_345]), { width: 400, height: 200 })
    expect(layout.yTicks.at(-1)!.text).toBe('14,000')
    expect(layout.plot.left).toBeGreaterThan('14,000'.length * 12 * 0.5)
  })

  it('stacks the series of a day on each other, so the stack is as tall as the day total', () => {
    const series: ChartSeries[] = [
      { label: 'Again', data: [1, 2], color: '--danger' },
      { label: 'Good', data: [3, 0], color: '--ok' }
    ]
    const layout = barLayout(['Mon', 'Tue'], series, { width: 300, height: 200, stacked: true })
    const bar = (title: string): Bar => layout.bars.find((b) => b.title === title)!
    const [again, good, tuesday] = [
      bar('Mon · Again: 1'),
      bar('Mon · Good: 3'),
      bar('Tue · Again: 2')
    ]
    expect(good!.y + good!.height).toBeCloseTo(again!.y)
    expect(again!.x).toBe(good!.x)
    expect(again!.height + good!.height).toBeCloseTo(2 * tuesday!.height)
    expect(layout.bars).toHaveLength(3)
    expect([again!.color, good!.color]).toEqual(['--danger', '--ok'])
  })

  it('puts the series of a label side by side when they are not stacked', () => {
    const series: ChartSeries[] = [
      { label: 'Retention 0.85', data: [5], color: '--accent' },
      { label: 'Retention 0.95', data: [9], color: '--ok' }
    ]
    const [low, high] = barLayout(['Week 1'], series, { width: 300, height: 200 }).bars
    expect(high!.x).toBeCloseTo(low!.x + low!.width)
  })

  it('keeps a bar no wider than the limit when there are few labels', () => {
    const layout = barLayout(['Only'], one([4]), { width: 600, height: 200, maxBarWidth: 28 })
    expect(layout.bars[0]!.width).toBe(28)
  })

  it('skips day labels that would overlap on a narrow chart, keeping the first', () => {
    const wide = barLayout(days, one(days.map(() => 1)), { width: 1800, height: 200 })
    const narrow = barLayout(days, one(days.map(() => 1)), { width: 320, height: 200 })
    expect(wide.xTicks).toHaveLength(30)
    expect(narrow.xTicks.length).toBeLessThan(30)
    expect(narrow.xTicks[0]!.text).toBe('1 Jan')
  })

  it('writes a few long labels on two lines rather than leave any out', () => {
    const periods = ['Today', 'Yesterday', 'Last 7 days', 'Last 30 days', 'Last 365 days']
    const wide = barLayout(periods, one([1, 2, 3, 4, 5]), { width: 900, height: 240 })
    const narrow = barLayout(periods, one([1, 2, 3, 4, 5]), { width: 420, height: 240 })
    expect(wide.xTicks.map((t) => t.lines)).toEqual(periods.map((p) => [p]))
    expect(narrow.xTicks.map((t) => t.lines)).toEqual([
      ['Today'],
      ['Yesterday'],
      ['Last 7', 'days'],
      ['Last 30', 'days'],
      ['Last 365', 'days']
    ])
    // The plot is shorter by the second line.
    expect(wide.plot.bottom - narrow.plot.bottom).toBeCloseTo(12 * 1.2)
  })

  it('never overlaps its x labels or leaves the plot, at any width and data (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 1600 }),
        fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 60 }),
        (width, data) => {
          const labels = data.map((_, i) => `${(i % 28) + 1} Feb`)
          const layout = barLayout(labels, one(data), { width, height: 240 })
          // Each label's extent, from the same estimate of a character's width the layout uses.
          const extent = (t: XTick): [number, number] => {
            const half = (Math.max(...t.lines.map((l) => l.length)) * 12 * 0.6) / 2
            return [t.at - half, t.at + half]
          }
          const extents = layout.xTicks.map(extent)
          for (let i = 1; i < extents.length; i++)
            expect(extents[i]![0]).toBeGreaterThan(extents[i - 1]![1])
          expect(extents[0]![0]).toBeGreaterThanOrEqual(0)
          expect(extents.at(-1)![1]).toBeLessThanOrEqual(width)
          const { plot } = layout
          for (const bar of layout.bars) {
            expect(bar.x).toBeGreaterThanOrEqual(plot.left - 1e-6)
            expect(bar.x + bar.width).toBeLessThanOrEqual(plot.right + 1e-6)
            expect(bar.y).toBeGreaterThanOrEqual(plot.top - 1e-6)
            expect(bar.y + bar.height).toBeLessThanOrEqual(plot.bottom + 1e-6)
          }
        }
      )
    )
  })
})

describe('a doughnut', () => {
  const arcLength = (path: string): number => path.length

  it('has one slice per state with cards, in the order given, each titled with its count', () => {
    const slices = doughnutSlices(
      ['New', 'Learning', 'Review', 'Relearning'],
      [10, 0, 30, 2],
      ['--state-new', '--state-learning', '--state-review', '--state-relearning'],
      100
    )
    expect(slices.map((s) => s.title)).toEqual(['New: 10', 'Review: 30', 'Relearning: 2'])
    expect(slices.map((s) => s.color)).toEqual([
      '--state-new',
      '--state-review',
      '--state-relearning'
    ])
    for (const slice of slices) expect(arcLength(slice.path)).toBeGreaterThan(0)
  })

  it('starts at twelve o’clock, with a hole half its radius', () => {
    const [only] = doughnutSlices(['New'], [5], ['--state-new'], 100)
    // A full ring: its outer arc starts straight up from the centre, its inner one at half.
    expect(only!.path.startsWith('M0,-100')).toBe(true)
    expect(only!.path).toContain('M0,-50')
  })

  it('has nothing to draw when there are no cards', () => {
    expect(doughnutSlices(['New'], [0], ['--state-new'], 100)).toEqual([])
  })
})

describe('a line of percentages', () => {
  it('runs from 0% to 100% and places each point at its share of the height', () => {
    const layout = lineLayout(
      [
        { x: 0, y: 100 },
        { x: 7, y: 50 }
      ],
      { width: 800, height: 200 }
    )
    expect(layout.yTicks.map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%'])
    const { plot } = layout
    expect(layout.place({ x: 0, y: 100 })).toEqual({ cx: plot.left, cy: plot.top })
    expect(layout.place({ x: 7, y: 50 }).cy).toBeCloseTo((plot.top + plot.bottom) / 2)
    // Days on a number line, with whole-day ticks up to the last point.
    expect(layout.xTicks[0]!.text).toBe('0')
    expect(Number(layout.xTicks.at(-1)!.text)).toBe(7)
    expect(layout.xTicks.every((t) => Number.isInteger(Number(t.text)))).toBe(true)
    expect(layout.path.startsWith(`M${plot.left},${plot.top}`)).toBe(true)
  })

  it('spaces labelled points evenly, one label each while they fit', () => {
    const labels = ['1 Mar', '2 Mar', '9 Mar']
    const points = [60, 80, 100].map((y, x) => ({ x, y }))
    const layout = lineLayout(points, { width: 600, height: 200, labels })
    const xs = points.map((p) => layout.place(p).cx)
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!)
    expect(layout.xTicks.map((t) => t.text)).toEqual(labels)
  })

  it('leaves room under the axis for its title', () => {
    const plain = lineLayout([{ x: 1, y: 90 }], { width: 400, height: 200 })
    const titled = lineLayout([{ x: 1, y: 90 }], { width: 400, height: 200, below: 18 })
    expect(plain.plot.bottom - titled.plot.bottom).toBe(18)
  })
})

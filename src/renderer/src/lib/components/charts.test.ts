import { afterEach, describe, expect, it } from 'vitest'
import { chartDrawer, type ChartConfiguration } from './charts'

/** What happened, in order: a chart drawn ("a"), or a task of the window's ("task"). */
const events: string[] = []
class FakeChart {
  constructor(canvas: HTMLCanvasElement) {
    events.push(canvas.id)
    // A task queued by the window the moment this chart is drawn.
    setTimeout(() => events.push('task'), 0)
  }
  destroy(): void {}
}
const drawChart = chartDrawer(async () => ({ Chart: FakeChart }))

const canvas = (id: string): HTMLCanvasElement =>
  ({ id, dataset: {} as DOMStringMap }) as unknown as HTMLCanvasElement
const config: ChartConfiguration = { type: 'bar', data: { datasets: [] } }

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

afterEach(() => void (events.length = 0))

describe('drawing a screen of charts', () => {
  it('draws one chart a task, so the window answers between them', async () => {
    const a = canvas('a')
    drawChart(a, config)
    drawChart(canvas('b'), config)
    drawChart(canvas('c'), config)
    await until(() => events.filter((e) => e === 'task').length === 3)
    expect(events).toEqual(['a', 'task', 'b', 'task', 'c', 'task'])
    expect('drawn' in a.dataset).toBe(true)
  })

  it('never draws a chart whose screen went away before its turn', async () => {
    drawChart(canvas('kept'), config)
    const gone = canvas('gone')
    const cleanup = drawChart(gone, config)
    cleanup()
    drawChart(canvas('last'), config)
    await until(() => events.includes('last'))
    expect(events.filter((e) => e !== 'task')).toEqual(['kept', 'last'])
    expect('drawn' in gone.dataset).toBe(false)
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { chartDrawer, type ChartConfiguration } from './charts'

/** What happened, in order: a chart drawn ("a"), or a task of the window's ("task"). */
const events: string[] = []
/** A clock each chart moves on by the time it takes to draw. */
let clock = 0
let drawMs = 10
class FakeChart {
  constructor(canvas: HTMLCanvasElement) {
    events.push(canvas.id)
    clock += drawMs
    // A task queued by the window the moment this chart is drawn.
    setTimeout(() => events.push('task'), 0)
  }
  destroy(): void {}
}
const drawChart = chartDrawer(
  async () => ({ Chart: FakeChart }),
  () => clock,
  25
)

const canvas = (id: string): HTMLCanvasElement =>
  ({ id, dataset: {} as DOMStringMap }) as unknown as HTMLCanvasElement
const config: ChartConfiguration = { type: 'bar', data: { datasets: [] } }

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

afterEach(() => {
  events.length = 0
  drawMs = 10
})

describe('drawing a screen of charts', () => {
  it('draws charts a few to a task, within its budget, so the window answers between them', async () => {
    const a = canvas('a')
    for (const c of [a, canvas('b'), canvas('c'), canvas('d')]) drawChart(c, config)
    await until(() => events.filter((e) => e === 'task').length === 4)
    // Three take 30 ms: the third starts at 20 ms, inside the 25 ms budget; the fourth waits.
    expect(events).toEqual(['a', 'b', 'c', 'task', 'task', 'task', 'd', 'task'])
    expect('drawn' in a.dataset).toBe(true)
  })

  it('gives a chart slower than the budget a task of its own', async () => {
    drawMs = 40
    for (const id of ['a', 'b']) drawChart(canvas(id), config)
    await until(() => events.filter((e) => e === 'task').length === 2)
    expect(events).toEqual(['a', 'task', 'b', 'task'])
  })

  it('draws a chart asked for later in a task of its own, not inside the one asking', async () => {
    drawMs = 1
    drawChart(canvas('first'), config)
    await until(() => events.includes('task'))
    drawChart(canvas('later'), config)
    // Still inside the task that asked, its promises settled: the chart waits for the next task.
    for (let i = 0; i < 20; i++) await Promise.resolve()
    expect(events).toEqual(['first', 'task'])
    await until(() => events.includes('later'))
  })

  it('draws the charts higher up the page first, whichever was asked for first', async () => {
    document.body.innerHTML =
      '<canvas id="top"></canvas><div><canvas id="middle"></canvas></div><canvas id="bottom"></canvas>'
    const byId = (id: string): HTMLCanvasElement => document.getElementById(id) as HTMLCanvasElement
    for (const id of ['bottom', 'top', 'middle']) drawChart(byId(id), config)
    await until(() => events.filter((e) => e !== 'task').length === 3)
    expect(events.filter((e) => e !== 'task')).toEqual(['top', 'middle', 'bottom'])
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

import type { ChartConfiguration } from 'chart.js'

export type { ChartConfiguration } from 'chart.js'

type ChartModule = {
  Chart: new (canvas: HTMLCanvasElement, config: ChartConfiguration) => { destroy(): void }
}

/**
 * A chart drawer: `drawChart(canvas, config)` draws `config` on `canvas` once Chart.js has loaded
 * (on first use: it is its own chunk). A screen of several charts draws them one task at a time,
 * so the window answers between them (six at once held it for over 40 ms). The drawer's cleanup,
 * for an effect, destroys the chart or stops one still waiting. A drawn canvas carries
 * `data-drawn`, so a test or the Statistics bench can tell a drawn chart from an empty canvas.
 */
export function chartDrawer(
  load: () => Promise<ChartModule> = () => import('./chart-setup')
): (canvas: HTMLCanvasElement, config: ChartConfiguration) => () => void {
  let drawing: Promise<void> = Promise.resolve()
  const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
  return (canvas, config) => {
    let chart: { destroy(): void } | null = null
    let gone = false
    const setup = load()
    drawing = drawing
      .then(async () => {
        const { Chart } = await setup
        await nextTask()
        if (gone) return
        chart = new Chart(canvas, config)
        canvas.dataset.drawn = ''
      })
      .catch((error: unknown) => console.error(error))
    return () => {
      gone = true
      chart?.destroy()
      delete canvas.dataset.drawn
    }
  }
}

export const drawChart = chartDrawer()

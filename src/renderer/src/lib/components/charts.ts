import type { ChartConfiguration } from 'chart.js'

export type { ChartConfiguration } from 'chart.js'

type ChartSetup = typeof import('./chart-setup')
let setup: ChartSetup | null = null

/**
 * Draws `config` on `canvas` once Chart.js has loaded (on first use: it is its own chunk).
 * Returns the cleanup for an effect: it destroys the chart, or stops one still loading. A drawn
 * canvas carries `data-drawn`, so a test or the Statistics bench can tell a drawn chart from an
 * empty canvas.
 */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): () => void {
  let chart: { destroy(): void } | null = null
  let gone = false
  const draw = ({ Chart }: ChartSetup): void => {
    if (gone) return
    chart = new Chart(canvas, config)
    canvas.dataset.drawn = ''
  }
  // Once loaded, drawn at once, in the task that built the canvas: a fresh import() of a loaded
  // chunk still resolves only after the next frame (seen in a trace of the Statistics screen),
  // which then paints empty canvases and needs a second frame for the charts.
  if (setup) draw(setup)
  else
    void import('./chart-setup').then((loaded) => {
      setup = loaded
      draw(loaded)
    })
  return () => {
    gone = true
    chart?.destroy()
    delete canvas.dataset.drawn
  }
}

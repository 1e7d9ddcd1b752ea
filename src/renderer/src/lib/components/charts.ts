import type { ChartConfiguration } from 'chart.js'

export type { ChartConfiguration } from 'chart.js'

/**
 * Draws `config` on `canvas` once Chart.js has loaded (on first use: it is its own chunk).
 * Returns the cleanup for an effect: it destroys the chart, or stops one still loading. A drawn
 * canvas carries `data-drawn`, so a test or the Statistics bench can tell a drawn chart from an
 * empty canvas.
 */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): () => void {
  let chart: { destroy(): void } | null = null
  let gone = false
  void import('./chart-setup').then(({ Chart }) => {
    if (gone) return
    chart = new Chart(canvas, config)
    canvas.dataset.drawn = ''
  })
  return () => {
    gone = true
    chart?.destroy()
    delete canvas.dataset.drawn
  }
}

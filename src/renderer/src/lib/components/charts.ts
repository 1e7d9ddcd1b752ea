import type { ChartConfiguration } from 'chart.js'

export type { ChartConfiguration } from 'chart.js'

/**
 * Draws `config` on `canvas` once Chart.js has loaded (on first use: it is its own chunk).
 * Returns the cleanup for an effect: it destroys the chart, or stops one still loading.
 */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): () => void {
  let chart: { destroy(): void } | null = null
  let gone = false
  void import('./chart-setup').then(({ Chart }) => {
    if (!gone) chart = new Chart(canvas, config)
  })
  return () => {
    gone = true
    chart?.destroy()
  }
}

import type { ChartConfiguration } from 'chart.js'

export type { ChartConfiguration } from 'chart.js'

type ChartModule = {
  Chart: new (canvas: HTMLCanvasElement, config: ChartConfiguration) => { destroy(): void }
}

/**
 * How long one task may spend drawing charts before the rest wait for the next: well under the
 * 50 ms that makes a long task. A chart here takes 5–10 ms, so the three at the top of
 * Statistics are drawn in one task and show in one frame; one per task cost a frame's commit
 * between each.
 */
export const CHART_TASK_BUDGET_MS = 20

interface Job {
  canvas: HTMLCanvasElement
  config: ChartConfiguration
  chart: { destroy(): void } | null
}

/** Page order: what is higher up the screen is seen first (canvases outside a page keep theirs). */
function pageOrder(a: Job, b: Job): number {
  if (typeof a.canvas.compareDocumentPosition !== 'function') return 0
  const position = a.canvas.compareDocumentPosition(b.canvas)
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 0
}

/**
 * A chart drawer: `drawChart(canvas, config)` draws `config` on `canvas` once Chart.js has loaded
 * (on first use: it is its own chunk). Drawing starts in a task of its own, after the screen
 * that asked has been laid out. Charts waiting are drawn in the order they stand in the page,
 * whenever each was asked for (a section whose data came first no longer goes ahead of the
 * charts above it), a few to a task within a budget, so the window answers between them (six
 * at once held it for over 40 ms). The drawer's cleanup, for an effect, destroys the chart or
 * takes one still waiting off the queue. A drawn canvas carries `data-drawn`, so a test or the
 * Statistics bench can tell a drawn chart from an empty canvas.
 */
export function chartDrawer(
  load: () => Promise<ChartModule> = () => import('./chart-setup'),
  now: () => number = () => performance.now(),
  budgetMs = CHART_TASK_BUDGET_MS
): (canvas: HTMLCanvasElement, config: ChartConfiguration) => () => void {
  const queue: Job[] = []
  let running = false
  // When the task now drawing began; a chart asked for in a later task waits for one of its own.
  let taskStart = Number.NEGATIVE_INFINITY
  const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

  async function drain(): Promise<void> {
    running = true
    try {
      const { Chart } = await load()
      while (queue.length > 0) {
        if (now() - taskStart >= budgetMs) {
          await nextTask()
          taskStart = now()
          // Over with this task: a chart asked for in a later one waits for a task of its own.
          setTimeout(() => (taskStart = Number.NEGATIVE_INFINITY), 0)
          continue
        }
        const job = queue.sort(pageOrder).shift()!
        try {
          job.chart = new Chart(job.canvas, job.config)
          job.canvas.dataset.drawn = ''
        } catch (error) {
          console.error(error)
        }
      }
    } catch (error) {
      console.error(error)
    } finally {
      running = false
    }
  }

  return (canvas, config) => {
    const job: Job = { canvas, config, chart: null }
    queue.push(job)
    if (!running) void drain()
    return () => {
      const waiting = queue.indexOf(job)
      if (waiting >= 0) queue.splice(waiting, 1)
      job.chart?.destroy()
      delete canvas.dataset.drawn
    }
  }
}

export const drawChart = chartDrawer()

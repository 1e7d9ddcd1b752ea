/**
 * Where each mark of a bar, line or doughnut chart goes, as plain numbers and SVG path strings: the
 * Svelte components only place them. d3-scale gives the bands and the rounded axis ticks,
 * d3-shape the stacking, the lines and the doughnut's arcs. Nothing here reads the page, so a chart is laid
 * out the same in a test as on screen.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { arc, curveMonotoneX, line, pie, stack } from 'd3-shape'
import { formatCount } from '../format'

export interface ChartSeries {
  label: string
  data: readonly number[]
  /** A CSS custom property (`--accent`): the mark's fill follows the theme with no redraw. */
  color: string
}

export interface Bar {
  x: number
  y: number
  width: number
  height: number
  color: string
  /** What a pointer over the bar is told: "15 Jan · Again: 3". */
  title: string
}

export interface Tick {
  /** Pixel offset along the axis. */
  at: number
  text: string
}

/** A label under the x axis: the whole label, and the lines it is written on. */
export interface XTick extends Tick {
  lines: string[]
}

export interface BarLayout {
  /** The plot area inside the axes' labels. */
  plot: { left: number; top: number; right: number; bottom: number }
  bars: Bar[]
  yTicks: Tick[]
  xTicks: XTick[]
}

export interface BarOptions {
  width: number
  height: number
  stacked?: boolean
  /** The axis labels' font size, in pixels: how much room a label takes is estimated from it. */
  fontPx?: number
  /** No bar is drawn wider than this, however few the labels (Chart.js's maxBarThickness). */
  maxBarWidth?: number
}

/** About how wide a character of the UI font is, as a share of its size. */
const CHAR_WIDTH = 0.6
const LABEL_GAP_PX = 8
/** A line of axis labels' height, as a share of its font size. */
export const LINE_HEIGHT = 1.2
const Y_TICKS = 5

/** A tick's text: whole numbers only, with thousands grouped ("12,000"). */
const tickText = formatCount

/**
 * The room left of the plot for a y tick's text: its estimated width, half a character more (a
 * "%" or a wide digit), and the gap to the axis.
 */
const yAxisRoom = (text: string, fontPx: number): number =>
  (text.length + 0.5) * fontPx * CHAR_WIDTH + LABEL_GAP_PX

/** A label's words on lines of at most `room` characters, or null if a word is longer. */
function wrap(label: string, room: number): string[] | null {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    if (word.length > room) return null
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= room)
      lines[lines.length - 1] += ` ${word}`
    else lines.push(word)
  }
  return lines
}

/** At most this many labels are wrapped onto a second line rather than skipped. */
const WRAP_AT_MOST = 12

/**
 * The x axis's labels, `step` pixels apart: each on one line if all fit; a few long ones (true
 * retention's periods) wrapped onto two lines if that makes them fit; otherwise every n-th, n as
 * small as keeps the widest clear of the next, the first kept. A label near an edge is moved in
 * so none runs past the chart's sides (`from`, `to`), and left out if that brings it onto the one
 * before. Gives the labels and how many lines they take.
 */
function spacedLabels(
  labels: readonly string[],
  step: number,
  fontPx: number,
  at: (index: number) => number,
  [from, to]: [number, number]
): { ticks: XTick[]; lines: number } {
  const charPx = fontPx * CHAR_WIDTH
  const room = Math.floor((step - LABEL_GAP_PX) / charPx)
  const longest = Math.max(0, ...labels.map((l) => l.length))
  const wrapped = labels.map((l) => wrap(l, room))
  const lines =
    longest <= room
      ? labels.map((l) => [l])
      : labels.length <= WRAP_AT_MOST && wrapped.every((w) => w !== null && w.length <= 2)
        ? (wrapped as string[][])
        : null
  const every = lines
    ? 1
    : Math.max(1, Math.ceil((longest * charPx + LABEL_GAP_PX) / Math.max(1, step)))
  const ticks: XTick[] = []
  let end = Number.NEGATIVE_INFINITY
  labels.forEach((text, i) => {
    if (i % every !== 0) return
    const written = lines?.[i] ?? [text]
    const half = (Math.max(...written.map((l) => l.length)) * charPx) / 2
    const centre = Math.min(Math.max(at(i), from + half), to - half)
    // A label moved in from an edge may now reach its neighbour: then it is left out.
    if (centre - half <= end) return
    ticks.push({ at: centre, text, lines: written })
    end = centre + half
  })
  return { ticks, lines: Math.max(1, ...ticks.map((t) => t.lines.length)) }
}

/**
 * Lays out a bar chart of `labels` along x and one bar per series at each, stacked or side by
 * side. The y axis starts at zero and ends at a round number at or over the tallest bar (or the
 * tallest stack); its ticks are whole numbers, as the charts count cards, answers and minutes.
 * The x labels that would overlap are wrapped, or skipped evenly (`spacedLabels`).
 */
export function barLayout(
  labels: readonly string[],
  series: readonly ChartSeries[],
  { width, height, stacked = false, fontPx = 12, maxBarWidth = 28 }: BarOptions
): BarLayout {
  const values = (i: number): number[] => series.map((s) => Math.max(0, s.data[i] ?? 0))
  const peaks = labels.map((_, i) =>
    stacked ? values(i).reduce((a, b) => a + b, 0) : Math.max(0, ...values(i))
  )
  const y = scaleLinear()
    .domain([0, Math.max(1, ...peaks)])
    .nice(Y_TICKS)
  const ticks = y.ticks(Y_TICKS).filter(Number.isInteger)
  const left = Math.ceil(Math.max(...ticks.map((t) => yAxisRoom(tickText(t), fontPx))))
  const right = Math.max(left, width - 4)
  const x = scaleBand<number>()
    .domain(labels.map((_, i) => i))
    .range([left, right])
    .paddingInner(0.2)
    .paddingOuter(0.1)
  const xLabels = spacedLabels(labels, x.step(), fontPx, (i) => (x(i) ?? 0) + x.bandwidth() / 2, [
    0,
    width
  ])
  const plot = {
    left,
    top: Math.ceil(fontPx / 2),
    right,
    bottom: Math.max(0, height - xLabels.lines * fontPx * LINE_HEIGHT - LABEL_GAP_PX / 2)
  }
  y.range([plot.bottom, plot.top])
  const groups = stacked ? 1 : Math.max(1, series.length)
  const slot = Math.min(x.bandwidth(), maxBarWidth * groups)
  const barWidth = slot / groups
  const bars: Bar[] = []
  const mark = (i: number, s: number, low: number, high: number): void => {
    if (high <= low) return
    const left = (x(i) ?? 0) + (x.bandwidth() - slot) / 2 + (stacked ? 0 : s * barWidth)
    bars.push({
      x: left,
      y: y(high),
      width: barWidth,
      height: y(low) - y(high),
      color: series[s]!.color,
      title: `${labels[i]} · ${series[s]!.label}: ${tickText(high - low)}`
    })
  }
  if (stacked) {
    const rows = labels.map((_, i) => values(i))
    stack<number[], number>()
      .keys(series.map((_, s) => s))
      .value((row, s) => row[s] ?? 0)(rows)
      .forEach((layer, s) => layer.forEach(([low, high], i) => mark(i, s, low, high)))
  } else {
    labels.forEach((_, i) => values(i).forEach((v, s) => mark(i, s, 0, v)))
  }
  return {
    plot,
    bars,
    yTicks: ticks.map((t) => ({ at: y(t), text: tickText(t) })),
    xTicks: xLabels.ticks
  }
}

export interface Slice {
  /** An SVG path around the origin: the component translates it to the doughnut's centre. */
  path: string
  color: string
  title: string
}

/**
 * The doughnut's slices, in the order given, starting at twelve o'clock and going clockwise; a
 * zero value has no slice. The hole is half the radius, as Chart.js drew it.
 */
export function doughnutSlices(
  labels: readonly string[],
  values: readonly number[],
  colors: readonly string[],
  radius: number
): Slice[] {
  const shape = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(radius / 2)
    .outerRadius(radius)
  return pie<number>()
    .sort(null)
    .value((v) => v)(values.map((v) => Math.max(0, v)))
    .flatMap((a, i) =>
      a.value > 0
        ? [
            {
              path: shape(a) ?? '',
              color: colors[i] ?? '--muted',
              title: `${labels[i]}: ${tickText(a.value)}`
            }
          ]
        : []
    )
}

export interface Point {
  x: number
  y: number
}

export interface LineLayout {
  plot: { left: number; top: number; right: number; bottom: number }
  /** The SVG path of the line through the points, smoothed without overshooting them. */
  path: string
  yTicks: Tick[]
  xTicks: XTick[]
  /** Where a point of the chart's data is drawn (a marker on the line, say). */
  place(point: Point): { cx: number; cy: number }
}

export interface LineOptions {
  width: number
  height: number
  fontPx?: number
  /** One label per point, evenly spaced (a day per quiz); without them, x is a number line. */
  labels?: readonly string[]
  /** Room under the x axis's labels, for a title there. */
  below?: number
}

/**
 * Lays out a line of percentages: y from 0% to 100%, x either the points' labels, evenly spaced,
 * or a number line over the points' x values with rounded ticks. X labels that would overlap are
 * wrapped or skipped, as on a bar chart.
 */
export function lineLayout(
  points: readonly Point[],
  { width, height, fontPx = 12, labels, below = 0 }: LineOptions
): LineLayout {
  const plot = {
    left: Math.ceil(yAxisRoom('100%', fontPx)),
    top: Math.ceil(fontPx / 2),
    right: Math.max(0, width - 8),
    bottom: Math.max(0, height - fontPx - LABEL_GAP_PX - below)
  }
  const y = scaleLinear().domain([0, 100]).range([plot.bottom, plot.top])
  let toX: (v: number) => number
  let xTicks: XTick[]
  if (labels) {
    const x = scalePoint<number>()
      .domain(labels.map((_, i) => i))
      .range([plot.left, plot.right])
      .padding(0.5)
    toX = (v) => x(v) ?? plot.left
    xTicks = spacedLabels(labels, x.step(), fontPx, toX, [0, width]).ticks
  } else {
    const xs = points.map((p) => p.x)
    const x = scaleLinear()
      .domain([Math.min(0, ...xs), Math.max(1, ...xs)])
      .nice()
      .range([plot.left, plot.right])
    toX = x
    const [low, high] = x.domain() as [number, number]
    // Whole days once the axis spans a few: "0.5" days says little on a forgetting curve.
    xTicks = x
      .ticks(Math.max(2, Math.floor((plot.right - plot.left) / 60)))
      .filter((t) => high - low < 2 || Number.isInteger(t))
      .map((t) => ({ at: x(t), text: tickText(t), lines: [tickText(t)] }))
  }
  const place = (p: Point): { cx: number; cy: number } => ({ cx: toX(p.x), cy: y(p.y) })
  const path =
    line<Point>()
      .x((p) => toX(p.x))
      .y((p) => y(p.y))
      .curve(curveMonotoneX)([...points]) ?? ''
  return {
    plot,
    path,
    yTicks: y.ticks(5).map((t) => ({ at: y(t), text: `${t}%` })),
    xTicks,
    place
  }
}

import type { Attachment } from 'svelte/attachments'
import type { Bar } from './chart-geometry'

const SVG = 'http://www.w3.org/2000/svg'

/**
 * An attachment that draws `bars` into an SVG group, in one pass with the DOM's own calls: each
 * a rectangle filled with its series' colour (a CSS variable, so it follows the theme), with a
 * title a pointer over it is told. As Svelte markup each bar was a block with an effect for its
 * attributes, and Statistics draws a few hundred at once; the bars never change but all together,
 * when the chart's figures or size do, and then they are drawn again.
 */
export function barMarks(bars: readonly Bar[]): Attachment<SVGGElement> {
  return (group) => {
    group.replaceChildren(
      ...bars.map((bar) => {
        const rect = document.createElementNS(SVG, 'rect')
        rect.setAttribute('x', String(bar.x))
        rect.setAttribute('y', String(bar.y))
        rect.setAttribute('width', String(bar.width))
        rect.setAttribute('height', String(bar.height))
        rect.setAttribute('rx', '2')
        rect.style.fill = `var(${bar.color})`
        const title = document.createElementNS(SVG, 'title')
        title.textContent = bar.title
        rect.append(title)
        return rect
      })
    )
  }
}

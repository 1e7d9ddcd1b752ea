// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { Bar } from './chart-geometry'
import { barMarks } from './chart-marks'

const bar = (x: number, title: string, color = '--ok'): Bar => ({
  x,
  y: 10,
  width: 8,
  height: 30,
  color,
  title
})

describe('drawing a chart’s bars', () => {
  it('draws each bar where the layout put it, in its colour, titled with its value', () => {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g')
    barMarks([bar(5, 'Mon · Good: 3'), bar(20, 'Mon · Again: 1', '--danger')])(group)
    const rects = [...group.querySelectorAll('rect')]
    expect(rects.map((r) => r.getAttribute('x'))).toEqual(['5', '20'])
    expect(rects.map((r) => r.style.fill)).toEqual(['var(--ok)', 'var(--danger)'])
    expect(rects.map((r) => r.querySelector('title')?.textContent)).toEqual([
      'Mon · Good: 3',
      'Mon · Again: 1'
    ])
    expect(rects[0]!.namespaceURI).toBe('http://www.w3.org/2000/svg')
  })

  it('replaces the bars it drew when drawn again, leaving none of the old ones', () => {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g')
    barMarks([bar(5, 'a'), bar(20, 'b')])(group)
    barMarks([bar(7, 'c')])(group)
    expect([...group.querySelectorAll('title')].map((t) => t.textContent)).toEqual(['c'])
  })
})

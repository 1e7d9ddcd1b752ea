import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION,
  keepListed,
  moveCursor,
  selectAll,
  selectAt,
  targetIndex
} from './selection'

const order = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))
const plain = { shift: false, toggle: false }
const shift = { shift: true, toggle: false }
const ctrl = { shift: false, toggle: true }
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort()

describe('selection', () => {
  it('selects one row on a click', () => {
    const s = selectAt(selectAt(EMPTY_SELECTION, order, 1, plain), order, 3, plain)
    expect(ids(s)).toEqual(['d'])
    expect(s).toMatchObject({ anchor: 'd', cursor: 'd' })
  })

  it('selects a range from the anchor with Shift, either way', () => {
    const s = selectAt(EMPTY_SELECTION, order, 1, plain)
    expect(ids(selectAt(s, order, 3, shift))).toEqual(['b', 'c', 'd'])
    expect(ids(selectAt(selectAt(s, order, 3, shift), order, 0, shift))).toEqual(['a', 'b'])
  })

  it('adds and takes away one row with Ctrl, and adds a range with Ctrl+Shift', () => {
    let s = selectAt(EMPTY_SELECTION, order, 0, plain)
    s = selectAt(s, order, 2, ctrl)
    expect(ids(s)).toEqual(['a', 'c'])
    s = selectAt(s, order, 0, ctrl)
    expect(ids(s)).toEqual(['c'])
    // The last row clicked with Ctrl is the anchor, as in a file manager.
    s = selectAt(s, order, 3, ctrl)
    s = selectAt(s, order, 4, { shift: true, toggle: true })
    expect(ids(s)).toEqual(['c', 'd', 'e'])
  })

  it('moves the cursor alone, selects all, and forgets rows no longer listed', () => {
    const s = moveCursor(selectAt(EMPTY_SELECTION, order, 0, plain), order, 2)
    expect(s.cursor).toBe('c')
    expect(ids(s)).toEqual(['a'])
    expect(ids(selectAll(order, s))).toHaveLength(5)
    const kept = keepListed(selectAll(order, s), new Set(['b', 'c']))
    expect(ids(kept)).toEqual(['b', 'c'])
    expect(kept.anchor).toBeNull()
  })

  it('turns navigation keys into rows', () => {
    expect(targetIndex('ArrowDown', -1, 5, 10)).toBe(0)
    expect(targetIndex('ArrowDown', 4, 5, 10)).toBe(4)
    expect(targetIndex('ArrowUp', 0, 5, 10)).toBe(0)
    expect(targetIndex('PageDown', 0, 5, 3)).toBe(3)
    expect(targetIndex('PageUp', 4, 5, 3)).toBe(1)
    expect(targetIndex('End', 0, 5, 3)).toBe(4)
    expect(targetIndex('Home', 3, 5, 3)).toBe(0)
    expect(targetIndex('x', 3, 5, 3)).toBeNull()
    expect(targetIndex('End', 0, 0, 3)).toBeNull()
  })
})

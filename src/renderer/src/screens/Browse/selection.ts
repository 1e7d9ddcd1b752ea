/**
 * Which rows are selected, as in a file manager: a click selects one row, Ctrl (⌘) adds or takes
 * away one, Shift selects the range from the anchor. Selection is kept by card id, so it survives
 * re-sorting; the anchor and cursor are ids too.
 */
export interface SelectionState {
  ids: ReadonlySet<string>
  /** Where a Shift range starts: the row last clicked without Shift. */
  anchor: string | null
  /** The row the keyboard is on, shown in the details. */
  cursor: string | null
}

export const EMPTY_SELECTION: SelectionState = { ids: new Set(), anchor: null, cursor: null }

export interface Modifiers {
  shift: boolean
  /** Ctrl, or ⌘ on a Mac. */
  toggle: boolean
}

/** The selection after the row at `index` of `order` is clicked (or moved to by key). */
export function selectAt(
  state: SelectionState,
  order: readonly { id: string }[],
  index: number,
  mods: Modifiers
): SelectionState {
  const row = order[index]
  if (!row) return state
  if (mods.shift) {
    const anchorIndex = state.anchor === null ? -1 : order.findIndex((r) => r.id === state.anchor)
    const from = anchorIndex < 0 ? index : Math.min(anchorIndex, index)
    const to = anchorIndex < 0 ? index : Math.max(anchorIndex, index)
    const range = order.slice(from, to + 1).map((r) => r.id)
    const ids = mods.toggle ? new Set([...state.ids, ...range]) : new Set(range)
    return { ids, anchor: anchorIndex < 0 ? row.id : state.anchor, cursor: row.id }
  }
  if (mods.toggle) {
    const ids = new Set(state.ids)
    if (ids.has(row.id)) ids.delete(row.id)
    else ids.add(row.id)
    return { ids, anchor: row.id, cursor: row.id }
  }
  return { ids: new Set([row.id]), anchor: row.id, cursor: row.id }
}

/** Moves the cursor only (Ctrl with an arrow): the selection stays as it is. */
export function moveCursor(
  state: SelectionState,
  order: readonly { id: string }[],
  index: number
): SelectionState {
  const row = order[index]
  return row ? { ...state, cursor: row.id } : state
}

export function selectAll(order: readonly { id: string }[], state: SelectionState): SelectionState {
  return { ...state, ids: new Set(order.map((r) => r.id)) }
}

/** Keeps only the ids still listed (after a search or a delete). */
export function keepListed(state: SelectionState, listed: ReadonlySet<string>): SelectionState {
  const ids = new Set([...state.ids].filter((id) => listed.has(id)))
  const keep = (id: string | null): string | null => (id !== null && listed.has(id) ? id : null)
  return { ids, anchor: keep(state.anchor), cursor: keep(state.cursor) }
}

/** The index a navigation key moves the cursor to, or null for a key that does not move it. */
export function targetIndex(
  key: string,
  current: number,
  count: number,
  page: number
): number | null {
  if (count === 0) return null
  const last = count - 1
  const from = current < 0 ? -1 : current
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, from + 1)
    case 'ArrowUp':
      return Math.max(0, from < 0 ? 0 : from - 1)
    case 'PageDown':
      return Math.min(last, Math.max(0, from) + page)
    case 'PageUp':
      return Math.max(0, from - page)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}

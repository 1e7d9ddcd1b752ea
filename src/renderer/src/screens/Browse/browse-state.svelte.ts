import type { StoredCard } from '@core/model'
import { actionDone, type BulkAction } from '@core/library/bulk-actions'
import { parseQuery, type BrowseRow, type QueryError, type SearchNode } from '@core/search'
import {
  applyToCards,
  deleteCards,
  editCard,
  loadBrowseView,
  loadSavedSearches,
  restoreDeleted,
  storeBrowseView,
  storeSavedSearches,
  undoChanges,
  type CardChange,
  type DeletedCards
} from '../../lib/db/browse-repo'
import type { SavedSearch } from '../../lib/db/records'
import { BrowseLibrary, idsOf, swapRows } from './browse-library'
import {
  DEFAULT_COLUMNS,
  isColumnKey,
  knownColumns,
  type ColumnKey,
  type SortOrder
} from './columns'
import {
  EMPTY_SELECTION,
  keepListed,
  moveCursor,
  selectAll,
  selectAt,
  type Modifiers,
  type SelectionState
} from './selection'

type UndoEntry =
  | { kind: 'changes'; label: string; changes: CardChange[] }
  | { kind: 'delete'; label: string; deleted: DeletedCards }

/** What the screen says after an action. */
export interface ActionNotice {
  text: string
  error: boolean
}

/**
 * The card browser's state: the query and its results, the sort, the selection, and bulk actions
 * that each write one transaction and can be undone with Ctrl+Z while the screen is open.
 */
export class BrowseState {
  status = $state<'loading' | 'ready' | 'error'>('loading')
  loadError = $state<string | null>(null)
  query = $state('')
  queryError = $state<QueryError | null>(null)
  /** Rows matching the query, in the sort order. Raw: 100,000 rows are never proxied. */
  results = $state.raw<BrowseRow[]>([])
  total = $state(0)
  order = $state<SortOrder>({ column: 'due', descending: false })
  selection = $state.raw<SelectionState>(EMPTY_SELECTION)
  notice = $state<ActionNotice | null>(null)
  busy = $state(false)
  undoLabel = $state<string | null>(null)
  columns = $state<ColumnKey[]>([...DEFAULT_COLUMNS])
  saved = $state.raw<SavedSearch[]>([])

  readonly library = new BrowseLibrary()
  #parsed: SearchNode = { type: 'all' }
  #searchRun = 0
  #undo: UndoEntry[] = []

  constructor(private readonly clock: () => number = () => Date.now()) {}

  get selectedCount(): number {
    return this.selection.ids.size
  }

  /** The row the keyboard is on, shown in the details. */
  readonly cursorRow = $derived.by((): BrowseRow | null => {
    const id = this.selection.cursor
    return id === null ? null : (this.results.find((r) => r.id === id) ?? null)
  })

  get weights(): readonly number[] | undefined {
    return this.library.weights
  }

  async load(): Promise<void> {
    this.status = 'loading'
    try {
      const [view, saved] = await Promise.all([loadBrowseView(), loadSavedSearches()])
      if (view) {
        this.columns = knownColumns(view.columns)
        if (isColumnKey(view.sort.column))
          this.order = { column: view.sort.column, descending: view.sort.descending }
      }
      this.saved = saved
      await this.library.load(this.clock(), this.order)
      this.total = this.library.total
      this.status = 'ready'
      await this.search(this.query)
    } catch (error) {
      this.loadError = String(error)
      this.status = 'error'
    }
  }

  /**
   * Runs `text` as the query. A malformed query keeps the last results and says what is wrong;
   * only a query with `rated:` waits for storage, the rest is one synchronous pass.
   */
  async search(text: string): Promise<void> {
    this.query = text
    const run = ++this.#searchRun
    const parsed = parseQuery(text)
    if (!parsed.ok) {
      this.queryError = parsed.error
      return
    }
    this.queryError = null
    const now = this.clock()
    await this.library.prepare(parsed.query, now)
    if (run !== this.#searchRun) return
    this.#parsed = parsed.query
    this.#filter(now)
  }

  sortBy(column: ColumnKey): void {
    const descending = this.order.column === column ? !this.order.descending : false
    this.order = { column, descending }
    this.library.sort(this.order)
    this.#filter(this.clock())
    void this.#storeView()
  }

  setColumns(columns: ColumnKey[]): void {
    this.columns = columns
    void this.#storeView()
  }

  select(index: number, mods: Modifiers): void {
    this.selection = selectAt(this.selection, this.results, index, mods)
  }

  moveCursor(index: number): void {
    this.selection = moveCursor(this.selection, this.results, index)
  }

  selectAll(): void {
    this.selection = selectAll(this.results, this.selection)
  }

  /** Runs a bulk action on the selected cards: one transaction, one undo step. */
  async act(action: BulkAction): Promise<void> {
    const ids = [...this.selection.ids]
    const hour = this.library.dayStartHour
    if (ids.length === 0 || this.busy) return
    await this.#write(async () => {
      const changes = await applyToCards(ids, action, this.clock(), hour)
      this.#replace(changes.map((c) => c.after))
      const label = actionDone(action, changes.length)
      this.#pushUndo({ kind: 'changes', label, changes })
      const left = ids.length - changes.length
      return left > 0
        ? `${label} ${count(left)} left as ${left === 1 ? 'it was' : 'they were'}.`
        : label
    })
  }

  /** Deletes the selected cards with their history (the screen asks first). */
  async deleteSelected(): Promise<void> {
    const ids = [...this.selection.ids]
    if (ids.length === 0 || this.busy) return
    await this.#write(async () => {
      const deleted = await deleteCards(ids)
      const gone = idsOf(deleted.cards)
      this.library.remove(gone)
      this.results = this.results.filter((r) => !gone.has(r.id))
      this.total = this.library.total
      this.selection = keepListed(this.selection, idsOf(this.results))
      const label = `Deleted ${count(deleted.cards.length)}.`
      this.#pushUndo({ kind: 'delete', label, deleted })
      return label
    })
  }

  async edit(id: string, front: string, back: string): Promise<void> {
    await this.#write(async () => {
      const change = await editCard(id, front.trim(), back.trim())
      if (!change) return 'The card is no longer in the library.'
      this.#replace([change.after])
      this.#pushUndo({ kind: 'changes', label: 'Edited 1 card.', changes: [change] })
      return 'Saved your edit.'
    })
  }

  /** Undoes the last action of this visit (Ctrl+Z). */
  async undo(): Promise<void> {
    const entry = this.#undo.at(-1)
    if (!entry || this.busy) return
    await this.#write(async () => {
      if (entry.kind === 'delete') {
        const cards = await restoreDeleted(entry.deleted)
        this.#popUndo()
        const now = this.clock()
        this.library.insert(cards, now, this.order)
        this.total = this.library.total
        this.#filter(now)
        return `Undone: ${entry.label}`
      }
      const { restored, skipped } = await undoChanges(entry.changes)
      this.#popUndo()
      this.#replace(restored)
      const kept = skipped
        ? ` ${count(skipped)} changed since ${skipped === 1 ? 'was' : 'were'} left as ${skipped === 1 ? 'it is' : 'they are'}.`
        : ''
      return `Undone: ${entry.label}${kept}`
    })
  }

  async saveSearch(name: string): Promise<void> {
    const saved = [...this.saved.filter((s) => s.name !== name), { name, query: this.query }]
    await storeSavedSearches(saved)
    this.saved = saved
  }

  async removeSearch(search: SavedSearch): Promise<void> {
    const saved = this.saved.filter((s) => s !== search)
    await storeSavedSearches(saved)
    this.saved = saved
  }

  #filter(now: number): void {
    this.results = this.library.search(this.#parsed, now)
    const { ids, anchor, cursor } = this.selection
    // Nothing to keep: skip the set of every listed id (100,000 on an empty query).
    if (ids.size > 0 || anchor !== null || cursor !== null)
      this.selection = keepListed(this.selection, idsOf(this.results))
  }

  /** Puts changed cards in place; the rows listed stay listed until the next search. */
  #replace(cards: readonly StoredCard[]): void {
    if (cards.length === 0) return
    const rows = this.library.replace(cards, this.clock())
    this.results = swapRows(this.results, rows)
  }

  #pushUndo(entry: UndoEntry): void {
    this.#undo.push(entry)
    this.undoLabel = entry.label
  }

  #popUndo(): void {
    this.#undo.pop()
    this.undoLabel = this.#undo.at(-1)?.label ?? null
  }

  async #storeView(): Promise<void> {
    await storeBrowseView({
      columns: [...this.columns],
      sort: { column: this.order.column, descending: this.order.descending }
    })
  }

  async #write(work: () => Promise<string>): Promise<void> {
    this.busy = true
    try {
      this.notice = { text: await work(), error: false }
    } catch (error) {
      this.notice = { text: `Nothing was changed: ${String(error)}`, error: true }
    } finally {
      this.busy = false
    }
  }
}

function count(n: number): string {
  return n === 1 ? '1 card' : `${n.toLocaleString('en')} cards`
}

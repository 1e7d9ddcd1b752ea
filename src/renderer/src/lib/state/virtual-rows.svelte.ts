import {
  Virtualizer,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem
} from '@tanstack/virtual-core'

/**
 * A virtualised list of fixed-height rows for a Svelte component: TanStack Virtual's framework-
 * free core, with the rows in view (plus a few) kept in runes. Only those rows are in the DOM,
 * so a list of 100,000 scrolls as one of fifty. The component gives it its scrolling element
 * with `attach` and its row count with `setCount`.
 */
export class VirtualRows {
  items = $state.raw<VirtualItem[]>([])
  totalSize = $state(0)
  readonly #virtualizer: Virtualizer<HTMLElement, HTMLElement>
  #element: HTMLElement | null = null

  constructor(
    readonly rowHeight: number,
    options: { overscan?: number; paddingStart?: number } = {}
  ) {
    this.#virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.#element,
      estimateSize: () => rowHeight,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: options.overscan ?? 8,
      paddingStart: options.paddingStart ?? 0,
      // Room for the sticky header when scrolling a row into view.
      scrollPaddingStart: options.paddingStart ?? 0,
      onChange: (instance) => this.#update(instance)
    })
  }

  /** For `{@attach}`: the element that scrolls. Returns the cleanup. */
  attach = (element: HTMLElement): (() => void) => {
    this.#element = element
    const stop = this.#virtualizer._didMount()
    this.#virtualizer._willUpdate()
    this.#update(this.#virtualizer)
    return () => {
      stop()
      this.#element = null
    }
  }

  setCount(count: number): void {
    if (this.#virtualizer.options.count === count) return
    this.#virtualizer.setOptions({ ...this.#virtualizer.options, count })
    this.#virtualizer._willUpdate()
    this.#update(this.#virtualizer)
  }

  /** Brings row `index` into view, moving as little as possible. */
  scrollToIndex(index: number): void {
    this.#virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  /** How many rows one screenful holds, for Page Up and Page Down. */
  get pageSize(): number {
    const height = this.#element?.clientHeight ?? this.rowHeight * 10
    return Math.max(1, Math.floor(height / this.rowHeight) - 1)
  }

  #update(instance: Virtualizer<HTMLElement, HTMLElement>): void {
    this.items = instance.getVirtualItems()
    this.totalSize = instance.getTotalSize()
  }
}

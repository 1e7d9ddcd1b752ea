import type { ReviewLogEntry } from '@core/model'
import { answersOf } from '../../lib/db/browse-repo'

/** The answers of the card shown in the details, read when the card changes. */
export class CardHistory {
  answers = $state.raw<ReviewLogEntry[]>([])
  loading = $state(false)
  #for: string | null = null

  async show(cardId: string | null): Promise<void> {
    if (cardId === this.#for) return
    this.#for = cardId
    if (cardId === null) {
      this.answers = []
      return
    }
    this.loading = true
    const answers = await answersOf(cardId)
    // A later card was chosen while this one was read: its answers win.
    if (this.#for !== cardId) return
    this.answers = answers
    this.loading = false
  }

  /** Reads again (after an undo or an edit the same card may have changed). */
  async refresh(): Promise<void> {
    const id = this.#for
    this.#for = null
    await this.show(id)
  }
}

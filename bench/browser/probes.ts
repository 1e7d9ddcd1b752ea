/**
 * In-page probes. Each function here runs inside the page (Playwright serialises it), so it uses
 * only its arguments and browser globals. "Painted" is taken in the requestAnimationFrame after
 * the DOM change: the frame that will show it, as close to the paint as script can observe.
 */
import type { IdbDatabase, PageGlobals } from './page-globals'

const CARD = '[data-testid="review-card"]'
const FRONT = '[data-testid="card-front"]'

/**
 * Init script: records when the review screen is mounted (its counters are in the DOM), and when
 * the first review card is in the DOM and a frame is due; the gap is the queue's storage reads.
 */
export function firstCardProbe(selector: string): void {
  const g = globalThis as unknown as PageGlobals
  const probe = (g.__bench = { answers: [] } as NonNullable<PageGlobals['__bench']>)
  const observer = new g.MutationObserver(() => {
    if (probe.screen === undefined && g.document.querySelector('[data-testid="review-counts"]')) {
      probe.screen = g.performance.now()
    }
    if (!g.document.querySelector(selector)) return
    observer.disconnect()
    g.requestAnimationFrame(() => (probe.firstCard = g.performance.now()))
  })
  observer.observe(g.document, { childList: true, subtree: true })
}
export const FIRST_CARD_SELECTOR = CARD

/**
 * Times every grade key: t0 on keydown (capture on window, so before the app's own handler),
 * `dom` when the card front shows another text, `painted` in the frame after that, and `frames`:
 * how many frames began while the old card was still up (0: shown in the first frame possible),
 * counted from the frame time the painting frame's requestAnimationFrame callback is given.
 *
 * The probe requests no frame while the key is handled. Chromium (DeferRendererTasksAfterInput,
 * on by default) holds back every other task of the page (IndexedDB's callbacks among them) after
 * a key or click whose handling left a frame pending, until that frame has run: a probe that
 * asked for one there (as this one once counted frames from the keydown on) would itself delay
 * the answer's transaction by up to a frame, and time the probe rather than the app.
 */
export function installGradeProbe(front: string): void {
  const g = globalThis as unknown as PageGlobals
  const probe = (g.__bench ??= { answers: [] })
  // The display's frame interval: the browser runs frames on a 60 Hz clock when headless too.
  const FRAME_MS = 1000 / 60
  let armed: { t0: number; text: string | null } | null = null
  const frontText = (): string | null => g.document.querySelector(front)?.textContent ?? null
  const observer = new g.MutationObserver(() => {
    if (!armed) return
    const text = frontText()
    if (text === armed.text) return
    const { t0 } = armed
    armed = null
    const dom = g.performance.now()
    g.requestAnimationFrame((frameTime) =>
      probe.answers.push({
        t0,
        dom,
        painted: g.performance.now(),
        // Frame clock ticks between the key and the frame that shows the card.
        frames: Math.max(0, Math.floor((frameTime - t0) / FRAME_MS))
      })
    )
  })
  observer.observe(g.document, { childList: true, subtree: true, characterData: true })
  g.addEventListener(
    'keydown',
    (e) => {
      if (['1', '2', '3', '4'].includes(e.key))
        armed = { t0: g.performance.now(), text: frontText() }
    },
    true
  )
}
export const FRONT_SELECTOR = FRONT

/**
 * The floor under "grade to next card painted", for `installGradeProbe` to time on a page
 * with no app code in the way: each grade key (1-4) runs the answer's transaction as the app
 * commits it (strict; the card read and put, the log added, the day totals, the article's kept
 * counts and the library's total read and put, in one round trip of reads and one of writes),
 * and once it has committed shows the next due card's front text in a `front` element. Nothing
 * changes on the page in the key's task. Day totals go to a day no study has (2099) and the
 * counts are put back as read, so the library's own numbers stay as they were.
 */
export async function installGradeFloor(front: string): Promise<void> {
  const g = globalThis as unknown as PageGlobals & {
    document: {
      createElement(tag: string): {
        textContent: string | null
        setAttribute(n: string, v: string): void
      }
      body: { append(node: unknown): void }
    }
  }
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const wait = <T>(r: {
    result: T
    onsuccess: (() => void) | null
    onerror: (() => void) | null
  }) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(new Error('request failed'))
    })
  const range = g.IDBKeyRange.bound([2, -Infinity], [2, Date.now()], false, true)
  const cards = (await wait(
    db.transaction('cards').objectStore('cards').index('[sched.phase+sched.due]').getAll(range, 400)
  )) as { id: string; articleId: string; front: string; sched: { due: number } }[]
  const el = g.document.createElement('div')
  const [selector, value] = front.replace(/^\[|\]$/g, '').split('=')
  el.setAttribute(selector!, value!.replace(/"/g, ''))
  el.textContent = cards[0]?.front ?? ''
  g.document.body.append(el)
  const day = '2099-01-01'
  let at = 0
  let busy = false
  g.addEventListener(
    'keydown',
    (e) => {
      if (!['1', '2', '3', '4'].includes(e.key) || busy || cards.length < 2) return
      busy = true
      const card = cards[at % cards.length]!
      const tx = db.transaction(
        ['cards', 'reviewLogs', 'days', 'articleCounts', 'libraryCounts'],
        'readwrite',
        { durability: 'strict' }
      )
      const s = (n: string) => tx.objectStore(n)
      const reads = Promise.all([
        wait(s('cards').get(card.id)),
        wait(s('days').get(day)),
        wait(s('articleCounts').get(card.articleId)),
        wait(s('libraryCounts').get('library'))
      ])
      const after = { ...card.sched, due: card.sched.due + 1 }
      s('cards').put({ ...card, sched: after })
      // Shaped as the app's, as rawTimings writes them: a backup of the library stays valid.
      s('reviewLogs').add({
        cardId: card.id,
        articleId: card.articleId,
        grade: 3,
        reviewedAt: Date.now(),
        day,
        before: card.sched,
        after,
        durationMs: 5000
      })
      void reads.then(([, agg, counts, total]) => {
        const a = (agg as { reviews: number; good: number } | undefined) ?? {
          day,
          reviews: 0,
          newCards: 0,
          again: 0,
          hard: 0,
          good: 0,
          easy: 0,
          durationMs: 0
        }
        s('days').put({ ...a, reviews: a.reviews + 1, good: a.good + 1 })
        if (counts) s('articleCounts').put(counts)
        if (total) s('libraryCounts').put(total)
      })
      tx.oncomplete = () => {
        at++
        el.textContent = `${at} ${cards[at % cards.length]!.front}`
        busy = false
      }
    },
    false
  )
}

export interface RawTimings {
  /** Chromium's default durability for a read-write transaction (relaxed, since Chrome 121). */
  answerTx: number[]
  /** The same transaction with `durability: 'relaxed'` and with `'strict'` (flushed to disk). */
  relaxedTx: number[]
  strictTx: number[]
  dueGetAll: number[]
  dueCursor: number[]
}

/**
 * The storage floor under the app: one answer's transaction (card put, log add, day read and
 * put, as review-repo's recordAnswer does) and a 200-card due query on the (phase, due) index.
 */
export async function rawTimings(o: { answers: number; queries: number }): Promise<RawTimings> {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const req = <T>(r: {
    result: T
    onsuccess: (() => void) | null
    onerror: (() => void) | null
  }): Promise<T> =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(new Error('request failed'))
    })
  const now = Date.now()
  const range = g.IDBKeyRange.bound([2, -Infinity], [2, now], false, true)
  const due = await req(
    db
      .transaction('cards')
      .objectStore('cards')
      .index('[sched.phase+sched.due]')
      .getAll(range, o.answers)
  )
  // A small library may have no review due yet: any card serves to time a write.
  const sample = due.length
    ? due
    : await req(db.transaction('cards').objectStore('cards').getAll(undefined, o.answers))
  const day = '2099-01-01' // Not a real study day: the app's own totals stay as they were.

  const answerTx: number[] = []
  const relaxedTx: number[] = []
  const strictTx: number[] = []
  // Interleaved, so a busy moment on the machine weighs on all three alike.
  for (let i = 0; i < o.answers * 3; i++) {
    const durability = (['default', 'relaxed', 'strict'] as const)[i % 3]!
    const times = [answerTx, relaxedTx, strictTx][i % 3]!
    const card = sample[i % sample.length] as {
      id: string
      articleId: string
      sched: { due: number }
    }
    const t0 = g.performance.now()
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['cards', 'reviewLogs', 'days'], 'readwrite', { durability })
      tx.objectStore('cards').put({ ...card, sched: { ...card.sched, due: card.sched.due + 1 } })
      tx.objectStore('reviewLogs').add({
        cardId: card.id,
        articleId: card.articleId,
        grade: 3,
        reviewedAt: now,
        day,
        before: card.sched,
        after: card.sched,
        durationMs: 5000
      })
      const days = tx.objectStore('days')
      const get = days.get(day)
      get.onsuccess = () => {
        const agg = (get.result as { reviews: number; good: number } | undefined) ?? {
          day,
          reviews: 0,
          newCards: 0,
          again: 0,
          hard: 0,
          good: 0,
          easy: 0,
          durationMs: 0
        }
        days.put({ ...agg, reviews: agg.reviews + 1, good: agg.good + 1 })
      }
      tx.oncomplete = () => resolve()
      tx.onerror = tx.onabort = () => reject(new Error(String(tx.error)))
    })
    times.push(g.performance.now() - t0)
  }

  const dueGetAll: number[] = []
  const dueCursor: number[] = []
  for (let i = 0; i < o.queries; i++) {
    let t0 = g.performance.now()
    const index = db.transaction('cards').objectStore('cards').index('[sched.phase+sched.due]')
    await req(index.getAll(range, 200))
    dueGetAll.push(g.performance.now() - t0)
    // As Dexie runs a filtered, limited query: a cursor, one value at a time.
    t0 = g.performance.now()
    await new Promise<void>((resolve, reject) => {
      const cursorReq = db
        .transaction('cards')
        .objectStore('cards')
        .index('[sched.phase+sched.due]')
        .openCursor(range)
      let n = 0
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result
        if (!cursor || ++n >= 200) return resolve()
        cursor.continue()
      }
      cursorReq.onerror = () => reject(new Error('cursor failed'))
    })
    dueCursor.push(g.performance.now() - t0)
  }
  db.close()
  return { answerTx, relaxedTx, strictTx, dueGetAll, dueCursor }
}

/**
 * The kill-and-relaunch loop: Debian's Chromium on one persistent profile, killed with SIGKILL
 * (the whole process group: browser, renderers, storage) the moment the next review card
 * appears, or closed normally at that moment, or killed a moment after a grade key with no card
 * yet; then started again on the same profile. The CPU is throttled through the DevTools
 * protocol on some cycles. After every relaunch the stored library is read back and checked:
 * every acknowledged answer (one whose next card appeared) is stored, every card's state is its
 * last log's, and the day totals count every log.
 *
 * Used by e2e/kill-loop.spec.ts (20 cycles) and bench/durability.bench.ts (100 cycles). It
 * launches Chromium itself rather than through Playwright's launcher, so that it knows the
 * process group to kill; Playwright connects over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { newSchedulingState } from '../../src/core/review/scheduler'
import { DEFAULT_SETTINGS } from '../../src/core/review/settings'
import { extraction } from '../../src/core/testing/builders'
import { chromiumLaunchOptions } from '../../playwright.config'
import { NAME_SHIM, type IdbDatabase, type PageGlobals } from './page-globals'

export type Ending = 'kill-after-card' | 'close-after-card' | 'kill-after-key'

export interface KillLoopOptions {
  origin: string
  profileDir: string
  cycles: number
  /** CPU throttling rate per cycle, repeated (1 = none). */
  throttle: number[]
  /** How each cycle ends, repeated. */
  endings: Ending[]
  /** Cards seeded for the loop to answer; each cycle answers one to four of them. */
  cards?: number
  log?: (line: string) => void
}

export interface KillLoopReport {
  cycles: number
  ended: Record<Ending, number>
  /** Answers whose next card appeared on screen before the window went. */
  acknowledged: number
  /** Of those, how many were in storage after the relaunch. */
  stored: number
  lost: string[]
  /** Cards whose stored state is not their last log's `after`, and day totals off the log. */
  inconsistent: string[]
  ms: number
}

interface Answer {
  cardId: string
  grade: number
}

const CARD = '[data-testid="review-card"]'
const BACK = '[data-testid="card-back"]'

/** The library the loop answers from: one article, `count` new cards, no daily limit. */
function seedRecords(count: number, now: number) {
  const id = 'kill-loop-article'
  const sentences = Array.from({ length: count }, (_, i) => ({
    index: i,
    paragraph: 0,
    text: `Sentence ${i}: the port handled ${1000 + i} ships.`,
    caption: false
  }))
  const text = sentences.map((s) => s.text).join(' ')
  const { cards: _none, ...found } = extraction(id, 'Kill loop')
  const article = {
    id,
    title: 'Kill loop',
    published: null,
    source: 'paste',
    fileName: null,
    text,
    importedAt: now,
    updatedAt: now,
    extraction: { ...found, article: { ...found.article, paragraphs: [text], sentences } }
  }
  const cards = sentences.map((s, i) => ({
    id: `kill-${i}`,
    articleId: id,
    kind: 'fact-cloze',
    front: `Sentence ${i}: the port handled […] ships.`,
    back: String(1000 + i),
    sentenceIndex: i,
    answerSpan: null,
    quoteId: null,
    sched: { ...newSchedulingState(now - 86_400_000 + i), due: now - 86_400_000 + i },
    suspended: false,
    buriedUntil: null,
    edited: false,
    createdAt: now - 86_400_000 + i
  }))
  const settings = { key: 'study', value: { ...DEFAULT_SETTINGS, newCardsPerDay: 9999 } }
  return { article, cards, settings }
}

/** In the page: puts records straight into the app's IndexedDB. */
async function putInPage(records: { store: string; rows: unknown[] }[]): Promise<void> {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  for (const { store, rows } of records) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite')
      for (const row of rows) tx.objectStore(store).put(row)
      tx.oncomplete = () => resolve()
      tx.onerror = tx.onabort = () => reject(new Error(String(tx.error)))
    })
  }
  db.close()
}

interface Stored {
  cards: { id: string; sched: unknown }[]
  logs: { id: number; cardId: string; grade: number; after: unknown }[]
  answersInDayTotals: number
}

/** In the page: what storage holds, read with IndexedDB itself (not the app). */
async function readInPage(): Promise<Stored> {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const all = (store: string): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll()
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(new Error(String(req.error)))
    })
  const [cards, logs, days] = await Promise.all([all('cards'), all('reviewLogs'), all('days')])
  db.close()
  const totals = days as { again: number; hard: number; good: number; easy: number }[]
  return {
    cards: cards as Stored['cards'],
    logs: logs as Stored['logs'],
    answersInDayTotals: totals.reduce((n, d) => n + d.again + d.hard + d.good + d.easy, 0)
  }
}

/** In the page: calls `__nextCard(id)` as soon as another card (or the day's end) is shown. */
function watchNextCard(selector: string): void {
  const g = globalThis as unknown as PageGlobals & { __nextCard(id: string): void }
  const current = (): string | null =>
    g.document.querySelector(selector)?.getAttribute('data-card-id') ??
    (g.document.querySelector('[data-testid="done-for-today"]') ? 'done' : null)
  let last = current()
  new g.MutationObserver(() => {
    const now = current()
    if (now !== null && now !== last) {
      last = now
      g.__nextCard(now)
    }
  }).observe(g.document, { childList: true, subtree: true, attributes: true })
}

class Chromium {
  /** The end of what this browser wrote to stderr, for a failure's message. */
  private stderr = ''

  private constructor(
    private readonly child: ChildProcess,
    readonly browser: Browser
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-200_000)
    })
  }

  /** What this browser logged about its storage (IndexedDB, LevelDB, SQLite, quota). */
  storageLog(): string[] {
    return this.stderr
      .split('\n')
      .filter((line) => /indexed_?db|leveldb|sqlite|quota|corrupt|storage/i.test(line))
      .slice(-12)
  }

  static async launch(profileDir: string): Promise<Chromium> {
    // A killed browser leaves these behind; the next launch must not read the old port.
    for (const f of ['DevToolsActivePort', 'SingletonLock', 'SingletonSocket', 'SingletonCookie'])
      rmSync(join(profileDir, f), { force: true })
    const child = spawn(
      chromiumLaunchOptions.executablePath,
      [
        ...chromiumLaunchOptions.args,
        `--user-data-dir=${profileDir}`,
        '--remote-debugging-port=0',
        '--window-size=1280,800',
        // Errors only, to stderr, where a failure's message can quote what storage said.
        '--enable-logging=stderr',
        '--log-level=2',
        'about:blank'
      ],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
    )
    const portFile = join(profileDir, 'DevToolsActivePort')
    const deadline = Date.now() + 30_000
    while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
      if (Date.now() > deadline || child.exitCode !== null) {
        Chromium.killGroup(child)
        throw new Error('Chromium did not open its DevTools port')
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    const port = readFileSync(portFile, 'utf8').split('\n')[0]
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
    return new Chromium(child, browser)
  }

  private static killGroup(child: ChildProcess): void {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }

  /** SIGKILL to every process of this Chromium at once: no unload, no shutdown, no flush. */
  kill(): void {
    Chromium.killGroup(this.child)
  }

  /** As a person closes the window: the page unloads (pagehide, beforeunload), then the browser. */
  async close(page: Page): Promise<void> {
    await page.close({ runBeforeUnload: true }).catch(() => undefined)
    const session = await this.browser.newBrowserCDPSession().catch(() => null)
    await session?.send('Browser.close').catch(() => undefined)
    await this.exited(10_000)
  }

  /**
   * Waits until every process of this browser has gone, not only the first: a storage process
   * still exiting holds the profile's database, and a browser launched meanwhile on the same
   * profile would find it locked.
   */
  async exited(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
      const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), timeoutMs))
      if ((await Promise.race([gone, late])) === 'late') Chromium.killGroup(this.child)
    }
    await this.browser.close().catch(() => undefined)
    const group = this.child.pid
    while (group !== undefined && livingInGroup(group) > 0) {
      if (Date.now() > deadline + 10_000)
        throw new Error(`Chromium's processes (group ${group}) did not exit within 20 s`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }
}

/** Processes of a process group that are still running (zombies have let go of their files). */
function livingInGroup(group: number): number {
  let living = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // Gone while listing.
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and brackets, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === group && state !== 'Z' && state !== 'X') living++
  }
  return living
}

/** Deterministic choices, so a failing run can be replayed. */
function chooser(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

export async function killLoop(o: KillLoopOptions): Promise<KillLoopReport> {
  const started = Date.now()
  const log = o.log ?? (() => undefined)
  const rnd = chooser(16)
  const pressed: Answer[] = []
  const acknowledged: Answer[] = []
  const report: KillLoopReport = {
    cycles: 0,
    ended: { 'kill-after-card': 0, 'close-after-card': 0, 'kill-after-key': 0 },
    acknowledged: 0,
    stored: 0,
    lost: [],
    inconsistent: [],
    ms: 0
  }

  for (let cycle = 0; cycle <= o.cycles; cycle++) {
    const chrome = await Chromium.launch(o.profileDir)
    try {
      if (await runCycle(chrome, cycle)) break
    } catch (error) {
      chrome.kill()
      throw error
    }
  }
  report.acknowledged = acknowledged.length
  report.ms = Date.now() - started
  return report

  /** One launch: check what the last one left, then answer and end; true after the last check. */
  async function runCycle(chrome: Chromium, cycle: number): Promise<boolean> {
    const context = chrome.browser.contexts()[0]!
    await context.addInitScript(NAME_SHIM)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${o.origin}/`)
    if (cycle === 0) {
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 })
      await page.getByText(/Reading the bundled article/).waitFor({ state: 'detached' })
      const { article, cards, settings } = seedRecords(o.cards ?? 600, Date.now())
      await page.evaluate(putInPage, [
        { store: 'articles', rows: [article] },
        { store: 'cards', rows: cards },
        { store: 'settings', rows: [settings] }
      ])
    } else {
      const stored = await page.evaluate(readInPage)
      // A library gone as a whole says more than 200 lost answers: say so here, with what the
      // browser logged about storage, rather than as a screen with no cards further on.
      const seeded = stored.cards.filter((c) => c.id.startsWith('kill-')).length
      if (seeded < (o.cards ?? 600))
        throw new Error(
          `cycle ${cycle + 1}: after the relaunch the profile holds ${seeded} of the ` +
            `${o.cards ?? 600} seeded cards and ${stored.logs.length} answers ` +
            `(${acknowledged.length} acknowledged before). Chromium's storage log: ` +
            (chrome.storageLog().join(' | ') || '(nothing)')
        )
      check(stored, acknowledged, pressed, report, cycle)
    }
    if (cycle === o.cycles) {
      await chrome.close(page)
      return true
    }

    const rate = o.throttle[cycle % o.throttle.length] ?? 1
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    const ending = o.endings[cycle % o.endings.length]!
    let onNext: ((id: string) => void) | null = null
    await page.exposeFunction('__nextCard', (id: string) => onNext?.(id))
    await page.goto(`${o.origin}/#/review`)
    await page
      .locator(CARD)
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        // Say what the window showed instead, so a failure on a loaded machine can be read.
        const shown = await page
          .locator('body')
          .innerText({ timeout: 5_000 })
          .catch(() => '(the page did not answer)')
        throw new Error(
          `cycle ${cycle + 1} (CPU ${rate}x): no card to review within 60 s; the window showed: ` +
            `${shown.replace(/\s+/g, ' ').slice(0, 400)}`,
          { cause: error }
        )
      })
    await page.evaluate(watchNextCard, CARD)

    const answers = 1 + Math.floor(rnd() * 4)
    for (let i = 0; i < answers; i++) {
      const cardId = (await page.locator(CARD).getAttribute('data-card-id')) ?? ''
      await page.keyboard.press('Space')
      await page.locator(BACK).waitFor()
      const grade = rnd() < 0.15 ? 1 : rnd() < 0.7 ? 3 : 4
      const answer = { cardId, grade }
      const lastOne = i === answers - 1
      const shown = new Promise<void>((resolve) => {
        onNext = () => {
          onNext = null
          // The window goes the moment the next card is there, before anything else runs here.
          if (lastOne && ending === 'kill-after-card') chrome.kill()
          acknowledged.push(answer)
          resolve()
        }
      })
      pressed.push(answer)
      if (lastOne && ending === 'kill-after-key') {
        await page.keyboard.press(String(grade)).catch(() => undefined)
        await new Promise((r) => setTimeout(r, Math.floor(rnd() * 4)))
        onNext = null
        chrome.kill()
        break
      }
      await page.keyboard.press(String(grade)).catch(() => undefined)
      await Promise.race([
        shown,
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`cycle ${cycle + 1}: no next card within 60 s`)),
            60_000
          )
        )
      ])
    }
    if (ending === 'close-after-card') await chrome.close(page)
    else await chrome.exited()
    report.ended[ending]++
    report.cycles++
    log(`cycle ${cycle + 1}: ${answers} answer(s), CPU ${rate}x, ${ending}`)
    return false
  }
}

/** Every acknowledged answer stored, in order; every card in its last log's state. */
function check(
  stored: Stored,
  acknowledged: Answer[],
  pressed: Answer[],
  report: KillLoopReport,
  cycle: number
): void {
  const logsByCard = new Map<string, Stored['logs']>()
  for (const l of [...stored.logs].sort((a, b) => a.id - b.id))
    logsByCard.set(l.cardId, [...(logsByCard.get(l.cardId) ?? []), l])
  const ackByCard = new Map<string, number[]>()
  for (const a of acknowledged)
    ackByCard.set(a.cardId, [...(ackByCard.get(a.cardId) ?? []), a.grade])
  report.stored = 0
  report.lost = []
  for (const [cardId, grades] of ackByCard) {
    // In order, skipping stored answers nobody saw acknowledged (a kill just after a key).
    const logs = (logsByCard.get(cardId) ?? []).map((l) => l.grade)
    let next = 0
    grades.forEach((grade, i) => {
      const at = logs.indexOf(grade, next)
      if (at >= 0) {
        report.stored++
        next = at + 1
      } else report.lost.push(`${cardId} (grade ${grade}, answer ${i + 1} to it)`)
    })
  }
  const pressedCards = new Set(pressed.map((p) => p.cardId))
  for (const card of stored.cards) {
    const logs = logsByCard.get(card.id)
    if (!logs) continue
    if (!pressedCards.has(card.id)) report.inconsistent.push(`${card.id}: a log nobody answered`)
    if (JSON.stringify(card.sched) !== JSON.stringify(logs.at(-1)!.after))
      report.inconsistent.push(`${card.id}: state differs from its last log (cycle ${cycle})`)
  }
  if (stored.answersInDayTotals !== stored.logs.length)
    report.inconsistent.push(
      `day totals count ${stored.answersInDayTotals} answers, the log ${stored.logs.length} (cycle ${cycle})`
    )
}

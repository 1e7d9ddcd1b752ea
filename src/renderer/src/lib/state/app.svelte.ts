import type { MenuCommand } from '@shared/ipc'
import type { ErrorReport } from '@shared/error-report'
import { platform, readFileBytes, type PickResult, type SaveResult } from '../platform'
import { appShell } from '../platform/shell'
import { importBundledArticleOnce, requestPersistentStorage } from './bootstrap'
import { backupsHelp, backUpNow, dailyBackup } from './auto-backup'
import { rememberBackupSaved } from '../db/meta-repo'
import { describeCheck } from './check-database'
import { captureErrors } from './error-capture'
import type { ExportKind } from './exports'
import type { TakeAwayKind } from './take-away.svelte'
import { errorNotice, Notices } from './notices.svelte'
import { router, type Route } from './router.svelte'
import { screens } from './screens'
import { importFlow } from './import-flow.svelte'
import { flushOnExit } from './pending-writes'

const NAV_BY_COMMAND: Partial<Record<MenuCommand, Route['name']>> = {
  'go-library': 'library',
  'go-review': 'review',
  'go-quiz': 'quiz',
  'go-stats': 'stats',
  'go-browse': 'browse',
  'go-settings': 'settings'
}

const EXPORT_BY_COMMAND: Partial<Record<MenuCommand, ExportKind>> = {
  'export-cards': 'cards',
  'export-history': 'history',
  'export-backup': 'backup'
}

const TAKE_AWAY_BY_COMMAND: Partial<Record<MenuCommand, TakeAwayKind>> = {
  'export-fsrs-history': 'fsrs-history',
  'export-anki': 'anki'
}

/** Keys typed here are text, not shortcuts. */
const TYPING = 'textarea, select, [contenteditable], input:not([type="checkbox"], [type="radio"])'

/**
 * App-wide state: start-up, the desktop menu, window-level shortcuts, dropped files and files
 * the OS opened with Newsdeck, the notice for menu actions and unhandled errors, and Help.
 */
class AppState {
  /** Until the first-launch import (or the check that it is done) has finished. */
  booting = $state(true)
  startupMessage = $state<string | null>(null)
  startupError = $state<string | null>(null)
  version = $state('')
  aboutOpen = $state(false)
  readonly notices = new Notices((text) => appShell().copyText(text))
  #helpOpen = $state(false)
  /** Help's line about backups, read each time Help opens. */
  backupsHelp = $state<string | null>(null)

  get helpOpen(): boolean {
    return this.#helpOpen
  }

  set helpOpen(open: boolean) {
    this.#helpOpen = open
    if (open) void backupsHelp(platform().isDesktop).then((line) => (this.backupsHelp = line))
  }

  start(): () => void {
    const shell = appShell()
    const stops = [
      captureErrors(window, (report) => this.reportError(report)),
      shell.onMainError((report) => this.reportError(report, false)),
      router.listen(),
      platform().onMenuCommand((command) => this.runCommand(command)),
      shell.onOpenedFile((file) => void this.importPicked(file)),
      flushOnExit(),
      this.#listenForShortcuts()
    ]
    void this.#boot()
    return () => stops.forEach((stop) => stop())
  }

  runCommand(command: MenuCommand): void {
    const target = NAV_BY_COMMAND[command]
    const exportKind = EXPORT_BY_COMMAND[command]
    const takeAway = TAKE_AWAY_BY_COMMAND[command]
    if (target && screens.some((s) => s.name === target)) router.go({ name: target } as Route)
    else if (exportKind) void this.exportFile(exportKind)
    else if (takeAway)
      void this.notifySaved(
        // The Anki package, the FSRS CSV and the report load on first use, not at start-up.
        import('./take-away.svelte').then(({ saveTakeAway }) =>
          saveTakeAway(takeAway, Date.now(), platform())
        )
      )
    else if (command === 'backup-now') void this.backUpNow()
    else if (command === 'import-article') void this.openArticleFile()
    else if (command === 'about') this.aboutOpen = true
    else if (command === 'help') this.helpOpen = true
  }

  /** From Help: About replaces it, so one dialog shows at a time. */
  openAbout(): void {
    this.helpOpen = false
    this.aboutOpen = true
  }

  /** Logs the error (main logs its own) and tells the user, with details they can copy. */
  reportError(report: ErrorReport, log = true): void {
    const shell = appShell()
    if (log) void shell.reportError(report)
    const context = {
      version: this.version,
      at: new Date().toISOString(),
      desktop: shell.isDesktop
    }
    this.notices.show(errorNotice(report, context))
  }

  async exportFile(kind: ExportKind): Promise<void> {
    await this.notifySaved(
      // The CSV writers load with the first export, not at start-up.
      import('./exports')
        .then(({ saveExport }) => saveExport(kind, Date.now(), platform()))
        .then(async (result) => {
          if (kind === 'backup' && result.kind === 'saved') await rememberBackupSaved(Date.now())
          return result
        })
    )
  }

  /** Tells the user where an export went, or why it did not. */
  async notifySaved(saving: Promise<SaveResult>): Promise<void> {
    try {
      const result = await saving
      if (result.kind === 'saved')
        this.notices.show({ kind: 'ok', text: `Saved to ${result.where}.` })
      else if (result.kind === 'error') this.notices.show({ kind: 'error', text: result.message })
    } catch (error) {
      this.notices.show({ kind: 'error', text: `The export failed: ${describe(error)}` })
    }
  }

  async backUpNow(): Promise<void> {
    try {
      const result = await backUpNow(Date.now())
      if (result.kind === 'saved')
        this.notices.show({ kind: 'ok', text: `Backup saved to ${result.where}.` })
      else if (result.kind === 'error') this.notices.show({ kind: 'error', text: result.message })
    } catch (error) {
      this.notices.show({ kind: 'error', text: `The backup failed: ${describe(error)}` })
    }
  }

  /** Help › Check database: recounts every article's cards, repairs what was wrong, says so. */
  async checkDatabase(): Promise<void> {
    this.helpOpen = false
    this.notices.show({ kind: 'ok', text: 'Checking the database…' })
    try {
      const { backupClient } = await import('../backup/backup-client')
      this.notices.show({ kind: 'ok', text: describeCheck(await backupClient().checkDatabase()) })
    } catch (error) {
      this.notices.show({ kind: 'error', text: `The check failed: ${describe(error)}` })
    }
  }

  async openArticleFile(): Promise<void> {
    if (!router.go({ name: 'import' })) return
    await this.importPicked(await platform().pickArticleFile())
  }

  /** A file picked in the dialog or opened from the OS: to the import preview. */
  async importPicked(picked: PickResult): Promise<void> {
    if (!router.go({ name: 'import' })) return
    if (picked.kind === 'error') {
      importFlow.reset()
      importFlow.error = picked.message
    } else if (picked.kind === 'picked') {
      const { name, bytes } = picked.file
      await importFlow.fromFile({ name, size: bytes.length, bytes: async () => bytes })
    }
  }

  importDroppedFile(file: File): void {
    if (!router.go({ name: 'import' })) return
    void importFlow.fromFile({ name: file.name, size: file.size, bytes: () => readFileBytes(file) })
  }

  async #boot(): Promise<void> {
    void requestPersistentStorage()
    this.version = await platform().appVersion()
    try {
      await importBundledArticleOnce(
        (message) => (this.startupMessage = message),
        () => Date.now()
      )
    } catch (error) {
      this.startupError = `The bundled article could not be imported: ${String(error)}`
    } finally {
      this.startupMessage = null
      this.booting = false
    }
    // The daily desktop backup reads the whole library: let the first screen paint first.
    setTimeout(() => {
      void dailyBackup(Date.now(), (notice) => this.notices.show(notice))
    }, 5000)
  }

  #listenForShortcuts(): () => void {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target instanceof Element ? e.target : null
      if (e.key === '?' && !(e.ctrlKey || e.metaKey || e.altKey)) {
        // `?` closes the help too; typed in a field, it is a question mark.
        if (this.helpOpen || !target?.closest(`${TYPING}, dialog[open]`)) {
          e.preventDefault()
          this.helpOpen = !this.helpOpen
        }
        return
      }
      // An open dialog answers first (or Esc); the screen behind it waits.
      if (target?.closest('dialog[open]')) return
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
      const screen = screens.find((s) => s.key === e.key)
      if (screen) {
        e.preventDefault()
        router.go({ name: screen.name } as Route)
      } else if (e.key === 'o') {
        e.preventDefault()
        void this.openArticleFile()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export const app = new AppState()

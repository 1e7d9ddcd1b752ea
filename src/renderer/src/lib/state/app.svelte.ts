import type { MenuCommand } from '@shared/ipc'
import { platform, readFileBytes } from '../platform'
import { importBundledArticleOnce, requestPersistentStorage } from './bootstrap'
import { maybeBackUp } from './auto-backup'
import { router, type Route } from './router.svelte'
import { screens } from './screens'
import { importFlow } from './import-flow.svelte'
import { flushOnExit } from './pending-writes'

const NAV_BY_COMMAND: Partial<Record<MenuCommand, Route['name']>> = {
  'go-library': 'library',
  'go-review': 'review',
  'go-quiz': 'quiz',
  'go-stats': 'stats',
  // Exports and backups live on the statistics screen.
  export: 'stats',
  'go-settings': 'settings'
}

/** App-wide state: start-up, the desktop menu, window-level shortcuts and dropped files. */
class AppState {
  startupMessage = $state<string | null>(null)
  startupError = $state<string | null>(null)
  version = $state('')
  aboutOpen = $state(false)

  start(): () => void {
    const stops = [
      router.listen(),
      platform().onMenuCommand((command) => this.runCommand(command)),
      flushOnExit(),
      this.#listenForShortcuts()
    ]
    void this.#boot()
    return () => stops.forEach((stop) => stop())
  }

  runCommand(command: MenuCommand): void {
    const target = NAV_BY_COMMAND[command]
    if (target && screens.some((s) => s.name === target)) router.go({ name: target } as Route)
    else if (command === 'import-article') void this.openArticleFile()
    else if (command === 'about') this.aboutOpen = true
  }

  async openArticleFile(): Promise<void> {
    router.go({ name: 'import' })
    const picked = await platform().pickArticleFile()
    if (picked.kind === 'error') {
      importFlow.reset()
      importFlow.error = picked.message
    } else if (picked.kind === 'picked') {
      const { name, bytes } = picked.file
      await importFlow.fromFile({ name, size: bytes.length, bytes: async () => bytes })
    }
  }

  importDroppedFile(file: File): void {
    router.go({ name: 'import' })
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
    }
    // The daily desktop backup reads the whole library: let the first screen paint first.
    setTimeout(() => {
      maybeBackUp(Date.now()).catch((error: unknown) => console.error('Backup failed', error))
    }, 5000)
  }

  #listenForShortcuts(): () => void {
    const onKey = (e: KeyboardEvent): void => {
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

export const app = new AppState()

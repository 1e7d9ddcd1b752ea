import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import nodeLog from 'electron-log/node'
import { applyRotationPolicy, archiveNames, rotateLog } from './log-rotation'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsdeck-logs-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const read = (name: string): string => readFileSync(join(dir, name), 'utf8')

describe('rotateLog', () => {
  it('names archives main.1.log (newest) to main.N.log', () => {
    expect(archiveNames(join(dir, 'main.log'), 3)).toEqual(
      ['main.1.log', 'main.2.log', 'main.3.log'].map((n) => join(dir, n))
    )
  })

  it('shifts the archives down, keeps the newest few and deletes the oldest', () => {
    const file = join(dir, 'main.log')
    for (let run = 1; run <= 5; run++) {
      writeFileSync(file, `run ${run}\n`)
      rotateLog(file, 3)
    }
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log'])
    expect([read('main.1.log'), read('main.2.log'), read('main.3.log')]).toEqual([
      'run 5\n',
      'run 4\n',
      'run 3\n'
    ])
  })

  it('copes with gaps and with no current file', () => {
    const file = join(dir, 'main.log')
    writeFileSync(join(dir, 'main.2.log'), 'old')
    rotateLog(file, 3)
    expect(readdirSync(dir).sort()).toEqual(['main.3.log'])
  })
})

describe('the policy on electron-log’s own file transport', () => {
  it('rotates main.log once it passes the size limit, and writes on in a fresh file', () => {
    const log = nodeLog.create({ logId: `rotation-${Date.now()}` })
    const file = join(dir, 'main.log')
    log.transports.console.level = false
    log.transports.file.resolvePathFn = () => file
    applyRotationPolicy(log.transports.file, { maxSize: 2000, keep: 2 })
    const line = 'x'.repeat(90)
    for (let i = 0; i < 200; i++) log.info(`${i} ${line}`)
    const names = readdirSync(dir).sort()
    expect(names).toEqual(['main.1.log', 'main.2.log', 'main.log'])
    for (const name of names) {
      // Each file holds at most the limit plus the one line that crossed it.
      expect(readFileSync(join(dir, name)).length, name).toBeLessThan(2000 + 200)
    }
    // The newest line is in main.log; lines older than the kept archives are gone.
    expect(read('main.log')).toContain(`199 ${line}`)
    expect(existsSync(join(dir, 'main.3.log'))).toBe(false)
    expect(names.map(read).join('')).not.toMatch(/\[info\]\s+0 x/)
  })
})

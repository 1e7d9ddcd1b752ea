import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import allowList from './electronegativity-allow.json'
import {
  allowListProblems,
  evaluate,
  EXCLUDED_CHECKS,
  toReport,
  type AllowEntry,
  type Finding
} from './electronegativity-gate.mjs'

const finding = (over: Partial<Finding>): Finding => ({
  check: 'PRELOAD_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'main/window.ts',
  line: 1,
  column: 0,
  description: 'Review the use of preload scripts',
  ...over
})
const entry: AllowEntry = {
  check: 'PRELOAD_JS_CHECK',
  file: 'main/window.ts',
  why: 'The preload exposes named methods only and main checks every sender.'
}

describe('evaluate', () => {
  it('fails on a MEDIUM or HIGH finding that no entry allows', () => {
    const report = {
      findings: [finding({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' })],
      errors: []
    }
    const result = evaluate(report, [])
    expect(result.passed).toBe(false)
    expect(result.blocking.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
  })

  it('passes an allowed finding, and LOW or INFORMATIONAL ones without any entry', () => {
    const report = {
      findings: [
        finding({}),
        finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' }),
        finding({ check: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL' })
      ],
      errors: []
    }
    const result = evaluate(report, [entry])
    expect(result).toMatchObject({ passed: true, blocking: [], problems: [] })
    expect(result.allowed).toEqual([{ finding: finding({}), why: entry.why }])
    expect(result.minor).toHaveLength(2)
  })

  it('allows a check only in the file its entry names', () => {
    const elsewhere = finding({ file: 'main/other-window.ts' })
    expect(evaluate({ findings: [elsewhere], errors: [] }, [entry]).blocking).toEqual([elsewhere])
  })

  it('fails on an entry that says no reason, or matches nothing any more', () => {
    const vague = { ...entry, why: 'fine' }
    expect(evaluate({ findings: [finding({})], errors: [] }, [vague]).problems).toEqual([
      'allow-list entry 1 (PRELOAD_JS_CHECK) does not say why it is safe'
    ])
    expect(evaluate({ findings: [], errors: [] }, [entry])).toMatchObject({
      passed: false,
      problems: [expect.stringMatching(/matches no finding/)]
    })
  })

  it('fails when a file could not be parsed, since it was not checked', () => {
    const report = { findings: [], errors: [{ file: 'main/x.ts', message: 'Unexpected token' }] }
    expect(evaluate(report, []).passed).toBe(false)
  })
})

describe('the reviewed allow-list', () => {
  it('says for each entry why the finding is safe', () => {
    expect(allowListProblems(allowList)).toEqual([])
    expect(allowList.length).toBeGreaterThan(0)
  })
})

describe('the gate on a real scan', () => {
  it('blocks a window without context isolation or sandbox, and no navigation limits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsdeck-electronegativity-'))
    try {
      await writeFile(
        join(dir, 'main.js'),
        [
          "const { BrowserWindow } = require('electron')",
          'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })'
        ].join('\n')
      )
      const run = createRequire(import.meta.url)('@doyensec/electronegativity') as (
        options: Record<string, unknown>,
        forCli: boolean
      ) => Promise<{ issues: unknown[]; errors: unknown[] }>
      const report = toReport(
        await run(
          {
            input: dir,
            isRelative: true,
            customScan: [],
            excludeFromScan: EXCLUDED_CHECKS,
            electronVersionOverride: '45.5.0',
            parserPlugins: []
          },
          false
        )
      )
      const result = evaluate(report, allowList)
      expect(result.passed).toBe(false)
      expect(result.blocking.map((f) => f.check)).toEqual(
        expect.arrayContaining([
          'CONTEXT_ISOLATION_JS_CHECK',
          'SANDBOX_JS_CHECK',
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'
        ])
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 30_000)
})

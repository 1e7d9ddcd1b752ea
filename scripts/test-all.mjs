// `npm test`: every check and test, in the order CI runs them, ending with one line that totals
// every unit and end-to-end test: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import {
  summariseVitest,
  summarisePlaywright,
  formatTotals,
  vitestFailures,
  playwrightFailures
} from './test-totals.mjs'

const reports = '.reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const vitestReport = `${reports}/vitest.json`
const playwrightReport = `${reports}/playwright.json`

function run(label, command, env = {}) {
  console.log(`\n=== ${label}: ${command}`)
  const r = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

const steps = []
steps.push(['check (format, lint, typecheck)', run('check', 'npm run check')])
// electronegativity exits 0 whatever it finds; the gate reads its findings and fails on MEDIUM+.
steps.push([
  'electronegativity gate',
  run('electronegativity gate', 'node scripts/electronegativity-gate.mjs')
])
steps.push(['build', run('build', 'npm run build')])
steps.push([
  'unit tests',
  run('unit tests', 'npx vitest run', { NEWSDECK_TEST_REPORT: vitestReport })
])
steps.push([
  'end-to-end tests',
  run('end-to-end tests', 'npx playwright test', { NEWSDECK_E2E_REPORT: playwrightReport })
])

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const unit = summariseVitest(read(vitestReport))
const e2e = summarisePlaywright(read(playwrightReport))
const failedSteps = steps.filter(([, status]) => status !== 0).map(([name]) => name)

// CI keeps only the tail of this output, so the tail names what failed.
const failures = [
  ...(unit.failed ? vitestFailures(read(vitestReport)) : []),
  ...(e2e.failed ? playwrightFailures(read(playwrightReport)) : [])
]
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`)
console.log(`\nunit: ${formatTotals(unit)}`)
console.log(`end-to-end: ${formatTotals(e2e)}`)
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`)
const total = {
  passed: unit.passed + e2e.passed,
  failed: unit.failed + e2e.failed + (failedSteps.length && !unit.failed && !e2e.failed ? 1 : 0),
  skipped: unit.skipped + e2e.skipped
}
console.log(formatTotals(total))
process.exit(failedSteps.length || total.failed ? 1 : 0)

// Totals from Vitest's and Playwright's JSON reports. A missing report (the runner crashed)
// counts as one failure so that a broken run can never print "0 failed".

export function summariseVitest(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 }
  return {
    passed: report.numPassedTests ?? 0,
    // A file that fails to load fails no test but must still count as a failure.
    failed: (report.numFailedTests ?? 0) || (report.numFailedTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
}

export function summarisePlaywright(report) {
  if (!report || !report.stats) return { passed: 0, failed: 1, skipped: 0 }
  const s = report.stats
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0
  }
}

export function formatTotals({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
}

// ANSI colour codes, which Vitest writes into its failure messages.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

const firstLine = (text) =>
  String(text ?? '')
    .replace(COLOUR, '')
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean) ?? ''

/** "file › test: first line of the error" for each failed unit test, or file that did not load. */
export function vitestFailures(report) {
  if (!report) return ['unit tests: the runner wrote no report']
  const out = []
  for (const file of report.testResults ?? []) {
    const name = relative(file.name)
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const t of failed)
      out.push(`${name} › ${t.fullName ?? t.title}: ${firstLine(t.failureMessages?.[0])}`)
    if (!failed.length && file.status === 'failed') out.push(`${name}: ${firstLine(file.message)}`)
  }
  return out
}

/** The same for Playwright: each test whose outcome was unexpected, with its last error. */
export function playwrightFailures(report) {
  if (!report || !report.stats) return ['end-to-end tests: the runner wrote no report']
  const out = []
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue
        const last = test.results?.[test.results.length - 1]
        const title = [...titles, spec.title].filter(Boolean).join(' › ')
        out.push(`${spec.file ?? suite.file} › ${title}: ${firstLine(last?.error?.message)}`)
      }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  for (const suite of report.suites ?? []) walk(suite, [])
  return out
}

function relative(path) {
  const cwd = `${process.cwd()}/`
  return String(path ?? '').startsWith(cwd) ? path.slice(cwd.length) : String(path ?? '')
}

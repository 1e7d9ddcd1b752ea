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

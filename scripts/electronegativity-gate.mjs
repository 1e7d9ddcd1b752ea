// The electronegativity gate in `npm test`. electronegativity reports Electron security
// misconfigurations but exits 0 whatever it finds, so this runs the scan, writes the report to
// .reports/electronegativity.json, reads it back and fails on any finding of MEDIUM severity or
// above that the reviewed allow-list (scripts/electronegativity-allow.json) does not cover.
//
// Why not the CLI's report files: its CSV writer writes the header and the rows with two racing
// asynchronous writes, so the header can land on top of the first finding (seen here: the first
// row came out as "o parse CSP, …"), and its SARIF keeps no severity. The library call returns
// the findings themselves.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BLOCKING_SEVERITIES = ['MEDIUM', 'HIGH', 'CRITICAL']
export const ELECTRON_VERSION = '45.5.0'
// Asks GitHub which Electron releases carry security fixes: needs the network, which CI may not
// have. Keeping Electron current is the dependency updates' job, not this gate's.
export const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck']
const MIN_REASON = 40

/** The scanner's findings as plain data: what the report file holds. */
export function toReport(result) {
  return {
    findings: result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.replaceAll('\\', '/'),
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      description: issue.description
    })),
    // Files it could not parse were not checked at all.
    errors: result.errors.map((error) => ({
      file: String(error.file ?? ''),
      message: String(error.message ?? error)
    }))
  }
}

/** Entries without a check, a file or a real reason are themselves a failure. */
export function allowListProblems(allowList) {
  const problems = []
  if (!Array.isArray(allowList)) return ['the allow-list is not a JSON array']
  allowList.forEach((entry, i) => {
    const where = `allow-list entry ${i + 1}`
    if (typeof entry?.check !== 'string' || !entry.check) problems.push(`${where} names no check`)
    if (typeof entry?.file !== 'string' || !entry.file) problems.push(`${where} names no file`)
    if (typeof entry?.why !== 'string' || entry.why.trim().length < MIN_REASON) {
      problems.push(`${where} (${entry?.check}) does not say why it is safe`)
    }
  })
  return problems
}

export function isBlocking(finding) {
  return BLOCKING_SEVERITIES.includes(String(finding.severity).toUpperCase())
}

/**
 * Sorts the report's findings: blocking (MEDIUM+ and not allowed), allowed (MEDIUM+ and covered
 * by an entry: same check, same file) and below the bar; entries that matched nothing are
 * unused, a sign the allow-list has outlived what it excused.
 */
export function evaluate(report, allowList) {
  const used = new Set()
  const blocking = []
  const allowed = []
  const minor = []
  for (const finding of report.findings) {
    if (!isBlocking(finding)) {
      minor.push(finding)
      continue
    }
    const entry = allowList.find((e) => e.check === finding.check && e.file === finding.file)
    if (entry) {
      used.add(entry)
      allowed.push({ finding, why: entry.why })
    } else blocking.push(finding)
  }
  const unused = allowList.filter((entry) => !used.has(entry))
  const problems = [
    ...allowListProblems(allowList),
    ...report.errors.map((e) => `could not parse ${e.file}: ${e.message}`),
    ...unused.map((e) => `allow-list entry ${e.check} in ${e.file} matches no finding; remove it`)
  ]
  return {
    blocking,
    allowed,
    minor,
    problems,
    passed: blocking.length === 0 && problems.length === 0
  }
}

function describe(f) {
  return `${f.severity} ${f.check} ${f.file}:${f.line}:${f.column} ${f.description}`
}

async function scan(input) {
  const require = createRequire(import.meta.url)
  const run = require('@doyensec/electronegativity')
  return run(
    {
      input,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: []
    },
    false
  )
}

async function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
  const reportFile = join(root, '.reports', 'electronegativity.json')
  mkdirSync(join(root, '.reports'), { recursive: true })
  writeFileSync(reportFile, JSON.stringify(toReport(await scan(join(root, 'src'))), null, 2))

  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  const allowList = JSON.parse(
    readFileSync(join(root, 'scripts', 'electronegativity-allow.json'), 'utf8')
  )
  const result = evaluate(report, allowList)
  for (const { finding, why } of result.allowed) {
    console.log(`allowed  ${describe(finding)}\n         why: ${why}`)
  }
  for (const finding of result.blocking) console.log(`BLOCKING ${describe(finding)}`)
  for (const problem of result.problems) console.log(`PROBLEM  ${problem}`)
  console.log(
    `electronegativity: ${report.findings.length} findings, ${result.blocking.length} blocking, ` +
      `${result.allowed.length} allowed, ${result.minor.length} below MEDIUM (report: ${reportFile})`
  )
  process.exit(result.passed ? 0 : 1)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()

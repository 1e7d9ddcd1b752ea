// Types for electronegativity-gate.mjs, so its TypeScript test stays strict.
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  line: number
  column: number
  description: string
}
export interface Report {
  findings: Finding[]
  errors: { file: string; message: string }[]
}
export interface AllowEntry {
  check: string
  file: string
  why: string
}
export declare const BLOCKING_SEVERITIES: string[]
export declare const EXCLUDED_CHECKS: string[]
export declare function toReport(result: { issues: unknown[]; errors: unknown[] }): Report
export declare function allowListProblems(allowList: unknown): string[]
export declare function isBlocking(finding: Pick<Finding, 'severity'>): boolean
export declare function evaluate(
  report: Report,
  allowList: AllowEntry[]
): {
  blocking: Finding[]
  allowed: { finding: Finding; why: string }[]
  minor: Finding[]
  problems: string[]
  passed: boolean
}

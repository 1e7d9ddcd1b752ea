export interface Totals {
  passed: number
  failed: number
  skipped: number
}
export function summariseVitest(report: unknown): Totals
export function summarisePlaywright(report: unknown): Totals
export function formatTotals(totals: Totals): string
export function vitestFailures(report: unknown): string[]
export function playwrightFailures(report: unknown): string[]

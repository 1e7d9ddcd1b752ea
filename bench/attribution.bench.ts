/**
 * What the generator gets right on annotated news: quotes found, speaker, place, time and facts,
 * on the tuning sets (the rules were written against these) beside the held-out set (nobody
 * looked at its outputs while writing them), and the card audit on the held-out set (issue 8:
 * under 3% of cards break a check). Only aggregates are printed for held-out articles.
 */
import { auditExtraction, failureShare, type AuditResult } from '../src/core/cards/audit'
import { generateFromText } from '../src/core/generate'
import {
  formatSummary,
  scoreExtraction,
  summarise,
  type Fixture,
  type Score
} from '../src/core/fixtures/scoring'
import type { BenchResult } from './bench-result'
import { corpus, loadSet } from './fixtures'

function measure(fixtures: Fixture[]): { scores: Score[]; audits: AuditResult[] } {
  const scores: Score[] = []
  const audits: AuditResult[] = []
  for (const f of fixtures) {
    const x = generateFromText(f.text)
    scores.push(scoreExtraction(x, f.truth))
    audits.push(auditExtraction(x, f.truth))
  }
  return { scores, audits }
}

export default async function bench(): Promise<BenchResult[]> {
  const local = corpus()
  const tuned = measure([
    ...loadSet('wikinews'),
    ...loadSet('dev2'),
    ...local.filter((c) => !c.heldOut).flatMap((c) => c.fixtures)
  ])
  const heldSets = [loadSet('heldout'), ...local.filter((c) => c.heldOut).map((c) => c.fixtures)]
  const held = measure(heldSets.flat())
  const t = summarise(tuned.scores)
  const h = summarise(held.scores)
  const pct = (v: number): string => `${(v * 100).toFixed(0)}%`
  const quotes = (s: Score[]): number => s.reduce((n, x) => n + x.expected, 0)
  const source = local.length
    ? ` (with ${local.length} corpus batches)`
    : ' (fixtures only: no corpus found)'
  console.log(
    `  tuned${source}: ${tuned.scores.length} articles, ${quotes(tuned.scores)} quotes — ${formatSummary(t)}`
  )
  console.log(
    `  held-out${source}: ${held.scores.length} articles, ${quotes(held.scores)} quotes — ${formatSummary(h)}`
  )
  // The issue's targets, on news nobody here has seen; reported, not asserted by tests.
  const target = (name: string, v: number, tunedValue: number, want: number): BenchResult => ({
    name: `held-out ${name} (target ≥ ${pct(want)}; tuned ${pct(tunedValue)})`,
    // Shortfall from the target, so that meeting it reads as 0 and passes.
    value: Math.max(0, want - v) * 100,
    unit: 'points short',
    limit: 0,
    detail: pct(v)
  })
  const f1 = (s: typeof h): number => (2 * s.precision * s.recall) / (s.precision + s.recall)
  return [
    target('quote F1', f1(h), f1(t), 0.97),
    {
      ...target('speaker', h.speaker, t.speaker, 0.95),
      // The lenient measure forgives a surname alone and another phrase's words before a name.
      detail: `${pct(h.speaker)}; word for word, titles aside, ${pct(h.speakerExact)} (tuned ${pct(t.speakerExact)})`
    },
    // What the quiz drills as it stands: the quotes the app does not ask the user to check.
    {
      ...target(
        'speaker of the quotes the app does not ask about',
        h.speakerSure,
        t.speakerSure,
        0.95
      ),
      detail: `${pct(h.speakerSure)}, ${pct(h.sureShare)} of the quotes (tuned ${pct(t.sureShare)})`
    },
    target('place or occasion', h.whereStated, t.whereStated, 0.85),
    target('facts found', h.factRecallLoose, t.factRecallLoose, 0.9),
    {
      name: `cards breaking an audit check, held-out (tuned ${pct(failureShare(tuned.audits))})`,
      value: failureShare(held.audits) * 100,
      unit: '%',
      limit: 3,
      detail: countChecks(held.audits)
    }
  ]
}

function countChecks(audits: AuditResult[]): string {
  const counts = new Map<string, number>()
  for (const a of audits)
    for (const f of a.findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1)
  const cards = audits.reduce((n, a) => n + a.cards, 0)
  const stated = audits.reduce((n, a) => n + a.stated, 0)
  return `${cards} cards, ${stated} stated places and times; ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ') || 'no findings'}`
}

/**
 * `npx tsx bench/first-look.ts`: what the generator made of each tuning batch before anyone had
 * read it. Every `tune-*` batch of `bench/corpus` was committed before any rule was written
 * against it, so the code of the commit that added it had never seen its text: its output there
 * is a "first look", as honest a sample of the generator on unseen news as a held-out batch, and
 * one that may be studied (the held-out batches may not). For each batch this checks out the
 * commit that added it into a temporary git worktree, runs that commit's generator on the
 * batch's texts, and writes every quotation it found, with the sieve, rule, confidence and
 * candidates it gave, to `bench/corpus/first-look.json`. `bench/calibrate.ts` reads it.
 *
 * It needs the repository's history and this checkout's node_modules (linked into each
 * worktree), so it is run by hand when a round adds batches, not by the tests.
 */
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { corpusDir } from './fixtures'
import type { Quote, TimeRef } from '../src/core/model'

/** One quotation as a past commit's generator gave it. */
export interface FirstLookQuote {
  text: string
  speaker: string | null
  where: string | null
  when: TimeRef | null
  sieve: string | null
  rule: string | null
  /** As the sieve and rule set it, before calibration. */
  confidence: number | null
  candidates: string[]
  whereSieve: string | null
  whenSieve: string | null
}

export interface FirstLook {
  source: string
  /** By batch: the commit whose code read it first, and its articles' quotations by file name. */
  batches: Record<string, { commit: string; articles: Record<string, FirstLookQuote[]> }>
}

export const firstLookFile = join(corpusDir, 'first-look.json')

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()

/** Run inside a worktree: the generator there, on the files named, as JSON on stdout. */
async function child(worktree: string, files: string[]): Promise<void> {
  // The past commit's quotations have the shape of today's (every batch's commit has `basis`).
  const { generateFromText } = (await import(join(worktree, 'src/core/generate.ts'))) as {
    generateFromText: (text: string) => { quotes: Quote[] }
  }
  const out: Record<string, FirstLookQuote[]> = {}
  for (const file of files)
    out[file.split('/').pop()!] = generateFromText(readFileSync(file, 'utf8')).quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      where: q.where,
      when: q.when
        ? { phrase: q.when.phrase, resolved: q.when.resolved, label: q.when.label }
        : null,
      sieve: q.basis?.sieve ?? null,
      rule: q.basis?.rule ?? null,
      confidence: q.basis?.confidence ?? null,
      candidates: q.basis?.candidates ?? [],
      whereSieve: q.basis?.whereSieve ?? null,
      whenSieve: q.basis?.whenSieve ?? null
    }))
  process.stdout.write(JSON.stringify(out))
}

function main(): void {
  const batches = readdirSync(corpusDir)
    .filter((d) => d.startsWith('tune-'))
    .sort()
  const byCommit = new Map<string, string[]>()
  for (const batch of batches) {
    const added = git('log', '--diff-filter=A', '--format=%H', '--', join(corpusDir, batch))
      .split('\n')
      .pop()!
    byCommit.set(added, [...(byCommit.get(added) ?? []), batch])
  }
  const result: FirstLook = {
    source:
      'each tuning batch as the generator of the commit that added it (before any rule was written against it) read it; written by bench/first-look.ts',
    batches: {}
  }
  for (const [commit, names] of byCommit) {
    const worktree = mkdtempSync(join(tmpdir(), 'newsdeck-first-look-'))
    rmSync(worktree, { recursive: true })
    git('worktree', 'add', '--detach', worktree, commit)
    try {
      symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'))
      // Each confidence as its sieve and rule set it, before that commit's calibration moved it:
      // calibrate.ts measures how far each pair's hand values were from its rate.
      const calibration = join(worktree, 'src/core/extract/calibration.json')
      if (existsSync(calibration))
        writeFileSync(calibration, '{ "source": "none", "counts": {} }\n')
      for (const batch of names) {
        const dir = join(corpusDir, batch)
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(dir, f))
        const json = execFileSync(
          'npx',
          ['tsx', fileURLToPath(import.meta.url), '--child', worktree, ...files],
          { cwd: worktree, encoding: 'utf8', maxBuffer: 64 << 20 }
        )
        result.batches[batch] = {
          commit,
          articles: JSON.parse(json) as Record<string, FirstLookQuote[]>
        }
        console.error(`${batch}: read by ${commit.slice(0, 7)}`)
      }
    } finally {
      git('worktree', 'remove', '--force', worktree)
    }
  }
  writeFileSync(firstLookFile, `${JSON.stringify(result)}\n`)
  console.error(`wrote ${firstLookFile}`)
}

if (process.argv[1]?.endsWith('first-look.ts')) {
  const args = process.argv.slice(2)
  if (args[0] === '--child' && args[1]) void child(args[1], args.slice(2))
  else if (existsSync(corpusDir)) main()
}

/**
 * Sieve "reported-before": a quotation that opens its sentence with no attribution continues the
 * speaker of the reported speech just before it — "… to boost productivity, said Liu Lin, chief
 * engineer at the center. ¶ "Most salty-alkaline land is …"".
 */
import type { ArticleView, QuoteSite } from '../view'
import { wordsOnly } from '../view'
import type { Cue } from './cue'
import { speechVerbs } from './cue'
import { subjectOf } from './subject'

export function reportedBefore(site: QuoteSite, view: ArticleView): Cue | null {
  const s = view.sentences[site.sentence]
  if (!s || wordsOnly(s.masked.slice(0, site.start)).trim()) return null
  const paragraph = view.paragraphs[site.paragraph] ?? []
  const at = paragraph.indexOf(s)
  const prev =
    at > 0
      ? paragraph[at - 1]
      : site.opensParagraph
        ? view.paragraphs[site.paragraph - 1]?.at(-1)
        : undefined
  if (!prev || prev.masked.includes('⟦')) return null
  const words = prev.words
  const v = speechVerbs(words, prev).at(-1)
  if (!v || /ing$/.test(v.verb)) return null
  const cue = {
    sieve: 'reported-before' as const,
    sentence: prev.index,
    verbAt: v.index,
    verbEnd: v.end,
    after: false
  }
  // "Clark has changed his story …, Whangarei MP Dr Shane Reti says.": a verb that ends the
  // sentence has its speaker just before it, after the reported clause's comma.
  const closing = /^\s*[.!?]?\s*$/.test(words.slice(v.end))
  const before = words.slice(0, v.index).match(/,\s*([^,]+?)\s*$/)?.[1]
  if (
    closing &&
    before &&
    /\b[A-Z]|^(?:the|a|an)\s/.test(before) &&
    before.split(/\s+/).length <= 8
  )
    return { ...cue, chunk: before }
  const subject = subjectOf(prev, 0, v.index)
  // "…, said Liu Lin, chief engineer at the center.": the speaker after the verb.
  if (/,\s*$/.test(words.slice(0, v.index)) || !subject) {
    const inverted = words
      .slice(v.end)
      .match(/^\s*([^,;.]+)/)?.[1]
      ?.trim()
    return inverted ? { ...cue, chunk: inverted } : null
  }
  return { ...cue, chunk: subject }
}

/**
 * Reported (indirect) speech: "Xi urged all regions to …", "he emphasized that …". Read from the
 * masked sentence, so a clause holding a direct quotation is left to the quote extractor.
 */
import type { Quote, ReportedStatement } from '../model'
import { hashParts, normaliseForId } from '../hash'
import { alternation, SPEECH_FORMS } from '../lexicon/lexicon'
import { tokenAt } from './tagging/tag'
import type { SpeakerResolver } from './entities/resolve'
import { circumstancesOf } from './scene/circumstances'
import { toTimeRef } from './time-phrases'
import { subjectOf } from './sieves/subject'
import type { ArticleView } from './view'
import { allMatches } from '../matches'

// Verbs that report a clause, in the forms news uses for it ("said", "urges", "stressing"),
// from the lexicon; "told X that" and "called for" take their object first.
const REPORTING_FORMS = [...SPEECH_FORMS]
  .filter(
    ([form, v]) =>
      v.verb.content &&
      v.form !== 'base' &&
      !(v.form === 'ing' && !/^(?:emphasi|stress)/.test(form))
  )
  .map(([form]) => form)
const REPORTING = new RegExp(
  `(?<![\\w-])(?:told (?:[\\w'’]+ ){1,8}?(?=that\\b)|call(?:ed|s) for|${alternation(REPORTING_FORMS.filter((f) => !/^(?:told|tells)$/.test(f)))})\\b`,
  'g'
)

const NOUN_BEFORE =
  /\b(?:the|a|an|these|those|his|her|their|its|our|prompted|made|issued|new|more|such|any|no)\s+$/i
const QUANTIFIER = /^(?:many|some|others|both|all|most|several|few|one|none)$/i

// "Analysts at Barclays", "people familiar with the matter": a long name that is still one source.
const NAMED_GROUP = /\s(?:at|from|with)\s+(?:the\s+)?[A-Z]|\sfamiliar with\s/

export function extractReported(
  view: ArticleView,
  quotes: Quote[],
  resolver: SpeakerResolver
): ReportedStatement[] {
  const { article, anchor: ref } = view
  const out: ReportedStatement[] = []
  // Quotes come in sentence order; remember each speaker's latest one with a place.
  const lastQuoteBy = new Map<string, Quote>()
  let nextQuote = 0
  for (const sv of view.sentences) {
    if (!sv) continue
    const s = sv
    const text = sv.masked
    REPORTING.lastIndex = 0
    for (const v of allMatches(REPORTING, text)) {
      // "The team looked at data on states where …": the tagger says which are verbs.
      const token = tokenAt(sv.tokens, v.index)
      if (token && token.pos !== 'VERB' && token.pos !== 'AUX') continue
      // "said in a note on Monday that …", "said on Tuesday that …": the occasion, then the content.
      const occasion = text
        .slice(v.index + v[0].trimEnd().length)
        .match(/^\s+(?:in|on|at)\s[^,;⟦]{1,60}?(?=\sthat\s)/)
      const verbEnd = v.index + v[0].trimEnd().length + (occasion?.[0].length ?? 0)
      const after = text.slice(verbEnd)
      // "the claims made", "prompted calls for": the verb's spelling used as a noun.
      if (NOUN_BEFORE.test(text.slice(Math.max(0, v.index - 12), v.index))) continue
      // "The growth has been driven by …, said Wang Hui, …": content first, speaker after.
      const inverted = text.slice(0, v.index).match(/^([^⟦]{20,}?),\s*$/)
      if (inverted && /^\s+[A-Z]/.test(after)) {
        const who = resolver.resolve(after.match(/^\s+([^,.;]+)/)![1]!, s.index, v.index)?.ref
        if (who && who.kind !== 'group') {
          resolver.note(who, s.index)
          const circ = circumstancesOf(sv, v.index, 0, v.index, ref)
          // "Institutional recipients, said Mauer, are required to …": the content goes on
          // after the speaker.
          const rest = after.match(/^\s+[^,.;]+,\s+([a-z][^⟦]*?)[.\s]*$/)?.[1]
          const content = rest ? `${inverted[1]!.trim()} ${rest}` : inverted[1]!.trim()
          out.push({
            id: hashParts(article.id, 'reported', normaliseForId(content)),
            text: content,
            speaker: who.name,
            where: circ.where,
            when: circ.when ? toTimeRef(circ.when) : null,
            sentenceIndex: s.index,
            verb: v[0].trim()
          })
        }
        break
      }
      if (
        /^\s*[,:]?\s*⟦/.test(after) ||
        /^\s*[,.;:]/.test(after) ||
        /^\s*(?:by|in|to|on|at)\b/.test(after)
      )
        continue
      const contentRaw = after.replace(/^\s*(?:that\s+)?/, '')
      if (contentRaw.includes('⟦') || contentRaw.split(/\s+/).length < 4) continue
      let chunk = text.slice(0, v.index)
      const marker = chunk.lastIndexOf('⟧')
      // "…," Xi said while visiting — that verb attributes the quotation, it reports nothing.
      if (marker >= 0 && !/ing$/.test(v[0])) continue
      if (/^\s*(?:while|when|during|as|after|before|in|at|on)\b/.test(after)) continue
      chunk = chunk.slice(marker + 1)
      // The clause the verb belongs to starts after the last "; ", ", where", "when" ….
      const starts = allMatches(/;|,\s*(?:where|when|while|as)\s|\b(?:where|when)\s/g, chunk)
      const start = starts[starts.length - 1]
      if (start) chunk = chunk.slice(start.index + start[0].length)
      // "…," Xi said, stressing that …: the subject before the clause's own verb.
      const offset = v.index - chunk.length
      const subject = subjectOf(sv, offset, v.index)
      if (subject) chunk = subject
      // "which Ortiz said she would provide": a relative clause, its content is elsewhere.
      if (/\b(?:which|whom|what)\s+[^,]*$/i.test(chunk)) continue
      if (/\b(?:to|who|which)\s*$/i.test(chunk) || !chunk.trim()) continue
      const speaker = resolver.resolve(chunk, s.index, v.index)?.ref
      if (
        !speaker ||
        (speaker.kind === 'group' &&
          ((speaker.name.split(' ').length > 4 && !NAMED_GROUP.test(speaker.name)) ||
            QUANTIFIER.test(speaker.name)))
      )
        continue
      resolver.note(speaker, s.index)
      let circ = circumstancesOf(sv, v.index, verbEnd, text.length, ref)
      // "During this visit …" points back to the visit already named for this speaker.
      while (nextQuote < quotes.length && quotes[nextQuote]!.sentenceIndex < s.index) {
        const q = quotes[nextQuote++]!
        if (q.speaker && q.where) lastQuoteBy.set(q.speaker, q)
      }
      const earlier = lastQuoteBy.get(speaker.name)
      if (earlier && circ.where && /^(?:this|that|the same)\b/i.test(circ.where))
        circ = { where: earlier.where, when: circ.when }
      // "said. At the time …" reads "said at the time …" in a question.
      const content = contentRaw
        .replace(/[.\s]+$/, '')
        .replace(/^(At|In|On|For|The|A|An|Its|His|Her|Their|This|That|There|It)\b/, (w) =>
          w.toLowerCase()
        )
      const when = circ.when
        ? toTimeRef(circ.when)
        : circ.where === earlier?.where
          ? (earlier?.when ?? null)
          : null
      out.push({
        id: hashParts(article.id, 'reported', normaliseForId(content)),
        text: content,
        speaker: speaker.name,
        where: circ.where,
        when,
        sentenceIndex: s.index,
        verb: v[0].trim().replace(/^(\w+)ing$/, '$1ed') + (/^\s*that\b/.test(after) ? ' that' : '')
      })
      break
    }
  }
  return out
}

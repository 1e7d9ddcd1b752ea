/**
 * Where and when a quotation was said, when its own sentence does not say: from the sentence
 * before it ("… when he visited Shandong Province. "…," Xi said.") or from a following "made the
 * remarks while …" sentence. Only sentences about the same speaker count.
 */
import type { ParsedDocument } from '../article/parse-article'
import type { Quote } from '../model'
import { speechVerbs } from './attribution'
import { circumstancesOf, type Circumstances, type MaskedSentence } from './masking'
import type { SpeakerRef, SpeakerResolver } from './speakers'
import { findTimePhrases, toTimeRef, type TimeAnchor } from './time-phrases'

type Sentences = ParsedDocument['article']['sentences']

export function contextFor(
  sentences: ParsedDocument['article']['sentences'],
  si: number
): string[] {
  const out: string[] = []
  for (let i = si - 1; i >= 0 && i >= si - 4; i--) out.push(sentences[i]!.text)
  return out
}

const REMARKS =
  /\b(?:made|delivered|gave|offered) (?:the|these|those|his|her|their) (?:remarks|comments|speech|statement|address)\b/

export function fromNeighbours(
  circ: Circumstances,
  sentences: Sentences,
  si: number,
  masked: Map<number, MaskedSentence>,
  ref: TimeAnchor | null,
  speaker: SpeakerRef | null,
  resolver: SpeakerResolver
): Circumstances {
  if (!speaker) return circ
  // "…," he told Xinhua — after "Speaking at a trade fair on Wednesday, X said …": the event
  // named just before is the better answer than the medium.
  if (circ.where && /^(?:told|speaking to|talking to) /.test(circ.where) && !circ.when) {
    const event = fromPrevious(
      { where: null, when: null },
      sentences,
      si,
      masked,
      ref,
      speaker,
      resolver
    )
    return event.where && !/^(?:told|speaking to|talking to) /.test(event.where) ? event : circ
  }
  if (circ.where || circ.when) return circ
  const before = fromPrevious(circ, sentences, si, masked, ref, speaker, resolver)
  if (before.where) return before
  // "Xi made the remarks while meeting …" right after the quotation.
  const next = sentences[si + 1]
  const nm = masked.get(si + 1)
  const near = next && nm && !next.caption && next.paragraph <= (sentences[si]?.paragraph ?? 0) + 1
  const m = near ? nm.text.match(REMARKS) : null
  if (!nm || !m) return before
  const subject = resolver.resolveChunk(nm.text.slice(0, m.index), () =>
    contextFor(sentences, si + 1)
  )
  if (subject?.name !== speaker.name) return before
  const after = circumstancesOf(nm.text, -1, -1, -1, ref)
  return { where: after.where, when: after.when ?? before.when }
}

/** The occasion and time carry over from the previous sentence of the same paragraph. */
function fromPrevious(
  circ: Circumstances,
  sentences: Sentences,
  si: number,
  masked: Map<number, MaskedSentence>,
  ref: TimeAnchor | null,
  speaker: SpeakerRef | null,
  resolver: SpeakerResolver
): Circumstances {
  if (circ.where || circ.when) return circ
  const prev = sentences[si - 1]
  const cur = sentences[si]
  const pm = masked.get(si - 1)
  if (!prev || !cur || !pm || prev.caption || !speaker) return circ
  // Only when the previous sentence is about the same speaker ("when he visited …"); across a
  // paragraph break only when it names them ("…, said Wang Hui, at a news conference.").
  const samePara = prev.paragraph === cur.paragraph
  const named =
    pm.text.includes(speaker.name) ||
    (speaker.kind === 'person' &&
      speaker.name
        .split(' ')
        .some(
          (t) =>
            t.length >= 3 &&
            new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(pm.text)
        ))
  const prevVerb = speechVerbs(pm.text)[0]
  const sameSubject =
    prevVerb !== undefined &&
    resolver.resolveChunk(pm.text.slice(0, prevVerb.index), () => contextFor(sentences, si - 1))
      ?.name === speaker.name
  const mentions =
    named ||
    sameSubject ||
    (samePara &&
      speaker.kind === 'person' &&
      (/\b(?:he|she|his|her)\b/i.test(pm.text) || resolver.firstPersonIn(pm.text) === speaker.name))
  if (!mentions) return circ
  const v = speechVerbs(pm.text)[0]
  const [from, to] = v ? reportedContent(pm.text, v.end) : [-1, -1]
  const p = circumstancesOf(pm.text, v?.index ?? -1, from, to, ref)
  // A bare date in a sentence that merely names the speaker ("… advanced by the Municipality of
  // Livorno in 2010") is not when they spoke: it needs an occasion or their own verb of saying.
  if (!p.where && !sameSubject) return circ
  return { where: p.where, when: p.when }
}

/**
 * The span of a reported clause after a verb of saying ("Yang said [the town would … next
 * year]"), whose dates belong to the content, not to the occasion. A verb followed by a
 * preposition ("reiterated in May last year when …") has no such clause.
 */
function reportedContent(text: string, verbEnd: number): [number, number] {
  const rest = text.slice(verbEnd)
  // "said she started a petition in 2023 that …": a clause opening right after the verb is
  // content from its subject on, and a later "that" is a relative pronoun ("told" takes a hearer).
  if (
    /^\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its)\s/.test(rest) &&
    !/\b(?:told|tells|tell|telling)$/.test(text.slice(0, verbEnd))
  )
    return [verbEnd, text.length]
  const that = rest.search(/\bthat\b/)
  if (that >= 0) return [verbEnd + that, text.length]
  if (/^\s+(?:in|at|on|during|while|when|after|before|to|with|from|as|via|through)\b/.test(rest))
    return [-1, -1]
  if (/^\s+[A-Z]/.test(rest)) return [-1, -1]
  return [verbEnd, text.length]
}

/**
 * A paragraph that opens with a further quotation from the speaker who was just quoted, and says
 * nothing of where or when, continues the same occasion ("… in a phone call on Monday. Wang said
 * … ¶ "…," Wang said."). Only when that speaker's quotation is the last speech of the paragraph
 * before: another speaker or a paragraph between them breaks the thread.
 */
export function carryOccasion(
  found: Array<{ quote: Quote; paragraph: number; attributed: boolean }>,
  sentences: Sentences,
  offsets: number[],
  masked: Map<number, MaskedSentence>
): void {
  found.forEach((f, i) => {
    const q = f.quote
    const prev = found[i - 1]
    if (!prev || !f.attributed || q.where || q.when || offsets[q.sentenceIndex] !== 0) return
    const p = prev.quote
    if (prev.paragraph !== f.paragraph - 1 || !p.speaker || p.speaker !== q.speaker) return
    // A relay ("as quoted by Yonhap") says who passed the words on, not an occasion to share.
    if ((!p.where && !p.when) || p.where?.startsWith('as quoted by')) return
    for (let k = p.sentenceIndex + 1; k < q.sentenceIndex; k++) {
      const s = sentences[k]
      const m = masked.get(k)
      if (s && !s.caption && s.paragraph === prev.paragraph && (!m || speechVerbs(m.text).length))
        return
    }
    q.where = p.where
    q.when = p.when
  })
}

/**
 * Wire leads say when a government or company spoke ("China on Tuesday called on …", "The
 * ministry said on Monday …") and the next paragraph gives the words, attributed to its
 * spokesperson with no time of their own: the spokesperson is that voice, so the lead's time holds.
 */
export function leadTime(
  found: Array<{ quote: Quote; paragraph: number; attributed: boolean }>,
  sentences: Sentences,
  masked: Map<number, MaskedSentence>,
  ref: TimeAnchor | null
): void {
  const lead = sentences.find((s) => !s.caption)
  const lm = lead && masked.get(lead.index)
  if (!lead || !lm) return
  const verb = speechVerbs(lm.text)[0]
  if (!verb) return
  // The time must belong to the verb: "X on Tuesday called", "X said on Tuesday".
  const time = findTimePhrases(lm.text, ref).find((t) => {
    const gap =
      t.index < verb.index
        ? lm.text.slice(t.index + t.length, verb.index)
        : lm.text.slice(verb.end, t.index)
    return /^\s*$/.test(gap)
  })
  if (!time) return
  // The spokesperson must speak for the lead's subject ("China" … "Chinese Foreign Ministry
  // spokesperson"; "The ministry" … "ministry spokesman"), judged by shared word stems.
  const stems = (text: string): string[] =>
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 4))
  const subject = stems(lm.text.slice(0, Math.min(time.index, verb.index))).filter(
    (w) => !['that', 'with', 'from', 'this', 'their'].includes(w)
  )
  for (const f of found) {
    const m = masked.get(f.quote.sentenceIndex)
    if (f.paragraph !== lead.paragraph + 1 || !f.attributed || f.quote.when || !m) continue
    const voice = m.text.replace(/⟦\d+⟧/g, ' ')
    if (
      /\bspokes(?:person|man|woman)\b/i.test(voice) &&
      stems(voice).some((w) => subject.includes(w))
    )
      f.quote.when = toTimeRef(time)
  }
}

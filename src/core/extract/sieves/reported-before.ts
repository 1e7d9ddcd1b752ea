/**
 * Sieve "reported-before": a quotation that opens its sentence with no attribution continues the
 * speaker of the reported speech just before it — "… to boost productivity, said Liu Lin, chief
 * engineer at the center. ¶ "Most salty-alkaline land is …"".
 */
import type { ArticleView, QuoteSite } from '../view'
import { wordsOnly } from '../view'
import type { Cue } from './cue'
import { closingSpeaker, speechVerbs } from './cue'
import { subjectOf } from './subject'
import { findNameRuns, isOrganisation, isPlace, looksLikePerson } from '../names'
import { quoteVerbBetween, speechVerb } from '../../lexicon/lexicon'

/** ", he said.", ", Smith added on Tuesday.": a subject and a verb that end the sentence. */
const SUBJECT_BEFORE_VERB = /,\s+(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+$/
/** ", so ", "; and ": a conjunction that opens a second clause, with its own subject. */
const CLAUSE_JOIN = /[,;]\s+(?:so|and|but|yet|while|because|although|though)\s+/g
const SENTENCE_END_AFTER_VERB = /(?:\s+(?:on\s+)?[A-Z]?[a-z]+)?[.!?]?\s*$/y

export function reportedBefore(site: QuoteSite, view: ArticleView): Cue | null {
  const s = view.sentences[site.sentence]
  if (!s || wordsOnly(s.masked.slice(0, site.start)).trim()) return null
  const paragraph = view.paragraphs[site.paragraph] ?? []
  const at = paragraph.indexOf(s)
  // The sentence before in its paragraph; or, for a paragraph that opens with the quotation,
  // the last sentence of the paragraph before that reports someone's words: "Zillur Rahman said
  // no information was available. It is not yet known how the fire started. ¶ "We had to …"".
  const candidates =
    at > 0
      ? [paragraph[at - 1]]
      : site.opensParagraph
        ? [...(view.paragraphs[site.paragraph - 1] ?? [])].reverse()
        : []
  // "…, he added. ¶ Ports have hoisted danger signal 10. ¶ "We have made all preparations …"":
  // one paragraph of narrative between, with no one's words and no one named, leaves the
  // thread with the report before it, if that reports words ("said", not "blasted off").
  const far: typeof candidates = []
  const between = view.paragraphs[site.paragraph - 1] ?? []
  if (
    at === 0 &&
    site.opensParagraph &&
    between.length > 0 &&
    between.every(
      (x) =>
        !x.masked.includes('⟦') &&
        speechVerbs(x.words, x).length === 0 &&
        !/\b(?:he|she|they|his|her)\b/i.test(x.words) &&
        findNameRuns(x.words).every((r) => !looksLikePerson(r))
    ) &&
    // Only while the report is the article's one thread: after words quoted before it, the
    // thread may be theirs.
    view.sites.every((other) => other.paragraph >= site.paragraph - 2 || other.n === site.n)
  )
    far.push(...[...(view.paragraphs[site.paragraph - 2] ?? [])].reverse())
  let prev: (typeof paragraph)[number] | undefined
  let v: ReturnType<typeof speechVerbs>[number] | undefined
  for (const sentence of [...candidates, ...far]) {
    if (!sentence) return null
    // Words quoted in between belong to someone; the thread is theirs, not the report's. But a
    // fragment quoted inside the report itself ("Police said investigators are trying to "piece
    // together" what happened") is the reporter's own: the verb before it still speaks.
    const quoted = sentence.masked.indexOf('⟦')
    const verbs = speechVerbs(sentence.words, sentence)
    v = verbs.filter((x) => quoted < 0 || x.end <= quoted).at(-1)
    // "The next step is "likely to be facilitated bargaining" involving …, he said.": so does a
    // verb that closes the report after the fragment, its subject the sentence's last words.
    const closing = verbs.at(-1)
    if (
      !v &&
      closing &&
      closing.index > sentence.masked.lastIndexOf('⟧') &&
      quoteVerbBetween(
        SUBJECT_BEFORE_VERB,
        sentence.masked.slice(Math.max(0, closing.index - 40)),
        SENTENCE_END_AFTER_VERB
      )
    )
      v = closing
    if (quoted >= 0 && !v) return null
    if (v && far.includes(sentence) && !speechVerb(v.verb)?.content) return null
    if (v) {
      prev = sentence
      break
    }
  }
  if (!prev || !v) return null
  const words = prev.words
  const cue = {
    sieve: 'reported-before' as const,
    sentence: prev.index,
    verbAt: v.index,
    verbEnd: v.end,
    after: false
  }
  if (/ing$/.test(v.verb)) {
    // "Eoin Ó Broin criticised the figures, writing on Twitter: ¶ "…"": a participle that
    // introduces the next paragraph with a colon shares its clause's subject.
    if (!site.opensParagraph || !/:\s*$/.test(words)) return null
    // Its clause's verb of saying, if it has one ("Dr. Mark Read said …, adding:", where a
    // tagger may call the surname a verb); else its first verb.
    const said = speechVerbs(words, prev)[0]
    const verb =
      said && said.index < v.index
        ? said.index
        : prev.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX')?.start
    const subject = verb !== undefined ? words.slice(0, verb).trim() : ''
    return subject ? { ...cue, chunk: subject } : null
  }
  // "…, but according to Coach Konadu, the performance must still be commended. ¶ "We played
  // well …"": the source named after "according to" is the one reporting, whatever the
  // clause's subject.
  if (v.verb.toLowerCase() === 'according to') {
    const source = words
      .slice(v.end)
      .match(/^\s*([^,;.]+)/)?.[1]
      ?.trim()
    return source ? { ...cue, chunk: source, relay: true } : null
  }
  // "Dermody asked if Clark wanted to state his reasons. ¶ "Certainly. …"": words after a
  // question answer it, so the one asked speaks ("asked Clark whether …", "asked if Clark …").
  const question = speechVerbs(words, prev).find((x) => speechVerb(x.verb)?.question)
  if (question && !/[:?]\s*$/.test(words)) {
    const asked = words
      .slice(question.end)
      .match(
        /^\s+(?:(?:if|whether)\s+)?((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’-]+)\b(?!['’]s)/u
      )?.[1]
    // A person, not a body or a place asked ("asked if Kenya would …").
    if (
      asked &&
      findNameRuns(asked)[0]?.name === asked &&
      !isPlace(asked) &&
      !isOrganisation(asked)
    )
      return { ...cue, chunk: asked }
  }
  // "Clark has changed his story …, Whangarei MP Dr Shane Reti says.", "… their standards, he
  // said.": a verb that ends the sentence has its speaker just before it, after the reported
  // clause's comma.
  const before = closingSpeaker(words, v)
  if (
    before &&
    /\b[A-Z]|^(?:the|a|an)\s|^(?:he|she|they)$/.test(before) &&
    before.split(/\s+/).length <= 8
  )
    return { ...cue, chunk: before }
  // "Cassia served Indian food, so Mr Sahrawat said he needed …": the verb's own clause, after a
  // conjunction that joins two, has the subject.
  const joined = [...words.slice(0, v.index).matchAll(CLAUSE_JOIN)].at(-1)
  const subject =
    (joined && subjectOf(prev, joined.index + joined[0].length, v.index)) ||
    subjectOf(prev, 0, v.index)
  // "…, said Liu Lin, chief engineer at the center.": the speaker after the verb.
  if (/,\s*$/.test(words.slice(0, v.index)) || !subject) {
    const after = /^\s*([^,;.]+)/.exec(words.slice(v.end))
    const inverted = after?.[1]?.trim()
    // "Its CEO, Matthias Mueller, said the company was committed …": words after the verb
    // that have a verb of their own are what was said, and the subject before the verb spoke.
    const end = v.end + (after?.[0].length ?? 0)
    const clause = prev.tokens.some(
      (t) => t.start >= v.end && t.end <= end && (t.pos === 'AUX' || t.pos === 'VERB')
    )
    if (clause && subject) return { ...cue, chunk: subject }
    return inverted && !clause ? { ...cue, chunk: inverted } : null
  }
  return { ...cue, chunk: subject }
}

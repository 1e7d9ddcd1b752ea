/**
 * Sieve "leading-verb": a verb of saying before the quotation, in its clause — Xi noted that
 * …"…"; Rathbun wrote, "…"; As Heald told The Huffington Post, "…"; in the words of the
 * prosecutor, Mark Tedeschi, "…". The nearest verb wins, so relayed words go to whoever spoke
 * them: in "Prosecutors said Li told the caller "…"" the words are Li's.
 */
import type { ArticleView, SentenceView } from '../view'
import type { LocalSieve } from './cue'
import { speechVerbs } from './cue'
import {
  describesPerson,
  DOCUMENT_NOUN_PATTERN,
  HONORIFIC_PATTERN,
  isAgentNoun,
  isOutletName,
  isPersonNoun,
  speechVerb,
  SUBORDINATOR_PATTERN
} from '../../lexicon/lexicon'
import { subjectOf } from './subject'
import { findNameRuns, looksLikePerson } from '../names'
import { unrelay } from './trailing-verb'

// Where a clause starts: the speaker of a verb stands after the last of these.
// ", while addressing party workers, said", ", when asked about it, said": a participle after
// the conjunction, closed by a comma right before the verb, only describes the subject.
const ASIDE = String.raw`[a-z]+(?:ing|ed)\b[^⟦,;:]*,\s*$`
const BOUNDARY = new RegExp(
  String.raw`(?:⟦(?:[^⟧⟦]*⟧)?|[;:]|,\s*(?:but|and|while|whereas|so|yet|although|though)\s(?!${ASIDE})|\b(?:but|and)\s(?=(?:he|she|they|it|we|I)\s)|\b(?:that|what)\s|\b(?:${SUBORDINATOR_PATTERN})\s(?!${ASIDE}))`,
  'gi'
)

const BUT_NAME = /\bbut\s(?=[A-Z])/g
/** "John Cotter ", "principal John Cotter ": capitalised words, after title words in lower case. */
const titledName = (words: string): boolean => {
  const m = /^((?:[a-z]+\s+){0,2})((?:[A-Z][\w'’.-]*\s+){1,5})$/.exec(words)
  return m !== null && describesPerson(m[1]!)
}
const AND_NAME = /\band\s(?=(?:[a-z]+\s+){0,2}[A-Z])/g
// "… had not emerged as the Election Commission reported": "as" with a subject after it opens
// a clause of its own ("such as", "as well as" do not).
const AS_SUBJECT =
  /(?<!\b(?:such|well|much|same|so|just|known|described|identified)\s)\bas\s(?=(?:the|a|an|his|her|its|their|he|she|they|we|I)\s|[A-Z])/g
// "… by Myanmar, which the UN called a “…”": "which" or "whom" with a subject of its own after
// it opens that subject's clause ("which will add" has none).
const WHICH_SUBJECT =
  /\b(?:which|whom)\s(?=(?:the|a|an|his|her|its|their|he|she|they|we|I)\s|[A-Z])/g

/**
 * Where the clause a participle after a comma belongs to starts, when the nearest clause has no
 * subject of its own: "she was coy about whether she would play at what would be her fifth
 * Olympics, saying "…"" shares the main clause's subject; only a quotation, a semicolon or a
 * colon, or a coordinated clause starts another.
 */
const MAIN_CLAUSE_BOUNDARY =
  /(?:⟦(?:[^⟧⟦]*⟧)?|[;:]|,\s*(?:but|and|while|whereas|so|yet|although|though)\s|\b(?:but|and)\s(?=(?:he|she|they|it|we|I)\s))/gi

/** Where the last clause of `head` starts, by `boundary`. */
function lastBoundary(boundary: RegExp, head: string): number {
  let cut = 0
  boundary.lastIndex = 0
  for (let m = boundary.exec(head); m; m = boundary.exec(head)) cut = m.index + m[0].length
  return cut
}

/** Does the text at [from, to) of `s` hold a noun or a pronoun, as a subject must? */
const hasNominal = (s: SentenceView, from: number, to: number): boolean =>
  s.tokens.some((t) => t.start >= from && t.end <= to && /^(?:NOUN|PROPN|PRON|NUM)$/.test(t.pos))

// A subordinate clause that opens the sentence ("Moments after …", "When …"), not one inside it.
const OPENING_CLAUSE =
  /^\s*(?:[A-Z]\w+\s+){0,2}(?:after|before|when|while|because|since|although|though|until|once|whereas)\s/i

const RELAYS = new Set(['according to', 'in the words of'])
/** "by authorities it was", "by police that", "by the mayor to": a passive's agent, then its clause. */
const PASSIVE_AGENT = /^\s+by\s+([^,;:⟦]{2,60}?)\s+(?:that|it|to|not|there|he|she|they|we|I)\b/

/** How many verbs of saying before a quotation, nearest first, may introduce it. */
const MAX_VERBS_BACK = 6
const OBJECT_PRONOUN: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' }
const DOCUMENT = new RegExp(`\\b(?:${DOCUMENT_NOUN_PATTERN})$`, 'i')
/** "A statement ", "the club's letter ": a document's noun, right before what comes next. */
const DOCUMENT_BEFORE = new RegExp(`\\b(?:${DOCUMENT_NOUN_PATTERN})\\s+$`, 'i')
/** "A statement on Friday by …", "The ministry's statement": a document that opens a subject. */
const DOCUMENT_OPENING = new RegExp(
  `^\\s*((?:The|A|An|[A-Z][\\w'’-]*['’]s?)\\s+(?:[a-z-]+\\s+)?(?:${DOCUMENT_NOUN_PATTERN}))\\s+(?:on|by|from|of|issued|released|signed|[,])`
)

/**
 * The person a relative "who" after `text` stands for: the name that ends `text`, or the name
 * before a description or an age that ends it ("Dr Ada Holm, the city's top doctor", "Ada
 * Holm, 38,").
 */
function antecedent(text: string): string | null {
  const segments = text.split(/,\s+/)
  let descriptions = 0
  for (let k = segments.length - 1; k >= 0; k--) {
    const segment = segments[k]!.trimEnd()
    if (/^\d{1,3}$/.test(segment)) continue
    const last = findNameRuns(segment).at(-1)
    if (last && last.end === segment.length && looksLikePerson(last)) return last.name
    // Only a description (a common noun phrase, not a name) may stand between.
    if (!/^(?:the|a|an|[a-z]|[A-Z][\w.'’-]*['’]s\s)/.test(segment) || ++descriptions > 1)
      return null
  }
  return null
}

/** Per article, each surname of a person named in full, and the first sentence naming them. */
const surnamesNamed = new WeakMap<ArticleView, Map<string, number>>()

/** Did a sentence before `sentence` name a person in full whose last word is `surname`? */
function namedInFullBefore(view: ArticleView, sentence: number, surname: string): boolean {
  let first = surnamesNamed.get(view)
  if (!first) {
    first = new Map()
    for (const x of view.sentences)
      for (const r of findNameRuns(x.words))
        if (r.name.includes(' ') && looksLikePerson(r) && !first.has(r.name.split(' ').at(-1)!))
          first.set(r.name.split(' ').at(-1)!, x.index)
    surnamesNamed.set(view, first)
  }
  return (first.get(surname) ?? Infinity) < sentence
}

/** A person's name ends `text`: "vice chair Juliana Cherera". */
function endsInPerson(text: string): boolean {
  const run = findNameRuns(text).at(-1)
  return run !== undefined && run.end >= text.trimEnd().length && looksLikePerson(run)
}

/**
 * The subject a participle of saying has of its own, right before it: "with one poster
 * writing", "with vice chair Juliana Cherera describing the process as …", "heard evidence from
 * senior official Malcolm Jack warning of …" (a person named right before it, no comma between,
 * as in a relative clause without "who").
 */
function ownSubject(head: string): string | null {
  const phrase = /\b(?:with|as)\s+([^,;:⟦]{1,80}?)\s*$/.exec(head)?.[1]
  if (phrase && (/^(?:the|a|an|one|another|some|[A-Z])/.test(phrase) || endsInPerson(phrase)))
    return phrase
  const run = findNameRuns(head).at(-1)
  return run && run.end >= head.trimEnd().length && /\s$/.test(head) && looksLikePerson(run)
    ? run.raw
    : null
}

export const leadingVerb: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const before = s.masked.slice(0, site.start)
  const verbs = speechVerbs(before, s)
  // Nearest first, and no further back than a sentence of prose ever needs: each verb tried
  // reads the text before it, so a "sentence" of hundreds of quotations and verbs (pasted
  // markup, a table) would otherwise cost quotations × verbs × its length.
  const farthest = Math.max(0, verbs.length - MAX_VERBS_BACK)
  for (let i = verbs.length - 1; i >= farthest; i--) {
    const v = verbs[i]!
    const prev = verbs[i - 1]
    const at = { sentence: s.index, verbAt: v.index, verbEnd: v.end, after: false }
    // "carried out his duties according to the law of the land despite facing "…"": "according
    // to" names a source only when set apart, opening the sentence or a clause of its own;
    // inside a clause it says how something was done.
    if (
      RELAYS.has(v.verb) &&
      !/(?:^|[,;:(\u2014\u2013-]|\b(?:and|but|or|yet|while))\s*$/i.test(before.slice(0, v.index))
    )
      continue
    // "Musk suggested, according to the newspaper, that "…"": set off by commas between a verb of
    // saying and its words, it names the channel they came through; they are the verb's.
    if (
      RELAYS.has(v.verb) &&
      prev &&
      !RELAYS.has(prev.verb) &&
      /^\s*,\s*$/.test(before.slice(prev.end, v.index)) &&
      /^\s+[^,;:⟦]{1,60},\s*(?:that\s*)?$/.test(before.slice(v.end))
    )
      continue
    // "described by Amnesty International as "…"": the passive's agent said it.
    const agent = /^\s+by\s+([^,;:⟦]{2,80}?)\s+as\s*$/.exec(before.slice(v.end))
    if (agent) return { sieve: 'leading-verb', ...at, chunk: agent[1]! }
    // "the military has been told to prepare …": the passive's subject was told, not telling;
    // the one it was told by said it ("were told by authorities it was "too late to leave"").
    if (/\b(?:been|be|being|was|were|is|are|get|got)\s+$/.test(before.slice(0, v.index))) {
      const by = PASSIVE_AGENT.exec(before.slice(v.end))
      if (by) return { sieve: 'leading-verb', ...at, chunk: by[1]! }
      continue
    }
    // "said the high temperatures will continue "through …"": a verb that reports words only
    // as they are said ("continued", "commented"), not a clause, reports nothing when it is
    // yet to happen.
    const entry = speechVerb(v.verb)
    if (
      entry &&
      !entry.content &&
      /\b(?:will|would|could|can|may|might|should|must|to)\s+(?:not\s+)?$/i.test(
        before.slice(0, v.index)
      )
    )
      continue
    // "the company continued to "observe its legal rights"": a verb of saying with "to" after
    // it introduces an infinitive, not the words; they are the object of the verb quoted.
    if (/^\s+to\s*$/.test(before.slice(v.end))) continue
    // "He said only a whole life tariff reflected "…"": a verb whose subject inside the clause
    // of a verb of saying is a thing, not one who speaks, says nothing; the words are the
    // clause's, and so the sayer's ("said the minister told her" keeps the minister's).
    if (prev && speechVerb(prev.verb)?.content) {
      const between = before.slice(prev.end, v.index)
      const head =
        /(?:^|\s)(?:only\s+)?(?:the|a|an|this|that|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)\s+$/.exec(
          between
        )?.[1]
      // "… that Ana Roe looked at the map and said": a conjunction is no subject's noun; the
      // verb is coordinated with the one before it.
      const coordinated = head !== undefined && /^(?:and|but|or|yet|then)$/.test(head)
      if (
        head &&
        !coordinated &&
        !/[,;:⟦]/.test(between) &&
        !isAgentNoun(head) &&
        !isPersonNoun(head)
      )
        continue
    }
    // "urged his fellow citizens to continue … and not to "…"": a verb of saying after "to" is
    // the hearer's to do; the words are the urger's.
    if (
      prev &&
      speechVerb(prev.verb)?.hearer &&
      /\bto\s+$/.test(before.slice(prev.end, v.index)) &&
      !/[,;:⟦]/.test(before.slice(prev.end, v.index))
    )
      continue
    // The quotation must be this verb's: no other clause's verb of saying between them.
    const gap = before.slice(v.end)
    // "A spokesman told The Irish Times that gardaí asked some of the group to disperse "due to
    // concerns …"": a request whose infinitive is complete before the quotation reports an act,
    // not these words; they are the reporting verb's before it ("asked the caller to "come
    // quickly"" keeps them the asker's). Only a verb that takes a hearer asks one to do a thing:
    // "said Tehran was not living up to the "spirit"" is the sayer's words.
    if (
      prev &&
      speechVerb(v.verb)?.hearer &&
      !/ing$/.test(prev.verb) &&
      speechVerb(prev.verb)?.content &&
      /^\s+[^,;:⟦]{0,60}?\bto\s+[a-z]+\b[^,;:⟦]*$/.test(gap) &&
      !/\bto\s*$/.test(gap)
    )
      continue
    if (/[.!?]\s+[A-Z]/.test(gap)) return null
    // "Ortiz said "never", then paused: "…"": the verb had its quotation; the colon opens a
    // clause of its own.
    const afterEarlier = gap
      .split(/⟦[^⟧⟦]*⟧/)
      .slice(1)
      .join(' ')
    if (/[:;]/.test(afterEarlier)) return null
    const head = before.slice(0, v.index)
    // "… according to Dr Ada Holm, the city's top doctor, who said: "…"": "who" stands for
    // the one named before it, past a description set off by commas.
    const relative = /,\s*who\s+(?:(?:also|later|then|had|has|have)\s+)*$/.exec(head)
    // "… including Arnold Schwarzenegger who described him as a "hero"": a person's name takes
    // a "who" without a comma too, and only the name can be what it stands for.
    const bare = relative ? null : /\s+who\s+(?:(?:also|later|then|had|has|have)\s+)*$/.exec(head)
    const named = relative
      ? antecedent(head.slice(0, relative.index))
      : bare && endsInPerson(head.slice(0, bare.index))
        ? findNameRuns(head.slice(0, bare.index)).at(-1)!.name
        : null
    if (named) return { sieve: 'leading-verb', ...at, chunk: named }
    // "… criticised the decision but Judge Loh said": "but" before a capital starts one too.
    let cut = Math.max(
      lastBoundary(BOUNDARY, head),
      lastBoundary(BUT_NAME, head),
      lastBoundary(WHICH_SUBJECT, head),
      lastBoundary(AS_SUBJECT, head)
    )
    // "It was the shop's first winner and Jordan said it "felt great"": "and" between a word in
    // lower case and a name right before the verb starts a clause of its own when a verb stands
    // before it in the clause ("Smith and Jones said" is one subject, "The Globe and Mail" one
    // name, "posted on its website and Facebook page said" one document).
    const andName = lastBoundary(AND_NAME, head)
    if (
      andName > cut &&
      /(?:^|\s)[a-z][\w'’-]*\s+and\s$/.test(head.slice(0, andName)) &&
      // "and principal John Cotter said": a title in lower case may open the subject.
      titledName(head.slice(andName)) &&
      s.tokens.some(
        (t) => t.start >= cut && t.end < andName - 4 && (t.pos === 'VERB' || t.pos === 'AUX')
      )
    )
      cut = andName
    // "The commissioners asked if they had been vaccinated – McDougal said, yes, “…”": a spaced
    // dash ends a clause when a subject of the verb's own stands after it (not "Roe – the mayor
    // – said" or "the man — identified as … — can be heard", whose dashes hold a description).
    const dash = /\s[–—-]\s+(?=[^–—]*$)/.exec(head)
    const paired = dash !== null && /\s[–—-]\s/.test(head.slice(cut, dash.index))
    if (dash && !paired && dash.index + dash[0].length > cut) {
      const after = dash.index + dash[0].length
      if (subjectOf(s, after, v.index)) cut = after
    }
    // "Kohli, who did not field when India took the field … because of a stiff back, said": the
    // clauses inside a relative clause set off by commas right before the verb are not the
    // verb's; its subject is the one the clause describes.
    const described = /,\s*(?:who|whose)\s[^,;:⟦]*,\s*$/.exec(head)
    if (described && cut > described.index) {
      const ahead = head.slice(0, described.index)
      cut = Math.max(lastBoundary(BOUNDARY, ahead), lastBoundary(BUT_NAME, ahead))
    }
    // A participle after a comma whose nearest clause has no subject ("at what would be her
    // fifth Olympics, saying") belongs to the main clause.
    if (/ing$/.test(v.verb) && /,\s*$/.test(head)) {
      const subject = subjectOf(s, cut, v.index)
      const at = head.indexOf(subject, cut)
      if (!subject || !hasNominal(s, at, at + subject.length))
        cut = lastBoundary(MAIN_CLAUSE_BOUNDARY, head)
    }
    // "Moments after the jury reached its verdict, Trump claimed": an opening clause ends at
    // its comma, and the subject of the verb comes after it. So does an opening phrase led by
    // a preposition, whatever clauses it holds ("As for the talks … and the revelation that
    // Iran has been building a second facility, the foreign minister said"), or by a
    // participle ("Responding to a question as to whether … was part of a strategy to show
    // that Europe was proactive, Pistorius said").
    const comma = head.lastIndexOf(', ')
    const firstWord = s.tokens.find((t) => /\w/.test(t.text))
    const openingParticiple =
      firstWord?.pos === 'VERB' && /^[A-Z][a-z]+(?:ing|ed)$/.test(firstWord.text)
    if (
      comma >= cut &&
      (OPENING_CLAUSE.test(head.slice(0, cut)) ||
        (cut > 0 && (firstWord?.pos === 'ADP' || openingParticiple)))
    )
      cut = comma + 2
    const own = /ing$/.test(v.verb) ? ownSubject(head) : null
    // "…, adding that …", "telling them": a participle shares its clause's subject, so the
    // speaker is that clause's; a finite verb's speaker stands after any verb before it.
    const participle = /ing$/.test(v.verb) && !own
    // "Iran's spokesman, criticizing US policy, noted that": a participle set off by commas
    // only describes the subject before it.
    const aside =
      prev !== undefined &&
      /ing$/.test(prev.verb) &&
      /,\s*$/.test(before.slice(0, prev.index)) &&
      /^[^,;:⟦]*,\s*$/.test(before.slice(prev.end, v.index))
    // "She went on to say", "continued to say": one verb group, whose subject comes before both.
    const catenative =
      prev !== undefined &&
      /^\s+to\s+$/.test(before.slice(prev.end, v.index)) &&
      speechVerb(v.verb)?.base === v.verb
    // "An official, who asked not to be named, said": a verb inside the relative clause before
    // the verb is the clause's, and ends no clause of the verb's.
    const inRelative = described !== null && prev !== undefined && prev.index > described.index
    // "The minister who spoke in an interview with X over the Weekend said": nor a verb of a
    // relative clause with no commas.
    const restrictive =
      prev !== undefined &&
      /\bwho\s+(?:(?:had|has|have|was|were|is|are)\s+)?$/.test(head.slice(0, prev.index))
    // "A statement posted on the club's website said": a participle right after a document's
    // noun describes the document, which is the subject.
    const describesDocument =
      prev !== undefined && /ed$/.test(prev.verb) && DOCUMENT_BEFORE.test(head.slice(0, prev.index))
    if (
      !participle &&
      prev &&
      prev.end > cut &&
      !aside &&
      !catenative &&
      !inRelative &&
      !restrictive &&
      !describesDocument
    ) {
      cut = prev.end
      // "Asked why he did not object to the transfer, he said": after the other verb's clause
      // and its comma, a subject of its own is the one that speaks.
      const comma = head.lastIndexOf(', ')
      if (
        comma >= cut &&
        !RELAYS.has(prev.verb) &&
        hasNominal(s, comma + 2, v.index) &&
        subjectOf(s, comma + 2, v.index)
      )
        cut = comma + 2
    }
    // "According to Fox News, Ali Fazel said, "…"": the source ends at its comma; the
    // speaker is the subject after it, and the source is the channel their words came through.
    let source: string | null = null
    if (prev && prev.end === cut && RELAYS.has(prev.verb)) {
      const comma = head.indexOf(',', cut)
      if (comma > cut && subjectOf(s, comma + 1, v.index)) {
        source = head.slice(cut, comma).trim()
        cut = comma + 1
      }
    }
    // "Yonhap quoted an official from the Joint Chiefs as saying …", "The statement quoted
    // Safadi reaffirming …": the one quoted speaks.
    const quoted =
      /ing$/.test(v.verb) && !own ? head.match(/\bquot(?:ed|es|ing)\s+(.+?)\s+(?:as\s*)?$/) : null
    if (quoted) {
      const by = subjectOf(s, cut, head.length - quoted[0].length)
      // A document that quotes is where the words are: "in the statement"; so is one that
      // opens the subject before its author ("A statement on Friday by the ministry's
      // spokesperson, Tom Kerr, quoted …").
      const document = /^(?:the|a|an|its|his|her|their)\s+/i.test(by) && DOCUMENT.test(by)
      const opening = DOCUMENT_OPENING.exec(head.slice(cut))?.[1]
      const medium = document
        ? `in ${by.replace(/^The\b/, 'the')}`
        : opening
          ? `in ${opening.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}`
          : `as quoted by ${by}`
      return {
        sieve: 'leading-verb',
        ...at,
        chunk: quoted[1]!,
        ...(by ? { medium, inDocument: document || Boolean(opening) } : {})
      }
    }
    let chunk = own ?? subjectOf(s, cut, v.index).replace(/^(?:as|and|but|so)\s+/i, '')
    // "She didn't give a date, but said …", "May thanked them … and said": the verb shares
    // the subject of the clause before.
    if (!own && !chunk && /(?:,\s*|\s)(?:but|and|yet)\s$/.test(head.slice(0, cut)))
      chunk = subjectOf(s, 0, cut)
    if (!own && /(?:^|\s)(?:and|but|then|yet)(?:\s+(?:also|later|then))?\s*$/.test(head)) {
      chunk = subjectOf(s, 0, v.index)
      // "But, Reuters reported, Kim looked at the clocks and said", "according to Reuters, Kim
      // looked … and said": the outlet only relays the clause, whose subject says the words.
      const relay =
        prev !== undefined &&
        (RELAYS.has(prev.verb) || isOutletName(chunk.replace(/^[\s,]+/, '').trim()))
          ? /^(?:[^,;:⟦]*?,|\s+that)\s/.exec(head.slice(prev.end))
          : null
      const from = prev && relay ? prev.end + relay[0].length : -1
      const inner = from > 0 ? subjectOf(s, from, v.index) : ''
      if (inner && hasNominal(s, head.indexOf(inner, from), v.index)) chunk = inner
    }
    if (!own && !chunk) chunk = head.slice(cut)
    // "… has been convicted and today at Craigavon Crown Court, Judge Patrick Lynch QC said":
    // a name alone between the last comma and the verb is its subject, whatever came before.
    // "The dogs have been causing problems, Sorokin said Monday, including "…"": so is a surname
    // alone, of someone the article named in full before.
    const alone = /,\s+((?:[A-Z][\w.'’-]*\s+){1,6})$/.exec(head)?.[1]?.trim()
    if (!own && !participle && alone && head.length - alone.length - 1 > cut) {
      const run = findNameRuns(alone)[0]
      const person = alone.includes(' ')
        ? run !== undefined && looksLikePerson(run)
        : namedInFullBefore(view, s.index, alone)
      if (run && run.raw.length >= alone.length - 3 && person) chunk = alone
    }
    // "the success he predicts - "…"", "said it's an issue he said his government is "…"", "In
    // a statement it said:": a subject pronoun right before the verb is its subject, whatever
    // the words before it.
    const reduced = /^\S[^,;]*\s(he|she|they|it)$/i.exec(chunk.trim())
    if (!own && reduced) chunk = reduced[1]!
    chunk = unrelay(chunk)
    // "Asked whether results should be published Mr Miles said": an opening participle's clause
    // that lost its comma ends where the name (or pronoun) right before the verb starts.
    // A name like "Reed" or "Ted" is no participle: the tagger says which it is.
    const opener = s.tokens.find((t) => /\w/.test(t.text))
    if (
      !own &&
      /^\s*[A-Z][a-z]+(?:ing|ed)\s/.test(head) &&
      opener?.pos === 'VERB' &&
      !/[,;:⟦]/.test(head)
    ) {
      const name = "[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)*"
      const last =
        head.match(new RegExp(`\\s((?:${HONORIFIC_PATTERN})\\.?\\s+${name})\\s*$`))?.[1] ??
        head.match(new RegExp(`\\s(${name}|he|she|they)\\s*$`))?.[1]
      if (last) chunk = last
    }
    // "the man — identified as 26-year-old Dashawn McGrier — can be heard shouting": the name
    // an appositive gives the subject is who spoke.
    const identified = /^[^⟦]*?\s[—–,]\s*(?:identified|named)\s+as\s+([^—–,;⟦]+?)\s*[—–,]/.exec(
      head.slice(cut)
    )?.[1]
    if (
      !own &&
      identified &&
      /\b[A-Z]/.test(identified) &&
      head
        .slice(cut)
        .trimStart()
        .startsWith(chunk.replace(/[\s—–,]+$/, ''))
    )
      chunk = identified
    // "A mother of four, Ge said", "Amy's mother, Emma, said": an opening description, then
    // the speaker's name.
    chunk = chunk.replace(
      /^(?:[Aa]n?|[Tt]he|[Aa]s an?|[A-Z][\w'’-]*['’]s)\s+[a-z][^,;]*,\s+(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,?\s*$)/,
      ''
    )
    const relay = RELAYS.has(v.verb)
    const sieve = relay ? ('according-to' as const) : ('leading-verb' as const)
    const cue = { sieve, ...at }
    if (!relay && chunk.replace(/[\s,;:]+/g, ''))
      return { ...cue, chunk, ...(source ? { source: `according to ${source}` } : {}) }
    // "…" telling his supporters "…": after a verb that takes a hearer stands the one told;
    // the speaker is the subject of a verb before it.
    if (!relay && speechVerb(v.verb)?.hearer) continue
    // Inverted or a source after the phrase: "said Bolden, "…"", "according to X, "…"".
    let inverted = before
      .slice(v.end)
      .match(/^\s*([^;:⟦]*)/)?.[1]
      ?.replace(/,\s*$/, '')
      .trim()
    // "According to Yonhap, quoting the KCNA, the military …": the source, not the clause after it.
    if (relay && inverted) {
      const parts = inverted.split(/,\s+/)
      inverted = parts.slice(0, /^quoting\s/i.test(parts[1] ?? '') ? 2 : 1).join(', ')
    }
    // "According to him, "…"": the pronoun after the phrase is its object form, and
    // stands for the same person as the subject form would.
    if (relay && inverted) inverted = OBJECT_PRONOUN[inverted.toLowerCase()] ?? inverted
    if (inverted && inverted.split(/\s+/).length <= 14)
      return { ...cue, chunk: inverted, relay: relay || undefined }
    if (chunk.replace(/[\s,;:]+/g, '')) return { ...cue, chunk }
  }
  return null
}

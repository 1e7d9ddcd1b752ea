/**
 * What a quote-to-mention sieve returns: the words that name the speaker, where they stand,
 * and the verb of saying they go with. Also the one place that finds verbs of saying in a
 * masked sentence, checked against the tagger so "the claims" or "a post" is no verb.
 */
import {
  DOCUMENT_NOUN_PATTERN,
  MEDIUM_HEAD_PATTERN,
  PLAIN_VERB_PATTERN,
  GENERATION_PATTERN,
  POST_NOMINALS,
  quoteVerbEnd,
  SOCIAL_MEDIA_PATTERN,
  SPEECH_PHRASE_PATTERN,
  speechVerb
} from '../../lexicon/lexicon'
import { tokenAt } from '../tagging/tag'
import { matchesAtWordStarts } from '../../matches'
import type { ArticleView, QuoteSite, SentenceView } from '../view'

export type SieveId =
  | 'trailing-verb'
  | 'leading-verb'
  | 'according-to'
  | 'colon-intro'
  | 'same-sentence'
  | 'paragraph-continuation'
  | 'runs-on'
  | 'next-paragraph'
  | 'attributed-later'
  | 'echo'
  | 'sentence-tail'
  | 'next-sentence'
  | 'reported-before'
  | 'issuer'
  | 'paragraph-subject'
  | 'recent-speaker'
  | 'corrected'

export interface Cue {
  sieve: SieveId
  /** Sentence holding the speaker words. */
  sentence: number
  /** The words that name the speaker. */
  chunk: string
  /** The verb of saying in that sentence's masked text, or -1. */
  verbAt: number
  verbEnd: number
  /** The verb comes after the quotation ("…," Xi said). */
  after: boolean
  /** "according to", "in the words of": the chunk is the source, not a subject. */
  relay?: boolean
  /** The channel named with the attribution: "as quoted by The Times", "according to Reuters". */
  medium?: string
  /**
   * The medium is a document that holds the words ("A statement by the ministry quoted Roe as
   * saying …": "in the statement"), not an outlet that passed them on.
   */
  inDocument?: boolean
  /**
   * "According to Fox News, Ali Fazel said …": the outlet that relayed the clause. The channel
   * of the words only when the clause names no occasion of its own ("in his closing argument").
   */
  source?: string
}

/** A sieve that reads a speaker from the quotation's own sentence. */
export type LocalSieve = (site: QuoteSite, view: ArticleView) => Cue | null

/**
 * Each verb of saying in `text`, left to right, in any case ("Said", "SAYS"), as one
 * case-blind alternation of them would match: word by word, with the shared sticky pattern on
 * the text with its ASCII capitals lowered (the lexicon's verbs are ASCII, and a case-blind match
 * of ASCII is exactly that), rather than a pattern of its own carrying the whole list.
 */
export function quoteVerbsIn(text: string): Array<{ index: number; word: string }> {
  const lower = text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
  return [...matchesAtWordStarts(text, (i) => quoteVerbEnd(lower, i))].map(({ index, end }) => ({
    index,
    word: text.slice(index, end)
  }))
}
/** Forms that are only ever verbs of saying; every other form is checked against the tags. */
const ALWAYS_VERB = new RegExp(`^(?:${PLAIN_VERB_PATTERN}|${SPEECH_PHRASE_PATTERN})$`, 'i')

export interface VerbMatch {
  index: number
  end: number
  verb: string
}

/**
 * What may follow a verb that closes its sentence: its channel ("via social media", "in a
 * statement") and its time ("on Friday", "late Tuesday").
 */
const CLOSING_TAIL = new RegExp(
  `^(?:\\s+(?:via|in|on|through)\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${DOCUMENT_NOUN_PATTERN}|${MEDIUM_HEAD_PATTERN}|(?:${SOCIAL_MEDIA_PATTERN})(?:\\s+[a-z]+)?))?` +
    `(?:\\s+(?:(?:on|late|early|last|this|earlier|later)\\s+)?(?:[A-Z][a-z]+day|week|month|year|morning|afternoon|evening|night)\\b(?:\\s+(?:morning|afternoon|evening|night))?)?\\s*[.!?]?\\s*$`
)

/**
 * "…, the Bureau of Meteorology said.", "…, the World Food Programme said on Friday.": a verb of
 * saying that ends its sentence (but for its time) has its speaker just before it,
 * after the reported clause's comma. Undefined when the verb ends no sentence.
 */
export function closingSpeaker(words: string, v: VerbMatch): string | undefined {
  if (!CLOSING_TAIL.test(words.slice(v.end))) return undefined
  // "…, Minister Séan Sherlock, TD, has announced": letters after the name are no speaker.
  return words
    .slice(0, v.index)
    .replace(POST_NOMINAL_END, '')
    .match(/,\s*([^,]+?)\s*$/)?.[1]
}

/**
 * ", TD, has", ", SC": letters for an office or honour after a name, before the verb; or its
 * generation (", Jr.").
 */
export const POST_NOMINAL_END = new RegExp(
  `,\\s*(?:${[...POST_NOMINALS].join('|')}|${GENERATION_PATTERN})\\s*,?\\s*(?:has|have|had)?\\s*$`
)

/** Each sentence's verbs, per stretch of it read: many sieves read the same sentence's. */
const verbsRead = new WeakMap<SentenceView, Map<string, readonly VerbMatch[]>>()

/**
 * Verbs of saying in `text`, a stretch of a masked sentence starting at `offset`, skipping
 * those the sentence's tags read as nouns.
 */
export function speechVerbs(
  text: string,
  sentence?: SentenceView,
  offset = 0
): readonly VerbMatch[] {
  if (!sentence) return findSpeechVerbs(text, undefined, 0)
  let read = verbsRead.get(sentence)
  if (!read) verbsRead.set(sentence, (read = new Map()))
  const key = `${offset}:${text}`
  let verbs = read.get(key)
  if (!verbs) read.set(key, (verbs = Object.freeze(findSpeechVerbs(text, sentence, offset))))
  return verbs
}

/**
 * "at the just concluded summit", "the newly announced plan": a past participle after a
 * determiner, with or without an adverb between, describes the noun after it; nobody said it.
 * Not a determiner standing alone as the subject ("Another added “…”"), with no noun after.
 */
function attributive(sentence: SentenceView, at: number, word: string): boolean {
  if (!/ed$/i.test(word)) return false
  const t = tokenAt(sentence.tokens, at)
  const i = t ? sentence.tokens.indexOf(t) : -1
  let k = i - 1
  if (sentence.tokens[k]?.pos === 'ADV') k--
  const described = /^(?:NOUN|PROPN|ADJ|NUM)$/.test(sentence.tokens[i + 1]?.pos ?? '')
  return sentence.tokens[k]?.pos === 'DET' && described
}

function findSpeechVerbs(
  text: string,
  sentence: SentenceView | undefined,
  offset: number
): VerbMatch[] {
  const out: VerbMatch[] = []
  for (const m of quoteVerbsIn(text)) {
    // A capital anywhere but at the sentence's start makes a name ("Nick Read", "… Read said"),
    // not a verb.
    if (/^[A-Z]/.test(m.word)) {
      const at = m.index + offset
      const opensSentence = sentence
        ? !sentence.masked.slice(0, at).match(/[\p{L}\p{N}⟦⟧]/u)
        : !/[^\s"\u201c(]/.test(text.slice(0, m.index))
      if (!opensSentence) continue
    }
    if (sentence && !ALWAYS_VERB.test(m.word)) {
      const t = tokenAt(sentence.tokens, m.index + offset)
      const i = t ? sentence.tokens.indexOf(t) : -1
      // "with Ayman Safadi warning of …": a participle after a name, which taggers call a noun.
      const participle =
        t?.pos === 'NOUN' && /ing$/i.test(m.word) && sentence.tokens[i - 1]?.pos === 'PROPN'
      // "“…,” states Kay in the email": right after a quotation's comma and before a name, a
      // verb inverted, whatever the tagger makes of "states".
      const inverted =
        /⟧\s*,?\s*$/.test(sentence.masked.slice(0, m.index + offset)) &&
        /^\s+[A-Z]/.test(sentence.masked.slice(m.index + offset + m.word.length))
      // "The Department of Agriculture notes, “…”": a present tense between a name and the
      // quotation it introduces is a verb too, though "notes" could be a plural.
      const introduces =
        /s$/i.test(m.word) &&
        sentence.tokens[i - 1]?.pos === 'PROPN' &&
        /^\s*[,:]?\s*⟦/.test(sentence.masked.slice(m.index + offset + m.word.length))
      // "… at the Foreign Ministry informed local TV": a past tense right after a name, which
      // taggers read as an adjective, before the words it governs.
      const pastAfterName =
        t?.pos === 'ADJ' &&
        /ed$/i.test(m.word) &&
        sentence.tokens[i - 1]?.pos === 'PROPN' &&
        /^(?:DET|PROPN|NOUN|ADJ|PRON|SCONJ)$/.test(sentence.tokens[i + 1]?.pos ?? '')
      if (
        t &&
        t.pos !== 'VERB' &&
        t.pos !== 'AUX' &&
        !participle &&
        !inverted &&
        !introduces &&
        !pastAfterName
      )
        continue
    }
    // "the so-called", "a well-said": part of a hyphenated word.
    if (/[-\w]$/.test(text.slice(0, m.index)) || /^-/.test(text.slice(m.index + m.word.length)))
      continue
    if (sentence && attributive(sentence, m.index + offset, m.word)) continue
    // "…," he continued: a verb that only goes on with words quoted; in a sentence quoting
    // none ("the country's production is continuing, OPEC's Barkindo said") it says nothing.
    if (sentence && !sentence.masked.includes('⟦') && speechVerb(m.word)?.aspect) continue
    out.push({ index: m.index, end: m.index + m.word.length, verb: m.word.toLowerCase() })
  }
  return out
}

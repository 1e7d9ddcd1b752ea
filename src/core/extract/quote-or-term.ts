/**
 * Is a quoted span someone's words, or a label? Short quoted labels that nobody says ("little
 * giant" enterprise, a user labelled "Anonymous", a title in capitals) are terms, not quotes.
 */
import { PLAIN_VERB_PATTERN } from '../lexicon/lexicon'
import { speechVerbs } from './sieves/cue'

/** Words put straight after a plain verb of saying ("he said: "…""). */
const INTRODUCED = new RegExp(`\\b(?:${PLAIN_VERB_PATTERN})\\s*[,:]?\\s*$`)

/** The fragment stands in words reported with a verb of saying: "said their systems are". */
const REPORTED = new RegExp(`\\b(?:${PLAIN_VERB_PATTERN})\\b`)

const NAMING =
  /\b(?:labell?ed|named|called|known as|so-called|dubbed|termed|term|word|phrase|website|site|slogan|motto|nickname|title|designation|To|to|the)\s*$/

export function isTerm(text: string, prefix: string, suffix: string, attributed: boolean): boolean {
  const words = text.split(/\s+/).length
  if (isNickname(text, prefix, suffix)) return true
  const sentenceLike = /[.!?,;:]/.test(text.replace(/\b(?:[A-Z]\.|vs\.|Co\.|Ltd\.|Inc\.)/g, ''))
  // A quoted phrase used as a modifier ("little giant" enterprise) labels something.
  const modifier =
    /^\s+[a-z][a-z-]+/.test(suffix) &&
    !/^\s+(?:and|or|but|is|are|was|were|said|says|he|she|it|they|in|as|to|of|on|at|for|with|from|by|into|about|after|before|over|under|the|a|an|this|that|these|those|his|her|their|its|our|because|if|when|while|than|so)\b/.test(
      suffix
    )
  // "We don't want those people" working in prisons, she said: a label has no speaker in it.
  const spoken = /\b(?:I|I'm|I've|we|We|we're|We're|me|us|my|our|you|You)\b|n['’]t\b/.test(text)
  if (words <= 6 && !sentenceLike && modifier && !spoken && !(attributed && REPORTED.test(prefix)))
    return true
  if (
    words <= 6 &&
    !sentenceLike &&
    NAMING.test(prefix) &&
    !/\b(?:said|says|told)\s+(?:the\s*)?$/.test(prefix) &&
    // "has said there needs to be a review to look at the "shape and size" of the sector": an
    // article before words inside reported speech, whose speaker is known, is no naming.
    !(attributed && REPORTED.test(prefix) && /\b(?:the|a|an)\s*$/.test(prefix)) &&
    // "urged people to "look and leave"": an infinitive after a verb of saying is what was said.
    !(
      attributed &&
      /\bto\s*$/.test(prefix) &&
      !/\b(?:known|referred|according)\s+to\s*$/i.test(prefix)
    )
  )
    return true
  // A reflexive label ("calls itself a "green leader"") is not speech; "called it an "extremely
  // adverse development"" is the caller's verdict, in their words.
  if (
    words <= 6 &&
    /\b(?:calls?|called|calling) (?:itself|themselves|himself|herself)(?: (?:a|an|the))?\s*$/.test(
      prefix
    )
  )
    return true
  // An unattributed title-case span is the name of a work, a slogan or a label. Not a whole
  // utterance that opens its sentence and a verb of saying closes ("“Meijer and Walmart,”
  // agreed Casemiya Tanner").
  const capitalised = text.split(/\s+/).filter((w) => /^[A-Z0-9]/.test(w)).length
  const introduced = INTRODUCED.test(prefix)
  const utterance = attributed && suffix === '' && /^\s*$/.test(prefix)
  if (
    !utterance &&
    (!attributed || (!introduced && words <= 8)) &&
    !/[.!?]$/.test(text) &&
    words <= 12 &&
    capitalised >= Math.max(2, words * 0.6)
  )
    return true
  return words <= 3 && !sentenceLike && !attributed
}

export function isPartial(prefix: string): boolean {
  const p = prefix.trim()
  if (!p) return false
  if (/[,:\u2014]$/.test(p)) return false
  const verbs = speechVerbs(p)
  const last = verbs[verbs.length - 1]
  return !(last && last.end >= p.length - 1)
}

/**
 * President Joko "Jokowi" Widodo, Tedoro "Teddy Boy" Locsin: one to three capitalised words
 * quoted between a given name and a surname are the person's nickname, part of the name.
 */
export function isNickname(text: string, prefix: string, suffix: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(text.trim()) &&
    /(?:^|\s)\p{Lu}[\p{Ll}'’.-]+\s+$/u.test(prefix) &&
    /^\s+\p{Lu}[\p{Ll}'’-]/u.test(suffix)
  )
}

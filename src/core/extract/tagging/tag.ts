/**
 * Tags text once with wink-nlp's English model: part of speech and lemma for every token, and
 * the entities a number or a date makes (DATE, TIME, DURATION, MONEY, PERCENT, CARDINAL,
 * ORDINAL). Offsets are characters of the text given, so patterns can move between the text and
 * its tags. wink reads a megabyte in about half a second here, where compromise's full tagger
 * takes ten (README, "Libraries"), so the whole article is tagged, not samples of it.
 */
import winkNLP, { type ItemEntity, type ItsFunction, type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

export interface Token {
  text: string
  start: number
  end: number
  pos: Pos
  lemma: string
}

export type EntityType =
  'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'MEASURE'

export interface Entity {
  type: EntityType
  start: number
  end: number
  text: string
}

export interface Tagged {
  tokens: Token[]
  entities: Entity[]
}

let nlp: WinkMethods | null = null
// Sentence boundaries come from our own splitter; sentiment and negation are not needed.
const tagger = (): WinkMethods => (nlp ??= winkNLP(model, ['pos', 'ner']))

const KEPT_ENTITIES = new Set<string>([
  'DATE',
  'TIME',
  'DURATION',
  'MONEY',
  'PERCENT',
  'CARDINAL',
  'ORDINAL',
  'MEASURE'
])

/** Tokens and number/date entities of `text`, with offsets into `text`. */
export function tag(text: string): Tagged {
  const w = tagger()
  const its = w.its
  const doc = w.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const pos = doc.tokens().out(its.pos) as Pos[]
  // wink's typings give lemma an extra parameter that the call supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[]
  const tokens: Token[] = []
  let at = 0
  values.forEach((value, i) => {
    at += spaces[i]!.length
    // wink keeps the text's own characters, but re-find each token so any normalisation it
    // does can never shift later offsets.
    const found = text.startsWith(value, at) ? at : text.indexOf(value, at)
    const start = found >= 0 ? found : at
    tokens.push({ text: value, start, end: start + value.length, pos: pos[i]!, lemma: lemmas[i]! })
    at = start + value.length
  })
  // "Briefing the UN Security Council, Grundberg said": a capitalised participle opening a
  // sentence, before a lower-case word that is no verb, is read as a name; it is a verb.
  tokens.forEach((t, i) => {
    const opens = i === 0 || /^[.!?"“”]$/.test(tokens[i - 1]!.text)
    if (!opens || t.pos !== 'PROPN' || !/^[A-Z][a-z]{2,}ing$/.test(t.text)) return
    // "Briefing reporters", "Briefing the council"; but "Browning said" is a name.
    const next = tokens[i + 1]
    if (!next || !/^[a-z]/.test(next.text) || /^(?:VERB|AUX|PART)$/.test(next.pos)) return
    t.pos = 'VERB'
  })
  // "While BP claims it has reached …": a noun in -s right after a name and right before a
  // subject pronoun and its verb is the name's verb, not a plural.
  tokens.forEach((t, i) => {
    const [prev, next, after] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]]
    if (t.pos !== 'NOUN' || !/^[a-z]{3,}s$/.test(t.text) || prev?.pos !== 'PROPN') return
    if (!next || !/^(?:it|he|she|they|we|i)$/i.test(next.text)) return
    if (after && /^(?:VERB|AUX)$/.test(after.pos)) t.pos = 'VERB'
  })
  const entities: Entity[] = []
  doc.entities().each((e: ItemEntity) => {
    const type = e.out(its.type) as string
    if (!KEPT_ENTITIES.has(type)) return
    const [from, to] = e.out(its.span) as unknown as [number, number]
    const first = tokens[from]
    const last = tokens[to]
    if (!first || !last) return
    entities.push({
      type: type as EntityType,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end)
    })
  })
  return { tokens, entities }
}

/** The tokens and entities of `tagged` that lie in [start, end), re-based to `start`. */
export function slice(tagged: Tagged, start: number, end: number): Tagged {
  const inside = <T extends { start: number; end: number }>(x: T): boolean =>
    x.start >= start && x.end <= end
  const shift = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start - start,
    end: x.end - start
  })
  // Tokens are in order and never overlap, so those inside are one run, found by halving.
  const tokens: Token[] = []
  for (let i = firstStartingAt(tagged.tokens, start); i < tagged.tokens.length; i++) {
    const t = tagged.tokens[i]!
    if (t.end > end) break
    tokens.push({
      text: t.text,
      start: t.start - start,
      end: t.end - start,
      pos: t.pos,
      lemma: t.lemma
    })
  }
  return { tokens, entities: tagged.entities.filter(inside).map(shift) }
}

/** The index of the first token starting at or after `at` (the length if none does). */
function firstStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The token covering character `at`, or undefined. */
export function tokenAt(tokens: readonly Token[], at: number): Token | undefined {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const t = tokens[mid]!
    if (at < t.start) hi = mid - 1
    else if (at >= t.end) lo = mid + 1
    else return t
  }
  return undefined
}

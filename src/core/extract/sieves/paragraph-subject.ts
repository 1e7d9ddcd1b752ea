/**
 * Sieve "paragraph-subject", the last resort but one (then "recent-speaker"): a quotation no verb and no other quotation
 * attributes goes to the person the sentences just before it are about ("Kiara Perkins … was
 * willing to skip class. Why did she want to attend? "It's Warhol.""). Low confidence: the app
 * asks the user to check these. With no name, a he or she as the subject of the sentence before
 * ("Looking back, she found …") stands for the person it resolves to.
 */
import { ROLE_NOUNS } from '../../lexicon/lexicon'
import type { EntityRegistry, PersonMention } from '../entities/registry'
import type { Resolution, SpeakerResolver } from '../entities/resolve'
import type { ArticleView, QuoteSite } from '../view'

// "He also likes …", "Looking back, she found …": a he or she as the sentence's subject.
const PRONOUN_SUBJECT = /^(?:[^,"“”]{1,40},\s+)?(he|she)\s+(?:also\s+|then\s+)?[a-z]/di

// "The minister has …", "The former chief executive also said …", "The Minister thanked …": a
// role noun as the subject.
const DESCRIBED_SUBJECT =
  /^\s*(The\s+(?:[a-z][\w-]*\s+){0,2}?([A-Za-z][\w-]*))\s+(?:also\s+|then\s+)?(?:has|had|is|was|said|says|added|[a-z]+ed|[a-z]+s)\b/

// ", but coach Jane Roe was not concerned": a clause joined after the first, opened by its subject.
const COORDINATE_OPENING =
  /,\s+(?:but|and|while|yet|though|although|whereas)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$/

/**
 * "It took a while for the bowlers to wrap up the innings, but coach Jane Roe was not too
 * concerned about it": the subject of a clause joined after the first, with its verb right
 * after the name.
 */
function coordinateSubject(view: ArticleView, mentions: PersonMention[]): PersonMention | null {
  for (const m of mentions) {
    const s = view.sentences[m.sentence]
    if (!s || !COORDINATE_OPENING.test(s.words.slice(0, m.start))) continue
    const next = s.tokens.find((t) => t.start >= m.end && /\w/.test(t.text))
    if (next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.text)))) return m
  }
  return null
}

export function paragraphSubject(
  site: QuoteSite,
  view: ArticleView,
  registry: EntityRegistry,
  resolver: SpeakerResolver
): (Resolution & { sentence: number }) | null {
  const paragraph = view.paragraphs[site.paragraph] ?? []
  const earlier = paragraph.filter((s) => s.index < site.sentence).reverse()
  if (earlier.length === 0 && site.opensParagraph) {
    const prev = view.paragraphs[site.paragraph - 1]
    if (prev?.length) earlier.push(prev[prev.length - 1]!)
  }
  const own = (registry.mentions[site.sentence] ?? []).filter((m) => m.end <= site.start)
  const lists: Array<[number, typeof own]> = [
    [site.sentence, own],
    ...earlier.map((s): [number, typeof own] => [s.index, registry.mentions[s.index] ?? []])
  ]
  for (const [sentence, mentions] of lists) {
    const subject = mentions.find((m) => m.subject) ?? coordinateSubject(view, mentions)
    if (subject) {
      const others = [...new Set(mentions.map((m) => m.person.name))]
      return {
        ref: { name: subject.person.name, kind: 'person' },
        rule: 'full-name',
        confidence: 0.5,
        candidates: [subject.person.name, ...others.filter((n) => n !== subject.person.name)],
        sentence
      }
    }
    // No name: a he or she who is the subject stands for the person it resolves to.
    const words = view.sentences[sentence]?.words ?? ''
    // In the quotation's own sentence, only a subject before it ("She thanked nurses "for …"").
    const before = (m: RegExpMatchArray | RegExpExecArray | null): boolean =>
      m !== null && (sentence !== site.sentence || m.index! + m[0].length <= site.start)
    const pronoun = words.match(PRONOUN_SUBJECT)
    if (pronoun && before(pronoun)) {
      const at = pronoun.indices![1]![0]
      const r = resolver.resolve(pronoun[1]!.toLowerCase(), sentence, at)
      if (r?.ref.kind === 'person')
        return { ...r, confidence: Math.min(r.confidence, 0.5), sentence }
    }
    // "The minister has a strong affinity with …": a role the article gave one person, as the
    // subject, stands for them as a he or she would.
    const described = DESCRIBED_SUBJECT.exec(words)
    if (described && before(described) && ROLE_NOUNS.has(described[2]!.toLowerCase())) {
      const r = resolver.resolve(described[1]!, sentence, described.index)
      if (r?.ref.kind === 'person')
        return { ...r, confidence: Math.min(r.confidence, 0.5), sentence }
    }
  }
  return null
}

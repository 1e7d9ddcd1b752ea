/**
 * Place and time sieves, tried in order for each quotation once its speaker is known:
 *   clause          — the attribution's own clause ("…," Xi said at a briefing on Tuesday)
 *   continued       — the quotation this one continues
 *   speaker-scene   — the occasion last set for this speaker ("Xi made the remarks during a
 *                     visit to …"; "Morrison testified before the committee Tuesday"), which
 *                     holds until the article sets another for them
 *   remarks-after   — "Xi made the remarks while …" just after the quotation
 *   lede-scene      — the lede's occasion and time, for the people the lede is about
 * and, once every quotation has been through those:
 *   speaker-throughout — the one occasion a speaker's own clauses name, for all their words
 *   article-occasion   — the one gathering the opening paragraphs report, for the words of
 *                        speakers the article places nowhere
 */
import {
  DOCUMENT_NOUN_PATTERN,
  QUOTE_VERB_PATTERN,
  SOCIAL_MEDIA_PATTERN,
  SPEAKING_OCCASION_PATTERN,
  VISIT_VERB_PATTERN
} from '../../lexicon/lexicon'
import { roleIn, type EntityRegistry } from '../entities/registry'
import type { SpeakerResolver } from '../entities/resolve'
import { speechVerbs } from '../sieves/cue'
import { findTimePhrases, type FoundTime, type TimeAnchor } from '../time-phrases'
import type { ArticleView } from '../view'
import { surnameOf } from '../names'
import { findOccasion } from '../occasion'
import { circumstancesOf, reportedContent, tidyPlace, type Circumstances } from './circumstances'

export type SceneSieveId =
  | 'clause'
  | 'medium'
  | 'continued'
  | 'speaker-scene'
  | 'remarks-after'
  | 'lede-scene'
  | 'speaker-throughout'
  | 'article-occasion'
  | 'same-paragraph'

export interface Scene {
  where: string | null
  when: FoundTime | null
  whereSieve: SceneSieveId | null
  whenSieve: SceneSieveId | null
}

const EVENT_VERB = new RegExp(
  `\\b(?:${QUOTE_VERB_PATTERN}|${VISIT_VERB_PATTERN}|made the remarks|made the comments|gave|held|hosted|convened|led|issued|released|published|sent)\\b`
)
const REMARKS =
  /\b(?:made|delivered|gave|offered) (?:the|these|those|his|her|their) (?:remarks|comments|speech|statement|address)\b/

const MEDIUM = new RegExp(
  `^(?:(?:told|tells|speaking to|talking to|according to|as quoted by)\\s+(?:the\\s+)?[A-Z]|.*\\b(?:${DOCUMENT_NOUN_PATTERN}|interview|podcast|blog|website|account|${SOCIAL_MEDIA_PATTERN})\\b)`
)
/**
 * A channel ("told the BBC", "in a statement", "on Twitter") belongs to the words that came
 * through it; an occasion ("at the hearing", "during a visit to …") holds for everything the
 * speaker said there.
 */
/**
 * How many paragraphs an occasion or a channel set for a speaker carries over to their later
 * words: the annotation convention's "a nearby paragraph that clearly sets the context".
 */
const SCENE_REACH = 2

export const isMedium = (where: string): boolean => MEDIUM.test(where)

export interface SceneContext {
  view: ArticleView
  registry: EntityRegistry
  resolver: SpeakerResolver
  anchor: TimeAnchor | null
}

/**
 * Is `person` what sentence `si` is about: its subject by name, a leading he/she after a
 * sentence about them, or — just before their quotation, in its paragraph — any he/she that
 * can be them ("… when he visited Shandong Province. "…," Xi said.").
 */
function isAbout(ctx: SceneContext, si: number, speaker: string, quoteSentence = -1): boolean {
  const mentions = ctx.registry.mentions[si] ?? []
  if (mentions.some((m) => m.subject && m.person.name === speaker)) return true
  // "Lin made the remarks during a visit …": the speaker's name as the sentence's subject.
  const first = ctx.view.sentences[si]
  const surname = surnameOf(speaker)
  if (
    first &&
    new RegExp(
      `^(?:[A-Z][\\w.'’-]*\\s+)*${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:also\\s+|later\\s+)?[a-z]`
    ).test(first.words.trimStart())
  )
    return true
  const s = ctx.view.sentences[si]
  if (!s) return false
  const words = s.words
  if (words.includes(speaker)) {
    // The verb the speaker is subject of, not an opening participle ("Speaking at …, X said").
    const v = speechVerbs(words, s).find((x) => !/ing$/.test(x.verb))
    if (v && words.slice(0, v.index).includes(speaker)) return true
    // "…, said Wang Hui, deputy secretary-general of …, at a news conference": inverted.
    const inverted = speechVerbs(words, s).some((x) =>
      words.slice(x.end).trimStart().startsWith(speaker)
    )
    if (inverted) return true
  }
  // "The ambassador was speaking during …": a role the article gave the speaker.
  const role = words
    .trimStart()
    .match(/^The\s+((?:[a-z-]+\s+)?[a-z-]+)\s+(?:was|is|had|has|[a-z]+ed)\b/)
  if (role) {
    const noun = roleIn(role[1]!)
    if (noun && ctx.registry.withRole(noun, si)?.name === speaker) return true
  }
  if (/^(?:He|She)\s/.test(words.trimStart())) {
    const prev = ctx.registry.mentions[si - 1] ?? []
    if (prev.some((m) => m.subject && m.person.name === speaker)) return true
  }
  const next = ctx.view.sentences[si + 1]
  if (si + 1 === quoteSentence && next?.paragraph === s.paragraph) {
    const gender = ctx.registry.person(speaker)?.gender
    const pronoun = gender === 'f' ? /\bshe\b/i : gender === 'm' ? /\bhe\b/i : /\b(?:he|she)\b/i
    return pronoun.test(words) && (ctx.registry.mentions[si] ?? []).length === 0
  }
  return false
}

/** "told Hawk Sawyer": a person spoken to is neither a place nor a channel. */
export function withoutPersonHearer(c: Circumstances, registry: EntityRegistry): Circumstances {
  const hearer = c.where?.match(
    /^(?:told|tells|tell|telling)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)$/
  )?.[1]
  return hearer && registry.person(hearer) ? { ...c, where: null } : c
}

/** The circumstances of sentence `si`'s first verb of saying or going, its content left out. */
export function sentenceScene(ctx: SceneContext, si: number): Circumstances | null {
  const s = ctx.view.sentences[si]
  if (!s) return null
  const words = s.words
  const event = words.match(EVENT_VERB)
  if (!event) return null
  const v = speechVerbs(words, s)[0]
  const [from, to] = v ? reportedContent(s, words, v.end) : [-1, -1]
  return withoutPersonHearer(
    circumstancesOf(s, v?.index ?? event.index!, from, to, ctx.anchor),
    ctx.registry
  )
}

/**
 * The latest scene the article set for `speaker` in the sentences before `si` (and in `si`
 * itself before offset `before`), from the quotations already placed or the speaker's own
 * sentences.
 */
export function speakerScene(
  ctx: SceneContext,
  speaker: string,
  si: number,
  earlier: ReadonlyArray<{ speaker: string | null; sentence: number; scene: Scene }>
): Circumstances | null {
  const paragraph = ctx.view.sentences[si]?.paragraph ?? 0
  const nearby = (k: number): boolean =>
    paragraph - (ctx.view.sentences[k]?.paragraph ?? 0) <= SCENE_REACH
  // Only the quotations and sentences within reach matter; walk back no further.
  const recent: Array<(typeof earlier)[number]> = []
  for (let i = earlier.length - 1; i >= 0 && nearby(earlier[i]!.sentence); i--)
    recent.push(earlier[i]!)
  const scenes: Array<{ sentence: number; scene: Circumstances }> = recent
    .filter((e) => e.speaker === speaker && e.sentence <= si && (e.scene.where || e.scene.when))
    .map((e) => ({ sentence: e.sentence, scene: e.scene }))
  for (let k = si - 1; k >= 0 && nearby(k); k--) {
    if (!isAbout(ctx, k, speaker, si) || scenes.some((e) => e.sentence === k)) continue
    const c = sentenceScene(ctx, k)
    if (c && (c.where || c.when)) scenes.push({ sentence: k, scene: c })
  }
  scenes.sort((a, b) => b.sentence - a.sentence)
  // Another speaker quoted in between starts another scene.
  const interrupted = (k: number): boolean =>
    recent.some(
      (e) => e.sentence > k && e.sentence <= si && e.speaker !== null && e.speaker !== speaker
    )
  // A relay ("as quoted by Yonhap") names who passed those words on, not an occasion to share.
  const relay = (w: string): boolean => /^(?:as quoted by|according to)\b/.test(w)
  const placed = scenes.find(
    (e) => e.scene.where && !relay(e.scene.where) && !interrupted(e.sentence)
  )
  const timed = scenes.find((e) => e.scene.when && !interrupted(e.sentence))
  return {
    where: placed?.scene.where ?? null,
    when: (placed?.scene.when ?? null) || (timed?.scene.when ?? null)
  }
}

/** "Xi made the remarks while meeting …", in the sentence right after the quotation. */
export function remarksAfter(ctx: SceneContext, speaker: string, si: number): Circumstances | null {
  const next = ctx.view.sentences[si + 1]
  const cur = ctx.view.sentences[si]
  if (!next || !cur || next.paragraph > cur.paragraph + 1) return null
  const words = next.words
  const m = words.match(REMARKS)
  if (!m) return null
  const who = ctx.resolver.resolve(words.slice(0, m.index), next.index, m.index!)
  if (who?.ref.name !== speaker) return null
  return circumstancesOf(next, m.index!, -1, -1, ctx.anchor)
}

/**
 * The lede's event ("Kurt Volker and Tim Morrison testified before the House Intelligence
 * Committee Tuesday …"): its occasion and time hold for the words of the people it is about,
 * wherever in the article they are quoted, unless the article sets another for them. A wire
 * lead about a government or company ("China on Tuesday called on …") is about its
 * spokespeople too: `stems` are the word stems of the lede's subject, to match their employer.
 */
export function ledeScene(
  ctx: SceneContext
): { scene: Circumstances; people: Set<string>; stems: string[] } | null {
  const lede = ctx.view.paragraphs.find((p) => p.length > 0)?.[0]
  if (!lede) return null
  const c = sentenceScene(ctx, lede.index)
  if (!c || (!c.when && !c.where)) return null
  const people = new Set(
    (ctx.registry.mentions[lede.index] ?? []).filter((m) => m.subject).map((m) => m.person.name)
  )
  const words = lede.words
  const verb = lede.tokens.find(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text)
  )
  const stems = wordStems(words.slice(0, verb?.start ?? 0))
  // "NASA celebrated …": NASA's own people ("NASA Administrator Charles Bolden") were there too.
  for (const p of ctx.registry.people)
    if (p.org && wordStems(p.org).some((w) => stems.includes(w))) people.add(p.name)
  return {
    scene: { where: c.where && !isMedium(c.where) ? c.where : null, when: c.when },
    people,
    stems
  }
}

/** Four-letter stems of the content words in `text` ("Indian Foreign Ministry" → indi, fore, mini). */
export function wordStems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    .filter((w) => !['that', 'with', 'from', 'this', 'their', 'said', 'says'].includes(w))
    .map((w) => w.slice(0, 4))
}

/**
 * Channels that are occasions too: an interview or a news conference is where everything the
 * speaker said in it was said, not only the words the clause introduces.
 */
const OCCASION_CHANNEL = /\b(?:interview|news conference|press conference|briefing)\b/
/**
 * What a speaker's reported speech can set for all their words: a gathering they spoke at, or
 * an outlet they spoke to ("told China Daily"), which is an interview.
 */
const SPOKEN_OCCASION = new RegExp(
  `^(?:told|speaking to|talking to)\\s+(?:the\\s+)?[A-Z]|\\b(?:${SPEAKING_OCCASION_PATTERN})\\b`
)

/**
 * Where each speaker's reported speech outside quotation marks took place: the sentences about
 * them whose verb of saying introduces no quotation ("The members will follow US law, Allen
 * told China Daily.").
 */
export function reportedScenes(
  ctx: SceneContext,
  speakers: ReadonlySet<string>
): Map<string, Circumstances[]> {
  const out = new Map<string, Circumstances[]>()
  ctx.view.sentences.forEach((s, k) => {
    if (s.masked.includes('⟦')) return
    const verbs = speechVerbs(s.words, s)
    if (verbs.length === 0) return
    // The speaker is the verb's subject: "…, Allen told China Daily" or "…, said Allen".
    const speaker =
      (ctx.registry.mentions[k] ?? []).find(
        (m) =>
          speakers.has(m.person.name) &&
          verbs.some(
            (v) =>
              /^[\s,]*(?:[a-z]+ly\s+)?$/.test(s.words.slice(m.end, v.index)) ||
              /^\s*$/.test(s.words.slice(v.end, m.start))
          )
      )?.person.name ??
      // "The ambassador was speaking during …": a role or pronoun the article gave them.
      (/^(?:The|He|She)\s/.test(s.words.trimStart())
        ? [...speakers].find((p) => isAbout(ctx, k, p))
        : undefined)
    const c = speaker ? sentenceScene(ctx, k) : null
    if (speaker && c?.where) out.set(speaker, [...(out.get(speaker) ?? []), c])
  })
  return out
}

/**
 * speaker-throughout: a speaker whose own attribution clauses name one occasion, and whose
 * words the article places nowhere else ("…," Mayer said Tuesday at the Code Media conference;
 * "…," Mayer said.), spoke there throughout, before that clause as well as after it. A channel
 * ("told the BBC", "in a statement") stays with the words that came through it, unless it is an
 * interview or a news conference. Returns the scenes, in the order given.
 */
export function speakerThroughout(
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene }>,
  reported: ReadonlyMap<string, readonly Circumstances[]> = new Map()
): Scene[] {
  const places = new Map<string, Set<string>>()
  const named = new Map<string, Set<string>>()
  // When each occasion was, as the clause that named it says.
  const times = new Map<string, FoundTime>()
  const name = (speaker: string, where: string, when: FoundTime | null): void => {
    named.set(speaker, (named.get(speaker) ?? new Set()).add(where))
    if (when && !times.has(`${speaker}\u0000${where}`)) times.set(`${speaker}\u0000${where}`, when)
  }
  // Their reported speech counts as their own clauses: "The members will follow US law, …,
  // Allen told China Daily." sets the interview for every quotation of Allen's.
  for (const [speaker, scenes] of reported)
    for (const { where, when } of scenes) {
      if (!where) continue
      places.set(speaker, (places.get(speaker) ?? new Set()).add(where))
      if (SPOKEN_OCCASION.test(where)) name(speaker, where, when)
    }
  for (const { speaker, scene } of quotes) {
    if (!speaker || !scene.where) continue
    places.set(speaker, (places.get(speaker) ?? new Set()).add(scene.where))
    if (
      scene.whereSieve === 'clause' &&
      (!isMedium(scene.where) || OCCASION_CHANNEL.test(scene.where))
    )
      name(speaker, scene.where, scene.whenSieve === 'clause' ? scene.when : null)
  }
  // A time carried with the occasion to the speaker's other words ("The ambassador was
  // speaking during a dialogue … on Monday") is its time too.
  for (const { speaker, scene } of quotes)
    if (speaker && scene.where && scene.when && !times.has(`${speaker}\u0000${scene.where}`))
      times.set(`${speaker}\u0000${scene.where}`, scene.when)
  // One place for all the speaker's placed words, and their own clause names it as an occasion.
  const occasion = new Map<string, string>()
  for (const [speaker, wheres] of places) {
    const [where] = wheres
    if (wheres.size === 1 && named.get(speaker)?.has(where!)) occasion.set(speaker, where!)
  }
  return quotes.map(({ speaker, scene }) => {
    const where = speaker ? occasion.get(speaker) : null
    if (!where) return scene
    const out = { ...scene }
    if (!out.where) Object.assign(out, { where, whereSieve: 'speaker-throughout' })
    const when = times.get(`${speaker}\u0000${where}`)
    if (!out.when && when) Object.assign(out, { when, whenSieve: 'speaker-throughout' })
    return out
  })
}

/** How many opening paragraphs may set the article's occasion. */
const OPENING_PARAGRAPHS = 2
const GATHERING = new RegExp(`\\b(?:${SPEAKING_OCCASION_PATTERN})\\b`)

/**
 * article-occasion: a report of one gathering ("Councillors voted 6-4 at a special council
 * meeting …"; "the publishing group recently organized a seminar on …") is where the people it
 * quotes spoke, unless the article places them somewhere else. Only a gathering the opening
 * paragraphs name counts, and only when they name one.
 */
export function articleOccasion(ctx: SceneContext): Circumstances | null {
  const found = new Map<string, FoundTime | null>()
  const opening = ctx.view.paragraphs.filter((p) => p.length > 0).slice(0, OPENING_PARAGRAPHS)
  for (const paragraph of opening)
    for (const s of paragraph) {
      // A sentence with a quotation is its speaker's own scene, for the other sieves.
      if (s.masked.includes('⟦')) continue
      const occasion = findOccasion(s.masked, -1)
      if (!occasion || !GATHERING.test(occasion.phrase) || /\binterview\b/.test(occasion.phrase))
        continue
      // "the progress made at a meeting of …": a reduced relative describes a thing, not a scene.
      const k = s.tokens.findIndex((t) => t.start >= occasion.index)
      const [noun, verb] = [s.tokens[k - 3], s.tokens[k - 2]]
      if (verb?.pos === 'VERB' && noun?.pos === 'NOUN') continue
      // The phrase ends where a verb starts a clause ("talks with … broke down late").
      const end = s.tokens.find(
        (t) =>
          t.start > occasion.index &&
          t.start < occasion.index + occasion.phrase.length &&
          (t.pos === 'VERB' || t.pos === 'AUX')
      )
      const phrase = (
        end ? occasion.phrase.slice(0, end.start - occasion.index) : occasion.phrase
      ).replace(/(?:\s+(?:to|for|of|and|in|on|at|with|by))+\s*$/, '')
      if (!GATHERING.test(phrase) || found.has(tidyPlace(phrase))) continue
      // Its time is the one its sentence gives, or else the lede's ("… on Tuesday night").
      found.set(tidyPlace(phrase), firstTime(ctx, s) ?? firstTime(ctx, opening[0]![0]!))
    }
  const [only] = found.size === 1 ? [...found] : []
  return only ? { where: only[0], when: only[1] } : null
}

const firstTime = (ctx: SceneContext, s: ArticleView['sentences'][number]): FoundTime | null =>
  findTimePhrases(s.words, ctx.anchor).find((t) => !/^since\b/i.test(t.phrase)) ?? null

/** Places `occasion` for the quotations whose speaker the article places nowhere. */
export function withArticleOccasion(
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene }>,
  occasion: Circumstances | null
): Scene[] {
  const placed = new Set(quotes.filter((q) => q.scene.where).map((q) => q.speaker))
  return quotes.map(({ speaker, scene }) => {
    if (!occasion?.where || !speaker || placed.has(speaker)) return scene
    const out: Scene = { ...scene, where: occasion.where, whereSieve: 'article-occasion' }
    if (!out.when && occasion.when)
      Object.assign(out, { when: occasion.when, whenSieve: 'article-occasion' })
    return out
  })
}

/**
 * same-paragraph: a quotation takes the place or channel its speaker's next words in the same
 * paragraph were given ("…," Trump said. "…," he said in a statement.), when nobody else is
 * quoted between them: one paragraph of a speaker's words is one occasion. Not the time: a
 * date in the later clause often belongs to what it reports.
 */
export function withinParagraph(
  quotes: ReadonlyArray<{ speaker: string | null; paragraph: number; scene: Scene }>
): Scene[] {
  const out = quotes.map((q) => q.scene)
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!
    const next = quotes[i + 1]!
    if (!q.speaker || next.speaker !== q.speaker || next.paragraph !== q.paragraph) continue
    const later = out[i + 1]!
    const scene = { ...out[i]! }
    if (!scene.where && later.where)
      Object.assign(scene, { where: later.where, whereSieve: 'same-paragraph' })
    out[i] = scene
  }
  return out
}

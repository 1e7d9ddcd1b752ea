/**
 * Quote attribution as ordered, named sieves (after Stanford CoreNLP's quote attribution):
 * first the quote-to-mention sieves that read the quotation's own sentence, then the
 * quote-to-quote sieves that link a quotation to one already attributed, then the mention is
 * resolved to a speaker through the entity registry, and last the place and time sieves.
 * Every quotation keeps the name of the sieve and rule that decided it, the speakers weighed
 * and a confidence, so the app can ask the user where the generator was unsure.
 */
import { calibrated } from './calibration'
import type { Quote } from '../model'
import { quoteVerbAt } from '../lexicon/lexicon'
import { allMatches } from '../matches'
import { EntityRegistry } from './entities/registry'
import { SpeakerResolver, type MentionRule, type Resolution } from './entities/resolve'
import { placeOfDescribed } from './entities/speaker-phrase'
import { colonIntro } from './sieves/colon-intro'
import { issuer } from './sieves/issuer'
import {
  attributedLater,
  echo,
  nextParagraph,
  paragraphContinuation,
  recentSpeaker,
  runsOn,
  sameSentence,
  type Attributed,
  type ContextSieve
} from './sieves/continuation'
import { speechVerbs, type Cue, type LocalSieve, type SieveId } from './sieves/cue'
import { leadingVerb } from './sieves/leading-verb'
import { paragraphSubject } from './sieves/paragraph-subject'
import { reportedBefore } from './sieves/reported-before'
import { sentenceTail } from './sieves/sentence-tail'
import { nextSentence } from './sieves/next-sentence'
import {
  echoedLater,
  ledeDescribedRevision,
  madeThisRevision,
  type RevisionSieve
} from './sieves/revisions'
import { trailingVerb } from './sieves/trailing-verb'
import { circumstancesOf, reportedContent } from './scene/circumstances'
import {
  articleOccasion,
  groupChannel,
  withGroupChannel,
  courtSitting,
  reportedScenes,
  speakerThroughout,
  withArticleOccasion,
  withCourtSitting,
  withinParagraph
} from './scene/article-sieves'
import {
  isMedium,
  remarksAfter,
  speakerScene,
  ledeScene,
  oneOfCrowd,
  sameMedium,
  sentenceScene,
  wordStems,
  type Scene,
  type SceneContext
} from './scene/scene-sieves'
import { isPartial, isTerm } from './quote-or-term'
import { longBefore, toTimeRef } from './time-phrases'
import type { ArticleView, QuoteSite } from './view'

/** Quote-to-mention sieves, in the order they are tried. */
export const LOCAL_SIEVES: ReadonlyArray<[SieveId, LocalSieve]> = [
  ['trailing-verb', trailingVerb],
  ['issuer', issuer],
  ['leading-verb', leadingVerb],
  ['colon-intro', colonIntro],
  ['sentence-tail', sentenceTail],
  ['next-sentence', nextSentence]
]
/** Quote-to-quote sieves, in order, for quotations no local sieve attributed. */
export const CONTEXT_SIEVES: ReadonlyArray<[SieveId, ContextSieve]> = [
  ['same-sentence', sameSentence],
  ['runs-on', runsOn],
  ['paragraph-continuation', paragraphContinuation],
  ['next-paragraph', nextParagraph],
  ['attributed-later', attributedLater]
]
/** Sieves that revise a speaker already resolved, in order; each sees what the one before left. */
export const REVISION_SIEVES: ReadonlyArray<[string, RevisionSieve]> = [
  ['made-this', madeThisRevision],
  ['lede-described', ledeDescribedRevision]
]
/** How far on, in paragraphs and in quotations, a described speaker's fragment may be echoed. */
const ECHO_REACH = 4
const ECHO_QUOTES = 12
/** After a quotation, a pronoun as the next verb's subject: " it ", ", she also ". */
const QUOTATION_THEN_PRONOUN = /^[\s,]*(?:it|he|she|they)\s+(?:also\s+)?/i
/** How much a link to another quotation keeps of that quotation's confidence. */
const LINK_TRUST: Partial<Record<SieveId, number>> = {
  'same-sentence': 1,
  'runs-on': 0.97,
  'paragraph-continuation': 0.93,
  'next-paragraph': 0.85,
  'attributed-later': 0.85,
  echo: 0.85,
  // The last resort: a guess the app asks the user to check.
  'recent-speaker': 0.6
}

export interface AttributedQuote {
  site: QuoteSite
  cue: Cue | null
  /** The quotation this one shares its speaker with, for linking sieves. */
  from: number | null
  sieve: SieveId | null
  resolution: Resolution | null
  scene: Scene
  /** For a quotation attributed from context, the sentence that set its speaker. */
  sceneSentence?: number
  /**
   * A verb of saying beside the words whose subject named nobody ("…," it said in a statement),
   * kept when another sieve found the speaker: it still tells the occasion.
   */
  ownCue?: Cue
}

export interface AttributionResult {
  quotes: AttributedQuote[]
  terms: QuoteSite[]
  registry: EntityRegistry
  resolver: SpeakerResolver
}

export function attributeQuotes(view: ArticleView): AttributionResult {
  const registry = new EntityRegistry(view)
  const resolver = new SpeakerResolver(registry, view)
  const quotes: AttributedQuote[] = []
  const terms: QuoteSite[] = []
  const done = new Map<number, Attributed>()
  const bySite = new Map<number, AttributedQuote>()

  // 1. The quotation's own sentence, in reading order so "he" finds who came before.
  const cues = new Map<number, Cue | null>()
  for (const site of view.sites) {
    let cue: Cue | null = null
    if (site.text && view.sentences[site.sentence])
      for (const [, sieve] of LOCAL_SIEVES) if ((cue = sieve(site, view))) break
    cues.set(site.n, cue)
  }
  // "The outages have been "terribly disruptive" and …, "we won't …," its CEO said": a sentence
  // that gives one quotation a speaker gives its fragments one too.
  const attributedIn = new Set<number>()
  for (const site of view.sites) if (cues.get(site.n)) attributedIn.add(site.sentence)
  for (const site of view.sites) {
    if (!site.text) continue
    const s = view.sentences[site.sentence]
    if (!s) continue
    const cue = cues.get(site.n) ?? null
    const closedByPunctuation = /[,.!?;:]\s*$/.test(s.text.slice(site.start + 1, site.end - 1))
    const suffix = closedByPunctuation ? '' : s.text.slice(site.end)
    const attributed = cue !== null || attributedIn.has(site.sentence)
    if (isTerm(site.text, s.text.slice(0, site.start), suffix, attributed)) {
      terms.push(site)
      continue
    }
    const at = cue
      ? Math.min(cue.verbAt < 0 ? Infinity : cue.verbAt, cue.after ? cue.verbAt : site.start)
      : site.start
    const resolution = cue
      ? resolver.resolve(cue.chunk, cue.sentence, Number.isFinite(at) ? at : site.start, cue.relay)
      : null
    if (resolution) resolver.note(resolution.ref, site.sentence, resolution.rule)
    const q: AttributedQuote = {
      site,
      cue,
      from: null,
      sieve: resolution ? cue!.sieve : null,
      resolution,
      scene: { where: null, when: null, whereSieve: null, whenSieve: null }
    }
    quotes.push(q)
    bySite.set(site.n, q)
    if (resolution) done.set(site.n, { site, speaker: resolution.ref.name, sieve: cue!.sieve })
  }

  // 1b. A sentence nearby may say who the speaker named in the quotation's sentence is.
  const revising = { view, registry, resolver }
  for (const q of quotes) {
    if (!q.resolution || !q.cue) continue
    let r = q.resolution
    for (const [, revise] of REVISION_SIEVES) r = revise(q.cue, r, revising) ?? r
    if (r === q.resolution) continue
    q.resolution = r
    done.set(q.site.n, { site: q.site, speaker: r.ref.name, sieve: q.cue.sieve })
  }

  // 1c. A described speaker's fragment that a named person's later quotation repeats.
  quotes.forEach((q, i) => {
    if (!q.resolution || !q.cue) return
    const within = quotes
      .slice(i + 1, i + 1 + ECHO_QUOTES)
      .filter((l) => l.site.paragraph - q.site.paragraph <= ECHO_REACH)
    const r = echoedLater(q.site.text, q.resolution, () =>
      within.map((l) => ({ text: l.site.text, resolution: l.resolution }))
    )
    if (!r) return
    q.resolution = r
    done.set(q.site.n, { site: q.site, speaker: r.ref.name, sieve: q.cue.sieve })
  })

  // 2. Quotations without their own attribution share one already made.
  const quoteSites = quotes.map((q) => q.site)
  /** Links `q` to the quotation `sieve` names, with that one's speaker; false when it names none. */
  const share = (q: AttributedQuote, id: SieveId, sieve: ContextSieve): boolean => {
    const link = sieve(q.site, view, done, quoteSites)
    const source = link ? bySite.get(link.from) : undefined
    if (!link || !source?.resolution) return false
    q.from = link.from
    q.sieve = id
    q.resolution = {
      ...source.resolution,
      confidence: source.resolution.confidence * (LINK_TRUST[id] ?? 0.8)
    }
    done.set(q.site.n, { site: q.site, speaker: q.resolution.ref.name, sieve: id })
    return true
  }
  for (const q of quotes) {
    if (q.resolution || CONTEXT_SIEVES.some(([id, sieve]) => share(q, id, sieve))) continue
    const cue = reportedBefore(q.site, view)
    const reported = cue ? resolver.resolve(cue.chunk, cue.sentence, cue.verbAt) : null
    if (cue && reported) {
      if (q.cue && q.cue.sentence === q.site.sentence) q.ownCue = q.cue
      Object.assign(q, {
        cue,
        sieve: 'reported-before',
        resolution: { ...reported, confidence: reported.confidence * 0.85 }
      })
      done.set(q.site.n, { site: q.site, speaker: reported.ref.name, sieve: 'reported-before' })
      continue
    }
    if (share(q, 'echo', echo)) continue
    const guess = paragraphSubject(q.site, view, registry, resolver)
    if (guess) {
      q.sieve = 'paragraph-subject'
      q.resolution = guess
      q.sceneSentence = guess.sentence
      done.set(q.site.n, { site: q.site, speaker: guess.ref.name, sieve: 'paragraph-subject' })
      continue
    }
    share(q, 'recent-speaker', recentSpeaker)
  }

  // 3. Where and when.
  const ctx: SceneContext = { view, registry, resolver, anchor: view.anchor }
  const story = ledeScene(ctx)
  // Whoever speaks in the lede is one of its people too ("…, spokesman Lu Kang said during …").
  const lede = view.paragraphs.find((p) => p.length > 0)?.[0]
  for (const q of quotes)
    if (
      story &&
      q.resolution?.ref.kind === 'person' &&
      (q.cue?.sentence ?? q.site.sentence) === lede?.index
    )
      story.people.add(q.resolution.ref.name)
    // "said one resident": one of a crowd lede's crowd.
    else if (story?.crowd && q.resolution && oneOfCrowd(q.resolution.ref.name))
      story.people.add(q.resolution.ref.name)
  const placed: Array<{ speaker: string | null; sentence: number; scene: Scene }> = []
  for (const q of quotes) {
    q.scene = sceneFor(q, ctx, bySite, placed, story)
    placed.push({
      speaker: q.resolution?.ref.name ?? null,
      sentence: q.site.sentence,
      scene: q.scene
    })
  }
  // "“We received reports …¶ “Without the visit, …,” the statement said", "… “terribly
  // disruptive” and “we will not stop,” Roe told reporters": a quotation that takes its speaker
  // from a later one (the paragraph that closes it, a fragment later in its sentence) was placed
  // before that one was, and shares its scene. Backwards, so a chain fills from its end.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!
    const source = q.from !== null ? bySite.get(q.from) : undefined
    if (!source || source.site.n < q.site.n || q.scene.untold) continue
    q.scene = { ...q.scene }
    if (!q.scene.where && source.scene.where)
      Object.assign(q.scene, { where: source.scene.where, whereSieve: 'continued' })
    if (!q.scene.when && source.scene.when)
      Object.assign(q.scene, { when: source.scene.when, whenSieve: 'continued' })
  }
  const speakers = new Set(quotes.flatMap((q) => (q.resolution ? [q.resolution.ref.name] : [])))
  const scenes = speakerThroughout(
    quotes.map((q) => ({
      speaker: q.resolution?.ref.name ?? null,
      scene: q.scene,
      sentence: q.site.sentence
    })),
    reportedScenes(ctx, speakers),
    (name) => registry.person(name) !== null,
    ctx.anchor
  )
  const benched = withCourtSitting(
    ctx,
    quotes.map((q, i) => ({
      speaker: q.resolution?.ref.name ?? null,
      scene: scenes[i]!,
      sentence: q.cue?.sentence ?? q.site.sentence
    })),
    courtSitting(ctx)
  )
  const told = withGroupChannel(
    quotes.map((q, i) => ({ speaker: q.resolution?.ref.name ?? null, scene: benched[i]! })),
    groupChannel(ctx)
  )
  const final = withArticleOccasion(
    quotes.map((q, i) => ({ speaker: q.resolution?.ref.name ?? null, scene: told[i]! })),
    articleOccasion(ctx)
  )
  const shared = withinParagraph(
    quotes.map((q, i) => ({
      speaker: q.resolution?.ref.name ?? null,
      paragraph: q.site.paragraph,
      scene: final[i]!
    }))
  )
  quotes.forEach((q, i) => (q.scene = shared[i]!))
  return { quotes, terms, registry, resolver }
}

/**
 * Words said on some earlier occasion the article does not set ("has long argued", "once
 * described"): no later scene is theirs. The time, perhaps one more word, then the verb.
 */
const ANOTHER_TIME =
  /\b(?:previously|formerly|once|in the past|(?:has|have|had) (?:long|repeatedly|often|frequently|consistently|always))\s+/g
const WORD_THEN_SPACE = /\w+\s+/y
const DESCRIBED = /described\b/y
function saidAnotherTime(words: string): boolean {
  const verbAt = (at: number): boolean => {
    DESCRIBED.lastIndex = at
    return quoteVerbAt(words, at) || DESCRIBED.test(words)
  }
  return allMatches(ANOTHER_TIME, words).some((m) => {
    const at = m.index + m[0].length
    WORD_THEN_SPACE.lastIndex = at
    return verbAt(at) || (WORD_THEN_SPACE.test(words) && verbAt(WORD_THEN_SPACE.lastIndex))
  })
}

function sceneFor(
  q: AttributedQuote,
  ctx: SceneContext,
  bySite: ReadonlyMap<number, AttributedQuote>,
  placed: ReadonlyArray<{ speaker: string | null; sentence: number; scene: Scene }>,
  story: ReturnType<typeof ledeScene>
): Scene {
  const scene: Scene = { where: null, when: null, whereSieve: null, whenSieve: null }
  const set = (
    c: { where: string | null; when: Scene['when'] } | null,
    id: Scene['whereSieve']
  ): void => {
    if (!c) return
    if (!scene.where && c.where) {
      scene.where = c.where
      scene.whereSieve = id
    }
    if (!scene.when && c.when) {
      scene.when = c.when
      scene.whenSieve = id
    }
  }
  const cue = q.cue && q.resolution && !q.from ? q.cue : null
  if (cue) {
    const s = ctx.view.sentences[cue.sentence]!
    // "X noted that … "…"": the that-clause is content; "…," X said, adding that …: so is that.
    let from = -1
    let to = -1
    if (!cue.after) {
      // The quotation may stand in a later sentence ("The officials said that …. "…"").
      const end = cue.sentence === q.site.sentence ? q.site.start : s.masked.length
      const m = s.masked.slice(cue.verbEnd, end).match(/^[^⟦]*?\bthat\b/)
      if (m) [from, to] = [cue.verbEnd + m[0].length, s.masked.length]
      // "said she had "never seen things this bad" in her 13 years using the service": a
      // clause with no "that" is content too, and so is all it says after the quotation.
      else if (cue.sentence === q.site.sentence)
        [from, to] = reportedContent(s, s.masked, cue.verbEnd)
    } else {
      const m = s.masked
        .slice(cue.verbEnd)
        .match(/,\s*(?:adding|saying|noting|explaining|arguing)\b/)
      if (m) [from, to] = [cue.verbEnd + m.index!, s.masked.length]
    }
    // "told Ray Hadley", "told Iwaya": the one spoken to, a host or a counterpart, is the
    // occasion as much as "told the BBC" is.
    set(circumstancesOf(s, cue.verbAt, from, to, ctx.anchor), 'clause')
    // "The board stressed that … "…," it said in a media statement": the verb right after the
    // quotation, its subject a pronoun for the same speaker, gives the place the verb before it
    // did not.
    if (!cue.after && !scene.where && cue.sentence === q.site.sentence) {
      const pronoun = QUOTATION_THEN_PRONOUN.exec(s.masked.slice(q.site.end))
      const at = pronoun ? q.site.end + pronoun[0].length : -1
      if (speechVerbs(s.words, s).some((v) => v.index === at))
        set({ where: circumstancesOf(s, at, -1, -1, ctx.anchor).where, when: null }, 'clause')
    }
    // "A shopper outside the market in Kumasi said": where they stood is where they spoke.
    if (q.resolution?.rule === 'unnamed-source')
      set({ where: placeOfDescribed(q.resolution.ref.name), when: null }, 'described-place')
    if (cue.source) set({ where: cue.source, when: null }, 'medium')
    // "the post by an unknown author", "FedEx's filing": the document the words came in.
    const medium = q.resolution?.ref.medium
    if (medium) set({ where: medium, when: null }, 'medium')
    // "Tillerson previously called himself …", "Amano has repeatedly stressed …": words from
    // another, untold occasion, or from many.
    if (saidAnotherTime(s.words)) return { ...scene, untold: true }
  }
  // "Eskom said on Thursday it would …" ¶ "…," it said in a statement: the speaker from the
  // sentence before, the channel from the words' own.
  if (q.ownCue) {
    const own = ctx.view.sentences[q.ownCue.sentence]!
    set(
      { where: circumstancesOf(own, q.ownCue.verbAt, -1, -1, ctx.anchor).where, when: null },
      'clause'
    )
  }
  if (q.sceneSentence !== undefined) set(sentenceScene(ctx, q.sceneSentence), 'clause')
  const source = q.from !== null ? bySite.get(q.from) : undefined
  if (source) {
    const sameSentence = source.site.sentence === q.site.sentence
    if (sameSentence)
      return {
        ...source.scene,
        whereSieve: source.scene.whereSieve && 'continued',
        whenSieve: source.scene.whenSieve && 'continued'
      }
    set({ where: source.scene.where, when: source.scene.when }, 'continued')
  }
  // "A statement by the ministry quoted Roe as saying …": a document that relays the words holds
  // them, whatever occasion the speaker was at before.
  if (cue?.medium && cue.inDocument) set({ where: cue.medium, when: null }, 'medium')
  const speaker = q.resolution?.ref.name
  // "…," Roe said. ¶ "The minister was speaking to residents at …", "X made this call during …":
  // the sentence after the words tells their own occasion, before any the speaker had earlier.
  if (speaker && !scene.where) set(remarksAfter(ctx, speaker, q.site.sentence), 'remarks-after')
  if (speaker && (!scene.where || !scene.when)) {
    let prior = speakerScene(ctx, speaker, q.site.sentence, placed, scene.when)
    // Relayed words ("as quoted by The Times") came through their own channel: only an occasion
    // the speaker was at ("the post-match press conference") outranks it, not another channel.
    if (prior?.where && cue?.medium && isMedium(prior.where)) prior = { ...prior, where: null }
    // An earlier scene at another time is another occasion: its place does not carry over; nor
    // does one of no stated time to words dated well before the story ("Last year, Roe warned").
    const own = scene.when
    const another =
      own && (prior?.when ? prior.when.resolved !== own.resolved : longBefore(own, ctx.anchor))
    if (prior && !another) set(prior, 'speaker-scene')
  }
  if (speaker && scene.where && !scene.when)
    set(sameMedium(ctx, speaker, q.site.sentence, scene.where), 'same-medium')
  // A relay ("as quoted by The Times") is how the words reached the writer: the answer when the
  // article places the speaker at no occasion.
  if (cue?.medium) set({ where: cue.medium, when: null }, 'medium')
  // The lede's event holds for its people throughout (a hearing or a briefing has several
  // speakers); a wire lead's time holds for the spokesperson quoted right after it, who speaks
  // for the lede's subject.
  if (speaker && story?.people.has(speaker)) set(story.scene, 'lede-scene')
  const voice = q.cue ? (ctx.view.sentences[q.cue.sentence]?.words ?? '') : ''
  if (
    story &&
    !scene.when &&
    q.site.paragraph <= 1 &&
    /\bspokes(?:person|man|woman)\b/i.test(voice) &&
    wordStems(voice).some((w) => story.stems.includes(w))
  )
    set({ where: null, when: story.scene.when }, 'lede-scene')
  return scene
}

/**
 * "RON KNIGHT" as "Ron Knight": a person's name some house styles write in capitals where it
 * opens a story, in the case a card should show. Capitals after an apostrophe or a hyphen stay
 * ("O’Brien-Smith").
 */
function inTitleCase(name: string): string {
  if (!/^[\p{Lu}'’.-]+(?:\s+[\p{Lu}'’.-]+)*$/u.test(name) || !/\p{Lu}{3}/u.test(name)) return name
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase()
    )
}

/** The app's view of an attributed quotation. */
export function toQuote(q: AttributedQuote, id: string, sentenceText: string): Quote {
  const r = q.resolution
  return {
    id,
    text: q.site.text,
    speaker: r ? (r.ref.kind === 'person' ? inTitleCase(r.ref.name) : r.ref.name) : null,
    where: q.scene.where,
    when: q.scene.when ? toTimeRef(q.scene.when) : null,
    sentenceIndex: q.site.sentence,
    partial: isPartial(sentenceText.slice(0, q.site.start)) && !/^[A-Z]/.test(q.site.text),
    basis: {
      sieve: q.sieve ?? 'none',
      rule: (r?.rule ?? null) as MentionRule | null,
      confidence: r
        ? Math.round(calibrated(q.sieve ?? 'none', r.rule, r.confidence) * 100) / 100
        : 0,
      candidates: r?.candidates ?? [],
      whereSieve: q.scene.whereSieve,
      whenSieve: q.scene.whenSieve
    }
  }
}

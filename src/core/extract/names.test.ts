import { describe, expect, it } from 'vitest'
import { findNameRuns, looksLikePerson, looksLikeSpeakerName, surnameOf } from './names'

const names = (text: string): string[] => findNameRuns(text).map((r) => r.name)

describe('name runs', () => {
  it('judges a name with initials before it by the name ("K R Mohan Kumar"), not a body ("U K Power")', () => {
    const person = (text: string): boolean[] => findNameRuns(text).map(looksLikePerson)
    expect(person('says K R Mohan Kumar, president')).toEqual([true])
    expect(person('says K. R. Mohan Kumar, president')).toEqual([true])
    expect(person('said U K Power Networks')).toEqual([false])
  })

  it('reads a word opening with an accented capital, and a mutated one after it, as name words', () => {
    expect(names('Union president Cathal Ó hÚigín said the plan failed.')).toContain(
      'Cathal Ó hÚigín'
    )
    expect(names('Minister Seán Ó Dálaigh spoke on Monday.')).toContain('Seán Ó Dálaigh')
  })

  it('leaves a weekday after a name out of it', () => {
    expect(names('A firefight in downtown Kingston Wednesday morning left four dead.')).toEqual([
      'Kingston'
    ])
    expect(names('Mayor Ana Roe Tuesday signed the order.')).toContain('Ana Roe')
  })
  it('reads a body’s name joined by "and" as one name, and two names as two', () => {
    expect(names('The Food and Drink Federation welcomed the report.')).toEqual([
      'Food and Drink Federation'
    ])
    expect(names('The Competition and Markets Authority ruled on Tuesday.')).toContain(
      'Competition and Markets Authority'
    )
    expect(names('Google and Microsoft Corporation objected.')).toEqual([
      'Google',
      'Microsoft Corporation'
    ])
    expect(names('Ana Roe and Kestrel Council objected.')).toEqual(['Ana Roe', 'Kestrel Council'])
  })
  it('leaves a weekday after "on" or "last" out of the name after it', () => {
    expect(names('Earlier on Thursday William tipped his hat to the troops.')).toContain('William')
    expect(names('On Monday Ana Roe signed the order.')).toEqual(['Ana Roe'])
    expect(names('Last Friday Ana Roe signed the order.')).toEqual(['Ana Roe'])
    // Not a newspaper's name.
    expect(names('He told The Sunday Times on Friday.')).toContain('Sunday Times')
  })
  it('leaves an opening participle out of the name run of its object', () => {
    expect(names('Addressing Parliament on Tuesday, Ruto said the plan was ready.')).toEqual([
      'Parliament',
      'Ruto'
    ])
    expect(
      names('Describing Lagos traders as resilient, Obi stressed the need for loans.')
    ).toEqual(['Lagos', 'Obi'])
    // A name in -ing before its verb, a comma or an adverb keeps its first word.
    expect(names('Browning Smith said the plan failed.')).toEqual(['Browning Smith'])
    expect(names('Browning Smith, the mayor, disagreed.')).toContain('Browning Smith')
    expect(names('Browning Smith also said so.')).toEqual(['Browning Smith'])
  })
  it('reads one word after a title\'s "of" as the office, and a name after it as the name', () => {
    expect(names('The Minister of Tourism says the plan is ready.')).toEqual([])
    expect(names('Secretary of State Ada Holm arrived.')).toEqual(['Ada Holm'])
  })
  it("knows a first name compromise does not, from the lexicon's given names", () => {
    const run = findNameRuns('Pascale Robinson hit out at the move.')[0]!
    expect(run.name).toBe('Pascale Robinson')
    expect(looksLikePerson(run)).toBe(true)
    // A first name that is a word too stays out of a place's name.
    expect(findNameRuns('Hope Street was closed.').map(looksLikePerson)).toEqual([false])
  })
  it('reads a country or city known whole as no person, though it opens with a first name', () => {
    const person = (text: string, name: string): boolean =>
      looksLikePerson(findNameRuns(text).find((r) => r.name === name)!)
    expect(person('She moved to Sri Lanka last year.', 'Sri Lanka')).toBe(false)
    expect(person('Flights to San Jose resumed.', 'San Jose')).toBe(false)
    expect(person('Sri Mulyani spoke first.', 'Sri Mulyani')).toBe(true)
  })
  it('reads a mountain, or a suburb named after one, as no speaker before "told"', () => {
    expect(
      findNameRuns('Lizan Yee from Mt Ommaney told the radio.').map(looksLikeSpeakerName)
    ).toEqual([true, false])
  })
  it('keeps a title that is also a given name inside a name, after a word no lexicon knows', () => {
    expect(names('Transport Minister Ngu King Leong said the line would open.')).toEqual([
      'Ngu King Leong'
    ])
    // A title that follows a title's modifier, or a nationality, is still a title.
    expect(names('Chief Cabinet Secretary Aiko Mori said so.')).toEqual(['Aiko Mori'])
    expect(names('Saudi King Salman arrived.')).toEqual(['Salman'])
  })
  it('reads Malaysian honorifics as titles, not words of the name', () => {
    expect(names('Minister Datuk Seri Ngu King Leong said so.')).toEqual(['Ngu King Leong'])
    expect(names('Tan Sri Ngu Leong said so.')).toEqual(['Ngu Leong'])
  })
  it('leaves a title of two words out of the name, neither word a title alone', () => {
    expect(findNameRuns('“Not now,” Council Member Tag Green said.').at(-1)).toMatchObject({
      name: 'Tag Green',
      titled: true
    })
  })
  it('reads a run after a title of two words in lower case as a person, initials and all', () => {
    const run = findNameRuns('The board said chief executive KT Lam would stay.')[0]!
    expect(run).toMatchObject({ name: 'KT Lam', titled: true })
    expect(looksLikePerson(run)).toBe(true)
  })
  it('leaves the letters after a name for an office or an honour out of it', () => {
    expect(names('Ada Holm MP joined officers in Leeds.')).toContain('Ada Holm')
    expect(names('Sir Tom Reid KC said it was unfair.')).toContain('Tom Reid')
  })
  it('reads a compound opening a sentence, lower case after its hyphen, as no name', () => {
    expect(names('Post-match, Ada Holm said the team was tired.')).toEqual(['Ada Holm'])
    expect(names('Jean-Luc Roe and Al-Amin Said arrived.')).toEqual([
      'Jean-Luc Roe',
      'Al-Amin Said'
    ])
    // "Mr Singer": a word that is also a title is a surname after an honorific.
    expect(findNameRuns('Mr Singer said so.')[0]).toMatchObject({ name: 'Singer', titled: true })
  })
  it('keeps a surname joined to its Arabic article by a hyphen in the name', () => {
    expect(names('Foreign Minister Karim Nabil el-Hadi arrived.')).toEqual(['Karim Nabil el-Hadi'])
    expect(names('Later, al-Hadi said so.')).toContain('al-Hadi')
    // Only after a word boundary: the hyphen inside a place pair stays as it was.
    expect(names('The Basra-Baghdad road reopened.')).toEqual(['Basra-Baghdad'])
  })
  it('reads a name after an office completed by "of the" and a body, but not the body alone', () => {
    expect(names('Mayor of the Vale District Council Bill Reed says so.')).toEqual(['Bill Reed'])
    expect(
      findNameRuns('Coach of the Black Stars, Tom Reed, spoke.').find(
        (r) => r.name === 'Black Stars'
      )
    ).toMatchObject({ titled: false })
  })
  it('keeps a body’s name whole after a title’s "for"', () => {
    expect(names('A spokeswoman for East Fen Ambulance Service said so.')).toEqual([
      'East Fen Ambulance Service'
    ])
  })
  it('keeps every word of a name after "the", where it names a thing', () => {
    expect(names('It rained at the Sao Paulo Grand Prix on Sunday.')).toEqual([
      'Sao Paulo Grand Prix'
    ])
    expect(names('Scientologist Tom Cruise spoke.')).toEqual(['Tom Cruise'])
  })
  it('reads the words completing an office as the office, and the name after it as a person', () => {
    const runs = findNameRuns(
      "Victoria's Parliamentary Secretary for Medical Research, Frank McGuire, said it."
    )
    expect(runs.map((r) => r.name)).not.toContain('Medical Research')
    const frank = runs.find((r) => r.name === 'Frank McGuire')!
    // "Frank" is a common word too, and "McGuire" a surname with an inner capital.
    expect(looksLikePerson(frank)).toBe(true)
    expect(names("Mayor of the Light Regional Council Bill O'Brien said it.")).toEqual([
      "Bill O'Brien"
    ])
    // An office of two things, the second with its article ("and the Environment").
    expect(
      names('It will help, Minister for Housing and the Environment Dara Quinlan said.').at(-1)
    ).toBe('Dara Quinlan')
    // A double-barrelled surname after an office of a place, with a given name no list knows.
    expect(names('“We will act,” said Governor of Lagos State Olatunde Sanwo-Bakare.')).toEqual([
      'Olatunde Sanwo-Bakare'
    ])
    // An office of two words that are a title together, then its body and the name.
    expect(names('“We will act,” said Chief Executive of Kestrel Council Tom Kerr.')).toEqual([
      'Tom Kerr'
    ])
    // An office "to" a body ("ambassador to the United Nations"), not the body alone.
    expect(
      names("“We will act,” said Kenya's ambassador to the United Nations Mwende Ochieng.")
    ).toEqual(['Kenya', 'Mwende Ochieng'])
    expect(names("“We will act,” said Kenya's ambassador to the United Nations.")).toEqual([
      'Kenya',
      'United Nations'
    ])
    // An office of an office ("Minister of State for Petroleum").
    expect(names('Minister of State for Petroleum Aniket Teli said it.')).toEqual(['Aniket Teli'])
  })
  it('keeps every word of a body’s name, a first name among them ("Ashford Graham Primary School")', () => {
    expect(
      names('Parents gathered at the gates of Ashford Graham Primary School on Tuesday.')
    ).toContain('Ashford Graham Primary School')
    // A person after words that are no first names is still read apart from them.
    expect(names('Scientologist Tom Cruise spoke.')).toEqual(['Tom Cruise'])
  })
  it('keeps a generation set off by a comma ("Tomas B. Delgado, Jr.") in the name', () => {
    expect(names('President Tomas B. Delgado, Jr. said the talks went well.')).toEqual([
      'Tomas B. Delgado Jr.'
    ])
    const [run] = findNameRuns('"It went well," said Tomas B. Delgado, Jr., the president.')
    expect(run?.name).toBe('Tomas B. Delgado Jr.')
    // What follows the name is its appositive, no longer the generation.
    expect(run && '"It went well," said Tomas B. Delgado, Jr., the president.'.slice(run.end)).toBe(
      ', the president.'
    )
  })
  it('reads a Korean name, family name first, after the words that describe its bearer', () => {
    const run = findNameRuns('The first winner at Busan Open Park Min-seo said she was tired.').at(
      -1
    )
    expect(run?.name).toBe('Park Min-seo')
    expect(looksLikePerson(run!)).toBe(true)
    expect(surnameOf('Park Min-seo')).toBe('Park')
  })
  it('opens the name right after a title, though the lexicon knows no such given name', () => {
    const cases: Array<[string, string]> = [
      ['Food Minister Tarun Chandra Bose said prices would fall.', 'Tarun Chandra Bose'],
      ['Prof. Dantoro Ibrahim Wushi said the results were out.', 'Dantoro Ibrahim Wushi'],
      // A word for a person after the title is still no part of the name.
      ['Chief Operational Meteorologist Steven Ramsdale said so.', 'Steven Ramsdale'],
      ['Det Con Richard Staff said so.', 'Richard Staff']
    ]
    for (const [sentence, name] of cases) expect(names(sentence), sentence).toEqual([name])
  })
  it('reads the particles of a Portuguese name ("e", "das") inside it', () => {
    expect(names('Chief executive Rui Costa e Lima said prices would rise.')).toEqual([
      'Rui Costa e Lima'
    ])
    expect(names('Minister Ana das Neves said so.')).toEqual(['Ana das Neves'])
  })
  it('reads "Abu", "Ibn" or "Bin" inside a name as part of it, not as a new name', () => {
    expect(names('The spokesman, Abdulaziz Abu Musab, spoke.')).toEqual(['Abdulaziz Abu Musab'])
    expect(names('Abu Musab spoke.')).toEqual(['Abu Musab'])
  })
  it('reads a month alone as a month, unless a verb of saying follows', () => {
    expect(names('The vote is in May.')).toEqual([])
    expect(names('May said the vote would go ahead.')).toEqual(['May'])
  })
  it('reads a participle opening a sentence as a verb, and a name before its verb as a name', () => {
    expect(names('Guided by the plan, Peru cut its tariffs.')).toEqual(['Peru'])
    expect(names('Looking ahead, the council will vote.')).toEqual([])
    expect(names('Cutting the budget was hard, Ada Holm said.')).toEqual(['Ada Holm'])
    expect(names('Manning said the plan works.')).toEqual(['Manning'])
    expect(names('Browning, the minister, spoke first.')).toEqual(['Browning'])
    // A lede's first word in capitals is the same word.
    expect(names('THE Weather Bureau has warned of gales.')).toEqual(['Weather Bureau'])
  })
})

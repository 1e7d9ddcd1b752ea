import { describe, expect, it } from 'vitest'
import { registryOf } from '../test-helpers'
import { isChineseName } from '../names'
import { orgIn, roleIn } from './registry'

describe('the entity registry', () => {
  it('records a person with the role, organisation and gender the article gives them', () => {
    const { registry } = registryOf(
      "Zhou Ming, China's ambassador to Ghana, said the port would open next year.",
      'A spokeswoman for Transport Canada, Elise Moreau, said the review had begun.',
      'Transport Canada spokesman Rafael Ortiz declined to comment.'
    )
    const zhou = registry.person('Zhou Ming')
    expect(zhou).toMatchObject({ roles: ['ambassador'], org: 'China' })
    expect(registry.person('Elise Moreau')?.gender).toBe('f')
    expect(registry.person('Rafael Ortiz')).toMatchObject({ gender: 'm', org: 'Transport Canada' })
  })

  it('finds a person by the given names that open their name, when only one name opens with them', () => {
    const { registry } = registryOf(
      'Election Commission chairman Mohd Rizal Ismail said the vote was fair.',
      'Mohd Rizal said turnout was high.'
    )
    expect(registry.person('Mohd Rizal')?.name).toBe('Mohd Rizal Ismail')
    expect(registry.people.map((p) => p.name)).toEqual(['Mohd Rizal Ismail'])
    const two = registryOf(
      'Mohd Rizal Ismail and Mohd Rizal Hamzah both stood for the seat.',
      'Mohd Rizal said turnout was high.'
    ).registry
    expect(two.person('Mohd Rizal')?.name).not.toBe('Mohd Rizal Ismail')
    expect(two.person('Mohd Rizal')?.name).not.toBe('Mohd Rizal Hamzah')
  })

  it('reads a description set off by commas as a person’s, past a body’s initials in brackets', () => {
    const { registry } = registryOf(
      'Yuki Amaro, the director-general of the Kestrel Energy Agency (KEA), made the comments on Monday.'
    )
    expect(registry.person('Yuki Amaro')).toMatchObject({ org: 'Kestrel Energy Agency' })
  })

  it("takes a name an outlet owns, or one ending in 'Show', for a programme; a journalist it names is a person", () => {
    const { registry } = registryOf(
      'Asked on RTÉ’s Morning Ireland about the strike, Ana Roe said talks would resume.',
      'Speaking on the BBC’s The Andrew Keyes Show, she said the offer was fair.',
      'NBC’s Lina Holt said the interview was tense.'
    )
    expect(registry.person('Morning Ireland')).toBeNull()
    expect(registry.person('Andrew Keyes Show')).toBeNull()
    expect(registry.person('Lina Holt')).not.toBeNull()
  })

  it('reads a campaign titled with a possessive word as no person, and a lawmaker as a person', () => {
    const { registry } = registryOf(
      'Ana Roe, who leads the union’s Mend My Clothes campaign, told The Herald that it was wrong.',
      'Veteran lawmaker Tomas Varga urged the council to act, as carmaker Vatnor did.'
    )
    expect(registry.people.map((p) => p.name)).toEqual(['Ana Roe', 'Tomas Varga'])
    expect(registry.orgs).toContain('Vatnor')
  })

  it('records the role of "Minister of State for X, Name" after other words with an "of"', () => {
    const { registry } = registryOf(
      'Those were the words of Minister of State for Parks, Ana Roe, at the opening.'
    )
    expect(registry.person('Ana Roe')?.roles).toEqual(['minister'])
  })

  it('records the role of an office that runs over several words before the name', () => {
    const { registry } = registryOf(
      'Minister for Petroleum and Natural Gas Ravi Teli said prices would hold.',
      'Union Minister of State for Petroleum and Natural Gas Asha Rane said the same.'
    )
    expect(registry.person('Ravi Teli')?.roles).toEqual(['minister'])
    expect(registry.person('Asha Rane')?.roles).toEqual(['minister'])
  })

  it('reads capitalised words right after "the" as a description, not a name', () => {
    const { registry } = registryOf(
      'Ana Roe is the Liberal Democrat spokeswoman on health.',
      'However the Lib Dem said she had been told the money was not there.',
      'The Minister for Agriculture and the Marine Tomas Varga said quotas would fall.'
    )
    const names = registry.people.map((p) => p.name)
    expect(names).not.toContain('Lib Dem')
    // A "the" inside a title leaves the name after it a person's.
    expect(names.some((n) => n.endsWith('Tomas Varga'))).toBe(true)
  })

  it('takes a name its own initials follow in brackets for a body, not a person', () => {
    const { registry } = registryOf(
      'Nobody can take over, said Kestrel Harbour Workers Party (KHWP) Parliamentarian Ama Boateng.',
      'Pledges were made, said Kofi Mensah (DA) on Monday.'
    )
    expect(registry.person('Kestrel Harbour Workers Party')).toBeNull()
    expect(registry.person('Ama Boateng')?.offices).toEqual(['parliamentarian'])
    // A person's party in brackets is not their initials.
    expect(registry.person('Kofi Mensah')).not.toBeNull()
  })

  it('records every role of a description joined by "and" that the verb, not a comma, ends', () => {
    const { registry } = registryOf(
      'Tunde Bello, a professor of Physics and the Vice Chancellor of the University disclosed this on Monday.',
      'Grace Mwangi, the woman who has chaired the board of the regional water company for the last eleven years warned the members on Monday.'
    )
    expect(registry.person('Tunde Bello')?.roles).toEqual(['professor', 'chancellor'])
    expect(registry.person('Grace Mwangi')?.roles).toEqual([])
  })

  it('records the role and the body before a comma and the name', () => {
    const { registry } = registryOf(
      'Repairs have begun, the Director-General of the Kestrel Water Authority, Dr Ama Boateng, has said.'
    )
    expect(registry.person('Ama Boateng')).toMatchObject({
      roles: ['director-general'],
      org: 'Kestrel Water Authority'
    })
  })

  it('records a role written before a comma and the name, or one of several holding it', () => {
    const { registry } = registryOf(
      'Lead organiser of the book drive, Tavita Rowe, told the paper the shelves were full.',
      'The drive has been praised by the school’s principal, Ines Okoro.',
      'Another of the organisers, Kwabena Sarfo, is lending his van.'
    )
    expect(registry.person('Tavita Rowe')?.roles).toEqual(['organiser'])
    expect(registry.person('Ines Okoro')?.roles).toEqual(['principal'])
    expect(registry.person('Kwabena Sarfo')?.roles).toEqual(['organiser'])
  })

  it('records a name set off with where its bearer is from, and no pronoun as an owner', () => {
    const { registry } = registryOf(
      'Thandeka Zulu Mokoena, from Mbombela, said she was there to cheer.',
      'Her husband Sipho Mokoena said he loves having her on the road.'
    )
    expect(registry.person('Thandeka Zulu Mokoena')).not.toBeNull()
    expect(registry.person('Sipho Mokoena')?.org ?? null).toBeNull()
  })

  it('records a surname alone that says something and whose next words are "he said"', () => {
    const person = (first: string, next: string): boolean =>
      registryOf(first, next).registry.person(first.split(' ')[0]!) !== null
    expect(person('Kiprotich added that the state will help.', '"We will pay," he said.')).toBe(
      true
    )
    // A body's words go on as "it", and a name set off by a comma is no subject of its own.
    expect(person('Kestrel added that the state will help.', '"We will pay," it said.')).toBe(false)
    expect(person('Kestrel, said the state will help.', '"We will pay," he said.')).toBe(false)
  })

  it('records a role before a comma and a name that is the subject of a verb in the past', () => {
    const { registry } = registryOf(
      'Union Minister for Rural Roads, Vrinda Kesavan introduced the bill in the house today.'
    )
    expect(registry.person('Vrinda Kesavan')?.roles).toEqual(['minister'])
  })

  it('reads a programme before a titled name in commas as no person', () => {
    const { registry } = registryOf(
      "Speaking on Radio Clare's Morning Report, Deputy Fire Chief Orla Keane, said the road was shut."
    )
    expect(registry.person('Morning Report')).toBeNull()
    expect(registry.people.map((p) => p.name)).toEqual(['Orla Keane'])
  })

  it('records a person an age stands before, whose first name no lexicon knows', () => {
    const { registry } = registryOf('The girl, 12-year-old Nima Dolkar, was found on Monday.')
    expect(registry.person('Nima Dolkar')?.name).toBe('Nima Dolkar')
  })

  it('records a person whose appositive names them with a noun for people no title list holds', () => {
    const { registry } = registryOf(
      'Gunnar Olofsson, the racing team’s principal, praised the crew.',
      'Vintner Holm, the cheapest option, was sold out.'
    )
    expect(registry.person('Gunnar Olofsson')).toMatchObject({ roles: ['principal'] })
    expect(registry.person('Vintner Holm')).toBeNull()
  })

  it('reads a run joined by "and" to the rest of a body\'s name as part of that name', () => {
    const { registry } = registryOf(
      'The Manager of Tanzania Rural and Urban Roads Agency, Engineer Ada Holm, said the road was new.'
    )
    expect(registry.person('Tanzania Rural')).toBeNull()
    expect(registry.person('Ada Holm')?.name).toBe('Ada Holm')
  })

  it('takes a first name that is a common word too (Frank, Ray) before an unknown surname', () => {
    const { registry } = registryOf(
      'Rifles were shown by the Deputy Commissioner of Police (DCP), Frank Mba.',
      'Mba said the suspects were held for robbery.'
    )
    expect(registry.person('Mba')?.name).toBe('Frank Mba')
    // Not before a common word: a garden is no surname.
    expect(registryOf('Crowds gathered at the Rose Garden on Friday.').registry.people).toEqual([])
  })

  it('reads a plural noun for people after a name as a group, not a person', () => {
    const { registry } = registryOf(
      'The gang took N5.5 million for the release of ABU Students.',
      'Captain Andrew Masters said the raid was over.'
    )
    expect(registry.person('ABU Students')).toBeNull()
    expect(registry.person('Andrew Masters')?.name).toBe('Andrew Masters')
  })

  it('takes a plural place word (Counties, Provinces) for places, not a person', () => {
    const { registry } = registryOf(
      'According to Director Ada Holm, Kiambu County reported 31 cases.',
      'Kajiado and Nakuru Counties confirmed two cases each.'
    )
    expect(registry.person('Nakuru Counties')).toBeNull()
    expect(registry.person('Ada Holm')?.name).toBe('Ada Holm')
  })

  it('lets a first name outrank a role in -man, which is written of women too', () => {
    const { registry } = registryOf(
      'Jackie Applebee, chairman of the doctors’ branch, echoed the warnings.',
      'Union spokesman Paul Reid agreed.',
      'Club chairman Robin Platt, who is new, said little.'
    )
    expect(registry.person('Jackie Applebee')?.gender).toBe('f')
    expect(registry.person('Paul Reid')?.gender).toBe('m')
    // A first name that says nothing leaves the role's word.
    expect(registry.person('Robin Platt')?.gender).toBe('m')
    // "-woman" says what it says, whatever the first name suggests.
    const chair = registryOf('Chris Holm, chairwoman of the board, echoed the warnings.')
    expect(chair.registry.person('Chris Holm')?.gender).toBe('f')
  })

  it('finds a person by a first name misspelt by one letter, as by a misspelt surname', () => {
    const { registry } = registryOf(
      'Captain Safraz Ahmed led the side to a series win.',
      'Sarfraz said the team had prepared well.'
    )
    expect(registry.person('Sarfraz')?.name).toBe('Safraz Ahmed')
    // Two letters off is another name.
    expect(registry.person('Sharfiz')).toBeNull()
  })

  it('takes a surname with a title as a person the article never names in full', () => {
    const { registry } = registryOf(
      'A watch and act remains in place for Preston Beach, Myalup and the town site.',
      'Commissioner Varsley said it had been a very challenging fire.'
    )
    expect(registry.people.map((p) => p.name)).toEqual(['Varsley'])
    expect(registry.person('Varsley')?.roles).toEqual(['commissioner'])
    // Named in full anywhere, the titled surname is that person; in a body's name it is none.
    const full = registryOf(
      'Commissioner Varsley said the fire had turned.',
      'Fire commissioner Dana Varsley later visited the town.',
      'The National Association of Resident Doctors has suspended its strike.'
    )
    expect(full.registry.people.map((p) => p.name)).toEqual(['Dana Varsley'])
  })

  it('takes a name described in apposition before a verb of saying as a person', () => {
    const { registry } = registryOf(
      'Lakshiwnder Singh, another deportee, said he had paid an agent.'
    )
    expect(registry.person('Lakshiwnder Singh')?.name).toBe('Lakshiwnder Singh')
  })

  it('takes a name whose title is a noun for one person as a person, and records that role', () => {
    const { registry } = registryOf(
      'Voting closed in the contest between incumbent Tavo Renaldi and his rival.',
      'Principal magistrate Ondari Wekesa cancelled the bond terms.',
      // A noun that may name a group ("host", "firm") makes no person of what follows it.
      'The tournament opened with host Santa Rosa Valley beating the visitors.'
    )
    expect(registry.person('Renaldi')?.name).toBe('Tavo Renaldi')
    expect(registry.person('Ondari Wekesa')?.roles).toEqual(['magistrate'])
    expect(registry.person('Santa Rosa Valley')).toBeNull()
    // One of a plural of such nouns, then the one.
    const one = registryOf(
      'One of the beneficiaries Nomawe Sisulu at the settlement said it was overdue.'
    )
    expect(one.registry.person('Sisulu')?.name).toBe('Nomawe Sisulu')
  })

  it("takes a person's gender from the pronouns the text uses for them before the first name's", () => {
    const { registry } = registryOf(
      'Foreign Minister Stephane Delorme said talks were moving as he joined the envoys.',
      'Stephane Brunel said the vote was close.'
    )
    expect(registry.person('Delorme')?.gender).toBe('m')
    // With no pronoun, the first name's usual gender, whatever it is, is all there is to go on.
    expect(registry.person('Brunel')?.gender).not.toBe('m')
  })

  it('takes a person from the pronoun that opens the next sentence, and their gender where the first name gives none', () => {
    const { registry } = registryOf(
      'Opposition candidate Hakainde Banda accused the commission of delays. He told supporters to wait.',
      "But Banda's running mate, Mutale Nalumango, was unconvinced. She said it was late.",
      'The cancellation of the Leaving Certificate exams was hard. He said so twice.'
    )
    expect(registry.person('Hakainde Banda')?.gender).toBe('m')
    expect(registry.person('Mutale Nalumango')).not.toBeNull()
    // A name inside a phrase is no subject the pronoun takes up.
    expect(registry.person('Leaving Certificate')).toBeNull()
  })

  it('keeps one person when the last names come before or after the full name', () => {
    const { registry } = registryOf(
      'The board put Kathleen Hawk Sawyer in charge.',
      'Hawk Sawyer testified before the committee, and she said staff were short.'
    )
    expect(registry.people.map((p) => p.name)).toEqual(['Kathleen Hawk Sawyer'])
  })

  it('links a surname, the last names or a misspelling back to the full name', () => {
    const { registry } = registryOf(
      'Kathleen Hawk Sawyer, the director, testified on Tuesday.',
      'Patrick Carlineo appeared in court.',
      'Patrick W. Carlineo Jr. pleaded guilty.'
    )
    expect(registry.person('Sawyer')?.name).toBe('Kathleen Hawk Sawyer')
    expect(registry.person('Hawk Sawyer')?.name).toBe('Kathleen Hawk Sawyer')
    expect(registry.person('Sawyers')?.name).toBe('Kathleen Hawk Sawyer')
    // One person, named in full where the article does.
    expect(registry.person('Carlineo')?.name).toBe('Patrick W. Carlineo Jr.')
  })

  it('keeps a father and a son of the same name apart, by their "Sr." and "Jr."', () => {
    const { registry } = registryOf(
      'President Tomas Varela Jr. spoke in Manila on Monday.',
      'His father, Tomas R. Varela Sr., was ousted in 1986.'
    )
    expect(registry.people.map((p) => p.name)).toEqual(['Tomas Varela Jr.', 'Tomas R. Varela Sr.'])
    expect(registry.person('Tomas Varela Jr.')?.name).toBe('Tomas Varela Jr.')
    expect(registry.person('Tomas R. Varela Sr.')?.name).toBe('Tomas R. Varela Sr.')
  })

  it('knows people from "who", an age, a title or a verb of saying, and organisations apart', () => {
    const { registry } = registryOf(
      'Montell Figgins, who represents the guard, spoke to reporters.',
      'Zhang Lihua, 58, lost her house.',
      '"It works," said Wang Hui.',
      'The Korean Central News Agency (KCNA) reported the move. Tottenham Hotspur announced it.'
    )
    for (const name of ['Montell Figgins', 'Zhang Lihua', 'Wang Hui'])
      expect(registry.person(name)?.name).toBe(name)
    expect(registry.acronyms.get('KCNA')).toBe('Korean Central News Agency')
    expect(registry.fullName('Tottenham')).toBe('Tottenham Hotspur')
    expect(registry.person('Tottenham Hotspur')).toBeNull()
  })

  it('marks which mention a sentence is about', () => {
    const { registry } = registryOf(
      'Writing in a blog post, Matthew Ingram of The Globe and Mail criticised Anna Kell.'
    )
    const mentions = registry.mentions[0]!.map((m) => [m.person.name, m.subject])
    expect(mentions).toContainEqual(['Matthew Ingram', true])
  })

  it('takes a name after an opening title with "of" in it as the subject', () => {
    const { registry } = registryOf(
      'Secretary of State Rex Tillerson held a press conference Sunday.',
      'A statement by Rex Tillerson followed.'
    )
    expect(registry.mentions[0]!.map((m) => [m.person.name, m.subject])).toEqual([
      ['Rex Tillerson', true]
    ])
    expect(registry.mentions[1]!.map((m) => m.subject)).toEqual([false])
  })

  it('reads the sentence around a quotation, not the quotation, for names and subjects', () => {
    const { registry } = registryOf(
      'CEO Tim Cook spoke with Marc Benioff on Tuesday.',
      'Customers "began to say we want you to do this," Cook told Benioff.'
    )
    expect(registry.person('Customers Cook')).toBeNull()
    const mentions = registry.mentions[1]!.map((m) => [m.person.name, m.subject])
    expect(mentions).toEqual([
      ['Tim Cook', true],
      ['Marc Benioff', false]
    ])
  })

  it('reads a role and an organisation from a description', () => {
    expect(roleIn('the former special envoy to Ukraine')).toBe('envoy')
    expect(roleIn('a planetary scientist at NASA')).toBe('scientist')
    expect(orgIn('a researcher at the University of Leeds')).toBe('University of Leeds')
    expect(orgIn("China's ambassador to Ghana")).toBe('China')
  })

  it('knows a Chinese name or a name after a role noun as a person, with no first-name lexicon', () => {
    const { registry } = registryOf(
      'Guo Huiming works at a hospital in the city.',
      'Heart surgeon Tom Baker operates there too.',
      'Song Dynasty pottery and Long Island Sound were on show.'
    )
    expect(registry.person('Guo Huiming')?.name).toBe('Guo Huiming')
    expect(registry.person('Tom Baker')?.roles).toEqual(['surgeon'])
    expect(registry.people.map((p) => p.name)).toEqual(['Guo Huiming', 'Tom Baker'])
    // A role with the body it serves, then the name between commas.
    const { registry: served } = registryOf(
      'According to the President of the association, Kwesi Anane Boateng, the rise is an insult.'
    )
    expect(served.people.map((p) => p.name)).toEqual(['Kwesi Anane Boateng'])
  })

  it('reads a surname two people share as the nearest one, the subject first', () => {
    const { registry } = registryOf(
      'Wu Xiaoli, a student, won the prize.',
      'Wu Zhaohui, the university president, spoke later.',
      'AI will help teachers, Wu said.',
      'Lawyer Amos Otieno asked the court to free his clients, Ben Otieno and Carl Oduya.',
      'Otieno said the police had planted the evidence.'
    )
    expect(registry.mentions[2]!.map((m) => m.person.name)).toEqual(['Wu Zhaohui'])
    expect(registry.mentions[4]!.map((m) => m.person.name)).toEqual(['Amos Otieno'])
  })

  it('reads a name one person has as surname and another as first name as the nearer', () => {
    const { registry } = registryOf(
      'The fisheries minister, Edhy Wirawan, resigned in 2020.',
      'Wirawan Sutrisno, the party chief, claimed he was ready to serve.',
      'Wirawan said he would lead the defence ministry.',
      'Critics said the choice was odd.',
      'Wirawan was not asked.'
    )
    // Named in full the sentence before: the one who has it as a first name.
    expect(registry.mentions[2]!.map((m) => m.person.name)).toEqual(['Wirawan Sutrisno'])
    // Further off, the surname is the usual alias.
    expect(registry.mentions[4]!.map((m) => m.person.name)).toEqual(['Edhy Wirawan'])
  })

  it('reads a Chinese name as a family name and one or two Pinyin syllables', () => {
    for (const name of ['Guo Hui-ming', 'Song Liuping', 'Xi Jinping', 'Li Lan', 'Chen Bing-hua'])
      expect(isChineseName(name.split(' ')), name).toBe(true)
    for (const name of [
      'Song Dynasty',
      'Long Island',
      'Park Avenue',
      'Wang Building',
      'Li Xiaoxiaoxiao'
    ])
      expect(isChineseName(name.split(' ')), name).toBe(false)
  })

  it('takes a Chinese family name, which comes first, as the surname', () => {
    const { registry } = registryOf(
      'Foreign Ministry spokesman Lu Kang spoke on Monday.',
      'Kang Ruiqing, a researcher, said cooperation had suffered.'
    )
    expect(registry.person('Kang', 1)?.name).toBe('Kang Ruiqing')
    expect(registry.person('Lu', 1)?.name).toBe('Lu Kang')
  })

  it('reads the words of a ministry after its title as no one ("Minister of Coastal Development")', () => {
    const { registry } = registryOf(
      'The Minister of Fisheries and Coastal Development, Chief Bako Tende has said prices are high.',
      'Khalid Noor, the former Federal Minister for National Water Security had claimed there was no shortage.'
    )
    const names = registry.people.map((p) => p.name)
    expect(names).toContain('Bako Tende')
    expect(names).not.toContain('Coastal Development')
    expect(names).not.toContain('Water Security')
  })
  it('keeps the lower-case letter a name opens with ("eZovani Municipality")', () => {
    const { registry } = registryOf(
      'Ratepayers walked out of the eZovani Municipality’s budget meeting on Wednesday.',
      'The council said the iLanga Water Board had raised its prices.'
    )
    expect(registry.orgs).toContain('eZovani Municipality')
    expect(registry.orgs).toContain('iLanga Water Board')
    expect(registry.orgs).not.toContain('Zovani Municipality')
  })
})

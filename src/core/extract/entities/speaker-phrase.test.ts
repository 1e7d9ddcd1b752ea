import { describe, expect, it } from 'vitest'
import { headNoun, parseSpeakerPhrase, placeOfDescribed, splitSegments } from './speaker-phrase'

const head = (chunk: string): string | null => {
  const h = parseSpeakerPhrase(chunk)?.head
  if (!h) return null
  return h.kind === 'name' ? h.name : h.kind === 'pronoun' ? h.word : h.text
}

describe('the head of the words that name a speaker', () => {
  it('takes a one-word name in apposition to a description of one person', () => {
    expect(head('Another deportee from Pakistan, Gulzar')).toBe('Gulzar')
    expect(head('A local farmer, Suwarni')).toBe('Suwarni')
    // Not a place, a day, or anything after a group.
    expect(head('Another deportee, Pakistan')).not.toBe('Pakistan')
    expect(head('Another visitor from Kenya, Tuesday')).not.toBe('Tuesday')
    expect(head('The visiting delegation, Kenya')).not.toBe('Kenya')
  })

  it('reads "the Conservative MP for Chichester" as a description of one member', () => {
    expect(parseSpeakerPhrase('The Conservative MP for Chichester')?.head).toEqual({
      kind: 'description',
      text: 'The Conservative MP for Chichester',
      noun: 'mp'
    })
    expect(head('the Labour MP')).toBe('the Labour MP')
  })
  it('takes one described as from a place, an age before the noun, as the speaker', () => {
    expect(head('A 24-year-old woman from Almondbury')).toBe('A 24-year-old woman from Almondbury')
    expect(head('A woman from Almondbury')).toBe('A woman from Almondbury')
    expect(head('A 30-year-old man from Leeds')).toBe('A 30-year-old man from Leeds')
    // A body's voice from a body is the body's.
    expect(head('A spokesman from Acme')).toBe('Acme')
  })
  it('takes the one named before "and other doctors" as the speaker for the group', () => {
    expect(head('Barber and other doctors')).toBe('Barber')
    expect(head('Dr David Barber and fellow GPs')).toBe('David Barber')
    expect(head('Teachers and other staff')).toBe('Teachers and other staff')
  })
  it('takes a full name that opens the words, before the body or place it is from', () => {
    expect(head('Tom Kerr from the city’s outreach team')).toBe('Tom Kerr')
    expect(head('Ana Roe of the residents’ association')).toBe('Ana Roe')
    // Not a body's own name with its "of".
    expect(head('Bank of Kestrel')).not.toBe('Bank')
  })

  it('reads a list inside a title as part of it, and the name after it as the speaker', () => {
    expect(head('Acme Motors Chief Officer of Sales, Service and Parts, Ana Roe')).toBe('Ana Roe')
    // A list of people is still a list: the last is not the one speaking for all.
    expect(head('Ana Roe, Tom Kerr and Lin Park')).not.toBe('Lin Park')
  })

  it('takes one person described by where they were as the speaker, not the place', () => {
    expect(head('A shopper outside the market in Kumasi')).toBe(
      'A shopper outside the market in Kumasi'
    )
    expect(head('One resident at the shelter in Leeds')).toBe(
      'One resident at the shelter in Leeds'
    )
    expect(head('A spokesman for the ministry in Accra')).toBe(
      'A spokesman for the ministry in Accra'
    )
    expect(placeOfDescribed('A stranded passenger at the airport in Lisbon')).toBe(
      'at the airport in Lisbon'
    )
    // Not a group, a name, or one who speaks for a body rather than stands somewhere.
    expect(head('Analysts at Barclays')).toBe('Analysts at Barclays')
    expect(head('Okafor of Lagos Business School')).toBe('Okafor')
    expect(placeOfDescribed('A spokesman for the ministry in Accra')).toBeNull()
    expect(placeOfDescribed('A decision at the summit in Accra')).toBeNull()
  })

  it("takes the name after someone's spokesman or relation, not the one they belong to", () => {
    expect(head("Ruiz's spokesman, Rui Costa")).toBe('Rui Costa')
    expect(head("Rui Costa's daughter, Ana")).toBe('Ana')
    // Unnamed, the spokesman or the office is the article's own phrase, as the annotation
    // conventions have it (not the one it speaks for); the relation is described too.
    expect(head("Ruiz's spokesman")).toBe("Ruiz's spokesman")
    expect(head("The Prime Minister's office")).toBe("The Prime Minister's office")
    expect(head("Rui Costa's daughter")).toBe("Rui Costa's daughter")
  })

  it('reads one word completed by "of" before a full name as a title, not the name', () => {
    expect(head('Dean of Research Linda Doyle')).toBe('Linda Doyle')
    expect(head('Registrar of Companies Mark Okafor')).toBe('Mark Okafor')
    // A name, then whom it works for, stays the name.
    expect(head('Ryan Suter of the Wild')).toBe('Ryan Suter')
    expect(head('Okafor of Lagos Business School')).toBe('Okafor')
  })

  it('gives a body’s title or role, then a name, to the person and not the body', () => {
    expect(head('the Department of Health Minister John Kamau')).toBe('John Kamau')
    expect(head('the Department of Health Minister, John Kamau')).toBe('John Kamau')
    expect(head('the Department of Water spokesman, Peter Otieno')).toBe('Peter Otieno')
    expect(head('Kestrel University’s VP for rivers and coasts, Prof Maria Oduya')).toBe(
      'Maria Oduya'
    )
    expect(head('Kestrel University’s vice-president for rivers, Prof Maria Oduya')).toBe(
      'Maria Oduya'
    )
    // A title inside the body's own name stays the body's.
    expect(head('the Department of the Prime Minister and Cabinet')).toBe(
      'Department of the Prime Minister and Cabinet'
    )
    expect(head('the Department of Health')).toBe('Department of Health')
  })

  it('takes the short name in brackets after a body described', () => {
    expect(head('The agency (NDPA)')).toBe('NDPA')
    expect(head('the workers’ union (Samwu)')).toBe('Samwu')
    // A thing described is no body that speaks.
    expect(head('The report (PDF)')).not.toBe('PDF')
  })

  it('takes a one-word name after one of a plural of such people', () => {
    expect(head("One of the food bank's volunteers, Alison")).toBe('Alison')
    expect(head('Another of the nurses on the ward, Precious')).toBe('Precious')
    // One of a plural of things or groups is no person.
    expect(head('One of the flooded streets, Regent')).not.toBe('Regent')
    expect(head('One of the unions, Unite')).not.toBe('Unite')
  })

  it('takes the name after a noun for one person completed by "of"', () => {
    expect(head('Organiser of the festival, Chris Deacon')).toBe('Chris Deacon')
    expect(head('Friends of the Earth, Chris Deacon')).not.toBe('Chris Deacon')
  })

  it('takes the name after a title or description, not the words before it', () => {
    expect(head('Vice-Minister of Commerce Wen Daoli')).toBe('Wen Daoli')
    expect(head("the Green Party's health spokeswoman Mara Kellett")).toBe('Mara Kellett')
    expect(head('Refugee Action chief executive Tom Harker')).toBe('Tom Harker')
    expect(head('Arizona Department of Public Safety spokesman Bart Graves')).toBe('Bart Graves')
    expect(head('Bureau of Meteorology hydrologist Lena Holt')).toBe('Lena Holt')
    expect(head("Kenya's ambassador to the United Nations Peter Otieno")).toBe('Peter Otieno')
    expect(head('Secretary of State Ada Holm')).toBe('Ada Holm')
    // A run that ends in a title is a title even when it opens with an organisation's word.
    expect(head('Union Minister for Environment Ravi Nair')).toBe('Ravi Nair')
    // The title's own list runs past a comma; the name ends it.
    expect(head('Minister for Environment, Forest and Tourism Ada Holm')).toBe('Ada Holm')
  })

  it('takes the name an appositive gives to a description', () => {
    expect(head('A spokeswoman for Transport Canada, Elise Moreau')).toBe('Elise Moreau')
    expect(head("Malaysia's Prime Minister, Najib Razak")).toBe('Najib Razak')
    expect(head('Zhou Ming, China’s ambassador to Ghana')).toBe('Zhou Ming')
    // A role noun makes the description, whatever opens it.
    expect(head('Greece’s minister for civil protection, Ana Lopes')).toBe('Ana Lopes')
    // A segment that ends in a title is the office, not the name.
    expect(head('doctor Ana Lopes, Ebola Incident Commander, Ministry of Health')).toBe('Ana Lopes')
  })

  it('takes the speaker after the end of a place that closes an opening phrase', () => {
    expect(head('Florida, Trump')).toBe('Trump')
    expect(head('Texas, Dana Moss')).toBe('Dana Moss')
  })

  it('keeps an employer or an organisation whole', () => {
    expect(head('Analysts at Barclays')).toBe('Analysts at Barclays')
    expect(head('Matthew Ingram of The Globe and Mail')).toBe('Matthew Ingram')
    expect(head('The Springfield Chamber of Commerce')).toBe('Springfield Chamber of Commerce')
  })

  it('takes the name an appositive gives after its body’s possessive or before an office’s letters', () => {
    expect(head('The mayor’s main rival, Labour’s Ada Holm')).toBe('Ada Holm')
    expect(head('Party spokesperson for health, Rhun ap Gwyn MS')).toBe('Rhun ap Gwyn')
  })

  it('reads an office written short after "the" or a named owner', () => {
    expect(parseSpeakerPhrase('Veltra’s CEO')?.head).toMatchObject({
      kind: 'description',
      text: 'Veltra’s chief executive',
      noun: 'executive'
    })
    expect(parseSpeakerPhrase('the PM')?.head).toMatchObject({ text: 'the Prime Minister' })
  })

  it('reads a governed place completed by its "of" as one body', () => {
    expect(head('the Republic of Palau')).toBe('Republic of Palau')
    expect(head('the Federal Republic of Nigeria')).toBe('Federal Republic of Nigeria')
    expect(head('the Town of Ashby')).toBe('Town of Ashby')
  })

  it('reads pronouns, common nouns and documents', () => {
    expect(head('he')).toBe('he')
    expect(head('Prosecutors')).toBe('Prosecutors')
    // A surname that is also a common noun is a name after a title.
    expect(parseSpeakerPhrase('Mr Trainer')?.head).toMatchObject({ kind: 'name', name: 'Trainer' })
    expect(parseSpeakerPhrase('the statement by the ministry')?.medium).toBe(
      'the statement by the ministry'
    )
    expect(parseSpeakerPhrase("FedEx's filing on Monday")?.medium).toBe("FedEx's filing")
    expect(head('In a statement, the ministry')).toBe('the ministry')
    expect(head('May')).toBe('May')
  })

  it('splits at commas outside brackets and finds a lower-case head noun', () => {
    expect(splitSegments('Smith (a lawyer, 45), the mayor')).toEqual(['Smith', 'the mayor'])
    expect(headNoun("the report's authors")).toBe('authors')
    expect(headNoun('the 21-year old')).toBe('21-year-old')
    expect(headNoun('Analysts at Barclays')).toBe('analysts')
    expect(headNoun('the')).toBeNull()
  })
})

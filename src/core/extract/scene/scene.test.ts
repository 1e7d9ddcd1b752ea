import { describe, expect, it } from 'vitest'
import { viewOf } from '../test-helpers'
import { circumstancesOf, reportedContent } from './circumstances'
import { placeAnswer, placesIn, tidyPlace } from './place-answer'
import { isMedium } from './scene-sieves'
import { findOccasion } from '../occasion'

const scene = (text: string, verb: string) => {
  const view = viewOf(text)
  const s = view.sentences[0]!
  const at = s.words.indexOf(verb)
  const [from, to] = reportedContent(s, s.words, at + verb.length)
  const c = circumstancesOf(s, at, from, to, view.anchor)
  return [c.where, c.when?.phrase ?? null]
}

describe('where and when in one sentence', () => {
  it('reads "in a Facebook post" set off by commas as the medium, its noun no verb', () => {
    expect(scene('Holm, in a Facebook post, said she was proud.', 'said')).toEqual([
      'a Facebook post',
      null
    ])
    expect(scene('Holm, in her Instagram post on Friday, said she was proud.', 'said')).toEqual([
      'her Instagram post',
      'on Friday'
    ])
    // A subject after an opening phrase still ends it.
    expect(findOccasion('Speaking at a rally in Leeds Holm said she was proud.', 34)?.phrase).toBe(
      'a rally in Leeds'
    )
  })

  it('reads no clause into the words of a quotation after the verb', () => {
    expect(
      scene(
        'Minister Ana Ruiz announced the "integrated partnership" between the states in a press conference on Tuesday.',
        'announced'
      )
    ).toEqual(['a press conference', 'on Tuesday'])
  })

  it('reads a clause whose subject opens with a count ("says more than 100 people …")', () => {
    expect(scene('Mr Prell says more than 100 people attended the gathering.', 'says')).toEqual([
      null,
      null
    ])
    expect(scene('Ms Roe said about 50 people were at the rally in Lagos.', 'said')).toEqual([
      null,
      null
    ])
    // Not "more than once", no count of anything.
    expect(
      scene('Ms Roe said more than once at the rally in Lagos that the vote went well.', 'said')[0]
    ).toBe('the rally in Lagos')
  })

  it('reads no place in the words a later verb reports, nor a name that goes on in figures', () => {
    expect(
      placesIn(
        'in Alor in Idemili South Local Government Area, due to the lockdown caused by COVID-19'
      )
    ).toEqual(['Alor', 'Idemili South Local Government Area'])
  })

  it('reads no place in whom an appeal is made to ("calling on the Ministry and …")', () => {
    expect(
      scene(
        'The association is calling on the Ministry of Health and the government to act.',
        'calling'
      )
    ).toEqual([null, null])
  })

  it('ends the hearers told, and where they were, at the clause told them', () => {
    expect(scene('He told attendees in Derry they should monitor other voters.', 'told')).toEqual([
      'told attendees in Derry',
      null
    ])
  })

  it("reads no time of a past participle that describes a preposition's object", () => {
    expect(
      scene(
        'Ana Roe told families of three girls murdered in a stabbing spree last year that the killer was jailed.',
        'told'
      )[1]
    ).toBeNull()
    expect(
      scene(
        'Tom Hale, an architect of the deal announced this week, called Roe today.',
        'called'
      )[1]
    ).not.toBe('this week')
    // But a message or a note published then holds the words' time, and so do people waiting.
    expect(
      scene('Roe said in a video message posted Monday on the ministry page.', 'said')[1]
    ).toBe('Monday')
    expect(
      scene(
        'Many of the riders waiting at the bus station on Friday afternoon said they were angry.',
        'said'
      )[1]
    ).toBe('on Friday afternoon')
  })

  it('reads no place in a role that opens the sentence before the name it describes', () => {
    expect(
      scene(
        'Candidate at the March election and Rate Action Group president, Nina Roe, said the rise could wait.',
        'said'
      )[0]
    ).toBeNull()
    // An opening phrase of place still places the words.
    expect(
      scene('At the March rally, Nina Roe, the candidate, said the rise could wait.', 'said')[0]
    ).toBe('the March rally')
  })

  it('reads "service" as a gathering only where it names one (a memorial service)', () => {
    expect(
      scene('Coming down on the service tax evaders, the department said it had acted.', 'said')[0]
    ).toBeNull()
    expect(
      scene('During a memorial service for the miners, Ana Roe said they were heroes.', 'said')[0]
    ).toBe('a memorial service')
  })

  it('reads no day or week as a place', () => {
    expect(
      scene(
        'After signing up on the first day of the filing period, Ana Roe said she would win.',
        'said'
      )[0]
    ).toBeNull()
    expect(
      scene('Ana Roe said at the first meeting of the council that she would win.', 'said')[0]
    ).toBe('the first meeting of the council')
    expect(
      scene('Ana Roe said at the Day of Remembrance service that she would stay.', 'said')[0]
    ).toBe('the Day of Remembrance service')
  })

  it('reads the occasion and time around the verb', () => {
    expect(
      scene(
        'Lu said at a regular news briefing in Beijing on Tuesday that talks went well.',
        'said'
      )
    ).toEqual(['a regular news briefing in Beijing', 'on Tuesday'])
    // The one told, and after what.
    expect(
      scene('Coach Ana Kiran told reporters after the final on Sunday that it was close.', 'told')
    ).toEqual(['told reporters after the final', 'on Sunday'])
    // An event may time the words; then it is when, not where.
    expect(
      scene(
        '"It flew," said Ana Roe, a spokeswoman for the agency, minutes after the launch.',
        'said'
      )
    ).toEqual([null, 'minutes after the launch'])
    // Acts of saying in the plural, opening the sentence or after its verb.
    expect(
      scene(
        'In comments after voting, President Ana Ruiz described the election as fair.',
        'described'
      )[0]
    ).toBe('comments after voting')
    expect(
      scene(
        'Tom Hale said in remarks to reporters at the airport that the deal was dead.',
        'said'
      )[0]
    ).toBe('remarks to reporters at the airport')
    // A medium described, with its head noun and its name; a weekday after it is no name.
    expect(
      scene(
        'Ana Ruiz said on privately-owned television station NTV that talks had failed.',
        'said'
      )
    ).toEqual(['privately-owned television station NTV', null])
    expect(scene('Lea Nu told state broadcaster RTS the vote would go ahead.', 'told')[0]).toBe(
      'told state broadcaster RTS'
    )
    expect(
      scene('Lea Nu told the radio station Monday that the vote would go ahead.', 'told')
    ).toEqual(['told the radio station', 'Monday'])
    // A day between "speaking" and its place is the time, no part of the place; a town alone
    // yields to a gathering the sentence names too.
    expect(
      scene('Speaking on Tuesday in Lagos, Tom Hale said the plan had failed.', 'said')
    ).toEqual(['Lagos', 'on Tuesday'])
    expect(
      scene(
        'Speaking in Lagos, Tom Hale, who spoke at the opening of the Health Summit, said it failed.',
        'said'
      )[0]
    ).toBe('the opening of the Health Summit')
    // A capitalised word of the medium's name that a tagger reads as a verb ("AM") is no verb
    // whose object the time would follow.
    expect(scene('Lea Nu told The AM Show on Friday morning that it was done.', 'told')).toEqual([
      'told The AM Show',
      'on Friday morning'
    ])
    // A medium's title in quotation marks is its name.
    expect(scene('A senior aide told ‘Daily Courier’ the vote would go ahead.', 'told')[0]).toBe(
      'told ‘Daily Courier’'
    )
    // An aside in brackets inside the phrase is skipped, not the phrase's end.
    expect(
      scene(
        'Ana Ruiz said during a Northern Farmers Union (NFU) rally at the depot on Friday that prices were too low.',
        'said'
      )
    ).toEqual(['a Northern Farmers Union rally at the depot', 'on Friday'])
    // A time right after the verb, before a clause with no "that", is the verb's.
    expect(scene('Mayor Ana Ruiz said Friday she will decide early next year.', 'said')).toEqual([
      null,
      'Friday'
    ])
    // The present tense, as local radio and newspapers write it.
    expect(scene('Ana Brevik tells Quinte News the talks have stalled.', 'tells')[0]).toBe(
      'tells Quinte News'
    )
    expect(scene('Ana Brevik told Wikinews the result was no surprise.', 'told')).toEqual([
      'told Wikinews',
      null
    ])
    // Of two times, the one nearest the verb; a date in brackets only glosses the one before.
    expect(
      scene(
        'Ana Lind, the doctor who warned of the abuses in 2001, Tuesday called for a trial.',
        'called'
      )[1]
    ).toBe('Tuesday')
    expect(scene('The police on Saturday (Mar 20) said a man was held.', 'said')[1]).toBe(
      'on Saturday'
    )
    expect(
      scene('Leader Ann Roe said today (Wednesday 2 October) that cuts were unfair.', 'said')[1]
    ).toBe('today')
    // A participle after the time is no finite verb: "a statement on Monday saying …".
    expect(
      scene(
        'The remarks came after an official released a statement on Monday saying talks were near.',
        'released'
      )[1]
    ).toBeNull()
    // A time between the subject and its verb is the verb's.
    expect(
      scene('"We lost" is how captain Rick Dale today summed up the series.', 'summed')[1]
    ).toBe('today')
    expect(scene('Dana Price told Radio 4 on Monday that she would stay.', 'told')).toEqual([
      'told Radio 4',
      'on Monday'
    ])
  })
  it('reads a gathering by its name, its head noun capitalised', () => {
    expect(scene('Ana Ruiz stated this at the Lisbon Water Summit on Monday.', 'stated')).toEqual([
      'the Lisbon Water Summit',
      'on Monday'
    ])
    expect(
      scene(
        'Tom Hale gave the assurance during the annual Northern Mining Forum in Perth.',
        'gave'
      )[0]
    ).toBe('the annual Northern Mining Forum in Perth')
    // A name whose last word is no gathering is no occasion (though, as the verb's own phrase
    // of place, it is where she stated it, as it would be where she spoke).
    expect(findOccasion('Ana Ruiz stated this at the Lisbon Water Board.', 9)).toBeNull()
    expect(findOccasion('Ana Ruiz stated this at the Lisbon Water Summit.', 9)?.phrase).toBe(
      'the Lisbon Water Summit'
    )
  })

  it("reads the verb's own phrase of place or channel, on the tags", () => {
    // A time between the verb and its place.
    expect(scene('Dana Lowe said Tuesday night in Columbia that she would run.', 'said')).toEqual([
      'in Columbia',
      'Tuesday night'
    ])
    // "during" names an occasion whatever its noun; a channel is a name or a medium.
    expect(scene('Omar Reyes said during the cheque presentation to the school.', 'said')[0]).toBe(
      'during the cheque presentation'
    )
    expect(scene('Lia Moss explained on France Inter that wards had closed.', 'explained')[0]).toBe(
      'on France Inter'
    )
    expect(scene('Lia Moss said via Twitter that wards had closed.', 'said')[0]).toBe('via Twitter')
    expect(scene('Tom Hale said in court that he was innocent.', 'said')[0]).toBe('in court')
    // A thing made public, then where: past its short object to "at".
    expect(
      scene('Ana Roe announced the strategy at the Old Mill Trail in Moate.', 'announced')[0]
    ).toBe('at the Old Mill Trail in Moate')
    // Not the place of the thing announced, nor of a thing "of" something.
    expect(scene('Ana Roe announced a factory in Ohio.', 'announced')[0]).toBeNull()
    expect(
      scene('Ana Roe announced the closure of the plant at Longbridge.', 'announced')[0]
    ).toBeNull()
    // A settlement named by its kind ("the town of …"); past an inverted subject and its
    // description; but "of" after the name is who they are, not where.
    expect(scene('Ana Lopez said in the hill town of Tilama that wells were dry.', 'said')[0]).toBe(
      'in the hill town of Tilama'
    )
    expect(scene('"Wells are dry," said Ana Lopez in Tilama.', 'said')[0]).toBe('in Tilama')
    expect(
      scene('"Wells are dry," said Ana Lopez, the head of the farm union, in Tilama.', 'said')[0]
    ).toBe('in Tilama')
    expect(scene('"Wells are dry," said Ana Lopez of the Farmers Union.', 'said')[0]).toBeNull()
    // An act of speaking made is an occasion; one referred back to ("made the comments") is not,
    // and a subject's "from the health department" runs into no verb.
    expect(
      scene('Lena Roe made her regular report for the county board this week.', 'made')
    ).toEqual(['her regular report', 'this week'])
    expect(scene('Lena Roe made the comments from the dock at another trial.', 'made')[0]).toBe(
      'the dock at another trial'
    )
    expect(
      scene('Lena Roe from the health department gave a report to the county board.', 'gave')[0]
    ).toBe('a report')
    expect(
      scene('Cam Hale said, via Ben Bates of the Post-Gazette, that it hurt.', 'said')[0]
    ).toBe('via Ben Bates of the Post-Gazette')
    // A verb of meeting: past the one met, to where.
    expect(
      scene(
        'Minister Ana Roe met on Friday with visiting envoy Li Wei at the Foreign Ministry in Oslo.',
        'met'
      )
    ).toEqual(['at the Foreign Ministry in Oslo', 'on Friday'])
    // An audience told: a whole noun phrase, its place too; not one asked to do something.
    expect(scene('Nieto told thousands of cheering supporters in Toluca.', 'told')[0]).toBe(
      'told thousands of cheering supporters in Toluca'
    )
    expect(scene('Ana Roe informed the media that talks had ended.', 'informed')[0]).toBe(
      'informed the media'
    )
    expect(scene('Ana Roe asked residents to stay indoors.', 'asked')[0]).toBeNull()
    // People told, by a plural noun for people; a verb that takes its hearer after "to".
    expect(scene('Ana Roe told hospital directors that waits were too long.', 'told')[0]).toBe(
      'told hospital directors'
    )
    expect(
      scene('Ed Lund explained to the county commissioners how it works.', 'explained')[0]
    ).toBe('explained to the county commissioners')
    expect(scene('Ed Lund spoke to the Daily Post about the outage.', 'spoke')[0]).toBe(
      'spoke to the Daily Post'
    )
    // A point in time is no place; the occasion it is a point of is.
    expect(scene('The mayor said at the time that the water was safe.', 'said')[0]).toBeNull()
    expect(scene('Smith said at the end of the match that he was proud.', 'said')[0]).toBe(
      'the match'
    )
    // The audience's place reads on, past the phrase the occasion patterns found.
    expect(
      scene(
        'Speaking to residents inside a local hall in Newlands, Morero blamed low water levels.',
        'Speaking'
      )[0]
    ).toBe('Speaking to residents inside a local hall in Newlands')
    // An exchange is an occasion.
    expect(
      scene(
        'During a heated exchange with a reporter, Ana Roe said the rules would stay.',
        'said'
      )[0]
    ).toBe('a heated exchange with a reporter')
    // One person told, or told to do something, is no audience.
    expect(scene('Ana Roe told the driver that it was late.', 'told')[0]).toBeNull()
    expect(scene('Ana Roe told the nurses to go home.', 'told')[0]).toBeNull()
    expect(scene('Ed Lund spoke to his brothers to ask for help.', 'spoke')[0]).toBeNull()
    // The hearer is no part of what was told.
    expect(scene('Sgt Tom Hale told the court he arrested the man.', 'told')[0]).toBe(
      'told the court'
    )
    // The platform its subject took to, to say it.
    expect(scene('Mr Ong took to Facebook to apologise for the delays.', 'apologise')[0]).toBe(
      'took to Facebook'
    )
    expect(scene('Mr Ong took to Facebook and later said it was fine.', 'said')[0]).toBeNull()
    // Documents an authority or a company issues.
    expect(
      scene('The directorate said in a notification on Monday that it was banned.', 'said')[0]
    ).toBe('a notification')
    expect(scene('The operator warned customers in an advisory this week.', 'warned')[0]).toBe(
      'an advisory'
    )
    // A head in the plural is the same noun.
    expect(scene('Ana Roe said in statements to reporters that it hurt.', 'said')[0]).toBe(
      'in statements'
    )
    // The one asked is no channel, a topic no place, a language no place.
    expect(scene('He called on Beijing to play a constructive role.', 'called')[0]).toBeNull()
    expect(scene('Ana Roe said in part that the plan had failed.', 'said')[0]).toBeNull()
    expect(scene('Ana Roe said in French that the plan had failed.', 'said')[0]).toBeNull()
  })
  it('reads an opening participle of speaking, or an opening place, as the occasion', () => {
    // Its head: the people spoken to, or the announcement made.
    const [where, when] = scene(
      'Speaking to bankers and estate agents on Tuesday, Commissioner Paul Moss said all was set.',
      'said'
    )
    expect([where, when]).toEqual(['Speaking to bankers and estate agents', 'on Tuesday'])
    expect(
      scene(
        'Making the announcement at Taradale in Napier, Ian Fox said it was special.',
        'said'
      )[0]
    ).toBe('Making the announcement at Taradale in Napier')
    // The gathering or body addressed or briefed, the gathering opened.
    expect(
      scene('Addressing a press conference here, Ana Roe said the count was clean.', 'said')[0]
    ).toBe('Addressing a press conference here')
    expect(
      scene('Briefing the UN Security Council, Ana Roe said the count was clean.', 'said')[0]
    ).toBe('Briefing the UN Security Council')
    expect(scene('Opening the week-long trial, Ana Roe said the count was clean.', 'said')[0]).toBe(
      'Opening the week-long trial'
    )
    expect(scene('Opening the envelope, Ana Roe said the count was clean.', 'said')[0]).toBeNull()
    // A phrase of place that opens the sentence, before its subject.
    expect(
      scene(
        'At the airport in Avarua too, Prime Minister Mark Brown said it was a relief.',
        'said'
      )[0]
    ).toBe('At the airport in Avarua')
    expect(scene('In a sense, Ana Roe said, the count was clean.', 'said')[0]).toBeNull()
    // After an opening adverb or time: "Later, in Lagos, …", "On Monday in Accra, …".
    expect(scene('Later, in Lagos, Governor Ade Bello said the roads were open.', 'said')[0]).toBe(
      'in Lagos'
    )
    expect(scene('Meanwhile, at the port in Tema, Ana Roe said ships had docked.', 'said')[0]).toBe(
      'at the port in Tema'
    )
    expect(
      scene('On Monday in Accra, President Kofi Mensah said the roads were open.', 'said')
    ).toEqual(['in Accra', 'Monday'])
    expect(scene('Later, in a sense, Ana Roe said the count was clean.', 'said')[0]).toBeNull()
    // "Outside", which the tagger may read as an adjective, opens a place as "at" does; after the
    // verb it stays in the answer.
    expect(
      scene("Outside the court, Roe's lawyer, Tom Hale, said he would appeal.", 'said')[0]
    ).toBe('Outside the court')
    expect(scene('Tom Hale said outside the court that he would appeal.', 'said')[0]).toBe(
      'outside the court'
    )
    expect(scene('Outside interests, Tom Hale said, had shaped the deal.', 'said')[0]).toBeNull()
    // An outlet spoken to, with its article.
    expect(scene('Speaking to the Guardian, Ana Roe said the count was clean.', 'said')[0]).toBe(
      'Speaking to the Guardian'
    )
    expect(scene('Talking to the BBC from Kyiv, Ana Roe said it was clean.', 'said')[0]).toBe(
      'Talking to the BBC from Kyiv'
    )
    // An arrival is an occasion, as a visit is.
    expect(scene('"We must act," Ana Roe said on her arrival in Brussels.', 'said')[0]).toBe(
      'her arrival in Brussels'
    )
    // Those spoken to, with where they were.
    expect(
      scene('Ana Roe was speaking to residents at a relief camp near the border.', 'speaking')[0]
    ).toBe('speaking to residents at a relief camp')
    // A participle of speaking between the subject and its verb.
    expect(scene('The mayor, speaking on local radio, said the roads were open.', 'said')[0]).toBe(
      'on local radio'
    )
    expect(
      scene('Ana Roe, speaking to reporters after the vote, said the count was clean.', 'said')[0]
    ).toBe('speaking to reporters after the vote')
    expect(scene('Ana Roe, speaking quietly, said the count was clean.', 'said')[0]).toBeNull()
    // The body an inverted speaker is from is no place; a town they spoke from still is.
    expect(
      scene('"We offer beds," said Tom Kerr from the Kestrel Outreach Team.', 'said')[0]
    ).toBeNull()
    expect(scene('"We offer beds," said Tom Kerr from Geneva.', 'said')[0]).toBe('from Geneva')
    // An opening participle of saying or posting, with the channel it went through.
    expect(scene('Speaking on local radio, Ana Roe said the roads were open.', 'said')[0]).toBe(
      'on local radio'
    )
    expect(
      scene('Posting on the firm’s Facebook page, Ana Roe said she was grateful.', 'said')[0]
    ).toBe('on the firm’s Facebook page')
    expect(
      scene('Explaining the delay via Twitter, the bureau chief asked people to wait.', 'asked')[0]
    ).toBe('via Twitter')
    expect(scene('Ana Roe, explaining the delay via Twitter, said she was sorry.', 'said')[0]).toBe(
      'via Twitter'
    )
    // A condition the words were given on is no channel.
    expect(
      scene('Speaking on condition of anonymity, an official said the talks failed.', 'said')[0]
    ).toBeNull()
    // Speaking timed by a clause of its own: the clause says on what occasion; "as" before a
    // noun alone says in what capacity, no occasion.
    expect(
      scene(
        'Ana Roe, speaking as her ministry unveiled its budget, said the plan was set.',
        'said'
      )[0]
    ).toBe('speaking as her ministry unveiled its budget')
    expect(
      scene('Speaking as the results were announced, Ana Roe said the count was clean.', 'said')[0]
    ).toBe('Speaking as the results were announced')
    expect(
      scene('Ana Roe, speaking as the mother of two boys, said the plan was set.', 'said')[0]
    ).toBeNull()
    expect(
      scene('Speaking as a former nurse, Ana Roe said the ward was full.', 'said')[0]
    ).toBeNull()
    // A visit as an opening participle; "the visiting premier" is none.
    expect(
      scene('Visiting the hospital in Kitwe on Thursday, Ana Roe praised the nurses.', 'Visiting')
    ).toEqual(['Visiting the hospital in Kitwe', 'on Thursday'])
    expect(scene('The visiting Premier Li Qiang said the talks went well.', 'said')[0]).toBeNull()
    // A programme's name runs on through its own "of the".
    expect(
      scene("Ana Roe told CNN's State of the Union that the count was clean.", 'told')[0]
    ).toBe("told CNN's State of the Union")
    // A participle left at the end once its time is cut goes with it.
    expect(
      scene('In an interview published Monday, Ana Roe said the count was clean.', 'said')
    ).toEqual(['an interview', 'Monday'])
    // An issue addressed is no audience.
    expect(
      scene('Addressing concerns about fraud, Ana Roe said the count was clean.', 'said')[0]
    ).toBeNull()
    expect(scene('Speaking after his win, Tom Hale said he was tired.', 'said')[0]).toBe(
      'after his win'
    )
    expect(
      scene('Later, speaking from the control centre, Ravi Nair said it had worked.', 'said')[0]
    ).toBe('from the control centre')
    // A time first, with its commas: the occasion comes after it.
    expect(
      scene(
        'Speaking on Friday, March 6, during a press briefing after the board meeting, Governor Ana Roe said rates would fall.',
        'said'
      )[0]
    ).toBe('a press briefing after the board meeting')
  })
  it('leaves the occasion of a main clause to it when the verb of saying only comments on it', () => {
    expect(
      scene(
        'A gunman killed nine people following a prayer meeting at a church, an act that Ana Roe said was a reminder of hatred.',
        'said'
      )[0]
    ).toBeNull()
    expect(
      scene(
        'The vote came after a long debate in the council, which Ana Roe said had been fair.',
        'said'
      )[0]
    ).toBeNull()
    // A relative clause that holds the occasion itself keeps it.
    expect(
      scene('Ana Roe, who spoke at a rally in Porto, said the vote had been fair.', 'said')[0]
    ).toBe('a rally in Porto')
  })

  it('leaves out the reported content and a date that names a thing', () => {
    // Past the verb's own time: "said on Wednesday it welcomed …" reports from "it".
    expect(
      scene(
        'The group said on Wednesday it welcomed the pledge the minister made during her budget speech.',
        'said'
      )
    ).toEqual([null, 'on Wednesday'])
    expect(scene('Nora Quill said she opened the shelter in 2019 with a loan.', 'said')).toEqual([
      null,
      null
    ])
    expect(scene('Volker said he objected until he heard the July 25 call.', 'said')).toEqual([
      null,
      null
    ])
    // But a date that names the occasion the words were said in is their time.
    expect(
      scene('The agency said in an Oct. 26 letter to the carriers that it was worried.', 'said')
    ).toEqual(['an Oct. 26 letter to the carriers', 'Oct. 26'])
    expect(scene('Ana Ruiz criticised the March 3 decision in a statement.', 'criticised')).toEqual(
      ['a statement', null]
    )
    expect(scene('Shotwell said Starship missions could begin in 2022.', 'said')).toEqual([
      null,
      null
    ])
  })
  it('keeps a place answer short and names the places an act names', () => {
    expect(tidyPlace('told a few thousand teachers who covered the lawn outside')).toBe(
      'told a few thousand teachers'
    )
    expect(tidyPlace('at a meeting, adding that more was needed')).toBe('at a meeting')
    // The clause's next verb of saying is no part of the place.
    expect(tidyPlace('the match and said')).toBe('the match')
    expect(tidyPlace('the Ministry of Trade and Industry')).toBe(
      'the Ministry of Trade and Industry'
    )
    // Cut short, never inside a name: no card shows "the Royal College".
    expect(tidyPlace('the annual conference of the Royal College of Nursing in Liverpool')).toBe(
      'the annual conference'
    )
    expect(tidyPlace('speaking to residents at a relief camp outside the town')).toBe(
      'speaking to residents at a relief camp'
    )
    // The town that ends an occasion stays, when only its name takes the phrase past the limit.
    expect(tidyPlace('the opening of an evacuation centre in La Trinidad')).toBe(
      'the opening of an evacuation centre in La Trinidad'
    )
    // "hosted by …" is cut as any other phrase is.
    expect(
      tidyPlace('an exclusive gala dinner hosted by Governor-General Sir Peter Cosgrove')
    ).toBe('an exclusive gala dinner')
    expect(tidyPlace('the opening of a new evacuation centre for families in Baguio')).toBe(
      'the opening of a new evacuation centre'
    )
    // Never cut inside a name that runs just past the limit.
    expect(tidyPlace('an interview on the BBC’s The Andrew Keyes Show')).toBe(
      'an interview on the BBC’s The Andrew Keyes Show'
    )
    // Cut off after a word that needs another: no card shows "the festival of".
    expect(tidyPlace('the festival of')).toBe('the festival')
    expect(tidyPlace('the medal ceremony held at the Olympic Medal Plaza in the city centre')).toBe(
      'the medal ceremony'
    )
    expect(tidyPlace('the square and then')).toBe('the square')
    // Cut to length, a measure of time left without its time goes with it.
    expect(
      tidyPlace('comments after voting just minutes after the polls opened this morning')
    ).toBe('comments after voting')
    // Too long with the name that qualifies the occasion: the name goes, the place stays.
    expect(tidyPlace('a Northern Farmers Union protest march at the Castle Street depot')).toBe(
      'protest march at the Castle Street depot'
    )
    expect(tidyPlace('told The')).toBe('told The')
    expect(
      placeAnswer(
        'visited Shandong Province',
        'visited Shandong Province and commended Rizhao Port for its work'
      )
    ).toBe('Rizhao Port, Shandong Province')
    expect(
      placesIn(
        "visiting Yangquan Valve Co., Ltd., a century-old firm, in north China's Shanxi Province"
      )
    ).toEqual(['Yangquan Valve Co., Ltd.', 'Shanxi Province'])
    expect(placeAnswer('a news conference', 'a news conference in Beijing')).toBeNull()
    // A name after "at" or "in" is a place whatever it looks like; one before a noun describes it.
    expect(
      placesIn('talked to pupils picking up their GCSE grades at Ysgol Ifan Ddu in Brynmawr today')
    ).toEqual(['Ysgol Ifan Ddu', 'Brynmawr'])
    // A body's name runs on through its "of".
    expect(placesIn('inspecting the classrooms at the Kestrel Institute of Technology.')).toEqual([
      'Kestrel Institute of Technology'
    ])
  })
  it('tells a channel from an occasion', () => {
    for (const m of [
      'told the BBC',
      'in a statement',
      'on Twitter',
      'as quoted by Yonhap',
      'via Ben Bates of the Post-Gazette',
      'an interview with CNN'
    ])
      expect(isMedium(m), m).toBe(true)
    for (const o of [
      'a news conference in Beijing',
      'before the House Intelligence Committee',
      'a pep talk'
    ])
      expect(isMedium(o), o).toBe(false)
  })
})

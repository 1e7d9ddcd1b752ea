import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'

const quotes = (body: string): Array<[string, string | null]> =>
  generateFromText(`Title\n\n${body}`).quotes.map((q) => [q.text, q.speaker])

describe('quote attribution', () => {
  it('reads "said X" inversions, appositives and titles', () => {
    expect(quotes('"We are ready," said Mayor Elena Ortiz, a Democrat.')).toEqual([
      ['We are ready', 'Elena Ortiz']
    ])
    expect(quotes('NASA Administrator Charles Bolden said: "It is a great day."')).toEqual([
      ['It is a great day.', 'Charles Bolden']
    ])
    expect(
      quotes('Minister of Education Stefania Giannini said "more reflection" is needed.')
    ).toEqual([['more reflection', 'Stefania Giannini']])
    // A title of two things ("of Culture and Youth Affairs") still ends before the name, so
    // "the minister" later is that person.
    expect(
      quotes(
        'Minister of Culture and Youth Affairs Ovik Ohanyan spoke at a news conference.\n\n' +
          'The minister said the reports were false. "I have given no interviews," he said.'
      )
    ).toEqual([['I have given no interviews', 'Ovik Ohanyan']])
  })

  it('joins a quote split by its attribution and resolves later surnames and pronouns', () => {
    const body = [
      'Professor Cres Eastman, director of the study, spoke on Monday.',
      '"We have waited," Eastman said, "and we will not wait longer."',
      'Lydia Buchtmann disagreed. "It is too soon," she said.',
      '"It will take years," he said.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['We have waited', 'Cres Eastman'],
      ['and we will not wait longer.', 'Cres Eastman'],
      ['It is too soon', 'Lydia Buchtmann'],
      ['It will take years', 'Cres Eastman']
    ])
  })

  it('gives a multi-paragraph quote the speaker named at its start or its end', () => {
    const start =
      'In a statement, Governor Chris Gregoire said, "The museum worked hard.\n\n"It will help young people."'
    expect(quotes(start).map((q) => q[1])).toEqual(['Chris Gregoire', 'Chris Gregoire'])
    const end = '"Half of our buses are old.\n\n"We can replace them," Samuel Okafor said.'
    expect(quotes(end).map((q) => q[1])).toEqual(['Samuel Okafor', 'Samuel Okafor'])
  })

  it('resolves acronyms, role nouns and organisations', () => {
    const body = [
      'The Korean Central News Agency (KCNA) reported the move.',
      '"The order is final," said KCNA. "Be ready," it added.',
      'Peter Kamau, a lecturer, spoke to reporters. "It works," the expert said.',
      'The Springfield Chamber of Commerce said in a statement that it "has concerns about the timing."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['The order is final', 'Korean Central News Agency'],
      ['Be ready', 'Korean Central News Agency'],
      ['It works', 'Peter Kamau'],
      ['has concerns about the timing.', 'Springfield Chamber of Commerce']
    ])
  })

  it('takes a colon-introduced quote from the sentence subject', () => {
    expect(quotes('Smith had a message for critics: "Come and see."')).toEqual([
      ['Come and see.', 'Smith']
    ])
  })
})

describe('quotes versus terms', () => {
  it('keeps scare quotes, labels and titles of works as terms', () => {
    const x = generateFromText(
      'Title\n\nThe firm became a "little giant" enterprise. A user labelled "Anonymous" posted. The company calls itself a "green leader". He read the book "New Structural Economics" twice.'
    )
    expect(x.quotes).toEqual([])
    expect(x.terms.map((t) => t.term)).toEqual([
      'little giant',
      'Anonymous',
      'green leader',
      'New Structural Economics'
    ])
  })
  it('takes a verdict called by someone, and a fragment in a sentence that names a speaker, as speech', () => {
    const x = generateFromText(
      'Title\n\nThe Harbour Trust called it a "grave mistake". The delays were "deeply frustrating" but "we will finish on time," the builder Omar Haddad said.'
    )
    expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['grave mistake', 'Harbour Trust'],
      ['deeply frustrating', 'Omar Haddad'],
      ['we will finish on time', 'Omar Haddad']
    ])
    expect(x.terms).toEqual([])
  })
  it('takes a whole utterance of names, closed by a verb of saying, as speech', () => {
    const x = generateFromText(
      'Title\n\n“Kestrel and Marlow,” agreed Ana Roe, a customer. “Competition.”'
    )
    expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Kestrel and Marlow', 'Ana Roe'],
      ['Competition.', 'Ana Roe']
    ])
  })
  it('takes a fragment with a speaker in it, before the rest of the sentence, as speech', () => {
    const x = generateFromText(
      'Title\n\nDana Ruiz runs the prisons. "We don\'t want those people" working in prisons, she said.'
    )
    expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We don't want those people", 'Dana Ruiz']
    ])
  })
  it("completes a first name from the headline's one full name", () => {
    const x = generateFromText(
      'We wanted to be ruthless, says Rohit Sharma after series win\n\n"We need to improve under pressure," Rohit said.'
    )
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Rohit Sharma'])
  })
  it('takes the name inside appositive commas as the subject, not an earlier speaker', () => {
    const body = [
      '"We cannot wait," said Joan Mbeki, the union leader.',
      'The transport secretary, Owen Hartley, said the plan was "fully funded and ready".',
      'Its chief engineer, Priya Raman, added: "The tunnel opens in May."'
    ].join('\n\n')
    expect(quotes(body).map((q) => q[1])).toEqual(['Joan Mbeki', 'Owen Hartley', 'Priya Raman'])
  })
  it('gives the time of a lede that describes one speaker to the person the next paragraph names', () => {
    const when = (lede: string): Array<string | null> =>
      generateFromText(
        [
          'Title',
          lede,
          'Karen Oduya made the comments at a hearing in Ballina.',
          '"We will not let this happen," said Oduya.'
        ].join('\n\n')
      ).quotes.map((q) => q.when?.phrase ?? null)
    expect(
      when(
        'The head of the regional water board criticised on Tuesday a plan to sell the reservoir, insisting the sale would fail.'
      )
    ).toEqual(['on Tuesday'])
    expect(
      when("Ballina's water chief appealed to residents on Tuesday to save water in the drought.")
    ).toEqual(['on Tuesday'])
    // Many people described are not the one named next.
    expect(
      when(
        'Officials of the regional water boards criticised on Tuesday a plan to sell the reservoir, insisting the sale would fail.'
      )
    ).toEqual([null])
  })
  it("holds the lede's occasion for its people, and a later one only nearby and until someone else speaks", () => {
    const occasions = (body: string): Array<[string | null, string | null]> =>
      generateFromText(`Title\n\n${body}`).quotes.map((q) => [q.where, q.when?.phrase ?? null])
    const scene =
      'Mayor Ana Duarte spoke to farmers at a town hall meeting on Thursday. Duarte said the dam was "the only real option."'
    const next = '"We have run out of time," Duarte said.'
    const other = '"It is a mistake," said Raj Patel, a farmer.'
    const narrative = 'The dam would flood three valleys.'
    // In the lede, the event holds for the mayor's later words, whoever speaks between.
    expect(occasions(`${scene}\n\n${next}`)[1]).toEqual(['a town hall meeting', 'on Thursday'])
    expect(occasions(`${scene} ${other}\n\n${narrative}\n\n${next}`)[2]).toEqual([
      'a town hall meeting',
      'on Thursday'
    ])
    // Set later in the article, it holds for the next paragraphs …
    const later = (...rest: string[]): Array<[string | null, string | null]> =>
      occasions(['The dam has divided the valley for a decade.', scene, ...rest].join('\n\n'))
    expect(later(next)[1]).toEqual(['a town hall meeting', 'on Thursday'])
    // … and, as the one occasion the article names for her, for all her words …
    expect(later(other, next)[2]).toEqual(['a town hall meeting', 'on Thursday'])
    expect(later(narrative, narrative, next)[1]).toEqual(['a town hall meeting', 'on Thursday'])
    // … but once she is placed somewhere else too, not past another speaker's words, nor
    // beyond the paragraphs near it.
    const second =
      'Duarte later told reporters at the courthouse on Friday that the vote would go ahead.'
    expect(later(second, other, next)[2]).toEqual([null, null])
    expect(later(second, narrative, narrative, narrative, next)[1]).toEqual([null, null])
  })
  it('reads an age before a name as a description and a titled name as a person', () => {
    const body = [
      'Nineteen-year-old Maya Ferris won the final in straight sets.',
      '"I could not feel my legs," she said.',
      'Professor Neil Marsh, who coached her as a junior, was in the crowd.',
      '"She was always this calm," he told the club newsletter.'
    ].join('\n\n')
    expect(quotes(body).map((q) => q[1])).toEqual(['Maya Ferris', 'Neil Marsh'])
  })
  it('reads a named programme or journal as the medium, and its title words as no time', () => {
    const where = (body: string): Array<[string | null, string | null]> =>
      generateFromText(`Title\n\n${body}`).quotes.map((q) => [q.where, q.when?.phrase ?? null])
    expect(
      where('Layla Haddad told ABC\'s This Week programme on Sunday: "The talks have stalled."')
    ).toEqual([["told ABC's This Week programme", 'on Sunday']])
    expect(
      where('"Sleep matters more than we thought," the team wrote in the journal Science.')
    ).toEqual([['the journal Science', null]])
  })
  it("gives a spokesperson's quote right after a wire lead the time the lead gives", () => {
    const when = (body: string): Array<string | null> =>
      generateFromText(`Title\n\n${body}`).quotes.map((q) => q.when?.phrase ?? null)
    const quote =
      '"We will not accept it," Indian Foreign Ministry spokesman Arjun Rao told reporters.'
    expect(
      when(`India on Thursday urged its neighbour to withdraw the claim.\n\n${quote}`)
    ).toEqual(['on Thursday'])
    // A lead about someone else (regulators) says nothing of when the ministry spoke.
    expect(when(`Regulators said on Thursday the claim was false.\n\n${quote}`)).toEqual([null])
  })
  it('never lets "she" fall back to a man quoted earlier', () => {
    const body = [
      '"We trained hard," said coach Peter Lang.',
      'The club was founded in 1921.',
      'Its ground holds 9,000 people.',
      'Tickets sold out within an hour.',
      'Prices rose by a third this year.',
      '"It was wonderful," she said.'
    ].join('\n\n')
    expect(quotes(body).map((q) => q[1])).toEqual(['Peter Lang', null])
  })
  it('lets "the statement said" speak for whoever issued the statement just before', () => {
    const body = [
      'In a statement, a county water spokesman said the pipes had been checked in May.',
      '"We will test every well again," the statement said.'
    ].join('\n\n')
    const q = generateFromText(`Title\n\n${body}`).quotes[0]!
    expect([q.speaker, q.where]).toEqual(['a county water spokesman', 'a statement'])
  })

  it('takes the call or meeting an audience was told on as the medium', () => {
    const body =
      '"Margins will recover," Chief Executive Anna Berg told investors on a conference call.'
    expect(generateFromText(`Title\n\n${body}`).quotes[0]!.where).toMatch(/conference call/)
  })
  it('does not take a date from what the speaker reported as the time they spoke', () => {
    const body = [
      'Nora Quill, who runs the shelter, said she opened it in 2019 with a loan that took years to repay.',
      '"We have never been this full," Quill said.'
    ].join('\n\n')
    expect(generateFromText(`Title\n\n${body}`).quotes[0]!.when).toBeNull()
  })
  it('names a professional group by its employer ("analysts at Barclays")', () => {
    const body =
      'Economists at Nordbank said growth would slow. "The cycle has turned," they wrote in a note.'
    expect(quotes(body)).toEqual([['The cycle has turned', 'Economists at Nordbank']])
  })
  it('lets "the official" stand for an unnamed official just introduced, not the last named person', () => {
    const unnamed = [
      '"We will finish by June," Mayor Ruth Amos said.',
      'A senior official, who asked not to be named, said the budget was already spent.',
      '"There is no money left," the official added.'
    ].join('\n\n')
    expect(quotes(unnamed)[1]).toEqual(['There is no money left', 'A senior official'])
    const appositive = [
      'Ruth Amos, a senior official at the ministry, said the budget was spent.',
      '"There is no money left," the official added.'
    ].join('\n\n')
    expect(quotes(appositive)[0]).toEqual(['There is no money left', 'Ruth Amos'])
  })
  it('reads a lower-case-initial broadcaster and a "familiar with" source', () => {
    const told =
      'Minister Lindiwe Dube told eNCA on Friday evening that the plan was ready. "We have a plan," she said.'
    const x = generateFromText(`Title\n\n${told}`)
    expect(x.quotes[0]!.where).toMatch(/eNCA/)
    expect(x.reported[0]!.verb).toBe('told eNCA on Friday evening that')
    const familiar =
      'People familiar with the matter said the bank was weighing a sale of the unit.'
    expect(generateFromText(`Title\n\n${familiar}`).reported[0]!.speaker).toBe(
      'People familiar with the matter'
    )
  })
  it('reads "Retail giant Walmart said" as the company, the words before it as a description', () => {
    const body =
      'Budget airline Skyhop said it would cut routes. "Demand has collapsed," the airline said.'
    expect(generateFromText(`Title\n\n${body}`).reported[0]!.speaker).toBe('Skyhop')
  })
  it('takes a full name whose first name is also a word once the article titles its surname', () => {
    const body = [
      'When the mill closed in 2019, Frank Russo thought his working life was over.',
      '"I figured nobody would ever hire me again," Mr. Russo said.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([['I figured nobody would ever hire me again', 'Frank Russo']])
  })
  it('reads aides, witnesses and sources as role words for an unnamed source', () => {
    const body = [
      'An aide to the governor, who was not authorised to speak, said the bill would pass.',
      '"She has the votes," the aide said.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([['She has the votes', 'An aide']])
  })
  it('reads "said in a note on Monday that …" as a paraphrase with its occasion', () => {
    const body =
      'Analysts at Norbank said in a note on Monday that they expected rates to fall twice.'
    const r = generateFromText(`Title\n\n${body}`).reported[0]!
    expect([r.speaker, r.where, r.when?.label, r.text]).toEqual([
      'Analysts at Norbank',
      'a note',
      'Monday',
      'they expected rates to fall twice'
    ])
  })
  it('reads single-mark quotations where a paper uses them, but not apostrophes or scare quotes', () => {
    const body = [
      "'We have asked for 120 more wardens,' said joint commissioner Ashwini Rao. 'Work starts at 10pm.'",
      "Residents called the plan 'rushed'. The workers' union, which didn't object, met on Monday."
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['We have asked for 120 more wardens', 'Ashwini Rao'],
      ['Work starts at 10pm.', 'Ashwini Rao']
    ])
  })
})

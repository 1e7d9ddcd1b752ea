/**
 * The article-wide place and time passes, on invented articles: each pins one shape and the
 * cases it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { generateFromText } from '../../generate'

describe('occasions set outside the quotations', () => {
  const placesOf = (body: string) =>
    generateFromText(`Title\n\n${body}`).quotes.map((q) => [
      q.speaker,
      q.where,
      q.basis?.whereSieve
    ])

  /** Each quotation's place and time, in an article published on `date`. */
  const scenesOn = (date: string, ...paragraphs: string[]) =>
    generateFromText(`date ${date} Title\n\n${paragraphs.join('\n\n')}`).quotes.map((q) => [
      q.where,
      q.when?.phrase ?? null
    ])

  it("takes the outlet a speaker's reported speech went to as the interview of all their words", () => {
    const body = [
      'Craig Allen, president of the council, said members supply the company.',
      'The members will follow the law, but there is a cost, Allen told the Daily Record.',
      '"I cannot tell you what the costs will be," said Allen.',
      '"It differs from company to company," he added.'
    ].join('\n\n')
    expect(placesOf(body).map((p) => p[1])).toEqual([
      'told the Daily Record',
      'told the Daily Record'
    ])
    // The lede reports them by their post at a body before the article names them.
    const byPost = [
      'The ferry line will keep its depot in Leith, although some jobs will go, Calmore’s CEO told the Courier.',
      'Calmore on Thursday closed a deal to buy the line for $30 million.',
      '"Leith stays," Calmore CEO Ana Ruiz said.',
      'Two rival companies also run ferries on the route.',
      '"We will look at every role," Ruiz said.'
    ].join('\n\n')
    expect(placesOf(byPost).map((p) => [p[0], p[1]])).toEqual([
      ['Ana Ruiz', 'told the Courier'],
      ['Ana Ruiz', 'told the Courier']
    ])
    // Another body's chief executive is someone else: nothing carries.
    expect(placesOf(byPost.replace('Calmore’s CEO', 'Ferrymen’s CEO')).map((p) => p[1])).toEqual([
      null,
      null
    ])
    // A statement is the occasion of all the words a speaker gave no other: the one
    // statement they are quoted from.
    const statement = [
      'Health minister Ummy Njoroge said on Monday that 320 people had died.',
      'Njoroge described the outbreak as "the worst since 1978".',
      '"Things are not encouraging," Njoroge said in a statement.'
    ].join('\n\n')
    expect(placesOf(statement).map((p) => [p[1], p[2]])).toEqual([
      ['a statement', 'speaker-throughout'],
      ['a statement', 'clause']
    ])
    // "the sheriff's statement" is the statement the sheriff gave: its issuer speaks, and it is
    // the same channel as "a statement" for the words before it.
    const owned = [
      'Deputies were called to a farm near Dover, County Sheriff Nia Holt said in a statement.',
      'She said the suspect "fired twice from the barn".',
      'The man then "ran into the woods," the sheriff\'s statement said.'
    ].join('\n\n')
    expect(placesOf(owned)).toEqual([
      ['Nia Holt', 'a statement', 'speaker-throughout'],
      ['Nia Holt', "the sheriff's statement", 'medium']
    ])
    // A relay ("via a reporter") passed on only the words it came with.
    const relayed = [
      '"We lost that game," Cam Heyward said, via Ben Bates of the Post-Gazette.',
      '"We did not play well," Heyward said.'
    ].join('\n\n')
    expect(placesOf(relayed).map((p) => p[1])).toEqual(['via Ben Bates of the Post-Gazette', null])
    // Spoken to a person, or to police, it is no occasion of theirs.
    expect(placesOf(body.replace('told the Daily Record', 'told police')).map((p) => p[1])).toEqual(
      [null, null]
    )
  })

  it('takes an audience a speaker addressed as the occasion of their words from then on', () => {
    const body = [
      'A garda found drunk after a house party last year has had her case adjourned.',
      'Inspector Tom Hale told a special sitting of Carlow District Court that officers attended the estate.',
      'Ann Dunne, 27, of Main Street, Carlow, pleaded guilty to both charges.',
      '"It was a quiet estate until that night," a neighbour said.',
      '"The accused was unsteady on her feet," Insp Hale said.'
    ].join('\n\n')
    const where = (text: string) => placesOf(text).map((p) => [p[0], p[1]])
    expect(where(body)).toEqual([
      ['a neighbour', null],
      ['Tom Hale', 'told a special sitting of Carlow District Court']
    ])
    // Police told take a statement: no occasion for the rest.
    expect(
      where(body.replace('told a special sitting of Carlow District Court', 'told police'))
    ).toEqual([
      ['a neighbour', null],
      ['Tom Hale', null]
    ])
    // Not for words said before the audience was addressed.
    const before = [
      'Ana Roe said she was "very moved" by the decision.',
      'The plan was approved on Monday.',
      '"Here we are on a historic day," Roe told settler leaders.'
    ].join('\n\n')
    expect(placesOf(before).map((p) => p[1])).toEqual([null, 'told settler leaders'])
    // A court or a body in session is the occasion of the words before it too.
    const court = [
      'Crown prosecutor Mark Tedes said the girl "spent months in pain".',
      'The trial continues.',
      '"She should have been treated," Tedes told the court.'
    ].join('\n\n')
    expect(placesOf(court).map((p) => p[1])).toEqual(['told the court', 'told the court'])
  })

  it("takes a visit, as a verb or a participle, with its time, as the scene of the visitor's next words", () => {
    const body = [
      'A mine collapse trapped 14 workers in the region on Tuesday.',
      'Minister Paul Kabuswe visited the site on Wednesday and promised an inquiry. "Those responsible will be held to account," he said.',
      'Health Minister Elijah Muchima, visiting the hospital in Kitwe on Thursday, praised the nurses. "They have worked without rest," he said.'
    ].join('\n\n')
    const quotes = generateFromText(`date 2026-03-13 Title\n\n${body}`).quotes
    expect(quotes.map((q) => [q.speaker, q.where, q.when?.phrase])).toEqual([
      ['Paul Kabuswe', 'visited the site', 'on Wednesday'],
      ['Elijah Muchima', 'Kitwe', 'on Thursday']
    ])
  })

  it('keeps the occasion of a speech through the paragraphs that go on about its speaker', () => {
    const body = [
      'Zenith Bank has promised customers faster loans.',
      "Amaka Obi, the bank's head of retail, gave the reassurance at the Lagos Business Summit.",
      'She said the bank would double its lending to small firms this year.',
      'She, however, regretted the challenges facing the bank, including',
      'fraud and the theft of its cables.',
      'Describing Lagos traders as resilient, Obi stressed the need for government support.',
      'She said: "We are ready to lend to every viable business in the state."',
      '"Our agents are everywhere," she added.'
    ]
    expect(placesOf(body.join('\n\n')).map((p) => p[1])).toEqual([
      'the Lagos Business Summit',
      'the Lagos Business Summit'
    ])
    // Paragraphs about someone else in between: the summit is too far back to hold.
    const away = [
      ...body.slice(0, 3),
      'The central bank raised its lending rate in March.',
      'Analysts expect further rises before the end of the year.',
      'Inflation reached its highest level in a decade in the spring.',
      ...body.slice(6)
    ]
    expect(placesOf(away.join('\n\n')).map((p) => p[1])).toEqual([null, null])
  })

  it("takes a sentence saying where the speaker was speaking, after their words, as those words' occasion", () => {
    const body = [
      'Heavy rain forced thousands from their homes in the north.',
      'Interior Minister Ana Roe toured the flooded district on Tuesday.',
      '"We will not leave anyone behind," Roe said. "Every family will get shelter."',
      'The minister was speaking to residents at a relief camp.'
    ].join('\n\n')
    expect(placesOf(body).map((p) => [p[1], p[2]])).toEqual([
      ['speaking to residents at a relief camp', 'remarks-after'],
      ['speaking to residents at a relief camp', 'continued']
    ])
    // The words as the subject: "His comments came during …"; "her" cannot stand for him.
    const came = (owner: string) =>
      placesOf(
        [
          'The tax plan faced criticism from business groups on Monday.',
          '"We need a fairer system," Treasury minister Paul Reid said.',
          `${owner} came during a visit to a factory in Derby.`
        ].join('\n\n')
      ).map((p) => p[1])
    expect(came('His comments')).toEqual(['a visit to a factory in Derby'])
    expect(came('The remarks')).toEqual(['a visit to a factory in Derby'])
    expect(came('Her comments')).toEqual([null])
  })

  it('reads a sentence that opens with speaking as the scene of the words that follow', () => {
    const body = [
      'Mayor Dana Price met residents on Thursday about the water cuts.',
      'Speaking to residents inside a local hall in Newlands, Price blamed low water levels.',
      '"Until we get the levels high, there is not much that can be done," she said.'
    ].join('\n\n')
    expect(placesOf(body).map((p) => p[1])).toEqual([
      'Speaking to residents inside a local hall in Newlands'
    ])
  })

  it('places the people a crowd lede describes where the crowd marched', () => {
    const body = [
      'Thousands of teachers marched through Lisbon on Saturday to demand higher pay.',
      '"We cannot live on these wages," said Ana Ruiz, 34.'
    ].join('\n\n')
    expect(placesOf(body)).toEqual([['Ana Ruiz', 'through Lisbon', 'lede-scene']])
  })

  it('gives the time of a lede about a body to its people, the body named by its initials too', () => {
    const body = [
      'Civil society group Fair Tax Lobby SA (FTSA) said on Wednesday it welcomed the plan.',
      '"This is long overdue," said FTSA founder Ana Ruiz.'
    ].join('\n\n')
    const [q] = generateFromText(`date 2020-02-27 Title\n\n${body}`).quotes
    expect([q!.speaker, q!.when?.phrase, q!.basis?.whenSieve]).toEqual([
      'Ana Ruiz',
      'on Wednesday',
      'lede-scene'
    ])
  })

  it('reads a sentence that opens at a gathering as its subject being there, whatever the verb', () => {
    const body = [
      'At a rally in Porto on Saturday, Ana Ruiz attacked the government.',
      '"They have let us down," she told the crowd.'
    ].join('\n\n')
    const [q] = generateFromText(`date 2023-09-14 Title\n\n${body}`).quotes
    expect([q!.where, q!.when?.phrase]).toEqual(['told the crowd', 'on Saturday'])
  })

  it('places a speaker described by where they stood there', () => {
    const body = [
      'Queues formed across the city on Monday as the fuel shortage went on.',
      'A taxi driver outside the depot in Kumasi said: "I have waited four hours."'
    ].join('\n\n')
    expect(placesOf(body)).toEqual([
      [
        'A taxi driver outside the depot in Kumasi',
        'outside the depot in Kumasi',
        'described-place'
      ]
    ])
  })

  it('places a speaker described by where they stood there when the verb comes first', () => {
    const body = [
      'Queues formed across the city on Monday as the fuel shortage went on.',
      '"I have waited four hours," said a taxi driver outside the depot in Kumasi on Monday.',
      '"We were told nothing," said one nurse at this clinic in Tamale last week.',
      // An age is no place, and the occasion after a person is not where they stood.
      'A man in his thirties said: "We lost the car."',
      '"Nobody came," said one worker in a statement.'
    ].join('\n\n')
    expect(placesOf(body)).toEqual([
      [
        'a taxi driver outside the depot in Kumasi',
        'outside the depot in Kumasi',
        'described-place'
      ],
      ['one nurse at this clinic in Tamale', 'at this clinic in Tamale', 'described-place'],
      ['A man in his thirties', null, null],
      ['one worker', 'a statement', 'clause']
    ])
  })

  it('carries no occasion to words their own clause dates well before the story', () => {
    const body = [
      'The central bank kept rates unchanged on Wednesday.',
      'Governor Ana Roe said at a news conference that inflation was falling.',
      '"We are on the right path," Roe said at a news conference.',
      'Last year, Roe warned that rates could stay high "for some time".',
      'On Monday, Roe said prices were "coming down".'
    ].join('\n\n')
    const q = generateFromText(`date 2026-03-12 Title\n\n${body}`).quotes
    // Nor does its time go with the occasion to the speaker's other words.
    expect(q.map((x) => [x.where, x.when?.phrase ?? null])).toEqual([
      ['a news conference', null],
      [null, 'Last year'],
      ['a news conference', 'Monday']
    ])
    // Nor an occasion their reported speech dates well before it to their words now.
    expect(
      scenesOn(
        '2026-03-12',
        'The state rejected a tax on sugary drinks on Wednesday.',
        'Health Minister Ana Roe said no "single initiative" would solve the problem.',
        'Last year Ms Roe told a national obesity summit that nobody was to blame.'
      )
    ).toEqual([[null, null]])
  })

  it("takes the outlet a speaker's own quotation was told to as the interview of all their words", () => {
    const told = [
      '"We are still going strong," Ian Rowe, the festival chair, told the Telegraph & Argus on Friday.',
      'The festival began in 2003 as a single day of music.',
      'It now fills two weekends, with stalls along the canal.',
      'Tickets for the evening concerts went on sale last month.',
      'Mr Rowe said: "We have tried to push out the first weekend."',
      '"We have a lot of optimism," he added.'
    ].join('\n\n')
    const got = generateFromText(`Title\n\n${told}`).quotes
    expect(got.map((q) => q.where)).toEqual([
      'told the Telegraph & Argus',
      'told the Telegraph & Argus',
      'told the Telegraph & Argus'
    ])
    // An outlet that writes its name in capitals is one too.
    const capitals = generateFromText(
      `Title\n\n${told.replace('the Telegraph & Argus', 'MARL TIMES')}`
    ).quotes
    expect(capitals.map((q) => q.where)).toEqual(Array(3).fill('told MARL TIMES'))
    // An outlet the lexicon does not know: a name told that is nobody the article names.
    expect(placesOf(told.replace('the Telegraph & Argus', 'Kathimerini')).map((p) => p[1])).toEqual(
      Array(3).fill('told Kathimerini')
    )
    // With "the", a name told is most often a body, which is no interview.
    expect(
      placesOf(told.replace('the Telegraph & Argus', 'the Science Media Centre')).map((p) => p[1])
    ).toEqual(['told the Science Media Centre', null, null])
    // A person told is no interview.
    expect(
      placesOf(told.replace('told the Telegraph & Argus', 'told Ada Holm')).map((p) => p[1])
    ).toEqual(['told Ada Holm', null, null])
  })

  it("gives a lede's time to the people of a body it names, not of one it only describes", () => {
    const body = (lede: string) =>
      generateFromText(
        `date 2026-06-20 Title\n\n${lede}\n\n"It is a call to every church," said Ana Roe, associate pastor at the First Baptist Church of Spring Valley.`
      ).quotes.map((q) => q.when?.phrase ?? null)
    expect(body('Local churches addressed the shooting from the pulpit on Friday.')).toEqual([null])
    expect(body('First Baptist addressed the shooting from the pulpit on Friday.')).toEqual([
      'on Friday'
    ])
  })

  it('places speakers at a gathering the lede has as its subject ("A hearing on X turned tense")', () => {
    const text =
      'A Senate hearing on the price of bread turned tense Wednesday, as lawmakers pressed millers to explain their prices.\n\n"You are in trouble," said Dana Ruiz.'
    expect(placesOf(text)).toEqual([
      ['Dana Ruiz', 'A Senate hearing on the price of bread', 'article-occasion']
    ])
    expect(generateFromText(`Title\n\n${text}`).quotes[0]!.when?.phrase).toBe('Wednesday')
    // What the gathering included, or that it took place, says it happened as "turned tense" does.
    const included =
      'Officials opened the new pier.\n\nThe ceremony included the presentation of a key to the city by Mayor Dana Ruiz.\n\n"We rolled out the red carpet," Ruiz said.'
    expect(placesOf(included)).toEqual([['Dana Ruiz', 'The ceremony', 'article-occasion']])
  })

  it('places the words of a report whose people took their turn at a venue there', () => {
    const text = (opening: string): string =>
      `Four years ago, the bridge collapsed, killing six people.\n\n${opening}\n\nJudge Ana Roe said "it is about time" for this.\n\n"We remember them," said Tom Hale, a lawyer.`
    expect(placesOf(text('On Monday, its victims had their say in court.'))).toEqual([
      ['Ana Roe', 'in court', 'article-occasion'],
      ['Tom Hale', 'in court', 'article-occasion']
    ])
    // One person who spoke there is that person's scene, not the article's.
    expect(placesOf(text('On Monday, Mayor Ida Moe spoke in court.'))[1]![1]).toBeNull()
  })

  it('places the debate on a bill the lede says was laid before a house in that house', () => {
    const text = (lede: string): string =>
      `${lede}\n\nShe said that "public health" comes first.\n\nOpposition MPs slammed it. "This is rushed," said MP Tom Hale.`
    const tabled =
      'Minister Ana Roe introduced the Tobacco (Amendment) Bill, 2021 in Lok Sabha today.'
    expect(placesOf(text(tabled))).toEqual([
      ['Ana Roe', 'in Lok Sabha', 'article-occasion'],
      ['Tom Hale', 'in Lok Sabha', 'article-occasion']
    ])
    expect(generateFromText(`Title\n\n${text(tabled)}`).quotes[1]!.when?.phrase).toBe('today')
    // A day after the house's name is its time, no part of the name.
    expect(
      placesOf(text('Senator Ana Roe tabled a motion before the National Assembly Tuesday.'))[0]![1]
    ).toBe('before the National Assembly')
    // A bill written or backed elsewhere is laid before nobody.
    expect(
      placesOf(text('Minister Ana Roe drafted the Tobacco Bill in London last year.'))[0]![1]
    ).toBeNull()
  })

  it('places speakers at the one gathering the opening paragraphs report, unless placed elsewhere', () => {
    const opening =
      'Councillors narrowly passed the budget on Tuesday night.\n\nCouncillors voted 6-4 at a special council meeting to pass it.'
    const quotes =
      '"This is a difficult budget," Dana Ruiz said.\n\n"I am not happy," said Omar Haddad in a statement.'
    expect(placesOf(`${opening}\n\n${quotes}`)).toEqual([
      ['Dana Ruiz', 'a special council meeting', 'article-occasion'],
      ['Omar Haddad', 'a statement', 'clause']
    ])
    // Its time is the lede's, when the gathering's own sentence gives none.
    expect(generateFromText(`Title\n\n${opening}\n\n${quotes}`).quotes[0]!.when?.phrase).toBe(
      'on Tuesday night'
    )
    // Two gatherings in the opening: neither is the article's.
    const two = opening.replace(
      'Tuesday night.',
      'Tuesday night. Residents spoke against it at a public hearing last week.'
    )
    expect(placesOf(`${two}\n\n${quotes}`)[0]![1]).toBeNull()
    // A body that heard it, in a passive "was told" or a "heard": the hearing is the occasion.
    const heard = (lede: string): string | null | undefined =>
      placesOf(`${lede}\n\nMost patients wait a month, the report says.\n\n${quotes}`)[0]![1]
    expect(
      heard('Waiting times were raised, the county’s health select committee was told this week.')
    ).toBe('the county’s health select committee')
    expect(heard('A man attacked a guard, a court in Leeds heard on Monday.')).toBe(
      'a court in Leeds'
    )
    // People who heard something are no hearing.
    expect(heard('Residents heard gunshots on Monday night.')).toBeNull()
    // A body that sat is the gathering its members spoke at; people who met are no body.
    expect(
      heard('Members of the city’s planning and licensing committee met on Tuesday to discuss it.')
    ).toBe('the city’s planning and licensing committee')
    expect(heard('Residents met on Tuesday to discuss the plans.')).toBeNull()
    // People speak at a protest, a vigil or a funeral as at a rally.
    expect(heard('About a dozen union members held a demonstration outside the plant today.')).toBe(
      'a demonstration'
    )
    expect(heard('Hundreds of people attended a vigil for the victims on Sunday.')).toBe('a vigil')
    expect(heard('The harbour trust held a community celebration on the pier on Saturday.')).toBe(
      'a community celebration'
    )
    // A hyphened word in its name is no verb that ends it.
    expect(heard('Officials held a ribbon-cutting ceremony for the pier on Saturday.')).toBe(
      'a ribbon-cutting ceremony'
    )
    expect(heard('In Lorton, union members are holding a 24/7 picket line at the gates.')).toBe(
      'a 24/7 picket line'
    )
    // A gathering one person addressed is their scene, not everyone's.
    expect(
      heard('Governor Ana Roe told a news conference after the decision that prices were falling.')
    ).toBeNull()
    expect(heard('Union secretary Ana Roe addressed a rally of strikers in Sydney.')).toBeNull()
    expect(heard('Union secretary Ana Roe spoke at a rally of strikers in Sydney.')).toBeNull()
    expect(heard('Union secretary Ana Roe attended a rally of strikers in Sydney.')).toBe('a rally')
    // Set before its one speaker, who then speaks: theirs too.
    expect(
      heard('At a public hearing on Monday, scientist Ana Roe accuses the agency of hiding data.')
    ).toBeNull()
    expect(heard('At a public hearing on Monday, scientist Ana Roe met the agency.')).toBe(
      'a public hearing'
    )
    // A gathering that led to the news came before it: nobody quoted spoke there.
    expect(
      heard(
        'The decision comes after Rowing Kent held an emergency meeting of the Regatta Committee on 2 May to discuss whether races would go ahead.'
      )
    ).toBeNull()
    expect(
      heard(
        'Rowing Kent held an emergency meeting of the Regatta Committee on 2 May to discuss whether races would go ahead.'
      )
    ).toBe('an emergency meeting')
    // A gathering still to come is where nobody has spoken yet.
    const coming =
      'The mayor is preparing proposals to present to the council during the next regular session.\n\nThe package includes a new housing law.'
    expect(placesOf(`${coming}\n\n${quotes}`)[0]![1]).toBeNull()
    // Nor one described past its agent ("the promise made by the minister during …").
    expect(
      heard(
        'Residents welcomed the promise made by finance minister Ana Roe during her budget speech.'
      )
    ).toBeNull()
    // A gathering described in passing ("the progress made at a meeting of …") sets nothing.
    const passing =
      'Business groups welcomed the truce.\n\nThey hoped the progress made at a meeting of the two leaders would last.'
    expect(placesOf(`${passing}\n\n${quotes}`)[0]![1]).toBeNull()
  })

  it("gives a quotation the channel of its speaker's next words in the same paragraph", () => {
    const body =
      'Rosa Lind announced new tariffs on Thursday.\n\n"I am invoking the act," Lind said. "The tariffs go when the crisis ends," she said on Twitter.'
    expect(placesOf(body).map((p) => [p[1], p[2]])).toEqual([
      ['Twitter', 'same-paragraph'],
      ['Twitter', 'clause']
    ])
    // Another speaker between them ends it.
    const between = body.replace(' "The tariffs', ' "No," said Omar Haddad. "The tariffs')
    expect(placesOf(between)[0]![1]).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article'

describe('parseArticle metadata', () => {
  it('reads a China Daily page: byline with date, bracketed photo credit, editor footer', () => {
    const { article } = parseArticle(
      [
        'Ancient tea town draws visitors',
        "By ZHAO YIMENG in Pu'er | chinadaily.com.cn | Updated: 2024-10-08 07:30",
        'Tourists visit an old street on Oct 2. [Photo/Xinhua]',
        'A small town received 120,000 visitors.',
        '(Editor: Liu Yang)'
      ].join('\n\n')
    )
    expect(article.title).toBe('Ancient tea town draws visitors')
    expect(article.published).toBe('2024-10-08')
    expect(article.byline).toMatch(/^By ZHAO YIMENG/)
    expect(article.captions).toHaveLength(1)
    expect(article.footer).toBe('(Editor: Liu Yang)')
    expect(article.paragraphs).toEqual(['A small town received 120,000 visitors.'])
    expect(article.sentences.map((s) => [s.text, s.caption])).toEqual([
      ['A small town received 120,000 visitors.', false],
      ['Tourists visit an old street on Oct 2.', true]
    ])
  })

  it('reads a header date that is no calendar day as unknown, keeping the title', () => {
    const unknown = parseArticle(
      'date 0000-00-00 Council votes\n\nThe council voted on Monday.'
    ).article
    expect(unknown.published).toBeNull()
    expect(unknown.title).toBe('Council votes')
    expect(parseArticle('date 2023-02-30 Title\n\nText.').article.published).toBeNull()
    expect(parseArticle('date 2024-02-29 Title\n\nText.').article.published).toBe('2024-02-29')
  })

  it('reads wire datelines with and without a date, after a standfirst too, and a Reuters footer', () => {
    const ap = parseArticle(
      'Storm hits\n\nBy SAM LEE, Associated Press\n\nMIAMI (AP) — A storm hit on Sunday.'
    ).article
    expect(ap.byline).toBe('By SAM LEE, Associated Press')
    expect(ap.dateline).toEqual({ place: 'Miami', date: null, agency: 'AP' })
    expect(ap.paragraphs[0]).toBe('A storm hit on Sunday.')
    const reuters = parseArticle(
      'date 2025-10-04 Strike\n\nROTTERDAM, Oct 3 (Reuters) - Workers struck.\n\n(Reporting by Bart Meijer; Editing by Susan Fenton)'
    ).article
    expect(reuters.dateline).toEqual({ place: 'Rotterdam', date: '2025-10-03', agency: 'Reuters' })
    expect(reuters.footer).toMatch(/^\(Reporting by/)
    expect(reuters.paragraphs).toEqual(['Workers struck.'])
    // After a standfirst, the next paragraph's.
    const after = parseArticle(
      'Chief slams report\n\nThe report comes a day before the hearing\n\nMANILA, Philippines – Ronald dela Rosa slammed it.'
    ).article
    expect(after.dateline).toEqual({ place: 'Manila, Philippines', date: null, agency: null })
    expect(after.paragraphs[1]).toBe('Ronald dela Rosa slammed it.')
    // Two cities filed from.
    const two = parseArticle('Talks\n\nLIMA/QUITO, (Reuters) – Peru recalled its envoy.').article
    expect(two.dateline).toEqual({ place: 'Lima/Quito', date: null, agency: 'Reuters' })
    expect(two.paragraphs[0]).toBe('Peru recalled its envoy.')
    // An em dash with no space after it.
    const tight = parseArticle('Talks\n\nWARSAW, Poland—The opposition leader spoke.').article
    expect(tight.dateline).toEqual({ place: 'Warsaw, Poland', date: null, agency: null })
    expect(tight.paragraphs[0]).toBe('The opposition leader spoke.')
    // A republisher's tag before an agency's dateline.
    const tagged = parseArticle(
      'date 2024-09-23 Sworn in\n\n(MENAFN- IANS) Colombo, Sep 23 (IANS) Ada Holm was sworn in.'
    ).article
    expect(tagged.dateline).toEqual({ place: 'Colombo', date: '2024-09-23', agency: 'IANS' })
    expect(tagged.paragraphs[0]).toBe('Ada Holm was sworn in.')
    // A section's label in capitals after the place is no part of the story.
    const labelled = parseArticle('Outage\n\nTORONTO – TECH – Ada Holm, the chief, spoke.').article
    expect(labelled.dateline).toEqual({ place: 'Toronto', date: null, agency: null })
    expect(labelled.paragraphs[0]).toBe('Ada Holm, the chief, spoke.')
    // A shouting place and its date with no dash or agency, before the story's first word.
    const bare = parseArticle(
      'date 2013-09-27 Prices\n\nABIDJAN, Sept 27 Cocoa prices rose, farmers said.'
    ).article
    expect(bare.dateline).toEqual({ place: 'Abidjan', date: '2013-09-27', agency: null })
    expect(bare.paragraphs[0]).toBe('Cocoa prices rose, farmers said.')
    // A sentence that opens with a shouting word and a date is no dateline without them both.
    const plain = parseArticle('Prices\n\nNASA, in May 2024, said prices rose.').article
    expect(plain.dateline).toBeNull()
  })

  it('reads a title-case city before a dash as a dateline, and leaves an ordinary opening alone', () => {
    const city = parseArticle(
      'Police chief quits\n\nNairobi - The police chief resigned on Friday.'
    ).article
    expect(city.dateline).toEqual({ place: 'Nairobi', date: null, agency: null })
    expect(city.paragraphs[0]).toBe('The police chief resigned on Friday.')
    const plain = parseArticle('Budget passes\n\nMost - if not all - members voted for it.').article
    expect(plain.dateline).toBeNull()
    // With its country after a comma: "Metro Manila, Philippines - All pupils …".
    const country = parseArticle(
      'Meals for all\n\nMetro Manila, Philippines - All pupils will now get meals, the department said.'
    ).article
    expect(country.dateline).toEqual({
      place: 'Metro Manila, Philippines',
      date: null,
      agency: null
    })
    expect(country.paragraphs[0]).toBe('All pupils will now get meals, the department said.')
    // Not a person and their office.
    const person = parseArticle(
      'Vote\n\nJohn Smith, Chairman - The board voted for it, he said.'
    ).article
    expect(person.dateline).toBeNull()
  })

  it('reads an Indian agency dateline, in title case with no dash', () => {
    const pti = parseArticle(
      'date 2008-11-10 Series lost\n\nNagpur, Nov 10 (PTI) "We lost," is how the captain put it today.'
    ).article
    expect(pti.dateline).toEqual({ place: 'Nagpur', date: '2008-11-10', agency: 'PTI' })
    expect(pti.paragraphs[0]).toBe('"We lost," is how the captain put it today.')
    const ani = parseArticle(
      'date 2021-02-08 Defeat\n\nMargao (Goa) [India], February 8 (ANI): After a defeat on Sunday, the coach spoke.'
    ).article
    expect(ani.dateline).toEqual({ place: 'Margao', date: '2021-02-08', agency: 'ANI' })
    expect(ani.paragraphs[0]).toBe('After a defeat on Sunday, the coach spoke.')
    const country = parseArticle(
      'date 2025-08-04 Draw\n\nLondon [UK], August 4 : Following the draw, the captain spoke.'
    ).article
    expect(country.dateline).toEqual({ place: 'London', date: '2025-08-04', agency: null })
    // A title-case opening with a date but no agency is an ordinary sentence.
    const plain = parseArticle('date 2008-11-10 Rain\n\nIn Nagpur, Nov 10 was wet.').article
    expect(plain.dateline).toBeNull()
    // With a colon after its date it is a dateline; unless it opens with a day of the week.
    const colon = parseArticle(
      'date 2018-11-29 Launch\n\nSriharikota, Nov 29: After the launch, the chairman spoke.'
    ).article
    expect(colon.dateline).toEqual({ place: 'Sriharikota', date: '2018-11-29', agency: null })
    expect(colon.paragraphs[0]).toBe('After the launch, the chairman spoke.')
    const weekday = parseArticle(
      'date 2018-11-29 Launch\n\nThursday, Nov 29: the launch went ahead.'
    ).article
    expect(weekday.dateline).toBeNull()
  })

  it('reads a dateline with a comma before its agency and a colon after, but no shouted word alone', () => {
    const agencies = parseArticle(
      'date 2016-03-19 Headline act\n\nLOS ANGELES, March 19, (Agencies): The singer will headline the festival.'
    ).article
    expect(agencies.dateline).toEqual({
      place: 'Los Angeles',
      date: '2016-03-19',
      agency: 'Agencies'
    })
    expect(agencies.paragraphs[0]).toBe('The singer will headline the festival.')
    const update = parseArticle('date 2016-03-19 Roads\n\nUPDATE: The road has reopened.').article
    expect(update.dateline).toBeNull()
    expect(update.paragraphs[0]).toBe('UPDATE: The road has reopened.')
  })

  it('takes the date from a Wikinews date line and keeps it out of the body', () => {
    const { article } = parseArticle(
      'date 2006-02-23 Iodine\n\nThursday, February 23, 2006\n\nAlmost half of children are deficient.'
    )
    expect(article.published).toBe('2006-02-23')
    expect(article.paragraphs).toEqual(['Almost half of children are deficient.'])
  })

  it('treats single-newline text as one paragraph per line and strips a BOM', () => {
    const { article } = parseArticle('\uFEFFTitle here\nFirst paragraph.\nSecond paragraph.')
    expect(article.title).toBe('Title here')
    expect(article.paragraphs).toEqual(['First paragraph.', 'Second paragraph.'])
  })

  it('uses the first sentence as title when the text has none', () => {
    const { article } = parseArticle('The council voted on Monday. It was close.')
    expect(article.title).toBe('The council voted on Monday.')
    expect(article.sentences).toHaveLength(2)
  })
})

describe('a byline under the title', () => {
  it('is the byline, not part of the title, with or without a blank line', () => {
    for (const text of [
      'Thousands of teachers rally\nTom Davies, Associated Press\n\nThe teachers met on Tuesday.',
      'date 2019-11-19 Thousands of teachers rally\nTom Davies, Associated Press\n\nThe teachers met on Tuesday.'
    ]) {
      const { article } = parseArticle(text)
      expect(article.title).toBe('Thousands of teachers rally')
      expect(article.byline).toBe('Tom Davies, Associated Press')
    }
  })

  it('is the writers named alone, and never a paragraph of the body', () => {
    const { article } = parseArticle(
      'date 2018-06-15 Carmaker fined\nAndreas Cremer and Jan Schwartz\n\nThe carmaker was fined on Wednesday.'
    )
    expect(article.byline).toBe('Andreas Cremer and Jan Schwartz')
    expect(article.paragraphs).toEqual(['The carmaker was fined on Wednesday.'])
    // A heading of common words is no byline.
    expect(
      parseArticle('date 2018-06-15 Carmaker fined\n\nBreaking News\n\nIt was fined.').article
        .byline
    ).toBeNull()
  })

  it('takes a link to another story ("Read also: …") out of the body, wherever it stands', () => {
    const { article } = parseArticle(
      [
        'date 2017-08-25 Former minister jailed',
        'Judge Ana Roe said she had weighed his work.',
        'Read also: Tom Vale’s immunity contested by model',
        '“He decided to succumb to corruption,” she said.'
      ].join('\n\n')
    )
    expect(article.paragraphs.join(' ')).not.toContain('Tom Vale')
    expect(article.footer).toBe('Read also: Tom Vale’s immunity contested by model')
  })
})

import { describe, expect, it } from 'vitest'
import { viewOf } from '../test-helpers'
import { circumstancesOf, reportedContent, tidyPlace } from './circumstances'
import { placeAnswer, placesIn } from './place-answer'
import { isMedium } from './scene-sieves'
import { generateFromText } from '../../generate'

const scene = (text: string, verb: string) => {
  const view = viewOf(text)
  const s = view.sentences[0]!
  const at = s.words.indexOf(verb)
  const [from, to] = reportedContent(s, s.words, at + verb.length)
  const c = circumstancesOf(s, at, from, to, view.anchor)
  return [c.where, c.when?.phrase ?? null]
}

describe('where and when in one sentence', () => {
  it('reads the occasion and time around the verb', () => {
    expect(
      scene(
        'Lu said at a regular news briefing in Beijing on Tuesday that talks went well.',
        'said'
      )
    ).toEqual(['a regular news briefing in Beijing', 'on Tuesday'])
    expect(scene('Ana Brevik told Wikinews the result was no surprise.', 'told')).toEqual([
      'told Wikinews',
      null
    ])
    expect(scene('Dana Price told Radio 4 on Monday that she would stay.', 'told')).toEqual([
      'told Radio 4',
      'on Monday'
    ])
  })
  it('leaves out the reported content and a date that names a thing', () => {
    expect(scene('Nora Quill said she opened the shelter in 2019 with a loan.', 'said')).toEqual([
      null,
      null
    ])
    expect(scene('Volker said he objected until he heard the July 25 call.', 'said')).toEqual([
      null,
      null
    ])
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
  })
  it('tells a channel from an occasion', () => {
    for (const m of [
      'told the BBC',
      'in a statement',
      'on Twitter',
      'as quoted by Yonhap',
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

describe('occasions set outside the quotations', () => {
  const placesOf = (body: string) =>
    generateFromText(`Title\n\n${body}`).quotes.map((q) => [
      q.speaker,
      q.where,
      q.basis?.whereSieve
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
    // Spoken to a person, or to police, it is no occasion of theirs.
    expect(placesOf(body.replace('told the Daily Record', 'told police')).map((p) => p[1])).toEqual(
      [null, null]
    )
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
    // A gathering described in passing ("the progress made at a meeting of …") sets nothing.
    const passing =
      'Business groups welcomed the truce.\n\nThey hoped the progress made at a meeting of the two leaders would last.'
    expect(placesOf(`${passing}\n\n${quotes}`)[0]![1]).toBeNull()
  })

  it("gives a quotation the channel of its speaker's next words in the same paragraph", () => {
    const body =
      'Rosa Lind announced new tariffs on Thursday.\n\n"I am invoking the act," Lind said. "The tariffs go when the crisis ends," she said in a statement.'
    expect(placesOf(body).map((p) => [p[1], p[2]])).toEqual([
      ['a statement', 'same-paragraph'],
      ['a statement', 'clause']
    ])
    // Another speaker between them ends it.
    const between = body.replace(' "The tariffs', ' "No," said Omar Haddad. "The tariffs')
    expect(placesOf(between)[0]![1]).toBeNull()
  })
})

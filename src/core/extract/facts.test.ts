import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'

const answers = (body: string): string[] =>
  generateFromText(`Title\n\n${body}`).facts.map((f) => f.answer)

describe('fact answers', () => {
  it('keeps an approximator in the answer whatever its case', () => {
    expect(answers('Nearly 40 percent of the harvest was lost to the drought.')).toContain(
      'Nearly 40 percent'
    )
    expect(answers('More than 2,000 homes lost power overnight.')).toContain(
      'More than 2,000 homes'
    )
    expect(answers('At least $5 million has been raised by the appeal.')).toContain(
      'At least $5 million'
    )
    expect(answers('The dam holds about 80 percent of the valley’s water.')).toContain(
      'about 80 percent'
    )
  })

  it('asks for a count written in words, but not a lone "one of"', () => {
    // A count keeps what it counts: the learner recalls "three teenagers", not a bare number.
    expect(answers('Police said three teenagers were arrested at the scene.')).toContain(
      'three teenagers'
    )
    expect(answers('Two of them were later released without charge.')).not.toContain('Two')
    expect(answers('The mission carried seven astronauts to the station.')).toContain(
      'seven astronauts'
    )
    expect(answers('The scheme will cost two billion rupees.')).toContain('two billion rupees')
  })

  it('prefers the figure in digits when a sentence also counts in words', () => {
    const facts = answers(
      'The two firms said 4,500 jobs would go, three plants would close and 12 sites would be sold.'
    )
    expect(facts).toContain('4,500 jobs')
    expect(facts).toContain('12 sites')
    expect(facts.some((f) => /^two\b/i.test(f))).toBe(false)
  })
  it('keeps "as much as", a clock time\'s "a.m." and pence or cents as money', () => {
    expect(answers('The lake has dropped by as much as 12 feet in some summers.')).toContain(
      'as much as 12 feet'
    )
    expect(answers('The ferry left the dock at about 6:15 a.m. on Friday.')).toContain(
      'about 6:15 a.m.'
    )
    expect(answers('The stock closed at 248 pence, down from a year earlier.')).toContain(
      '248 pence'
    )
  })
  it('reads rupees in lakh and crore and South African rand as money', () => {
    expect(answers('The drive will cost Rs 12 crore, officials said.')).toContain('Rs 12 crore')
    expect(answers('Each family will get Rs. 5 lakh in compensation.')).toContain('Rs. 5 lakh')
    expect(answers('The state will spend ₹450 crore on buses.')).toContain('₹450 crore')
    expect(answers('The stadium upgrade will cost R3.5 billion.')).toContain('R3.5 billion')
    expect(answers('Traffic on the R21 was slow for 40 minutes.')).not.toContain('R21')
  })
  it('does not ask for the number in a road, flight or article name', () => {
    const found = answers('Traffic on Interstate 35 was backed up for 6 miles after the crash.')
    expect(found).toContain('6 miles')
    expect(found).not.toContain('35')
    expect(answers('They closed the gate 20 minutes before the flight left.')).toContain(
      '20 minutes'
    )
  })
})

describe('facts in words and dates', () => {
  it('finds dates with a weekday, ranges of days, decades and parts of years', () => {
    expect(answers('The vote was held on Friday, March 3, 2023, after a long debate.')).toContain(
      'Friday, March 3, 2023'
    )
    expect(answers('Talks ran from Monday to Wednesday without a break.')).toContain(
      'from Monday to Wednesday'
    )
    expect(answers('The probe is scheduled to launch in the mid-2020s.')).toContain('the mid-2020s')
  })
  it('keeps compounds and counted words whole', () => {
    expect(answers('The agency released a 131-page report on the crash.')).toContain('131-page')
    expect(answers('It is the second-largest operator in Europe.')).toContain('second-largest')
    expect(answers('Firms have twenty working days to reply.')).toContain('twenty working days')
    expect(answers('A survey of 1709 schoolchildren was carried out.')).toContain(
      '1709 schoolchildren'
    )
  })
  it('never splits a name with a blank, nor asks page furniture', () => {
    expect(answers('The Indiana State Teachers Association called the rally.')).not.toContain(
      'Indiana State'
    )
    expect(answers('(China Daily 07/10/2019 page11)')).toEqual([])
  })
})

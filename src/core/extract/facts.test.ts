import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'

const answers = (body: string): string[] =>
  generateFromText(`Title\n\n${body}`).facts.map((f) => f.answer)

describe('fact answers', () => {
  it('never asks the whole part of a figure written with a decimal and a unit ("91.4F")', () => {
    const found = answers('Temperatures could reach 33C (91.4F) in some western areas.')
    expect(found).toContain('91.4F')
    expect(found).not.toContain('91')
    expect(answers('A reading of 12.5X was logged.')).not.toContain('12')
    // Nor the decimals alone ("Sh6.[7 goes]").
    expect(answers('For every Sh10, Sh6.7 goes towards servicing our debts.')).not.toContain(
      '7 goes'
    )
  })
  it('reads "half a million dollars" and "a quarter of a million people" whole', () => {
    expect(answers('More than half a million dollars have been raised for the fund.')).toEqual([
      'More than half a million dollars'
    ])
    expect(answers('About a quarter of a million people attended the rally.')).toEqual([
      'About a quarter of a million people'
    ])
  })
  it('asks "this June", "next March" and "at the weekend" as times', () => {
    expect(answers('The firm may turn a profit as early as this June.')).toEqual(['this June'])
    expect(answers('The plant will reopen next March.')).toEqual(['next March'])
    expect(answers('The minister is due to address the assembly at the weekend.')).toEqual([
      'at the weekend'
    ])
  })
  it('asks a count in words ("thousands of pounds") only where no other fact fills the sentence', () => {
    expect(answers('One resident lost thousands of pounds to fraudsters.')).toEqual([
      'thousands of pounds'
    ])
    expect(answers('The firm will spend hundreds of millions of pounds on the deal.')).toEqual([
      'hundreds of millions of pounds'
    ])
    // Opening its sentence, with its capital.
    expect(answers('Thousands of residents lined the route.')).toEqual(['Thousands of residents'])
    // Three facts of higher rank leave it no room.
    const full = answers(
      'On 3 March 2024, 1,200 workers in 14 towns lost thousands of pounds in wages.'
    )
    expect(full).not.toContain('thousands of pounds')
    expect(full).toHaveLength(3)
  })
  it('reads a day written as an ordinal with its month whole ("March 3rd", "14th April")', () => {
    expect(answers('The vote is on March 3rd, officials said.')).toContain('March 3rd')
    expect(answers('A package was expected around 14th April.')).toContain('14th April')
    expect(answers('The rally is on the 2nd of May.')).toContain('2nd of May')
  })
  it('asks a fourth figure in digits in a dense sentence, but no fourth count in words', () => {
    const facts = answers('The number of evaders jailed has risen from 171 in 2011 to 220 in 2014.')
    expect(facts).toEqual(expect.arrayContaining(['171', '2011', '220', '2014']))
  })
  it('asks the time of a sentence dense with figures as well as its figures', () => {
    const facts = answers(
      'About 300 farmers from 12 villages in four districts marched on Tuesday night against the levy.'
    )
    expect(facts).toEqual(expect.arrayContaining(['About 300 farmers', 'Tuesday night']))
    // A span of time is no date of the event, and gets no slot of its own.
    expect(
      answers('About 300 farmers from 12 villages in four districts marched for several hours.')
    ).not.toContain('for several hours')
  })
  it('asks what changed only when it is a noun phrase, not a clause', () => {
    const found = answers(
      'He did not see the catch, resulting in the ball dropping just over the ropes. Analysts said, the cost of living rose again in May.'
    )
    expect(found).toContain('the cost of living')
    expect(found).not.toContain('resulting in the ball')
  })
  it('asks no part of a telephone number that ends its sentence', () => {
    expect(answers('Report it by calling them on 0300 123 2040.')).toEqual([])
  })
  it('asks no part of a telephone number, but keeps figures grouped by spaces', () => {
    const found = answers(
      'ESB thanked those calling us on 1800 372 999 to identify over 1,700 faults. About 1 250 000 homes lost power.'
    )
    expect(found.filter((a) => /1800|372|999/.test(a))).toEqual([])
    expect(found).toContain('over 1,700 faults')
    expect(found.some((a) => a.includes('1 250 000'))).toBe(true)
  })
  it('reads a percentage written "22.5pc" whole', () => {
    const found = answers(
      'The council applied for a 29.2pc rate rise. Instead it allowed the 22.5pc hike.'
    )
    expect(found).toEqual(expect.arrayContaining(['29.2pc', '22.5pc']))
    expect(found).not.toContain('22')
  })
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
  it('reads a price to the cent after a currency letter, cedis and pence as money', () => {
    expect(answers('The price of petrol will rise by R1.59 a litre next month.')).toContain('R1.59')
    expect(answers('Diesel will retail at Sh113.44 from Friday.')).toContain('Sh113.44')
    expect(answers('A gallon should be reduced to GHC20, drivers said.')).toContain('GHC20')
    expect(answers('Drivers were unhappy with the 15p cut at the pumps.')).toContain('15p')
    // A road and a round number after a letter are not money.
    expect(answers('Traffic on the R21 was slow for 40 minutes.')).not.toContain('R21')
    expect(answers('Unit P2 was closed for repairs.')).not.toContain('P2')
  })
  it('asks a place by its name, never "The county" that opens a sentence', () => {
    expect(answers('The county has $2 billion for the project.')).not.toContain('The county')
    expect(answers('The Kiambu County government has $2 billion.')).toContain('Kiambu County')
  })
  it('reads a scale written close to its figure ("31.6million")', () => {
    expect(answers('The projected population was 31.6million, the census office said.')).toContain(
      '31.6million'
    )
  })
  it('keeps a figure whose thousands are grouped by a space whole', () => {
    // South African, French and SI style: a blank on "000 MW" or "500" garbles the figure.
    const facts = answers(
      'Eskom said the units removed more than 2 000 MW from the grid. Miners were offered R4 500 each. Stage 4 calls for 4 000MW to be shed.'
    )
    expect(facts).toContain('more than 2 000 MW')
    expect(facts).toContain('R4 500')
    expect(facts).toContain('4 000MW')
    // After a month the next figure is a count of its own.
    expect(answers('On May 15 200 people marched through the town.')).toContain('200 people')
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
  it('keeps what a figure counts when it is written with a capital or joined by "and"', () => {
    // A people's name, and nouns led by a name ("Welsh Guards officers", "NHS hospitals").
    expect(answers('More than 200,000 Norwegians signed the petition.')).toContain(
      'More than 200,000 Norwegians'
    )
    expect(answers('There are only 40 Braille Code teachers in the region.')).toContain(
      'only 40 Braille Code teachers'
    )
    expect(answers('He said four NHS hospitals had closed wards.')).toContain('four NHS hospitals')
    expect(answers('Bans were passed in more than 12 towns and counties last year.')).toContain(
      'more than 12 towns and counties'
    )
    // A name after the figure that counts nothing stays out of the blank.
    expect(answers('The index fell 40 points as Reuters reported the cut.')).not.toContain(
      '40 points as Reuters'
    )
    expect(answers('She was elected in 2019 Labour said.')).not.toContain('2019 Labour')
    expect(answers('Wales won the Six Nations title in the spring.')).not.toContain('Six Nations')
    expect(answers('Tickets for the 2028 Olympics go on sale soon.')).not.toContain('2028 Olympics')
  })
  it('reads a sum in a currency of South-East Asia or Africa, and a peso written "P" before a rate', () => {
    expect(answers('She earns about 2.1 million rupiah a month.')).toContain(
      'about 2.1 million rupiah a month'
    )
    expect(answers('Workers are paid 900 ringgit in overtime.')).toContain('900 ringgit')
    expect(answers('Dealers sell the rubber to millers at P72 per kilo.')).toContain('P72 per kilo')
    expect(answers('Prices ranged from P16 to P21 per kilo last week.')).toContain('P16')
    // A letter and a number alone may be a road, a class or a form ("the N7", "P4 pupils").
    expect(answers('Pupils in P4 will sit the test.')).not.toContain('P4')
  })
  it('does not ask the number of a kind ("type 2 diabetes", "a category 4 storm")', () => {
    expect(answers('It is a leading cause of type 2 diabetes in adults.')).not.toContain(
      '2 diabetes'
    )
    expect(answers('The island was hit by a category 4 storm.')).not.toContain('4 storm')
  })
  it('never splits a name with a blank, nor asks page furniture', () => {
    expect(answers('The Indiana State Teachers Association called the rally.')).not.toContain(
      'Indiana State'
    )
    expect(answers('(China Daily 07/10/2019 page11)')).toEqual([])
  })
})

describe('times, scores and measures as newswire writes them', () => {
  it('finds a clock time written with "am" or "p.m." and keeps its qualifier and zone', () => {
    expect(answers('The plane landed at 6am, an airport official said.')).toContain('6am')
    expect(answers('The call starts at 9 a.m. ET on the company website.')).toContain('9 a.m. ET')
    expect(answers('Residents said the fire broke out at about 9am near the market.')).toContain(
      'about 9am'
    )
    expect(answers('They were let back in a little after 3pm yesterday.')).toContain(
      'a little after 3pm'
    )
    expect(answers('Firefighters responded to the blaze shortly before midnight.')).toContain(
      'shortly before midnight'
    )
  })
  it('asks a day known by its name ("on Boxing Day")', () => {
    const found = answers(
      'Detectives appealed for witnesses to the stabbings on Boxing Day in Brighton. Shops will close on New Year’s Eve.'
    )
    expect(found).toEqual(expect.arrayContaining(['Boxing Day', 'New Year’s Eve']))
    // Not a name that opens with one: the blank would split it.
    expect(answers('Crowds filled the ground for the Boxing Day Test.')).not.toContain('Boxing Day')
  })
  it('reads a number in words of a ten and a unit whole ("thirty two percent")', () => {
    const found = answers(
      'The price of onions has risen by over thirty two percent. Twenty-five people were hurt.'
    )
    expect(found).toContain('over thirty two percent')
    expect(found).not.toContain('over thirty')
    expect(found).toContain('Twenty-five people')
  })
  it('finds "till the end of September", "from April onwards" and "in the fall"', () => {
    const found = answers(
      'Prices are not likely to reverse till around the end of September. Sales could slow from April onwards. She will start graduate school in the fall. Crowds gathered in the fall of the old regime.'
    )
    expect(found).toEqual(
      expect.arrayContaining([
        'till around the end of September',
        'from April onwards',
        'in the fall'
      ])
    )
    expect(found).not.toContain('in the fall of')
    expect(found.filter((a) => a === 'in the fall')).toHaveLength(1)
  })
  it('finds a time said in words, but not a programme named like one', () => {
    expect(answers('Last week, the council met to review the plan.')).toContain('Last week')
    expect(answers('Earlier in the day, the senator instructed the province to reply.')).toContain(
      'Earlier in the day'
    )
    expect(answers('Rates have fallen sharply over the past several weeks.')).toContain(
      'the past several weeks'
    )
    expect(answers('Crews will fix the pipes before next summer.')).toContain('next summer')
    expect(answers("She told ABC's This Week that the plan would fail.")).not.toContain('This Week')
    // In a speaker's words "today" is their present, not a date to keep.
    expect(answers('"Celebrity culture is as strong today as it was," she said.')).not.toContain(
      'today'
    )
    expect(answers('A document was handed to the broadcaster today.')).toContain('today')
  })
  it('reads a score, a vote and a season, but not a range of money or a percentage', () => {
    expect(answers('We managed to grind out a 1-0 victory against the leaders.')).toContain('1-0')
    expect(answers('Councillors voted 6-4 to pass the budget.')).toContain('6-4')
    expect(answers('The figures show a drop in 2018-19 across the region.')).toContain('2018-19')
    expect(answers('The Springboks won 36-34 in Wellington.')).toContain('36-34')
    expect(answers('Inflation was 2-3 percent in the quarter.')).not.toContain('2-3')
    expect(answers('Cases rose after COVID-19 reached the city.')).not.toContain('19')
  })
  it('reads measures written close to their figure, rates, and currencies written as codes', () => {
    expect(answers('Police seized 20kg of drugs from the car.')).toContain('20kg')
    expect(answers('Sunday will be hotter at 38C, with late rain.')).toContain('38C')
    expect(answers('Top wind speeds reached approximately 140 miles an hour.')).toContain(
      'approximately 140 miles an hour'
    )
    expect(answers('It has a gross development value of RM140 billion.')).toContain('RM140 billion')
    expect(answers('The assembly requested N37billion for the project.')).toContain('N37billion')
    expect(answers('Exports could lose more than $30 billion a year.')).toContain(
      'more than $30 billion a year'
    )
    // A one-letter currency before a small figure, when a rate follows it.
    expect(answers('The environmental levy will be reduced to R20 a month.')).toContain(
      'R20 a month'
    )
    expect(answers('The R61 road was closed for a month.')).not.toContain('R61')
    // A lone capital before a small figure is no currency ("Group N 3 of the draw").
    expect(answers('The draw put them in Group N 3 of the tournament.')).not.toContain('N 3')
  })
  it('asks a time that opens a speaker\'s "I" clause, and one written as a possessive', () => {
    expect(answers('"Two weeks ago I met the bankers, and they understand," she said.')).toContain(
      'Two weeks ago'
    )
    expect(answers("The push comes after last week's order by the governor.")).toContain(
      'last week'
    )
    expect(answers("His seat will be questioned at next Thursday's meeting.")).toContain(
      'next Thursday'
    )
    // A weekday's possessive alone is no time asked mid-sentence ("the Tuesday's Child fund").
    expect(answers("Donations went to the Tuesday's Child fund.")).toEqual([])
  })
  it('reads a rate per any unit, distances in light-years and doses in milligrams', () => {
    expect(answers('Patients paid as much as $280 per vial last year.')).toContain(
      'as much as $280 per vial'
    )
    expect(answers('Astronomers found two planets more than 1,000 light-years away.')).toContain(
      'more than 1,000 light-years'
    )
    expect(answers('Pharmacies ran out of the 40mg tablets in May.')).toContain('40mg tablets')
    // A rate makes its figure no weightier than the sentence's other figures.
    expect(
      answers('Profit climbed 14 per cent to $185.8 million or 47 cents per share, from 42 cents.')
    ).toEqual(['14 per cent', '$185.8 million', '47 cents per share', '42 cents'])
    // "per cent" stays a percentage, not a rate of money.
    expect(answers('Wages rose by 5 per cent to £400 a week.')).toEqual(
      expect.arrayContaining(['5 per cent', '£400 a week'])
    )
  })
  it('asks an ordinal run of days or months ("the third consecutive month", "the sixth night")', () => {
    expect(answers('Arrivals fell for the third consecutive month in the region.')).toContain(
      'third consecutive month'
    )
    expect(answers('This is the sixth night that families will sleep outside.')).toContain(
      'sixth night'
    )
    // The sentence's own day comes first in a sentence full of figures.
    expect(
      answers(
        'The firm on Thursday reported a profit of $6 million and sales of $29 million for the second quarter.'
      )
    ).toEqual(['Thursday', '$6 million', '$29 million'])
  })
  it('reads a quarter of a year ("Q2 2017")', () => {
    expect(answers('Unemployment rose to 18.0 million in Q2 2017, the bureau said.')).toContain(
      'Q2 2017'
    )
  })
  it('asks a time given only as a span or a part of the day, where the sentence has room', () => {
    expect(answers('People have been going to the service for years in the town.')).toContain(
      'for years'
    )
    expect(answers('Just weeks later, the firm said it would reclassify its drivers.')).toContain(
      'Just weeks later'
    )
    expect(answers('It happens every day at animal shelters.')).toContain('every day')
    expect(answers('By late afternoon queues were beginning to form.')).toContain(
      'By late afternoon'
    )
    expect(answers('The scene repeats itself throughout the day.')).toContain('throughout the day')
    expect(answers('The park had been awaited for many years.')).toContain('for many years')
    expect(answers('I keep stopping every hour and a half to top up.')).toContain(
      'every hour and a half'
    )
    expect(answers('A few hours later my sister called again.')).toContain('A few hours later')
    // No part of a count that has its own answer ("thousands of [years ago]").
    expect(answers('The water fell as rain thousands of years ago.')).toEqual([
      'thousands of years'
    ])
    // A figure and a date come first: a vague span is asked only where they leave room.
    expect(
      answers('For years, 300 staff on 12 sites earned $9 an hour on March 3, the union said.')
    ).toEqual(['300 staff', '12 sites', '$9 an hour', 'March 3'])
    // Not a span that names a day's part of a programme ("the Today programme").
    expect(answers('She told the Every Day Show she would stand.')).toEqual([])
  })
  it('asks a span written with "a" or "an" where it measures how long ("after a week of talks")', () => {
    expect(answers('After a week of talks, the two sides signed.')).toContain('a week')
    expect(answers('Tenants were given an hour to leave the block.')).toContain('an hour')
    expect(answers('Patients wait a year for a first appointment.')).toContain('a year')
    expect(answers('She tried to get through for over an hour.')).toContain('over an hour')
    expect(answers('The results will take a few years to show.')).toContain('a few years')
    expect(answers('It cannot be done in a year and a half.')).toContain('a year and a half')
    expect(answers('I do not pretend for a minute that it is easy.')).toEqual([])
    // Not a rate ("twice a week", "£5 a day"), nor a day that is no span ("a day of mourning").
    expect(answers('The clinic opens twice a week.')).toEqual(['twice a week'])
    expect(answers('It was a day of mourning in the town.')).toEqual([])
    expect(answers('Residents had a day out in the hills.')).toEqual([])
  })
  it('asks a season after "during" or "over", and a time of day after "by"', () => {
    expect(answers('Demand rose during the summer and stayed high.')).toContain('during the summer')
    expect(answers('The road will close over the winter for repairs.')).toContain('over the winter')
    expect(answers('By midday the queue had reached the corner.')).toContain('By midday')
  })
  it('reads a month after "into", "during" or "as of", a decade with its apostrophe, "prior"', () => {
    expect(answers('The cut would extend into October, keeping prices high.')).toContain(
      'into October'
    )
    expect(answers('During May, fraud data showed a total of £105,000 stolen.')).toEqual([
      'During May',
      '£105,000'
    ])
    expect(answers('The firm will start as of June offering insulin.')).toContain('as of June')
    expect(answers("The line was closed in the late '70s.")).toContain("the late '70s")
    expect(answers('The record was reached only three weeks prior.')).toContain(
      'only three weeks prior'
    )
    expect(answers('It was the most sweeping bill in decades.')).toContain('in decades')
  })
  it('reads a year after "in" as a year, though a noun-like verb follows it', () => {
    expect(answers('This scheme in 2017 promises to be even better.')).toEqual(['2017'])
    // A count that looks like a year is still a count ("1709 schoolchildren").
    expect(answers('In all, 1709 schoolchildren sat the test.')).toContain('1709 schoolchildren')
  })
  it('asks a time given by an era ("during the pandemic", "since the war") or "so far"', () => {
    expect(answers('The bakery gained a loyal following during the pandemic.')).toContain(
      'during the pandemic'
    )
    expect(answers('He has had several health problems since the war.')).toContain('since the war')
    expect(answers('Our allies made sacrifices during WWII.')).toContain('during WWII')
    expect(answers('There have only been 900 registrations so far.')).toEqual([
      '900 registrations',
      'so far'
    ])
    // Not a war that names something ("the war memorial").
    expect(answers('They met at the war memorial.')).toEqual([])
  })
  it('reads a ratio whole ("seven in 10 providers", "1 in 5"), not its first figure alone', () => {
    expect(answers('Almost seven in 10 providers plan to raise their charges.')).toEqual([
      'Almost seven in 10 providers'
    ])
    expect(answers('In some areas the numbers are as low as 1 in 5, the survey found.')).toContain(
      'as low as 1 in 5'
    )
    expect(answers('Nine in ten voters backed the plan.')).toContain('Nine in ten voters')
    // Not a count then a year or a place ("3 in 2019", "two in Texas").
    expect(answers('There were 3 in 2019 and two in Texas.')).toEqual(
      expect.arrayContaining(['2019'])
    )
    expect(answers('There were 3 in 2019 and two in Texas.')).not.toContain('3 in 2019')
  })
  it('asks a count opening its sentence though a name follows its noun ("workers of Acme Ltd")', () => {
    expect(
      answers('More than one thousand workers of Acme Ltd staged a protest after two deferments.')
    ).toContain('More than one thousand workers')
    // A number inside a name is still no answer ("the Three Rivers of Kent").
    expect(answers('Officials of Three Rivers of Kent met.')).toEqual([])
  })
  it('reads shillings written close ("Sh200") and ringgit in millions written short ("RM430mil")', () => {
    expect(answers('Motorists now pay Sh200 parking fees instead of the usual Sh300.')).toEqual([
      'Sh200',
      'Sh300'
    ])
    expect(answers('The summonses could be worth up to RM430mil.')).toEqual(['up to RM430mil'])
    expect(answers('The project costs RM1.2bil, the minister said.')).toEqual(['RM1.2bil'])
  })
  it('reads kilometres written "kms" close to their figure', () => {
    expect(answers('The town lies around 1000kms north of the capital.')).toEqual([
      'around 1000kms'
    ])
  })
  it('reads millions and thousands written "m" and "k" after a currency ("£40m", "$50k")', () => {
    expect(answers('The council will spend £40m on roads and $2.5m on parks.')).toEqual([
      '£40m',
      '$2.5m'
    ])
    expect(answers('The firm paid R5m in fines and a bonus of $50k.')).toEqual(['R5m', '$50k'])
    // The Ghana cedi written with a cent sign, as often as with its own.
    expect(answers('The price is now GH¢2,070 a bag.')).toEqual(['GH¢2,070'])
    // Without a currency, "5m" is five metres, and "5 more" no scale at all.
    expect(answers('The wall rose 5m in 2020.')).not.toContain('5m')
  })
  it('reads a month after "from", a run of months, and how often ("twice a day")', () => {
    expect(answers('Figures from October show the wait was 87 minutes.')).toEqual([
      'from October',
      '87 minutes'
    ])
    expect(answers('Prices rose from March to May, traders said.')).toEqual(['from March to May'])
    expect(answers('She has not been paid the wages of February and March.')).toEqual([
      'February and March'
    ])
    expect(answers('An entire summer (June, July and August) was dry.')).toEqual([
      'June, July and August'
    ])
    expect(answers('I would call at least twice a day to check on her.')).toEqual([
      'at least twice a day'
    ])
    // Not "from May" inside a range of days, nor a month that is a name ("from April Jones").
    expect(answers('The fair runs from May 3 to May 9.')).not.toContain('from May')
    expect(answers('A letter from April Jones arrived.')).toEqual([])
  })
  it('reads a range whole before what it counts, and a range of percent ("5-10%")', () => {
    expect(answers('Honey production in Uganda is 128-4000 metric tonnes.')).toEqual([
      '128-4000 metric tonnes'
    ])
    expect(answers('Prices rose 5-10% in the spring.')).toContain('5-10%')
    // Not a season, nor a score.
    expect(answers('The 2018-19 season was a record.')).toEqual(['2018-19'])
    expect(answers('The team won 3-1 on Saturday.')).toEqual(['3-1', 'Saturday'])
  })
})

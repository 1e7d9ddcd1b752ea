import { describe, expect, it } from 'vitest'
import { ArticleInputError } from './errors'
import { decodeArticleBytes, generateFromText, MAX_ARTICLE_BYTES } from './generate'
import { loadFixtures } from './fixtures/load-fixtures'

const [bundled] = loadFixtures('bundled')
if (!bundled) throw new Error('bundled fixture missing')
const x = generateFromText(bundled.text)
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

describe('the bundled article', () => {
  it('reads title, date, dateline and metadata apart from the body', () => {
    expect(x.article.title).toBe(bundled.truth.title)
    expect(x.article.published).toBe('2025-07-11')
    expect(x.article.dateline).toEqual({ place: 'Beijing', date: '2025-07-10', agency: 'Xinhua' })
    expect(x.article.byline).toBe('Xinhua) 08:37, July 11, 2025')
    expect(x.article.footer).toContain('Web editor')
    expect(x.article.captions).toHaveLength(1)
    const body = x.article.paragraphs.join('\n')
    expect(body).not.toContain('Xinhua/Li Jianan')
    expect(body).not.toContain('Web editor')
    expect(body).not.toContain('08:37')
    expect(x.article.paragraphs[0]).toMatch(/^From steel mills/)
    const caption = x.article.sentences.filter((s) => s.caption)
    expect(caption.map((s) => s.text)).toEqual([
      bundled.truth.facts.find((f) => f.answer === 'Henan Province')!.sentence
    ])
  })

  it('finds every truth quote with the full speaker name, and nothing else', () => {
    expect(x.quotes).toHaveLength(bundled.truth.quotes.length)
    for (const t of bundled.truth.quotes) {
      const q = x.quotes.find((q) => norm(q.text) === norm(t.text).replace(/,$/, ''))
      expect(q, t.text).toBeDefined()
      expect(q!.speaker).toBe(t.speaker)
    }
  })

  it('resolves where and when for each quote as the article states them', () => {
    const [q1, q2, q3, q4, q5] = bundled.truth.quotes.map((t) =>
      x.quotes.find((q) => norm(q.text) === norm(t.text).replace(/,$/, ''))!
    )
    expect(q1!.where).toContain('Yangquan Valve Co., Ltd.')
    expect(q1!.where).toContain('Shanxi Province')
    expect(q1!.when).toMatchObject({
      phrase: 'this week',
      resolved: 'week of 2025-07-10',
      label: 'the week of 10 July 2025'
    })
    expect(q2!.where).toBe('an inspection tour in Liaoning Province')
    expect(q2!.when).toMatchObject({ resolved: '2025-01', label: 'January 2025' })
    expect(q3!.where).toBe('a deliberation at the annual national legislative session')
    expect(q3!.when?.resolved).toBe('2024')
    expect(q3!.partial).toBe(true)
    expect(q4!.where).toContain('Shandong Province')
    expect(q4!.where).toContain('Rizhao Port')
    expect(q4!.when).toMatchObject({ resolved: '2024-05', label: 'May 2024' })
    expect(q5!.where).toBeNull()
    expect(q5!.when).toBeNull()
  })

  it('makes a cloze card hiding every truth fact answer', () => {
    for (const f of bundled.truth.facts) {
      const card = x.cards.find(
        (c) =>
          c.kind === 'fact-cloze' &&
          c.back === f.answer &&
          x.article.sentences[c.sentenceIndex]!.text === f.sentence
      )
      expect(card, f.answer).toBeDefined()
      const sentence = x.article.sentences[card!.sentenceIndex]!.text
      expect(sentence.slice(card!.answerSpan!.start, card!.answerSpan!.end)).toBe(f.answer)
      expect(card!.front).toContain('[…]')
      expect(card!.front).not.toContain(f.answer)
    }
  })

  it('keeps scare-quoted words as terms and explains the one the article explains', () => {
    expect(x.terms.map((t) => t.term).sort()).toEqual([...bundled.truth.terms!].sort())
    const meaning = x.cards.find((c) => c.kind === 'term-meaning')
    expect(meaning?.front).toBe('What does “little giant” mean here?')
    expect(meaning?.back).toMatch(/^a title for outstanding specialized/)
  })

  it('reports paraphrased statements apart from quotes', () => {
    const urged = x.reported.find((r) => r.text.startsWith('all regions to pursue'))
    expect(urged).toMatchObject({ speaker: 'Xi Jinping' })
    expect(urged!.where).toContain('Yunnan Province')
    expect(urged!.when?.resolved).toBe('2025-03')
    const card = x.cards.find((c) => c.kind === 'reported-who' && c.quoteId === urged!.id)
    expect(card?.front).toMatch(/^Who urged all regions to pursue .*\?$/)
  })

  it('writes the card fronts and backs the app shows', () => {
    const who = x.cards.filter((c) => c.kind === 'quote-who')
    expect(who).toHaveLength(5)
    expect(who[0]!.front).toMatch(/^Who said: “The real economy should not be neglected\./)
    expect(who[0]!.back).toBe('Xi Jinping')
    const where = x.cards.find((c) => c.kind === 'quote-where')!
    expect(where.front).toMatch(/^Where did Xi Jinping say: “/)
    const when = x.cards.filter((c) => c.kind === 'quote-when')
    expect(when.map((c) => c.back)).toEqual([
      'the week of 10 July 2025',
      'January 2025',
      '2024',
      'May 2024'
    ])
    for (const c of x.cards) {
      if (!c.answerSpan) continue
      expect(
        x.article.sentences[c.sentenceIndex]!.text.slice(c.answerSpan.start, c.answerSpan.end)
          .length
      ).toBeGreaterThan(0)
    }
  })
})

describe('stable ids', () => {
  it('gives the same ids when the same article is imported again, and never duplicates', () => {
    const again = generateFromText(bundled.text)
    expect(again.cards.map((c) => c.id)).toEqual(x.cards.map((c) => c.id))
    expect(new Set(x.cards.map((c) => c.id)).size).toBe(x.cards.length)
    expect(again.article.id).toBe(x.article.id)
  })

  it('keeps card ids when paragraphs are reordered or the text is re-typed with CRLF and curly quotes', () => {
    const paras = bundled.text.split(/\n\s*\n/)
    const swapped = [...paras.slice(0, 4), paras[5]!, paras[4]!, ...paras.slice(6)].join('\n\n')
    const y = generateFromText(swapped.replace(/\n/g, '\r\n'))
    const ids = new Set(y.cards.map((c) => c.id))
    for (const c of x.cards.filter((c) => c.kind !== 'fact-cloze'))
      expect(ids.has(c.id), c.front).toBe(true)
  })
})

describe('other article shapes', () => {
  it('accepts a plain paste: title line, CRLF, curly quotes, a quote over two paragraphs', () => {
    const text = [
      'Harbour reopens after storm',
      '',
      'The harbour at Port Ellis reopened on Monday after a week of repairs.',
      '',
      'Harbourmaster Ana Ruiz said the damage was worse than expected. “We lost two cranes and most of the north pier.',
      '',
      '“But the boats are back, and that is what matters,” she said.'
    ].join('\r\n')
    const y = generateFromText(text)
    expect(y.article.title).toBe('Harbour reopens after storm')
    expect(y.article.published).toBeNull()
    expect(y.article.paragraphs).toHaveLength(3)
    expect(y.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We lost two cranes and most of the north pier.', 'Ana Ruiz'],
      ['But the boats are back, and that is what matters', 'Ana Ruiz']
    ])
  })

  it('does not split sentences at abbreviations, initials or decimals', () => {
    const y = generateFromText(
      'Title\n\nThe U.S. firm, founded by L. Ron Hubbard, grew 3.5 percent. Mr. Smith works at Acme Co., Ltd. in Ohio. It closed.'
    )
    expect(y.article.sentences.map((s) => s.text)).toEqual([
      'The U.S. firm, founded by L. Ron Hubbard, grew 3.5 percent.',
      'Mr. Smith works at Acme Co., Ltd. in Ohio.',
      'It closed.'
    ])
  })

  it('says when it cannot make sentences', () => {
    expect(() => generateFromText('   \n  ')).toThrow(ArticleInputError)
    expect(() => generateFromText('--- *** ---')).toThrow(
      expect.objectContaining({ code: 'no-sentences' })
    )
  })
})

describe('decodeArticleBytes', () => {
  const enc = new TextEncoder()
  const code = (bytes: Uint8Array): string => {
    try {
      decodeArticleBytes(bytes)
      return 'ok'
    } catch (e) {
      return (e as ArticleInputError).code
    }
  }
  it('rejects empty, too large, binary and non-UTF-8 input with codes', () => {
    expect(code(new Uint8Array())).toBe('empty')
    expect(code(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toBe('too-large')
    expect(code(new Uint8Array([72, 105, 0, 33]))).toBe('binary')
    expect(code(new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f]))).toBe('not-utf8')
    expect(code(new Uint8Array(200).fill(1))).toBe('binary')
  })
  it('checks the whole text for binary data, not only its first 64 KB', () => {
    const text = 'A long article.\n\n' + 'It goes on and on. '.repeat(5000)
    expect(text.length).toBeGreaterThan(65536)
    expect(code(enc.encode(`${text}\u0000\u0000PK\u0003\u0004`))).toBe('binary')
    expect(code(enc.encode(`${text}${'\u0001\u0002\u0003\u0004'.repeat(5000)}`))).toBe('binary')
  })

  it('removes a few stray control characters anywhere, so no card shows them', () => {
    const text = `Title\n\n${'Words here. '.repeat(6000)}Ring\u0007 the bell.\u001a`
    const decoded = decodeArticleBytes(enc.encode(text))
    expect(decoded.includes('\u0007') || decoded.includes('\u001a')).toBe(false)
    expect(decoded).toContain('Ring the bell.')
  })

  it('says how far over the limit a text is, and what the text is', () => {
    const message = (bytes: Uint8Array, kind: 'file' | 'paste'): string => {
      try {
        decodeArticleBytes(bytes, kind)
      } catch (e) {
        return (e as Error).message
      }
      return 'accepted'
    }
    const over = new Uint8Array(MAX_ARTICLE_BYTES + 42_000).fill(65)
    expect(message(over, 'file')).toBe(
      'The file is 5.04 MB, 42 KB over the 5 MB limit for an article.'
    )
    expect(message(over, 'paste')).toBe(
      'The pasted text is 5.04 MB, 42 KB over the 5 MB limit for an article.'
    )
    expect(message(new Uint8Array(), 'paste')).toBe('The pasted text is empty.')
  })

  it('strips a byte-order mark', () => {
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Hi there.')]))).toBe(
      'Hi there.'
    )
  })
})

describe('robustness', () => {
  it(
    'never throws anything but ArticleInputError on mangled text, and keeps card invariants',
    { timeout: 30_000 },
    () => {
      const texts = [
        ...loadFixtures('bundled'),
        ...loadFixtures('wikinews'),
        ...loadFixtures('own')
      ].map((f) => f.text)
      const noise = [
        '"',
        '“',
        '”',
        "'",
        '.',
        ',',
        '\n',
        '\n\n',
        ' ',
        'said',
        ' he said',
        '(',
        ')',
        '--',
        'Mr.',
        '2024',
        'May'
      ]
      let seed = 7
      const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
      for (let i = 0; i < 300; i++) {
        const t = texts[Math.floor(rnd() * texts.length)]!
        let s = t.slice(Math.floor(rnd() * t.length), Math.floor(rnd() * t.length) + 1500)
        for (let k = 0; k < 8; k++) {
          const p = Math.floor(rnd() * s.length)
          s = s.slice(0, p) + noise[Math.floor(rnd() * noise.length)] + s.slice(p)
        }
        let y
        try {
          y = generateFromText(s)
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleInputError)
          continue
        }
        expect(new Set(y.cards.map((c) => c.id)).size).toBe(y.cards.length)
        for (const c of y.cards) {
          const sentence = y.article.sentences[c.sentenceIndex]
          expect(sentence).toBeDefined()
          expect(c.front.length).toBeGreaterThan(0)
          expect(c.back.length).toBeGreaterThan(0)
          if (c.answerSpan) expect(c.answerSpan.end).toBeLessThanOrEqual(sentence!.text.length)
        }
      }
    }
  )
})

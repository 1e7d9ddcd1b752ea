import { describe, expect, it } from 'vitest'
import { normalizeText, samePerson, samePlace, sameTime, sameQuoteText } from './equivalence'
import type { TimeRef } from '../model'

const t = (resolved: string | null, label = resolved ?? 'sometime'): TimeRef => ({
  phrase: label,
  resolved,
  label
})

describe('normalizeText', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    expect(normalizeText('  François   HOLLANDE! ')).toBe('francois hollande')
    expect(normalizeText('Élysée Palace')).toBe('elysee palace')
    expect(normalizeText('China’s')).toBe('china')
  })
})

describe('samePerson', () => {
  it.each([
    ['Eastman', 'Cres Eastman'],
    ['Professor Cres Eastman', 'Cres Eastman'],
    ['Dr. Eastman', 'cres eastman'],
    ['Xi', 'Xi Jinping'],
    ['President Xi Jinping', 'Xi Jinping'],
    ['Francois Hollande', 'François Hollande'],
    ['De Vincenti', 'Claudio De Vincenti']
  ])('%s is %s', (a, b) => {
    expect(samePerson(a, b)).toBe(true)
    expect(samePerson(b, a)).toBe(true)
  })

  it.each([
    ['Cres Eastman', 'Mu Li'],
    ['John Cornyn', 'Chris Gregoire'],
    ['Jinping Xi Li', 'Xi Jinping'],
    ['Mark Rathbun', 'Mark Twain']
  ])('%s is not %s', (a, b) => {
    expect(samePerson(a, b)).toBe(false)
  })
})

describe('samePlace', () => {
  it.each([
    ["north China's Shanxi Province", 'Shanxi Province'],
    ['Shanxi Province', 'Shanxi'],
    ["north China's Shanxi Province", 'Shanxi'],
    ['Yangquan Valve Co., Ltd., Shanxi Province', 'Shanxi'],
    ['a statement', "Cornyn's statement"],
    ['the White House', 'White House'],
    ['Élysée Palace', 'the Elysee Palace']
  ])('%s is %s', (a, b) => {
    expect(samePlace(a, b)).toBe(true)
    expect(samePlace(b, a)).toBe(true)
  })

  it.each([
    ['Rizhao Port, Shandong Province', 'inspection tour of Shandong Province'],
    ['inspection tour in Liaoning Province', 'inspection tour of Yunnan Province'],
    ['North Korea', 'South Korea'],
    ['a blog post', 'the post on pigmy'],
    ['Shanxi Province', 'Shaanxi Province']
  ])('%s is not %s', (a, b) => {
    expect(samePlace(a, b)).toBe(false)
  })
})

describe('sameTime', () => {
  it('treats overlapping times as one answer', () => {
    expect(sameTime(t('2024'), t('2024-05'))).toBe(true)
    expect(sameTime(t('2024-05'), t('2024-05-31'))).toBe(true)
    expect(sameTime(t('week of 2025-07-10'), t('2025-07-14'))).toBe(true)
    expect(sameTime(t('week of 2025-07-10'), t('2025-07'))).toBe(true)
  })

  it('keeps separate times apart', () => {
    expect(sameTime(t('2024'), t('2025-01'))).toBe(false)
    expect(sameTime(t('2024-05'), t('2024-06-01'))).toBe(false)
    expect(sameTime(t('week of 2025-07-10'), t('2025-07-30'))).toBe(false)
  })

  it('compares labels when a time is not resolved', () => {
    expect(sameTime(t(null, 'Last Spring'), t(null, 'last spring'))).toBe(true)
    expect(sameTime(t(null, 'last spring'), t('2024'))).toBe(false)
  })
})

describe('sameQuoteText', () => {
  it('ignores punctuation and case but not wording', () => {
    expect(sameQuoteText('Trade must remain open!', 'trade must remain open.')).toBe(true)
    expect(sameQuoteText('Trade must remain open', 'Trade must stay open')).toBe(false)
  })
})

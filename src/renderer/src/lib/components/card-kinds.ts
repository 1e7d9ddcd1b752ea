import type { CardKind } from '@core/model'

export const CARD_KIND_LABEL: Record<CardKind, string> = {
  'quote-who': 'Who said it',
  'quote-where': 'Where it was said',
  'quote-when': 'When it was said',
  'reported-who': 'Who said it (paraphrase)',
  'fact-cloze': 'Fact',
  'term-meaning': 'Term'
}

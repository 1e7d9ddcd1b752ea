export * from './types'
export { parseQuery } from './parse'
export {
  answerWindows,
  compileQuery,
  filterCards,
  fold,
  textMatcher,
  windowStart,
  type CardPredicate
} from './evaluate'
export { CARD_STATES, KIND_NAMES, PROP_NAMES, SEARCH_KEYS } from './terms'
export { articleFacts, browseRow, type ArticleFacts, type BrowseRow } from './rows'

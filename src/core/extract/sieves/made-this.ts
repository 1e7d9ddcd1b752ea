/**
 * Sieve "made-this": words the article first gives to a description ("The leadership of the
 * bishops' conference … called on the faithful to continue teaching “even if …”") belong to the
 * person the next sentence says made them ("Conference president Socrates Villegas made this call
 * during …"). "This" and "these" point back; "the call" need not.
 */
import { SAYING_NOUN_PATTERN } from '../../lexicon/lexicon'
import type { Resolution, SpeakerResolver } from '../entities/resolve'
import type { ArticleView } from '../view'

export const MADE_THIS = new RegExp(
  `\\b(?:made|issued|delivered|gave|sounded|voiced|repeated)\\s+(?:this|these)\\s+(?:${SAYING_NOUN_PATTERN}|calls?)\\b`
)

/** The named person sentence `sentence + 1` says made the words of `sentence`, or null. */
export function madeThis(
  view: ArticleView,
  resolver: SpeakerResolver,
  sentence: number
): Resolution | null {
  const cur = view.sentences[sentence]
  const next = view.sentences[sentence + 1]
  if (!cur || !next || next.paragraph > cur.paragraph + 1) return null
  const m = MADE_THIS.exec(next.words)
  if (!m || m.index > 160) return null
  const r = resolver.resolve(next.words.slice(0, m.index), next.index, m.index)
  return r?.ref.kind === 'person' ? r : null
}

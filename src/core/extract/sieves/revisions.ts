/**
 * Revision sieves: a quotation's own sentence named a speaker, and a sentence nearby says who that
 * speaker is. Each takes the quotation's cue and its resolution and returns the resolution it
 * should have instead, or null. They run in order after every quotation's own sentence has been
 * read, each seeing what the one before it left, and before any quotation is linked to another,
 * so a linked quotation takes the revised speaker.
 */
import type { EntityRegistry } from '../entities/registry'
import type { Resolution, SpeakerResolver } from '../entities/resolve'
import { ledeDescribed } from '../scene/scene-sieves'
import type { ArticleView } from '../view'
import type { Cue } from './cue'
import { madeThis } from './made-this'

export interface RevisionContext {
  view: ArticleView
  registry: EntityRegistry
  resolver: SpeakerResolver
}

export type RevisionSieve = (
  cue: Cue,
  resolution: Resolution,
  ctx: RevisionContext
) => Resolution | null

/**
 * "The leadership of the CBCP … called on …" ¶ "CBCP president Socrates Villegas made this call
 * during …": a body's or a description's words, which the next sentence gives a named person.
 */
export const madeThisRevision: RevisionSieve = (cue, resolution, { view, resolver }) => {
  if (resolution.ref.kind === 'person') return null
  const maker = madeThis(view, resolver, cue.sentence)
  return maker ? { ...maker, confidence: maker.confidence * 0.8 } : null
}

/**
 * "…, the country's top diplomat said Wednesday." ¶ "Foreign Affairs Secretary Teodoro Locsin
 * said …": the lede's words of one person described, whom the next paragraph names speaking.
 */
export const ledeDescribedRevision: RevisionSieve = (cue, resolution, ctx) => {
  const lede = ctx.view.paragraphs.find((p) => p.length > 0)?.[0]?.index
  if (cue.sentence !== lede || resolution.rule !== 'unnamed-source') return null
  const named = ledeDescribed({ ...ctx, anchor: ctx.view.anchor }, resolution.ref.name)
  const person = named ? ctx.registry.person(named) : null
  if (!person) return null
  return {
    ref: { name: person.name, kind: 'person' },
    rule: 'role-noun',
    confidence: 0.6,
    candidates: [person.name, resolution.ref.name]
  }
}

/** Lower-case words of a quotation, for telling whether one repeats another. */
const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’]+/gu, ' ')
    .trim()

/**
 * echoed-later: "… are “going strong” …, a union leader said Monday." ¶ "“We’re going strong,”
 * said Leah Fried, an organizer for the union.": a lede's fragment credited to someone described,
 * which a later, fuller quotation by a named person repeats word for word, is that person's.
 * `later` gives the quotations after this one within reach, in order, each with its speaker so
 * far; it is asked for only when the speaker is one a later name may replace. Null unless the
 * speaker is a description or a body and a later named person said the same words.
 */
export function echoedLater(
  text: string,
  resolution: Resolution,
  later: () => ReadonlyArray<{ text: string; resolution: Resolution | null }>
): Resolution | null {
  if (resolution.ref.kind === 'person' && resolution.rule !== 'unnamed-source') return null
  const words = wordsOf(text)
  // Two words at least: "stupid" or "historic" may be anyone's.
  if (words.split(' ').length < 2) return null
  for (const q of later()) {
    const r = q.resolution
    if (!r || r.ref.kind !== 'person' || r.rule === 'unnamed-source') continue
    const fuller = wordsOf(q.text)
    if (fuller.length <= words.length || !` ${fuller} `.includes(` ${words} `)) continue
    return {
      ...r,
      confidence: r.confidence * 0.85,
      candidates: [r.ref.name, resolution.ref.name]
    }
  }
  return null
}

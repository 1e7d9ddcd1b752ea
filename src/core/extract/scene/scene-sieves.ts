/**
 * Place and time sieves, tried in order for each quotation once its speaker is known:
 *   clause          — the attribution's own clause ("…," Xi said at a briefing on Tuesday)
 *   continued       — the quotation this one continues
 *   speaker-scene   — the occasion last set for this speaker ("Xi made the remarks during a
 *                     visit to …"; "Morrison testified before the committee Tuesday"), which
 *                     holds until the article sets another for them
 *   remarks-after   — "Xi made the remarks while …" just after the quotation
 *   story-time      — the lede's time for the lede's own people, when nothing else dates them
 */
import { QUOTE_VERB_PATTERN, VISIT_VERB_PATTERN } from '../../lexicon/lexicon'
import type { EntityRegistry } from '../entities/registry'
import type { SpeakerResolver } from '../entities/resolve'
import { speechVerbs } from '../sieves/cue'
import type { FoundTime, TimeAnchor } from '../time-phrases'
import { wordsOnly, type ArticleView } from '../view'
import { circumstancesOf, reportedContent, type Circumstances } from './circumstances'

export type SceneSieveId =
  | 'clause'
  | 'medium'
  | 'continued'
  | 'speaker-scene'
  | 'remarks-after'
  | 'story-time'

export interface Scene {
  where: string | null
  when: FoundTime | null
  whereSieve: SceneSieveId | null
  whenSieve: SceneSieveId | null
}

const EVENT_VERB = new RegExp(
  `\\b(?:${QUOTE_VERB_PATTERN}|${VISIT_VERB_PATTERN}|made the remarks|made the comments)\\b`
)
const REMARKS =
  /\b(?:made|delivered|gave|offered) (?:the|these|those|his|her|their) (?:remarks|comments|speech|statement|address)\b/

export interface SceneContext {
  view: ArticleView
  registry: EntityRegistry
  resolver: SpeakerResolver
  anchor: TimeAnchor | null
}

/** Is `person` what sentence `si` is about, by name or by a leading he/she? */
function isAbout(ctx: SceneContext, si: number, speaker: string): boolean {
  const mentions = ctx.registry.mentions[si] ?? []
  if (mentions.some((m) => m.subject && m.person.name === speaker)) return true
  const s = ctx.view.sentences[si]
  if (!s) return false
  const words = wordsOnly(s.masked)
  if (words.includes(speaker)) {
    const v = speechVerbs(words, s)[0]
    return v !== undefined && words.slice(0, v.index).includes(speaker)
  }
  if (/^(?:He|She)\s/.test(words.trimStart())) {
    const prev = ctx.registry.mentions[si - 1] ?? []
    return prev.some((m) => m.subject && m.person.name === speaker)
  }
  return false
}

/** The circumstances of sentence `si`'s first verb of saying or going, its content left out. */
export function sentenceScene(ctx: SceneContext, si: number): Circumstances | null {
  const s = ctx.view.sentences[si]
  if (!s) return null
  const words = wordsOnly(s.masked)
  const event = words.match(EVENT_VERB)
  if (!event) return null
  const v = speechVerbs(words, s)[0]
  const [from, to] = v ? reportedContent(words, v.end) : [-1, -1]
  return circumstancesOf(s, v?.index ?? event.index!, from, to, ctx.anchor)
}

/**
 * The latest scene the article set for `speaker` in the sentences before `si` (and in `si`
 * itself before offset `before`), from the quotations already placed or the speaker's own
 * sentences.
 */
export function speakerScene(
  ctx: SceneContext,
  speaker: string,
  si: number,
  earlier: ReadonlyArray<{ speaker: string | null; sentence: number; scene: Scene }>
): Circumstances | null {
  const placed = earlier.filter(
    (e) => e.speaker === speaker && e.sentence <= si && (e.scene.where || e.scene.when)
  )
  const lastPlaced = placed[placed.length - 1]
  for (let k = si - 1; k >= 0; k--) {
    if (lastPlaced && lastPlaced.sentence >= k)
      return { where: lastPlaced.scene.where, when: lastPlaced.scene.when }
    if (!isAbout(ctx, k, speaker)) continue
    const c = sentenceScene(ctx, k)
    if (c && (c.where || c.when)) return c
  }
  return lastPlaced ? { where: lastPlaced.scene.where, when: lastPlaced.scene.when } : null
}

/** "Xi made the remarks while meeting …", in the sentence right after the quotation. */
export function remarksAfter(ctx: SceneContext, speaker: string, si: number): Circumstances | null {
  const next = ctx.view.sentences[si + 1]
  const cur = ctx.view.sentences[si]
  if (!next || !cur || next.paragraph > cur.paragraph + 1) return null
  const words = wordsOnly(next.masked)
  const m = words.match(REMARKS)
  if (!m) return null
  const who = ctx.resolver.resolve(words.slice(0, m.index), next.index, m.index!)
  if (who?.ref.name !== speaker) return null
  return circumstancesOf(next, m.index!, -1, -1, ctx.anchor)
}

/**
 * The time of the lede's event ("… surrounded the Statehouse on Tuesday"), for speakers the
 * first paragraphs name: their words were said at the event the story reports.
 */
export function storyTime(ctx: SceneContext): { time: FoundTime; people: Set<string> } | null {
  const lede = ctx.view.paragraphs.find((p) => p.length > 0)
  const first = lede?.[0]
  if (!first) return null
  const c = sentenceScene(ctx, first.index) ?? circumstancesOf(first, -1, -1, -1, ctx.anchor)
  if (!c?.when) return null
  const people = new Set<string>()
  for (const p of ctx.view.paragraphs.slice(0, 2))
    for (const s of p) for (const m of ctx.registry.mentions[s.index] ?? []) people.add(m.person.name)
  return { time: c.when, people }
}

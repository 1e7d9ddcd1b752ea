/**
 * Finds the verb of saying that attributes a quotation, and the words that name its speaker.
 * Works on a "masked" sentence where every quotation is replaced by a marker ⟦n⟧, so the words
 * inside quotes can never be mistaken for attribution.
 */
export const SPEECH_VERBS =
  'said|says|say|saying|told|tells|tell|telling|added|adds|adding|stated|states|stating|wrote|writes|writing|' +
  'noted|notes|noting|stressed|stresses|stressing|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|urged|urges|asked|asks|' +
  'explained|explains|explaining|declared|declares|announced|announces|insisted|insists|warned|warns|warning|argued|' +
  'argues|continued|continues|concluded|commented|remarked|replied|recalled|acknowledged|admitted|claimed|claims|' +
  'described|describes|describing|characteri[sz]ed|called|calls|calling|dubbed|reiterated|pointed out|highlighted|' +
  'underscored|vowed|pledged|posted|tweeted|quipped|observed|reasoned|asserted|asserts|affirmed|predicted|cautioned|' +
  'complained|conceded|confirmed|suggested|demanded|maintained|testified|answered|responded|shouted|joked|mused|' +
  'according to|put it|issued a statement|reported|reports|recommended|recommends|agreed|countered|reminded|' +
  'lamented|boasted|exclaimed|recounted|whispered|explains|notes|adds|insists|recalls|asks|wonders|wondered'

const VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'g')

export interface Attribution {
  /** Words that should name the speaker. */
  chunk: string
  /** Index of the verb in the masked sentence (for telling intro phrases from trailing ones). */
  verbAt: number
  verbEnd: number
  /** Verb comes after the quotation ("..., Xi said"). */
  after: boolean
}

/** All speech-verb matches in the masked text. */
export function speechVerbs(text: string): Array<{ index: number; end: number; verb: string }> {
  VERB_RE.lastIndex = 0
  return [...text.matchAll(VERB_RE)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    verb: m[0]
  }))
}

/** Attribution of the quotation at marker [start, end) in `masked`, or null. */
export function findAttribution(masked: string, start: number, end: number): Attribution | null {
  // 1. "…," Xi said / "…," said Bolden / "…", it added — the verb closes the quotation's clause.
  const tail = masked.slice(end)
  const head = tail.match(/^[\s,;:.!?\u2014\u2013-]*/)![0]
  const clause = tail.slice(head.length)
  const stop = clauseEnd(clause)
  const scope = stop >= 0 ? clause.slice(0, stop) : clause
  if (!/^(?:and|but|or|then)\b/i.test(scope) && !/[.!?]\s*$/.test(head)) {
    const v = speechVerbs(scope)[0]
    if (v && scope.slice(0, v.index).split(/\s+/).filter(Boolean).length <= 28) {
      const between = scope.slice(0, v.index).trim()
      const verbAt = end + head.length + v.index
      if (between && !/^(?:as|which|while|when|that)\b/i.test(between))
        return { chunk: between, verbAt, verbEnd: verbAt + v.verb.length, after: true }
      if (!between) {
        const inverted =
          scope
            .slice(v.end)
            .match(/^\s*([^,;⟦]*)/)?.[1]
            ?.trim() ?? ''
        const subject = inverted.replace(
          /\s+(?:to|in|at|on|during|while|when|as|after|before|who|which)\b.*$/,
          ''
        )
        if (subject) return { chunk: subject, verbAt, verbEnd: verbAt + v.verb.length, after: true }
      }
    }
  }
  // 2. Xi noted that … "…" / Rathbun wrote, "…" — the nearest verb before, within the clause.
  const from = Math.max(masked.lastIndexOf(';', start), 0)
  const before = masked.slice(from, start)
  const verbs = speechVerbs(before)
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!
    let chunk = before.slice(0, v.index)
    const lastMarker = chunk.lastIndexOf('⟧')
    if (lastMarker >= 0) chunk = chunk.slice(lastMarker + 1)
    // "with one poster writing" names its subject right before a participle.
    const participle = /ing$/.test(v.verb)
      ? chunk.match(/\b(?:with|as)\s+((?:the|a|an|one|another|some)\s+[\w'-]+)\s*$/i)
      : null
    if (participle) chunk = participle[1]!
    const verbAt = from + v.index
    if (chunk.replace(/[\s,;:]+/g, ''))
      return { chunk, verbAt, verbEnd: verbAt + v.verb.length, after: false }
    if (lastMarker >= 0) return null
    const inverted = before
      .slice(v.end)
      .match(/^\s*([^,;:⟦]*)/)?.[1]
      ?.trim()
    if (inverted) return { chunk: inverted, verbAt, verbEnd: verbAt + v.verb.length, after: false }
  }
  // 3. "Smith had a message for critics: "…"" — a colon introduces the subject's words.
  const colon = before.match(/^([^⟦:]*?)[,]?\s*:\s*$/)
  if (colon?.[1]?.trim()) return { chunk: colon[1], verbAt: -1, verbEnd: -1, after: false }
  return null
}

const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Rev|[A-Z]|(?:[A-Z]\.)+[A-Z])$/

/** Where the clause after a quotation ends: a quote mark, a semicolon or a real full stop. */
function clauseEnd(clause: string): number {
  const re = /⟦|;|[.!?](?=\s|$)/g
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (m[0] === '.' && ABBREVIATION.test(clause.slice(0, m.index))) continue
    return m.index
  }
  return -1
}

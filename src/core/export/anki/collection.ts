/**
 * Anki's collection file (`collection.anki2`, schema 11: what every Anki since 2.1 imports from
 * an .apkg): the tables' SQL and the `col` row's JSON — one note type, one deck per article.
 * Pure: the SQLite library that runs the SQL lives in the renderer.
 */
import { hash53 } from '../../hash'

/** The schema-11 tables and indexes, as Anki's rslib/src/storage/schema11.sql creates them. */
export const ANKI_SCHEMA_SQL = `
create table col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`

export const ANKI_SCHEMA_VERSION = 11
export const NOTE_FIELDS = ['Front', 'Back', 'Article', 'Sentence'] as const
/** The note type's id: fixed, so every export's notes share one type when imported again. */
export const MODEL_ID = 1_700_000_000_001
const DECK_CONFIG_ID = 1

/** A deck's id from its article's: stable across exports, never Anki's default deck (1). */
export function deckId(articleId: string): number {
  return (hash53(`deck:${articleId}`) % 2 ** 52) + 2
}

/** "Newsdeck::Title": Anki nests decks on "::", so one inside the title is softened. */
export function deckName(title: string): string {
  return `Newsdeck::${title.replaceAll('::', ':').trim() || 'Untitled'}`
}

function deck(id: number, name: string, modSeconds: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: DECK_CONFIG_ID,
    extendNew: 0,
    extendRev: 0
  }
}

function noteType(modSeconds: number): Record<string, unknown> {
  return {
    id: MODEL_ID,
    name: 'Newsdeck',
    type: 0,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: 1,
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}<hr id=answer>{{Back}}<div class=source>{{Sentence}}<br>{{Article}}</div>',
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0
      }
    ],
    flds: NOTE_FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: []
    })),
    css: '.card { font-family: sans-serif; font-size: 20px; } .source { font-size: 14px; color: #666; }',
    latexPre: '',
    latexPost: '',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: []
  }
}

function deckConfig(desiredRetention: number, modSeconds: number): Record<string, unknown> {
  return {
    id: DECK_CONFIG_ID,
    name: 'Default',
    mod: modSeconds,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: 20
    },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    desiredRetention
  }
}

export interface CollectionInput {
  /** Collection creation, epoch seconds: review cards' due days count from it. */
  crtSeconds: number
  nowMs: number
  decks: ReadonlyArray<{ articleId: string; title: string }>
  desiredRetention: number
  /** The next new-card position, one past the last given. */
  nextPosition: number
}

/** The one `col` row, as the values of an insert in column order. */
export function collectionRow(input: CollectionInput): Array<number | string> {
  const mod = Math.floor(input.nowMs / 1000)
  const decks: Record<string, unknown> = { 1: deck(1, 'Default', mod) }
  for (const d of input.decks)
    decks[deckId(d.articleId)] = deck(deckId(d.articleId), deckName(d.title), mod)
  const conf = {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: MODEL_ID,
    nextPos: input.nextPosition,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true
  }
  return [
    1,
    input.crtSeconds,
    input.nowMs,
    input.nowMs,
    ANKI_SCHEMA_VERSION,
    0,
    0,
    0,
    JSON.stringify(conf),
    JSON.stringify({ [MODEL_ID]: noteType(mod) }),
    JSON.stringify(decks),
    JSON.stringify({ [DECK_CONFIG_ID]: deckConfig(input.desiredRetention, mod) }),
    '{}'
  ]
}

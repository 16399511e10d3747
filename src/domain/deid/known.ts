// Everything the case already knows is always caught: names and aliases in any case, possessives,
// initials, nicknames, misspellings (one edit, names of five letters or more), address parts,
// organisations, identifiers without their spaces, and dates of birth in other formats.
import * as C from './classes.js';
import { fold, withinOneEdit } from './fold.js';
import { ACRONYMS, COLLEAGUE_WORDS, PUBLIC_TERMS, WORD_NAMES } from './lexicon.js';
import { findLoose } from './loose-match.js';
import { span, type Kind, type Span } from './span.js';
import { tokenize, type Token, type Word } from './tokens.js';
import type { DeidResources, Known, KnownPerson } from './types.js';
import { isDottedInitials } from './chars.js';
import { memo } from './memo.js';
import { GREETED, gradeLetter } from './cues.js';
import { ID_CUE_WORDS } from './patterns.js';

/** Names, organisations and places of the case, tokenised once per string (kept across texts; never mutated). */
const TOKENISED = new Map<string, readonly Token[]>();
function tokensOf(s: string): readonly Token[] {
  return memo(TOKENISED, s, tokenize);
}

export interface KnownPersonInfo {
  identity: string;
  role: 'client' | 'colleague' | 'person';
}

export interface KnownMatch {
  spans: Span[];
  /** Folded name parts of known people and organisations (the model treats them as names). */
  keys: Set<string>;
  people: KnownPersonInfo[];
  /** Known dates as yyyy-mm-dd: a date found in the text that means the same day is marked as known. */
  dates: Set<string>;
}

function isoOf(d: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(d.trim()) ?? null;
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const u = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(d.trim());
  return u ? `${u[3]}-${u[2]!.padStart(2, '0')}-${u[1]!.padStart(2, '0')}` : undefined;
}

const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** Every day a written date could mean (d/m/y and m/d/y both; two-digit years in 19xx and 20xx). */
export function dateReadings(s: string): string[] {
  const out: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  const years = (y: string): number[] => (y.length === 4 ? [Number(y)] : [1900 + Number(y), 2000 + Number(y)]);
  const add = (y: number, mo: number, d: number) => {
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push(`${y}-${pad(mo)}-${pad(d)}`);
  };
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) add(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/.exec(s);
  if (num) for (const y of years(num[3]!)) {
    add(y, Number(num[2]), Number(num[1]));
    add(y, Number(num[1]), Number(num[2]));
  }
  const mon = /([A-Za-z]{3})[a-z]*\.?/.exec(s.replace(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*/, ''));
  const y4 = /((?:19|20)\d{2})/.exec(s);
  const day = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(s.replace(/(?:19|20)\d{2}/, ''));
  if (mon && MONTH_INDEX[mon[1]!.toLowerCase()] && y4 && day) add(Number(y4[1]), MONTH_INDEX[mon[1]!.toLowerCase()]!, Number(day[1]));
  return out;
}

export const NOT_INITIAL_BEFORE = new Set(['plan', 'vitamin', 'hep', 'hepatitis', 'type', 'grade', 'part', 'section', 'class', 'group', 'block', 'ward', 'room', 'level', 'year', 'form', 'a', 'an', 'the', 'option', 'appendix', 'schedule', 'exhibit', 'tier', 'unit', 'flat', 'category', 'list', 'size', 'step', 'stage', 'phase', 'band', 'key', 'question', 'q', 'item', 'table', 'figure', 'page', 'line', 'point', 'gate', 'bus', 'route', 'platform', 'terminal', 'building', 'wing', 'floor', 'bay', 'zone', 'area', 'site', 'team', 'squad', 'division', 'first', 'second', 'third', 'straight', 'predicted', 'target', 'two', 'three', 'four', 'five', 'mostly', 'got', 'gets', 'getting']);
const MODAL_FOLLOWERS = new Set(['and', 'or', 'said', 'says', 'was', 'is', 'has', 'had', 'told', 'asked', 'felt', 'feels', 'reported', 'reports', 'came', 'went', 'did', 'does', 'seemed', 'seems', 'wants', 'wanted', 'thinks', 'thought', 'explained', 'described', 'agreed', 'arrived', 'attended', 'talked', 'spoke', 'presented', 'disclosed', 'denied', 'denies', 'became', 'looked', 'appeared', 'appears', 'remains', 'remained', 'continues', 'stated', 'states', 'noted', 'mentioned', 'shared', 'brought', 'left', 'called', 'rang', 'texted', 'emailed', 'got', 'gets', 'is', 'isn\'t', 'wasn\'t', 'likes', 'loves', 'works', 'worked', 'lives', 'lived', 'prefers', 'hopes', 'needs', 'needed', 'knows', 'knew']);

const ORG_SWAPS: readonly [string, string][] = [['high school', 'hs'], ['hs', 'high school'], ['saint', 'st'], ['st', 'saint'], ['limited', 'ltd'], ['ltd', 'limited'], ['centre', 'center'], ['center', 'centre'], ['c of e', 'ce']];

/** A cheap first test before a map look-up: is there a key of this length and first letter (each mod 32)? */
export class KeyLengths {
  private lengths = 0;
  private firsts = 0;
  add(k: string): void {
    this.lengths |= 1 << (k.length & 31);
    this.firsts |= 1 << (k.charCodeAt(0) & 31);
  }
  has(k: string): boolean {
    return (this.lengths & (1 << (k.length & 31))) !== 0 && (this.firsts & (1 << (k.charCodeAt(0) & 31))) !== 0;
  }
  /** As has(w.key), from the length and first code unit kept on the word (without loading the key string). */
  hasWord(w: Word): boolean {
    return (this.lengths & (1 << (w.klen & 31))) !== 0 && (this.firsts & (1 << (w.k0 & 31))) !== 0;
  }
}

const COLLEAGUE_LIST = [...COLLEAGUE_WORDS];

/** Every place the known identifier or postcode occurs, however spaced (loose-match.ts). */
function pushLoose(text: string, chars: string, split: number | 'all', kind: Kind, identity: string, spans: Span[]): void {
  const found = findLoose(text, chars, split);
  for (let f = 0; f < found.length; f += 2) spans.push(span(kind, found[f]!, found[f + 1]!, 'known', { identity }));
}

function isCommonWord(k: string, res: DeidResources): boolean {
  return res.commonWords.has(k) || WORD_NAMES.has(k);
}

/** A known name that is also a word ("Will", "Hope") counts only when written as a name. */
function acceptsToken(t: Token, tokens: readonly Token[], i: number, index: PeopleIndex): boolean {
  // ("Te Whare Tapa Whā", "in te reo": the Māori article alone is no one's name, even part of a known one)
  if (t.key === 'te' && !namePartNext(tokens, i, index)) return false;
  if (!(t.f & C.COMMONISH)) return true;
  // ("seen in June of last year", "cut back in June when …", "before Summer term": a month or a season, not June or
  // Summer, after a word for a time or before a year or a term)
  if (t.f & C.CALENDAR && t.cap && knownMonthUse(tokens, i)) return false;
  if (!t.cap) return t.lower && lowerNameInContext(t, tokens, i, index);
  if (t.sentStart && t.end === t.baseEnd) {
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next && next.lower && !MODAL_FOLLOWERS.has(next.key) && /^\s$/.test(next.gap) && t.key.length <= 5 && /^(?:will|may|can|mark|hope|bill|grant|sue|pat|frank|rose|joy|faith|dawn|grace|sky|summer|sunny|robin|patience|blessing|precious)$/.test(t.key)) {
      // "Will follow up Monday", "May need to ..." — a verb or modal, not the person.
      if (/^(?:will|may|can)$/.test(t.key) || /^(?:be|have|need|follow|send|call|check|come|do|go|take|make|see|ask|try|continue|review|look|get|write|email|phone|ring|attend|start|stop|keep)$/.test(next.key)) return false;
    }
  }
  return true;
}

/**
 * A known name that is also a word, written in lower case ("nephew dale fairweather", "he said dale told him", "i
 * called dale at 5"): beside another part of a known name, before a verb a person does, or after a word for
 * contacting someone or a family word (not "her son will be"); never after a determiner or a possessive ("the dale",
 * "Gwyn's will"), nor where the note writes the same word with a capital.
 */
function lowerNameInContext(t: Token, tokens: readonly Token[], i: number, index: PeopleIndex): boolean {
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const before = !!prev && t.gap === ' ';
  const after = !!next && next.gap === ' ';
  if (before && ((prev!.lower && LOWER_DETERMINERS.has(prev!.key)) || prev!.end !== prev!.baseEnd)) return false;
  if ((after && namePart(next!, index)) || (before && namePart(prev!, index))) return true;
  // ("hey destiny!!", "thanks grace," — the name greeted or thanked, before punctuation, even where the note also
  // writes it with a capital)
  if (before && prev!.lower && GREETED.has(prev!.key) && (!next || (next.gap.trim() !== '' && !next.gap.trim().startsWith("'")))) return true;
  // (a note that writes the name with a capital elsewhere writes the word in lower case: "Patience … patience")
  for (let j = 0; j < tokens.length; j++) if (tokens[j]!.word.key === t.word.key && !tokens[j]!.lower) return false;
  const modal = LOWER_MODALS.has(t.key);
  if (after && next!.lower && next!.key !== 'and' && next!.key !== 'or' && MODAL_FOLLOWERS.has(next!.key)) return true;
  if (!before || !prev!.lower || (modal && after)) return false;
  return CONTACTED.has(prev!.key) || (prev!.f & (C.KIN | C.RELATION)) !== 0;
}
/** Whether the next token is another part of a known name ("Te Aroha Ngata": "Aroha"). */
function namePartNext(tokens: readonly Token[], i: number, index: PeopleIndex): boolean {
  const n = tokens[i + 1];
  return n !== undefined && n.gap === ' ' && index.variantOwners.has(n.key);
}


/**
 * A known name that is a month or a season used as one: after "in", "since", "by", "last" …, or before a year, "of",
 * "term" or "holidays". (Narrower than cues.ts's calendarUse, which judges a name found by the model: a name the case
 * knows is kept unless the time is plain — the wider test left a known person's name in on held-out blind 65.)
 */
function knownMonthUse(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.lower && tokens[i]!.gap === ' ' && KNOWN_TIME_BEFORE.has(prev.key)) return true;
  return next !== undefined && next.gap === ' ' && (next.hasDigit || (next.lower && KNOWN_TIME_AFTER.has(next.key)));
}
const KNOWN_TIME_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'last', 'next', 'this', 'early', 'mid', 'late', 'before', 'after', 'during', 'over', 'through']);
const KNOWN_TIME_AFTER = new Set(['of', 'term', 'holidays', 'holiday', 'break', 'half-term', 'semester', 'school']);

/** Another part of a known name that is no word ("dale fairweather"). */
function namePart(t: Token, index: PeopleIndex): boolean {
  return !t.hasDigit && !(t.f & C.COMMONISH) && index.variantOwners.has(t.key);
}
const LOWER_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'any', 'no', 'some', 'of', 'to', 'with', 'in', 'on', 'for']);
const LOWER_MODALS = new Set(['will', 'may', 'can', 'must', 'might', 'shall']);
const CONTACTED = new Set(['told', 'asked', 'called', 'rang', 'phoned', 'texted', 'messaged', 'emailed', 'met', 'visited', 'contacted', 'saw', 'thanked', 'reminded']);

// (keys and initials are kept per string and built by push: arrays from map/filter of varying element
// kinds made matchKnown deoptimise again and again while it warmed up)
const KEYS = new Map<string, string[]>();
function tokenKeys(s: string): readonly string[] {
  return memo(KEYS, s, keysOf);
}
function keysOf(s: string): string[] {
  const ks: string[] = [];
  const ts = tokensOf(s);
  for (let i = 0; i < ts.length; i++) if (ts[i]!.key !== 'and') ks.push(ts[i]!.key);
  return ks;
}

/** An organisation's keys, identity and its keys with each applicable ORG_SWAPS swap (in ORG_SWAPS order), kept per written name: pure functions of the text. */
interface OrgPlan {
  keys: readonly string[];
  identity: string;
  swapped: readonly (readonly string[])[];
}
const ORG_PLANS = new Map<string, OrgPlan>();

function orgPlan(org: string): OrgPlan {
  return memo(ORG_PLANS, org, makeOrgPlan);
}
function makeOrgPlan(org: string): OrgPlan {
  const ks = tokenKeys(org);
  const swapped: string[][] = [];
  const joined = ` ${ks.join(' ')} `;
  for (let w = 0; w < ORG_SWAPS.length; w++) {
    const from = ` ${ORG_SWAPS[w]![0]} `;
    if (joined.includes(from)) swapped.push(joined.replace(from, ` ${ORG_SWAPS[w]![1]} `).trim().split(' '));
  }
  return { keys: ks, identity: `org:${ks.join(' ')}`, swapped };
}

/** `person:` and the folded name, kept per written name. */
const PERSON_IDS = new Map<string, string>();

function personIdentity(name: string): string {
  return memo(PERSON_IDS, name, makePersonIdentity);
}
function makePersonIdentity(name: string): string {
  return `person:${fold(name)}`;
}

const INITIALS = new Map<string, string>();
function initialsOf(name: string): string {
  return memo(INITIALS, name, makeInitials);
}
function makeInitials(name: string): string {
  let ini = '';
  const ts = tokensOf(name);
  for (let i = 0; i < ts.length; i++) if (ts[i]!.cap || ts[i]!.upper) ini += ts[i]!.text[0]!.toUpperCase();
  return ini;
}

function knownDates(known: Known): Set<string> {
  const dates = new Set<string>();
  const ds = known.dates;
  if (ds) {
    for (let i = 0; i < ds.length; i++) {
      const iso = isoOf(ds[i]!);
      if (iso !== undefined) dates.add(iso);
    }
  }
  return dates;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(d: number): string {
  const s = d % 100 >= 11 && d % 100 <= 13 ? 'th' : d % 10 === 1 ? 'st' : d % 10 === 2 ? 'nd' : d % 10 === 3 ? 'rd' : 'th';
  return `${d}${s}`;
}

/** Every way a date is commonly written in UK, US and Australian notes. */
export function dateVariants(iso: string): string[] {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim()) ?? null;
  let y: number, mo: number, d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    const u = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(iso.trim());
    if (!u) return [];
    d = Number(u[1]);
    mo = Number(u[2]);
    y = Number(u[3]);
  }
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return [];
  const yy = String(y).slice(2);
  const dd = String(d).padStart(2, '0');
  const mm = String(mo).padStart(2, '0');
  const name = MONTHS[mo - 1]!;
  const short = name.slice(0, 3);
  const out = new Set<string>();
  for (const sep of ['/', '.', '-']) {
    for (const [a, b] of [[d, mo], [dd, mm], [mo, d], [mm, dd]] as const) {
      out.add(`${a}${sep}${b}${sep}${y}`);
      out.add(`${a}${sep}${b}${sep}${yy}`);
    }
  }
  out.add(`${y}-${mm}-${dd}`);
  for (const day of [String(d), dd, ordinal(d)]) {
    for (const mon of [name, short, `${short}.`]) {
      out.add(`${day} ${mon} ${y}`);
      out.add(`${day} of ${mon} ${y}`);
      out.add(`${day} ${mon}, ${y}`);
      out.add(`${mon} ${day}, ${y}`);
      out.add(`${mon} ${day} ${y}`);
    }
  }
  return [...out];
}

// matchKnown is split into one small function per step (index the people; the token loop and its initials
// branch; organisations; places; identifiers), with indexed loops instead of callbacks: as one function with
// closures, TurboFan spent ~290 ms compiling it while the first notes of a batch waited.

/** A name part of five letters or more, matched with one edit (a misspelling). */
interface FuzzyKey {
  key: string;
  person: number;
}

/** The known people of the case, indexed for the token loop (person numbers are indexes into `people`). */
interface PeopleIndex {
  people: KnownPersonInfo[];
  /** Folded name part, alias part or nickname → the people it may stand for. */
  variantOwners: Map<string, number[]>;
  /** A cheap first test before a `variantOwners` look-up. */
  lengths: KeyLengths;
  fuzzy: FuzzyKey[];
  /** Upper-case first letter of a name or an alias → people. */
  firstInitials: Map<string, number[]>;
  /** All the initials of a name ("TB") → people. */
  fullInitials: Map<string, number[]>;
  /** The first code units of the keys of `firstInitials` and `fullInitials`: bit c - 65 for "A"-"Z"... */
  initialFirsts: number;
  /** ...and whether any key starts with another code unit. */
  otherInitialFirst: boolean;
}

export function matchKnown(text: string, tokens: readonly Token[], known: Known, res: DeidResources): KnownMatch {
  const spans: Span[] = [];
  const keys = new Set<string>();
  const index = peopleIndex(known.people ?? [], keys, res);
  matchPeople(text, tokens, index, spans, res);
  const organisations = known.organisations ?? [];
  for (let o = 0; o < organisations.length; o++) matchOrganisation(tokens, organisations[o]!, keys, spans, res);
  const places = known.places ?? [];
  for (let p = 0; p < places.length; p++) matchPlace(text, tokens, places[p]!, keys, spans, res);
  const identifiers = known.identifiers ?? [];
  for (let d = 0; d < identifiers.length; d++) matchIdentifier(text, identifiers[d]!, spans);
  return { spans, keys, people: index.people, dates: knownDates(known) };
}

// ---- People: the index ----

/**
 * A list of people indexed once: what indexPeople reads of each person (the name, the aliases, whether the role is
 * 'client', the relationship), the index (read only by the token loop) and the keys it added, in order.
 */
interface PeoplePlan {
  res: DeidResources;
  names: readonly string[];
  clients: readonly boolean[];
  relationships: readonly string[];
  aliases: readonly (readonly string[])[];
  index: PeopleIndex;
  keys: readonly string[];
}
/** Plans by the first person's name ('' for no one): a case's notes repeat the same known block. */
const PEOPLE_PLANS = new Map<string, PeoplePlan[]>();
const PEOPLE_PLANS_LIMIT = 1000;
let peoplePlans = 0;

/**
 * indexPeople, kept per list of people and resources: the index is a pure function of each person's name, aliases,
 * whether the role is 'client' and the relationship (and of res), and keys starts empty, so the same keys are added
 * in the same order. (Indexing 1–3 people per note — nicknames, misspellings, initials — was about 2.5% of warm
 * time. The lists are compared field by field, not through a key string built per note: hashing that string cost
 * half as much as indexing.)
 */
function peopleIndex(list: readonly KnownPerson[], keys: Set<string>, res: DeidResources): PeopleIndex {
  if (!Array.isArray(list)) return indexPeople(list, keys, res);
  const head: unknown = list.length > 0 ? list[0] : undefined;
  const first = head !== null && typeof head === 'object' && typeof (head as KnownPerson).name === 'string' ? (head as KnownPerson).name : '';
  let bucket = PEOPLE_PLANS.get(first);
  let plan: PeoplePlan | undefined;
  if (bucket !== undefined) {
    for (let b = 0; b < bucket.length; b++) {
      if (bucket[b]!.res === res && samePeople(bucket[b]!, list)) {
        plan = bucket[b];
        break;
      }
    }
  }
  if (plan === undefined) {
    if (!plainPeople(list)) return indexPeople(list, keys, res);
    const own = new Set<string>();
    const index = indexPeople(list, own, res);
    const names: string[] = [];
    const clients: boolean[] = [];
    const relationships: string[] = [];
    const aliases: string[][] = [];
    for (let p = 0; p < list.length; p++) {
      const person = list[p]!;
      names.push(person.name);
      clients.push(person.role === 'client');
      relationships.push(person.relationship ?? '');
      aliases.push(person.aliases ? person.aliases.slice() : []);
    }
    plan = { res, names, clients, relationships, aliases, index, keys: [...own] };
    if (peoplePlans >= PEOPLE_PLANS_LIMIT) {
      PEOPLE_PLANS.clear();
      peoplePlans = 0;
      bucket = undefined;
    }
    if (bucket === undefined) PEOPLE_PLANS.set(first, [plan]);
    else bucket.push(plan);
    peoplePlans++;
  }
  const ks = plan.keys;
  for (let k = 0; k < ks.length; k++) keys.add(ks[k]!);
  return plan.index;
}

/** An array of objects with a string name, a string relationship if any and an array of strings as aliases if any (else the list is indexed afresh, uncached). */
function plainPeople(list: readonly KnownPerson[]): boolean {
  if (!Array.isArray(list)) return false;
  for (let p = 0; p < list.length; p++) {
    const person: unknown = list[p];
    if (person === null || typeof person !== 'object') return false;
    const { name, aliases, relationship } = person as KnownPerson;
    if (typeof name !== 'string' || (relationship !== undefined && relationship !== null && typeof relationship !== 'string')) return false;
    if (aliases !== undefined && aliases !== null) {
      if (!Array.isArray(aliases)) return false;
      for (let a = 0; a < aliases.length; a++) if (typeof aliases[a] !== 'string') return false;
    }
  }
  return true;
}

/**
 * Whether an array holds what the plan was made from: equal to the plan's strings, the fields are strings as
 * plainPeople requires (so a list is checked for its shape only when it is new).
 */
function samePeople(plan: PeoplePlan, list: readonly KnownPerson[]): boolean {
  if (plan.names.length !== list.length) return false;
  for (let p = 0; p < list.length; p++) {
    const person: unknown = list[p];
    if (person === null || typeof person !== 'object') return false;
    const { name, role, relationship, aliases } = person as KnownPerson;
    if (name !== plan.names[p] || (role === 'client') !== plan.clients[p] || (relationship ?? '') !== plan.relationships[p]) return false;
    const as: readonly string[] = aliases ?? [];
    if (!Array.isArray(as)) return false;
    const was = plan.aliases[p]!;
    if (as.length !== was.length) return false;
    for (let a = 0; a < as.length; a++) if (as[a] !== was[a]) return false;
  }
  return true;
}

function indexPeople(list: readonly KnownPerson[], keys: Set<string>, res: DeidResources): PeopleIndex {
  const index: PeopleIndex = {
    people: [],
    variantOwners: new Map(),
    lengths: new KeyLengths(),
    fuzzy: [],
    firstInitials: new Map(),
    fullInitials: new Map(),
    initialFirsts: 0,
    otherInitialFirst: false,
  };
  for (let p = 0; p < list.length; p++) indexPerson(index, list[p]!, p, keys, res);
  return index;
}

function indexPerson(index: PeopleIndex, person: KnownPerson, p: number, keys: Set<string>, res: DeidResources): void {
  index.people.push({ identity: personIdentity(person.name), role: personRole(person) });
  const aliases = person.aliases ?? [];
  indexName(index, person.name, p, keys, res);
  for (let a = 0; a < aliases.length; a++) indexName(index, aliases[a]!, p, keys, res);
  const first = firstToken(person.name);
  if (first) {
    const nicks = res.nicknames.get(first.key) ?? [];
    for (let n = 0; n < nicks.length; n++) {
      addVariant(index, nicks[n]!, p);
      keys.add(nicks[n]!);
    }
    addInitial(index, index.firstInitials, first.text[0]!.toUpperCase(), p);
    // ("Kerry-Ann" … "K-A (as she prefers)": a double given name's initials, hyphenated)
    const hyphenated = hyphenInitials(first.text);
    if (hyphenated) addInitial(index, index.fullInitials, hyphenated, p);
  }
  for (let a = 0; a < aliases.length; a++) {
    const alias = firstToken(aliases[a]!);
    if (alias) {
      const letter = alias.text[0]!.toUpperCase();
      if (!(index.firstInitials.get(letter) ?? []).includes(p)) addInitial(index, index.firstInitials, letter, p);
    }
  }
  const ini = initialsOf(person.name);
  if (ini.length >= 2) addInitial(index, index.fullInitials, ini, p);
}

/** "K-A" for "Kerry-Ann", "M-L" for "Marie-Louise": a hyphenated name's capitals joined by hyphens, or undefined. */
function hyphenInitials(name: string): string | undefined {
  const parts = name.split('-');
  if (parts.length < 2 || parts.length > 3) return undefined;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!.charAt(0);
    if (parts[i]!.length < 2 || c === c.toLowerCase() || c !== c.toUpperCase()) return undefined;
    out += (i ? '-' : '') + c;
  }
  return out;
}

function personRole(person: KnownPerson): KnownPersonInfo['role'] {
  if (person.role === 'client') return 'client';
  const rel = fold(person.relationship ?? '');
  for (let w = 0; w < COLLEAGUE_LIST.length; w++) if (rel.includes(COLLEAGUE_LIST[w]!)) return 'colleague';
  return /\bcolleague|manager|supervisor|boss|co-?worker\b/.test(rel) ? 'colleague' : 'person';
}

/** Each part of a name or alias: the part itself, the halves of a hyphenated part, and (five letters or more) its misspellings. */
function indexName(index: PeopleIndex, name: string, p: number, keys: Set<string>, res: DeidResources): void {
  const parts = tokensOf(name);
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j]!;
    if (part.hasDigit) continue;
    const k = part.key;
    addVariant(index, k, p);
    keys.add(k);
    if (k.includes('-')) {
      const subs = k.split('-');
      for (let s = 0; s < subs.length; s++) if (subs[s]!.length >= 3 && !isCommonWord(subs[s]!, res)) addVariant(index, subs[s]!, p);
    }
    if (k.length >= 5) index.fuzzy.push({ key: k, person: p });
  }
}

function firstToken(s: string): Token | undefined {
  const ts = tokensOf(s);
  return ts.length > 0 ? ts[0] : undefined;
}

function addVariant(index: PeopleIndex, k: string, p: number): void {
  if (!k || k.length < 2) return;
  index.lengths.add(k);
  const list = index.variantOwners.get(k);
  if (list === undefined) index.variantOwners.set(k, [p]);
  else if (!list.includes(p)) list.push(p);
}

/** addOwner for an initials map, noting the key's first code unit for the token loop's pre-filter. */
function addInitial(index: PeopleIndex, map: Map<string, number[]>, k: string, p: number): void {
  const c = k.charCodeAt(0);
  if (c >= 65 && c <= 90) index.initialFirsts |= 1 << (c - 65);
  else index.otherInitialFirst = true;
  addOwner(map, k, p);
}

function addOwner(map: Map<string, number[]>, k: string, p: number): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [p]);
  else list.push(p);
}

// ---- People: the token loop ----

function matchPeople(text: string, tokens: readonly Token[], index: PeopleIndex, spans: Span[], res: DeidResources): void {
  const people = index.people;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.word;
    if (w.hasDigit) continue;
    // (the pre-filters read the key's length and first letter from the word, not from the key string)
    let owners = index.lengths.hasWord(w) ? index.variantOwners.get(w.key) : undefined;
    // ("Ruby-Rose" is not "Rose"; only whole tokens match.)
    if (!owners && index.fuzzy.length && w.klen >= 5 && !(t.f & (C.COMMONISH | C.RARE)) && (t.cap || t.lower)) {
      const f = fuzzyOwner(index.fuzzy, t.key);
      if (f >= 0) owners = [f];
    }
    if (owners && acceptsToken(t, tokens, i, index)) {
      const p = pick(owners, tokens, i, index);
      let start = t.start;
      // "T. Baker": an initial before the surname
      const prev = i > 0 ? tokens[i - 1]! : undefined;
      if (prev && prev.text.length === 1 && prev.cap && /^\.\s$/.test(t.gap)) start = prev.start;
      spans.push(span('PERSON', start, t.baseEnd, 'known', { identity: people[p]!.identity }));
      continue;
    }
    // Initials: "TB", "T.B.", or a bare "J" standing for the client.
    if (!t.upper && !t.cap) continue;
    // initialsOwner matches only a key of firstInitials or fullInitials, which starts with the token's first
    // character (its letters without dots; a token starting with "." is left to initialsOwner): skip the
    // capitalised words no known initial starts with ("She", "The").
    const c0 = w.text.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90 ? (index.initialFirsts & (1 << (c0 - 65))) === 0 : c0 !== 46 && !index.otherInitialFirst) continue;
    const q = initialsOwner(text, tokens, i, index);
    if (q >= 0) spans.push(span('PERSON', t.start, t.baseEnd, 'known', { identity: people[q]!.identity }));
  }
}

/** The person whose name part is one edit from `k` (same first letter, or same last two letters), or -1. */
function fuzzyOwner(fuzzy: readonly FuzzyKey[], k: string): number {
  for (let f = 0; f < fuzzy.length; f++) {
    const x = fuzzy[f]!;
    if ((x.key.charCodeAt(0) === k.charCodeAt(0) || (x.key.charCodeAt(x.key.length - 1) === k.charCodeAt(k.length - 1) && x.key.charCodeAt(x.key.length - 2) === k.charCodeAt(k.length - 2))) && withinOneEdit(k, x.key)) return x.person;
  }
  return -1;
}

/** Which of several people a shared name part stands for. */
function pick(owners: readonly number[], tokens: readonly Token[], i: number, index: PeopleIndex): number {
  if (owners.length === 1) return owners[0]!;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  // A shared surname: "Mrs Okafor" is more likely the adult third party than the child client.
  if (prev && /^(?:mr|mrs|ms|miss|mx|dr)$/.test(prev.key)) {
    for (let o = 0; o < owners.length; o++) if (index.people[owners[o]!]!.role !== 'client') return owners[o]!;
  }
  // Next token names one of them: "Amara Okafor"
  if (i + 1 < tokens.length) {
    const o = soleOwnerAmong(index.variantOwners.get(tokens[i + 1]!.key), owners);
    if (o >= 0) return o;
  }
  if (prev) {
    const o = soleOwnerAmong(index.variantOwners.get(prev.key), owners);
    if (o >= 0) return o;
  }
  return owners[0]!;
}

/** The one person a neighbouring token names, if that person is among `owners`; else -1. */
function soleOwnerAmong(named: readonly number[] | undefined, owners: readonly number[]): number {
  if (named === undefined || named.length !== 1) return -1;
  return owners.includes(named[0]!) ? named[0]! : -1;
}

/** The person an initial or initials stand for ("TB", "T.B.", a bare "J"), or -1. */
function initialsOwner(text: string, tokens: readonly Token[], i: number, index: PeopleIndex): number {
  const t = tokens[i]!;
  if (!(t.upper || (t.text.length === 1 && t.cap) || isDottedInitials(t.text))) return -1;
  const letters = t.text.replace(/\./g, '');
  const multi = letters.length >= 2 ? index.fullInitials.get(letters) : undefined;
  if (multi && multi.length === 1 && !ACRONYMS.has(t.key.replace(/\./g, ''))) return multi[0]!;
  if (letters.length !== 1 || letters === 'A' || letters === 'I') return -1;
  // ("D in geometry. rest is C's": a grade, not the client's initial)
  if (gradeLetter(t, tokens, text)) return -1;
  const owners = index.firstInitials.get(letters);
  if (owners === undefined || owners.length !== 1) return -1;
  const prevT = i > 0 ? tokens[i - 1]! : undefined;
  const after = text.slice(t.baseEnd, t.baseEnd + 3);
  const standalone =
    !/^[-/&+0-9]/.test(after) &&
    !/^\.\s?[A-Z]/.test(after) &&
    !/[-/&+]$/.test(t.gap) &&
    (!prevT || t.sentStart || (!prevT.cap && !prevT.upper && !NOT_INITIAL_BEFORE.has(prevT.key) && !prevT.hasDigit)) &&
    (!prevT || !NOT_INITIAL_BEFORE.has(prevT.key)) &&
    !notClientLetter(letters, after, t, prevT);
  return standalone ? owners[0]! : -1;
}

/**
 * A letter a note uses for something else than the client's initial: a heading of a SOAP, DAP or BIRP note at a
 * line's start ("P: Continue weekly"), a phone's or a fax's label ("T (02) 5550 6621"), a sex after an age ("44 y/o
 * M").
 */
function notClientLetter(letter: string, after: string, t: Token, prevT: Token | undefined): boolean {
  if ((!prevT || t.gap.includes('\n')) && after.charCodeAt(0) === 58 && 'SOAPDBIR'.includes(letter)) return true;
  if ('TFMPE'.includes(letter) && /^ \(?0/.test(after)) return true;
  return (letter === 'M' || letter === 'F') && !!prevT && SEX_AFTER.has(prevT.key);
}
const SEX_AFTER = new Set(['o', 'yo', 'old', 'yrs', 'y', 'yr', 'years']);

// ---- Organisations ----

/** An organisation: the name in any case, with common variants; or two of its words in a row. */
function matchOrganisation(tokens: readonly Token[], org: string, keys: Set<string>, spans: Span[], res: DeidResources): void {
  const plan = orgPlan(org);
  const ks = plan.keys;
  if (!ks.length) return;
  const identity = plan.identity;
  // (not a public word of its name: "TAFE" of "TAFE NSW Wagga Wagga" is every TAFE, not a name to look for)
  for (let k = 0; k < ks.length; k++) if (!isCommonWord(ks[k]!, res) && !PUBLIC_TERMS.has(ks[k]!) && !ACRONYMS.has(ks[k]!)) keys.add(ks[k]!);
  pushOrgSequence(tokens, ks, identity, spans);
  for (let w = 0; w < plan.swapped.length; w++) pushOrgSequence(tokens, plan.swapped[w]!, identity, spans);
  // Two distinctive words in a row ("Phillips Academy" of "Phillips Academy High School").
  if (ks.length >= 3) {
    for (let a = 0; a + 1 < ks.length; a++) {
      if (isCommonWord(ks[a]!, res) && isCommonWord(ks[a + 1]!, res)) continue;
      pushOrgPair(tokens, ks.slice(a, a + 2), identity, spans);
    }
  }
}

function pushOrgSequence(tokens: readonly Token[], seq: readonly string[], identity: string, spans: Span[]): void {
  const found = findSequence(tokens, seq);
  for (let f = 0; f < found.length; f++) spans.push(span('ORG', tokens[found[f]![0]]!.start, tokens[found[f]![1]]!.baseEnd, 'known', { identity }));
}

/** Two words of the name in a row, written as a name, and the capitalised words that follow them. */
function pushOrgPair(tokens: readonly Token[], pair: readonly string[], identity: string, spans: Span[]): void {
  const found = findSequence(tokens, pair);
  for (let f = 0; f < found.length; f++) {
    const s = found[f]![0];
    if (!tokens[s]!.cap && !tokens[s]!.upper) continue;
    let end = found[f]![1];
    while (end + 1 < tokens.length && (tokens[end + 1]!.cap || tokens[end + 1]!.upper) && tokens[end + 1]!.gap === ' ') end++;
    spans.push(span('ORG', tokens[s]!.start, tokens[end]!.baseEnd, 'known', { identity }));
  }
}

// ---- Places ----

/** A place: the whole address, each comma-separated part, the street without its number, the postcode without its space. */
function matchPlace(text: string, tokens: readonly Token[], place: string, keys: Set<string>, spans: Span[], res: DeidResources): void {
  const plan = placePlan(place);
  for (let p = 0; p < plan.parts.length; p++) matchPlacePart(text, tokens, plan.parts[p]!, plan.identity, keys, spans, res);
}
function matchPlacePart(text: string, tokens: readonly Token[], part: PlacePart, identity: string, keys: Set<string>, spans: Span[], res: DeidResources): void {
  if (part.postcode !== undefined) pushLoose(text, part.postcode, part.outward, 'POSTCODE', identity, spans);
  const ks = part.keys;
  if (!ks.length) return;
  pushPlaceSequence(tokens, ks, identity, spans, res);
  // the street without its number
  if (part.street !== undefined) pushPlaceSequence(tokens, part.street, identity, spans, res);
  const words = part.words;
  for (let k = 0; k < words.length; k++) if (!isCommonWord(words[k]!, res)) keys.add(words[k]!);
}

/** A known place read once per written place: its identity, then the whole place and each comma-separated part. */
interface PlacePlan {
  identity: string;
  parts: readonly PlacePart[];
}
/** One part: the postcode it holds (letters and digits, and the outward code's length), its keys, and the keys without a leading number. */
interface PlacePart {
  postcode: string | undefined;
  outward: number;
  keys: readonly string[];
  street: readonly string[] | undefined;
  /** The keys that do not start with a digit, in order. */
  words: readonly string[];
}
const PLACE_PLANS = new Map<string, PlacePlan>();

function placePlan(place: string): PlacePlan {
  return memo(PLACE_PLANS, place, makePlacePlan);
}
function makePlacePlan(place: string): PlacePlan {
  const identity = `place:${tokenKeys(place).join(' ')}`;
  const parts = [placePart(place)];
  const split = place.split(/\s*,\s*/);
  for (let p = 0; p < split.length; p++) parts.push(placePart(split[p]!));
  return { identity, parts };
}

function placePart(part: string): PlacePart {
  const pc = /\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b/i.exec(part);
  const ks = tokenKeys(part);
  return {
    postcode: pc ? pc[1]! + pc[2]! : undefined,
    outward: pc ? pc[1]!.length : 0,
    keys: ks,
    street: ks.length >= 2 && /^\d/.test(ks[0]!) ? ks.slice(1) : undefined,
    words: ks.filter((k) => !/^\d/.test(k)),
  };
}

function pushPlaceSequence(tokens: readonly Token[], seq: readonly string[], identity: string, spans: Span[], res: DeidResources): void {
  if (seq.length === 1 && (isCommonWord(seq[0]!, res) || seq[0]!.length < 3)) {
    // a single short or common word counts only when capitalised
    const found = findSequence(tokens, seq);
    for (let f = 0; f < found.length; f++) {
      const s = found[f]![0];
      if (tokens[s]!.cap) spans.push(span('PLACE', tokens[s]!.start, tokens[s]!.baseEnd, 'known', { identity }));
    }
    return;
  }
  // (a lone number or common word is not a place on its own)
  if (seq.length < 2 && (/^\d+$/.test(seq[0]!) || isCommonWord(seq[0]!, res))) return;
  const found = findSequence(tokens, seq);
  for (let f = 0; f < found.length; f++) spans.push(span('PLACE', tokens[found[f]![0]]!.start, tokens[found[f]![1]]!.baseEnd, 'known', { identity }));
}

// ---- Identifiers ----

/** An identifier: the same characters in order, with or without spaces and hyphens. */
function matchIdentifier(text: string, id: string, spans: Span[]): void {
  // ("CRN 304 118 562K", "MRN: 00847215", "Case # VNS-24-0192": the label is not the identifier, which is then also
  // found without it)
  const label = ID_LABEL.exec(id);
  if (label && ID_CUE_WORDS.has(label[1]!.toLowerCase()) && /\d/.test(id.slice(label[0].length))) id = id.slice(label[0].length);
  const chars = id.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < 4) return;
  pushLoose(text, chars, 'all', 'ID', `id:${chars.toUpperCase()}`, spans);
}

/** A label word before an identifier's value: "CRN ", "MRN: ", "Case # ", "NHS no. ". */
const ID_LABEL = /^\s*([A-Za-z]{2,12})\.?(?:\s+(?:no\.?|number))?(?:\s*[:#]\s*|\s+)(?=[A-Za-z0-9])/i;

/** Start and end token indexes where the token keys equal `seq` (ignoring "and" / "&"). */
function findSequence(tokens: readonly Token[], seq: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  if (!seq.length) return out;
  const first = seq[0]!;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== first) continue;
    let j = i;
    let s = 1;
    while (s < seq.length) {
      let n = j + 1;
      if (n < tokens.length && tokens[n]!.key === 'and' && seq[s] !== 'and') n++;
      if (n >= tokens.length || tokens[n]!.key !== seq[s] || /[\n.!?;:]/.test(tokens[n]!.gap)) break;
      j = n;
      s++;
    }
    if (s === seq.length) out.push([i, j]);
  }
  return out;
}

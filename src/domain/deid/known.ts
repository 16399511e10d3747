// Everything the case already knows is always caught: names and aliases in any case, possessives,
// initials, nicknames, misspellings (one edit, names of five letters or more), address parts,
// organisations, identifiers without their spaces, and dates of birth in other formats.
import * as C from './classes.js';
import { fold, withinEdits } from './fold.js';
import { ACRONYMS, COLLEAGUE_WORDS, WORD_NAMES } from './lexicon.js';
import { span, type Span } from './span.js';
import { tokenize, type Token } from './tokens.js';
import type { DeidResources, Known } from './types.js';

/** Names, organisations and places of the case, tokenised once per string (kept across texts; never mutated). */
const TOKENISED = new Map<string, readonly Token[]>();
function tokensOf(s: string): readonly Token[] {
  let t = TOKENISED.get(s);
  if (!t) {
    if (TOKENISED.size >= 5000) TOKENISED.clear();
    t = tokenize(s);
    TOKENISED.set(s, t);
  }
  return t;
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

export const NOT_INITIAL_BEFORE = new Set(['plan', 'vitamin', 'hep', 'hepatitis', 'type', 'grade', 'part', 'section', 'class', 'group', 'block', 'ward', 'room', 'level', 'year', 'form', 'a', 'an', 'the', 'option', 'appendix', 'schedule', 'exhibit', 'tier', 'unit', 'flat', 'category', 'list', 'size', 'step', 'stage', 'phase', 'band', 'key', 'question', 'q', 'item', 'table', 'figure', 'page', 'line', 'point', 'gate', 'bus', 'route', 'platform', 'terminal', 'building', 'wing', 'floor', 'bay', 'zone', 'area', 'site', 'team', 'squad', 'division']);
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
}

const COLLEAGUE_LIST = [...COLLEAGUE_WORDS];

/** Compiled patterns for known identifiers and postcodes, kept across texts (the same case, many notes). */
const REGEXPS = new Map<string, RegExp>();
function cachedRegExp(key: string, source: () => string): RegExp {
  let re = REGEXPS.get(key);
  if (!re) {
    if (REGEXPS.size >= 2000) REGEXPS.clear();
    re = new RegExp(source(), 'gi');
    REGEXPS.set(key, re);
  }
  return re;
}

function isCommonWord(k: string, res: DeidResources): boolean {
  return res.commonWords.has(k) || WORD_NAMES.has(k);
}

/** A known name that is also a word ("Will", "Hope") counts only when written as a name. */
function acceptsToken(t: Token, tokens: readonly Token[], i: number, res: DeidResources): boolean {
  if (!(t.f & C.COMMONISH)) return true;
  if (!t.cap) return false;
  if (t.sentStart) {
    const next = tokens[i + 1];
    if (next && next.lower && !MODAL_FOLLOWERS.has(next.key) && /^\s$/.test(next.gap) && t.key.length <= 5 && /^(?:will|may|can|mark|hope|bill|grant|sue|pat|frank|rose|joy|faith|dawn|grace|sky|summer|sunny|robin|patience|blessing|precious)$/.test(t.key)) {
      // "Will follow up Monday", "May need to ..." — a verb or modal, not the person.
      if (/^(?:will|may|can)$/.test(t.key) || /^(?:be|have|need|follow|send|call|check|come|do|go|take|make|see|ask|try|continue|review|look|get|write|email|phone|ring|attend|start|stop|keep)$/.test(next.key)) return false;
    }
  }
  return true;
}

// (keys and initials are kept per string and built by push: arrays from map/filter of varying element
// kinds made matchKnown deoptimise again and again while it warmed up)
const KEYS = new Map<string, string[]>();
function tokenKeys(s: string): string[] {
  let ks = KEYS.get(s);
  if (ks === undefined) {
    ks = [];
    const ts = tokensOf(s);
    for (let i = 0; i < ts.length; i++) if (ts[i]!.key !== 'and') ks.push(ts[i]!.key);
    if (KEYS.size >= 5000) KEYS.clear();
    KEYS.set(s, ks);
  }
  return ks.slice();
}

const INITIALS = new Map<string, string>();
function initialsOf(name: string): string {
  let ini = INITIALS.get(name);
  if (ini === undefined) {
    ini = '';
    const ts = tokensOf(name);
    for (let i = 0; i < ts.length; i++) if (ts[i]!.cap || ts[i]!.upper) ini += ts[i]!.text[0]!.toUpperCase();
    if (INITIALS.size >= 5000) INITIALS.clear();
    INITIALS.set(name, ini);
  }
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

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

export function matchKnown(text: string, tokens: readonly Token[], known: Known, res: DeidResources): KnownMatch {
  const spans: Span[] = [];
  const keys = new Set<string>();
  const people: KnownPersonInfo[] = [];
  const variantOwners = new Map<string, number[]>();
  const fuzzy: { key: string; person: number }[] = [];
  const firstInitials = new Map<string, number[]>();
  const fullInitials = new Map<string, number[]>();

  const lengths = new KeyLengths();
  const addVariant = (k: string, p: number) => {
    if (!k || k.length < 2) return;
    lengths.add(k);
    const list = variantOwners.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    variantOwners.set(k, list);
  };

  (known.people ?? []).forEach((person, p) => {
    const rel = fold(person.relationship ?? '');
    const role: KnownPersonInfo['role'] =
      person.role === 'client' ? 'client' : COLLEAGUE_LIST.some((w) => rel.includes(w)) || /\bcolleague|manager|supervisor|boss|co-?worker\b/.test(rel) ? 'colleague' : 'person';
    people.push({ identity: `person:${fold(person.name)}`, role });
    const names = [person.name, ...(person.aliases ?? [])];
    for (const n of names) {
      const parts = tokensOf(n);
      for (const part of parts) {
        if (part.hasDigit) continue;
        const k = part.key;
        addVariant(k, p);
        keys.add(k);
        if (k.includes('-')) for (const sub of k.split('-')) if (sub.length >= 3 && !isCommonWord(sub, res)) addVariant(sub, p);
        if (k.length >= 5) fuzzy.push({ key: k, person: p });
      }
    }
    const first = tokensOf(person.name)[0];
    if (first) {
      for (const nick of res.nicknames.get(first.key) ?? []) {
        addVariant(nick, p);
        keys.add(nick);
      }
      const letter = first.text[0]!.toUpperCase();
      firstInitials.set(letter, [...(firstInitials.get(letter) ?? []), p]);
    }
    for (const alias of person.aliases ?? []) {
      const a = tokensOf(alias)[0];
      if (a) {
        const letter = a.text[0]!.toUpperCase();
        if (!(firstInitials.get(letter) ?? []).includes(p)) firstInitials.set(letter, [...(firstInitials.get(letter) ?? []), p]);
      }
    }
    const ini = initialsOf(person.name);
    if (ini.length >= 2) fullInitials.set(ini, [...(fullInitials.get(ini) ?? []), p]);
  });

  const pick = (owners: number[], t: Token, i: number): number => {
    if (owners.length === 1) return owners[0]!;
    // A shared surname: "Mrs Okafor" is more likely the adult third party than the child client.
    const prev = tokens[i - 1];
    const titled = prev && /^(?:mr|mrs|ms|miss|mx|dr)$/.test(prev.key);
    if (titled) {
      const third = owners.find((o) => people[o]!.role !== 'client');
      if (third !== undefined) return third;
    }
    // Next token names one of them: "Amara Okafor"
    const next = tokens[i + 1];
    if (next) {
      const o = owners.find((q) => (variantOwners.get(next.key) ?? []).length === 1 && variantOwners.get(next.key)![0] === q);
      if (o !== undefined) return o;
    }
    if (prev) {
      const o = owners.find((q) => (variantOwners.get(prev.key) ?? []).length === 1 && variantOwners.get(prev.key)![0] === q);
      if (o !== undefined) return o;
    }
    return owners[0]!;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.hasDigit) continue;
    let owners = lengths.has(t.key) ? variantOwners.get(t.key) : undefined;
    // ("Ruby-Rose" is not "Rose"; only whole tokens match.)
    if (!owners && fuzzy.length && t.key.length >= 5 && !(t.f & (C.COMMONISH | C.RARE)) && (t.cap || t.lower)) {
      const k = t.key;
      const f = fuzzy.find((x) => (x.key[0] === k[0] || (x.key.charCodeAt(x.key.length - 1) === k.charCodeAt(k.length - 1) && x.key.charCodeAt(x.key.length - 2) === k.charCodeAt(k.length - 2))) && withinEdits(k, x.key, 1));
      if (f) owners = [f.person];
    }
    if (owners && acceptsToken(t, tokens, i, res)) {
      const p = pick(owners, t, i);
      let start = t.start;
      // "T. Baker": an initial before the surname
      const prev = tokens[i - 1];
      if (prev && prev.text.length === 1 && prev.cap && /^\.\s$/.test(t.gap)) start = prev.start;
      spans.push(span('PERSON', start, t.baseEnd, 'known', { identity: people[p]!.identity }));
      continue;
    }
    // Initials: "TB", "T.B.", or a bare "J" standing for the client.
    if (!t.upper && !t.cap) continue;
    if (t.upper || (t.text.length === 1 && t.cap) || /^[A-Z](?:\.[A-Z])+$/.test(t.text)) {
      const letters = t.text.replace(/\./g, '');
      const multi = letters.length >= 2 ? fullInitials.get(letters) : undefined;
      if (multi && multi.length === 1 && !ACRONYMS.has(t.key.replace(/\./g, ''))) {
        spans.push(span('PERSON', t.start, t.baseEnd, 'known', { identity: people[multi[0]!]!.identity }));
        continue;
      }
      if (letters.length === 1 && letters !== 'A' && letters !== 'I') {
        const owners1 = firstInitials.get(letters);
        const prevT = tokens[i - 1];
        const after = text.slice(t.baseEnd, t.baseEnd + 3);
        const standalone =
          owners1?.length === 1 &&
          !/^[-/&+0-9]/.test(after) &&
          !/^\.\s?[A-Z]/.test(after) &&
          !/[-/&+]$/.test(t.gap) &&
          (!prevT || t.sentStart || (!prevT.cap && !prevT.upper && !NOT_INITIAL_BEFORE.has(prevT.key) && !prevT.hasDigit)) &&
          (!prevT || !NOT_INITIAL_BEFORE.has(prevT.key));
        if (standalone) {
          spans.push(span('PERSON', t.start, t.baseEnd, 'known', { identity: people[owners1![0]!]!.identity }));
          continue;
        }
      }
    }
  }

  // Organisations: the name in any case, with common variants; or two of its words in a row.
  for (const org of known.organisations ?? []) {
    const ks = tokenKeys(org);
    if (!ks.length) continue;
    const identity = `org:${ks.join(' ')}`;
    for (const k of ks) if (!isCommonWord(k, res)) keys.add(k);
    const variants = [ks];
    const joined = ` ${ks.join(' ')} `;
    for (const [a, b] of ORG_SWAPS) if (joined.includes(` ${a} `)) variants.push(joined.replace(` ${a} `, ` ${b} `).trim().split(' '));
    for (const v of variants) for (const [s, e] of findSequence(tokens, v)) spans.push(span('ORG', tokens[s]!.start, tokens[e]!.baseEnd, 'known', { identity }));
    // Two distinctive words in a row ("Phillips Academy" of "Phillips Academy High School").
    if (ks.length >= 3) {
      for (let a = 0; a + 1 < ks.length; a++) {
        const pair = ks.slice(a, a + 2);
        if (pair.every((k) => isCommonWord(k, res))) continue;
        for (const [s, e] of findSequence(tokens, pair)) {
          if (!tokens[s]!.cap && !tokens[s]!.upper) continue;
          let end = e;
          while (end + 1 < tokens.length && (tokens[end + 1]!.cap || tokens[end + 1]!.upper) && tokens[end + 1]!.gap === ' ') end++;
          spans.push(span('ORG', tokens[s]!.start, tokens[end]!.baseEnd, 'known', { identity }));
        }
      }
    }
  }

  // Places: the whole address, each comma-separated part, the street without its number, the postcode without its space.
  for (const place of known.places ?? []) {
    const identity = `place:${tokenKeys(place).join(' ')}`;
    const parts = [place, ...place.split(/\s*,\s*/)];
    for (const part of parts) {
      const pc = /\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b/i.exec(part);
      if (pc) {
        const re = cachedRegExp(`postcode:${pc[1]} ${pc[2]}`, () => `(?<![A-Za-z0-9])${escapeRe(pc[1]!)}\\s?${escapeRe(pc[2]!)}(?![A-Za-z0-9])`);
        for (const m of text.matchAll(re)) spans.push(span('POSTCODE', m.index, m.index + m[0].length, 'known', { identity }));
      }
      const ks = tokenKeys(part);
      if (!ks.length) continue;
      const seqs = [ks];
      if (/^\d/.test(ks[0]!) && ks.length >= 2) seqs.push(ks.slice(1));
      for (const seq of seqs) {
        if (seq.length === 1 && (isCommonWord(seq[0]!, res) || seq[0]!.length < 3)) {
          for (const [s] of findSequence(tokens, seq)) if (tokens[s]!.cap) spans.push(span('PLACE', tokens[s]!.start, tokens[s]!.baseEnd, 'known', { identity }));
          continue;
        }
        if (seq.every((k) => /^\d+$/.test(k) || isCommonWord(k, res)) && seq.length < 2) continue;
        for (const [s, e] of findSequence(tokens, seq)) spans.push(span('PLACE', tokens[s]!.start, tokens[e]!.baseEnd, 'known', { identity }));
      }
      for (const k of ks) if (!/^\d/.test(k) && !isCommonWord(k, res)) keys.add(k);
    }
  }

  // Identifiers: the same characters in order, with or without spaces and hyphens.
  for (const id of known.identifiers ?? []) {
    const chars = id.replace(/[^A-Za-z0-9]/g, '');
    if (chars.length < 4) continue;
    const re = cachedRegExp(chars, () => `(?<![A-Za-z0-9])${[...chars].map(escapeRe).join('[\\s./-]?')}(?![A-Za-z0-9])`);
    for (const m of text.matchAll(re)) spans.push(span('ID', m.index, m.index + m[0].length, 'known', { identity: `id:${chars.toUpperCase()}` }));
  }

  return { spans, keys, people, dates: knownDates(known) };
}

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
      if (tokens[n]?.key === 'and' && seq[s] !== 'and') n++;
      if (tokens[n]?.key !== seq[s] || /[\n.!?;:]/.test(tokens[n]!.gap)) break;
      j = n;
      s++;
    }
    if (s === seq.length) out.push([i, j]);
  }
  return out;
}

// One pass over the text: word tokens with their offsets and the features the recognisers need.
// A hand-written scanner (no regex, no per-character string allocation): each UTF-16 code unit is classified
// once through a lazily filled table, so tokenising is one linear walk over the text.
import { fold } from './fold.js';

/**
 * A word token. What depends only on its characters (text, key, case, digits) is read from its Word, which
 * every token of the same characters shares, so a token holds eight fields, not fifteen: 88 bytes instead of
 * 152 on a 64-bit Node, which matters for a 10 MB note (1.7 million tokens).
 */
export class Token {
  constructor(
    public readonly start: number,
    /** End of the whole token, including a possessive 's. */
    public readonly end: number,
    /** End without a possessive 's ("Tom's" → end of "Tom"). */
    public readonly baseEnd: number,
    /** Starts a sentence, a line, a list item or a quoted utterance. */
    public readonly sentStart: boolean,
    /** The characters between the previous token and this one. */
    public readonly gap: string,
    /** Index of this token in its token array. */
    public readonly i: number,
    /** Word-class bit mask (gazetteers and cue lists, see lookup-cache.ts); 0 until the redactor classifies it. */
    public f: number,
    /** The distinct word (shared by every token with the same characters). */
    public readonly word: Word,
  ) {}
  get text(): string {
    return this.word.text;
  }
  /** The token without a possessive, folded. */
  get key(): string {
    return this.word.key;
  }
  /** First letter upper case, and not all upper case (or a single letter). */
  get cap(): boolean {
    return this.word.cap;
  }
  /** Two or more letters, all upper case (an acronym or a shouted name). */
  get upper(): boolean {
    return this.word.upper;
  }
  get lower(): boolean {
    return this.word.lower;
  }
  get hasDigit(): boolean {
    return this.word.hasDigit;
  }
  /** Only letters (and inner apostrophes/hyphens). */
  get alpha(): boolean {
    return this.word.alpha;
  }
}

// Per code unit: bit 1 letter (\p{L}), 2 mark (\p{M}), 4 number (\p{N}), 8 upper case, 16 lower case; 128 = computed. Surrogate halves on their own are none of these (as for a single-unit regex test).
const L = 1;
const M = 2;
const N = 4;
const UP = 8;
const LO = 16;
const DONE = 128;
const UNIT = new Uint8Array(65536);
const RE_L = /\p{L}/u;
const RE_M = /\p{M}/u;
const RE_N = /\p{N}/u;
for (let c = 0; c < 128; c++) {
  UNIT[c] = DONE | (c >= 65 && c <= 90 ? L | UP : c >= 97 && c <= 122 ? L | LO : c >= 48 && c <= 57 ? N : 0);
}

function unitClass(c: number): number {
  let v = UNIT[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = DONE;
    // (case is judged for any character, as the first character of a token decides `cap`: "Ⅰ" is upper case)
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) v |= UP;
    else if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) v |= LO;
    if (RE_L.test(ch)) v |= L;
    else if (RE_M.test(ch)) v |= M;
    else if (RE_N.test(ch)) v |= N;
    UNIT[c] = v;
  }
  return v;
}

/** Class bits (L/M/N) of the code point at i and its length in code units (surrogate pairs are one code point). */
let cpLen = 1;
function cpClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    cpLen = 1;
    return UNIT[c]! & 7;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      cpLen = 2;
      const s = text.slice(i, i + 2);
      return RE_L.test(s) ? L : RE_M.test(s) ? M : RE_N.test(s) ? N : 0;
    }
  }
  cpLen = 1;
  return unitClass(c) & 7;
}

/** FNV-1a start value and prime of the word hash (wordAt). */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * Set by wordEnd: the hash (before its length is mixed in, see wordAt) of the code units from the token's
 * start to `hashedTo`, the end of its leading ASCII letters and digits. Most words are only those, so the
 * word table is probed without a second pass over the characters.
 */
let hashed = 0;
let hashedTo = 0;
/** Set by wordEnd: the OR of the class bits of those leading ASCII code units (no L bit: they are all digits). */
let asciiBits = 0;
/**
 * Set by wordEnd: the last eight of those leading ASCII code units, seven bits each, the last four in `packedLo`
 * and the four before in `packedHi` (see packed words, wordAt). For a word of up to eight such code units the
 * pair is the word itself, so the table compares two numbers instead of looping over the word's code units
 * against the pool (that loop was the costliest line of tokenising: tokenize 3–4% faster without it).
 */
let packedHi = 0;
let packedLo = 0;
/** The longest word kept packed. */
const PACKED_MAX = 8;

/** End of the word token starting at `start` (a letter, mark or number there). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let h = FNV_BASIS;
  let bits = 0;
  let hi = 0;
  let lo = 0;
  // [\p{L}\p{M}\p{N}]+ (ASCII inline: cpClass only for other code units; the ASCII prefix hashed and packed on the way)
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    const u = UNIT[c]! & 7;
    if (u === 0) break;
    bits |= u;
    h = Math.imul(h ^ c, FNV_PRIME);
    hi = ((hi << 7) | (lo >>> 21)) & 0xfffffff;
    lo = ((lo << 7) | c) & 0xfffffff;
    i++;
  }
  hashed = h;
  hashedTo = i;
  asciiBits = bits;
  packedHi = hi;
  packedLo = lo;
  if (i >= n) return i;
  // (most words stop at an ASCII space or punctuation mark: the end, unless it is one a continuation starts with)
  const s = text.charCodeAt(i);
  if (s < 128 && s !== 39 && s !== 45 && s !== 46) return i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((UNIT[c]! & 7) === 0) break;
      i++;
    } else {
      if (cpClass(text, i) === 0) break;
      i += cpLen;
    }
  }
  for (;;) {
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (c === 39 || c === 8217) {
      // ['’][\p{L}\p{M}]+
      let j = i + 1;
      while (j < n && (cpClass(text, j) & (L | M)) !== 0) j += cpLen;
      if (j === i + 1) return i;
      i = j;
    } else if (c === 45) {
      // -[\p{L}\p{M}\p{N}]+
      let j = i + 1;
      while (j < n && cpClass(text, j) !== 0) j += cpLen;
      if (j === i + 1) return i;
      i = j;
    } else if (c === 46) {
      // \.(?=[\p{L}]\.)[\p{L}]
      if (i + 1 >= n || cpClass(text, i + 1) !== L) return i;
      const len = cpLen;
      if (text.charCodeAt(i + 1 + len) !== 46) return i;
      i += 1 + len;
    } else return i;
  }
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sgt', 'prof', 'rev', 'fr', 'jr', 'sr', 'no', 'vs', 'etc', 'lt', 'capt', 'det', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** The same abbreviations, each as its code units packed base 128 (as isAbbreviation computes them). */
const ABBREVIATION_CODES = new Set<number>();
for (const a of ABBREVIATIONS) {
  let code = 0;
  for (let k = 0; k < a.length; k++) code = code * 128 + a.charCodeAt(k);
  ABBREVIATION_CODES.add(code);
}

/**
 * A distinct word (the text of a token without its possessive): its strings and the features that depend only
 * on its characters, computed once and kept in a table across texts. Tokens share the word's strings, which
 * are internalised: no string is built per token for a known word, and every key the recognisers compare has
 * one string shape (V8 otherwise deoptimises again and again on sliced, cons and thin strings).
 */
export interface Word {
  text: string;
  key: string;
  cap: boolean;
  upper: boolean;
  lower: boolean;
  hasDigit: boolean;
  alpha: boolean;
  /** Class bits for the resources in `owner` (lookup-cache.ts); recomputed when another redactor asks. */
  f: number;
  owner: unknown;
  /** key.length and key.charCodeAt(0), kept on the word so a per-token pre-filter (KeyLengths.hasWord in
   * known.ts) need not load the key string itself (a cache miss per token). */
  klen: number;
  k0: number;
}

/**
 * The same string, internalised by V8: a property key of an object is, except an array index ("2024"), which
 * JSON.parse internalises instead (it does for short string values).
 */
export function intern(s: string): string {
  if (s.length <= 10 && isDigits(s)) return JSON.parse(`"${s}"`) as string;
  // (an object without a prototype starts in dictionary mode: adding a key to an object literal `{}` instead
  // adds a transition to the literal's shared hidden class for every new word, which made this function 5×
  // slower and a tenth of a cold batch's main-thread time)
  const o = Object.create(null) as Record<string, number>;
  o[s] = 0;
  for (const k in o) return k;
  return s;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

const MIN_BITS = 12;
/**
 * (2^17 slots, 65,536 words: a batch of all 1,482 distinct notes of the test sets has 21,730 distinct words, and
 * at 2^15 the table started again empty once or twice a pass, so that every pass built most words anew: that
 * batch ran 17–20 % faster with the larger table. It costs 3 MB of slots at most, and only a batch with that
 * many words grows it.)
 */
const MAX_BITS = 17;
/** At the largest size, the table starts again empty when it holds this many words. */
export const TABLE_LIMIT = 1 << (MAX_BITS - 1);
/**
 * The table: per slot, four int32 in one array: the word's hash, its length (0 = empty slot), and either (a
 * packed word: up to PACKED_MAX ASCII letters and digits) the word packed as wordEnd packs it, high then low
 * part, or where its code units start in one contiguous pool and -1, so a probe reads one cache line and
 * compares two numbers or against the pool, touching the Word object only on a match (a pointer chase per
 * token into scattered Word objects and their strings was half the cost of tokenising). The table starts small
 * and doubles at three quarters full (up to 2^MAX_BITS slots): the few thousand words of a typical workload then
 * sit in a few dense cache lines instead of being scattered over a 32,768-slot table (the probes are cache
 * misses).
 */
let bits = MIN_BITS;
let mask = (1 << bits) - 1;
let slots = new Int32Array(4 << bits);
const POOL_SIZE = 1 << 20;
const pool = new Uint16Array(POOL_SIZE);
let poolUsed = 0;
/** (filled by push: `new Array(n)` this large would be a slow dictionary-mode array) */
function emptySlots(n: number): (Word | undefined)[] {
  const a: (Word | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}
let slotWord = emptySlots(1 << bits);
let words = 0;

/** Doubles the table, moving every word to its slot in the larger one (the pool stays as it is). */
function grow(): void {
  const old = slots;
  const oldWords = slotWord;
  bits++;
  mask = (1 << bits) - 1;
  slots = new Int32Array(4 << bits);
  slotWord = emptySlots(1 << bits);
  for (let s = 0; s < oldWords.length; s++) {
    const l = old[4 * s + 1]!;
    if (l === 0) continue;
    const h = old[4 * s]!;
    const slot = freeSlot(h);
    slots[4 * slot] = h;
    slots[4 * slot + 1] = l;
    slots[4 * slot + 2] = old[4 * s + 2]!;
    slots[4 * slot + 3] = old[4 * s + 3]!;
    slotWord[slot] = oldWords[s];
  }
}

/**
 * The first empty slot for hash h. (One function for moving the words when the table grows and for placing the new
 * word after: its loop has run thousands of times by then, where a loop of wordAt's own first ran after wordAt was
 * optimised and threw that code away.)
 */
function freeSlot(h: number): number {
  let slot = (h ^ (h >>> bits)) & mask;
  while (slots[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
  return slot;
}

function newWord(text: string, start: number, end: number): Word {
  const base = intern(text.slice(start, end));
  let letters = 0;
  let uppers = 0;
  let lowers = 0;
  let hasDigit = false;
  let ascii = true;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) ascii = false;
    const v = c < 128 ? UNIT[c]! : unitClass(c);
    if (v & L) {
      letters++;
      if (v & UP) uppers++;
      else if (v & LO) lowers++;
    } else if (v & N) hasDigit = true;
  }
  const upper = letters >= 2 && uppers === letters;
  // (the loop has classified the first code unit: UNIT holds its class, whatever it is; a separate unitClass call
  // here was first reached by a word starting beyond ASCII, after newWord was optimised, and threw that code away)
  const cap = (UNIT[text.charCodeAt(start)]! & UP) !== 0 && (!upper || letters === 1);
  const key = ascii ? (uppers ? intern(base.toLowerCase()) : base) : intern(fold(base));
  // (k0 is 0, not NaN, for an empty key — a lone mark such as the emoji selector U+FE0F folds to nothing: a NaN would
  // turn the field from a small integer into a heap number, and every optimised function that reads a word would
  // be thrown away and compiled again)
  return { text: base, key, cap, upper, lower: letters > 0 && lowers === letters, hasDigit, alpha: letters > 0 && !hasDigit, f: 0, owner: undefined, klen: key.length, k0: key.length > 0 ? key.charCodeAt(0) : 0 };
}

/**
 * The word of text[start, end), ASCII letters and digits with at least one digit ("2024", "07700", "L6", "2pm"),
 * whose class bits are `bits` (L when it has a letter): not kept in the table (see tokenize), with the
 * features newWord gives.
 */
function numberWord(text: string, start: number, end: number, bits: number): Word {
  const s = text.slice(start, end);
  if ((bits & L) === 0) return { text: s, key: s, cap: false, upper: false, lower: false, hasDigit: true, alpha: false, f: 0, owner: undefined, klen: s.length, k0: s.charCodeAt(0) };
  let letters = 0;
  let uppers = 0;
  for (let j = start; j < end; j++) {
    const v = UNIT[text.charCodeAt(j)]!;
    if (v & L) {
      letters++;
      if (v & UP) uppers++;
    }
  }
  const upper = letters >= 2 && uppers === letters;
  const key = uppers ? s.toLowerCase() : s;
  const cap = (UNIT[s.charCodeAt(0)]! & UP) !== 0 && (!upper || letters === 1);
  return { text: s, key, cap, upper, lower: uppers === 0, hasDigit: true, alpha: false, f: 0, owner: undefined, klen: key.length, k0: key.charCodeAt(0) };
}

/**
 * The word of text[start, end), from the table (hash of its code units) or new. `h` is the hash of the code
 * units from start to `from` (FNV_BASIS when from = start); the rest are hashed here, then the length.
 */
function wordAt(text: string, start: number, end: number, h: number, from: number): Word {
  for (let j = from; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
  const len = end - start;
  h = Math.imul(h ^ len, FNV_PRIME);
  // (the word is wordEnd's packed ASCII letters and digits: equal only to a packed word, equal when the packs are)
  const packed = from === end && len <= PACKED_MAX;
  let slot = (h ^ (h >>> bits)) & mask;
  for (;;) {
    const x = 4 * slot;
    const l = slots[x + 1]!;
    if (l === 0) break;
    if (l === len && slots[x] === h) {
      const lo = slots[x + 3]!;
      if (packed ? lo === packedLo && slots[x + 2] === packedHi : lo < 0 ? samePooled(text, start, len, slots[x + 2]!) : samePacked(text, start, len, slots[x + 2]!, lo)) return slotWord[slot]!;
    }
    slot = (slot + 1) & mask;
  }
  if (words >= TABLE_LIMIT || poolUsed + len > POOL_SIZE) {
    slots.fill(0); // (length 0 marks an empty slot)
    slotWord.fill(undefined); // let the old words go
    words = 0;
    poolUsed = 0;
    slot = (h ^ (h >>> bits)) & mask;
  } else if (words >= (3 << bits) >> 2 && bits < MAX_BITS) {
    grow();
    slot = freeSlot(h);
  }
  const w = newWord(text, start, end);
  if (len <= PACKED_MAX && pack(text, start, end)) {
    slots[4 * slot] = h;
    slots[4 * slot + 1] = len;
    slots[4 * slot + 2] = packHi;
    slots[4 * slot + 3] = packLo;
    slotWord[slot] = w;
    words++;
  } else if (len <= POOL_SIZE) {
    for (let j = 0; j < len; j++) pool[poolUsed + j] = text.charCodeAt(start + j);
    slots[4 * slot] = h;
    slots[4 * slot + 1] = len;
    slots[4 * slot + 2] = poolUsed;
    slots[4 * slot + 3] = -1;
    slotWord[slot] = w;
    poolUsed += len;
    words++;
  }
  return w;
}

/** Whether the word's code units equal the len in the pool from `o`. */
function samePooled(text: string, start: number, len: number, o: number): boolean {
  let j = 0;
  while (j < len && pool[o + j] === text.charCodeAt(start + j)) j++;
  return j === len;
}

/**
 * Whether the word's code units equal those of a packed word of the same length (code unit j at 7 * (len - 1 - j)
 * bits from the low end of the pair).
 */
function samePacked(text: string, start: number, len: number, hi: number, lo: number): boolean {
  for (let j = 0; j < len; j++) {
    const back = len - 1 - j;
    const c = back < 4 ? (lo >>> (7 * back)) & 127 : (hi >>> (7 * (back - 4))) & 127;
    if (text.charCodeAt(start + j) !== c) return false;
  }
  return true;
}

/** Set by pack: the word packed as wordEnd packs it. */
let packHi = 0;
let packLo = 0;
/** Packs text[start, end) into packHi and packLo if it is only ASCII letters and digits (else false). */
function pack(text: string, start: number, end: number): boolean {
  let hi = 0;
  let lo = 0;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128 || (UNIT[c]! & 7) === 0) return false;
    hi = ((hi << 7) | (lo >>> 21)) & 0xfffffff;
    lo = ((lo << 7) | c) & 0xfffffff;
  }
  packHi = hi;
  packLo = lo;
  return true;
}

/** Gaps of one or two ASCII characters (" ", ", ", ". ", "\n") as internalised strings, by their codes. */
const GAPS: (string | undefined)[] = [];
for (let i = 0; i < 128 * 129; i++) GAPS.push(undefined);
function gapOf(text: string, from: number, to: number): string {
  const n = to - from;
  if (n === 0) return '';
  if (n <= 2) {
    const c = text.charCodeAt(from);
    // (the commonest gap, a single space, without a load from the 16,512-entry table)
    if (c === 32 && n === 1) return ' ';
    const d = n === 2 ? text.charCodeAt(from + 1) : 128;
    if (c < 128 && d <= 128) {
      const k = c * 129 + d;
      let g = GAPS[k];
      if (g === undefined) {
        g = intern(text.slice(from, to));
        GAPS[k] = g;
      }
      return g;
    }
  }
  return text.slice(from, to);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    // (ASCII space and punctuation skipped inline; cpClass only for other code units)
    const c = text.charCodeAt(i);
    if (c < 128 ? (UNIT[c]! & 7) === 0 : cpClass(text, i) === 0) {
      i += c < 128 ? 1 : cpLen;
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    i = end;
    let baseEnd = end;
    // (a possessive's apostrophe ends the leading ASCII letters and digits: none when they are the whole token)
    if (hashedTo !== end && end - start > 2) {
      const q = text.charCodeAt(end - 2);
      const l = text.charCodeAt(end - 1);
      if ((q === 39 || q === 8217) && (l === 115 || l === 83)) baseEnd = end - 2;
    }
    // (a number is a word of its own, outside the table: dates, times, phone numbers and references are mostly
    // new from note to note, and a batch of notes would otherwise fill the table with them, pushing the
    // ordinary words out of the processor's cache and, past TABLE_LIMIT, out of the table; the hash of the
    // leading ASCII letters and digits from wordEnd serves unless they run past a possessive's start)
    const w = hashedTo === end && (asciiBits & N) !== 0 ? numberWord(text, start, end, asciiBits) : hashedTo <= baseEnd ? wordAt(text, start, baseEnd, hashed, hashedTo) : wordAt(text, start, baseEnd, FNV_BASIS, start);
    out.push(new Token(start, end, baseEnd, isSentenceStart(text, start, out.length === 0), gapOf(text, prevEnd, start), out.length, 0, w));
    prevEnd = end;
  }
  return out;
}

function isSentenceStart(text: string, start: number, first: boolean): boolean {
  let i = start - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    // space, tab, " “ ‘ ' ( [ * _
    if (c === 32 || c === 9 || c === 34 || c === 8220 || c === 8216 || c === 39 || c === 40 || c === 91 || c === 42 || c === 95) {
      i--;
      continue;
    }
    if (c === 10 || c === 13) return true;
    // . ! ? : ; • – — - > |
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 8226 || c === 8211 || c === 8212 || c === 45 || c === 62 || c === 124) {
      // "St. Luke's", "Dr. Patel", "Mrs. Johnson": the full stop of an abbreviated title does not end a sentence.
      if (c === 46) {
        // (the run is sliced only at two to four code units, the lengths of the abbreviations: a single letter
        // is an initial, and toLowerCase never shortens a string)
        const j = letterRunBefore(text, i);
        if (j >= 0 && (i - j === 1 || (i - j <= 4 && isAbbreviation(text, j, i)))) return false;
      }
      return true;
    }
    return false;
  }
  return first;
}

/**
 * ABBREVIATIONS.has(text.slice(j, i).toLowerCase()) for a run of two to four letters: ASCII letters are folded
 * by char code (c | 32) and packed into one number for ABBREVIATION_CODES, with no string built; a run with any
 * other code unit takes the string path (toLowerCase of a non-ASCII letter can give an ASCII one, "K" → "k").
 */
function isAbbreviation(text: string, j: number, i: number): boolean {
  let code = 0;
  for (let k = j; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return ABBREVIATIONS.has(text.slice(j, i).toLowerCase());
    code = code * 128 + (c | 32); // (the run holds only letters: c | 32 is the lower case)
  }
  return ABBREVIATION_CODES.has(code);
}

/**
 * Where the letters just before the full stop at `dot` start, within the 7 code units before it, when they
 * follow a non-letter other than an apostrophe or reach the start of that window (else -1): as the regex
 * /(?:^|[^\p{L}'’])([\p{L}]+)\.$/u on text.slice(dot - 7, dot + 1).
 */
function letterRunBefore(text: string, dot: number): number {
  const lo = Math.max(0, dot - 7);
  let j = dot;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo) {
      const h = text.charCodeAt(j - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (RE_L.test(text.slice(j - 2, j))) {
          j -= 2;
          continue;
        }
        break;
      }
    }
    if ((c < 128 ? UNIT[c]! : unitClass(c)) & L) {
      j--;
      continue;
    }
    break;
  }
  if (j === dot) return -1;
  if (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c === 39 || c === 8217) return -1;
  }
  return j;
}

/** Index of the first token starting at or after `pos` in [lo, hi) (tokens are sorted by start). */
export function firstTokenAt(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

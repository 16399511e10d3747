// The gazetteers hold about 250,000 words; a look-up in a set that large misses the CPU cache. A token's
// key is looked up in several of them and in the cue lists, and the same words recur from note to note, so
// the redactor asks this small cache instead: one bit mask per word (classes.ts), computed once from the
// large sets and the cue lists, and stored on each token (Token.f) once per text.
import { codeAt, isAsciiLower } from './chars.js';
import * as C from './classes.js';
import { NOT_INITIAL_BEFORE } from './known.js';
import {
  ACRONYMS,
  CALENDAR_WORDS,
  CHAT_WORDS,
  GREETING_WORDS,
  CLIENT_WORDS,
  COLLEAGUE_WORDS,
  CONNECTORS,
  DOMAIN_WORDS,
  KIN_WORDS,
  NAME_LABELS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PUBLIC_TERMS,
  RELATION_WORDS,
  STREET_SUFFIXES,
  TITLES,
  WORD_NAMES,
  WORD_SURNAMES,
} from './lexicon.js';
import { ID_CUE_WORDS, UNIT_WORDS } from './patterns.js';
import type { Token } from './tokens.js';
import type { DeidResources } from './types.js';

const LIMIT = 200_000;

const LISTS: [ReadonlySet<string>, number][] = [
  [WORD_NAMES, C.WORD_NAME],
  [CALENDAR_WORDS, C.CALENDAR],
  [PUBLIC_TERMS, C.PUBLIC_TERM],
  [CHAT_WORDS, C.COMMON],
  [GREETING_WORDS, C.COMMON],
  [TITLES, C.TITLE],
  [RELATION_WORDS, C.RELATION],
  [ORG_SUFFIXES, C.ORG_SUFFIX],
  [ORG_PREFIXES, C.ORG_PREFIX],
  [COLLEAGUE_WORDS, C.COLLEAGUE],
  [NAME_LABELS, C.NAME_LABEL],
  [DOMAIN_WORDS, C.DOMAIN],
  [ACRONYMS, C.ACRONYM],
  [KIN_WORDS, C.KIN],
  [CONNECTORS, C.CONNECTOR],
  [PLACE_PREPOSITIONS, C.PLACE_PREP],
  [STREET_SUFFIXES, C.STREET_SUFFIX],
  [PLACE_SUFFIXES, C.PLACE_SUFFIX],
  [ID_CUE_WORDS, C.ID_CUE],
  [UNIT_WORDS, C.UNIT],
  [NOT_INITIAL_BEFORE, C.NOT_INITIAL_BEFORE],
  [CLIENT_WORDS, C.CLIENT_WORD],
  [WORD_SURNAMES, C.WORD_SURNAME],
];

/**
 * Endings of medicines' international non-proprietary names (the WHO's INN stems): "-azepam", "-zosin", "-pril",
 * "-sartan", "-olol", "-oxetine", "-statin", "-mab", "-cycline", "-prazole", "-piprazole" … Only for words no list
 * knows, so a person's name with such an ending in a gazetteer is unaffected.
 */
const DRUG_STEM = /(?:azepam|azolam|zosin|pril|sartan|olol|dipine|oxetine|xetine|alopram|triptyline|statin|mab|cycline|cillin|floxacin|prazole|tidine|afil|gliptin|formin|azepine|peridone|piprazole|barbital|codone|morphone|profen|fenac|setron|lukast|terol|dronate|vudine|navir|conazole|mycin|parin|xaban|gatran|semide|thiazide|tropin|zodone|pramine|faxine|lozapine|lanzapine|quetiapine|tiapine|gabalin|pentin|triptan|trigine|racetam|phenidate|fetamine|etamine|xamine)$/;

/** The small cue lists merged into one map: word → its cue bits. */
const CUES = new Map<string, number>();
/**
 * One bit per pair of first two code units of the cues (both ASCII; the second 0 for a one-unit cue), at
 * c0 * 128 + c1. (A number's key is looked up afresh for each token: this refuses almost all of them from
 * 2 KB that stay in the CPU cache, where the map of a couple of thousand cues cost a cache miss or two.)
 */
const CUE_PAIRS = new Int32Array(512);
for (const [set, bit] of LISTS) {
  for (const w of set) {
    CUES.set(w, (CUES.get(w) ?? 0) | bit);
    const x = pairIndex(w);
    if (x >= 0) CUE_PAIRS[x >> 5]! |= 1 << (x & 31);
  }
}

/** c0 * 128 + c1 for a key whose first two code units are ASCII (c1 = 0 for a key of one), else -1 (empty too). */
function pairIndex(k: string): number {
  if (k.length === 0) return -1;
  const c0 = k.charCodeAt(0);
  const c1 = k.length > 1 ? k.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? c0 * 128 + c1 : -1;
}

/** CUES.get(k) ?? 0, refusing from CUE_PAIRS first the keys no cue starts like. */
function cueBits(k: string): number {
  const x = pairIndex(k);
  if (x >= 0 && (CUE_PAIRS[x >> 5]! & (1 << (x & 31))) === 0) return 0;
  return CUES.get(k) ?? 0;
}

export interface CachedResources extends DeidResources {
  /** The class bits of a folded word (classes.ts), without KNOWN. */
  flags(k: string): number;
  /** Sets Token.f on every token. */
  classify(tokens: readonly Token[]): void;
}

function view(flags: (k: string) => number, bit: number): ReadonlySet<string> {
  // Only `has` is used by the engine; the rest of the Set interface is not needed.
  return { has: (k: string) => (flags(k) & bit) !== 0 } as unknown as ReadonlySet<string>;
}

export function cachedResources(res: DeidResources): CachedResources {
  const cache = new Map<string, number>();
  const lookUp = (k: string): number => {
    const f =
      (res.givenNames.has(k) ? C.GIVEN : 0) |
      (res.surnames.has(k) ? C.SURNAME : 0) |
      (res.commonWords.has(k) ? C.COMMON : 0) |
      (res.rareWords.has(k) ? C.RARE : 0) |
      (res.placeNames.has(k) ? C.PLACE : 0) |
      (res.publicNames.has(k) ? C.PUBLIC_NAME : 0) |
      cueBits(k);
    // a word no list knows with the stem of a medicine's international name is a medicine ("prazosin")
    // (every stem ends in a lower-case ASCII letter: a key ending otherwise, such as a number, needs no regex scan)
    if (f === 0 && k.length >= 5 && k.includes('-') && givenParts(k)) return C.GIVEN;
    return f === 0 && k.length >= 7 && isAsciiLower(k.charCodeAt(k.length - 1)) && DRUG_STEM.test(k) ? C.DOMAIN : f;
  };
  // ("Lily-Mae", "Kacey-Leigh", "Ava-Rose": a compound no list knows whose parts are all given names is one)
  const givenParts = (k: string): boolean => {
    const parts = k.split('-');
    if (parts.length > 3) return false;
    for (let i = 0; i < parts.length; i++) if (parts[i]!.length < 2 || !res.givenNames.has(parts[i]!)) return false;
    return true;
  };
  const flags = (k: string): number => {
    // (a key starting with a digit is looked up afresh: numbers are mostly new from note to note, and kept they
    // would fill the cache; the look-ups are quick for them, as no list has many words starting with a digit)
    const c = codeAt(k, 0);
    if (c >= 48 && c <= 57) return lookUp(k);
    let f = cache.get(k);
    if (f === undefined) {
      f = lookUp(k);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(k, f);
    }
    return f;
  };
  const owner = {};
  return {
    givenNames: view(flags, C.GIVEN),
    surnames: view(flags, C.SURNAME),
    commonWords: view(flags, C.COMMON),
    rareWords: view(flags, C.RARE),
    placeNames: view(flags, C.PLACE),
    publicNames: view(flags, C.PUBLIC_NAME),
    publicPhraseStarts: res.publicPhraseStarts,
    nicknames: res.nicknames,
    flags,
    classify(tokens) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const w = t.word;
        if (w.owner !== owner) {
          w.f = flags(w.key);
          w.owner = owner;
        }
        t.f = w.f;
      }
    },
  };
}

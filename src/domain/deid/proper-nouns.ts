// The "model": finds names of people, organisations and places the case does not know, from gazetteers
// (given names, surnames, places) and context cues (titles, relationship words, labels, org and street words).
import * as C from './classes.js';
import { fold } from './fold.js';
import {
  ACRONYMS,
  DOMAIN_WORDS,
  ORG_SUFFIXES,
  PUBLIC_PHRASES,
  PUBLIC_TERMS,
  NAME_PARTICLES,
  UNIVERSITY_LETTERS,
  EMPLOYER_BRAND_NAMES,
} from './lexicon.js';
import { NOT_INITIAL_BEFORE } from './known.js';
import { span, type Kind, type Span } from './span.js';
import type { Token } from './tokens.js';
import type { DeidResources } from './types.js';
import { acronymWithEnding, codeAt, isAsciiDigit, isSpace, isDottedInitials } from './chars.js';
import { DETERMINERS, GREETINGS, HONORIFICS, LOWER_HONORIFICS, INITIALS, ampBefore, gradeLetter, IRREGULAR_PAST, NOT_INITIALS, PERSON_STATES, PERSON_VERBS, POSSESSIVES, ROLE_WORDS, SOCIAL_CUES, STATE_ABBRS, DEGREE_STATES, lastBeforeSpace, lineStartAt, nextToken, noListKnows, andFamilyAfter, kinAfter, personActionAfter, personStateAfter, personVerbAfter, prevToken, says } from './cues.js';
import { attendanceLists, chatSpeakers, childrenWithAges, closingLineName, NICKNAME_PREFIXES, dictatedBy, DICTATED_BY, FAMILY_NOUNS, lowerCaseTowns, familyInitials, lowerCaseEmployers, lowerCaseOrganisations, lowerCaseNames, lowerCasePlaces, signOff } from './informal.js';
import { acronymOrgRule, bracketedRoleRule, employerRule, eponymRun, localServiceRule } from './context-rules.js';
import type { Run, Strength } from './run.js';
import { STATE_ABBR, WEEKDAY_KEYS } from './patterns.js';

const WORDY_SUFFIX = /(?:ical|ology|ologist|ence|ance|ment|ness|tion|sion|ising|izing|ised|ized|ity|ive|ous|ism|ist|ful|less|able|ible|ship|hood|ings?|ally|ated|ator)$/;
/** The phrases as tokens' keys read them: a possessive's "'s" is not part of a key ("Clare's Law" → "clare law"). */
const PUBLIC_PHRASE_KEYS = PUBLIC_PHRASES.map((p) => p.replace(/['’]s\b/g, ''));
const PUBLIC_PHRASE_SET = new Set(PUBLIC_PHRASE_KEYS);
const PUBLIC_BY_FIRST = new Map<string, string[][]>();
for (const p of PUBLIC_PHRASE_KEYS) {
  const words = p.split(' ');
  PUBLIC_BY_FIRST.set(words[0]!, [...(PUBLIC_BY_FIRST.get(words[0]!) ?? []), words]);
}

/** Whether the tokens' keys are exactly a public phrase. */
function publicPhrase(toks: readonly Token[]): boolean {
  if (!PUBLIC_BY_FIRST.has(toks[0]!.key)) return false;
  let phrase = toks[0]!.key;
  for (let i = 1; i < toks.length; i++) phrase += ` ${toks[i]!.key}`;
  return PUBLIC_PHRASE_SET.has(phrase);
}

/** "Universal Credit payment": a public name followed by at most one ordinary word. */
function publicPrefix(keys: readonly string[], strengths: readonly Strength[]): boolean {
  const candidates = PUBLIC_BY_FIRST.get(keys[0]!);
  if (candidates === undefined) return false;
  for (let c = 0; c < candidates.length; c++) {
    const words = candidates[c]!;
    if (keys.length < words.length || keys.length > words.length + 1) continue;
    if (startsWithWords(keys, words) && !hasStrengthFrom(strengths, words.length, 'name')) return true;
  }
  return false;
}

function startsWithWords(keys: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (keys[i] !== words[i]) return false;
  return true;
}

// (keys never contain "," — a token has no comma — so those alternatives of the old regexes could not match)
const NAMING_WORDS = new Set(['is', 'was', 'named', 'called', 'known', 'as', 'only', 'prefers', 'the']);
const BRIDGE_WORDS = new Set(['is', 'was', 'named', 'called', 'known', 'only', 'as', 'prefers', 'to', 'be', 'referred', 'also', 'spelled', 'spelt', 'her', 'his', 'their', 'my', 'our']);
/** /["“‘'(]\s*$/: an opening quote or bracket, then only whitespace. */
function quoteOpens(gap: string): boolean {
  const c = lastBeforeSpace(gap);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40;
}

export interface ProperNounContext {
  res: DeidResources;
  /** Folded name parts the case already knows (always strong). */
  knownKeys: ReadonlySet<string>;
}

function strength(t: Token, ctx: ProperNounContext): Strength {
  const k = t.key;
  const f = t.f;
  if (t.hasDigit) return 'number';
  if (f & C.KNOWN && !(f & C.COMMONISH)) return 'name';
  // (a word not in capitals, and not an "Abi" below, with a bit that makes it 'common' further down — a domain,
  // relation, label, title or organisation word, or an ordinary word that is no calendar or public word — is
  // 'common' whatever the acronym test says, which answers 'common' too: decided by bits, without reading its
  // characters)
  if (!t.upper && !(f & C.ACRONYM && f & C.GIVEN && t.cap && k.length >= 3)) {
    if (f & (C.DOMAIN | C.RELATION | C.NAME_LABEL | C.TITLE | C.ORG_SUFFIX)) return 'common';
    if (f & C.COMMONISH && !(f & (C.CALENDAR | C.PUBLIC_TERM | C.PUBLIC_NAME))) return 'common';
  }
  // ("PRs", "UAs", "HGVs": an acronym's plural; "CoE", "DfE", "MoJ": an acronym with a small letter; "RN-to-BSN")
  // (the regex only when the second or third character is a capital: most words fail that)
  if (t.end - t.start <= 12 && t.end - t.start >= 2 && secondOrThirdUpper(t) && ACRONYM_LIKE.test(t.text)) return 'common';
  if (t.upper) return 'acronym';
  // ("Abi", "Ada": a given name written in title case, whose capitals are an acronym, "ABI", "ADA")
  if (f & C.ACRONYM && f & C.GIVEN && t.cap && k.length >= 3) return 'name';
  if (f & (C.DOMAIN | C.RELATION | C.NAME_LABEL | C.TITLE | C.ORG_SUFFIX)) return 'common'; // (both 'common': the bit test first)
  if (contraction(k)) return 'common';
  if (f & (C.CALENDAR | C.PUBLIC_TERM | C.PUBLIC_NAME)) return 'public';
  if (f & C.COMMONISH) return 'common';
  if (k.includes('-')) {
    const parts = k.split('-');
    if (parts.every((p) => ctx.res.commonWords.has(p) || ctx.res.rareWords.has(p) || PUBLIC_TERMS.has(p) || ctx.res.publicNames.has(p) || ACRONYMS.has(p) || DOMAIN_WORDS.has(p) || p.length < 2)) {
      return parts.every((p) => ctx.res.givenNames.has(p) || ctx.res.surnames.has(p)) && t.cap ? 'name' : 'common';
    }
    if (ACRONYMS.has(parts[0]!) && /^[A-Z]{2,}-/.test(t.text)) return 'acronym';
    // ("Pell-eligible", "RCVS-approved", "Kickstart-style": a last part in lower case that is an English word makes
    // a compound word, not a double-barrelled name)
    if (lowerWordPart(t.text, ctx)) return 'common';
    return 'name';
  }
  if (f & (C.GIVEN | C.SURNAME | C.PLACE)) return 'name';
  if (f & C.RARE) return 'word';
  if (k.length >= 8 && WORDY_SUFFIX.test(k)) return 'word';
  // ("Rebooked for Sat", "Reapplied in May": "re" and an ordinary word is a verb, no name)
  if (k.length >= 7 && k.charCodeAt(0) === 114 && k.charCodeAt(1) === 101 && ctx.res.commonWords.has(k.slice(2))) return 'word';
  return 'name';
}


/** Whether the token's second or third character is an ASCII capital ("PRs", "CoE", "RN-to-BSN"). */
function secondOrThirdUpper(t: Token): boolean {
  const w = t.word.text;
  const c1 = codeAt(w, 1);
  if (c1 >= 65 && c1 <= 90) return true;
  const n = w.length;
  if (n === 2) return c1 === 115;
  const c2 = codeAt(w, 2);
  return n === 3 && c2 >= 65 && c2 <= 90;
}
/** An acronym's or a grade's plural ("Fs"), an acronym with one small letter inside, or acronyms joined by a lower-case word. */
const ACRONYM_LIKE = /^(?:[A-Z]{2,}s|[A-G]s|(?!Mc)[A-Z][a-z][A-Z]|[A-Z]{2,}-(?:to|and|or|in|of)-[A-Z]{2,})$/;

/**
 * Whether the last part of a hyphenated word is written in lower case and is an English word ("Pell-eligible");
 * not a lower-case part inside a place's name, "Sutton-in-Ashfield", "Weston-super-Mare".
 */
function lowerWordPart(text: string, ctx: ProperNounContext): boolean {
  const p = text.slice(text.lastIndexOf('-') + 1);
  if (!(p.length > 1 && p === p.toLowerCase() && p !== p.toUpperCase() && (ctx.res.commonWords.has(p) || ctx.res.rareWords.has(p)))) return false;
  // (not after a given name that is no word and no place: "Jae-won", "Min-jun", "Ka-man" are given names whose last
  // syllable happens to be an English word)
  const first = fold(text.slice(0, text.indexOf('-')));
  return !(ctx.res.givenNames.has(first) && !ctx.res.commonWords.has(first) && !ctx.res.placeNames.has(first) && !ctx.res.publicNames.has(first));
}

/** Whether k ends in a contraction ("they'd", "we'll", "I'm", "you're", "I've", "don't"): /['’](?:d|ll|m|re|ve|t)$/. */
function contraction(k: string): boolean {
  const n = k.length;
  if (n < 2) return false;
  const c = k.charCodeAt(n - 1);
  // 'd, 'm, 't
  if (c === 100 || c === 109 || c === 116) return isApostrophe(k.charCodeAt(n - 2));
  // 'll, 're, 've
  if (n < 3) return false;
  const b = k.charCodeAt(n - 2);
  if ((c === 108 && b === 108) || (c === 101 && (b === 114 || b === 118))) return isApostrophe(k.charCodeAt(n - 3));
  return false;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 8217;
}

/** A name the gazetteers or the case know (not just an unknown capitalised word). */
function gazetteerName(t: Token): boolean {
  return (t.f & (C.KNOWN | C.GIVEN | C.SURNAME | C.PLACE)) !== 0;
}

/** Whether any of toks[from..] has one of the word-class bits in mask. */
function anyHas(toks: readonly Token[], from: number, mask: number): boolean {
  for (let i = from; i < toks.length; i++) if ((toks[i]!.f & mask) !== 0) return true;
  return false;
}

/** Whether strengths[from..] includes s. */
function hasStrengthFrom(strengths: readonly Strength[], from: number, s: Strength): boolean {
  for (let i = from; i < strengths.length; i++) if (strengths[i] === s) return true;
  return false;
}

/**
 * Splits a run where it holds more than one name: before a title, at "and"/"&", at "of" after a person.
 * (The part being built is always toks[cs..i), so it is kept as a range, and a part is copied out only when it
 * is not the whole run.)
 */
function splitRun(toks: Token[], ctx: ProperNounContext): Token[][] {
  if (toks.length === 1) return [toks]; // a run starts with a capitalised token, so nothing to split or trim
  const out: Token[][] = [];
  let cs = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (i > cs) {
      const prevT = toks[i - 1]!;
      // "Robin & Sky" are two people; "Park & Whitley" is a firm.
      // (the word classes before the gap's characters)
      const amp = (t.f & (C.GIVEN | C.KNOWN)) !== 0 && (prevT.f & (C.GIVEN | C.KNOWN)) !== 0 && hasAmpOrPlus(t.gap);
      const isAnd = (t.key === 'and' && t.lower) || amp;
      // (a title word after an honorific is a surname: "Mr Major", "Mrs Bishop")
      // ("Bradford Youth Justice Service": not before an organisation word, which makes the whole one name)
      // ("Reggie Major", "Tom Bishop": a title word last, after a given name, is a surname)
      const titleHere = ((t.f & C.TITLE) !== 0) && (t.cap || t.upper) && !((t.f & C.ORG_PREFIX) !== 0) && !((prevT.f & C.ORG_SUFFIX) !== 0) && prevT.key !== 'our' && !HONORIFICS.has(prevT.key) && !(t.cap && anyHas(toks, i + 1, C.ORG_SUFFIX)) && !(t.cap && i === toks.length - 1 && (prevT.f & C.GIVEN) !== 0 && !(prevT.f & (C.TITLE | C.RELATION)) && prevT.cap) && !(i === toks.length - 1 && (t.f & C.STREET_SUFFIX) !== 0) && !inNativeOrgName(toks[cs]!);
      const initialThenWord = prevT.text.length === 1 && (t.f & (C.COMMON | C.CALENDAR)) !== 0 && dotThenSpace(t.gap);
      if (initialThenWord) {
        pushTrimmed(toks, cs, i, out);
        cs = i;
        continue;
      }
      // ("Dean of Students": not inside a public phrase)
      // ("St Mary Star of the Sea": not before an article, which makes it one name — unless a surname ends the
      // part before it: "Major Smith of the Salvation Army")
      const ofAfterPerson = t.key === 'of' && t.lower && (!(i + 1 < toks.length && toks[i + 1]!.lower && NAME_ARTICLES.has(toks[i + 1]!.key)) || (toks[i - 1]!.f & (C.SURNAME | C.WORD_SURNAME | C.KNOWN)) !== 0) && anyIn(toks, cs, i, C.GIVEN | C.KNOWN) && !anyIn(toks, cs, i, C.ORG_SUFFIX) && toks[cs]!.key !== 'our' && !publicPhraseFrom(toks, cs);
      // (an "and" with an organisation word after it is part of the organisation's name)
      // ("Hartcliffe Academy and Bedminster Down School", "University of Huddersfield and University of Bradford": but
      // two organisations when each side has its own organisation word)
      if ((isAnd && (!anyHas(toks, i + 1, C.ORG_SUFFIX) || (t.key === 'and' && twoOrganisations(toks, cs, i)))) || titleHere || ofAfterPerson) {
        pushTrimmed(toks, cs, i, out);
        cs = t.key === 'and' || t.key === 'of' ? i + 1 : i;
        continue;
      }
    }
  }
  if (toks.length > cs) pushTrimmed(toks, cs, toks.length, out);
  return out;
}

/**
 * ("on Riverside Dr": a title word last in the run that is also a street's word titles nobody; "Ysgol Bro Taf": after a
 * Welsh, Irish or Māori word for a school, a chapel or a college, "Bro" is a word of the name)
 */
function inNativeOrgName(first: Token): boolean {
  return (first.f & C.ORG_PREFIX) !== 0 && first.key !== 'the' && first.key !== 'st' && first.key !== 'saint' && first.key !== 'hmp';
}

/** Whether toks[a..] starts with a public phrase ("Dean of Students …"). */
export function publicPhraseFrom(toks: readonly Token[], a: number): boolean {
  if (!PUBLIC_BY_FIRST.has(toks[a]!.key)) return false;
  let phrase = toks[a]!.key;
  for (let j = a + 1; j < toks.length && j < a + 6; j++) {
    phrase += ' ' + toks[j]!.key;
    if (PUBLIC_PHRASE_SET.has(phrase)) return true;
  }
  return false;
}

/** A word for a shop, a café or a local charity among toks[from..] ("Rosie's Diner", "Hulme Women's Aid"). */
function businessAfter(toks: readonly Token[], from: number): boolean {
  for (let q = from; q < toks.length; q++) if (BUSINESS_WORDS.has(toks[q]!.key)) return true;
  return false;
}
const BUSINESS_WORDS = new Set(['diner', 'kitchen', 'bar', 'grill', 'cafe', 'café', 'bakery', 'salon', 'barbers', 'barber', 'takeaway', 'taqueria', 'taquería', 'restaurant', 'deli', 'pizza', 'pizzeria', 'collision', 'garage', 'motors', 'autos', 'auto', 'repairs', 'aid', 'place', 'house', 'bistro', 'pub', 'inn', 'tavern', 'store', 'market', 'mart', 'nails', 'spa', 'studio', 'gym', 'landscaping', 'plumbing', 'construction', 'cleaning', 'catering']);

/**
 * Whether "and" at toks[i] joins two organisations' names: the part before it ends in a word that ends a school's, a
 * hospital's or a shop's name ("Hartcliffe Academy and …", "Braitling Primary and …", "Lloyds Pharmacy and …"), or
 * both parts start with the same word ("University of Huddersfield and University of Bradford"), or the second ends
 * in the word the first starts with, before "of" ("University of Bradford and Aston University"); not "Sheffield
 * Health and Social Care NHS Foundation Trust", "Riverina Medical and Dental Aboriginal Corporation".
 */
function twoOrganisations(toks: readonly Token[], cs: number, i: number): boolean {
  if (i - 1 <= cs || i + 2 >= toks.length) return false;
  if (NAME_ENDS.has(toks[i - 1]!.key)) return true;
  if ((toks[cs]!.f & C.ORG_SUFFIX) === 0) return false;
  // ("University of Bradford and Aston University": the first's word for an organisation, then "of", and the
  // second's same word last)
  return toks[i + 1]!.key === toks[cs]!.key || (toks[toks.length - 1]!.key === toks[cs]!.key && toks[cs + 1]!.key === 'of');
}
const NAME_ENDS = new Set(['school', 'academy', 'college', 'primary', 'elementary', 'hospital', 'infirmary', 'pharmacy', 'library', 'church', 'mosque', 'temple', 'gurdwara', 'surgery']);

/** Pushes the part toks[a..b) without the words at its ends that are not capitalised, unless none is left. */
function pushTrimmed(toks: Token[], a: number, b: number, out: Token[][]): void {
  while (b > a && !toks[b - 1]!.cap && !toks[b - 1]!.upper) b--;
  while (b > a && !toks[a]!.cap && !toks[a]!.upper) a++;
  if (b > a) out.push(a === 0 && b === toks.length ? toks : toks.slice(a, b));
}

/** Whether any of toks[from..to) has one of the word-class bits in mask. */
function anyIn(toks: readonly Token[], from: number, to: number, mask: number): boolean {
  for (let i = from; i < to; i++) if ((toks[i]!.f & mask) !== 0) return true;
  return false;
}

/** /^\.\s/.test(gap) */
function dotThenSpace(gap: string): boolean {
  return gap.length >= 2 && gap.charCodeAt(0) === 46 && isSpace(gap.charCodeAt(1));
}

/** /&|\+/.test(gap) */
function hasAmpOrPlus(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 38 || c === 43) return true;
  }
  return false;
}

function isPersonish(t: Token): boolean {
  return (t.f & (C.GIVEN | C.SURNAME | C.KNOWN)) !== 0;
}

/** Can this token continue a run of capitalised words? */
/** Articles between a connector and the rest of a name ("of the", "de los", "de la", "van der"). */
const NAME_ARTICLES = new Set(['the', 'los', 'las', 'la', 'le', 'les', 'der', 'den', 'el']);

function joins(prev: Token, t: Token, tokens: readonly Token[], text: string): boolean {
  const gap = t.gap;
  // ("in Croydon I think", "moved to Enugu I was told": the pronoun before a verb is no part of a name)
  // (its length and first code unit from the token and the text: no load of the token's word)
  if (gap === ' ' && t.baseEnd - t.start === 1 && text.charCodeAt(t.start) === 73) {
    const next = tokens[t.i + 1];
    if (next !== undefined && next.gap === ' ' && next.lower) return false;
  }
  if (gap === ' ' || gap === '') return true;
  if (gap === ' & ' || gap === '&' || gap === ' + ') return true;
  // ("Alum Rock Girls' Academy", "Broadmeadows Magistrates' Court": a plural's possessive inside an organisation's name)
  if ((gap === "' " || gap === '’ ') && (t.f & C.ORG_SUFFIX) !== 0 && t.cap && prev.cap && prev.text.length > 3 && prev.text.charCodeAt(prev.text.length - 1) === 115) return true;
  if (gap === '. ' || gap === '.') {
    // ("salon on Hopkins St. Wants to …", "on Bell Rd. Her mum …": a street's abbreviation after its name ends the
    // street and the sentence when an ordinary word follows; "St. Luke's", "Bell St. Coburg" go on)
    if (gap === '. ' && (prev.f & C.STREET_SUFFIX) !== 0 && prev.gap === ' ' && prev.i > 0 && tokens[prev.i - 1]!.cap && (t.f & C.COMMON) !== 0 && (t.f & (C.GIVEN | C.SURNAME | C.PLACE | C.KNOWN)) === 0) return false;
    // "St. Luke's", "D. Clarke", "Dr. Patel"
    return prev.text.length === 1 || dotAbbreviation(prev) || isDottedInitials(prev.text);
  }
  return false;
}

/** /^(?:st|dr|mr|mrs|ms|mt|ft|sgt|prof|rev|fr|jr|sr|capt|lt|det)$/i.test(t.text) */
const DOT_ABBREVIATIONS = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'mt', 'ft', 'sgt', 'prof', 'rev', 'fr', 'jr', 'sr', 'capt', 'lt', 'det']);
function dotAbbreviation(t: Token): boolean {
  // (an ASCII word's key is its text in lower case; a non-ASCII character never matches an ASCII letter under
  // a non-unicode /i, so only ASCII texts count)
  return DOT_ABBREVIATIONS.has(t.key) && isAscii(t.text);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Ends the run tokens[a..b): trailing connectors are not part of a name. (A run is always a range of consecutive
 * tokens, so it is kept as two indices while it grows and copied out once, by slice, at its exact length: an
 * array grown by push from [] takes room for sixteen tokens, and most runs are one word.)
 */
function flushRun(tokens: readonly Token[], a: number, b: number, runs: Token[][]): void {
  while (b > a && !tokens[b - 1]!.cap && !tokens[b - 1]!.upper) b--;
  // (a one-word run as an array literal, allocated inline: a call of Array.prototype.slice costs more)
  if (b - a === 1) runs.push([tokens[a]!]);
  else if (b > a) runs.push(tokens.slice(a, b));
}

function buildRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  // (the run being built is tokens[a..i), or none when a < 0: a token not added to it always ends it, so its last
  // token is always the one before tokens[i])
  let a = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (a token whose first character is a small ASCII letter is neither `cap` nor `upper`, so outside a run it
    // starts none: decided from the text, which the loop reads in order, without loading the token's Word — a
    // pointer chase into scattered memory — for most of the words of a note)
    if (a < 0) {
      const c0 = text.charCodeAt(t.start);
      if (c0 >= 97 && c0 <= 122) continue;
    }
    const capLike = t.cap || t.upper || (t.hasDigit && a >= 0 && !asciiDigits(t.text));
    if (a >= 0) {
      const prev = tokens[i - 1]!;
      if (!joins(prev, t, tokens, text) || prev.end !== prev.baseEnd && !(capLike && (t.cap || t.upper))) {
        flushRun(tokens, a, i, runs);
        a = -1;
      } else if (!capLike) {
        const next = nextToken(tokens, i);
        if (((t.f & C.CONNECTOR) !== 0) && t.lower && next && (next.cap || next.upper) && joins(t, next, tokens, text) && !t.sentStart) continue;
        // ("Star of the Sea", "Casa de los Niños", "University of the Highlands": a connector and an article inside a name)
        // (not "and the": "Working Wales and the Blaenau Gwent Youth Service" are two)
        if (((t.f & C.CONNECTOR) !== 0) && t.lower && t.key !== 'and' && next && next.lower && NAME_ARTICLES.has(next.key) && joins(t, next, tokens, text) && !t.sentStart) {
          const after = nextToken(tokens, i + 1);
          if (after && (after.cap || after.upper) && joins(next, after, tokens, text)) {
            i++;
            continue;
          }
        }
        flushRun(tokens, a, i, runs);
        a = -1;
        continue;
      }
    }
    if (capLike && a < 0) a = i;
  }
  if (a >= 0) flushRun(tokens, a, tokens.length, runs);
  return runs;
}

/** /^\d+$/.test(s) */
function asciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * One run of capitalised words after its cue words are taken off, with what the rules below judge it by.
 * (Made in one object literal, so every run has the same shape.)
 */

export function recogniseProperNouns(text: string, tokens: readonly Token[], ctx: ProperNounContext): Span[] {
  const out: Span[] = [];
  const runs = splitRuns(buildRuns(tokens, text), ctx);
  for (let r = 0; r < runs.length; r++) judgeRun(runs[r]!, text, tokens, ctx, out);
  const placeWords = lowerCaseNames(tokens, out);
  lowerCaseTowns(tokens, out);
  if (placeWords.length) lowerCasePlaces(tokens, placeWords, out);
  signOff(text, tokens, out);
  if (text.includes(',\n')) closingLineName(text, tokens, out);
  if (DICTATED_BY.test(text)) dictatedBy(text, tokens, out);
  chatSpeakers(tokens, out);
  attendanceLists(tokens, out);
  if (text.includes(' (')) childrenWithAges(tokens, out);
  familyInitials(text, tokens, runs, out);
  lowerCaseEmployers(tokens, out);
  lowerCaseOrganisations(tokens, out);
  return out;
}

/** The runs, each split where it holds more than one name. */
function splitRuns(built: Token[][], ctx: ProperNounContext): Token[][] {
  const runs: Token[][] = [];
  for (let r = 0; r < built.length; r++) {
    const run = built[r]!;
    if (run.length === 1) {
      runs.push(run);
      continue;
    }
    const parts = splitRun(run, ctx);
    for (let p = 0; p < parts.length; p++) runs.push(parts[p]!);
  }
  return runs;
}

/** Judges one run of capitalised words: a person, an organisation, a place, or nothing. */
function judgeRun(runToks: Token[], text: string, tokens: readonly Token[], ctx: ProperNounContext, out: Span[]): void {
  const run = makeRun(runToks, text, tokens, ctx);
  if (run === undefined) return;
  // "MSc Public Health", "BEng Mechanical Engineering": a degree's letters (in capitals or mixed case) start a course's name
  if (run.toks.length >= 2 && DEGREES.has(run.keys[0]!) && (run.toks[0]!.upper || MIXED_CASE.test(run.toks[0]!.text))) return;
  if (countyRule(run, out, tokens)) return;
  if (branchRule(run, text, ctx, out, tokens)) return;
  if (bracketedRoleRule(run, text, tokens, out)) return;
  if (wordNamePairRule(run, text, tokens, out)) return;
  if (knownAsRule(run, text, out)) return;
  if (organisationFieldRule(run, text, tokens, out)) return;
  if (brandRule(run, out)) return;
  if (affiliateRule(run, tokens, out)) return;
  if (chapterRule(run, out)) return;
  // ("Ms Farooq (Head of Sixth Form)", "Director of Studies": a role over a part of an organisation, readable)
  if (run.toks.length >= 3 && ROLE_HEADS.has(run.keys[0]!) && run.keys[1] === 'of' && ordinaryFrom(run.strengths, 2)) return;
  // ("Diploma of Nursing", "Bachelor of Nursing", "Certificate in Counselling": a course, readable)
  if (run.toks.length >= 3 && COURSE_WORDS.has(run.keys[0]!) && (run.keys[1] === 'of' || run.keys[1] === 'in')) return;
  if (courseSubject(run, tokens)) return;
  // ("the Barthel Index", "Beck Depression Inventory", "Harvard Trauma Questionnaire": a named measure, readable)
  if (run.toks.length >= 2 && !run.titled && run.relation === undefined && run.last.cap && MEASURE_WORDS.has(run.last.key)) return;
  if (employerRule(run, tokens, out)) return;
  if (acronymOrgRule(run, text, tokens, out)) return;
  if (campusRule(run, tokens, out)) return;
  // ("uniform for Robin Hood Primary": a public name before a word that ends a school's or a hospital's name is a
  // local one)
  if (run.toks.length >= 3 && NAME_ENDS.has(run.last.key) && !run.titled && publicPhrase(run.toks.slice(0, -1))) {
    out.push(span('ORG', run.toks[0]!.start, run.last.end, 'model'));
    return;
  }
  if (isPublicRun(run, ctx)) return;
  // ("on Kilburn High Road": a high street is a street, not a school "Kilburn High")
  if (run.toks.length >= 3 && run.keys[run.keys.length - 2] === 'high' && HIGH_STREETS.has(run.last.key) && streetRule(run, text, tokens, out)) return;
  if (organisationRule(run, text, ctx, out, tokens)) return;
  if (streetRule(run, text, tokens, out)) return;
  if (namedPlaceRule(run, text, ctx, out)) return;
  if (bodyRule(run, out)) return;
  if (signatureRule(run, text, tokens, out)) return;
  // People and other proper nouns.
  const first = pickTokens(run, text, tokens);
  if (first < 0) unpickedRun(run, text, tokens, out);
  // (an author's name used for a model is judged only once it would be picked: most runs never are)
  else if (!eponymRun(run, tokens)) pushPicked(run, first, lastPick, text, tokens, out);
}





/** Brands by their first word's text (a possessive's "'s" included): the words of each, as tokens show them. */
const BRANDS_BY_FIRST = new Map<string, string[][]>();
for (const b of EMPLOYER_BRAND_NAMES) {
  const words = b.split(' ');
  BRANDS_BY_FIRST.set(words[0]!, [...(BRANDS_BY_FIRST.get(words[0]!) ?? []), words]);
}
/** A token's text as a brand is written: with its possessive's "'s" ("Sainsbury's", "McDonald's"). */
function brandText(t: Token): string {
  return t.end === t.baseEnd ? t.text : `${t.text}'s`;
}

/**
 * "laid off from Amazon", "at Boots in Bexleyheath", "Bunnings Booval", "Amazon CLE5": a run that starts with a
 * large employer's brand is that organisation, with a branch's place or site code after it; not after a title
 * ("Mr Costa"), and a brand that is an everyday word not starting a sentence ("Boots were muddy").
 */
function brandRule(run: Run, out: Span[]): boolean {
  const { toks } = run;
  const t0 = toks[0]!;
  // ("Tesco's car park": a brand in the possessive, as well as one written with "'s")
  const written = BRANDS_BY_FIRST.get(brandText(t0));
  const options = written ?? (toks.length === 1 && t0.end !== t0.baseEnd ? BRANDS_BY_FIRST.get(t0.text) : undefined);
  if (!options || run.titled || (t0.sentStart && (t0.f & C.COMMON) !== 0)) return false;
  let n = 0;
  for (const words of options) {
    if (words.length > toks.length || words.length <= n) continue;
    let ok = true;
    for (let q = 1; q < words.length && ok; q++) ok = brandText(toks[q]!) === words[q] && toks[q]!.gap === ' ';
    if (ok) n = words.length;
  }
  if (n === 0) return false;
  // (a branch after the brand: a known place, or a site's code of capitals and digits)
  let end = n;
  while (end < toks.length && end < n + 2 && toks[end]!.gap === ' ' && ((toks[end]!.f & C.PLACE) !== 0 || (toks[end]!.upper && toks[end]!.hasDigit))) end++;
  // (only a run that is the brand and its branch: in a longer one the other rules judge every word)
  if (end < toks.length) return false;
  // (a brand written with "'s" ends after it, "Nando's", "Dan Murphy's"; a brand in the possessive before it)
  const last = toks[end - 1]!;
  const withS = written !== undefined && end === n && last.end !== last.baseEnd;
  out.push(span('ORG', t0.start, withS ? last.end : last.baseEnd, 'model'));
  return true;
}

/**
 * "Grace Church said she …", "Thanks, Mark Green", "Summer Rain (16)", "Session with Grace Church": a given name
 * and a surname that are both words too (or name a church, a street or a season), read as a person's name where
 * the context says so — a verb a person does after it, an age after it, "Thanks," before it at the end, or a word
 * for being with, speaking to or caring about someone before it.
 */
function wordNamePairRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  const { toks } = run;
  if (toks.length !== 2 || run.titled || toks[1]!.gap !== ' ') return false;
  const [a, b] = [toks[0]!, toks[1]!];
  if (!a.cap || !b.cap || !(a.f & (C.GIVEN | C.WORD_NAME)) || a.f & (C.TITLE | C.RELATION | C.KIN)) return false;
  if (!(b.f & (C.SURNAME | C.WORD_SURNAME | C.GIVEN)) || b.f & (C.TITLE | C.RELATION | C.KIN)) return false;
  // (a month or a season first only when it is a given name too: "Summer Rain", "June Sarpong")
  if (a.f & C.CALENDAR && !(a.f & C.GIVEN)) return false;
  const next = nextToken(tokens, b.i);
  const context =
    (!!next && next.gap === ' ' && next.lower && (says(next.key) || (PERSON_VERBS.has(next.key) && !BE_WORDS.has(next.key)))) ||
    ageInBracketsAt(text, b.baseEnd) ||
    ageBetweenCommas(b, tokens) ||
    (!a.sentStart && personPrepBefore(a, tokens)) ||
    (next === undefined && THANKS_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)));
  if (!context) return false;
  out.push(span('PERSON', a.start, b.baseEnd, 'model', { colleague: run.colleague }));
  return true;
}
/**
 * "(goes by Major)", "known as Sunny", "nicknamed Bear": a name given to someone, whatever else its words are (a
 * title, a word), up to three capitalised words; not a public term, an acronym or a month ("known as CAMHS").
 */
function knownAsRule(run: Run, text: string, out: Span[]): boolean {
  const { toks, before } = run;
  if (!before || toks.length > 3 || !NAMED_BY.has(before.key) || !KNOWN_AS.test(text.slice(Math.max(0, toks[0]!.start - 16), toks[0]!.start))) return false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.hasDigit || t.f & (C.PUBLIC_TERM | C.PUBLIC_NAME | C.ACRONYM | C.DOMAIN | C.CALENDAR) || (i > 0 && t.gap !== ' ')) return false;
  }
  out.push(span('PERSON', toks[0]!.start, toks[toks.length - 1]!.baseEnd, 'model', { colleague: run.colleague }));
  return true;
}
const BE_WORDS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'did', 'does']);
const THANKS_BEFORE = /(?:^|\n|[.!?]\s)(?:thanks|thank you|cheers|regards|best wishes|kind regards|ta),?\s+$/i;

/**
 * "Insurance: Blue Cross Blue Shield of Illinois", "Employer: Northgate Logistics", "School: Oakwood Academy": the
 * value of a field for an organisation, in title case up to the line's end, a comma or a bracket (not a public
 * name or an acronym alone, "Insurance: Medicaid", "School: TAFE").
 */
function organisationFieldRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  const { toks, before, beforeGap } = run;
  if (!before || !ORG_FIELDS.has(before.key) || lastBeforeSpace(beforeGap) !== 58 || beforeGap.includes('\n')) return false;
  // (not a kind of service: "Placement: Adult CMHT", "School: Special School")
  if (GENERIC_ORG_FIRST.has(run.keys[0]!)) return false;
  let name = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.hasDigit) return false;
    const st = run.strengths[i]!;
    if (st !== 'public' && st !== 'acronym') name = true;
  }
  if (!name) return false;
  const next = tokens[run.last.i + 1];
  // (or a full stop: "Provider: Wearside Homes Together. Date of visit: …")
  if (next && !/^\s*(?:\n|[,(;]|\s[–—-]\s)|^\.\s/.test(next.gap)) return false;
  out.push(span('ORG', toks[0]!.start, run.last.end, 'model'));
  return true;
}
/** Field labels whose value is an organisation. */
const ORG_FIELDS = new Set(['employer', 'school', 'college', 'university', 'insurer', 'insurance', 'placement', 'workplace', 'agency', 'nursery', 'provider', 'church', 'club', 'charity', 'surgery', 'company', 'organisation', 'organization', 'hospital', 'pharmacy', 'kindergarten', 'preschool', 'academy']);

/** Trims a run to what may be a name, or undefined when it is an ordinary word starting a sentence. */
function trimRun(runToks: Token[], ctx: ProperNounContext, tokens: readonly Token[]): Token[] | undefined {
  let toks = runToks;
  // "Mount Druitt NSW": the state is added back to the place later (STATE_ABBR); judge the town alone.
  // (every state abbreviation is two or more capitals, so an `upper` token)
  if (toks.length > 1 && toks[toks.length - 1]!.upper && STATE_ABBRS.has(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
  // Fast path: "The", "She", "Explored" — an ordinary word starting a sentence.
  if (toks.length === 1) {
    const t0 = toks[0]!;
    // ("Gift noticed …": a word that is also a name, before a verb of saying, goes on to be judged)
    if (t0.sentStart && !t0.upper && ((t0.f & C.COMMON) !== 0) && !((t0.f & C.GIVEN) !== 0) && !((t0.f & C.KNOWN) !== 0) && !((t0.f & C.PLACE) !== 0) && !((t0.f & C.WORD_NAME) !== 0 && (saysAfter(t0, tokens) || ageBetweenCommas(t0, tokens))) && !nameNoteAfter(t0, tokens)) return undefined;
  }
  // ("Later R said", "Then K agreed": an adverb starting the sentence before a capital alone)
  // ("Also Lloyds Pharmacy who take work experience": and before any other name)
  // (an adverb proper only: "If Jack misses again" is judged whole)
  if (toks.length >= 2 && toks[0]!.sentStart && toks[1]!.gap === ' ' && OPENING_ADVERBS.has(toks[0]!.key) && (toks[1]!.text.length === 1 || (!CLAUSE_OPENERS.has(toks[0]!.key) && !(toks[0]!.f & (C.GIVEN | C.KNOWN))))) toks = toks.slice(1);
  // Sentence-initial ordinary words before a title: "His Aunty May".
  let ti = -1;
  for (let i = 0; i < toks.length; i++) {
    if ((toks[i]!.f & C.TITLE) !== 0) {
      ti = i;
      break;
    }
  }
  // (not a street's word last, which titles nobody: "on Alum Creek Dr")
  if (ti > 0 && toks[0]!.key !== 'our' && !anyHas(toks, 1, C.ORG_SUFFIX) && !(ti === toks.length - 1 && (toks[ti]!.f & C.STREET_SUFFIX) !== 0) && allOrdinaryBefore(toks, ti, ctx)) toks = toks.slice(ti);
  return toks;
}

/** The conjunctions among OPENING_ADVERBS. */
const CLAUSE_OPENERS = new Set(['so', 'but', 'and', 'when', 'if', 'because', 'since', 'although', 'though']);
const OPENING_ADVERBS = new Set(['later', 'then', 'today', 'yesterday', 'tonight', 'also', 'afterwards', 'now', 'earlier', 'apparently', 'eventually', 'finally', 'meanwhile', 'so', 'but', 'and', 'when', 'if', 'because', 'since', 'although', 'though', 'initially', 'subsequently']);

/** Whether toks[0..end) are all ordinary words (common or rarer). */
function allOrdinaryBefore(toks: readonly Token[], end: number, ctx: ProperNounContext): boolean {
  for (let i = 0; i < end; i++) {
    const s = strength(toks[i]!, ctx);
    if (s !== 'common' && s !== 'word') return false;
  }
  return true;
}

/** Titles that are given names too. */
const TITLE_NAMES = new Set(['major', 'justice']);
/** A word for a relation, a role or the client just before `t`, or a slash. */
function titleNameCue(tokens: readonly Token[], t: Token): boolean {
  const b = tokens[t.i - 1];
  if (t.gap.includes('/')) return true;
  return b !== undefined && t.gap === ' ' && (b.f & (C.KIN | C.RELATION | C.CLIENT_WORD)) !== 0 && (!(b.f & C.TITLE) || b.lower);
}

/**
 * Titles of other languages known by their accents, which folding takes away ("Doña" folds to the name "Dona", "Cô"
 * to "co"): matched as written. "Doña Chela", "Bà Lan", "Tía Rosa".
 */
const WRITTEN_TITLES = new Set(['Doña', 'Señora', 'Señor', 'Señorita', 'Bà', 'Ông', 'Cô', 'Chị', 'Tía', 'Tío', 'Thầy']);

/** How many titles start the run (each followed by more of it, not by "of"). */
function leadingTitles(toks: readonly Token[]): number {
  let n = 0;
  while (toks.length - n > 1 && ((toks[n]!.f & C.TITLE) !== 0 || WRITTEN_TITLES.has(toks[n]!.text)) && (toks[n]!.cap || toks[n]!.upper) && toks[n + 1]!.key !== 'of') n++;
  return n;
}

/** The run without its cue words, with its cues; undefined when it is only an ordinary word. */
function makeRun(runToks: Token[], text: string, tokens: readonly Token[], ctx: ProperNounContext): Run | undefined {
  // ("Head Start": a public phrase whose first word is also a title or a relation is nobody's)
  if (runToks.length > 1 && publicPhrase(runToks)) return undefined;
  // ("Explored Te Whare Tapa Whā": or after an ordinary word starting the sentence)
  // (not a region's word, which makes a local branch: "West Michigan Works")
  if (runToks.length > 2 && runToks[0]!.sentStart && runToks[0]!.f & C.COMMON && !(runToks[0]!.f & (C.GIVEN | C.KNOWN | C.PLACE)) && !REGION_WORDS.has(runToks[0]!.key) && publicPhrase(runToks.slice(1))) return undefined;
  // ("Gottman's Four Horsemen", "Maslow's Hierarchy of Needs": a theorist's possessive before a public phrase)
  for (let q = 0; q < 2 && q < runToks.length - 2; q++) {
    const w = runToks[q]!;
    if (w.end !== w.baseEnd && w.f & C.PUBLIC_TERM && publicPhrase(runToks.slice(q + 1))) return undefined;
  }
  let toks = trimRun(runToks, ctx, tokens);
  if (toks === undefined) return undefined;
  // ("Lives Noble Park.", "Moved Fishponds last year": a verb of living somewhere opening the sentence is a cue for a
  // place, outside the span, like "lives in")
  if (toks.length >= 2 && toks[0]!.sentStart && toks[0]!.f & C.PLACE_PREP && LIVING_VERBS.has(toks[0]!.key) && toks[1]!.gap === ' ') toks = toks.slice(1);
  const firstIdx = toks[0]!.i;
  // A relationship word starting the run is a cue, outside the span: "Mentee Destiny", "Brother Liam".
  let leadRelation: Token | undefined;
  // (not when the run is a public phrase: "Youth Allowance")
  if (toks.length > 1 && ((toks[0]!.f & C.RELATION) !== 0) && !((toks[0]!.f & C.TITLE) !== 0) && !((toks[toks.length - 1]!.f & C.ORG_SUFFIX) !== 0) && !publicPhrase(toks)) {
    leadRelation = toks[0];
    toks = toks.slice(1);
  } else if (toks.length > 2) {
    // ("Team Leader Anh Nguyen", "Met Senior Practitioner Tom Baker": a role of ordinary words ending in a word for a
    // role, before a name)
    const j = roleBeforeName(toks);
    if (j > 0) {
      leadRelation = toks[j];
      toks = toks.slice(j + 1);
    }
  }
  // Titles stay outside the span and are a cue: "Mrs Okafor", "Dr. Samuel Okonkwo", "Aunty May".
  // "Dear Tom,", "Dear Ms Okafor": a letter's salutation is a cue like a title, outside the span
  // (only before a name: "Dear Colleague", "Dear Parent" are nobody)
  const salutation = toks.length > 1 && toks[0]!.key === 'dear' && toks[1]!.gap === ' ';
  if (salutation) toks = toks.slice(1);
  let titles = leadingTitles(toks);
  // ("father Major Gatluak", "Client Major Fenwick", "Father Justice Pruitt", "big / Major Simmons": a title that is
  // also a given name, after a word for a relation, a role or the client, or a slash, is the given name)
  if (titles > 0 && TITLE_NAMES.has(toks[titles - 1]!.key) && (titles > 1 ? (toks[titles - 2]!.f & (C.KIN | C.RELATION | C.CLIENT_WORD)) !== 0 : titleNameCue(tokens, toks[0]!))) titles--;
  // ("yo mr Dale i got the job": an honorific written in lower case just before the run is a title too)
  const lowerTitle = titles === 0 && !salutation && lowerHonorificBefore(tokens, toks[0]!);
  const titled = titles > 0 || lowerTitle || (salutation && ((toks[0]!.f & (C.GIVEN | C.SURNAME | C.WORD_NAME)) !== 0 || !(toks[0]!.f & (C.COMMON | C.RARE))));
  if (titles > 0) toks = toks.slice(titles);
  if (toks.length === 0) return undefined;
  const before = prevToken(tokens, firstIdx);
  const beforeGap = tokens[firstIdx]!.gap;
  // (built by push, not Array.prototype.map: a deopt inside map's callback leaves a holey array, whose
  // other map then deoptimises this function again — a loop that kept it slow for ~10,000 notes)
  // (a run of one word, most runs, gets arrays of one element: an array grown by push from [] takes room for
  // sixteen)
  let strengths: Strength[];
  let keys: string[];
  let hasName = false;
  if (toks.length === 1) {
    const s = strength(toks[0]!, ctx);
    hasName = s === 'name';
    strengths = [s];
    keys = [toks[0]!.key];
  } else {
    strengths = [];
    keys = [];
    for (let q = 0; q < toks.length; q++) {
      const s = strength(toks[q]!, ctx);
      if (s === 'name') hasName = true;
      strengths.push(s);
      keys.push(toks[q]!.key);
    }
  }
  if (toks.length > 1 && publicPersonNames(toks, strengths, before)) hasName = true;
  const last = toks[toks.length - 1]!;
  const quoted = beforeGap !== ' ' && quoteOpens(beforeGap) && /^\.?\s*["”’')]/.test(text.slice(last.baseEnd, last.baseEnd + 3));

  let relation = relationBefore(tokens, firstIdx);
  let colleague = relation !== undefined && (((relation.f & C.COLLEAGUE) !== 0) || (relation.key === 'manager'));
  if (leadRelation && !relation) {
    relation = leadRelation;
    colleague = ((leadRelation.f & C.COLLEAGUE) !== 0);
  }
  const labelled = before !== undefined && ((before.f & C.NAME_LABEL) !== 0) && lastBeforeSpace(beforeGap) === 58; // /:\s*$/
  return {
    toks,
    strengths,
    keys,
    last,
    before,
    beforeGap,
    quoted,
    titled,
    relation,
    colleague,
    labelled,
    cue: titled || relation !== undefined || labelled,
    hasName,
  };
}

/**
 * A country, state, language or people that is also a person's name, beside another name in the run: "Sarah
 * Jordan", "Georgia Brown", "Chad Okafor", "Roma Patel". Its strength becomes 'name'; returns whether any did.
 * (A public name is a name here only after a given name, or as a given name before a surname; public phrases
 * such as "Sierra Leone" and "New South Wales" never reach this: isPublicRun has judged them first.)
 */
function publicPersonNames(toks: readonly Token[], strengths: Strength[], before: Token | undefined): boolean {
  let any = false;
  for (let q = 0; q < toks.length; q++) {
    if (strengths[q] !== 'public') continue;
    const t = toks[q]!;
    // ("Summer Pritchard", "June Carlisle": a month's or a season's name that is a given name, before a surname or a
    // town's name that is no ordinary word, is the given name)
    if (t.f & C.CALENDAR) {
      const next = q + 1 < toks.length && toks[q + 1]!.gap === ' ' ? toks[q + 1]! : undefined;
      // (not after a word for when or a day's number: "in June Carlisle was quiet", "on 7 May Edna was")
      const prevTok = q > 0 ? toks[q - 1] : before;
      const when = prevTok !== undefined && t.gap === ' ' && (CALENDAR_PREPS.has(prevTok.key) || prevTok.hasDigit);
      if (t.f & C.GIVEN && !when && next && next.cap && next.alpha && next.f & (C.SURNAME | C.PLACE) && !(next.f & (C.COMMONISH | C.CALENDAR | C.PUBLIC_TERM | C.PUBLIC_NAME | C.PLACE_SUFFIX | C.STREET_SUFFIX | C.ORG_SUFFIX | C.TITLE | C.RELATION))) {
        strengths[q] = 'name';
        any = true;
      }
      continue;
    }
    if (!(t.f & (C.GIVEN | C.SURNAME))) continue;
    const prev = q > 0 && t.gap === ' ' ? toks[q - 1]! : undefined;
    const next = q + 1 < toks.length && toks[q + 1]!.gap === ' ' ? toks[q + 1]! : undefined;
    // (a theorist or eponym after a given name stays public: "Carl Rogers", "Peter Hawkins"; a people's or a
    // festival's name that is a given name is a name before a surname: "Roma Patel", "Durga Prasad")
    const afterGiven = !!prev && (prev.f & C.GIVEN) !== 0 && strengths[q - 1] !== 'public' && !(prev.f & C.CALENDAR) && !(t.f & C.PUBLIC_TERM);
    const givenBeforeSurname = !!next && (t.f & C.GIVEN) !== 0 && ((next.f & (C.SURNAME | C.WORD_SURNAME)) !== 0 || strengths[q + 1] === 'name') && strengths[q + 1] !== 'public';
    if (afterGiven || givenBeforeSurname) {
      strengths[q] = 'name';
      any = true;
    }
  }
  return any;
}

const CALENDAR_PREPS = new Set(['in', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'through', 'every', 'each', 'that', 'on', 'for']);

/** Relationship / label cues before the run: "her son Mateo", "Manager (Pauline)", "Client: Grace Liu". */
function relationBefore(tokens: readonly Token[], firstIdx: number): Token | undefined {
  let j = firstIdx - 1;
  let hops = 0;
  while (j >= 0 && hops < 3) {
    const t = tokens[j]!;
    const after = tokens[j + 1]!;
    const gapAfter = after.gap;
    if (gapAfter !== ' ' && endsSentence(gapAfter) && !spacesThenParen(gapAfter)) break;
    if (((t.f & C.RELATION) !== 0) || (((t.f & C.NAME_LABEL) !== 0) && gapAfter.includes(':')) || ((t.f & C.COLLEAGUE) !== 0)) {
      // ("Lee Foster, Careers Adviser": a capitalised relation word just after a given name is that person's surname)
      if (surnameAfterGiven(tokens, j)) return undefined;
      // ("Achiever, Learner, Responsibility": a capitalised relation word that is one item of a list of capitalised words)
      if (t.cap && gapAfter === ', ' && t.gap === ', ' && j > 0 && tokens[j - 1]!.cap) return undefined;
      return hops === 0 || hops === 1 || NAMING_WORDS.has(after.key) ? t : undefined;
    }
    if (!BRIDGE_WORDS.has(t.key)) break;
    j--;
    hops++;
  }
  return undefined;
}

/** Whether the capitalised token at j follows a given name or an initial in the same run: "Lee Foster", "L. Foster", "Ann Nurse". */
function surnameAfterGiven(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = j > 0 ? tokens[j - 1]! : undefined;
  if (!t.cap || t.text.length < 2 || !prev || !prev.cap || prev.end !== prev.baseEnd) return false;
  if (prev.text.length === 1) return t.gap === '. ' && prev.text !== 'A' && prev.text !== 'I';
  return t.gap === ' ' && (prev.f & C.GIVEN) !== 0 && !(prev.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.ORG_PREFIX));
}

/** /[.!?\n]/.test(gap) */
function endsSentence(gap: string): boolean {
  return hasStopOr(gap, 10);
}

/** Whether the gap holds a full stop, "!", "?" or the code unit `also`. */
function hasStopOr(gap: string, also: number): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === also) return true;
  }
  return false;
}

/** /^\s*\($/.test(gap) */
function spacesThenParen(gap: string): boolean {
  const n = gap.length;
  if (n === 0 || gap.charCodeAt(n - 1) !== 40) return false;
  for (let i = 0; i < n - 1; i++) if (!isSpace(gap.charCodeAt(i))) return false;
  return true;
}

/** /[.!?:]/.test(gap) */
function endsSentenceOrColon(gap: string): boolean {
  return hasStopOr(gap, 58);
}

/** Public names and public events are nobody's: "Universal Credit", "Laura Dance Festival". */
function isPublicRun(run: Run, ctx: ProperNounContext): boolean {
  const keys = run.keys;
  // (a key holds no space, so the run's words are a public phrase only if some phrase starts with its first
  // word: with none, neither the phrase set nor publicPrefix can match, and the words need not be joined)
  if (PUBLIC_BY_FIRST.has(keys[0]!)) {
    const phrase = keys.length === 1 ? keys[0]! : keys.join(' ');
    if (PUBLIC_PHRASE_SET.has(phrase) || publicPrefix(keys, run.strengths)) return true;
  }
  // a country or state of more than one word: "Sierra Leone", "Saudi Arabia", "Papua New Guinea"
  // (the words are joined and looked up only when the first starts such a name)
  if (keys.length >= 2 && keys.length <= 4 && !run.cue && ctx.res.publicPhraseStarts.has(keys[0]!) && ctx.res.publicNames.has(keys.join(' '))) return true;
  // Public events: "Laura Dance Festival". (The event word, matched at the end of the phrase, lies within
  // its last key and starts at a word boundary there exactly when it does in the phrase.)
  return keys.length >= 2 && !run.cue && PUBLIC_EVENT.test(keys[keys.length - 1]!) && !/\b(?:school|college|hospital)\b/.test(keys.join(' '));
}

const PUBLIC_EVENT = /\b(?:festival|awards?|games|olympics|marathon|week|day|month|act|bill|scheme|programme|framework|model|inventory|scale|test|questionnaire|therapy|technique|syndrome|disease|disorder|figure|protocol)$/;




/** Where the run's organisation word is ("Harehills Academy", "HMP Parc", "Penn State"), or -1. */
function orgWordAt(run: Run): number {
  const { toks, keys, strengths } = run;
  // ("Georgia State", "Ohio State": a state's name before "State" is a university too)
  if (toks.length === 2 && keys[1] === 'state' && (strengths[0] !== 'public' || (toks[0]!.f & C.PUBLIC_NAME) !== 0) && strengths[0] !== 'acronym') return 1;
  const ofSecond = keys.length > 1 && keys[1] === 'of';
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (((t.f & C.ORG_SUFFIX) !== 0 && (i > 0 || ofSecond)) || (i === 0 && (t.f & C.ORG_PREFIX) !== 0 && toks.length > 1 && t.key !== 'the')) return i;
    // "Larkfield Lodge Care Home", "Ashcombe House Nursing Home": the home ends the name
    if (i >= 2 && t.key === 'home' && CARE_HOME.has(keys[i - 1]!)) return i;
  }
  return -1;
}

/** Organisations: a run with an organisation word ("Harehills Academy", "Royal Bolton Hospital", "HMP Parc"). */
function organisationRule(run: Run, text: string, ctx: ProperNounContext, out: Span[], tokens: readonly Token[]): boolean {
  const orgAt = orgWordAt(run);
  if (orgAt < 0) return false;
  if (run.titled) {
    // "Sir Charles Gairdner Hospital", "St John Ambulance": named after someone, ending in an organisation word
    const title = tokens[run.toks[0]!.i - 1];
    // ("Guru Nanak Gurdwara Smethwick": the organisation word last, or before its place)
    const placeAfter = orgAt === run.toks.length - 2 && (run.last.f & C.PLACE) !== 0 && !!title && RELIGIOUS_NAMERS.has(title.key);
    if ((orgAt !== run.toks.length - 1 && !placeAfter) || !title || !NAMED_AFTER_TITLES.has(title.key) || !run.hasName) return false;
    out.push(span('ORG', title.start, run.last.end, 'model'));
    return true;
  }
  const toks = run.toks;
  // ("Dakota Two Bulls (24), Oglala Lakota": a given name first and an age in brackets after make a person)
  if ((toks[0]!.f & C.GIVEN) !== 0 && ageInBracketsAt(text, run.last.baseEnd)) return false;
  // ("Faith Adeyemi, Peer Mentoring Coordinator": ordinary words ending in a word for a role are a job's title)
  if (orgAt < toks.length - 1 && ROLE_WORDS.has(run.last.key) && ordinaryFrom(run.strengths, 0)) return false;
  // "the Department of Housing", "Ministry of Health": a government's department, a public body
  if (orgAt === 2 && toks.length === 3 && run.keys[1] === 'of' && GOVERNMENT_BODIES.has(run.keys[0]!)) return false;
  const s = orgStart(run, orgAt, text, tokens);
  // ("the Forced Marriage Unit", "Acquired Brain Injury Unit": ordinary words before "Unit" name a kind of unit; a
  // place or a name makes one, "Leicester Mother and Baby Unit")
  if (run.last.key === 'unit' && ordinaryFrom(run.strengths, s)) return false;
  if (!namesOrganisation(run, s, tokens)) return false;
  const keys = run.keys;
  let e = toks.length - 1;
  // "Ulster University Student Wellbeing": stop after the organisation word unless a name follows.
  // ("Chicago Police Department", "Fresno Fire Dept": a department after the organisation word is part of its name;
  // "Department" is no organisation word itself, as "the Department of Housing" is a public body)
  // ("Minneapolis Public Housing Authority", "Murray Water Board": so are an authority, a board or a commission)
  // ("Brixton Health Visiting Team": ordinary words after the organisation word, ending in "Team", are its team's name)
  // (not a council's, a police force's, a trust's, a hospital's or a school's team: "Gateshead Council Older People's Team")
  const teamTail = keys[e] === 'team' && e > orgAt + 1 && ordinaryFrom(run.strengths, orgAt + 1) && !(NAME_ENDS.has(keys[orgAt]!) || TEAM_OWNERS.has(keys[orgAt]!) || toks[orgAt]!.end !== toks[orgAt]!.baseEnd);
  if (!teamTail && e > orgAt && keys[orgAt + 1] !== 'of' && !(keys[orgAt + 1] === 'for' && run.toks[orgAt + 2]?.cap) && !(orgAt === 0 && ((toks[0]!.f & C.ORG_PREFIX) !== 0)) && !allNamesFrom(run.strengths, orgAt + 1) && !placeTail(toks, orgAt + 1) && !placePhraseTail(toks, orgAt + 1, text, ctx) && !hasAmpOrPlus(toks[orgAt + 1]!.gap)) e = (ORG_TAILS.has(keys[orgAt + 1]!) && !(keys[orgAt + 1] === 'team' && (NAME_ENDS.has(keys[orgAt]!) || keys[orgAt] === 'trust'))) || COMPASS.has(keys[orgAt + 1]!) ? orgAt + 1 : orgAt;
  // "St. Louis", "St Helens": a saint's name that is a town
  const townName = orgAt === 0 && ((toks[0]!.f & C.ORG_PREFIX) !== 0) && ctx.res.placeNames.has(fold(text.slice(toks[0]!.start, run.last.baseEnd)));
  // "Bristol Royal Hospital for Children", "Manchester High School for Girls": who it is for, after the run
  let end = toks[e]!.end;
  if (e === toks.length - 1 && !townName) {
    const f = tokens[toks[e]!.i + 1];
    const w = f && f.key === 'for' && f.gap === ' ' ? tokens[f.i + 1] : undefined;
    if (w && w.cap && w.gap === ' ' && FOR_WHOM.has(w.key)) end = w.end;
  }
  // ("Cardiff Council's", "Sunderland College's": but not the organisation word's own possessive)
  if (end === toks[e]!.end && e === orgAt && e === toks.length - 1) end = toks[e]!.baseEnd;
  out.push(span(townName ? 'PLACE' : 'ORG', toks[s]!.start, end, 'model')); // "St George's": the possessive is part of the name
  return true;
}

/**
 * Whether toks[from..] is the branch's place after an organisation word: "Odyssey House Louisiana", "Bluebird Care
 * Manchester North" (towns, US or Australian states, a compass word; the last a town or a state).
 */
function placeTail(toks: readonly Token[], from: number): boolean {
  if (from >= toks.length || toks.length - from > 3) return false;
  for (let q = from; q < toks.length; q++) {
    const t = toks[q]!;
    if (!t.cap || !t.alpha || t.f & (C.ORG_SUFFIX | C.CALENDAR | C.TITLE | C.RELATION)) return false;
    // ("Leeds General Infirmary Ward 12": not an ordinary word that is also a town's name)
    if (t.f & C.COMMON && !COMPASS.has(t.key) && t.key !== 'new') return false;
    // (a language or a nation is no branch's place: "… Migrant Centre English classes")
    if (t.f & C.PUBLIC_NAME && !STATES.has(t.key)) return false;
    if (!(t.f & C.PLACE || STATES.has(t.key) || COMPASS.has(t.key) || (t.key === 'new' && q < toks.length - 1))) return false;
  }
  const last = toks[toks.length - 1]!;
  return (last.f & C.PLACE) !== 0 || STATES.has(last.key) || COMPASS.has(last.key);
}

/**
 * Whether toks[from..] is a place of two or three words the place list knows as one, the branch's place: "Coastline
 * Builders Port Macquarie", "Arcadia Aged Care Noble Park" (words that are ordinary alone, so placeTail refuses them).
 */
function placePhraseTail(toks: readonly Token[], from: number, text: string, ctx: ProperNounContext): boolean {
  const n = toks.length - from;
  if (n < 2 || n > 3) return false;
  for (let q = from; q < toks.length; q++) {
    const t = toks[q]!;
    if (!t.cap || !t.alpha || t.gap !== ' ' || t.end !== t.baseEnd || t.f & (C.ORG_SUFFIX | C.CALENDAR | C.TITLE | C.RELATION | C.PUBLIC_NAME)) return false;
  }
  return ctx.res.placeNames.has(fold(text.slice(toks[from]!.start, toks[toks.length - 1]!.end)));
}

/** Words after an organisation word that are part of its name: "Chicago Police Department", "Public Housing Authority", "Midland Magistrates Court". */
// ("Ilford Housing Advice", "Southwest Immigrant Legal Aid", "Ealing Family Support Team": advice, aid or a team; not
// a hospital's, a school's or a trust's team, "County Hospital Team", "the Prince's Trust Team programme")
const ORG_TAILS = new Set(['department', 'dept', 'authority', 'board', 'commission', 'coalition', 'consortium', 'directorate', 'coordination', 'court', 'tribunal', 'district', 'advice', 'aid', 'team']);
/** Words that start the name of a government's department: "Department of Housing", "Ministry of Health". */
const GOVERNMENT_BODIES = new Set(['department', 'dept', 'ministry', 'secretary', 'office']);

/** A compass word after an organisation word is part of its name: "Oldham Academy North", "Campus West". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/** Whom an organisation is for, after its name: "Hospital for Children", "School for Girls". */
const FOR_WHOM = new Set(['children', 'women', 'girls', 'boys', 'men', 'families', 'adults', 'young', 'sick', 'deaf', 'blind']);

/** Where an organisation's name starts: after sentence-initial verbs and plurals ("Attended Harehills Academy") and "the". */
function orgStart(run: Run, orgAt: number, text: string, tokens: readonly Token[]): number {
  const { toks, strengths, keys } = run;
  let s = 0;
  // ("Try Penn Manor Nursing Home", "Rang Lyell McEwin Hospital": a verb opening the sentence, in the past, in -s or
  // -ing, or a request, is outside the name)
  // ("9:55 Rang …": or after a log entry's time)
  const timeBefore = run.before !== undefined && run.before.hasDigit && run.beforeGap === ' ' && codeAt(text, run.before.start - 1) === 58;
  // ("Talking Spaces Psychology⏎41 Clarendon Road": a line of its own before a street address is all name)
  if ((run.before === undefined || run.beforeGap.includes('\n')) && streetAddressAfter(run.last, tokens)) return 0;
  while (s < toks.length - 1 && (toks[s]!.sentStart || (s === 0 && timeBefore)) && !/:\s*$/.test(toks[s]!.gap) && openingWord(keys[s]!, strengths[s]!) && !((toks[s]!.f & C.ORG_PREFIX) !== 0) && s < orgAt && !isOrgWord(keys[s]!)) s++;
  // ("at The Sheffield College": "The" in capitals mid-sentence is part of the name)
  // ("Dr Imogen Saltmarsh⏎The Elms Surgery⏎": and on a line of its own, a letterhead's or an address block's)
  if (keys[s] === 'the' && (toks[s]!.sentStart || !toks[s]!.cap || s < orgAt - 3) && !(s === 0 && toks[0]!.cap && orgAt === toks.length - 1 && (run.before === undefined || run.beforeGap.includes('\n')) && lineEndsAfter(run.last, tokens))) s++;
  return s;
}

/**
 * A word opening a sentence before an organisation's or a body's name, outside it: a verb in the past, in -s or in -ing
 * ("Attended", "Rang"), a request ("Try", "Contact") or a preposition ("At").
 */
function openingWord(key: string, strength: Strength): boolean {
  return ((strength === 'common' || strength === 'word') && /(?:ed|[^s]s|ing)$/.test(key)) || IRREGULAR_PAST.has(key) || ORG_REQUESTS.has(key) || LEADING_PREPOSITIONS.has(key);
}

/** Prepositions opening a sentence before an organisation's name: "At Thornhill Park Academy since Year 7". */
const LEADING_PREPOSITIONS = new Set(['at', 'in', 'from', 'with', 'via', 'through', 'to', 'for', 'since']);

/** Requests that open a sentence before an organisation's name: "Try Penn Manor Nursing Home", "Contact Leeds Mind". */
const ORG_REQUESTS = new Set(['try', 'contact', 'call', 'ring', 'phone', 'email', 'visit', 'ask', 'attend', 'join', 'apply', 'refer', 'book', 'chase', 'text']);

/** Whether the run from s on names an organisation rather than a service or a description. */
function namesOrganisation(run: Run, s: number, tokens: readonly Token[]): boolean {
  const { toks, strengths, keys, before, beforeGap } = run;
  let allGeneric = true; // only generic words and organisation words: "Mental Health Services"
  let allPublic = true;
  let ordinaryOnly = true;
  for (let j = s; j < strengths.length; j++) {
    const x = strengths[j]!;
    if (x === 'name' && (toks[j]!.f & C.ORG_SUFFIX) === 0) allGeneric = false;
    if (x !== 'public' && x !== 'acronym') allPublic = false;
    if (x !== 'common' && x !== 'word' && x !== 'acronym') ordinaryOnly = false;
  }
  // ("The Willows Surgery": the word after a capitalised "The" says whether the name is generic)
  allGeneric = allGeneric && GENERIC_ORG_FIRST.has(keys[keys[s] === 'the' && s + 1 < keys.length - 1 ? s + 1 : s]!);
  const singleSuffix = toks.length - s === 1;
  // "Centrelink Disability Support Pension", "NHS Trust": a national service and its descriptors
  // ("Baptist Mills Academy": a public term before a place's or a person's name is part of a local name)
  // ("Cross Creek Baptist Church": a public word before a word for a place's feature names a place, a local one)
  const placeFirst = s + 2 < toks.length && (toks[s + 1]!.f & C.PLACE_SUFFIX) !== 0 && (toks[s + 1]!.f & C.ORG_SUFFIX) === 0;
  // ("Hamilton High School", "Edinburgh College": a measure's author who is a town too, before a word that ends a
  // school's or a hospital's name, names a local one)
  const placeSchool = (toks[s]!.f & C.PLACE) !== 0 && toks.length - s >= 2 && NAME_ENDS.has(keys[keys.length - 1]!);
  const publicOnly = (allPublic || (((toks[s]!.f & C.PUBLIC_TERM) !== 0) && !placeFirst && !placeSchool && !hasStrengthFrom(strengths, s + 1, 'name') && !nameWordBetween(toks, s + 1, toks.length - 1))) && !((toks[s]!.f & C.KNOWN) !== 0);
  // ("at Georgia State": a state's university, both words public, judged by the word before it, as ordinary words are)
  const stateUniversity = toks.length - s === 2 && keys[s + 1] === 'state' && (toks[s]!.f & C.PUBLIC_NAME) !== 0;
  // ("the Somali Student Association", "Arab American Women's Circle": a community's group, named for who is in it)
  const communityGroup = publicOnly && toks.length - s >= 3 && COMMUNITY_MEMBERS.has(keys[keys.length - 2]!) && COMMUNITY_GROUPS.has(keys[keys.length - 1]!);
  if (allGeneric || singleSuffix || (publicOnly && !stateUniversity && !communityGroup)) return false;
  if (stateUniversity) ordinaryOnly = true;
  // "the Skills Health Check": ordinary words only make an organisation where a name is expected
  if (!ordinaryOnly || ((toks[s]!.f & C.ORG_PREFIX) !== 0)) return true;
  // (the word before the name: a sentence-initial verb the name starts after, "Left Oak Tree Academy", or the
  // token before the run; three words or more after a comma, "neurology, North Shore Neurology Associates")
  // ("for the Noble Park Bulldogs": the word before "the")
  let prev = s > 0 ? toks[s - 1] : before;
  if (prev && prev.key === 'the' && prev.lower && prev.i > 0 && s === 0) prev = tokens[prev.i - 1];
  // ("Case worker: Nasrin Karimi (bilingual), Southern Settlement Partnership")
  if (s === 0 && toks.length >= 3 && (beforeGap === ', ' || beforeGap === '), ') && allTitleCase(toks)) return true;
  // "Harbour Light Counselling" heading the note: a letterhead, the whole first line
  if (s === 0 && before === undefined && toks.length >= 2 && allTitleCase(toks) && lineEndsAfter(run.last, tokens)) return true;
  // ("log – Bayou Behavioral Health, Baton Rouge⏎": or before a comma and a town that ends the line)
  if (s === 0 && toks.length >= 2 && allTitleCase(toks) && townEndsLine(run.last, tokens)) return true;
  // ("Sunrise Care Home have agreed to fund it", "Bright Futures Trust confirmed": three title-case words or more
  // starting a sentence, before a verb an organisation does)
  if (s === 0 && toks[0]!.sentStart && toks.length >= 3 && allTitleCase(toks)) {
    const v = nextToken(tokens, run.last.i);
    if (v && v.gap === ' ' && v.lower && ORG_VERBS.has(v.key)) return true;
  }
  // ("Dr Martin Kolawole\nPorter Brook Medical Centre\n": a whole line of a letter's address block, under a line that
  // starts with a title, is where that person works)
  if (s === 0 && toks.length >= 2 && beforeGap.includes('\n') && allTitleCase(toks) && lineEndsAfter(run.last, tokens) && before !== undefined && lineStartsWithTitle(tokens, before.i)) return true;
  // ("Talking Spaces Psychology⏎41 Clarendon Road, …", "Coast Counselling, Shop 3, 88 Princes Highway": a line of
  // title-case words before a street address, a letterhead's or a signature's)
  if (s === 0 && toks.length >= 2 && (before === undefined || beforeGap.includes('\n')) && allTitleCase(toks) && streetAddressAfter(run.last, tokens)) return true;
  // ("rep payee is Druid Hill Payee Services": after "is", a name of three words or more)
  if (prev && (prev.key === 'is' || prev.key === 'was') && toks.length - s >= 3 && allTitleCaseFrom(toks, s)) return true;
  // ("— Cedar Valley Community Mental Health, Waterloo": four words or more after a dash, before a comma and a place;
  // "— Rampart Range VA Clinic": with an acronym inside)
  const dash = s === 0 && (/[—–]\s*$/.test(beforeGap) || beforeGap === ' - ');
  if (dash && toks.length >= 4 && allTitleCaseOrInnerAcronym(toks) && placeAfterComma(run.last, tokens)) return true;
  return !!prev && (/^(?:at|from|with|for|to|of|by|in|through|via|into|within|outside|near|opposite|behind|beside|attend|attends|attended|attending|goes|go|going|went|enrolled|enrol|enroll|transferred|transferring|graduating|graduated|joined|joining|left|leaving|visits|visited|and|runs|owns|manages|opened|contacted|contact|called|phoned|rang|emailed|informed|notified|chased|liaised)$/.test(prev.key) || (s === 0 && /[:(]\s*$/.test(beforeGap)) || (dash && allTitleCaseOrInnerAcronym(toks) && !GENERIC_TAIL.has(keys[keys.length - 1]!)));
}

/**
 * Whether a street address starts the next line or follows a comma after the token: a house number (or a unit's word
 * and number first, "Shop 3, 88 …") and, within four words, a word for a street ("41 Clarendon Road").
 */
function streetAddressAfter(t: Token, tokens: readonly Token[]): boolean {
  let j = t.i + 1;
  const n = tokens[j];
  if (n === undefined || (n.gap !== ', ' && n.gap !== '\n' && n.gap !== '\r\n')) return false;
  if ((n.f & C.UNIT) !== 0 && tokens[j + 1]?.hasDigit && tokens[j + 2]?.gap === ', ') j += 2;
  const num = tokens[j];
  if (num === undefined || !num.hasDigit || num.text.length > 5 || !isAsciiDigit(codeAt(num.text, 0))) return false;
  for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.gap !== ' ' || !w.cap) return false;
    if ((w.f & C.STREET_SUFFIX) !== 0 && k > j + 1) return true;
  }
  return false;
}

/**
 * "outside Pierce County", "Lake County DCS", "Bexar County Veterans Service Office": one or two capitalised words
 * before "County" name a county (a place), and the words after it one of its services (an organisation); not
 * "County" first ("County Durham", "the County Council", judged as before).
 */
function countyRule(run: Run, out: Span[], tokens: readonly Token[]): boolean {
  const { toks, keys } = run;
  const k = keys.indexOf('county');
  if (k < 1 || run.titled) return false;
  const a = toks[k - 1]!;
  // ("Hoarding Task Force of Montgomery County", "Community College of Baltimore County": the county ends a name
  // that starts before "of", judged as before)
  const before = k >= 2 ? toks[k - 2]! : run.before;
  if (before !== undefined && before.key === 'of' && before.lower && before.i > 0 && tokens[before.i - 1]!.cap) return false;
  // (the service's words: not a language or a people after it, "Alzheimer's Orange County Vietnamese-language")
  let e = toks.length - 1;
  while (e > k && (toks[e]!.f & (C.PUBLIC_NAME | C.CALENDAR) || /-\p{Ll}/u.test(toks[e]!.text))) e--;
  const tail = k < e;
  // (a word opening the sentence only before a county's service, and no verb: "Kings County Criminal Court",
  // "Referral source: Bexar County Veterans Service Office", not "Visited County Hall")
  if (!a.cap || (a.sentStart && !(tail && !/(?:ed|ing)$/.test(a.key) && !ORG_REQUESTS.has(a.key))) || a.f & (C.CALENDAR | C.TITLE | C.RELATION | C.NAME_LABEL | C.ORG_SUFFIX | C.DOMAIN) || a.end !== a.baseEnd) return false;
  let s = k - 1;
  const b = toks[k - 2];
  if (b !== undefined && b.cap && (!b.sentStart || !(b.f & C.COMMON)) && a.gap === ' ' && !(b.f & (C.CALENDAR | C.TITLE | C.RELATION | C.NAME_LABEL | C.ORG_SUFFIX | C.DOMAIN))) s = k - 2;
  // ("OhioMeansJobs Montgomery County", "Alzheimer's Orange County": capitalised words before it, mid-sentence, too)
  if (s > 0 && toks[s - 1]!.cap && !toks[s - 1]!.sentStart && toks[s]!.gap === ' ') s = 0;
  if (!tail) {
    out.push(span('PLACE', toks[s]!.start, toks[k]!.baseEnd, 'model'));
    return true;
  }
  // ("Milwaukee County Department on Aging", "Bergen County Division of Family Guidance": the service's name goes on
  // after "of", "on" or "for" and capitalised words, "and" between them)
  let end = toks[e]!.end;
  let j = toks[e]!.i + 1;
  const link = e === toks.length - 1 ? tokens[j] : undefined;
  if (link !== undefined && link.gap === ' ' && link.lower && (link.key === 'of' || link.key === 'on' || link.key === 'for')) {
    for (j = j + 1; j < tokens.length; j++) {
      const w = tokens[j]!;
      if (w.gap !== ' ') break;
      if (w.cap && !(w.f & C.CALENDAR)) end = w.end;
      else if (!(w.key === 'and' && w.lower && tokens[j + 1]?.cap)) break;
    }
  }
  out.push(span('ORG', toks[s]!.start, end, 'model'));
  return true;
}

/** Whether the line holding the token at i starts with a title ("Dr", "Mrs", "Prof"). */
function lineStartsWithTitle(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (j > 0 && !tokens[j]!.gap.includes('\n')) j--;
  const t = tokens[j]!;
  return (t.f & C.TITLE) !== 0 && HONORIFICS.has(t.key) && i - j <= 4;
}

/** Who a community's group is for, before its group word: "Somali Student Association", "Women's Circle". */
const COMMUNITY_MEMBERS = new Set(['student', 'students', "student's", "students'", 'women', "women's", 'womens', 'men', "men's", 'youth', 'community', 'elders', 'parents', 'mothers', 'fathers', 'dads', 'mums', 'moms', 'girls', 'boys', 'families', 'seniors', 'veterans', 'refugee', 'refugees', 'newcomers', 'cultural']);
/** A community's group word: "… Association", "… Circle". */
const COMMUNITY_GROUPS = new Set(['association', 'society', 'circle', 'club', 'group', 'network', 'alliance', 'forum', 'collective', 'union']);

/** Verbs an organisation does, after its name at the start of a sentence. */
const ORG_VERBS = new Set(['have', 'has', 'are', 'were', 'said', 'says', 'agreed', 'confirmed', 'offered', 'declined', 'refused', 'accepted', 'rang', 'called', 'emailed', 'wrote', 'sent', 'will', 'would', 'can', 'could', 'need', 'needs', 'want', 'wants', 'asked', 'requested', 'closed', 'opened', 'raised', 'reported', 'phoned', 'flagged', 'made', 'arranged', 'provided']);

/** Every token from `from` on capitalised. */
function allTitleCaseFrom(toks: readonly Token[], from: number): boolean {
  for (let i = from; i < toks.length; i++) if (!toks[i]!.cap) return false;
  return true;
}

/** Every token capitalised, or an acronym after the first ("Rampart Range VA Clinic"). */
function allTitleCaseOrInnerAcronym(toks: readonly Token[]): boolean {
  if (!toks[0]!.cap) return false;
  for (let i = 1; i < toks.length; i++) if (!toks[i]!.cap && !toks[i]!.upper) return false;
  return true;
}

/** Whether ", " and a place (a town, or a state's letters) follow the token: "…, Waterloo, IA". */
function placeAfterComma(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  return !!next && next.gap === ', ' && (next.f & C.PLACE) !== 0 && (next.cap || next.upper);
}

/** Whether a token that names a place or a person (a given name, a surname or a place) lies in toks[from, to). */
function nameWordBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const f = toks[j]!.f;
    // (a given name that is also a word, "American Job Center", is not enough)
    if ((f & (C.SURNAME | C.PLACE) || (f & C.GIVEN && !(f & C.COMMON))) && !(f & C.ORG_SUFFIX)) return true;
  }
  return false;
}

/** Whether the line ends after the token (a new line or the end of the text next). */
/** Whether ", " and one or two capitalised words a place list knows follow the token, then the line ends. */
function townEndsLine(t: Token, tokens: readonly Token[]): boolean {
  const a = tokens[t.i + 1];
  if (!a || a.gap !== ', ' || !a.cap || !(a.f & C.PLACE)) return false;
  const b = tokens[t.i + 2];
  if (!b || b.gap.includes('\n')) return true;
  return b.gap === ' ' && b.cap && !(b.f & C.ORG_SUFFIX) && lineEndsAfter(b, tokens);
}

function lineEndsAfter(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  return next === undefined || next.gap.includes('\n');
}

/** Every token capitalised, none in capitals ("North Shore Neurology Associates", not "AND A ROLE AT …"). */
function allTitleCase(toks: readonly Token[]): boolean {
  return allTitleCaseFrom(toks, 0);
}

/** Whether strengths[from..] are all 'name'. */
function allNamesFrom(strengths: readonly Strength[], from: number): boolean {
  for (let i = from; i < strengths.length; i++) if (strengths[i] !== 'name') return false;
  return true;
}

/** Streets: "Elm Street", "Rye Lane", "Blue Island Ave". */
function streetRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  const { toks, strengths, before } = run;
  // ("Moss Lane East", "Booth Street East": a compass word after the street's word is part of its name)
  const compass = toks.length >= 3 && COMPASS.has(run.last.key) && (toks[toks.length - 2]!.f & C.STREET_SUFFIX) !== 0;
  if (toks.length < 2 || (((run.last.f & C.STREET_SUFFIX) === 0) && !compass) || run.titled || run.relation !== undefined) return false;
  // ("Jae-won Park (36)", "Daniel Hill (17)": a surname that is a street's word, with an age in brackets after it, is a person's)
  if (run.last.f & C.SURNAME && ageInBracketsAt(text, run.last.baseEnd)) return false;
  // ("on the Ocean Estate": a preposition, then "the")
  const prep = before && before.key === 'the' && before.i > 0 && before.gap === ' ' ? tokens[before.i - 1]! : before;
  const streetExpected = run.hasName || (!!prep && STREET_PREPS.test(prep.key));
  if (!streetExpected) return false;
  // ("on Pennsylvania Ave", "off Texas Street": after a street's preposition, a state's or a country's name, not a
  // public service's, names streets too)
  const byPrep = !!prep && STREET_PREPS.test(prep.key);
  for (let i = 0; i < strengths.length - (compass ? 2 : 1); i++) {
    if (strengths[i] === 'number') return false;
    if (strengths[i] === 'public' && !(byPrep && (toks[i]!.f & (C.PUBLIC_NAME | C.PUBLIC_TERM)) === C.PUBLIC_NAME)) return false;
  }
  const s = toks[0]!.sentStart && strengths[0] !== 'name' ? 1 : 0;
  if (toks.length - s < 2) return false;
  out.push(span('PLACE', toks[s]!.start, endOf(toks, toks.length - 1), 'model'));
  return true;
}

const HIGH_STREETS = new Set(['street', 'st', 'road', 'rd']);
const STREET_PREPS = /^(?:on|in|at|off|along|from|near|to|into|down|up|via|of|opposite|past)$/;

/** Named places: "Tybee Island", "Manchester Arena", "Quarry Hill", "Canary Wharf". */
/**
 * "Belfast Metropolitan College (Titanic Quarter campus)", "University of Hertfordshire, College Lane campus": the
 * name of a place before "campus" in lower case (two words, or one that is no ordinary word: "the Main campus" is
 * none).
 */
function campusRule(run: Run, tokens: readonly Token[], out: Span[]): boolean {
  const next = tokens[run.last.i + 1];
  if (next === undefined || next.key !== 'campus' || !next.lower || next.gap !== ' ' || run.last.end !== run.last.baseEnd || run.titled || run.relation !== undefined) return false;
  const { toks, strengths } = run;
  const a = toks[0]!.key === 'the' ? 1 : 0;
  if (a === toks.length || (toks.length - a === 1 && strengths[a] !== 'name')) return false;
  // (no public word, date or acronym, and no word for an organisation last: "UCL campus", "Downtown College campus")
  // (nor an organisation's word or letters: "Coleg Meirion-Dwyfor Glynllifon campus", "CDU Katherine campus")
  // (an organisation's word before a street's is the street's name: "College Lane campus")
  const orgWords = run.last.f & (C.STREET_SUFFIX | C.PLACE_SUFFIX) ? C.ORG_PREFIX : C.ORG_PREFIX | C.ORG_SUFFIX;
  for (let q = a; q < toks.length; q++) if (strengths[q] === 'public' || toks[q]!.upper || toks[q]!.f & (C.CALENDAR | C.ACRONYM | orgWords)) return false;
  if (run.last.f & C.ORG_SUFFIX) return false;
  out.push(span('PLACE', toks[a]!.start, endOf(toks, toks.length - 1), 'model'));
  return true;
}

function namedPlaceRule(run: Run, text: string, ctx: ProperNounContext, out: Span[]): boolean {
  // ("Jae-won Park (36)": a surname that is a place's word, with an age in brackets after it, is a person's)
  if (run.last.f & C.SURNAME && ageInBracketsAt(text, run.last.baseEnd)) return false;
  const { toks, strengths, last } = run;
  if (toks.length < 2 || run.titled || run.relation !== undefined) return false;
  // (the strengths first: the words are folded and looked up only when they are not all public)
  const placeRun = !allPublicStrengths(strengths) && ctx.res.placeNames.has(fold(text.slice(toks[0]!.start, last.baseEnd)));
  const suffixed = ((last.f & C.PLACE_SUFFIX) !== 0) && run.hasName && !isPersonish(toks[0]!);
  if (!placeRun && !suffixed) return false;
  const s = toks[0]!.sentStart && strengths[0] !== 'name' && !placeRun ? 1 : 0;
  out.push(span('PLACE', toks[s]!.start, endOf(toks, toks.length - 1), 'model'));
  return true;
}

/** National services and networks whose local branches are named by a place: "headspace Hurstville", "NHS Fife", "UC Davis". */
const BRANCHED = new Set(['uc', 'ut', 'suny', 'cuny', 'dcj', 'headspace', 'tafe', 'nhs', 'mind', 'efks', 'relate', 'cruse', 'barnardo\'s', 'samaritans', 'ymca', 'ywca', 'citizens']);

/**
 * A local branch of a national service or network, named by its place: "headspace Hurstville", "NHS Fife", "TAFE
 * NSW Mount Druitt", "TAFE Queensland", "EFKS Woodridge", "CICC Inala" — a known network, or capitals no list
 * knows, then only places (towns, suburbs, states). The whole is the organisation.
 */
function branchRule(run: Run, text: string, ctx: ProperNounContext, out: Span[], tokens: readonly Token[]): boolean {
  const { toks, before } = run;
  // ("Mind in Camden", "Mind in Salford": a local Mind, named with "in" and its town)
  if (before !== undefined && before.key === 'in' && before.lower && run.beforeGap === ' ' && before.i > 0 && toks.length <= 3) {
    const m = tokens[before.i - 1]!;
    if (m.key === 'mind' && m.cap && before.gap === ' ' && toks[0]!.f & C.PLACE && allTitleCase(toks)) {
      out.push(span('ORG', m.start, run.last.baseEnd, 'model'));
      return true;
    }
  }
  // ("counsellor, Mind Aberystwyth": a known network first is the network's branch even after a role word)
  if (run.titled || (run.relation !== undefined && !BRANCHED.has(toks[0]!.key))) return false;
  if (localServiceRule(run, out)) return true;
  // ("headspace" is written in lower case: the word before the run)
  const lead = before !== undefined && run.beforeGap === ' ' && BRANCHED.has(before.key) && before.lower;
  let from = 0;
  if (!lead) {
    const t0 = toks[0]!;
    // (capitals no list knows at all, before a place in title case: not a line in capitals, "NEAR MITCHELL PARK")
    const unknownAcronym = toks.length >= 2 && t0.upper && t0.text.length >= 3 && t0.text.length <= 5 && t0.f === 0 && toks[1]!.cap;
    if (toks.length < 2 || !(BRANCHED.has(t0.key) || unknownAcronym)) return false;
    from = 1;
  }
  // ("TAFE NSW Mount Druitt Sat 22 Feb": a day or a month after the branch is not part of its name)
  let lastIdx = toks.length - 1;
  while (lastIdx > from + 1 && toks[lastIdx]!.f & C.CALENDAR && toks[lastIdx]!.cap) lastIdx--;
  const last = toks[lastIdx]!;
  for (let q = from; q <= lastIdx; q++) {
    const t = toks[q]!;
    // (the rest a place of more than one word: "Mount Druitt")
    if (q < lastIdx && ctx.res.placeNames.has(fold(text.slice(t.start, last.baseEnd)))) break;
    // ("DCJ Dubbo CSC": an office's acronym after the place)
    if (q === lastIdx && q > from && t.upper && t.text.length <= 4) break;
    // ("NHS Lanarkshire", "NHS Tayside": after "NHS", a region's name no list knows)
    if (!(t.f & (C.PLACE | C.PUBLIC_NAME)) && !(t.upper && STATE_ABBRS.has(t.text)) && !(toks[0]!.key === 'nhs' && q === 1 && lastIdx === 1 && t.cap && noListKnows(t.f))) return false;
    // (after capitals no list knows, a place that is also a name is the name: "SSG Ramirez")
    if (!lead && !BRANCHED.has(toks[0]!.key) && t.f & (C.GIVEN | C.SURNAME)) return false;
    if (t.f & (C.PUBLIC_NAME) && !(t.f & C.PLACE) && !STATE_NAMES.has(t.key)) return false;
  }
  out.push(span('ORG', lead ? before!.start : toks[0]!.start, last.end, 'model'));
  return true;
}
const STATE_NAMES = new Set(['queensland', 'victoria', 'tasmania', 'scotland', 'wales', 'england', 'ireland']);



function allPublicStrengths(strengths: readonly Strength[]): boolean {
  for (let i = 0; i < strengths.length; i++) if (strengths[i] !== 'public') return false;
  return true;
}

/** The last index pickTokens picked (set when it returns one). */
let lastPick = -1;

/**
 * The index of the first of the run's tokens that are part of a name, or -1; the last is left in lastPick
 * (the span runs from the first to the last: connectors are kept only between picked tokens).
 */
function pickTokens(run: Run, text: string, tokens: readonly Token[]): number {
  const { toks, strengths } = run;
  let first = -1;
  lastPick = -1;
  // ("Principal Clinical Psychologist", "Team Leader: Iain Sutherland": ordinary words ending in a word for a role are a
  // job's title, nobody's name; not after an honorific, "Dr Grace Lead")
  if (toks.length >= 2 && ROLE_WORDS.has(run.last.key) && ordinaryFrom(strengths, 0) && !(run.titled && HONORIFICS.has(tokens[toks[0]!.i - 1]?.key ?? ''))) return -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const st = strengths[i]!;
    if (st === 'number') continue;
    // ("Met Tom Smith today", "Rang Sue Turner": a surname that is also a word, right after a given name picked)
    if (first >= 0 && lastPick === i - 1 && surnameAfterPickedGiven(tokens, toks[i - 1]!, t)) {
      lastPick = i;
      continue;
    }
    if (!t.cap && !t.upper) continue;
    // ("about my wife I'll put him …": a pronoun's contraction is nobody's name, whatever cue comes before it)
    if (st === 'common' && contraction(t.key)) continue;
    // ("maternal grandmother (Teta)", 'calls him "Faifeau" (pastor)': a family or religious title in another
    // language alone, which no name list knows, is what someone is called, not their name)
    if (toks.length === 1 && (t.f & C.TITLE) !== 0 && !(t.f & (C.GIVEN | C.SURNAME | C.KNOWN)) && /[("“‘']$/.test(t.gap)) continue;
    // ('"I don't want to go"', "; I explained that …": the pronoun alone is nobody's name, only "I." an initial)
    if (toks.length === 1 && t.text === 'I' && codeAt(text, t.end) !== 46) continue;
    // ("Mrs Hughes (ALNCo)", "the SENCo", "two GPs": capitals then small letters, an acronym with an ending, no name)
    if (!t.upper && !(t.f & C.KNOWN) && acronymWithEnding(t.text)) continue;
    // ("Rebecca Lindqvist, Psy.D., Licensed Psychologist": a degree's or a body's letters are nobody)
    if (POST_NOMINALS.has(t.key) && !(t.f & C.KNOWN)) continue;
    // ("the Dean's office", "the Principal's secretary": a role's word in the possessive between "the" and a word for
    // its office)
    if (toks.length === 1 && t.end !== t.baseEnd && ROLE_POSSESSORS.has(t.key) && !(t.f & C.KNOWN) && roleOffice(t, tokens)) continue;
    // ("Rm 412 – Fifita, Tevita": a word for a room or a unit, which no name list knows, before its number)
    // ("(Rm B12)": or a letter and its number)
    if ((t.f & C.UNIT) !== 0 && !(t.f & (C.GIVEN | C.SURNAME | C.KNOWN)) && codeAt(text, t.end) === 32 && (isAsciiDigit(codeAt(text, t.end + 1)) || (codeAt(text, t.end + 1) >= 65 && codeAt(text, t.end + 1) <= 90 && isAsciiDigit(codeAt(text, t.end + 2))))) continue;
    // ("Sister called with client consent", "Mum rang": a family word alone is the relation, even one some list has as
    // a given name)
    // (not after a family title: "your Tita Baby" is her name)
    if (toks.length === 1 && (t.f & C.KIN) !== 0 && !(t.f & C.KNOWN) && t.end === t.baseEnd && !(t.gap === ' ' && ((tokens[t.i - 1]?.f ?? 0) & (C.TITLE | C.KIN)) !== 0)) continue;
    // ("Dear Judge,", "Dear Sir,": a title alone greeted in a letter is the office, not a name)
    if (toks.length === 1 && (t.f & C.TITLE) !== 0 && !(t.f & C.KNOWN) && codeAt(text, t.end) === 44 && tokens[t.i - 1]?.key === 'dear' && t.gap === ' ') continue;
    // (every honorific is a title: the TITLE bit first)
    if ((t.f & C.TITLE) !== 0 && HONORIFICS.has(t.key) && !((t.f & C.KNOWN) !== 0)) continue; // "Mrs" alone is nobody
    // ("(trainee, DCounsPsych year 2)": a word of the practice's own vocabulary is nobody's name, whatever cue is before it)
    if (toks.length === 1 && st === 'common' && (t.f & C.DOMAIN) !== 0 && !(t.f & C.KNOWN)) continue;
    // ("Addison's disease", "Cushing's syndrome", "Hodgkin's lymphoma": an eponym's possessive before a disease's word)
    if (toks.length === 1 && t.end !== t.baseEnd && !(t.f & C.KNOWN) && eponymNounAfter(t, tokens)) continue;
    // ("the Columbia (C-SSRS)", "Columbia screen done": a measure named after a place, before its letters or a word
    // for a measure)
    if (toks.length === 1 && MEASURE_PLACES.has(t.key) && !(t.f & C.KNOWN) && measureAfter(t, tokens, text)) continue;
    // ("back at Nan's in Moree", "in Nan's room": a family word alone is no place and no shop, even one that names a town)
    if (toks.length === 1 && (t.f & C.KIN) !== 0 && (t.f & C.PLACE) !== 0 && !(t.f & (C.KNOWN | C.GIVEN))) continue;
    // ("GP: N/A", "Y/N": a letter before a slash and a capital is an abbreviation's, no initial)
    if (t.text.length === 1 && toks.length === 1 && codeAt(text, t.end) === 47 && capitalAlone(text, t.end + 1)) continue;
    // ("got his L's", "do her P's": a learner's or a provisional licence; "cellulitis L leg": a side of the body)
    if (t.text.length === 1 && toks.length === 1 && licenceOrSide(t, tokens)) continue;
    // ("one C in math", "B in maths", "A's and B's": a grade, before "in" and a school subject, or listed with another)
    if (t.baseEnd - t.start === 1 && gradeLetter(t, tokens, text)) continue;
    // ("the Royal family", "the Holy Family": no family's name)
    if (toks.length === 1 && NOT_FAMILY_NAMES.has(t.key) && !(t.f & C.KNOWN) && familyContext(t, tokens)) continue;
    let pick = false;
    // ("Agreed to move Family M (the Mahoney siblings)": a family known by its initial)
    if (t.text.length === 1 && t.cap && i > 0 && toks[i - 1]!.key === 'family' && t.gap === ' ' && t.text !== 'A' && t.text !== 'I') pick = true;
    else if (familyName(t, tokens)) pick = true;
    else if (t.text.length === 1 && toks.length === 1 && (bareInitial(t, tokens, t.i) || sentenceInitialLetter(t, tokens) || dottedInitialAsPerson(t, tokens, text) || listedInitial(t, tokens, text) || saysAfterLetter(t, tokens) || initialBeforeSexAge(t, text) || bracketedInitial(t, text) || quotedCaseLetter(t, text) || initialBeforeAge(t, text) || (t.cap && t.text !== 'A' && t.text !== 'I' && bulletName(t, text)))) pick = true;
    // ("- Jade and Jordan Keane (twins, 13)", "Hope and Faith Nwosu": a given name that is also a word, before "and"
    // and a given name and a surname, shares the surname)
    else if (toks.length === 1 && t.cap && t.alpha && t.f & (C.GIVEN | C.WORD_NAME) && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.KIN | C.NAME_LABEL | C.PUBLIC_TERM)) && siblingBeforeFullName(t, tokens)) pick = true;
    else if (st === 'name') pick = pickName(run, i, t, text, tokens);
    else if (st === 'acronym') pick = pickAcronym(run, i, t, text, tokens);
    // ("Hi Will,", "Dear Hope,": a given name that is also a word, greeted at a line's start before a comma)
    // (the greeting in the same run when capitalised: "Hi Will")
    else if ((toks.length === 1 || (toks.length === 2 && i === 1 && LETTER_GREETINGS.has(toks[0]!.key))) && (t.f & (C.GIVEN | C.WORD_NAME)) !== 0 && !(t.f & (C.TITLE | C.KIN | C.RELATION | C.CALENDAR)) && greetedAtLineStart(t, tokens, text)) pick = true;
    // ("Will Harkness (LMSW)", "met Jo Hollings": a word no list knows with a word's ending that surnames have too,
    // one space after a capitalised given name)
    else if (st === 'word' && i > 0 && t.alpha && noListKnows(t.f) && SURNAME_ENDINGS.test(t.key) && surnameAfterGiven(tokens, t.i)) pick = true;
    else if (st === 'common' || st === 'word' || st === 'public') pick = pickOrdinary(run, i, t, st, text, tokens);
    if (pick) {
      if (first < 0) first = i;
      lastPick = i;
    }
  }
  // ("Stu: Gift Chikwanha, 24", "Destiny Pruitt called"): a given name that is also a word, left out, one space before
  // a picked name no list knows or a surname
  if (first > 0 && givenBeforePicked(toks[first - 1]!, toks[first]!)) first--;
  return first;
}

/** Word endings that surnames no list knows have too: "Harkness", "Hollings", "Sundquist", "Mullally", "Pickavance". */
const SURNAME_ENDINGS = /(?:ness|ings?|quist|ally|ance)$/;

/**
 * A capitalised given name that is also a word, one space before a capitalised surname or a name no list knows; not
 * a mentor's "Big" or "Little" before a nickname ("re: Little Ja'Kobe (13)").
 */
function givenBeforePicked(p: Token, t: Token): boolean {
  return !NICKNAME_PREFIXES.has(p.key) && t.i === p.i + 1 && t.gap === ' ' && p.cap && t.cap && p.alpha && t.alpha && p.end === p.baseEnd && (p.f & (C.GIVEN | C.WORD_NAME)) !== 0 && (p.f & NOT_IN_NAME) === 0 && ((t.f & (C.SURNAME | C.WORD_SURNAME)) !== 0 || noListKnows(t.f)) && (t.f & NOT_IN_NAME) === 0;
}

/** Whether "and", a capitalised given name and a capitalised surname (or a name no list knows) follow the token. */
function siblingBeforeFullName(t: Token, tokens: readonly Token[]): boolean {
  const a = tokens[t.i + 1];
  const g = tokens[t.i + 2];
  const f = tokens[t.i + 3];
  if (a === undefined || g === undefined || f === undefined || t.end !== t.baseEnd || a.gap !== ' ' || a.key !== 'and' || !a.lower || g.gap !== ' ' || f.gap !== ' ') return false;
  if (!g.cap || !g.alpha || !(g.f & (C.GIVEN | C.WORD_NAME)) || g.f & (C.CALENDAR | C.TITLE | C.RELATION | C.PUBLIC_TERM)) return false;
  return f.cap && f.alpha && ((f.f & (C.SURNAME | C.WORD_SURNAME | C.GIVEN)) !== 0 || noListKnows(f.f)) && (f.f & (NOT_IN_NAME | C.COMMON)) === 0;
}

/** "Kobe (8) and Indie (5)", "Ava (3), Mia (5)": an age in brackets after the token and after the word before it. */
function siblingWithAge(t: Token, text: string): boolean {
  if (codeAt(text, t.end) !== 32 || codeAt(text, t.end + 1) !== 40 || !AGE_IN_BRACKET.test(text.slice(t.end + 1, t.end + 6))) return false;
  return AGE_BRACKET_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start));
}
const AGE_IN_BRACKET = /^\(\d{1,2}\)/;
const AGE_BRACKET_BEFORE = /\(\d{1,2}\)(?: and | & |, )$/;


/** Whether "Hi", "Hello", "Hey" or "Dear" opens the line just before the token, and a comma or "!" follows it. */
function greetedAtLineStart(t: Token, tokens: readonly Token[], text: string): boolean {
  const g = tokens[t.i - 1];
  if (g === undefined || t.gap !== ' ' || !(g.i === 0 || g.gap.includes('\n')) || !LETTER_GREETINGS.has(g.key)) return false;
  const c = codeAt(text, t.end);
  return c === 44 || c === 33;
}
/** The greetings of cues.ts and "Dear": what opens a letter or a message before a name. */
const LETTER_GREETINGS: ReadonlySet<string> = new Set([...GREETINGS, 'dear']);

/** Places measures are named after: the Columbia (C-SSRS), the Edinburgh (EPDS). */
const MEASURE_PLACES = new Set(['columbia', 'edinburgh', 'warwick']);
const MEASURE_USE_WORDS = new Set(['screen', 'screening', 'screener', 'protocol', 'scale', 'prompts', 'questions', 'training', 'score', 'scored', 'assessment', 'tool', 'items', 'form']);
/** Whether "(" and capitals, or a word for a measure, follow the token: "Columbia (C-SSRS)", "Columbia screen". */
function measureAfter(t: Token, tokens: readonly Token[], text: string): boolean {
  if (codeAt(text, t.end) === 32 && codeAt(text, t.end + 1) === 40 && /^\((?:[A-Z]-[A-Z]|[A-Z]{4})/.test(text.slice(t.end + 1, t.end + 6))) return true;
  const next = tokens[t.i + 1];
  return next !== undefined && next.gap === ' ' && next.lower && MEASURE_USE_WORDS.has(next.key);
}

/** Whether "in" or "to" comes before the run, after a verb of living somewhere ("lives in", "moved to"). */
function livingBefore(run: Run, tokens: readonly Token[]): boolean {
  const b = run.before;
  if (!b || run.beforeGap !== ' ' || (b.key !== 'in' && b.key !== 'to') || b.i === 0 || b.gap !== ' ') return false;
  const v = tokens[b.i - 1]!;
  return v.lower && (b.key === 'in' ? LIVING_VERBS.has(v.key) : v.key === 'moved' || v.key === 'relocated');
}

/** Whether "mr", "mrs", "ms" or "mx" in lower case comes one space (or ". ") before the token. */
function lowerHonorificBefore(tokens: readonly Token[], t: Token): boolean {
  const b = tokens[t.i - 1];
  return b !== undefined && b.lower && (t.gap === ' ' || t.gap === '. ') && LOWER_HONORIFICS.has(b.key);
}

/** Whether "the" comes before the token and a word for an office after it: "the Dean's office". */
function roleOffice(t: Token, tokens: readonly Token[]): boolean {
  const before = tokens[t.i - 1];
  const after = tokens[t.i + 1];
  return before !== undefined && before.key === 'the' && before.lower && t.gap === ' ' && after !== undefined && after.gap === ' ' && after.lower && OFFICE_WORDS.has(after.key);
}
const ROLE_POSSESSORS = new Set(['dean', 'principal', 'head', 'chair', 'provost', 'registrar', 'bursar', 'warden', 'governor', 'mayor', 'chief', 'director', 'headteacher', 'superintendent', 'coroner', 'sheriff', 'judge', 'minister', 'president', 'chancellor', 'rector', 'vicar']);
const OFFICE_WORDS = new Set(['office', 'secretary', 'assistant', 'pa', 'team', 'department', 'staff', 'report', 'letter', 'approval', 'permission']);

/** A capitalised surname (not a word for a street, a date, a title or a service) one space after a given name picked. */
function surnameAfterPickedGiven(tokens: readonly Token[], prev: Token, t: Token): boolean {
  // ("- Tom W – resume done": or an initial ending the run)
  if (t.text.length === 1 && t.cap && t.text !== 'A' && t.text !== 'I' && t.gap === ' ' && prev.end === prev.baseEnd && (prev.f & C.GIVEN) !== 0 && t.i === prev.i + 1) return t.end === t.baseEnd;
  return t.i === prev.i + 1 && t.alpha && (t.f & (C.SURNAME | C.WORD_SURNAME)) !== 0 && (t.f & NOT_IN_NAME) === 0 && surnameAfterGiven(tokens, t.i);
}

/**
 * "the Begum family", "The Smith family – CIN", "the Mahoney siblings": a surname (or a name, or a word only a
 * name could be) between "the" and a word for a family, not a people, a faith or an ordinary word ("the Royal family").
 */
function familyName(t: Token, tokens: readonly Token[]): boolean {
  if (!t.cap || !t.alpha || t.end !== t.baseEnd || t.f & (C.PUBLIC_TERM | C.PUBLIC_NAME | C.CALENDAR | C.TITLE | C.RELATION | C.KIN | C.ORG_SUFFIX | C.PLACE_SUFFIX | C.DOMAIN | C.ACRONYM)) return false;
  if ((t.f & C.COMMON && !(t.f & (C.SURNAME | C.WORD_SURNAME | C.GIVEN | C.KNOWN))) || NOT_FAMILY_NAMES.has(t.key)) return false;
  return familyContext(t, tokens);
}

/** "the … family": "the" before the token and a word for a family after it. */
function familyContext(t: Token, tokens: readonly Token[]): boolean {
  const before = tokens[t.i - 1];
  const after = tokens[t.i + 1];
  // ("the L. family": or an initial)
  return before !== undefined && before.key === 'the' && t.gap === ' ' && after !== undefined && (after.gap === ' ' || (t.text.length === 1 && after.gap === '. ')) && after.lower && FAMILY_NOUNS.has(after.key);
}
/** Words before "family" that some list knows as names but that name no family there ("the Royal family"). */
const NOT_FAMILY_NAMES = new Set(['royal', 'holy', 'first', 'whole', 'same', 'new', 'old', 'host', 'birth', 'extended', 'blended', 'nuclear', 'immediate', 'entire', 'wider', 'addams']);

/** "• B. (17) — consent …": a capital and a full stop, then an age in brackets. */
function initialBeforeAge(t: Token, text: string): boolean {
  return t.cap && t.text !== 'A' && t.text !== 'I' && codeAt(text, t.end) === 46 && ageInBracketsAt(text, t.end);
}

/** '- "R" (client, 19): …', '"J" (13, Year 8)': a capital alone in quotes, then a case's age or school year. */
function quotedCaseLetter(t: Token, text: string): boolean {
  const q = text.charCodeAt(t.start - 1);
  return t.cap && t.text !== 'A' && t.text !== 'I' && (q === 34 || q === 0x201c || q === 39 || q === 0x2018) && QUOTED_CASE_AFTER.test(text.slice(t.end, t.end + 24));
}

/** "a young person (T, Year 13)", "(K, 16)": a capital alone in brackets, before a school year or an age. */
function bracketedInitial(t: Token, text: string): boolean {
  // (not a sex, "(M, 29)", "(F, 34)")
  return t.cap && t.text !== 'A' && t.text !== 'I' && t.text !== 'M' && t.text !== 'F' && t.text !== 'X' && codeAt(text, t.start - 1) === 40 && BRACKET_INITIAL_AFTER.test(text.slice(t.end, t.end + 12));
}
const BRACKET_INITIAL_AFTER = /^,\s?(?:(?:Year|Yr|Y)\s?\d{1,2}|\d{1,2}(?:\)|,|\s?y))/;

/** "2. J. (M, 17) — disclosed …": one capital and a full stop, then a case's sex and age in brackets. */
function initialBeforeSexAge(t: Token, text: string): boolean {
  return t.cap && text.charCodeAt(t.end) === 46 && text.charCodeAt(t.end + 1) === 32 && text.charCodeAt(t.end + 2) === 40 && SEX_AGE_BRACKET.test(text.slice(t.end + 1, t.end + 15));
}

/** A token that reads as a name (unknown capitalised word or gazetteer name). */
function pickName(run: Run, i: number, t: Token, text: string, tokens: readonly Token[]): boolean {
  const { toks, cue } = run;
  // ('"I don't want to go"': the pronoun, quoted or not)
  if (t.text === 'I' && toks.length === 1) return false;
  // "Neuropsych consult": a heading word at the start of a line, unknown to every gazetteer.
  const next = nextToken(tokens, t.i);
  // ("Eilidh/mum joint session": not before a slash and a family word)
  if (i === 0 && toks.length === 1 && (t.gap.includes('\n') || t.start === 0) && !gazetteerName(t) && !cue && next && (next.lower || (text[next.start - 1] === '[' && next.upper)) && !VERBISH.test(next.key) && !(next.gap === '/' && (next.f & C.KIN) !== 0)) return false;
  // "Addr: Flat 9, …", "Hx: …": a word no list knows starting a line before a colon is a field's label (the
  // speakers of a text thread are found by chatSpeakers)
  // ("… maintaining fear. Cognitions: …": or a sentence, when the word is no name any list knows and has a word's ending)
  // ("Tavita: attended, engaged well.": not before a verb a person does, as in a list of who came)
  // ("… hrs. Reframed: stabilisation …": a past tense too)
  if (i === 0 && toks.length === 1 && (t.gap.includes('\n') || t.start === 0 || (t.sentStart && t.text.length >= 6 && (WORDY_SUFFIX.test(t.key.endsWith('s') ? t.key.slice(0, -1) : t.key) || t.key.endsWith('ed')))) && !gazetteerName(t) && !cue && codeAt(text, t.end) === 58 && t.text.length > 1 && !(next && next.lower && next.gap.startsWith(': ') && says(next.key))) return false;
  // ("G says talk to intake first": a capital alone before a verb of saying is someone's initial)
  if (t.text.length === 1 && !cue && !run.quoted && !/^\s*\.\s/.test(text.slice(t.end, t.end + 3)) && !(toks.length > 1) && !bareInitial(t, tokens, t.i) && !saysAfterLetter(t, tokens)) return false;
  return true;
}

/** An all-capitals token: initials are a name, acronyms only inside one. */
function pickAcronym(run: Run, i: number, t: Token, text: string, tokens: readonly Token[]): boolean {
  const { toks, cue, quoted, before, beforeGap } = run;
  // ("Ruth Abernethy MBACP (Accred)", "Hana Whitfeather PsyD": a professional body's or a degree's letters after a name)
  if (i > 0 && POST_NOMINALS.has(t.key)) return false;
  // "a place at UNSW", "FIU nursing": a university's letters
  if (UNIVERSITY_LETTERS.has(t.text)) return true;
  // (the cue is looked for only when quoted letters or dotted initials make it matter: the regex is end-anchored)
  // ("Supervisee: Destiny Okoro, M.S. Clinical …": a degree's letters are nobody's initials)
  const quoteCue = (quoted || (isDottedInitials(t.text) && !DOTTED_NOT_PEOPLE.has(t.key))) && QUOTE_CUE.test(text.slice(Math.max(0, t.start - 40), t.start));
  // (an acronym's letters quoted after a cue are initials too, when no word follows the quote: client "TB" (…),
  // but client "POA" paperwork)
  const initials = isDottedInitials(t.text) || (quoted && toks.length === 1 && t.text.length <= 3 && (!((t.f & C.ACRONYM) !== 0) || (quoteCue && /^["”’']\s*[(),.;:]/.test(text.slice(t.baseEnd, t.baseEnd + 4)))) && /["“‘']\s*$/.test(beforeGap));
  if (initials && (cue || quoted || quoteCue) && (!quoted || isDottedInitials(t.text) || quoteCue)) {
    return true; // initials "J.M."
  }
  // ('• "JD", Y6, …', '("DS", 17)': quoted letters, then a school year or an age, describe a case)
  // ('"TF" (17 F)', '"M.R." (8th grade, 13)': even letters that are also an acronym's, quoted alone)
  if ((initials || (quoted && toks.length === 1 && t.text.length <= 3 && /["“‘']\s*$/.test(beforeGap))) && quoted && QUOTED_CASE_AFTER.test(text.slice(t.baseEnd, t.baseEnd + 16))) return true;
  if (toks.length === 1 && t.text.length <= 3) {
    // "K.L., a 14-year-old", "L.D. (16)": initials with full stops, unless a common abbreviation ("U.K.", "P.E.")
    // ("1. A.M. (27)": even a common abbreviation's letters, when an age in brackets follows and no number comes
    // just before, as in "10 A.M. (GMT)")
    if (isDottedInitials(t.text) && (!DOTTED_NOT_PEOPLE.has(t.key) || (ageInBracketsAt(text, t.end) && !(before && before.hasDigit && beforeGap === ' ')))) return true;
    // "Terrence Holloway ("TJ")": a quoted alias in brackets just after a name
    if (quoted && before !== undefined && (before.cap || before.upper) && /^\s*\(\s*["“‘']$/.test(beforeGap)) return true;
    // "someone called TB": letters named as a person's
    if (before !== undefined && (before.key === 'called' || before.key === 'named') && beforeGap === ' ' && before.i > 0 && SOMEONE.has(tokens[before.i - 1]!.key)) return true;
  }
  // "Pt: COLQUITT, Deandre L.", "OKAFOR, Grace": a surname in capitals, a comma, then a given name (not "his COM,
  // Harriet Ellison", a role's letters after a possessive)
  if (toks.length === 1 && t.text.length >= 3 && t.alpha && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COMMON | C.ID_CUE | C.CALENDAR)) && !STATE_ABBRS.has(t.text) && !(before && DETERMINERS.has(before.key))) {
    const next = tokens[t.i + 1];
    if (next && next.gap === ', ' && next.cap && (next.f & C.GIVEN) !== 0 && !(next.f & (C.COMMONISH | C.PLACE))) return true;
  }
  // "his nephew DJ", "her sister MK": initials just after a family word
  if (toks.length === 1 && t.text.length <= 3 && INITIALS.test(t.text) && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME)) && run.relation !== undefined && run.relation === before && (before.f & C.KIN) !== 0 && beforeGap === ' ') return true;
  // "client AK", "young person JT": initials after a role word; "Supervisee: AK", "Client: KM": after a label
  if (toks.length === 1 && t.text.length <= 3 && !((t.f & C.ACRONYM) !== 0) && before && ((before.f & C.CLIENT_WORD) !== 0) && /^\s$/.test(beforeGap)) return true;
  // (the field's whole value: "Client: SSG (ret.) Terrence …" is a rank before a name)
  if (toks.length === 1 && run.labelled && INITIALS.test(t.text) && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COMMON)) && fieldValueEnds(tokens[t.i + 1])) return true;
  // "JT said", "with TM's consent", "1. SM (Y9) –", "DF to bring": two or three capitals no list knows, used as a person
  // (two at once when joined by a slash: "the JB/TM matter")
  // (a unit's letters too before "to" and a verb: "RM to send the form", not "Rm 4")
  // ("Met KT at school", "Discussed JB's plan": or after one sentence-initial ordinary word, the same run)
  const afterOpener = toks.length === 2 && i === 1 && toks[0]!.sentStart && (run.strengths[0] === 'common' || run.strengths[0] === 'word') && !(toks[0]!.f & (C.TITLE | C.RELATION | C.KIN | C.NAME_LABEL | C.DOMAIN | C.ORG_PREFIX)) && t.gap === ' ';
  // ("2. DM (M, 19)", "DK (mid-20s, …)": a case's sex and age in brackets make any two or three capitals someone's initials)
  // ("1. JR, F, 16.": or the sex and the age after a comma)
  if (toks.length === 1 && t.upper && t.alpha && t.text.length <= 3 && !(t.f & (C.PUBLIC_TERM | C.DOMAIN)) && ((codeAt(text, t.end) === 32 && codeAt(text, t.end + 1) === 40 && SEX_AGE_BRACKET.test(text.slice(t.end, t.end + 14))) || (codeAt(text, t.end) === 44 && SEX_AGE_COMMA.test(text.slice(t.end, t.end + 10))))) return true;
  if ((toks.length === 1 || (toks.length === 2 && toks[1]!.gap === '/') || afterOpener) && t.text.length <= 3 && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.ID_CUE)) && (!(t.f & C.UNIT) || tokens[t.i + 1]?.key === 'to') && initialsAsPerson(t, tokens, text)) return true;
  // ("Mentor note (JM, 24/02/2025):", "Case presentation (FA):": the writer's initials in brackets after a note's word,
  // alone or before a date)
  if (toks.length === 1 && t.upper && t.alpha && t.text.length >= 2 && t.text.length <= 3 && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.ID_CUE)) && before !== undefined && beforeGap === ' (' && NOTE_WORDS.has(before.key) && (codeAt(text, t.end) === 41 || (codeAt(text, t.end) === 44 && isAsciiDigit(codeAt(text, t.end + 2))))) return true;
  // "a pharmacy degree at UNSW", "works nights at UPS": an unknown acronym where a workplace or a place of study is expected
  if (toks.length === 1 && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN)) && before !== undefined && atOrFor(before.key) && run.beforeGap === ' ' && WORK_OR_STUDY.test(text.slice(Math.max(0, t.start - 48), t.start))) return true;
  // ("she's in UHW on the cancer ward", "dad's been in the QEUH since tues (heart)": an unknown acronym where a hospital
  // is expected)
  // (not a ward's or a unit's letters, which end in U: "to the CDU overnight", "in PICU")
  if (toks.length === 1 && t.upper && t.text.length >= 3 && !t.text.endsWith('U') && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN)) && before !== undefined && inHospitalPlace(tokens, t) && HOSPITAL_CONTEXT.test(text.slice(Math.max(0, t.start - 50), t.end + 50))) return true;
  // acronyms only inside a name ("HealthWorks OH"), never alone
  if (((t.f & C.ACRONYM) !== 0) || toks.length === 1) return false;
  return run.hasName && (i > 0 && run.strengths[i - 1] === 'name');
}

const CALL_DIRECTIONS = new Set(['out', 'in', 'inc', 'outg']);

/** Words for a note or a part of one, before its writer's initials in brackets: "File note (GH, 10/03/25)". */
const NOTE_WORDS = new Set(['note', 'notes', 'entry', 'presentation', 'update', 'log', 'record', 'summary', 'minutes', 'handover', 'addendum']);

/** Letters after a practitioner's name: professional bodies' memberships, registrations and degrees. */
const POST_NOMINALS = new Set(['psy.d', 'ph.d', 'ed.d', 'm.ed', 'mbacp', 'ukcp', 'bacp', 'hcpc', 'mbpss', 'cpsychol', 'afbpss', 'fbpss', 'dclinpsy', 'mrcpsych', 'frcpsych', 'rmn', 'rgn', 'rnld', 'lcsw', 'lmsw', 'msw', 'lpc', 'lmft', 'psyd', 'phd', 'rn', 'bsw', 'ncc', 'lcpc', 'lpcc', 'licsw', 'lmhc', 'csw', 'acsw', 'cqsw', 'dipsw', 'pgce', 'mcip', 'cdi', 'rccp', 'mncs', 'macp', 'pacfa', 'aasw', 'maps', 'faps', 'mnzac', 'nzac']);

/** An ordinary or public word: a name only with a cue or next to a name. */
function pickOrdinary(run: Run, i: number, t: Token, st: Strength, text: string, tokens: readonly Token[]): boolean {
  const { cue, titled, relation } = run;
  // "his Youth Justice caseworker": the cue word before the run and the run's first word make a public phrase
  if (i === 0 && run.before !== undefined && run.beforeGap === ' ' && PUBLIC_BY_FIRST.has(run.before.key) && PUBLIC_PHRASE_SET.has(`${run.before.key} ${t.key}`)) return false;
  const nameLike = (t.f & (C.GIVEN | C.SURNAME)) !== 0;
  // ("her sister lives in Hayes", "moved to Fishponds": after a verb of living somewhere and "in" or "to", a
  // capitalised word is a place's name, whatever else it is — not a country or a state, which is public)
  if (i === 0 && run.toks.length <= 2 && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.KIN | C.ORG_SUFFIX | C.ACRONYM | C.PUBLIC_NAME)) && livingBefore(run, tokens)) return true;
  // ("Kobe (8) and Indie (5)": a capitalised word with an age in brackets, after another's and "and" or a comma)
  if (i === 0 && run.toks.length === 1 && t.cap && t.alpha && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.KIN | C.NAME_LABEL | C.UNIT | C.DOMAIN)) && siblingWithAge(t, text)) return true;
  // "Level 6", "Ward 31", "Team 2": an ordinary word before a number is a label, not a name
  // (a given name after a family word, then a number, is a person and their age: "son Nick 17, doing VCE")
  // ("Grace — session 9 — 19/11/25", "Hope - wk 3": a given name heading a note, before a dash and its session or date)
  if (run.toks.length === 1 && t.f & C.GIVEN && !(t.f & (C.TITLE | C.RELATION | C.PUBLIC_TERM | C.DOMAIN)) && headingName(t, tokens)) return true;
  // ("• Tyler (EHCP) – annual review", "- Tom W – resume done": a given name opening a list's item, before a dash)
  if (i === 0 && (run.toks.length === 1 || (run.toks.length === 2 && run.toks[1]!.text.length === 1)) && t.f & C.GIVEN && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.PUBLIC_TERM | C.DOMAIN)) && bulletName(t, text)) return true;
  // ("foster carers Sue and Ken Bradshaw": a given name that is also a word, before "and" and a couple's other name in full)
  if (run.toks.length === 1 && t.f & C.GIVEN && !t.sentStart && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.PUBLIC_TERM)) && coupleAfter(t, tokens)) return true;
  // ("kids (Mason 10 and Lily 7)", "Ruby 9, Jack 6": two or more given names listed, each with an age)
  if (run.toks.length === 1 && t.f & C.GIVEN && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION)) && listedWithAge(t, tokens)) return true;
  if ((st === 'common' || st === 'word') && labelBeforeNumber(t, tokens) && !(relation !== undefined && relation.lower && (relation.f & C.KIN) !== 0 && (t.f & C.GIVEN) !== 0 && ageAfterLabel(t, tokens))) return false;
  // "grandson   Age: 27", "Address:": an ordinary word (no given name) before a colon is a field's label
  if (st === 'common' && !(t.f & C.GIVEN) && codeAt(text, t.baseEnd) === 58) return false;
  // "one (Summer) walked out", "widowed in 2016 (Sol)", "her youngest (Hope)": a given name alone in brackets after a
  // word for a person, or before what a person does
  if (run.toks.length === 1 && t.f & C.GIVEN && !(t.f & C.CALENDAR && !(t.f & C.COMMON)) && bracketedPerson(t, text)) return true;
  // ("mum (Shona) rang the office": a family word, then one capitalised word alone in brackets before a verb a person
  // does, whatever else the word is — a language, a place)
  if (run.toks.length === 1 && !(t.f & (C.CALENDAR | C.ACRONYM | C.TITLE | C.RELATION | C.KIN)) && !((t.f & C.PLACE) !== 0 && !(t.f & (C.GIVEN | C.SURNAME))) && kinBracketName(t, tokens, text)) return true;
  // "Front Range Counseling Collective, Boulder, CO", "Tri-City Behavioral Health, Vista, CA": a town whose name is
  // an ordinary word, before a comma and a state's letters
  if (run.toks.length <= 3 && !(t.f & (C.CALENDAR | C.TITLE | C.RELATION | C.KIN)) && stateAfter(run, text)) return true;
  // "Topics: Anxiety, Hope, Resilience, Grace": a word that is also a name, listed between capitalised ordinary words
  if (run.toks.length === 1 && t.f & C.COMMONISH && !(t.f & C.KNOWN) && t.gap === ', ' && listedBetween(tokens, t.i, listedWord, true)) return false;
  // "Summer (19)", "\"Patience\" (31)": a given name that is also a word (or a month or season), with an age in brackets after it
  if (run.toks.length === 1 && (t.f & C.GIVEN) !== 0 && ageInBracketsAt(text, t.baseEnd)) return true;
  // "- Precious (Y10) – attendance 82%": or a school year in brackets
  if (run.toks.length === 1 && (t.f & C.GIVEN) !== 0 && !(t.f & C.CALENDAR) && codeAt(text, t.baseEnd + 1) === 40 && SCHOOL_YEAR_BRACKET.test(text.slice(t.baseEnd, t.baseEnd + 12))) return true;
  // "Gift, 34, Zimbabwean nurse": a word that is also a name, then an age between commas
  if (run.toks.length === 1 && t.f & (C.GIVEN | C.WORD_NAME) && ageBetweenCommas(t, tokens)) return true;
  // "Met Tom today", "Rang Mark about it": a given name that is also a word, after a word for meeting or messaging
  // someone that starts the sentence (the two capitalised, one run)
  // ("Discussed Tom's anxiety": or a verb in the past, then the name in the possessive before an ordinary word)
  if (i === 1 && run.toks[0]!.sentStart && t.f & (C.GIVEN | C.WORD_NAME) && !(t.f & (C.CALENDAR | C.PUBLIC_TERM | C.TITLE | C.RELATION)) && t.gap === ' ') {
    const k0 = run.keys[0]!;
    if (CONTACT_VERBS.has(k0) || (SEE_VERBS.has(k0) && !(t.f & C.PUBLIC_NAME))) return true;
    const after = tokens[t.i + 1];
    if (t.end !== t.baseEnd && (k0.endsWith('ed') || IRREGULAR_PAST.has(k0)) && after && after.gap === ' ' && after.lower) return true;
    // "Gave Tom the leaflet", "If Hope misses again", "Per Rob, …", "Overheard Bear shouting": after one sentence-
    // initial verb (in the past, or a request) or conjunction, a given name capitalised as in mid-sentence
    const w0 = run.toks[0]!;
    if (run.toks.length === 2 && !(t.f & C.PUBLIC_NAME) && !MODALS_AS_NAMES.has(t.key) && (run.strengths[0] === 'common' || run.strengths[0] === 'word') && !(w0.f & (C.TITLE | C.RELATION | C.KIN | C.NAME_LABEL | C.DOMAIN | C.ORG_PREFIX)) && (SENTENCE_OPENERS.has(k0) || (!(w0.f & C.GIVEN) && ((k0.endsWith('ed') && k0.length > 4) || IRREGULAR_PAST.has(k0))))) return true;
  }
  // "August Lindqvist", "June Sarpong": a month that is a given name, before a surname or an unknown name
  if (i === 0 && t.f & C.CALENDAR && t.f & C.GIVEN && run.toks.length >= 2 && run.strengths[1] === 'name' && !(run.toks[1]!.f & (C.CALENDAR | C.PLACE)) && run.toks[1]!.gap === ' ') return true;
  // "Jordan said", "Georgia rang": a country or state that is also a given name, alone before a verb of saying
  // ("met Jordan at Costa", "texted Georgia": or after a word for meeting or messaging someone)
  if (st === 'public' && !cue && run.toks.length === 1 && t.f & C.GIVEN && !(t.f & (C.CALENDAR | C.PUBLIC_TERM)) && (saysAfter(t, tokens) || personVerbAfter(tokens, t.i) || relationAfter(t, tokens) || contactedBefore(t, tokens) || givenUsedAsPerson(t, tokens, nextToken(tokens, t.i), false))) return true;
  // "Last week Gift brought her …", "Summer noticed she …", "with Glen when he …", "Summer and Ava made …": a
  // word that is also a name, used as one (not a country or a public term: "Jordan" has its own rule above)
  if (!cue && run.toks.length === 1 && t.f & (C.GIVEN | C.WORD_NAME) && !(t.f & (C.PUBLIC_NAME | C.PUBLIC_TERM)) && wordNameAsPerson(t, tokens, text)) return true;
  // "Present: Major Tupou, Fatima Haidari, Will, Brodie McKenna": a given name that is also a word, listed between
  // two names
  if (run.toks.length === 1 && t.f & C.GIVEN && !(t.f & (C.CALENDAR | C.PUBLIC_TERM)) && t.gap === ', ' && listedBetween(tokens, t.i, listedName, false)) return true;
  if (st === 'public' && !cue) return false;
  if (t.f & C.CALENDAR && !titled && !relation) return false;
  // ("call grandmother Friday at …", "sees the children Sat/Sun": after a family word, a weekday is still the day;
  // a month may be a name, "her aunt April", "her husband Dec")
  if (t.f & C.CALENDAR && !titled && !(t.f & C.GIVEN) && WEEKDAY_KEYS.has(t.key)) return false;
  const calendarName = !!relation && (t.f & C.CALENDAR) !== 0 && !/^\s*\d/.test(text.slice(t.end, t.end + 3));
  if (cue && !titled && t.f & (C.NAME_LABEL | C.RELATION)) return false; // "Client Name:"
  // "Child Protection", "Carer Payment": a capitalised relation word before an ordinary word that no name list
  // knows is the start of a service's name, not a cue
  if (relation !== undefined && !titled && relation.cap && relation.i === run.toks[0]!.i - 1 && run.toks[0]!.gap === ' ' && st === 'common' && !(t.f & (C.GIVEN | C.SURNAME | C.WORD_NAME | C.WORD_SURNAME | C.PLACE))) return false;
  // "Clinical Psychologist, Adult Psychology Service": after a role, two or more ordinary words that no list of
  // names or places knows, ending in a word for a service or a team, name a service, not a person ("Careers
  // Adviser, Futures Advice" may be an organisation's name, judged on)
  if (cue && !titled && !run.labelled && run.toks.length >= 2 && SERVICE_ENDS.has(run.last.key) && plainWords(run)) return false;
  if (cue && (st !== 'public' || titled || nameLike || calendarName)) {
    return !(t.sentStart && i === 0 && !titled && !relation && !run.labelled);
  }
  return pickUncuedOrdinary(run, i, t, st, text, tokens);
}

/**
 * Whether tokens[i] is an item of a list whose neighbouring words are both `kind`: the word before it ends the
 * item before, the word after it starts the next ("…, Fatima Haidari, Will, Brodie McKenna"; "Anxiety, Hope,
 * Resilience"). "and" before the next item counts only when `and` is set.
 */
function listedBetween(tokens: readonly Token[], i: number, kind: (t: Token) => boolean, and: boolean): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && !!next && (next.gap === ', ' || next.gap === ' & ' || (and && next.gap === ' and ')) && kind(prev) && kind(next);
}
/** A capitalised ordinary word that is no name: "Anxiety", "Resilience". */
function listedWord(t: Token): boolean {
  return t.cap && (t.f & C.COMMON) !== 0 && !(t.f & (C.GIVEN | C.SURNAME | C.KNOWN | C.WORD_NAME));
}
/** A capitalised word that reads as a name: a given name or surname that is not an ordinary word, or a word no list knows. */
function listedName(t: Token): boolean {
  return t.cap && t.alpha && !(t.f & (C.COMMONISH | C.CALENDAR | C.PUBLIC_TERM | C.PUBLIC_NAME | C.PLACE | C.ORG_SUFFIX | C.TITLE | C.RELATION)) && ((t.f & (C.GIVEN | C.SURNAME | C.KNOWN)) !== 0 || noListKnows(t.f));
}

/** Words for a service that BODY_TAILS lacks (a run ending in one of those is judged by bodyRule, before any pick). */
const SERVICE_ENDS = new Set(['unit', 'clinic', 'ward']);
/** Whether every word of the run is an ordinary word (strength 'common') that no list of names or places knows. */
function plainWords(run: Run): boolean {
  for (let q = 0; q < run.toks.length; q++) {
    const f = run.toks[q]!.f;
    // (a surname that is an ordinary word counts as one, "Service"; in three words or more a given name too, "Acquired
    // Brain Injury Unit": two such words may be a person's, "Mark Green")
    if (run.strengths[q] !== 'common' || f & (C.WORD_NAME | C.WORD_SURNAME | C.PLACE | C.KNOWN) || (f & C.SURNAME && !(f & C.COMMON)) || (f & C.GIVEN && (run.toks.length < 3 || !(f & C.COMMON)))) return false;
  }
  return true;
}

const ROLE_LETTERS = new Set(['A', 'I', 'C', 'P', 'M', 'D']);
/** Whether a verb of saying follows a single letter ("G says", "R said"), or starting a sentence a verb in the past ("K turned 14"). */
function saysAfterLetter(t: Token, tokens: readonly Token[]): boolean {
  // (not "A" or "I", nor the letters notes use for a role: C client, P patient or parent, M mum, D dad)
  if (ROLE_LETTERS.has(t.text)) return false;
  const next = tokens[t.i + 1];
  if (!next || next.gap !== ' ' || !next.lower) return false;
  if (LETTER_SAYS.has(next.key)) return true;
  // "B is worried that …", "T wants more", "H will reduce to six clients": a person's state or wish, unless a
  // word that labels letters comes first ("plan B is", "hepatitis B was", "option E has")
  if (LETTER_STATES.has(next.key)) {
    const prev = prevToken(tokens, t.i);
    return !(prev && t.gap === ' ' && LETTER_LABELS.has(prev.key));
  }
  // "B pulled to take sides", "K turned 14 last wk": a verb in the past, starting a sentence
  return t.sentStart && next.alpha && next.text.length > 5 && next.key.endsWith('ed') && !NOT_VERBS_ED.has(next.key);
}
/** The verbs of saying after a single letter (narrower than says(): not "came", "went", "left"). */
const LETTER_SAYS = new Set(['says', 'said', 'thinks', 'feels', 'reports', 'reported', 'agreed', 'asked', 'told']);
const LETTER_STATES = new Set(['is', 'was', 'wants', 'wanted', 'will', 'has']);
/** Words that name a thing by a letter: "plan B", "vitamin K", "hepatitis B", "option E", "block F". */
const LETTER_LABELS = new Set(['plan', 'option', 'vitamin', 'hepatitis', 'hep', 'grade', 'type', 'part', 'section', 'step', 'block', 'wing', 'ward', 'room', 'level', 'class', 'group', 'team', 'form', 'appendix', 'category', 'tier', 'stage', 'phase', 'schedule', 'exhibit', 'annex', 'unit', 'floor', 'gate', 'bay', 'zone', 'area', 'site', 'point', 'factor', 'band', 'route', 'line', 'platform', 'building', 'house', 'year', 'set', 'list', 'model', 'version', 'scenario', 'column', 'row', 'box', 'question', 'item', 'case', 'child', 'person', 'client', 'patient', 'letter', 'flat', 'apartment', 'apt', 'suite', 'lot', 'court', 'hall', 'door', 'pod', 'cell', 'landing', 'key', 'stream']);

/** Whether a closing quote, a space and a verb of saying follow the token: '"Harry" reports'. */
function quotedThenSays(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  return !!next && next.lower && /^["”’']\s$/.test(next.gap) && says(next.key);
}

/** Whether the token is a single capital letter followed by a full stop and a space, a dash or a comma ("M. —"). */
function initialAfter(t: Token, text: string): boolean {
  return t.text.length === 1 && t.cap && t.gap === ' ' && /^\.(?:\s|,|$)/.test(text.slice(t.end, t.end + 2));
}

/** An ordinary word with no cue: next to a name, before a verb of saying, quoted, or as an employer or town. */
function pickUncuedOrdinary(run: Run, i: number, t: Token, st: Strength, text: string, tokens: readonly Token[]): boolean {
  const { toks, before } = run;
  const k = t.key;
  // "Grace Whitfield", "Wesley Grant", "North Peckham": an ordinary word joined to a name.
  if (run.hasName && st !== 'public' && !(t.sentStart && i === 0 && !(t.f & C.GIVEN))) return true;
  // 'S: "Harry" reports …': a given name in quotes before a verb of saying
  if (run.quoted && toks.length === 1 && (t.f & C.GIVEN) !== 0 && quotedThenSays(t, tokens)) return true;
  // "1) Patience M. — nurse": a given name, then an initial and a full stop (the initial is picked with it)
  if (i === 0 && toks.length === 2 && (t.f & C.GIVEN) !== 0 && initialAfter(toks[1]!, text)) return true;
  if (i === 1 && toks.length === 2 && (toks[0]!.f & C.GIVEN) !== 0 && initialAfter(t, text)) return true;
  // A capitalised given name in mid-sentence ("told Frank", "asked Will about"): a name unless it is a modal;
  // at the start of a sentence only before a verb of saying ("Mark attended", "Hope said").
  const nextTok = nextToken(tokens, t.i);
  // "her Lola", "his Dadi": a family title after a possessive is the relation, not a name
  if (toks.length === 1 && (t.f & C.TITLE) !== 0 && before !== undefined && POSSESSIVES.has(before.key) && run.beforeGap === ' ') return false;
  // "Dawn, the health visitor, …", "Will, her keyworker": a given name set beside a role
  if (toks.length === 1 && (t.f & C.GIVEN) !== 0 && st !== 'public' && appositiveRole(tokens, t.i)) return true;
  const saysNext = t.sentStart && saysAfter(t, tokens);
  // "Begum said": a rarer English word before a verb of saying is a name
  if (toks.length === 1 && saysNext && st === 'word') return true;
  if (toks.length === 1 && (!t.sentStart || saysNext) && (t.f & C.GIVEN) !== 0 && st === 'common' && (!NOT_NAMES_MID.has(k) || saysNext) && !(t.f & (C.CALENDAR | C.DOMAIN))) return true;
  // ('Marcus "Major" Bell': a nickname in quotes between a given name and a surname, and the surname after it)
  if (run.quoted && toks.length === 1 && before !== undefined && before.cap && (before.f & C.GIVEN) !== 0 && /^["”’']\s\p{Lu}/u.test(text.slice(t.baseEnd, t.baseEnd + 3))) return true;
  if (toks.length === 1 && t.f & (C.SURNAME | C.WORD_SURNAME) && /["”’']\s$/.test(t.gap) && NICKNAME_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
  // ('"Sunny" (preferred name; …)': the cue after the quotes)
  if (run.quoted && st !== 'public' && toks.length <= 2 && (run.relation || QUOTE_CUE.test(text.slice(Math.max(0, t.start - 40), t.start)) || NAME_AFTER_QUOTE.test(text.slice(run.last.end, run.last.end + 24)) || NICKNAME_AFTER_QUOTE.test(text.slice(run.last.end, run.last.end + 28)))) return true;
  // "Bear (pref. name; legal name on file)", "Sunny (nickname)": a word named as someone's name in brackets after it
  if (toks.length === 1 && t.cap && st !== 'public' && !(t.f & (C.TITLE | C.RELATION | C.KIN | C.ACRONYM)) && (!(t.f & C.CALENDAR) || (t.f & C.GIVEN) !== 0) && nameNoteAfter(t, tokens)) return true;
  // "works at Boots in Sparkhill": an ordinary word as an employer's name.
  // ("Bunnings", an unknown word that looks like an English one, counts as an ordinary word here)
  if (toks.length === 1 && !t.sentStart && (st === 'common' || st === 'word') && before && atOrFor(before.key) && WORK_CONTEXT.test(text.slice(Math.max(0, t.start - 40), t.start)) && !NOT_PLACES.has(k) && !/^\s*(?:of|to|and)\b/.test(text.slice(t.end, t.end + 5))) return true;
  // "at Boots in Bexleyheath", "at Holt Cat in Temple", "the Co-op on Dewsbury Road": after "at", capitalised ordinary
  // words, then "in" a known place or "on" a street, name a business there
  if (toks.length <= 3 && !toks[0]!.sentStart && (st === 'common' || st === 'word') && !(t.f & (C.CALENDAR | C.RELATION | C.KIN | C.TITLE)) && !NOT_PLACES.has(k) && !GOVERNMENT_BODIES.has(run.keys[0]!) && atBefore(run, tokens) && placeAfterRun(run, tokens)) return true;
  // "a distribution centre in Temple": an ordinary word that is a town, after a place preposition.
  return toks.length === 1 && !t.sentStart && st === 'common' && !!before && ((before.f & C.PLACE_PREP) !== 0) && /^\s$/.test(run.beforeGap) && (t.f & C.PLACE) !== 0 && !NOT_PLACES.has(k);
}

/** Whether a bracket saying it is a name opens just after the token: "Bear (pref. name …)", "Sunny (nickname)", "Major (goes by …)". */
function nameNoteAfter(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  if (!next || next.gap !== ' (' || !NAME_NOTES.has(next.key)) return false;
  if (next.key !== 'nickname' && next.key !== 'aka' && next.key !== 'prefers') {
    const after = tokens[next.i + 1];
    // ("pref. name", "preferred name", "legal name", "known as", "goes by", "chosen name")
    if (!after || (after.key !== 'name' && after.key !== 'as' && after.key !== 'by')) return false;
  }
  return true;
}
const NAME_NOTES = new Set(['pref', 'preferred', 'prefers', 'nickname', 'aka', 'legal', 'chosen', 'known', 'goes', 'real']);

/** Words for meeting or messaging someone (SOCIAL_CUES without "with", "visited", "saw": a country is visited and seen). */
const CONTACT_VERBS = new Set(['met', 'meet', 'texted', 'texting', 'messaged', 'messaging', 'told', 'asked', 'ask', 'tell', 'called', 'rang', 'phoned', 'hugged', 'dm', 'dmd', 'dmed', 'snapchatted']);
/** Sentence-initial conjunctions, adverbs of time, requests and greetings before a person: "If Tom misses", "Then Hunter said", "Per Rob,", "Hi Jack,". */
const SENTENCE_OPENERS = new Set(['then', 'also', 'today', 'yesterday', 'later', 'apparently', 'afterwards', 'eventually', 'finally', 'tonight', 'sadly', 'unfortunately', 'luckily', 'thankfully', 'recently', 'meanwhile', 'if', 'per', 'when', 'until', 'unless', 'because', 'as', 'after', 'before', 'while', 'once', 'since', 'let', 'ask', 'tell', 'remind', 'invite', 'give', 'call', 'text', 'help', 'thank', 'encourage', 'get', 'take', 'bring', 'send', 'meet', 'see', 'book', 'offer', 'support', 'collect', 'chase', 'gave', 'overheard', 'heard', 'found', 'brought', 'took', 'sent', 'showed', 'made', 'paid', 'kept', 'caught', 'drove', 'hi', 'hey', 'hiya', 'hello', 'morning', 'thanks', 'cheers']);
/** Words for seeing someone, which a country may follow too ("Saw Tom today", not "Visited Jordan"). */
const SEE_VERBS = new Set(['saw', 'seen', 'see', 'visited', 'supported', 'reminded', 'thanked', 'praised', 'encouraged', 'congratulated', 'helped', 'advised', 'reassured', 'phoned', 'emailed']);
/** Whether a lower-case word for meeting or messaging someone stands just before the token: "met Jordan", "texted Georgia". */
function contactedBefore(t: Token, tokens: readonly Token[]): boolean {
  const prev = prevToken(tokens, t.i);
  return !!prev && prev.lower && t.gap === ' ' && CONTACT_VERBS.has(prev.key);
}

/**
 * Whether a capitalised word that is also a name (Gift, Summer, Will, Glen, Major) stands for a person: before a
 * verb of saying ("Summer noticed"); in mid-sentence before a verb a person does ("Last week Gift brought") or
 * after a word for being with someone ("sides with Glen when"); "Will" before a verb in the past ("Will had the
 * offer", a modal never is); joined by "and" to a name ("Summer and Ava made", "Jan and Tineke"); or before "to"
 * and a verb after a dash or a bullet ("– Autumn to ring the nursery"). A month or season needs a verb of saying,
 * "and" with a name, or the dash.
 */
function wordNameAsPerson(t: Token, tokens: readonly Token[], text: string): boolean {
  if (t.text.length < 3) return false;
  const next = nextToken(tokens, t.i);
  const calendar = (t.f & C.CALENDAR) !== 0;
  // ("her Bibi and …", "his Nana said": a family title after a possessive is the relation)
  const before = prevToken(tokens, t.i);
  if (t.f & C.TITLE && before && POSSESSIVES.has(before.key) && t.gap === ' ') return false;
  // ("Will himself says he is fine", "Hope herself admitted it": a reflexive for a person after it)
  if (next && next.gap === ' ' && (next.key === 'himself' || next.key === 'herself')) return true;
  if (!calendar && t.f & C.GIVEN && !MODALS_AS_NAMES.has(t.key) && givenUsedAsPerson(t, tokens, next, true)) return true;
  if (!next) return false;
  // "Hope didn't attend", "Summer hasn't been sleeping", "Will has been off school": an action only a person does
  if (t.f & C.GIVEN && personActionAfter(tokens, t.i, calendar)) return true;
  if (relationAfter(t, tokens)) return true;
  // (a month, a season or a festival "came" or "went" as often as a person: only a stronger verb for those)
  if (next.gap === ' ' && next.lower && says(next.key) && !(calendar && WEAK_SAYS.has(next.key))) return true;
  const prev = prevToken(tokens, t.i);
  if (!calendar && !t.sentStart && next.gap === ' ' && next.lower && (PERSON_VERBS.has(next.key) || (next.key.length > 4 && next.key.endsWith('ed'))) && !(prev && DETERMINERS.has(prev.key))) return true;
  // "Jack was late again", "Mark wants a job": starting a sentence, a given name before a verb a person does (not a
  // word for an idea or for nature, "Hope is", "Summer was", nor a modal, "Will was")
  if (!calendar && t.sentStart && t.f & C.GIVEN && next.gap === ' ' && next.lower && PERSON_VERBS.has(next.key) && !ABSTRACT_NAMES.has(t.key) && !MODALS_AS_NAMES.has(t.key)) return true;
  // "Bill's dad came", "Jack's sister is 12": in the possessive before a family word
  if (!calendar && t.end !== t.baseEnd && kinAfter(tokens, t.i)) return true;
  if (!calendar && !t.sentStart && prev && prev.lower && t.gap === ' ' && (prev.key === 'with' || prev.key === 'told' || prev.key === 'asked' || prev.key === 'met') && (next.gap === ' ' || next.gap === ', ') && next.lower && (next.key === 'when' || next.key === 'about' || next.key === 'and' || next.key === 'because' || next.key === 'who')) return true;
  // ("Will is a 24-year-old": a modal is never followed by "is" or "has")
  if (t.key === 'will' && next.gap === ' ' && next.lower && (IRREGULAR_PAST.has(next.key) || WILL_NAME_NEXT.has(next.key) || (next.key.endsWith('ed') && next.key.length > 4))) return true;
  // (an "&" lies in the next name's gap: "Summer & Ava", see ampBefore)
  if (next.key === 'and' && next.gap === ' ') {
    const other = nextToken(tokens, next.i);
    if (other && other.gap === ' ' && other.cap && otherName(other)) return true;
  }
  if (next.cap && ampBefore(next) && otherName(next)) return true;
  if (prev && prev.cap && otherName(prev) && (prev.i + 1 < t.i) && tokens[prev.i + 1]!.key === 'and' && t.gap === ' ' && !next.cap) return true;
  if (prev && prev.cap && otherName(prev) && prev.i + 1 === t.i && ampBefore(t) && !next.cap) return true;
  return bulletToVerb(t, tokens, next);
}

/**
 * The contexts in which a given name that is also a word or a country reads as a person's (`possessive`: also in
 * the possessive before an ordinary word, "Discussed Tom's anxiety" — not for a country, "Jordan's economy"):
 * - capitalised in mid-sentence after a word for being with, speaking to or caring about someone: "Session with
 *   Jack", "Spoke to Grace", "Worried about Hope";
 * - before "and" and a family word: "Tom and her mum came in";
 * - a bullet's or a field's first word, then "to" and a verb (bulletToVerb).
 */
function givenUsedAsPerson(t: Token, tokens: readonly Token[], next: Token | undefined, possessive: boolean): boolean {
  if (!t.sentStart && personPrepBefore(t, tokens)) return true;
  if (!next || next.gap !== ' ') return false;
  // "Hope was tearful today", "Jordan seemed anxious": a state only a person is in, after "is", "was", "seemed" …
  if (personStateAfter(tokens, t.i)) return true;
  if (possessive && !t.sentStart && t.end !== t.baseEnd && next.lower) return true;
  if (next.key === 'and') return andFamilyAfter(tokens, t.i);
  return bulletToVerb(t, tokens, next);
}

/** "- Grace to bring her CV", "Plan: Tom to call the college": a bullet's or a field's first word, then "to" and a verb. */
function bulletToVerb(t: Token, tokens: readonly Token[], next: Token): boolean {
  if (next.key !== 'to' || next.gap !== ' ' || !/[–—•*:-]\s$/.test(t.gap)) return false;
  const verb = nextToken(tokens, next.i);
  return !!verb && verb.gap === ' ' && verb.lower && verb.key !== 'be' && (verb.f & C.COMMON) !== 0;
}

/** Words before "to" that speak or write to someone: "spoke to", "wrote to". */
const SPEAK_TO = new Set(['spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'chatted', 'chat', 'chatting', 'wrote', 'write', 'writing', 'explained', 'listened', 'reached', 'introduced', 'referred', 'signposted', 'apologised', 'apologized', 'letter', 'email', 'emailed', 'text', 'message', 'sent']);
/** Words before "about" that care or ask about someone: "worried about". */
const CARE_ABOUT = new Set(['worried', 'worry', 'worries', 'concerned', 'concern', 'concerns', 'asked', 'upset', 'angry', 'cares', 'care', 'safeguarding']);
/** Words before "with" that are no person: "the border with Jordan", "ties with Georgia". */
const NOT_WITH_PERSON = new Set(['border', 'borders', 'bordering', 'trade', 'relations', 'ties', 'war', 'conflict', 'peace', 'treaty', 'deal', 'match', 'game']);

/**
 * Whether a word for being with, speaking to or caring about someone comes just before the token: "session with",
 * "agreed with", "spoke to", "letter sent to", "worried about".
 */
function personPrepBefore(t: Token, tokens: readonly Token[]): boolean {
  const p = prevToken(tokens, t.i);
  if (!p || !p.lower || t.gap !== ' ') return false;
  const p2 = p.gap === ' ' ? prevToken(tokens, p.i) : undefined;
  // (a country is seen too: "saw Jordan" only for a name that is not one)
  if (CONTACT_VERBS.has(p.key) || (PERSON_OBJECT_VERBS.has(p.key) && !((t.f & C.PUBLIC_NAME) !== 0 && SEE_VERBS.has(p.key)))) return true;
  // ("Nan and Jack were there", "mum and Hope": after a family word and "and")
  if (p.key === 'and' && p2 && (p2.f & C.KIN) !== 0) return true;
  if (p.key === 'with' || p.key === 'w') return !(p2 && NOT_WITH_PERSON.has(p2.key));
  if (p.key === 'to') return !!p2 && SPEAK_TO.has(p2.key);
  if (p.key === 'about') return !!p2 && CARE_ABOUT.has(p2.key);
  return false;
}

/** Given names that are also words for an idea or for nature: before "is" or "was" they start an ordinary sentence. */
const ABSTRACT_NAMES = new Set(['hope', 'faith', 'joy', 'love', 'trust', 'grace', 'peace', 'charity', 'patience', 'chance', 'honesty', 'honor', 'honour', 'justice', 'liberty', 'mercy', 'unity', 'harmony', 'destiny', 'glory', 'heaven', 'art', 'summer', 'autumn', 'winter', 'spring', 'dawn', 'storm', 'rain', 'sky', 'river', 'ocean', 'star', 'sunny', 'precious', 'gift', 'bliss', 'comfort', 'haven', 'journey', 'story', 'truth', 'major', 'royal', 'rich', 'young', 'little', 'early', 'long', 'page', 'case', 'bill', 'mark']);
/** Words after "Will" that only a person's name takes, never the modal. */
const WILL_NAME_NEXT = new Set(['had', 'was', 'is', 'has', "isn't", "hasn't", "wasn't", "hadn't", 'says', 'said', 'does', "doesn't", 'did', "didn't"]);
/** Modals that are given names too. */
const MODALS_AS_NAMES = new Set(['will', 'may', 'can', 'must', 'shall']);

const WEAK_SAYS = new Set(['came', 'went', 'seemed', 'looked', 'left', 'missed', 'arrived', 'brought', 'felt']);

/** A capitalised word that reads as a name on its own: a given name no other list claims, or a word no list knows. */
function otherName(t: Token): boolean {
  return t.text.length > 1 && (((t.f & C.GIVEN) !== 0 && !(t.f & (C.COMMONISH | C.CALENDAR | C.PUBLIC_NAME | C.PUBLIC_TERM | C.TITLE))) || noListKnows(t.f));
}

/** "Jordan is her boyfriend", "Sunny was his mentor": the token, then "is"/"was", a possessive or "a"/"the", and a relation word. */
function relationAfter(t: Token, tokens: readonly Token[]): boolean {
  const v = nextToken(tokens, t.i);
  if (!v || v.gap !== ' ' || (v.key !== 'is' && v.key !== 'was')) return false;
  const d = nextToken(tokens, v.i);
  const r = d && (POSSESSIVES.has(d.key) || d.key === 'a' || d.key === 'the') ? nextToken(tokens, d.i) : undefined;
  return !!r && r.gap === ' ' && (r.f & (C.RELATION | C.KIN)) !== 0;
}

/** Whether a verb of saying follows the (longer than one letter) token: "Hope said", "Jordan rang". */
function saysAfter(t: Token, tokens: readonly Token[]): boolean {
  const next = nextToken(tokens, t.i);
  return t.text.length > 1 && !!next && next.gap === ' ' && says(next.key);
}

/** Titles of the saints and teachers places of worship are named after ("Guru Nanak Gurdwara Smethwick"). */
const RELIGIOUS_NAMERS = new Set(['guru', 'sri', 'shri', 'saint', 'st']);
const NAMED_AFTER_TITLES = new Set(['sir', 'dame', 'lady', 'lord', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'dr', 'doctor', 'guru', 'sri', 'shri', 'bishop', 'cardinal', 'archbishop', 'father', 'pope', 'rabbi', 'imam', 'reverend', 'rev', 'mother', 'sister', 'brother', 'president', 'governor', 'general', 'admiral', 'captain', 'judge', 'chief', 'mayor', 'senator']);
const CARE_HOME = new Set(['care', 'nursing', 'residential', 'retirement', 'children\'s']);
const KNOWN_AS = /\b(?:known as|aka|a\.k\.a\.?|nicknamed|goes by|go by|going by|calls himself|calls herself|calls themselves)\s+["“‘']?$/i;
const NAMED_BY = new Set(['as', 'aka', 'a.k.a', 'nicknamed', 'by']);

/** Whether ", the|her|his|their|our|my" and a role word within three words follow the token at i. */
function appositiveRole(tokens: readonly Token[], i: number): boolean {
  const det = tokens[i + 1];
  if (!det || det.gap !== ', ' || !APPOSITIVE_DETERMINERS.has(det.key) || !det.lower) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 4; j++) {
    const w = tokens[j]!;
    if (w.gap !== ' ' || !w.lower) return false;
    if ((w.f & (C.COLLEAGUE | C.RELATION | C.KIN)) !== 0 || ROLE_WORDS.has(w.key)) return true;
  }
  return false;
}
/** Whether the number after the token ends a phrase, as an age does: "Nick 17, doing", "Nick 17 and". */
function ageAfterLabel(t: Token, tokens: readonly Token[]): boolean {
  const n = tokens[t.i + 1]!;
  const m = tokens[n.i + 1];
  return n.text.length <= 2 && (!m || m.gap.startsWith(',') || m.gap.startsWith(';') || m.gap.startsWith('.') || m.gap.startsWith(')') || (m.gap === ' ' && (m.key === 'and' || m.key === 'yrs' || m.key === 'years')));
}
/** Whether one space and a number follow the token ("Level 6", "Room 2"). */
function labelBeforeNumber(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  return next !== undefined && next.gap === ' ' && next.hasDigit && asciiDigits(next.text) && next.text.length <= 3 && t.end === t.baseEnd;
}

/**
 * Where a role of ordinary words ends, before a given name or a name no list knows: "Team Leader Anh Nguyen" (1),
 * "Met Senior Practitioner Tom Baker" (2); -1 when the run does not start so. Only ordinary words before the role's
 * word (the first may be the sentence's opening verb), nothing any name list knows, and not an organisation's name.
 */
function roleBeforeName(toks: readonly Token[]): number {
  if (toks[toks.length - 1]!.f & C.ORG_SUFFIX) return -1;
  for (let j = 1; j <= 3 && j < toks.length - 1; j++) {
    const t = toks[j]!;
    if (t.f & (C.GIVEN | C.SURNAME | C.KNOWN | C.PLACE)) return -1;
    // (capitalised words, not a text in capitals, where every word runs into the next)
    if (!t.cap) return -1;
    if (!(t.f & C.RELATION) || t.f & C.TITLE || t.gap !== ' ') continue;
    const next = toks[j + 1]!;
    // (a given name that is also a word only before more of the name: "Advanced Learner Loan" is a loan)
    const nameNext = next.f & C.GIVEN ? !(next.f & C.COMMON) || j + 2 < toks.length : !(next.f & (C.COMMON | C.RARE));
    if (next.gap !== ' ' || !nameNext || next.f & (C.RELATION | C.TITLE | C.ORG_SUFFIX | C.PUBLIC_TERM)) return -1;
    for (let q = 0; q < j; q++) {
      const m = toks[q]!;
      if (!m.cap || !(m.f & C.COMMON) || m.f & (C.GIVEN | C.SURNAME | C.KNOWN | C.PLACE | C.PUBLIC_NAME) || (q > 0 && m.gap !== ' ')) return -1;
    }
    return j;
  }
  return -1;
}

/**
 * A name after a list's bullet at the start of a line, then a spaced dash, alone or after an initial or a short
 * bracket: "• Tyler (EHCP) – annual review", "- Tom W – resume done".
 */
function bulletName(t: Token, text: string): boolean {
  if (t.end !== t.baseEnd || !BULLET_GAP.test(t.gap) || !(t.i === 0 || t.gap.includes('\n'))) return false;
  return DASH_AFTER_NAME.test(text.slice(t.baseEnd, t.baseEnd + 28));
}
const BULLET_GAP = /(?:^|\n)[ \t]*[•·*‣▪◦–-][ \t]+$/;
const DASH_AFTER_NAME = /^(?: [A-Z]\.?| \([^()\n]{1,20}\))? [–—-] /;

/** A name starting the note or a line, then a dash and a session, a week or a date. */
function headingName(t: Token, tokens: readonly Token[]): boolean {
  if (!(t.i === 0 || t.gap.includes('\n')) || t.end !== t.baseEnd) return false;
  const n = tokens[t.i + 1];
  if (!n || !SPACED_DASH.test(n.gap)) return false;
  return HEADING_WORDS.has(n.key) || (n.hasDigit && !n.alpha);
}
const HEADING_WORDS = new Set(['session', 'sess', 'wk', 'week', 'review', 'call', 'catch', 'check', 'meeting', 'notes', 'note', 'log', 'visit', 'intake', 'assessment', 'appt', 'appointment', 'update']);

/** "Sue and Ken Bradshaw": "and", then a given name and a surname (or a name no list knows), after `t`. */
function coupleAfter(t: Token, tokens: readonly Token[]): boolean {
  const and = tokens[t.i + 1];
  const g = tokens[t.i + 2];
  const sn = tokens[t.i + 3];
  if (!and || !g || !sn || t.end !== t.baseEnd || and.key !== 'and' || !and.lower || and.gap !== ' ' || g.gap !== ' ' || sn.gap !== ' ') return false;
  if (!g.cap || !(g.f & C.GIVEN) || g.f & (C.CALENDAR | C.TITLE | C.RELATION | C.PUBLIC_TERM | C.PUBLIC_NAME)) return false;
  if (!sn.cap || !sn.alpha || sn.f & (C.ORG_SUFFIX | C.PLACE_SUFFIX | C.STREET_SUFFIX | C.PUBLIC_TERM | C.PUBLIC_NAME | C.CALENDAR | C.TITLE | C.RELATION | C.DOMAIN)) return false;
  return (sn.f & (C.SURNAME | C.WORD_SURNAME)) !== 0 || !(sn.f & C.COMMON);
}

/** A capitalised given name at i with an age after it ("Lily 7"): one or two digits, then a bracket, a comma, "and" or the end. */
function nameWithAge(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t || !n || !t.cap || !(t.f & C.GIVEN) || t.end !== t.baseEnd || n.gap !== ' ' || n.text.length > 2 || !asciiDigits(n.text)) return false;
  const after = tokens[i + 2];
  return after === undefined || after.gap.startsWith(')') || after.gap.startsWith(',') || after.gap.startsWith(';') || (after.key === 'and' && after.gap === ' ');
}

/** "(Mason 10 and Lily 7)", "Ruby 9, Jack 6, Ava 2": a given name and an age, next to another such pair. */
function listedWithAge(t: Token, tokens: readonly Token[]): boolean {
  if (!nameWithAge(tokens, t.i)) return false;
  const after = tokens[t.i + 2];
  if (after !== undefined) {
    const j = after.key === 'and' && after.gap === ' ' ? after.i + 1 : after.gap === ', ' ? after.i : -1;
    if (j >= 0 && nameWithAge(tokens, j)) return true;
  }
  const p = tokens[t.i - 1];
  if (p !== undefined) {
    const j = p.key === 'and' && t.gap === ' ' ? p.i - 2 : t.gap === ', ' ? t.i - 2 : -1;
    if (j >= 0 && nameWithAge(tokens, j)) return true;
  }
  return false;
}

/** Whether an age in brackets follows at `at`, after an optional closing quote: ' (19)', '" (7)'. */
function ageInBracketsAt(text: string, at: number): boolean {
  // (a bracket within the next four code units first: the slice and the regex only then)
  let k = at;
  while (k < at + 4 && codeAt(text, k) !== 40) k++;
  if (k === at + 4) return false;
  // ("Fen – (26), Chinese student": or after a spaced dash)
  return /^\.?["”’']?(?:\s[–—-])?\s?\((?:aged?\s)?\d{1,2}(?:\)|,\s)/.test(text.slice(at, at + 12));
}
/** ", 34, " after the token: an age between commas. */
function ageBetweenCommas(t: Token, tokens: readonly Token[]): boolean {
  const n = nextToken(tokens, t.i);
  if (!n || !n.hasDigit || n.text.length > 2) return false;
  const m = nextToken(tokens, n.i);
  if (!m || m.hasDigit) return false;
  // (or dashes: "Tom – 16 – lives with nan")
  return (n.gap === ', ' && m.gap === ', ') || (SPACED_DASH.test(n.gap) && SPACED_DASH.test(m.gap));
}
/** A dash between spaces: "Tom – 16 – lives with nan", "Grace — session 9". */
const SPACED_DASH = /^ [–—-] $/;
/** A school year in brackets: "(Y10)", "(Year 9)", "(Yr 11)", "(Grade 7)", "(10th grade)". */
const SCHOOL_YEAR_BRACKET = /^\s?\((?:Y|Yr|Year|Grade|Gr)\s?\d{1,2}\b|^\s?\(\d{1,2}(?:st|nd|rd|th)\sgrade\b/i;
const APPOSITIVE_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'our', 'my', 'your']);

/** No token picked: ordinary words may still name a person, an employer or a district. */
function unpickedRun(run: Run, text: string, tokens: readonly Token[], out: Span[]): void {
  const { toks, keys, before, beforeGap } = run;
  // Two ordinary capitalised words after "at"/"from" ("at Alder Hey"), or "works for Network Rail".
  const plain = toks.length >= 2 && !!before && allOrdinaryStrengths(run.strengths) && !toks[0]!.sentStart && !run.cue && !GENERIC_TAIL.has(keys[keys.length - 1]!);
  // "Tom Baker rang", "told Bill Turner", "Today Tom Baker rang": a given name and a surname that are both ordinary words
  const lead = toks.length >= 3 && toks[0]!.sentStart && toks[0]!.f & C.COMMON && !(toks[0]!.f & C.GIVEN) ? 1 : 0;
  if (ordinaryWordsName(lead ? toks.slice(1) : toks, tokens, lead ? undefined : before)) {
    out.push(span('PERSON', toks[lead]!.start, endOf(toks, toks.length - 1), 'model', { colleague: run.colleague }));
  } else if (plain && (/^(?:at|from|with)$/.test(before.key) || (before.key === 'for' && WORK_CONTEXT.test(text.slice(Math.max(0, toks[0]!.start - 40), toks[0]!.start))))) {
    out.push(span('ORG', toks[0]!.start, endOf(toks, toks.length - 1), 'model'));
  } else if (plain && /^(?:in|near|around|outside)$/.test(before.key) && /^\s$/.test(beforeGap) && (DISTRICT_WORDS.has(keys[keys.length - 1]!) || anyPlaceNotCommon(toks))) {
    // "lives with his nan in Moss Side": a district named with ordinary words
    out.push(span('PLACE', toks[0]!.start, endOf(toks, toks.length - 1), 'model'));
  }
}

function allOrdinaryStrengths(strengths: readonly Strength[]): boolean {
  return ordinaryFrom(strengths, 0);
}

function anyPlaceNotCommon(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) if ((toks[i]!.f & C.PLACE) !== 0 && !(toks[i]!.f & C.COMMON)) return true;
  return false;
}

/** Pushes the span of the picked tokens run.toks[a..b] with its kind. */
function pushPicked(run: Run, a: number, b: number, text: string, tokens: readonly Token[], out: Span[]): void {
  const toks = run.toks;
  const before = run.before;
  // "N. Haverfield", "K. Thornbury" at the start of a line: the initial is part of the name, which is a person's
  const initial = a > 0 && isInitialBefore(toks[a - 1]!, toks[a]!);
  if (initial) a--;
  let kind = initial ? 'PERSON' : pickedKind(run, a, b, text, tokens);
  // "India Reid", "Sydney Cross": a person's name of two words where only one was picked — the given name before
  // the surname, or the surname after the given name, is part of it
  if (kind === 'PERSON' && toks.length === 2 && toks[1]!.gap === ' ' && !run.titled) {
    // ("De Souza", "Van Tran": or a particle of the name, capitalised)
    // (not a determiner some list knows as a given name: "The Begum family")
    if (a === 1 && ((toks[0]!.f & C.GIVEN) !== 0 || NAME_PARTICLES.has(toks[0]!.key)) && !(toks[0]!.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR)) && toks[0]!.cap && !APPOSITIVE_DETERMINERS.has(toks[0]!.key)) a = 0;
    else if (b === 0 && toks[1]!.cap && (toks[1]!.f & (C.SURNAME | C.WORD_SURNAME)) !== 0 && !(toks[1]!.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR | C.ORG_SUFFIX)) && (toks[0]!.f & C.GIVEN) !== 0) b = 1;
  }
  // ("Kirra's Family Tax Benefit", "Harjot's SENCo": a person's name ends at its possessive, unless an organisation's
  // word follows: "Rosie's Diner", "The Children's Hospital")
  if (kind === 'PERSON' && !anyHas(toks, a + 1, C.ORG_SUFFIX)) {
    for (let q = a; q < b; q++) {
      if (toks[q]!.end !== toks[q]!.baseEnd) {
        if (!businessAfter(toks, q + 1)) b = q;
        break;
      }
    }
  }
  // ("West Dubbo", "North Shields": a compass word just before a place in the run is part of its name)
  if (kind === 'PLACE' && a > 0 && toks[a]!.gap === ' ' && toks[a - 1]!.cap && COMPASS.has(toks[a - 1]!.key)) a--;
  // "at Sainsbury's in Lewisham": a shop's possessive belongs to its name.
  const lastPicked = toks[b]!;
  let end = endOf(toks, b);
  // ("Got a job at Nando's!", "Shifts at McDonald's are long", "Employer: Sainsbury's": after a word for where someone
  // works or shops, then the phrase's end or a verb or a time)
  // (a given name there is more often someone's home, "went to Mia's last night": only before the phrase's end)
  // (the text after it is sliced only for a possessive)
  if (lastPicked.end !== lastPicked.baseEnd && before && SHOP_BEFORE.has(before.key) && (PHRASE_END.test(text.slice(lastPicked.end, lastPicked.end + 10)) || (!(lastPicked.f & (C.GIVEN | C.KIN | C.RELATION | C.TITLE)) && SHOP_AFTER.test(text.slice(lastPicked.end, lastPicked.end + 10))))) {
    kind = 'ORG';
    end = lastPicked.end;
  }
  out.push(span(kind, toks[a]!.start, end, 'model', kind === 'PERSON' ? { colleague: run.colleague } : undefined));
}

/** Words before a shop's or employer's name in the possessive: "at Sainsbury's", "Employer: Nando's". */
const SHOP_BEFORE = new Set(['at', 'from', 'to', 'for', 'with', 'employer', 'workplace']);
/** The end of a phrase after a name in the possessive: "at Sainsbury's in Lewisham", "at Kayla's." */
const PHRASE_END = /^(?:\s+(?:in|on|at|near|and|or|for|as|where|which|but)\b|\s*[,.;:)]|\s*$)/;
/** What follows such a name: the phrase's end, a verb, a time ("… is", "… last week", "…!"). */
const SHOP_AFTER = /^(?:\s+(?:in|on|at|near|and|or|for|as|where|which|but|is|are|was|were|has|have|had|last|next|this|every|since|until|after|before|today|tomorrow|yesterday)\b|\s*[,.;:)!?]|\s*$)/;

/** A single capital letter and a full stop before the name word `t`. */
function isInitialBefore(i: Token, t: Token): boolean {
  return i.text.length === 1 && i.cap && (t.gap === '. ' || t.gap === '.') && t.cap;
}

/** Person, organisation or place of the picked tokens run.toks[a..b], from the cues and the words before them. */
function pickedKind(run: Run, a: number, b: number, text: string, tokens: readonly Token[]): Kind {
  const { cue, before } = run;
  const toks = run.toks;
  let personish = cue || run.quoted;
  let allPlaceOrImpersonal = true;
  let givenNotPlace = false;
  let anyPlace = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if ((t.f & C.PLACE) !== 0) anyPlace = true;
    if (isPersonish(t)) {
      personish = true;
      if ((t.f & C.PLACE) === 0) allPlaceOrImpersonal = false;
    }
    if ((t.f & C.GIVEN) !== 0 && !(t.f & C.PLACE)) givenNotPlace = true;
  }
  const placey = allPlaceOrImpersonal && anyPlace;
  // "known as Paddy Sullivan", "goes by Dallas": a name given to someone, whatever else its words name
  // (the word before tested first: the regex only when it is one of the cue's last words)
  if (before && NAMED_BY.has(before.key) && KNOWN_AS.test(text.slice(Math.max(0, toks[a]!.start - 16), toks[a]!.start))) return 'PERSON';
  // ("Assigned to Okoro (DCF …)", "spoke to Ndlovu": after a verb that takes a person and "to"; "Reply from Paul
  // Njoku": a given name after a word for a message and "from")
  if (!cue && a === 0 && before && run.beforeGap === ' ' && (before.key === 'to' || before.key === 'from') && before.lower && before.i > 0 && before.gap === ' ') {
    const w = tokens[before.i - 1]!;
    if (before.key === 'to' ? TO_PERSON_VERBS.has(w.key) : FROM_PERSON_NOUNS.has(w.key) && (toks[0]!.f & C.GIVEN) !== 0) return 'PERSON';
  }
  if (b === toks.length - 1 && stateAfter(run, text)) return 'PLACE';
  // ("Westside Workforce Center, Albuquerque⏎": a town after an organisation's name and a comma, ending the line or
  // the clause)
  if (!cue && a === 0 && b === toks.length - 1 && run.beforeGap === ', ' && before && before.cap && (before.f & C.ORG_SUFFIX) !== 0 && allPlaces(toks) && clauseEndsAt(text, toks[b]!.end)) return 'PLACE';
  if (a === b && toks.length === 1 && (toks[0]!.f & C.GIVEN) !== 0 && bracketedPerson(toks[0]!, text)) return 'PERSON';
  // ("Dundee and Angus schools team", "Perth and Kinross": a word that a place list knows, after "and" and a town that
  // no list of names knows)
  if (!cue && toks.length === 1 && before && before.key === 'and' && run.beforeGap === ' ' && allPlaces(toks) && placeOnlyBefore(tokens, before)) return 'PLACE';
  // "UNSW Business School", "at RMIT": a university known by its letters, whatever follows
  if (UNIVERSITY_LETTERS.has(toks[a]!.text)) return 'ORG';
  // "w/ Manaia (16) + mum": an age in brackets after the name is a person's, whatever else its words name
  if (ageInBracketsAt(text, toks[b]!.baseEnd)) return 'PERSON';
  const prep = !!before && ((before.f & C.PLACE_PREP) !== 0) && !endsSentenceOrColon(run.beforeGap);
  const start = toks[a]!.start;
  const workplace = !cue && !!before && atOrFor(before.key) && WORK_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
  if (workplace && !givenNotPlace) return 'ORG';
  // ("Network Rail (Birmingham)", "moved from Leeds (Bramley)": a place's name in brackets is a place)
  if (!cue && placey && run.quoted && lastBeforeSpace(run.beforeGap) === 40) return 'PLACE';
  if (!cue && placey && (prep || !personish)) return 'PLACE';
  if (!cue && before && atOrFor(before.key) && !personish) return 'ORG';
  if (!cue && prep && !personish) return 'PLACE';
  return 'PERSON';
}

/** Verbs before "to" and a person: "assigned to Okoro", "spoke to Ndlovu". */
const TO_PERSON_VERBS = new Set(['assigned', 'allocated', 'reallocated', 'handed', 'spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'explained', 'introduced', 'escalated', 'reported', 'forwarded', 'apologised', 'apologized', 'confided', 'disclosed', 'mentioned', 'listened', 'lied', 'married', 'engaged']);
/** Words for a message before "from" and a given name: "reply from Paul Njoku". */
const FROM_PERSON_NOUNS = new Set(['reply', 'email', 'e-mail', 'message', 'msg', 'call', 'text', 'letter', 'note', 'voicemail', 'visit', 'update', 'response', 'feedback']);

/** Whether a capitalised word only a place list knows comes one space before `and`. */
function placeOnlyBefore(tokens: readonly Token[], and: Token): boolean {
  const p = and.i > 0 ? tokens[and.i - 1] : undefined;
  return p !== undefined && p.cap && and.gap === ' ' && (p.f & C.PLACE) !== 0 && (p.f & ~(C.PLACE | C.KNOWN)) === 0;
}

function allPlaces(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) if (!(toks[i]!.f & C.PLACE)) return false;
  return true;
}

/** Whether the text at `p` ends a line or a clause: the end, a line break, a comma, a full stop or a semicolon. */
function clauseEndsAt(text: string, p: number): boolean {
  const c = codeAt(text, p);
  return c === -1 || c === 10 || c === 13 || c === 44 || c === 46 || c === 59;
}

const GENERIC_ORG_FIRST = new Set(['clinical', 'juvenile', 'adult', 'federal', 'long', 'child', 'educational', 'counselling', 'counseling', 'sport', 'sports', 'occupational', 'health', 'psychology', 'psychological', 'therapy', 'therapies', 'talking', 'older', 'perinatal', 'forensic', 'specialist', 'integrated', 'writing', 'career', 'careers', 'student', 'students', 'memory', 'mental', 'health', 'community', 'social', 'youth', 'family', 'families', 'children\'s', 'children', 'housing', 'job', 'local', 'day', 'drop-in', 'primary', 'secondary', 'high', 'medical', 'adult', 'learning', 'counselling', 'counseling', 'disability', 'disabilities', 'support', 'advice', 'wellbeing', 'well-being', 'the', 'a', 'our', 'their', 'his', 'her', 'my', 'this', 'that', 'sixth', 'junior', 'senior', 'middle', 'elementary', 'public', 'private', 'state', 'catholic', 'grammar', 'special', 'independent', 'free', 'national', 'general', 'district', 'regional', 'county', 'city', 'town', 'village', 'new', 'care', 'nursing', 'residential', 'supported', 'emergency', 'crisis', 'pain', 'sleep', 'eating', 'gender', 'sexual', 'addiction', 'drug', 'alcohol', 'substance', 'recovery', 'employment', 'work', 'business', 'legal', 'law', 'tax', 'benefits']);
const NOT_NAMES_MID = new Set(['will', 'may', 'chance', 'sue', 'rich', 'art', 'guy', 'jack', 'hunter', 'page', 'miles', 'lance', 'chase', 'cliff', 'dale', 'glen', 'heath', 'reed', 'rod', 'wade', 'wells', 'wood', 'young', 'long', 'short', 'little', 'north', 'south', 'east', 'west', 'king', 'prince', 'major', 'star', 'blue', 'green', 'white', 'black', 'brown', 'gray', 'grey', 'park', 'hill', 'lee', 'bell', 'mass', 'god', 'lord', 'christian', 'angel', 'summer', 'autumn', 'winter', 'june', 'april', 'august', 'justice', 'liberty', 'unity', 'victory', 'trinity', 'glory', 'mercy', 'heaven', 'destiny', 'harmony', 'miracle', 'gift', 'honor', 'honour', 'case', 'care', 'carer', 'nurse', 'doctor', 'head', 'victoria']);
const NOT_PLACES = new Set(['law', 'business', 'media', 'music', 'drama', 'dance', 'design', 'computing', 'engineering', 'nursing', 'medicine', 'accounting', 'finance', 'marketing', 'retail', 'hospitality', 'construction', 'carpentry', 'plumbing', 'health', 'sport', 'sports', 'biology', 'chemistry', 'physics', 'geography', 'economics', 'politics', 'sociology', 'philosophy', 'psychology', 'criminology', 'education', 'teaching', 'childcare', 'beauty', 'hairdressing', 'catering', 'technology', 'agriculture', 'forestry', 'languages', 'theatre', 'film', 'photography', 'journalism', 'security', 'logistics', 'transport', 'warehousing', 'administration', 'management', 'leadership', 'counselling', 'counseling', 'recovery', 'remission', 'denial', 'distress', 'mass', 'country', 'town', 'city', 'church', 'school', 'college', 'work', 'home', 'court', 'care', 'hospital', 'time', 'person', 'bed', 'hope', 'grace', 'faith', 'joy', 'love', 'general', 'public', 'private', 'state', 'english', 'maths', 'science', 'art', 'history', 'order', 'crisis', 'recovery', 'treatment', 'therapy', 'session', 'year', 'term', 'class', 'prison', 'custody', 'surgery', 'theory', 'practice', 'principle', 'summary', 'total', 'full', 'part', 'progress', 'future', 'line', 'place', 'case', 'charge', 'control', 'contact', 'touch', 'trust', 'office', 'person']);
const WORK_CONTEXT = /\b(?:works?|working|worked|job|jobs|shifts?|employed|employer|manager|boss|staff|placement|internship|volunteers?|volunteering|started|starts|starting|interview|apprenticeship|trainee|assistant|operative)\b[^.\n]{0,40}$/i;
const WORK_OR_STUDY = /\b(?:works?|working|worked|job|jobs|shifts?|employed|employer|placement|internship|apprenticeship|trainee|volunteers?|volunteering|degree|course|studying|studies|study|enrolled|student|diploma|cert|certificate|transfer|transferred|offer|accepted|applied|applying|campus|starting|started|starts|attends|attending|attended|graduated|graduating|admitted|freshman|sophomore|semester|major|junior|senior|undergrad|undergraduate|postgrad|grad|phd|masters)\b[^.\n]{0,40}$/i;
const VERBISH = /^(?:is|was|has|had|said|says|told|asked|reports?|reported|wants?|wanted|came|went|will|would|can|could|did|does|felt|feels|thinks?|thought|agreed|arrived|attended|presented|suggested|raised|described|explained|disclosed|denied|mentioned|called|rang|texted|emailed|got|seems?|seemed|looked|became|remains|lives|lived|works|worked|and|&)$|(?:ed|es)$/;
/** Dotted letters that are abbreviations, not a person's initials (keys: lower case, inner full stops). */
const DOTTED_NOT_PEOPLE = new Set(['y.p', 'u.s', 'u.k', 'u.s.a', 'a.m', 'p.m', 'e.g', 'i.e', 'b.a', 'm.a', 'b.s', 'm.s', 'm.d', 'r.n', 'n.b', 'p.s', 'd.c', 'l.a', 'n.y', 'e.u', 'u.n', 'a.d', 'b.c', 'q.c', 'k.c', 'g.p', 'd.o.b', 'a.k.a', 'r.i.p', 'v.s', 'p.e', 'r.e', 'd.t', 'i.t', 'a.s', 'o.t', 's.w', 'n.z', 'u.a.e', 'c.v', 'a.a', 'n.a', 'o.k', 'n.h.s', 'c.b.t', 'a.d.h.d', 't.v', 'p.o', 'a.s.a.p', 'e.t.a', 'f.y.i', 'r.s.v.p', 'w.c', 'p.a']);
/** Words for a person before "called" or "named" ("someone called TB"). */
const SOMEONE = new Set(['someone', 'somebody', 'boy', 'girl', 'guy', 'man', 'woman', 'lad', 'kid', 'person', 'friend', 'bloke', 'mate', 'student', 'pupil', 'client']);
/**
 * Whether two or three capital letters stand for a person: possessive ("JT's consent"), before a verb a person
 * does ("SM is angry", "AJ asked", "JB keeps saying"), after a word for meeting or speaking with someone ("with
 * TM", "told ZW"), or starting a line as the subject of an action or a case ("DF to bring …", "1. JT (19) –",
 * "2. JL (Y11)"). Not in a line of capitals (a heading), not a state or a Roman numeral.
 */
function initialsAsPerson(t: Token, tokens: readonly Token[], text: string): boolean {
  // ("09:14 — OUT to grandmother", "IN from dad": a call log's direction)
  if (!INITIALS.test(t.text) || ROMAN.test(t.text) || CALL_DIRECTIONS.has(t.key)) return false;
  const prev = prevToken(tokens, t.i);
  const next = nextToken(tokens, t.i);
  // (a state's letters only with the strongest cues: "AK's mam", "AK noticed"; never one that is also a word, "OK")
  if (STATE_ABBRS.has(t.text)) return !STATE_WORDS.has(t.text) && (t.baseEnd !== t.end || (!!next && next.gap === ' ' && next.lower && says(next.key))) && !(prev && t.gap === ' ' && (DETERMINERS.has(prev.key) || prev.key === 'in' || prev.key === 'of' || prev.key === 'from'));
  // "the JB/TM matter": two pairs of initials no list knows, joined by a slash
  if (t.text.length === 2 && ((next && next.gap === '/' && next.upper && next.text.length === 2 && !(next.f & NOT_INITIALS)) || (prev && t.gap === '/' && prev.upper && prev.text.length === 2 && !(prev.f & NOT_INITIALS)))) return true;
  // (a heading or a shouted line: capitals around it)
  // (not across a sentence's end: "… too high for ASYE. IS to move two cases")
  if ((prev && prev.upper && prev.text.length > 1 && !prev.gap.includes('\n') && !t.gap.includes('\n') && !SENTENCE_END_GAP.test(t.gap)) || (next && next.upper && next.text.length > 1 && next.gap === ' ')) return false;
  if (t.baseEnd !== t.end) return true;
  // ("the IOP was", "their EHCP is": a determiner is before a thing, not a person)
  if (prev && t.gap === ' ' && DETERMINERS.has(prev.key)) return false;
  if (next && next.gap === ' ' && next.lower && PERSON_VERBS.has(next.key)) return true;
  // "LB reminded the group", "SK phoned": a verb in the past after them, mid-sentence or starting one
  if (next && next.gap === ' ' && next.lower && next.alpha && next.text.length > 5 && next.key.endsWith('ed') && !NOT_VERBS_ED.has(next.key) && (t.sentStart || (prev !== undefined && lastBeforeSpace(t.gap) !== 45))) return true;
  // ("with" only before a verb: "the intake with TM raised …", not "CBT with ERP", "admitted with CHF")
  // ("Met KT at school": the verb starting the sentence too)
  if (prev && (prev.lower || (prev.sentStart && prev.cap)) && t.gap === ' ' && (PERSON_OBJECT_VERBS.has(prev.key) || (SOCIAL_CUES.has(prev.key) && (prev.key !== 'with' || withThenVerb(next))))) return true;
  // "discuss w/ EH", "spoke with MK": with someone after a verb of talking; "Session 3 with KT", "Supervision with
  // JB re caseload": after a word for a meeting (and its number)
  // ("discuss kyle with JB in supervision": the verb a word or two before "with")
  if (prev && (prev.key === 'with' || prev.key === 'w') && prev.i > 0 && (TALK_VERBS.has(tokens[prev.i - 1]!.key) || (prev.i > 1 && TALK_VERBS.has(tokens[prev.i - 2]!.key) && tokens[prev.i - 1]!.lower))) return true;
  // (where the phrase ends after them: not "visit with TIS interpreter")
  if (prev && (prev.key === 'with' || prev.key === 'w') && prev.i > 0 && meetingBefore(tokens, prev.i - 1) && (!next || next.gap !== ' ' || AFTER_INITIALS.has(next.key))) return true;
  // "KT and her mum attended": before "and" and a family word; "cc KT": copied to them
  if (andFamilyAfter(tokens, t.i)) return true;
  if (prev && prev.lower && (prev.key === 'cc' || prev.key === 'fao') && t.gap === ' ') return true;
  // "JK – chase the school", "(2) KAB – send the article": an action in a list, the initials, a dash, then a verb
  if (next && /^\s[—–-]\s$/.test(next.gap) && next.lower && (next.f & C.COMMON) !== 0 && (t.sentStart || /[(;)]\s*$/.test(t.gap))) return true;
  // "1. JR, F, 16.", "JT, M, 42 –": a case's sex and age after them
  if (next && next.gap === ', ' && SEX_LETTERS.has(next.text) && /^,\s?\d{1,2}\b/.test(text.slice(next.end, next.end + 5))) return true;
  // "KT unsure what to share", "KT noticing she feels stuck": starting a sentence, before a state only a person
  // is in or a verb in "-ing"
  if (t.sentStart && next && next.gap === ' ' && next.lower && next.alpha && (INITIALS_STATES.has(next.key) || PERSON_STATES.has(next.key) || (next.text.length > 5 && next.key.endsWith('ing') && !NOT_VERBS_ING.has(next.key)))) return true;
  // "2. DM (M, 19) – referred by …": a sex and an age in brackets after them
  if (text.charCodeAt(t.end + 1) === 40 && SEX_AGE_BRACKET.test(text.slice(t.end, t.end + 14))) return true;
  // "KT made a report", "CB went round": starting a sentence, before a verb in the past that is not in "-ed"
  if (t.sentStart && next && next.gap === ' ' && next.lower && IRREGULAR_PAST.has(next.key) && next.key !== 'left') return true;
  // "S4 DN (45 y.o. M)": an age in brackets after them
  if (next && next.gap === ' (' && next.hasDigit && next.text.length <= 2 && AGE_AFTER.test(text.slice(next.end, next.end + 8))) return true;
  // "notes by KL", "screening completed by AF": the author of a record; "Notes: EVJ", "Minutes: TR": its label
  if (prev && t.gap === ' ' && prev.key === 'by' && prev.i > 0 && AUTHORED.has(tokens[prev.i - 1]!.key)) return true;
  if (prev && AUTHOR_LABELS.has(prev.key) && /^:\s+$/.test(t.gap)) return true;
  // "…\nRH" ending the note, or "…\nHW, PWP": initials alone on the last line (with a role's letters) sign it off
  if (t.gap.includes('\n') && (!next || (next.gap === ', ' && next.upper && !nextToken(tokens, next.i)))) return true;
  // (at the start of a line, or after a label there: "Actions: DF to bring …"; or of a sentence before "to" and a
  // verb: "… next week. KT to do a chain analysis")
  const line = lineStartAt(text, t.start) || (!!prev && lastBeforeSpace(t.gap) === 58 && lineStartAt(text, prev.start));
  if (!line && !(t.sentStart && next && next.key === 'to' && next.gap === ' ')) return false;
  if (next && next.key === 'to' && next.gap === ' ') {
    const verb = nextToken(tokens, next.i);
    return !!verb && verb.lower && verb.gap === ' ' && (verb.f & C.COMMON) !== 0;
  }
  // "1. JT (19) –", "2. JL (Y11) –": a case in a list, with an age or a school year in brackets; "- KP — still
  // no-showing": a case in a list, then a dash
  return !!next && ((/^\s?\($/.test(next.gap) && next.hasDigit && next.text.length <= 3) || /^\s[—–]\s$/.test(next.gap));
}

/** After quoted initials, a school year or an age: '"JD", Y6', '"DS", 17)'. */
// ('- "RJ" — 19, NEET': or a dash or a bracket before them)
// ('"R" (client, 19)', '"D" (male, 52, bereavement)': or a word for the client or a sex, then the age)
const QUOTED_CASE_AFTER = /^["”’'](?:,\s?|\s[—–-]\s|\s\()(?:(?:client|pt|patient|mentee|student|pupil|learner|yp|supervisee|male|female|man|woman|boy|girl),\s?(?=\d{1,2}[,;)])|)(?:(?:Y|Yr|Year)\s?\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\s(?:grade|gr)\b|\d{1,2}(?:\s?[MFmf])?(?:[,;)]|\s?(?:yo|y\/o|yrs?)\b)|(?:adolescent|teen|teenager|child|boy|girl|young\s(?:person|man|woman)|man|woman|older\s(?:man|woman|adult))[,;)])/;
/** Words before "by" and the author of a record: "notes by KL", "completed by AF". */
const AUTHORED = new Set(['notes', 'note', 'minutes', 'minuted', 'completed', 'written', 'done', 'made', 'signed', 'dictated', 'reviewed', 'prepared', 'compiled', 'recorded', 'typed', 'taken', 'facilitated', 'led', 'delivered', 'co-facilitated', 'screened', 'assessed', 'supervised', 'countersigned']);
/** Labels of a record's author: "Notes: EVJ", "Scribe: TR". */
const AUTHOR_LABELS = new Set(['notes', 'minutes', 'scribe', 'author', 'minuted', 'signed', 'facilitator', 'facilitators', 'chair', 'notetaker', 'recorder']);
/** The letters for a case's sex before an age: "JR, F, 16". */
const SEX_LETTERS = new Set(['F', 'M', 'f', 'm', 'X', 'NB']);
/** States said of a person by their initials, besides PERSON_STATES: "KT unsure what to share". */
const INITIALS_STATES = new Set(['unsure', 'uncertain', 'ambivalent', 'unclear', 'aware', 'unaware', 'happy', 'unhappy', 'pleased', 'relieved', 'confident', 'hopeful', 'frustrated', 'stuck', 'settled', 'ready', 'able', 'unable', 'willing', 'unwilling', 'open']);
/** Words in "-ing" that are things, not verbs: "PT training", "SEN funding". */
const NOT_VERBS_ING = new Set(['training', 'funding', 'housing', 'meeting', 'meetings', 'building', 'setting', 'settings', 'wellbeing', 'being', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'following', 'including', 'regarding', 'pending', 'ongoing', 'according', 'spelling', 'writing', 'reading', 'testing', 'screening', 'listing', 'rating', 'ratings', 'scoring', 'planning', 'learning', 'teaching', 'counselling', 'counseling', 'parenting', 'nursing', 'caring', 'clothing', 'bedding', 'boarding', 'banking', 'shopping', 'hearing', 'clearing', 'opening', 'closing', 'ending', 'finding', 'findings', 'timing', 'pricing', 'booking', 'bookings', 'recording', 'recordings', 'marking', 'sibling', 'siblings', 'offending', 'safeguarding', 'bullying', 'mentoring', 'coaching', 'fostering', 'bleeding', 'licensing', 'waiting', 'parking', 'lodging', 'heating', 'plumbing', 'catering', 'advertising', 'accounting', 'engineering', 'manufacturing', 'marketing', 'printing', 'processing', 'sentencing', 'rehousing', 'spring', 'string', 'thing', 'things', 'king', 'ring', 'wing', 'sing', 'sting']);
const SENTENCE_END_GAP = /^[.!?]\s/;
/** Words for a meeting, before "with" and a person: "Session 3 with KT", "supervision with JB". */
const MEETING_WORDS = new Set(['session', 'sess', 'individual', '1:1', 'one-to-one', 'supervision', 'meeting', 'mtg', 'call', 'appointment', 'appt', 'review', 'catch-up', 'catchup', 'chat', 'consultation', 'visit', 'check-in', 'intake', 'assessment']);
/** Words that may follow a person's initials and end the phrase: "with JB re caseload", "with KT today". */
const AFTER_INITIALS = new Set(['re', 'about', 'and', 'today', 'yesterday', 'at', 'on', 'for', 'to', 'in', 'this', 'last', 'next', 'after', 'before', 'who', 'when', 'because', 'regarding']);
/** Whether tokens[j] is a word for a meeting, or a number after one ("Session 3"). */
function meetingBefore(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!;
  if (MEETING_WORDS.has(w.key)) return true;
  return w.hasDigit && w.text.length <= 3 && j > 0 && MEETING_WORDS.has(tokens[j - 1]!.key);
}

function withThenVerb(next: Token | undefined): boolean {
  return !!next && next.gap === ' ' && next.lower && (PERSON_VERBS.has(next.key) || (next.text.length > 4 && next.key.endsWith('ed')));
}

/**
 * A capital letter and a full stop standing for a person: before a verb a person does ("S. feels", "I. asked"),
 * before "to" and a verb after a comma, a colon or at the start of a line ("A. to complete closure"), heading a
 * case in a list ("2. K. – now asking …") or signing a note off ("– N.").
 */
function dottedInitialAsPerson(t: Token, tokens: readonly Token[], text: string): boolean {
  if (text.charCodeAt(t.end) !== 46 || t.end !== t.baseEnd) return false;
  const next = nextToken(tokens, t.i);
  const after = text.slice(t.end, t.end + 4);
  // "spoke with K. from Alder Hey", "2 stops on the DLR with P. next wk", "ending with L. after 24 sessions": after
  // a word a person follows, the sentence goes on in lower case, so the full stop was an initial's
  const prev = prevToken(tokens, t.i);
  if (prev && prev.lower && t.gap === ' ' && (prev.key === 'with' || prev.key === 'told' || prev.key === 'asked' || prev.key === 'met') && next && next.lower && next.gap === '. ' && next.alpha) return true;
  if (next && next.lower && next.gap === '. ') {
    if (PERSON_VERBS.has(next.key) && next.key !== 'will' && next.key !== 'can') return true;
    if (next.key === 'to') {
      const verb = nextToken(tokens, next.i);
      const lead = t.gap === ', ' || lastBeforeSpace(t.gap) === 58 || lineStartAt(text, t.start);
      return lead && !!verb && verb.gap === ' ' && verb.lower && verb.key !== 'be' && (verb.f & C.COMMON) !== 0;
    }
  }
  // "a Yr 11 (T.)": in brackets alone
  if (text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(t.end + 1) === 41) return true;
  // "Next: 2 October. G.": a letter and a full stop ending the note, a signature
  if (t.end + 1 >= text.length || /^\.\s*$/.test(text.slice(t.end, t.end + 8)) && t.end + 8 >= text.length) return /[.!?]\s$/.test(t.gap) || t.gap.includes('\n');
  if (!lineStartAt(text, t.start)) return false;
  // "2. K. – now asking …"; "– N." alone on the last line
  if (/^\.\s[–—-]\s/.test(after)) return true;
  return /[–—-]\s?$/.test(t.gap) && (t.end + 1 === text.length || /^\.\s*(?:\n|$)/.test(after));
}

/** "3. T — brief.": a capital letter heading a case in a numbered list, then a dash. */
function listedInitial(t: Token, tokens: readonly Token[], text: string): boolean {
  const next = nextToken(tokens, t.i);
  if (t.text === 'A' || t.text === 'I' || !next) return false;
  // ('1. "R" – farmer, 50s': the letter may be quoted; 'Cases: (1) "G", 70s': a quoted letter after a bracketed number)
  if (/^["”’']?\s[—–-]\s$/.test(next.gap) && /(?:^|\n)\s*\d{1,2}[.)]\s["“‘']?$/.test(text.slice(Math.max(0, t.start - 7), t.start))) return true;
  return /^["”’'],\s$/.test(next.gap) && /\(\d{1,2}\)\s["“‘']$/.test(text.slice(Math.max(0, t.start - 6), t.start));
}

const AGE_AFTER = /^(?:\)|,|\s?y\.?o\b|\s?y\/o|\s?yrs?\b|\s[MF]\b)/;
/** A case's sex and age in brackets: "DM (M, 19)", "JR (F, 16)". */
/** ", F, 16": a case's sex and age after a comma ("1. JR, F, 16."). */
const SEX_AGE_COMMA = /^,\s?[MF],\s?\d{1,2}(?![\d/])/;
// (or an age band: "DK (mid-20s, referred by his GP)", "JT (late 30s)")
// (or the age first, with or without "y.o.": "DN (45 y.o. M)", "KB (16yo F)", "JT (32, M)")
const SEX_AGE_BRACKET = /^\s?\((?:[MFmf],\s?\d{1,2}\)|\d{1,2}\s?(?:y\.?\s?o\.?|yrs?|y\/o)?,?\s?[MF]\)|\d{1,2}\s?(?:y\.?\s?o\.?|yrs?|y\/o),?\s?[MF]\b|(?:early|mid|late)[\s-]?[1-9]0s\b)/;
const TALK_VERBS = new Set(['discuss', 'discussed', 'discussing', 'spoke', 'speak', 'speaking', 'talk', 'talked', 'talking', 'met', 'meet', 'meeting', 'check', 'checked', 'checking', 'liaise', 'liaised', 'liaising', 'consult', 'consulted', 'agreed', 'review', 'reviewed', 'session', 'sessions', 'call', 'called', 'catch-up', 'catchup']);
/** Whether the token after a field's value starts another field or line: end of text, a new line, a tab, two spaces, "," ";" "|". */
function fieldValueEnds(next: Token | undefined): boolean {
  return next === undefined || /\n|\t| {2}|^[,;|]/.test(next.gap);
}
/** States' letters that are also words or common abbreviations ("OK", "IN", "ME", "PA"). */
const STATE_WORDS = new Set(['IN', 'ME', 'OR', 'OK', 'HI', 'OH', 'LA', 'MA', 'PA', 'DE', 'CO', 'ID', 'AL', 'SC', 'MD', 'MS', 'NT', 'SA', 'ACT', 'DC', 'GA', 'VA', 'NE', 'MO', 'MT']);
/** Words ending in "ed" after capitals that are not verbs of a person: "CBT based", "NHS funded", "DV related". */
const NOT_VERBS_ED = new Set(['based', 'funded', 'related', 'informed', 'focused', 'focussed', 'centred', 'centered', 'linked', 'approved', 'registered', 'accredited', 'certified', 'trained', 'referred', 'needed', 'required', 'shaped', 'sized', 'aged', 'led', 'owned', 'run', 'licensed', 'qualified', 'assessed', 'diagnosed', 'prescribed', 'recommended', 'scored', 'rated', 'compliant', 'triggered', 'induced', 'associated', 'specified', 'ranked', 'listed']);
const ROMAN = /^(?:II|III|IV|VI|VII|IX|XI|XII|XV|XX|CV|MD|DC|CC|CD|XL|LX|MC|MM|DM)$/;
/** Verbs with a person as their object, before initials or a name: "locks ZW out", "saw JT", "reminded Jack". */
const PERSON_OBJECT_VERBS = new Set(['locks', 'locked', 'saw', 'see', 'seeing', 'supporting', 'support', 'supported', 'referred', 'refer', 'discharged', 'contacted', 'contact', 'remind', 'reminded', 'thank', 'thanked', 'asking', 'told', 'tell', 'ask', 'call', 'email', 'text', 'praised', 'encouraged', 'encourage', 'congratulated', 'helped', 'advised', 'reassured', 'reassure', 'invited', 'invite', 'introduced', 'collected', 'dropped', 'hugged']);

/** "Session with J and his carer": a capital letter standing alone between lower-case words. */
function eponymNounAfter(t: Token, tokens: readonly Token[]): boolean {
  const next = tokens[t.i + 1];
  return !!next && next.gap === ' ' && next.lower && EPONYM_NOUNS.has(next.key);
}
const EPONYM_NOUNS = new Set(['disease', 'syndrome', 'lymphoma', 'palsy', 'sarcoma', 'ataxia', 'chorea', 'phenomenon', 'disorder', 'law', 'protocol', 'hierarchy', 'triangle', 'wheel', 'stages', 'paradox', 'criteria']);

function licenceOrSide(t: Token, tokens: readonly Token[]): boolean {
  const c = t.text;
  const prev = t.i > 0 ? tokens[t.i - 1]! : undefined;
  const next = tokens[t.i + 1];
  if ((c === 'L' || c === 'P') && t.end !== t.baseEnd && prev && t.gap === ' ' && POSSESSIVES.has(prev.key)) return true;
  return (c === 'L' || c === 'R') && !!next && next.gap === ' ' && next.lower && BODY_SIDES.has(next.key);
}
const BODY_SIDES = new Set(['leg', 'arm', 'hand', 'knee', 'side', 'ear', 'eye', 'foot', 'hip', 'shoulder', 'wrist', 'ankle', 'elbow', 'breast', 'lung', 'kidney', 'thigh', 'calf', 'heel', 'forearm', 'temporal', 'frontal', 'sided']);

function bareInitial(t: Token, tokens: readonly Token[], i: number): boolean {
  if (t.text === 'A' || t.text === 'I' || t.sentStart) return false;
  const prev = prevToken(tokens, i);
  const next = nextToken(tokens, i);
  // ("beyond O levels", "did her A level": a school exam's letter; "a fitter on B shift", "moved to C wing": a shift's,
  // a wing's or a grade's letter)
  if (next && LETTER_BEFORE.has(next.key)) return false;
  if (!prev || !prev.lower || ((prev.f & C.NOT_INITIAL_BEFORE) !== 0) || prev.gap.includes('\n')) return false;
  // ("52 y/o M, seen x6", "pt 41 yo F": a sex after an age)
  if ((t.text === 'M' || t.text === 'F') && (prev.key === 'o' || prev.key === 'yo' || prev.key === 'old' || prev.key === 'yrs' || prev.key === 'y')) return false;
  if (t.gap !== ' ' || (next && (!next.lower || !/^\s$/.test(next.gap) && !/^[,;]\s$/.test(next.gap)))) return false;
  return !!next;
}

/**
 * "O prefers WhatsApp", "M reminded me its not my job", "Actions: L to ring Vince": a capital letter alone opening a
 * sentence (or a line's action, after a label) before a verb a person does, or "to" and a verb; not "A", "I" or a
 * letter for a role (ROLE_LETTERS), a letter naming a level or a shift ("B shift"), nor before a form of "be" or
 * "have".
 */
function sentenceInitialLetter(t: Token, tokens: readonly Token[]): boolean {
  // (nor the letters notes use for a role, ROLE_LETTERS: "C attended", "M said")
  if (ROLE_LETTERS.has(t.text) || !t.sentStart || !t.cap) return false;
  const next = nextToken(tokens, t.i);
  if (!next || next.gap !== ' ' || !next.lower || !next.alpha || LETTER_BEFORE.has(next.key) || LETTER_NOT_VERBS.has(next.key)) return false;
  if (PERSON_VERBS.has(next.key) || (next.text.length > 5 && next.key.endsWith('ed') && !NOT_VERBS_ED.has(next.key))) return true;
  if (next.key !== 'to') return false;
  const v = nextToken(tokens, next.i);
  return !!v && v.gap === ' ' && v.lower && v.alpha && (v.f & C.COMMON) !== 0 && ACTION_VERBS.has(v.key);
}
const LETTER_NOT_VERBS = new Set(['is', 'was', 'has', 'had', 'did', 'does', 'can', 'could', 'will', 'would', 'gets', 'got', 'became', 'seems', 'remains', 'continues', 'turns', 'turned']);
/** Verbs of an action someone agrees to: "L to ring Vince", "S to send the form". */
const ACTION_VERBS = new Set(['ring', 'call', 'phone', 'email', 'text', 'send', 'book', 'chase', 'check', 'speak', 'talk', 'contact', 'follow', 'arrange', 'complete', 'write', 'update', 'review', 'visit', 'meet', 'bring', 'share', 'ask', 'find', 'look', 'refer', 'discuss', 'confirm', 'attend', 'liaise', 'apply', 'submit', 'return', 'collect', 'sign', 'draft', 'research', 'explore', 'try', 'practise', 'practice']);

/** Words that a capital letter names one of: "O levels", "B shift", "C wing", "D block", "E grade". */
const LETTER_BEFORE = new Set(['level', 'levels', 'shift', 'shifts', 'wing', 'block', 'grade', 'grades', 'stream', 'band', 'corridor', 'landing']);

/**
 * "To: Mitigating Circumstances Committee", "Swindon North Family Safeguarding Team": capitalised words ending in a word
 * for a body or a procedure are never a person — a body named by a place or a name is an organisation, one named in
 * ordinary words alone a kind of body, left readable ("Mark Board": not after a given name in a run of two).
 */
function bodyRule(run: Run, out: Span[]): boolean {
  const { toks, strengths } = run;
  const last = run.last;
  if (toks.length < 2 || !BODY_TAILS.has(last.key) || strengths[toks.length - 1] !== 'common' || last.f & C.KNOWN || (toks.length === 2 && toks[0]!.f & C.GIVEN)) return false;
  for (let i = 0; i < toks.length - 1; i++) {
    if (strengths[i] === 'name' || (toks[i]!.f & C.PLACE && !(toks[i]!.f & C.COMMON))) {
      // ("Discussed Engineers Australia Migration Skills Assessment": a verb opening the sentence is outside the name)
      const v = toks[0]!;
      const lead = toks.length > 2 && v.sentStart && openingWord(v.key, strengths[0]!) ? 1 : 0;
      out.push(span('ORG', toks[lead]!.start, last.end, 'model'));
      return true;
    }
  }
  return true;
}

/**
 * "Lee Foster, Careers Adviser", "Grace Field, Social Worker (Adults)": a line that starts with a given name and one or
 * two surnames, then a comma and a role that ends the line (or opens a bracket) is a signature — a person, even when
 * the name's words are ordinary words too ("Lee", "Foster", "Grace", "Field").
 */
function signatureRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  const { toks, before } = run;
  const last = run.last;
  if (toks.length > 3 || run.titled) return false;
  // ("J. Smith, Social Worker": an initial with a full stop is a run of its own, before the surname's)
  const initial = before !== undefined && run.beforeGap === '. ' && (isInitialLetter(before) || before.text === 'A') && (before.start === 0 || before.gap.includes('\n')) ? before : undefined;
  const first = initial ?? toks[0]!;
  if (!initial && (toks.length < 2 || !(first.start === 0 || run.beforeGap.includes('\n')))) return false;
  if (!initial && !isInitialLetter(first) && (!(first.f & C.GIVEN) || first.f & (C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.TITLE | C.RELATION))) return false;
  for (let i = initial ? 0 : 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !t.alpha || !(t.f & (C.GIVEN | C.SURNAME | C.WORD_SURNAME)) || t.f & (C.ORG_SUFFIX | C.PLACE_SUFFIX | C.STREET_SUFFIX | C.PUBLIC_TERM | C.DOMAIN)) return false;
  }
  if (!roleLineAfter(text, tokens, last)) return false;
  out.push(span('PERSON', first.start, last.baseEnd, 'model'));
  return true;
}

/** A capital letter alone, not "A" or "I". */
function isInitialLetter(t: Token): boolean {
  return t.text.length === 1 && t.cap && t.text !== 'A' && t.text !== 'I';
}

/** ", Careers Adviser" / ", Senior Social Worker (Adults)": a comma, then up to three capitalised words ending in a role, then the line's end or a bracket. */
function roleLineAfter(text: string, tokens: readonly Token[], last: Token): boolean {
  const next = tokens[last.i + 1];
  if (!next || next.gap !== ', ') return false;
  for (let j = last.i + 1; j < tokens.length && j <= last.i + 3; j++) {
    const w = tokens[j]!;
    if ((j > last.i + 1 && w.gap !== ' ') || !(w.cap || w.upper) || !w.alpha) return false;
    if (ROLE_WORDS.has(w.key) || (w.f & (C.RELATION | C.COLLEAGUE)) !== 0) {
      const after = tokens[j + 1];
      if (!after) return /^[.\s]*$/.test(text.slice(w.end));
      return after.gap.includes('\n') || after.gap === ' (' || after.gap === ', ';
    }
  }
  return false;
}

/**
 * "Big Brothers Big Sisters of Central Ohio", "United Way of Greater Atlanta", "BBBS of Greater Memphis", "Blue Cross
 * Blue Shield of Illinois": a body's local branch, named "of" a region or a town, is one organisation — the region's
 * words with it, never a person of their own ("Greater Atlanta"). Not a government's department ("Department of
 * Health"), a role ("Director of Nursing"), a place ("Isle of Wight") or a national body ("Church of England").
 */
function affiliateRule(run: Run, tokens: readonly Token[], out: Span[]): boolean {
  const { toks } = run;
  const first = toks[0]!;
  // "of" inside the run, or just after it
  let ofIdx = -1;
  for (let q = 1; q < toks.length - 1; q++) if (toks[q]!.key === 'of' && toks[q]!.lower) ofIdx = q;
  const ofTok = ofIdx > 0 ? toks[ofIdx]! : tokens[run.last.i + 1];
  if (!ofTok || ofTok.key !== 'of' || !ofTok.lower || ofTok.gap !== ' ') return false;
  const head = ofIdx > 0 ? ofIdx : toks.length;
  // (not a person "of" somewhere: "Pastor Reginald Hope of …", "niece Carol Anne Stuckey of Belleville")
  // (letters are an organisation's even after a cue: "called BBBS of Greater Memphis")
  if ((run.cue && !first.upper) || (first.f & C.GIVEN && !(first.f & (C.COMMON | C.ORG_SUFFIX)) && !first.upper)) return false;
  if (first.f & (C.TITLE | C.RELATION | C.KIN | C.NAME_LABEL | C.PLACE_SUFFIX) || NOT_AFFILIATES.has(first.key) || ROLE_WORDS.has(first.key) || (first.sentStart && !first.upper && SENTENCE_VERB.test(first.key))) return false;
  for (let q = 0; q < head; q++) if (!(toks[q]!.cap || toks[q]!.upper) || !toks[q]!.alpha) return false;
  // the region: "Greater", "Central", "Eastern" … then one to three capitalised words, the last a place or a state
  let j = ofTok.i + 1;
  const region = tokens[j] !== undefined && tokens[j]!.gap === ' ' && tokens[j]!.cap && REGION_WORDS.has(tokens[j]!.key);
  if (region) j++;
  let end: Token | undefined;
  for (let k = 0; k < 3 && j < tokens.length; k++, j++) {
    const w = tokens[j]!;
    if (w.gap !== ' ' || !(w.cap || w.upper) || !w.alpha) break;
    if (w.f & (C.PLACE | C.PUBLIC_NAME)) end = w;
  }
  // (a town, or a US or Australian state; a nation, or a word that is also an ordinary one, only after a region word:
  // "Armed Forces of Ukraine", "School of Law" are not branches)
  if (end === undefined || (!region && (end.f & C.COMMON || (!(end.f & C.PLACE) && !STATES.has(end.key)) || NATIONS.has(end.key)))) return false;
  // (the run goes on after the region: "City of Bristol College" is for the organisation rules)
  if (ofIdx > 0 && run.last.i > end.i) return false;
  // (one ordinary word before "of" names a branch only with a region after it: "Goodwill of Central Ohio", not "Most of Texas")
  if (head === 1 && !region && !(first.upper || first.f & C.ORG_SUFFIX)) return false;
  out.push(span('ORG', first.start, end.end, 'model'));
  return true;
}
/**
 * "Cert IV in Cyber Security", "T Level in Animal Care", "Extended Diploma in Creative Media", "AAS in Pre-Engineering",
 * "BS in Electrical Engineering": ordinary words after a qualification and "in" name what is studied, not a body.
 */
function courseSubject(run: Run, tokens: readonly Token[]): boolean {
  // ("L2 Health & Social Care", "L3 Business": a level's letter and number before a subject's ordinary words)
  if (run.toks.length >= 2 && LEVEL_LETTER.test(run.toks[0]!.text) && ordinaryFrom(run.strengths, 1)) return true;
  // ("final-year PhD, Materials Science & Engineering": after a degree and a comma, ordinary words ending in a subject)
  if (run.before && QUALIFICATIONS.has(run.before.key) && run.beforeGap === ', ' && ordinaryFrom(run.strengths, 0) && (NOT_PLACES.has(run.last.key) || SUBJECT_ENDS.has(run.last.key))) return true;
  const inTok = run.before;
  if (!inTok || inTok.key !== 'in' || !inTok.lower || run.beforeGap !== ' ') return false;
  for (let q = 0; q < run.strengths.length; q++) if (run.strengths[q] !== 'common' && run.strengths[q] !== 'word') return false;
  for (let j = inTok.i - 1, hops = 0; j >= 0 && hops < 3; j--, hops++) {
    const w = tokens[j]!;
    if (QUALIFICATIONS.has(w.key)) return true;
    if (!(w.hasDigit || LEVEL_NUMERALS.has(w.key) || w.key === 'extended' || w.key === 'national' || w.key === 'advanced')) return false;
  }
  return false;
}
/** Verbs of living somewhere, before "in" ("lives in Hayes") or opening a sentence before a place ("Lives Noble Park."). */
const LIVING_VERBS = new Set(['lives', 'living', 'live', 'lived', 'moved', 'born', 'grew', 'based', 'raised', 'relocated', 'staying', 'stays', 'settled', 'housed', 'semi-independent']);
/** Public bodies whose teams are not part of their names. */
const TEAM_OWNERS = new Set(['trust', 'council', 'police', 'constabulary', 'nhs', 'authority', 'board', 'department', 'dept']);
const ROLE_HEADS = new Set(['head', 'director', 'deputy', 'dean', 'chair', 'lead', 'manager', 'coordinator', 'co-ordinator']);
const LEVEL_LETTER = /^L[1-8]$/;
/** Last words of a subject's name that NOT_PLACES does not hold. */
const SUBJECT_ENDS = new Set(['sciences', 'studies', 'arts', 'humanities', 'mathematics', 'statistics', 'linguistics', 'physiology', 'neuroscience', 'pharmacology', 'pharmacy', 'midwifery', 'policy']);

function ordinaryFrom(strengths: readonly Strength[], from: number): boolean {
  for (let q = from; q < strengths.length; q++) if (strengths[q] !== 'common' && strengths[q] !== 'word') return false;
  return true;
}

const QUALIFICATIONS = new Set(['cert', 'certificate', 'diploma', 'level', 'degree', 'bs', 'ba', 'bsc', 'msc', 'ma', 'aas', 'aa', 'as', 'btec', 'nvq', 'hnd', 'hnc', 'apprenticeship', 'major', 'minor', 'masters', 'bachelors', 'phd', 'associate', 'ged', 'gcse', 'a-level', 'course', 'qualification']);
const LEVEL_NUMERALS = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi']);
const COURSE_WORDS = new Set(['diploma', 'bachelor', 'bachelors', 'master', 'masters', 'certificate', 'cert', 'degree', 'doctor', 'doctorate', 'associate']);
/** The last word of a named measure or instrument ("Barthel Index", "Strong Interest Inventory"). */
const MEASURE_WORDS = new Set(['index', 'scale', 'inventory', 'questionnaire', 'checklist', 'indicator', 'profiler']);
const REGION_WORDS = new Set([...COMPASS, 'greater', 'eastern', 'western', 'northern', 'southern', 'metro', 'metropolitan', 'upper', 'lower', 'mid', 'inland', 'coastal', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Words before "of" that make a department, a role, a place or a part, not a body's branch. */
const NOT_AFFILIATES = new Set(['department', 'dept', 'ministry', 'secretary', 'office', 'state', 'city', 'county', 'borough', 'district', 'isle', 'island', 'islands', 'province', 'republic', 'kingdom', 'commonwealth', 'government', 'council', 'most', 'some', 'all', 'part', 'parts', 'rest', 'history', 'map', 'north', 'south', 'east', 'west', 'university', 'college', 'bank', 'church', 'duke', 'duchess', 'earl', 'prince', 'princess', 'queen', 'king', 'bishop', 'archbishop', 'mayor', 'governor', 'director', 'head', 'member', 'members', 'friends', 'people', 'top', 'bottom', 'centre', 'center', 'heart', 'edge', 'outskirts', 'gateway', 'spirit', 'battle', 'siege', 'treaty', 'statue', 'tower', 'museum', 'return', 'lady', 'our', 'sisters', 'brothers', 'daughters', 'sons']);
/**
 * "Alzheimer's Association Rhode Island Chapter", "NAMI Greater Houston Chapter", "Samaritans Leeds Branch": a national
 * body's local chapter or branch, named by its place, is one organisation (the national body alone stays readable).
 */
function chapterRule(run: Run, out: Span[]): boolean {
  const { toks } = run;
  if (toks.length < 3 || !CHAPTER_WORDS.has(run.last.key) || run.titled) return false;
  const placeBefore = toks[toks.length - 2]!;
  if (!(placeBefore.f & (C.PLACE | C.PUBLIC_NAME | C.PLACE_SUFFIX) || run.strengths[toks.length - 2] === 'name') || placeBefore.f & C.CALENDAR) return false;
  const first = toks[0]!.sentStart && !toks[0]!.upper && SENTENCE_VERB.test(toks[0]!.key) ? 1 : 0;
  if (toks.length - first < 3) return false;
  out.push(span('ORG', toks[first]!.start, run.last.end, 'model'));
  return true;
}
const CHAPTER_WORDS = new Set(['chapter', 'branch', 'affiliate']);

/** "Left", "Joined", "Attends": a sentence's first word that is a verb. */
const SENTENCE_VERB = /(?:ed|s|ing)$/;
/** US and Australian states, full names (folded). */
const STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming', 'queensland', 'victoria', 'tasmania']);
/** Nations whose name after "of" makes a national body: "Church of England", "Bank of Scotland", "Royal College of … Ireland". */
const NATIONS = new Set(['england', 'scotland', 'wales', 'ireland', 'britain', 'australia', 'america', 'canada', 'zealand', 'nigeria', 'ghana', 'kenya', 'india', 'pakistan', 'jamaica']);

/** Words that end the name of a body or a procedure, never a person's: "… Committee", "… Panel", "… Review". */
const BODY_TAILS = new Set(['committee', 'panel', 'board', 'meeting', 'conference', 'services', 'service', 'team', 'department', 'programme', 'program', 'scheme', 'policy', 'procedure', 'framework', 'assessment', 'review', 'forum', 'partnership', 'network', 'initiative']);
/** Two capitals and a small letter: "MSc", "BEng", "PhD" (not "Ma", "As", "Med"). */
const MIXED_CASE = /^(?=[^a-z]*[a-z])(?:[^A-Z]*[A-Z]){2}/;
/** Degrees' letters before a course's name: "MSc Public Health", "BEng Mechanical Engineering". */
const DEGREES = new Set(['msc', 'ma', 'mba', 'mres', 'mphil', 'meng', 'msw', 'med', 'bsc', 'ba', 'beng', 'bs', 'bsw', 'bn', 'bsn', 'bba', 'bed', 'llb', 'llm', 'phd', 'dphil', 'pgce', 'pgdip', 'pgcert', 'hnd', 'hnc', 'aas', 'aa', 'as', 'dclinpsy', 'psyd', 'edd']);
const DISTRICT_WORDS = new Set(['side', 'end', 'green', 'park', 'parks', 'hill', 'hills', 'heath', 'vale', 'bridge', 'cross', 'gate', 'bank', 'wood', 'woods', 'field', 'fields', 'town', 'village', 'estate', 'common', 'moor', 'marsh', 'mount', 'heights', 'valley', 'beach', 'bay', 'point', 'springs', 'creek', 'lake', 'grove', 'row', 'square', 'junction', 'market', 'north', 'south', 'east', 'west', 'central', 'park', 'gardens', 'brook', 'ford', 'well', 'wells', 'top', 'bottom', 'lane', 'street', 'road']);
const GENERIC_TAIL = new Set(['services', 'service', 'support', 'team', 'health', 'care', 'unit', 'ward', 'department', 'office', 'group', 'programme', 'program', 'scheme', 'plan', 'order', 'court', 'act', 'credit', 'benefit', 'allowance', 'payment', 'assessment', 'review', 'meeting', 'conference', 'panel', 'board', 'committee', 'policy', 'procedure', 'framework', 'model', 'therapy', 'training', 'course', 'level', 'year', 'stage', 'phase', 'week', 'day', 'english', 'maths', 'science']);
const NICKNAME_BEFORE = /\p{Lu}\p{Ll}+\s["“‘']\p{Lu}[\p{L}'’-]*["”’']\s$/u;
const NAME_AFTER_QUOTE = /^["”’']\s?\((?:preferred name|pref\. name|prefers|nickname|known as|goes by|aka|real name|legal name|chosen name|client['’]s (?:chosen|preferred) name)/i;
/** '"Iffy" to his mates', '"Bub" with the family': a nickname's circle after the quotes. */
const NICKNAME_AFTER_QUOTE = /^["”’']\s(?:to|with|among|for)\s(?:his|her|their|the)\s(?:mates|friends|family|pals|crew|team|lads|girls|boys|cousins|siblings|class)\b/i;
const QUOTE_CUE = /\b(?:client|called|known|as|prefers|named|nickname|nicknamed|aka|spelled|spelt|youths?|boys?|girls?|friend|mate|sponsor|brother|sister|cousin|son|daughter|partner|colleague|manager|initial|initials|referred to as|call me|calls? (?:him|her|them)|goes by|going by|go by|family|couple|case|brought|presented|pt|patient|mentee|supervisee|young person|yp)\b[^.\n]{0,30}$/i;

const NOT_IN_NAME = C.CALENDAR | C.PUBLIC_TERM | C.PUBLIC_NAME | C.TITLE | C.RELATION | C.NAME_LABEL | C.ORG_SUFFIX | C.ORG_PREFIX | C.STREET_SUFFIX | C.PLACE_SUFFIX | C.DOMAIN | C.ACRONYM;

/**
 * Two or three capitalised ordinary words that are a given name then a surname ("Tom Baker", "Bill Turner",
 * "Sue Grant"), with no cue, judged as a name when a sentence goes on after them in lower case ("Tom Baker
 * rang", "Tom Baker, the …") — a heading ("Rose Gold\n") or a title-cased phrase does not. Not after "at"
 * ("at Rose Hill" is a place).
 */
function ordinaryWordsName(toks: readonly Token[], tokens: readonly Token[], before: Token | undefined): boolean {
  if (toks.length < 2 || toks.length > 3) return false;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  if (!(first.f & C.GIVEN) || !(last.f & (C.SURNAME | C.WORD_SURNAME))) return false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // (a surname may be a street word: "Grace Hill said")
    const not = i === toks.length - 1 ? NOT_IN_NAME & ~C.STREET_SUFFIX & ~C.CALENDAR : NOT_IN_NAME;
    if (!t.cap || t.hasDigit || t.text.length < 2 || t.f & not || !(t.f & (C.GIVEN | C.SURNAME | C.WORD_SURNAME))) return false;
    if (i > 0 && t.gap !== ' ') return false;
  }
  if (before && !first.sentStart && (before.key === 'at' || !before.lower)) return false;
  const next = nextToken(tokens, last.i);
  // ("Tom Smith, LCSW": or a practitioner's letters after the name; "Tom Baker (dad) rang", "Sue Turner (16)": or a
  // relation, a role or an age in brackets)
  const bracketed = next !== undefined && next.gap === ' (' && ((next.f & (C.KIN | C.RELATION | C.COLLEAGUE)) !== 0 || ROLE_WORDS.has(next.key) || (next.text.length <= 2 && asciiDigits(next.text)));
  if (!next || (!bracketed && ((!next.lower && !POST_NOMINALS.has(next.key)) || (next.gap !== ' ' && next.gap !== ', ')))) return false;
  // "Will Smith will", "May Day is": a modal or calendar word first needs the sentence to read as one about a person
  return !(first.f & C.CALENDAR);
}

function isOrgWord(k: string): boolean {
  return ORG_SUFFIXES.has(k);
}

/** /^(?:at|for)$/.test(k) (keys are internalised strings: two pointer comparisons) */
/** Whether the token stands alone in brackets after a word for a person ("one (Summer)", "her youngest (Hope)") or
 * before a person's verb ("(Summer) walked out"). */
function bracketedPerson(t: Token, text: string): boolean {
  if (codeAt(text, t.start - 1) !== 40 || codeAt(text, t.baseEnd) !== 41) return false;
  const m = WORD_BEFORE_BRACKET.exec(text.slice(Math.max(0, t.start - 30), t.start));
  if (m && PERSON_BEFORE_BRACKET.has(m[1]!.toLowerCase())) return true;
  return personVerbAfterBracket(text, t.baseEnd + 1) !== undefined;
}

/** The word after the ")" at `close` when it is a verb a person does ("(Summer) walked out"), else undefined. */
function personVerbAfterBracket(text: string, close: number): string | undefined {
  const v = VERB_AFTER_BRACKET.exec(text.slice(close, close + 23));
  if (v === null) return undefined;
  const w = v[1]!;
  return !AUXILIARIES.has(w) && (PERSON_VERBS.has(w) || IRREGULAR_PAST.has(w) || says(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERBS_ED.has(w))) ? w : undefined;
}
/** The word before the bracket, with "in" and a year between them or not: "one (", "widowed in 2016 (". */
const WORD_BEFORE_BRACKET = /(\p{L}+)(?:\sin\s\d{4})?\s\($/u;
const VERB_AFTER_BRACKET = /^\s([a-z]+)\b/;

/** Whether the token stands alone in brackets after a family word and before a verb a person does: "mum (Shona) rang". */
function kinBracketName(t: Token, tokens: readonly Token[], text: string): boolean {
  const prev = tokens[t.i - 1];
  if (!prev || !(prev.f & C.KIN) || !prev.lower || t.gap !== ' (' || codeAt(text, t.baseEnd) !== 41 || t.end !== t.baseEnd) return false;
  return personVerbAfterBracket(text, t.baseEnd + 1) !== undefined;
}
/** Verbs that say nothing of a person after a bracket: "Best time (Summer) is when …". */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'seems', 'became', 'gets', 'got', 'keeps', 'kept', 'remains', 'continues', 'needs', 'needed']);
// (SOMEONE's words, and more a bracketed name follows)
const PERSON_BEFORE_BRACKET: ReadonlySet<string> = new Set([...SOMEONE, 'one', 'youngest', 'eldest', 'oldest', 'middle', 'twin', 'baby', 'widowed', 'widow', 'widower', 'bereaved', 'bestie', 'peer', 'classmate', 'colleague', 'neighbour', 'neighbor', 'flatmate', 'roommate', 'housemate', 'ex', 'lass']);

/** Whether a comma and a US or Australian state's letters follow the run, ending the clause or before a ZIP code. */
function stateAfter(run: Run, text: string): boolean {
  const e = run.last.baseEnd;
  if (run.last.end !== e || codeAt(text, e) !== 44 || codeAt(text, e + 1) !== 32 || run.cue || run.labelled) return false;
  // (the state list of the patterns, STATE_ABBR: ", CO" — then the clause ends, or a ZIP code follows)
  const m = STATE_ABBR.exec(text.slice(e, e + 8));
  if (m === null || !STATE_CLAUSE_END.test(text.slice(e + m[0].length, e + m[0].length + 8))) return false;
  // (not a degree's letters after a person's name: "Jordan Whitehorse, MA", "Dr Lee, MD")
  return !DEGREE_STATES.has(m[0].replace(/^,?\s+/, ''));
}
const STATE_CLAUSE_END = /^(?:$|[.,;:)|\n]|\s+\d{4,5}\b|\s{2,}|\s[–—-]\s)/;
const STATE_AFTER = /^([A-Z]{2,3})(?=$|[.,;:)|\n]|\s+\d{4,5}\b|\s{2,}|\s[–—-]\s)/;

/** Whether "at" (or "at the") comes just before the run. */
function atBefore(run: Run, tokens: readonly Token[]): boolean {
  const b = run.before;
  if (!b || run.beforeGap !== ' ') return false;
  if (b.key === 'at') return true;
  const bb = b.key === 'the' && b.i > 0 ? tokens[b.i - 1]! : undefined;
  return !!bb && bb.key === 'at' && b.gap === ' ';
}

/** Whether " in " and a known place's name, or " on " and a street's name, follow the run. */
function placeAfterRun(run: Run, tokens: readonly Token[]): boolean {
  const p = tokens[run.last.i + 1];
  const q = tokens[run.last.i + 2];
  if (!p || !q || p.gap !== ' ' || q.gap !== ' ' || !q.cap || run.last.end !== run.last.baseEnd) return false;
  if (p.key === 'in') return (q.f & C.PLACE) !== 0 && !(q.f & (C.CALENDAR | C.COMMON));
  if (p.key !== 'on') return false;
  const r = tokens[q.i + 1];
  const s = r ? tokens[r.i + 1] : undefined;
  return (!!r && r.gap === ' ' && (r.f & C.STREET_SUFFIX) !== 0 && r.cap) || (!!s && !!r && r.cap && s.gap === ' ' && (s.f & C.STREET_SUFFIX) !== 0 && s.cap);
}

/** "in UHW", "in the QEUH", "at the RVI", "to UHW": a word for being in or going to a place before the acronym. */
function inHospitalPlace(tokens: readonly Token[], t: Token): boolean {
  let b = tokens[t.i - 1];
  if (b !== undefined && b.key === 'the' && t.gap === ' ') b = tokens[b.i - 1];
  return b !== undefined && (b.key === 'in' || b.key === 'at' || b.key === 'to' || b.key === 'into');
}
const HOSPITAL_CONTEXT = /\b(?:hospital|ward|admitted|admission|discharged|a&e|a & e|icu|itu|hdu|surgery|operation|stroke|heart attack|cancer|chemo|ambulance|inpatient|in-patient|consultant|bed)\b/i;

function atOrFor(k: string): boolean {
  return k === 'at' || k === 'for';
}

function endOf(toks: readonly Token[], i: number): number {
  const t = toks[i]!;
  return t.baseEnd;
}

/** Whether an ASCII capital stands alone at i (no letter after it): the "A" of "N/A". */
function capitalAlone(text: string, i: number): boolean {
  const c = codeAt(text, i);
  const d = codeAt(text, i + 1) | 32;
  return c >= 65 && c <= 90 && !(d >= 97 && d <= 122);
}

// Pattern recognisers: contact details, dates, identifiers, postcodes and street addresses.
// Every regex is linear: bounded repetitions, no nested quantifiers over overlapping classes.
import { isMedicare, isNhsNumber, isTfn, NI_NUMBER, SSN } from './identifiers.js';
import * as C from './classes.js';
import { span, type Kind, type Span } from './span.js';
import type { Token } from './tokens.js';
import { codeAt, digitsEnd, isAsciiDigit, isAsciiLower, isSpace } from './chars.js';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{2,2048}/gi;
const BARE_URL = /(?<![@\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|edu|gov|io|co|uk|au|us|me|ly|info|biz|nz|ie|ca)(?:\.[a-z]{2})?(?:\/[^\s<>"'()[\]{}]{1,2048})?(?![\w@-])/gi;
const GENERIC_DOMAINS = new Set(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'nhs.uk', 'gov.uk', 'nhs.net', 'gov.au', 'google.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'youtube.com', 'tiktok.com', 'twitter.com', 'x.com']);
const HANDLE = /(?<![\w@.\]])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;

// Digit groups: phone numbers, NHS numbers, Medicare numbers, account numbers ("+44 7700 900 318", "(773) 555-0182").
// (matched by numberGroupEnd, a char-code scan; the regex is its specification)
export const NUMBER_GROUP = /(?<![\p{L}\p{N}/.,:#-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}[A-Za-z]?(?![\p{L}\p{N}/-]|[.,:]\d)/gu;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
// (the weekday on the date's line: "Weds.⏎⏎11/17/25" is a heading and a date)
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?[ \\t\\u00a0]{1,3}(?:the\\s)?)?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// "Fri 22nd", "Tuesday the 3rd": a weekday and an ordinal day, no month
const WEEKDAY_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s{1,3}(?:the\\s)?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?!\\s(?:period|grade|floor|year|place|time|session|lesson|class|form|term|round|week)\\b)';
const YEAR = "(?:(?:19|20)\\d{2}|['’]\\d{2})";
// (a month and a day on one line, the day not an hour: "24 Feb.⏎11:05 Out" is a date and a time)
// ("Nov 2-4, 2024", "July 8 and 15, 2025": a month before a range of days, or two days before a year; "April–May
// 2025": a range of months before a year)
export const TEXT_DATE = new RegExp(
  `\\b(?:${WEEKDAY}(?:${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONTH}(?:,?\\s{1,3}${YEAR})?|${MONTH}[ \\t\\u00a0]{1,3}${DAY}(?!:\\d)(?:[–-]${DAY}(?![:\\d])|\\s(?:and|&)\\s${DAY}(?=,?\\s{1,3}(?:19|20)\\d{2}))?(?:,?\\s{1,3}${YEAR})?|${MONTH}(?:\\s?[–-]\\s?${MONTH})?,?\\s{1,3}(?:(?:19|20)\\d{2}|['’]\\d{2}))|${WEEKDAY_DAY})(?![\\p{L}\\p{N}])`,
  'gu',
);
export const NUMERIC_DATE = new RegExp(`\\b${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}]|[/.-]\\d)`, 'gu');
const ISO_DATE = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g;
const SHORT_DATE = /(?<![\p{N}/.-])(\d{1,2})\/(\d{1,2})(?![\p{N}]|\/\d)/gu;
const SHORT_DATE_CUE = /(?:\b(?:next\s+[a-z]+|(?:session|sess)\s\d{1,2}|f\/u|fu|follow[\s-]?up|adm|admit|admission|check-?in|group|hearing|court|interview|outing|trip|met|meet|saw|call|called|rang|phoned|texted|emailed|on|by|until|till|from|since|before|after|next|review|reviewed|session|supervision|appointment|meeting|dated|due|dob|d\.o\.b|date|seen|visit|booked|for|of|closing|closes|deadline|starts?|ends?|expires|expiry|log|appt|appts|mtg|admitted|discharged|mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)|[–—-])\W{0,3}$/i;

/** A time after a log entry's date: " 1:15p", " 9:00am", " 14:05". */
const LOG_TIME = /^ (?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m?\.?)?(?= )/i;

/** A short date's cue after it: "at the 3/12 visit", "the 4/16 appt". */
/**
 * "disclosed 1/10", "missed Invega Sustenna 2/3", "Report made by P 2/9": a verb in the past just before (or two words
 * before) a day and a month is what happened on that day; not a verb of scoring or counting ("completed 4/6",
 * "scored 7/10", "attended 3/5").
 */
function pastVerbBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = PAST_VERB_BEFORE.exec(before);
  // (nor after a test's name or a score's word: "delayed recall 2/16")
  return m !== null && !COUNTING_VERBS.has(m[1]!.toLowerCase()) && !TEST_BEFORE.test(before) && !SCORE_BEFORE.test(before.slice(-24));
}
const PAST_VERB_BEFORE = /\b([a-z]{3,}ed|made|left|found|sent|saw|told|rang|met|went|came|gave|took|got|began|fell|wrote)(?: [A-Za-z.]{1,20}){0,2} $/;
const COUNTING_VERBS = new Set(['completed', 'scored', 'rated', 'marked', 'answered', 'passed', 'failed', 'attended', 'attempted', 'achieved', 'reduced', 'increased', 'improved', 'dropped', 'averaged', 'managed', 'finished', 'missed', 'used', 'needed', 'got', 'took', 'ranked', 'graded', 'weighed', 'measured', 'recorded', 'counted', 'reached', 'hit', 'decreased', 'raised', 'lowered', 'lasted', 'scaled', 'rated', 'endorsed', 'selected', 'circled', 'ticked', 'shared', 'split', 'divided', 'multiplied', 'added', 'subtracted', 'turned']);

const SHORT_DATE_CUE_AFTER = /^\s(?:visit|session|appt|appointment|meeting|mtg|review|hearing|deadline|call|court|interview)\b/i;

const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const US_ZIP = new RegExp(`(?<=,\\s{0,2}|\\p{Lu}\\p{Ll}+\\s)(?:${US_STATES})\\.?,?\\s{1,2}\\d{5}(?:-\\d{4})?\\b|\\b(?:ZIP|zip|Zip)(?:\\s?code)?:?\\s{0,2}\\d{5}(?:-\\d{4})?\\b`, 'gu');
const AU_POSTCODE = /(?<=,\s{0,2}|\p{Lu}\p{Ll}+\s)(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\.?,?\s{1,2}\d{4}\b/gu;
export const STATE_ABBR = new RegExp(`^,?\\s{1,2}(?:${US_STATES}|NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\\b(?![\\p{L}\\p{N}])`, 'u');

const STREET_WORDS = 'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Av|Drive|Dr|Way|Place|Pl|Court|Ct|Gardens|Gdns|Crescent|Cres|Grove|Terrace|Tce|Close|Boulevard|Blvd|Highway|Hwy|Parade|Pde|Square|Sq|Row|Mews|Walk|Rise|View|Green|Hill|Park|Circle|Pike|Parkway|Pkwy|Trail|Bank|Croft|Fold|Chase|Vale|Wynd|Brow|Gate|Quay|Wharf|Esplanade|Promenade|Approach|Heights|Meadows|Meadow|Yard|Alley|Loop|Run|Path|Broadway';
// (spaces only, never a line break: "Newcastle⏎⏎12 September 2024⏎⏎Dear Dr" is a town, a date and a salutation)
// (not the minutes of a time: "13:30–15:30, Whitehall Crescent office")
// (nor a school year: "(15, Year 10, Bellenden Park Academy)")
// ("4417 Piñon Ridge Dr NW", "12 High Street East": a direction after the street's word is part of it)
// ("4417 N. Calle Laredo", "12 Rue de la Paix": a street's word first, as in Welsh, Spanish and French names)
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\d:|\\b(?:Year|Yr|Grade)\\s)(?:(?:Flat|Unit|Apt|Apartment|Suite|Ste|Room|Rm|Lot|Level|Shop)\\.?[ \\t\\u00a0]{0,2}[0-9]{1,5}[A-Za-z]?[ \\t\\u00a0]{0,2}[,/][ \\t\\u00a0]{0,2})?\\d{1,5}[A-Za-z]?(?:[/-]\\d{1,5}[A-Za-z]?)?,?[ \\t\\u00a0]{1,2}(?:[NSEW]\\.?[ \\t\\u00a0]{1,2})?(?:(?:(?:[\\p{Lu}][\\p{L}'’-]{0,30}|\\d{1,3}(?:st|nd|rd|th))[ \\t\\u00a0]{1,2}){1,3}(?:${STREET_WORDS})\\.?(?:[ \\t\\u00a0](?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\\.?(?![\\p{L}\\p{N}]))?|(?:Heol|Ffordd|Stryd|Lôn|Lon|Calle|Camino|Avenida|Rue)[ \\t\\u00a0]{1,2}(?:(?:y|yr|de|del|la|las|los|el|[\\p{Lu}][\\p{L}'’-]{0,30})[ \\t\\u00a0]{1,2}){0,2}[\\p{Lu}][\\p{L}'’-]{0,30})(?![\\p{L}])`,
  'gu',
);

// UK road numbers after "the": "on the A859", "the M62".
// ("on A55 near Llanfairfechan": or after another word for where; not a US interstate, which crosses states, nor
// "the I-20", "the I-94", forms of the immigration service)
// (two digits or more after the other words: "on A3 paper", "on A4" are paper's sizes)
/** Words for where that come before a road's number, other than "the". */
const ROAD_WORDS = 'on|off|near|along|via|onto|from|at';
const ROAD_NUMBER = new RegExp(`(?:(?<=\\bthe\\s)[ABM]\\d{1,4}|(?<=\\b(?:${ROAD_WORDS})\\s)[ABM]\\d{2,4})(?:\\(M\\))?\\b`, 'g');
// ("LMFT #118934": a practitioner's licence, the credential's letters before "#" and its number)
const ID_CUE = /\b(?:(?:LMFT|LCSW|LMSW|LICSW|LMHC|LPCC|LPC)(?=\s?#)|hosp(?=\.?\s(?:no|number|num|#))|licen[cs]e|lic|permit|passport|visa|BRP|reg(?:istration)?|member(?:ship)?|badge|employee|staff|student|pupil|candidate|interpreter|account|acct|policy|claim|case|docket|file|ref(?:erence)?|MRN|ULN|UPN|USI|CRN|NDIS|TFN|IHI|CHI|Medicare|NHS|NI|NINO|insurance|SSN|ID|chart|incident|event|crime|booking|application|invoice|payment|order|ticket|share(?=\s?code))\b\.?(?:\s{0,2}(?:no\.?|number|num|nos?\.|ID|#|card|ref(?:erence)?|code|:))*\s{0,2}[:#]?\s{0,2}(?:\(?last\s(?:four|4)(?:\sdigits)?\)?\s{0,2}:?\s{0,2})?([A-Za-z0-9][A-Za-z0-9 /-]{0,30})/gi;
const LAST_FOUR = /\blast\s{0,2}(?:four|4)(?:\s{1,2}digits)?\)?\s{0,2}(?:(?:is|are|of|were)\s{1,2})?:?\s{0,2}(\d{4})\b/gi;

function push(out: Span[], s: Span | null): void {
  if (s && s.end > s.start) out.push(s);
}

/** The whole of `m` as a span of `kind`. */
function pushMatch(out: Span[], kind: Kind, m: RegExpExecArray): void {
  push(out, span(kind, m.index, m.index + m[0].length, 'pattern'));
}

/** The match of the sticky `re` at `pos`, if any, as a span of `kind`; whether there was one. */
function markMatch(out: Span[], kind: Kind, re: RegExp, text: string, pos: number): boolean {
  const m = at(re, text, pos);
  if (m) pushMatch(out, kind, m);
  return m !== null;
}

function trimUrl(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?'")\]]/.test(text[end - 1]!)) end--;
  return end;
}

function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

// The cues before a group of digits, in the 28 characters before it, as three regexes tested on that slice:
//   PHONE_CUE     /\b(?:phone|mobile|mob|tel|telephone|cell|cellphone|call|calls|called|ring|rang|text|texts|txt|contact|landline|fax|whatsapp|number|no|on|line|helpline|reached|reach)\b\W{0,4}$/i
//   ID_CUE_BEFORE /\b(?:NHS|NI|SSN|ULN|UCAS|USI|CRN|NDIS|TFN|Medicare|MRN|ID|ref|reference|account|acct|case|docket|licen[cs]e|policy|claim|member|student|passport|card|number|no\.?|#)\W{0,12}$/i
//   PHONE_NEAR    /\b(?:phone|mobile|mob|tel|cell|call|ring|text)\b[^\n]{0,12}$/i
// each decided by a backward scan from the digits instead (an end-anchored regex is tried at every position of
// the slice). A match ends in a whole word of its list (case-insensitive; \w and \b are ASCII without the u flag),
// then non-word characters to the end of the slice (PHONE_NEAR: any characters but a line break).
const ID_CUE_BEFORE_WORDS = new Set('nhs ni ssn uln ucas usi crn ndis tfn medicare mrn id ref reference account acct case docket licence license policy claim member student passport card number no'.split(' '));
const PHONE_CUE_WORDS = new Set('phone mobile mob tel telephone cell cellphone call calls called ring rang text texts txt contact landline fax whatsapp number no on line helpline reached reach'.split(' '));
/** The words of /\b(?:phone|mobile|mob|tel|cell|call|ring|text)\b[^\n]{0,12}$/i. */
const PHONE_NEAR_WORDS = new Set('phone mobile mob tel cell call ring text'.split(' '));

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 95;
}

/** Where the run of non-word characters that ends at `e` starts (not before `lo`). */
function nonWordRunStart(text: string, lo: number, e: number): number {
  let r = e;
  while (r > lo && !isWordChar(text.charCodeAt(r - 1))) r--;
  return r;
}

/** The word (run of word characters, not before `lo`) that ends at `r`, lower-cased. */
function wordEndingAt(text: string, lo: number, r: number): string {
  let s = r;
  while (s > lo && isWordChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, r).toLowerCase();
}

/** ID_CUE_BEFORE.test(text.slice(lo, e)): the word just before the trailing non-word characters, or "#" right after a word. */
function idCueBefore(text: string, lo: number, e: number): boolean {
  const r = nonWordRunStart(text, lo, e);
  if (r === lo) return false;
  // "#" right after a word: \b#\W{0,12}$
  if (r < e && text.charCodeAt(r) === 35 && e - r - 1 <= 12) return true;
  // "no." : no\.?\W{0,12}$
  const slack = r < e && text.charCodeAt(r) === 46 ? 13 : 12;
  if (e - r > slack) return false;
  const w = wordEndingAt(text, lo, r);
  return ID_CUE_BEFORE_WORDS.has(w) && (e - r <= 12 || w === 'no');
}

/** PHONE_CUE.test(text.slice(lo, e)): the word just before at most four trailing non-word characters. */
function phoneCueBefore(text: string, lo: number, e: number): boolean {
  const r = nonWordRunStart(text, lo, e);
  return r > lo && e - r <= 4 && PHONE_CUE_WORDS.has(wordEndingAt(text, lo, r));
}

/** PHONE_NEAR.test(text.slice(lo, e)): such a word ends within the last 12 characters, with no line break after it. */
function phoneWordNear(text: string, lo: number, e: number): boolean {
  let j = e;
  for (;;) {
    while (j > lo && !isWordChar(text.charCodeAt(j - 1))) {
      if (text.charCodeAt(j - 1) === 10) return false;
      j--;
    }
    if (j === lo || e - j > 12) return false;
    let s = j;
    while (s > lo && isWordChar(text.charCodeAt(s - 1))) s--;
    if (PHONE_NEAR_WORDS.has(text.slice(s, j).toLowerCase())) return true;
    j = s;
  }
}

/**
 * National helplines and services, as digits: public numbers anyone may be given, not identifiers (NHS 111,
 * Samaritans 116 123, Childline, Shout 85258, Lifeline 13 11 14, 1800RESPECT, Kids Helpline, Beyond Blue, 988,
 * the US domestic violence and sexual assault hotlines, SAMHSA).
 */
const PUBLIC_LINES = new Set(['111', '999', '112', '000', '911', '988', '116123', '116111', '08001111', '85258', '08082000247', '08000684141', '08457909090', '03001233393', '0800555111', '131114', '1800737732', '1300224636', '1800551800', '1800184527', '1300659467', '131450', '18002738255', '18007997233', '18006564673', '18006624357', '18002221222', '18004224453', '741741']);

function classifyNumberGroup(text: string, start: number, end: number): Span | null {
  // (fewer than four digits is never anything: decided first, by counting, before any slice or cue scan)
  // (the same scan notes whether the group holds a separator, /[ .()+-]/, and the first three digits)
  let count = 0;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let grouped = false;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isAsciiDigit(c)) {
      if (c === 32 || c === 46 || c === 40 || c === 41 || c === 43 || c === 45) grouped = true;
      continue;
    }
    if (count === 0) d0 = c;
    else if (count === 1) d1 = c;
    else if (count === 2) d2 = c;
    count++;
  }
  if (count < 4) return null;
  // ("grounding (5-4-3-2-1)", "1-2-3-4": single digits counted off, no number)
  if (grouped && end - start === 2 * count - 1 && isDigitCount(text, start, end)) return null;
  // (four digits that read as a year, 19xx or 20xx, are never anything either — the commonest such group:
  // decided from the first two digits, before the slices, the regexes and the cue scans below)
  if (count === 4 && ((d0 === 49 && d1 === 57) || (d0 === 50 && d1 === 48))) return null;
  const raw = text.slice(start, end);
  // (a group of digits alone is its own digits: no regex replace)
  const digits = count === end - start ? raw : digitsOf(raw);
  if (PUBLIC_LINES.has(digits)) return null;
  const lo = Math.max(0, start - 28);
  const idCue = idCueBefore(text, lo, start) && !phoneWordNear(text, lo, start);
  // (digits.length is count; a four-digit group here is no year, 19xx or 20xx: that returned above)
  if (count === 4) return idCue ? span('ID', start, end, 'pattern') : null;
  if (idCue && !phoneCueBefore(text, lo, start)) return span('ID', start, end, 'pattern');
  // The shape of a phone number, tested on the first code units and digits instead of six regexes on the strings:
  //   /^\+/.test(raw), /^\(?0/.test(raw), /^1[38]00/.test(digits), /^13\d{4}$/.test(digits), /^1[ .-]/.test(raw)
  // (the fifth regex, for ten digits in the North American shape, stays: it is rarely reached)
  const r0 = text.charCodeAt(start);
  const r1 = codeAt(text, start + 1);
  const phoneShape =
    (r0 === 43 && count >= 9 && count <= 14) ||
    ((r0 === 48 || (r0 === 40 && r1 === 48)) && count >= 9 && count <= 11) ||
    (count === 10 && d0 === 49 && (d1 === 51 || d1 === 56) && d2 === 48 && digits.charCodeAt(3) === 48) ||
    (count === 6 && d0 === 49 && d1 === 51 && grouped) ||
    (count === 10 && /^\(?[2-9]\d\d\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw)) ||
    (count === 11 && r0 === 49 && (r1 === 32 || r1 === 46 || r1 === 45));
  if (phoneShape) return span('PHONE', start, end, 'pattern');
  if (count === 10 && isNhsNumber(digits)) return span('ID', start, end, 'pattern');
  if (isMedicare(digits) || isTfn(digits)) return span('ID', start, end, 'pattern');
  // (a time or a decimal, /^\d{1,2}[ .]\d{2}$/, has at most four digits: none reaches here)
  // ("53 min (90837)", "CPT 90834": a psychotherapy billing code, the same for every client)
  if (count === 5 && !grouped && CPT_CODE.test(digits)) return null;
  return span('ID', start, end, 'pattern');
}

/** Whether text[start, end) alternates one digit and one separator ("5-4-3-2-1"). */
function isDigitCount(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j += 2) if (!isAsciiDigit(text.charCodeAt(j))) return false;
  return true;
}

/** The CPT codes of psychotherapy and psychological testing (90785–90899, 96105–96171): billing codes, no one's identifier. */
const CPT_CODE = /^(?:90(?:7[89]|8\d)\d|961[0-7]\d)$/;

function validDayMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/** A building's name after a flat's or a room's number: ", Kestrel House", ", Hanover Court". */
const BUILDING = `(?:,\\s{1,2}(?:[\\p{Lu}][\\p{L}'’-]+\\s){1,2}(?:Court|House|Tower|Lodge|Mansions|Building|Buildings|Heights|Point|Gardens|Place|Close|Towers|Hall))`;

/** The first word of a day of the month in words: "third", "twenty" (of "twenty second"), "thirty". */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty', 'thirtieth', 'thirty']);
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const UNIT_ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
/** A month, a day in words and perhaps a year in words: "march third twenty twenty five", "April twenty-second". */
const SPOKEN_DATE = new RegExp(
  `(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s(?:${UNIT_ORDINAL}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]${UNIT_ORDINAL}|thirtieth|thirty[- ]first)` +
    `(?:,?\\s(?:(?:twenty|nineteen)\\s(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT_WORD})?|oh[- ]${UNIT_WORD})|two\\sthousand(?:\\sand)?(?:\\s(?:${UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]${UNIT_WORD})?))?))?(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** Whether the token is a day of the month in words, or its first word: "third", "twenty", "twenty-first". */
function ordinalWordAt(t: Token): boolean {
  const k = t.key;
  return ORDINAL_WORDS.has(k) || ((k.startsWith('twenty-') || k.startsWith('thirty-')) && ORDINAL_WORDS.has(k.slice(7)));
}

/** A dictated date at a month (SPOKEN_DATE); "first" or "second" alone, no year, only where the phrase ends ("in May second hand shop" is none). */
function spokenDateAt(text: string, start: number, out: Span[]): void {
  const m = at(S.spokenDate, text, start);
  if (!m) return;
  const end = start + m[0].length;
  if (/(?:^|\s)(?:first|second)$/i.test(m[0]) && /^ +\p{Ll}/u.test(text.slice(end, end + 3)) && !/^ (?:same|at|with|for|and|to|next|or|in|on)\b/.test(text.slice(end, end + 6))) return;
  push(out, span('DATE', start, end, 'pattern'));
}

/** A day in words, "of", a month and perhaps a year: "nineteenth of june 1987", "fourth of november", "twenty-first of March, 2024". */
const SPOKEN_DAY_FIRST = new RegExp(
  `(?:${UNIT_ORDINAL}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]${UNIT_ORDINAL}|thirtieth|thirty[- ]first)\\sof\\s(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\\s(?:19|20)\\d{2})?(?![\\p{L}\\p{N}])`,
  'iuy',
);

const S = {
  spokenDate: SPOKEN_DATE,
  spokenDayFirst: SPOKEN_DAY_FIRST,
  email: sticky(EMAIL),
  handle: sticky(HANDLE),
  url: sticky(URL),
  bareUrl: sticky(BARE_URL),
  textDate: sticky(TEXT_DATE),
  dayRange: new RegExp(`(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\\s?[–-]\\s?|\\s&\\s|\\sand\\s)${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONTH}(?:,?\\s{1,3}${YEAR})?(?![\\p{L}\\p{N}])`, 'uy'),
  numericDate: sticky(NUMERIC_DATE),
  isoDate: sticky(ISO_DATE),
  // "16-Aug-2024", "28-FEB-25": a day, a month's letters and a year joined by hyphens
  dayMonYear: /(?:[12]\d|3[01]|0?[1-9])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-(?:(?:19|20)\d{2}|\d{2})(?![\p{L}\p{N}]|-\d)/iuy,
  shortDate: sticky(SHORT_DATE),
  // "feb 8", "dec 3rd", "nov 1, 2024": a month in lower case (not "may", "mar" or "jan", words and a name too)
  // ("14th of may": after "of", "may" and "mar" are the month too)
  dayLowerMonth: /(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s(?:of\s(?:may|mar\.?)|(?:of\s)?(?:january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?))(?:,?\s(?:19|20)\d{2})?(?![\p{L}\p{N}])/uy,
  monthYear: /(?<![\p{N}/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\p{N}/])/uy,
  // ("not until september 2026": or a month and a year)
  lowerMonthDay: /(?:january|february|march|april|june|july|august|september|october|november|december|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s{1,2}(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s{1,2}(?:19|20)\d{2})?|(?:19|20)\d{2})(?![\p{L}\p{N}]|[:.]\d)/uy,
  ssn: sticky(SSN),
  ni: sticky(NI_NUMBER),
  lastFour: sticky(LAST_FOUR),
  ending: /ending(?:\s{1,2}in)?:?\s{0,2}(\d{3,4})\b/iy,
  idCue: sticky(ID_CUE),
  ukPostcode: sticky(UK_POSTCODE),
  usZip: sticky(US_ZIP),
  auPostcode: sticky(AU_POSTCODE),
  address: sticky(ADDRESS),
  road: sticky(ROAD_NUMBER),
  // ("BSJ/UC/778213": or letters between the slashes, then five digits or more)
  // ("LADO/SAL/25/0093": or a second group of letters before the numbers)
  slashRef: /[A-Z]{2,5}(?:(?:\/[A-Z]{2,5})?\/\d{1,4}\/\d{3,8}(?:\/\d{1,4})?|(?:\/[A-Z]{1,5}){1,2}\/\d{5,8})(?![\p{L}\p{N}\/])/uy,
  // "Apt 4B", "Flat 12", "Unit #3" standing alone in an address
  // ("Flat 14, Hanover Court": with the building's name after it)
  // (a room's number only with its building: "Room 12, Kestrel House"; "Room 4" alone is where a meeting is)
  // (spaces only between the word and its number: "DCS Flagstaff East Unit⏎⏎1. Child:" is a heading and a list)
  unit: new RegExp(`(?:(?:Flat|Unit|Apt|Apartment|Suite|Ste|Lot|Shop)\\.?[ \\t\\u00a0]{0,2}#?\\d{1,5}[A-Za-z]?${BUILDING}?|(?:Room|Rm)\\.?[ \\t\\u00a0]{0,2}#?\\d{1,5}[A-Za-z]?${BUILDING})(?![\\p{L}\\p{N}])`, 'uy'),
};

const LOCAL_PART = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-') LOCAL_PART[ch.charCodeAt(0)] = 1;

/**
 * The matches of EMAIL (withLocalPart) or HANDLE, as a global scan would find them, found from each '@'
 * instead of trying the regex at every position: an e-mail address starts where the run of local-part
 * characters before its '@' starts (at most 64 back, never before the end of the previous match); a handle
 * starts at its '@'.
 */
function atSigns(text: string, re: RegExp, withLocalPart: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let a = text.indexOf('@'); a >= 0; a = text.indexOf('@', a + 1)) {
    if (a < from) continue;
    let s = a;
    if (withLocalPart) {
      const lo = Math.max(from, a - 64);
      while (s > lo && LOCAL_PART[text.charCodeAt(s - 1)] === 1) s--;
      if (s === a) continue;
    }
    const m = at(re, text, s);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
  }
  return out;
}

/** /www\./i.test(text), from each full stop (a regex scan of every position costs more). */
function hasWww(text: string): boolean {
  for (let d = text.indexOf('.', 3); d >= 0; d = text.indexOf('.', d + 1)) {
    if ((text.charCodeAt(d - 1) | 32) === 119 && (text.charCodeAt(d - 2) | 32) === 119 && (text.charCodeAt(d - 3) | 32) === 119) return true;
  }
  return false;
}

const ID_SEPARATOR_WORDS = new Set(['no', 'nos', 'num', 'number', 'id', 'card', 'ref', 'reference', 'code', 'last']);

function plainWordNext(next: Token | undefined): boolean {
  return !next || (next.lower && next.alpha && !ID_SEPARATOR_WORDS.has(next.key));
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** text.charCodeAt(i), or -1 outside the text (a read past either end would deoptimise the optimised caller). */
/** Where the run of ASCII digits from `i` ends. */
/**
 * Whether TEXT_DATE can match at the digits at `p` ("3rd March", "12 of May"): one or two digits, an optional
 * ordinal suffix, one to three white-space characters, then "of" or a month (capital J F M A S O N D). A
 * necessary condition only (a digit cannot start the weekday): when false the regex cannot match there.
 */
/** "#" (and one space at most) just before `p`, itself after no letter, digit or "#". */
function hashBefore(text: string, p: number): boolean {
  const h = codeAt(text, p - 1) === 35 ? p - 1 : codeAt(text, p - 1) === 32 && codeAt(text, p - 2) === 35 ? p - 2 : -1;
  if (h < 0) return false;
  const c = codeAt(text, h - 1);
  return !(isAsciiDigit(c) || isAsciiLetter(c) || c === 35);
}

/** Where a run of digits at p and its ordinal suffix ("3rd", "14th") end. */
function digitsAndOrdinalEnd(text: string, p: number): number {
  const q = digitsEnd(text, p);
  const a = codeAt(text, q);
  const b = codeAt(text, q + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104) ? q + 2 : q;
}

function dayThenMonth(text: string, p: number): boolean {
  if (digitsEnd(text, p) - p > 2) return false;
  let q = digitsAndOrdinalEnd(text, p);
  if (!isSpace(codeAt(text, q))) return false;
  const lim = q + 3;
  while (q < lim && isSpace(codeAt(text, q))) q++;
  const c = codeAt(text, q);
  // o J F M A S O N D
  return c === 111 || c === 74 || c === 70 || c === 77 || c === 65 || c === 83 || c === 79 || c === 78 || c === 68;
}

/**
 * Whether ADDRESS can match at the digits at `p` ("27 Sefton Road", "12-14 High St"): one to five digits, an
 * optional letter, an optional "/" or "-" with one to five digits and an optional letter, an optional comma, one or two
 * white-space characters, then a capital (A-Z, or any non-ASCII character). A necessary condition only (a
 * digit cannot start the "Flat 3," prefix): when false the regex cannot match there.
 */
function numberThenCapital(text: string, p: number): boolean {
  let q = digitsEnd(text, p);
  if (q - p > 5) return false;
  if (isAsciiLetter(codeAt(text, q))) q++;
  const sep = codeAt(text, q);
  if (sep === 47 || sep === 45) {
    const d = digitsEnd(text, q + 1);
    if (d === q + 1 || d - (q + 1) > 5) return false;
    q = d;
    if (isAsciiLetter(codeAt(text, q))) q++;
  }
  if (codeAt(text, q) === 44) q++;
  if (!isSpace(codeAt(text, q))) return false;
  q++;
  if (isSpace(codeAt(text, q))) q++;
  const c = codeAt(text, q);
  return isAsciiUpper(c) || c >= 128;
}

/** A label character of BARE_URL ([a-z0-9-] case-insensitively: ASCII only, as the regex has no u flag). */
function isLabelChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 45;
}

/**
 * Whether BARE_URL can match at `p`: a run of label characters, then a full stop and another label character.
 * A necessary condition only: when false the regex cannot match there ("ended." before a space or a line end).
 */
function labelThenDot(text: string, p: number): boolean {
  let q = p;
  while (isLabelChar(codeAt(text, q))) q++;
  return q > p && codeAt(text, q) === 46 && isLabelChar(codeAt(text, q + 1));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDateSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  if (pos < 0) return null;
  re.lastIndex = pos;
  return re.exec(text);
}

const CALENDAR_START = new Set('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Tue Weds Wed Thurs Thur Thu Fri Sat Sun'.split(' '));
export const ID_CUE_WORDS = new Set('hosp lmft lcsw lmsw licsw lmhc lpcc lpc licence license lic permit passport visa brp reg registration member membership badge employee staff student pupil candidate interpreter account acct policy claim case docket file ref reference mrn uln upn usi crn ndis tfn ihi chi medicare nhs ni nino insurance ssn id chart incident event share crime booking application invoice payment order ticket'.split(' '));
const STATE_WORDS = new Set(US_STATES.split('|').concat(['NSW', 'VIC', 'Vic', 'QLD', 'Qld', 'SA', 'TAS', 'Tas', 'NT', 'ACT', 'ZIP', 'zip', 'Zip']));
const IDAHO_ZIP = /^\.?,?\s{1,2}83[2-8]/;

/** Words for studying before a course's "Unit 7". */
const STUDY_BEFORE_UNIT = new Set(['passed', 'pass', 'completed', 'complete', 'failed', 'fail', 'finished', 'finish', 'resit', 'resat', 'retake', 'retook', 'submitted', 'submit', 'studying', 'module', 'assignment']);
export const UNIT_WORDS = new Set(['flat', 'unit', 'apt', 'apartment', 'suite', 'ste', 'room', 'rm', 'lot', 'level', 'shop']);

/**
 * One pass over the tokens: each regex runs (sticky) only where a token can start its pattern, so the cost
 * is linear in the text and independent of the number of patterns that cannot apply.
 * (Each family of patterns has its own small function, called only where a token can start one: the
 * optimising compiler handles several small functions far faster than one large one.)
 */
export function recognisePatterns(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  recogniseContacts(text, out);
  labelledAddresses(text, out);
  if (text.includes('xx') || text.includes('XX') || text.includes('**')) maskedNumbers(text, out);
  let numberUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = text.charCodeAt(t.start);
    const digitStart = isAsciiDigit(c0);

    // Bare domains and URLs: "linkedin.com/in/…", "peckhamyoungleaders.org"
    if (codeAt(text, t.end) === 46 && !digitStart && labelThenDot(text, t.start)) bareUrlAt(text, t.start, out);
    if (t.f & C.PUBLIC_TERM && PLATFORM_KEYS.has(t.key)) platformHandleAt(text, t.start, out);
    if (t.f & C.CALENDAR && t.cap && CALENDAR_START.has(t.text)) datesAtCalendarWord(text, t.start, t.end, WEEKDAYS.has(t.text), out);
    // ("mid-March 2024", "late-Sept 2023", "early-June 2025": a month after "mid-", "late-" or "early-")
    else if (((c0 | 32) === 109 && codeAt(text, t.start + 3) === 45) || ((c0 | 32) === 108 && codeAt(text, t.start + 4) === 45) || ((c0 | 32) === 101 && codeAt(text, t.start + 5) === 45)) partOfMonthAt(text, t, out);
    else if (t.f & C.CALENDAR && t.lower && isAsciiDigit(codeAt(text, t.end + 1))) markMatch(out, 'DATE', S.lowerMonthDay, text, t.start);
    // ("date of service march third twenty twenty five", "set for april twenty second": a dictated date, its day in words)
    if (t.f & C.CALENDAR && i + 1 < tokens.length && tokens[i + 1]!.gap === ' ' && ordinalWordAt(tokens[i + 1]!)) spokenDateAt(text, t.start, out);
    // ("date of birth nineteenth of june 1987", "on the fourth of november": a day in words, "of" and a month)
    else if (i + 2 < tokens.length && tokens[i + 1]!.key === 'of' && tokens[i + 2]!.f & C.CALENDAR && t.alpha && ordinalWordAt(t)) markMatch(out, 'DATE', S.spokenDayFirst, text, t.start);
    if (digitStart) {
      // ("CSWA #52817", "LPC-Associate (#88123)": four to eight digits after "#" are a number someone holds)
      if (t.end - t.start >= 4 && t.end - t.start <= 8 && hashBefore(text, t.start) && digitsEnd(text, t.start) === t.end) push(out, span('ID', t.start, t.end, 'pattern'));
      datesAtDigits(text, t, out);
      // (SSN's shape, ddd-dd-d, before the regex: most such numbers are phone numbers, "555-0182")
      if (codeAt(text, t.start + 3) === 45 && codeAt(text, t.start + 6) === 45 && isAsciiDigit(codeAt(text, t.start + 4)) && isAsciiDigit(codeAt(text, t.start + 5))) markMatch(out, 'ID', S.ssn, text, t.start);
      if (numberThenCapital(text, t.start)) markMatch(out, 'ADDRESS', S.address, text, t.start);
      // ("address on system is 14 brindley close, kitts green, b33 9qn", "of 22 alma street halifax hx1 5pn": an address
      // written all in lower case, as dictated)
      else if (t.end - t.start <= 4 && codeAt(text, t.end) === 32 && isAsciiLower(codeAt(text, t.end + 1)) && streetWordWithin(tokens, i)) lowerAddressAt(text, t.start, out);
      if (t.start >= numberUntil) numberUntil = numberGroupAt(text, t.start, numberUntil, out);
      if (i > 0 && t.end - t.start <= 4) numberedPlaceAt(text, tokens, i, out);
    } else if (t.f & C.UNIT && isAsciiUpper(c0) && digitWithin(text, t.baseEnd, 5)) {
      // (both regexes need the word capitalised, "Flat", and a number at most four code units after it: "Flat 3",
      // "Unit #4"; not "flat affect", "the room")
      // ("passed Unit 7 (hydraulics)", "resit Unit 4": a course's unit after a word for studying it, no flat)
      if (!markMatch(out, 'ADDRESS', S.address, text, t.start) && !(i > 0 && t.key === 'unit' && STUDY_BEFORE_UNIT.has(tokens[i - 1]!.key))) markMatch(out, 'ADDRESS', S.unit, text, t.start);
    }
    // ("avoids driving on Route 80", "the farmhouse on Old Route 28", "past Hwy 15": a numbered road after a word for
    // travelling along or being on it)
    if (t.cap && NUMBERED_ROADS.has(t.key) && codeAt(text, t.end) === 32 && isAsciiDigit(codeAt(text, t.end + 1))) numberedRoadAt(text, tokens, i, out);
    // ("offered by Catch22", "Base51", "Place2Be", "Mates4Mates": a charity's or a project's name of a word and digits)
    if (!digitStart && t.hasDigit && c0 >= 65 && c0 <= 90 && t.end - t.start >= 5 && t.end === t.baseEnd) brandWithDigitsAt(text, t.start, t.end, out);
    // ("Counsellor: Aisha (#C-214)": a code of letters and digits after "#")
    if (!digitStart && t.hasDigit && t.end - t.start >= 3 && t.end - t.start <= 12 && hashBefore(text, t.start)) push(out, span('ID', t.start, t.end, 'pattern'));
    // (a token whose first character is a small ASCII letter is neither `upper` nor `cap`, and mixedCodeAt stops at
    // that letter: such a token, most of a note's, is judged below without loading its Word, a pointer chase into
    // scattered memory)
    const lowerStart = c0 >= 97 && c0 <= 122;
    if (!lowerStart && (t.upper || (t.hasDigit && isAsciiUpper(c0)))) codesAtUpperCase(text, t, out);
    // (t.baseEnd - t.start is the length of t.text, and c0 its first character: both known without reading the
    // word's string, which most tokens never need)
    // (a capitalised word of STATE_WORDS is Vic, Qld, Tas or Zip: so "The", "She", "Dr" need no look-up; and every
    // match has a digit within eight code units of the word: "IL 60608", "ZIP code: 60608", "NSW 2770")
    if (t.baseEnd - t.start <= 3 && (lowerStart ? c0 === 122 && t.text === 'zip' : t.upper || (t.cap && (c0 === 86 || c0 === 81 || c0 === 84 || c0 === 90))) && STATE_WORDS.has(t.text) && digitWithin(text, t.baseEnd, 9)) {
      // ("phone, ID 40218": "ID" before five digits is Idaho only with an Idaho ZIP code, 832–838)
      if (!(t.text === 'ID' && !IDAHO_ZIP.test(text.slice(t.baseEnd, t.baseEnd + 6)))) markMatch(out, 'POSTCODE', S.usZip, text, t.start);
      markMatch(out, 'POSTCODE', S.auPostcode, text, t.start);
    }
    // (a key "last" starts with "l": the token with "l", "L" or a non-ASCII character that folds to it)
    if (((c0 | 32) === 108 || c0 >= 128) && (t.key === 'last' || t.key === 'last4')) lastFourAt(text, t.start, out);
    if (((c0 | 32) === 101 || c0 >= 128) && t.key === 'ending') endingDigitsAt(text, t.start, out);
    if ((c0 | 32) === 101 && (t.key === 'ext' || t.key === 'extn')) extensionAt(text, t.end, out);
    // (an identifier after a cue starts at the next token, or after "no.", "number", "ref", "last four" …: a
    // lower-case ordinary word there ends it before it starts — "the case worker", "in order to")
    if (t.f & C.ID_CUE && !plainWordNext(i + 1 < tokens.length ? tokens[i + 1] : undefined)) {
      const m = at(S.idCue, text, t.start);
      if (m) idFromCue(text, m, out);
    }
    if (!lowerStart && t.hasDigit && !t.alpha) mixedCodeAt(text, t, out);
  }
  streetsBeforePostcodes(text, out);
  idLetterPrefixes(text, out);
  return out;
}

/**
 * "Hospital no.: RET 0094412", "forklift licence (LF 0443921)": an identifier's letters before its digits, after a
 * space, are part of it — not a label that a list knows ("NHS 485 771 3026", "CRN …", "Tel …", "DOB …").
 */
function idLetterPrefixes(text: string, out: Span[]): void {
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    if (s.kind !== 'ID' || s.start < 3 || text.charCodeAt(s.start - 1) !== 32 || !isAsciiDigit(text.charCodeAt(s.start))) continue;
    const m = ID_PREFIX.exec(text.slice(Math.max(0, s.start - 6), s.start));
    if (!m || ID_CUE_WORDS.has(m[1]!.toLowerCase()) || NOT_ID_PREFIXES.has(m[1]!.toLowerCase())) continue;
    // (only after a cue that the letters follow: "no.:", "licence (" — "SRN 19044381", "GMC 7081245" are a label and a number)
    const from = s.start - m[0].length;
    if (!CUE_BEFORE_PREFIX.test(text.slice(Math.max(0, from - 24), from))) continue;
    out[i] = span('ID', from, s.end, 'pattern');
  }
}
const ID_PREFIX = /(?<![\p{L}\p{N}.])([A-Z]{2,4}) $/u;
const CUE_BEFORE_PREFIX = /(?:\b(?:no|num|number|ref|reference)\.?|\b(?:licen[cs]e|permit|passport|hospital|patient|case|account|member|policy|claim|prison|booking))[ \t]*[:#(]?[ \t]*$/i;
const NOT_ID_PREFIXES = new Set(['tel', 'ph', 'mob', 'fax', 'dob', 'no', 'ext', 'nhs', 'ni', 'ssn', 'id', 'abn', 'acn', 'tfn', 'pin', 'bsb', 'gp', 'ok', 'am', 'pm', 'pt', 'yp', 'ed', 'er', 'ot', 'ta']);

/**
 * "Walton Centre, Lower Lane, Liverpool L9 7LJ", "Brookvale House, Station Road, Knowle, Solihull B93 0HL": a street
 * named without a house number, then the town, then the postcode — the street is part of the address.
 */
function streetsBeforePostcodes(text: string, out: Span[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const s = out[i]!;
    if (s.kind !== 'POSTCODE' || s.start < 8) continue;
    // ("Queen St, Auburn NSW 2144", "Reading RG1 2AB": the words just before a state and its postcode, or a UK
    // postcode, are the town, even an ordinary word; not before "Zip")
    // (the code unit before the postcode a space and a capital word before it, checked before the regex)
    if ((text.charCodeAt(s.start) | 32) !== 122 && text.charCodeAt(s.start - 1) === 32 && isAsciiLower(text.charCodeAt(s.start - 2))) {
      const near = text.slice(Math.max(0, s.start - 40), s.start);
      const town = TOWN_BEFORE_CODE.exec(near);
      if (town && !(town[1]!.endsWith('Box') || STREET_WORD_SET.has(town[1]!.split(' ').pop()!))) out.push(span('PLACE', s.start - near.length + town.index, s.start - 1, 'pattern'));
    }
    // the street: a comma, then only towns up to the postcode, and a street's word just before that comma
    const from = Math.max(0, s.start - 90);
    const before = text.slice(from, s.start);
    let c = before.length;
    for (let k = 0; k < 4; k++) {
      c = before.lastIndexOf(',', c - 1);
      if (c < 3) break;
      let w = c;
      if (before.charCodeAt(w - 1) === 46) w--; // "St.,"
      let v = w;
      while (v > 0 && isAsciiLetter(before.charCodeAt(v - 1))) v--;
      if (!TOWNS_AFTER_COMMA.test(before.slice(c))) continue;
      // (the towns between the street and the postcode are the address too: "Hanover Court, Cotton Field Park, M4 6AF")
      const townsEnd = from + before.replace(/[\s,]+$/, '').length;
      if (v === w || !STREET_WORD_SET.has(before.slice(v, w))) {
        // ("12 Maes y Deri, Llanelli SA15 4DL", "12 Longport, Canterbury CT1 1PE": a house number and a street's name
        // without a street's word, opening the line or after a comma; "PO Box 612, Dubbo NSW 2830": a post box)
        const near = before.slice(Math.max(0, c - 50), c);
        const h = HOUSE_AND_STREET_END.exec(near) ?? PO_BOX_END.exec(near);
        if (h) {
          out.push(span('ADDRESS', from + c - h[1]!.length, townsEnd, 'pattern'));
          break;
        }
        // ("Bath Buildings, Bristol BS6 5PT", "Booth Street East, Manchester": a building's name, or a street's with a
        // direction after it, without a house number)
        if (v === w || !streetOrBuildingWord(before, v, w)) continue;
      }
      const m = STREET_NAME_END.exec(before.slice(Math.max(0, v - 50), w));
      if (m) out.push(span('ADDRESS', from + w - m[1]!.length, townsEnd, 'pattern'));
      break;
    }
  }
}
/** Only town words after a comma, up to the postcode: ", Liverpool ", ", Knowle, Solihull ". */
const TOWNS_AFTER_COMMA = /^,[ \t]{1,2}(?:[\p{Lu}][\p{L}'’-]+,?[ \t]{1,2}){1,4}$/u;
/** One to three capitalised words and the street's word, at the end, after the start, a comma, a line break or a bracket. */
const STREET_NAME_END = /(?:^|[,\n(|]\s*)((?:[\p{Lu}][\p{L}'’-]+ ){1,3}[\p{Lu}][\p{L}]*)$/u;
/** A house number and one to four words of a street's name (small linking words inside), at the end, after the start, a comma, a line break or a colon. */
const HOUSE_AND_STREET_END = /(?:^|[,\n(|:]\s*)(\d{1,4}[A-Za-z]? (?:[\p{Lu}][\p{L}'’-]+ |(?:y|yr|de|la|le|du|of|na|an) ){0,3}[\p{Lu}][\p{L}'’-]+)$/u;
const TOWN_BEFORE_CODE = /(?<![\p{L}\p{N}'’-] ?)((?:[\p{Lu}][\p{Ll}'’-]+ )?[\p{Lu}][\p{Ll}'’-]+) $/u;
const STREET_WORD_SET = new Set(STREET_WORDS.split('|'));
/** Words that end a building's name on an address line: "Bath Buildings, Bristol BS6 5PT". */
const BUILDING_WORDS = new Set(['Buildings', 'House', 'Tower', 'Chambers', 'Mansions', 'Flats']);
/**
 * Whether before[v, w) is a street's word, a building's, or a direction after a street's word ("Booth Street East").
 */
function streetOrBuildingWord(before: string, v: number, w: number): boolean {
  const word = before.slice(v, w);
  if (STREET_WORD_SET.has(word) || BUILDING_WORDS.has(word)) return true;
  if (!DIRECTIONS.has(word.toLowerCase()) || before.charCodeAt(v - 1) !== 32) return false;
  let u = v - 1;
  while (u > 0 && isAsciiLetter(before.charCodeAt(u - 1))) u--;
  return STREET_WORD_SET.has(before.slice(u, v - 1));
}
/** A post box at the end: "PO Box 612", "P.O. Box 44", "Locked Bag 7". */
const PO_BOX_END = /(?:^|[,\n(|:]\s*)((?:P\.?\s?O\.?|GPO)\s?Box\s\d{1,6}|Locked Bag\s\d{1,5})$/;

/**
 * "Address: 7 Birrang Pl, West Dubbo 2830", "Previous address: Flat 12, Kestrel Court, Ashton-under-Lyne OL6 9DG":
 * the value of an address field is one address, up to the line's end, a bracket, a full stop, a semicolon or
 * another field ("Tel:"). Only a value with a digit or a comma ("Low Shield Farm, Hexham"), never "Address:
 * withheld", "Address: NFA", "Address: same as above".
 */
const LABELLED_ADDRESS = /(?:ddress|DDRESS)(?:es|ES)?[ \t]*:[ \t]*([0-9\p{Lu}][^\n;|()]{2,150})/uy;
const ADDRESS_VALUE_END = /(?<![\s.]\p{Lu})\.\s|\s[–—-]\s|\s{2}|,?\s(?:Tel|Phone|Mob|Mobile|Email|E-mail|DOB|D\.O\.B)\b|,?\s\p{Lu}[\p{L}]{1,15}(?:\s[\p{L}]{1,15})?:/u;
const NO_ADDRESS = /^(?:N\/?A|NFA|None|Not|No\b|Unknown|Withheld|Same|TBC|TBA|As\b|See\b|Homeless|Confidential|Redacted|Refuge)/i;

function labelledAddresses(text: string, out: Span[]): void {
  // (found from each "ddress" with a sticky regex, not by a scan of the whole text: "address" and "addressed" are
  // common words of notes)
  for (let i = text.indexOf('ddress'); i >= 0; i = text.indexOf('ddress', i + 6)) labelledAddressAt(text, i, out);
  for (let i = text.indexOf('DDRESS'); i >= 0; i = text.indexOf('DDRESS', i + 6)) labelledAddressAt(text, i, out);
}

/** The field whose label's "ddress" is at `at` (an "A" or "a" just before it, and no letter before that), if any. */
function labelledAddressAt(text: string, at: number, out: Span[]): void {
  const a = at >= 1 ? text.charCodeAt(at - 1) : 0;
  if ((a !== 65 && a !== 97) || (at >= 2 && RE_LETTER.test(text.charAt(at - 2)))) return;
  LABELLED_ADDRESS.lastIndex = at;
  const m = LABELLED_ADDRESS.exec(text);
  if (!m) return;
  let value = m[1]!;
  const cut = ADDRESS_VALUE_END.exec(value);
  if (cut) value = value.slice(0, cut.index);
  value = value.replace(/[\s.,:]+$/, '');
  if (NO_ADDRESS.test(value) || !/[\d,]/.test(value) || value.length < 5) return;
  const start = m.index + m[0].length - m[1]!.length;
  push(out, span('ADDRESS', start, start + value.length, 'pattern'));
}
const RE_LETTER = /\p{L}/u;

/**
 * "SSN on file xxx-xx-5520", "card XXXX XXXX XXXX 4417", "***-**-6789": the digits a masked number shows still
 * identify its holder to anyone who holds the rest — an identifier, as "last four 4471" is (the mask itself is not).
 */
function maskedNumbers(text: string, out: Span[]): void {
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m; m = MASKED.exec(text)) push(out, span('ID', m.index + m[0].length - 4, m.index + m[0].length, 'pattern'));
}
const MASKED = /(?<![\p{L}\p{N}*-])(?:[xX*]{3}-[xX*]{2}-\d{4}|(?:[xX*]{4}[ -]?){1,3}\d{4})(?![\p{L}\p{N}-])/gu;

/** E-mail addresses, handles and URLs with a scheme or "www.", found from their '@', "://" or "www." rather than per token. */
function recogniseContacts(text: string, out: Span[]): void {
  if (text.includes('@')) {
    const emails = atSigns(text, S.email, true);
    for (let k = 0; k < emails.length; k++) pushMatch(out, 'EMAIL', emails[k]!);
    const handles = atSigns(text, S.handle, false);
    for (let k = 0; k < handles.length; k++) pushMatch(out, 'HANDLE', handles[k]!);
  }
  if (text.includes('://') || hasWww(text)) {
    // (URL is global: exec from lastIndex 0 finds what text.matchAll(URL) finds; every match is non-empty)
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) push(out, span('URL', m.index, trimUrl(text, m.index, m.index + m[0].length), 'pattern'));
  }
}

/**
 * A handle written without its "@" after the platform's name (at `start`): "her WeChat ID (jh_cd0521)", "snapchat
 * is lola_x99", "insta: summ3r.io". A word with a digit, an underscore or an inner full stop, starting with a letter
 * ("snapchat 3x a day", "on insta 10pm" are not handles).
 */
function platformHandleAt(text: string, start: number, out: Span[]): void {
  const m = at(PLATFORM_HANDLE, text, start);
  if (!m) return;
  // (a full stop ending the sentence is not part of it)
  const h = m[1]!.replace(/\.+$/, '');
  if (!/[\d_]|\.[A-Za-z]/.test(h)) return;
  const hs = m.index + m[0].length - m[1]!.length;
  push(out, span('HANDLE', hs, hs + h.length, 'pattern'));
}
const PLATFORM_HANDLE = /\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|telegram|wechat|skype|twitter|whatsapp|xbox|roblox|fortnite|gamertag)(?:\s(?:id|handle|username|user\s?name|name|account|tag|gamertag))?(?:\sis)?\s?[:(]?\s?["'“‘(]?([A-Za-z][A-Za-z0-9_.]{3,29})(?![\w@])/iy;
/** The platforms' names (all public terms), where PLATFORM_HANDLE is tried. */
const PLATFORM_KEYS = new Set(['snap', 'snapchat', 'insta', 'instagram', 'tiktok', 'discord', 'telegram', 'wechat', 'skype', 'twitter', 'whatsapp', 'xbox', 'roblox', 'fortnite', 'gamertag']);

/** A bare domain or URL at `start`, unless it is a generic domain ("gmail.com") on its own. */
function bareUrlAt(text: string, start: number, out: Span[]): void {
  // (BARE_URL's look-behind, (?<![@\w.-]), first: the words of an e-mail address after its first need no regex)
  const b = codeAt(text, start - 1);
  if (b === 64 || b === 46 || b === 45 || isWordChar(b)) return;
  const m = at(S.bareUrl, text, start);
  if (!m) return;
  const end = trimUrl(text, m.index, m.index + m[0].length);
  const d = text.slice(m.index, end).toLowerCase();
  if (!GENERIC_DOMAINS.has(d) && d.includes('.')) push(out, span('URL', m.index, end, 'pattern'));
}

/** Dates that start with a month or a weekday: "March 3rd, 2021", "Tuesday 03/04/21". */
function datesAtCalendarWord(text: string, start: number, end: number, weekday: boolean, out: Span[]): void {
  // (every such date has a digit within 37 code units of the word's end — "Wednesday, the September 3",
  // "Wednesday.,   the September – September,   '21" —
  // "Sept. 2021" — so a month or weekday on its own, "in March", "on Mondays", needs no regex)
  if (!digitWithin(text, end, CALENDAR_DIGIT_REACH)) return;
  if (markMatch(out, 'DATE', S.textDate, text, start)) {
    // ("Sunday 16th March 11–1 is booked": a range whose second number is not the later day is hours, not days)
    const last = out[out.length - 1]!;
    const r = hasDash(text, last.start, last.end) ? DAY_RANGE_END.exec(text.slice(last.start, last.end)) : null;
    if (r && Number(r[2]) <= Number(r[1])) last.end = last.start + r.index + r[1]!.length;
  }
  // (NUMERIC_DATE starts with a weekday or a digit, and no weekday starts like a month: at a month, "March 3",
  // it cannot match)
  if (weekday) numericDateAt(text, start, out);
}

/** "6 of " just before a number: the number ends a count ("session 6 of 16"). */
const COUNT_OF_BEFORE = /\d\s+of\s+$/;

/** A measure's word just before a number over a number, which is then its score: "Geriatric Depression Scale 4/15". */
const MEASURE_BEFORE = /\b(?:[Ss]cale|[Ss]core[ds]?|[Ii]nventory|[Qq]uestionnaire|[Ii]ndex|[Ss]ubscale|[Tt]otal|[Rr]ating)[ \t]*:?[ \t]*$/;

/** A day and a comma just before a list of days: "6th, " in "(6th, 13th and 20th January)". */
const DAY_BEFORE_LIST = /(?<![\p{L}\p{N}/.:-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?, $/u;

/** Whether a hyphen or an en dash lies in text[from, to). */
function hasDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 8211) return true;
  }
  return false;
}

/** A month's day and a range's second number at the end of a date: "Nov 2-4" (2, 4), "March 11–1" (11, 1). */
const DAY_RANGE_END = /(\d{1,2})(?:st|nd|rd|th)?[–-](\d{1,2})(?:st|nd|rd|th)?(?:,?\s+\S+)?$/u;

/**
 * How far after a month or weekday TEXT_DATE and NUMERIC_DATE can find their first digit (at most 37, since a range of
 * months may stand between a weekday and the year: see datesAtCalendarWord).
 */
export const CALENDAR_DIGIT_REACH = 40;

/** Whether an ASCII digit lies in text[from, from + reach). */
function digitWithin(text: string, from: number, reach: number): boolean {
  const to = Math.min(text.length, from + reach);
  for (let p = from; p < to; p++) if (isAsciiDigit(text.charCodeAt(p))) return true;
  return false;
}

/** Dates that start with a digit: "3rd March", "03/04/89", "1989-04-03", "on 3/4". */
function datesAtDigits(text: string, t: Token, out: Span[]): void {
  // (guards: "3rd March" needs a space and then "of" or a month; "03/04/89" a separator after one or two digits)
  if (t.end - t.start <= 4 && dayThenMonth(text, t.start)) markMatch(out, 'DATE', S.textDate, text, t.start);
  // "3rd oct", "14 feb 2025", "thurs 3rd oct": a day, then a month in lower case
  if (t.end - t.start <= 4 && isAsciiLower(codeAt(text, digitsAndOrdinalEnd(text, t.start) + 1)) && lowerMonthAfterDay(text, t.start) && markMatch(out, 'DATE', S.dayLowerMonth, text, t.start)) {
    const last = out[out.length - 1]!;
    const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, t.start - 16), t.start));
    if (w) last.start = t.start - w[0].length;
  }
  // "08/2025", "valid through 3/2026": a month and a year
  if ((yearAfterSlash(text, t.start + 1) || yearAfterSlash(text, t.start + 2)) && notAfterNumberPart(text, t.start) && markMatch(out, 'DATE', S.monthYear, text, t.start)) return;
  // "sat the 11th", "thurs 14th": a weekday in any case before an ordinal day (a bare "the 21st" stays: the
  // annotation rules ask for a day and a month)
  if (t.end - t.start <= 4 && isOrdinalDay(text, t.start, t.end)) weekdayOrdinalAt(text, t.start, t.end, out);
  // "20–22 June": a range of days before a month
  const dash = codeAt(text, t.end) === 32 ? codeAt(text, t.end + 1) : codeAt(text, t.end);
  // ("15 & 22 Oct 2024", "16 and 23 April": two days of one month)
  // (not a count's last number: "session 6 of 16 – 21 Jan 2025")
  if (t.end - t.start <= 4 && (dash === 8211 || dash === 45 || dash === 38 || (dash === 97 && text.startsWith('and ', t.end + 1))) && secondDayThenMonth(text, t.end) && !COUNT_OF_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) {
    // ("6th, 13th and 20th January": the days listed before the last two are the same dates' too)
    if (markMatch(out, 'DATE', S.dayRange, text, t.start)) {
      const last = out[out.length - 1]!;
      for (let m = DAY_BEFORE_LIST.exec(text.slice(Math.max(0, last.start - 12), last.start)); m; m = DAY_BEFORE_LIST.exec(text.slice(Math.max(0, last.start - 12), last.start))) last.start -= m[0].length;
    }
  }
  // ("2-4 Nov 2024": the days joined by a hyphen are one token)
  else if (t.end - t.start <= 9 && codeAt(text, digitsAndOrdinalEnd(text, t.start)) === 45 && dayMonthAt(text, digitsAndOrdinalEnd(text, t.start) + 1)) markMatch(out, 'DATE', S.dayRange, text, t.start);
  if ((isDateSep(codeAt(text, t.start + 1)) || isDateSep(codeAt(text, t.start + 2))) && numericDateShape(text, t.start)) numericDateAt(text, t.start, out);
  if (codeAt(text, t.start + 4) === 45) markMatch(out, 'DATE', S.isoDate, text, t.start);
  const d = digitsEnd(text, t.start);
  if (d - t.start <= 2 && codeAt(text, d) === 45 && isAsciiLetter(codeAt(text, d + 1)) && notAfterNumberPart(text, t.start)) markMatch(out, 'DATE', S.dayMonYear, text, t.start);
  if ((codeAt(text, t.start + 1) === 47 || codeAt(text, t.start + 2) === 47) && shortDateShape(text, t.start)) {
    const m = at(S.shortDate, text, t.start);
    // (never before a count or a unit: "3/4 of them", "2/7 days")
    if (m && validDayMonth(Number(m[1]), Number(m[2])) && !sessionCount(text, m) && !SCORE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && (SHORT_DATE_CUE.test(text.slice(Math.max(0, t.start - 16), t.start)) || pastVerbBefore(text, t.start) || SHORT_DATE_CUE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) || uncuedShortDate(text, m) || dateJustBefore(text, out, t.start) || headsLogEntry(text, m))) {
      // "Tues 25/2", "Thu 14/3": a weekday before it is part of the date
      const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
      push(out, span('DATE', w ? m.index - w[0].length : m.index, m.index + m[0].length, 'pattern'));
    }
  }
}

/**
 * (?<![\p{N}/.-]) at `p`, for the ASCII characters: not after a digit, "/", "." or "-" ("03" in "14/03/2024"). A
 * necessary condition of SHORT_DATE and monthYear there.
 */
function notAfterNumberPart(text: string, p: number): boolean {
  const b = codeAt(text, p - 1);
  return !(b === 47 || b === 46 || b === 45 || isAsciiDigit(b));
}

/**
 * Whether SHORT_DATE can match at the digits at `p`: not after a number's part (notAfterNumberPart), one or two
 * digits (the whole run), "/", one or two digits (the whole run: a digit cannot follow), and no "/" and digit
 * after them ("14/03/2024", "3/2026" need no regex). A necessary condition only.
 */
function shortDateShape(text: string, p: number): boolean {
  if (!notAfterNumberPart(text, p)) return false;
  const q = digitsEnd(text, p);
  if (q - p > 2 || codeAt(text, q) !== 47) return false;
  const r = digitsEnd(text, q + 1);
  if (r === q + 1 || r - (q + 1) > 2) return false;
  return !(codeAt(text, r) === 47 && isAsciiDigit(codeAt(text, r + 1)));
}

/**
 * "3/6 – met at the food court", "3/4 1:15p – Called …": a day and month opening a line, then (after a time) a
 * spaced dash, head an entry of a log.
 */
function headsLogEntry(text: string, m: RegExpExecArray): boolean {
  const c = codeAt(text, m.index - 1);
  if (c !== 10 && m.index !== 0) return false;
  let e = m.index + m[0].length;
  const time = LOG_TIME.exec(text.slice(e, e + 10));
  if (time) e += time[0].length;
  return codeAt(text, e) === 32 && (codeAt(text, e + 1) === 8211 || codeAt(text, e + 1) === 8212 || codeAt(text, e + 1) === 45) && codeAt(text, e + 2) === 32;
}

/**
 * "in Doveton 3177": four digits after a known place's name are its postcode (Australian postcodes carry no state
 * in speech and informal notes), unless they read as a year (1900–2039) or a count follows; "on 18th Street",
 * "on North 10th Street", "the walgreens on 63rd street": an ordinal, then a word for a street, is a street's name.
 */
function numberedPlaceAt(text: string, tokens: readonly Token[], i: number, out: Span[]): void {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (t.end - t.start === 4 && !t.alpha && t.gap === ' ' && prev.cap && (prev.f & C.PLACE) !== 0 && !(prev.f & (C.CALENDAR | C.STREET_SUFFIX))) {
    const n = Number(text.slice(t.start, t.end));
    const c = codeAt(text, t.end);
    // (not the first group of a phone number, "0438 112 906")
    if (n >= 200 && (n < 1900 || n > 2039) && !isAsciiDigit(c) && c !== 47 && c !== 58 && c !== 45 && !(c === 32 && isAsciiDigit(codeAt(text, t.end + 1))) && !COUNT_AFTER.test(text.slice(t.end, t.end + 12))) push(out, span('POSTCODE', t.start, t.end, 'pattern'));
    return;
  }
  const next = tokens[i + 1];
  if (!next || next.gap !== ' ' || !(next.f & C.STREET_SUFFIX) || !ORDINAL.test(text.slice(t.start, t.end))) return;
  // ("325 9th Ave": a house number before the ordinal street)
  const start = prev.gap !== '' && t.gap === ' ' && (prev.cap || prev.upper) && DIRECTIONS.has(prev.key) ? prev.start : t.gap === ' ' && prev.end - prev.start <= 5 && digitsEnd(text, prev.start) === prev.end ? prev.start : t.start;
  push(out, span('ADDRESS', start, next.baseEnd, 'pattern'));
}
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
const COUNT_AFTER = /^\s(?:people|students|pupils|members|staff|families|clients|cases|hours|hrs|dollars|words|km|miles|times|steps)\b/i;

/** The first three letters of each lower-case month of S.dayLowerMonth, as (a - 97) * 676 + (b - 97) * 26 + (c - 97). */
const LOWER_MONTH_STARTS = new Set<number>();
for (const m of ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) LOWER_MONTH_STARTS.add((m.charCodeAt(0) - 97) * 676 + (m.charCodeAt(1) - 97) * 26 + (m.charCodeAt(2) - 97));

/**
 * Whether S.dayLowerMonth can match at the digits at `p`: one or two digits (the whole run) and an ordinal
 * suffix, one white-space character, then "of" and white space, or the first three letters of a month. A
 * necessary condition only ("3 times", "2 sessions", "10 minutes" need no regex).
 */
function lowerMonthAfterDay(text: string, p: number): boolean {
  if (digitsEnd(text, p) - p > 2) return false;
  const q = digitsAndOrdinalEnd(text, p);
  if (!isSpace(codeAt(text, q))) return false;
  const a = codeAt(text, q + 1);
  const b = codeAt(text, q + 2);
  const c = codeAt(text, q + 3);
  if (a === 111 && b === 102 && isSpace(c)) return true; // "of "
  return isAsciiLower(a) && isAsciiLower(b) && isAsciiLower(c) && LOWER_MONTH_STARTS.has((a - 97) * 676 + (b - 97) * 26 + (c - 97));
}

/**
 * Whether a "/" at `s` is followed by a year of monthYear, (?:19|20)\d{2}: a necessary condition ("3/4", "24/7"
 * and "2/52" need no regex).
 */
function yearAfterSlash(text: string, s: number): boolean {
  if (codeAt(text, s) !== 47) return false;
  const a = codeAt(text, s + 1);
  const b = codeAt(text, s + 2);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isAsciiDigit(codeAt(text, s + 3)) && isAsciiDigit(codeAt(text, s + 4));
}

/**
 * Whether S.dayRange can match at a day that ends at `e` (the token's end; with the guard in datesAtDigits the
 * first day cannot end inside the token): its second day starts, after "–", "-", " & " or " and " with their
 * optional white space, at one of e + 1, e + 2, e + 3 or e + 5, with a digit there, and dayThenMonth holds
 * there. A necessary condition only ("2 - 3 times", "5 and 6 sessions" need no regex).
 */
function secondDayThenMonth(text: string, e: number): boolean {
  return dayMonthAt(text, e + 1) || dayMonthAt(text, e + 2) || dayMonthAt(text, e + 3) || dayMonthAt(text, e + 5);
}

function dayMonthAt(text: string, p: number): boolean {
  return isAsciiDigit(codeAt(text, p)) && dayThenMonth(text, p);
}

/**
 * "session 8/12", "Sess 3/6", "MHCP session 4/10": after a word for a session (not "next session"), a smaller number
 * over a larger one up to 24 counts the sessions of a course, never a date ("Next session 28/11" is one).
 */
function sessionCount(text: string, m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a < b && b <= 24 && SESSION_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
}
const SESSION_BEFORE = /(?<!\b(?:next|last|following|previous|first)\s)\b(?:session|sess|mhcp|mhtp)\s$/i;

/** "Testing 24/4 & 1/5", "on 3/4, 10/4 and 17/4": a date just before, joined by "&", "and", "or" or a comma. */
function dateJustBefore(text: string, out: readonly Span[], start: number): boolean {
  const last = out[out.length - 1];
  return !!last && last.type === 'DATE' && start - last.end <= 6 && DATE_JOIN.test(text.slice(last.end, start));
}
const DATE_JOIN = /^\s?(?:&|and|or|,)\s?$/;

/** "mid-March 2024": the month and year after "mid-", "late-" or "early-" (the whole token and the year). */
function partOfMonthAt(text: string, t: Token, out: Span[]): void {
  const dash = text.indexOf('-', t.start);
  const prefix = text.slice(t.start, dash).toLowerCase();
  if (prefix !== 'mid' && prefix !== 'late' && prefix !== 'early') return;
  const month = text.slice(dash + 1, t.end);
  if (!CALENDAR_START.has(month) || WEEKDAYS.has(month)) return;
  const m = /^\s(?:19|20)\d{2}(?!\d)/.exec(text.slice(t.end, t.end + 6));
  if (m) push(out, span('DATE', t.start, t.end + m[0].length, 'pattern'));
}
const WEEKDAYS = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Tue Weds Wed Thurs Thur Thu Fri Sat Sun'.split(' '));
/** The weekdays' keys (folded): "friday", "sat". */
export const WEEKDAY_KEYS: ReadonlySet<string> = new Set([...WEEKDAYS].map((w) => w.toLowerCase()));

/**
 * A day and month with no cue before it ("bday was 10/3", "school obs 29/10"): the first number larger than the
 * second, which can only be a day then a month (a score is never above its maximum), except "24/7", and with
 * no score or count around it. (A smaller first number may be a score, "fluency 8/14", or a duration, "2/7",
 * "3/52": that needs a cue, SHORT_DATE_CUE.)
 */
function uncuedShortDate(text: string, m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  // ("at Adena Pediatrics 01/30": a month written with its leading zero is a date, never a score)
  if (m[1]!.length === 2 && m[1]!.charCodeAt(0) === 48 && b <= 31) return !SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
  // ("F/u HV 2/26", "RTC 1/23", "sent forms 1/14": a month then a day above 12, as US notes write a date, unless a
  // test's name or another score comes just before: "GDS 3/15", "fluency 8/14", "attention 17/18, memory 15/26")
  if (a <= 12 && b > 12 && b <= 31) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    return !SCORE_BEFORE.test(before.slice(-24)) && !TEST_BEFORE.test(before) && !FRACTION_IN_CLAUSE.test(before);
  }
  if (a <= b || (a === 24 && b === 7)) return false;
  return !SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
}
const TEST_BEFORE = /(?:\b(?:gds|cvlt|wais|wisc|wms|wiat|rbans|bdi|bai|pcl|ies|dass|hads|audit|cage|epds|ors|srs|moca|mmse|ace|naming|recall|fluency|memory|attention|language|visuospatial|orientation|subtest|index|trial|form|items?|questions?|correct|errors?)|[\p{L}]-?\d{1,2}\)?)\W{0,3}$/iu;
/** Another fraction earlier in the same clause (not across a sentence's end: "F/u 2/26. RTC 1/23"). */
const FRACTION_IN_CLAUSE = /\d\/\d[^.;\n]*$/;
const SCORE_BEFORE = /(?:\b(?:scored?|scores|scoring|rated?|rates|rating|mood|pain|anxiety|stress|sleep|suds?|confidence|motivation|energy|out|marks?|grade|total|phq-?9?|gad-?7?|core-?10|k-?10|slums|moca|mmse|ace|wemwbs|sdq|x)|[=:~≈<>+x])\s{0,2}$/i;
const SCORE_AFTER = /^(?:\s{0,2}(?:of|ths?|rds?|nds?|sts?|days?|weeks?|wks?|months?|times?|hours?|hrs?|mins?|sessions?|people|pts?|points?|marks?|correct|scale)\b|\s{0,2}[%x]|[-–—.]\d)/i;


function numericDateAt(text: string, start: number, out: Span[]): void {
  const m = at(S.numericDate, text, start);
  if (m && validDayMonth(Number(m[1]), Number(m[3]))) pushMatch(out, 'DATE', m);
}

/**
 * Whether NUMERIC_DATE can match at the digits at `p` ("03/04/89", "3.4.2021"): one or two digits (the whole
 * run: a digit cannot follow), a separator, one or two digits, the same separator, then two digits. A
 * necessary condition only: when false the regex cannot match there ("0.5", "10-15", "24/7" — most numbers
 * with a separator are no such date, and the sticky regex costs more than this scan).
 */
function numericDateShape(text: string, p: number): boolean {
  const q = digitsEnd(text, p);
  if (q - p > 2) return false;
  const sep = codeAt(text, q);
  if (!isDateSep(sep)) return false;
  const r = digitsEnd(text, q + 1);
  if (r === q + 1 || r - (q + 1) > 2 || codeAt(text, r) !== sep) return false;
  return isAsciiDigit(codeAt(text, r + 1)) && isAsciiDigit(codeAt(text, r + 2));
}


/**
 * A group of digits (a phone number, an identifier …) at a token that starts with a digit, with a "(" or "+"
 * just before it. Returns where the group ends, or `until` when there is none.
 */
function numberGroupAt(text: string, start: number, until: number, out: Span[]): number {
  let s = start;
  const p1 = codeAt(text, s - 1);
  if (p1 === 40 || p1 === 43) s--; // '(' or '+'
  if (codeAt(text, s - 1) === 43) s--; // '+'
  let index = s;
  let end = numberGroupEnd(text, s);
  if (end < 0 && s !== start) {
    index = start;
    end = numberGroupEnd(text, start);
  }
  if (end < 0) return until;
  // (without a trailing " ", "." or "-")
  while (end > index) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 46 && c !== 45) break;
    end--;
  }
  push(out, classifyNumberGroup(text, index, end));
  return end;
}

// NUMBER_GROUP matched at a position by a scan of char codes (cheaper than the sticky regex with its Unicode look-around).
// Written out from the regex's backtracking order; numberGroupEnd(text, p) is where NUMBER_GROUP, made sticky, matches at
// p ends, or -1:
//   (?<![\p{L}\p{N}/.,:#-])  (?:\+\d{1,3}[ .-]?)?  (?:\(\d{1,5}\)[ .-]?)?  \d{1,12}(?:[ .-]\d{1,8}){0,5}  [A-Za-z]?  (?![\p{L}\p{N}/:-]|[.,]\d)
// A digit run is always taken whole: stopping inside one leaves a digit next, which nothing after it accepts
// (not a separator, a letter or the final look-ahead). So only the '+' digits and the number of separated
// groups are backtracked over.
const LETTER_OR_NUMBER_AT = /^[\p{L}\p{N}]/u;
const LETTER_OR_NUMBER_BEFORE = /[\p{L}\p{N}]$/u;

function isGroupSep(c: number): boolean {
  return c === 32 || c === 46 || c === 45;
}

/** The length of the run of ASCII digits at `p` (\d is ASCII even with the u flag). */
function digitRun(text: string, p: number): number {
  let q = p;
  while (q < text.length && isAsciiDigit(text.charCodeAt(q))) q++;
  return q - p;
}

export function numberGroupEnd(text: string, p: number): number {
  // the look-behind: no letter, number or / . , : # - just before
  if (p > 0) {
    const b = text.charCodeAt(p - 1);
    if (b < 128) {
      if (isAsciiLetter(b) || isAsciiDigit(b) || b === 47 || b === 46 || b === 44 || b === 58 || b === 35 || b === 45) return -1;
    } else if (LETTER_OR_NUMBER_BEFORE.test(text.slice(Math.max(0, p - 2), p))) return -1;
  }
  if (codeAt(text, p) !== 43) return afterPlus(text, p);
  // "+": one to three digits (more first), then an optional separator
  const a = digitRun(text, p + 1);
  for (let n = a < 3 ? a : 3; n >= 1; n--) {
    let u = p + 1 + n;
    // (with fewer digits than the run a digit follows: no separator or "(" can; with the whole run a separator
    // is taken when there is one, as without it nothing after can match)
    if (n === a && isGroupSep(codeAt(text, u))) u++;
    const end = afterPlus(text, u);
    if (end >= 0) return end;
  }
  return -1;
}

/** The rest after the "+" part: an optional "(digits)" with an optional separator, then the groups. */
function afterPlus(text: string, u: number): number {
  if (codeAt(text, u) === 40) {
    // "(" then one to five digits (the whole run, as ")" must follow) and ")"; without this part the groups
    // would start at "(" and cannot
    const b = digitRun(text, u + 1);
    if (b < 1 || b > 5 || codeAt(text, u + 1 + b) !== 41) return -1;
    let v = u + 2 + b;
    if (isGroupSep(codeAt(text, v))) v++;
    return groups(text, v);
  }
  return groups(text, u);
}

/** \d{1,12}(?:[ .-]\d{1,8}){0,5}[A-Za-z]?(?!…) at `q`. */
function groups(text: string, q: number): number {
  const r = digitRun(text, q);
  if (r < 1 || r > 12) return -1;
  // the separated groups, as many as can be taken (up to five), and where each starts (its separator)
  let pos = q + r;
  let k = 0;
  let sep0 = -1, sep1 = -1, sep2 = -1, sep3 = -1, sep4 = -1;
  while (k < 5 && isGroupSep(codeAt(text, pos))) {
    const d = digitRun(text, pos + 1);
    if (d < 1 || d > 8) break;
    if (k === 0) sep0 = pos;
    else if (k === 1) sep1 = pos;
    else if (k === 2) sep2 = pos;
    else if (k === 3) sep3 = pos;
    else sep4 = pos;
    pos += 1 + d;
    k++;
  }
  // all k groups: with a letter when one follows (without it the letter fails the look-ahead), else without
  const c = codeAt(text, pos);
  if (isAsciiLetter(c)) {
    if (lookaheadOk(text, pos + 1)) return pos + 1;
  } else if (lookaheadOk(text, pos)) return pos;
  // fewer groups: the match ends before the next group's separator, which the look-ahead accepts only when it is
  // a space ("-" is refused; "." is refused as a digit follows it)
  for (let j = k - 1; j >= 0; j--) {
    const sp = j === 0 ? sep0 : j === 1 ? sep1 : j === 2 ? sep2 : j === 3 ? sep3 : sep4;
    if (text.charCodeAt(sp) === 32) return sp;
  }
  return -1;
}

/** (?![\p{L}\p{N}/-]|[.,:]\d) at `p`. (A colon ends a number before a space, "phone 509-555-0122: she said"; before a digit it is a time's, "10:30".) */
function lookaheadOk(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (c >= 128) return !LETTER_OR_NUMBER_AT.test(text.slice(p, p + 2));
  if (isAsciiLetter(c) || isAsciiDigit(c) || c === 47 || c === 45) return false;
  return !((c === 46 || c === 44 || c === 58) && isAsciiDigit(codeAt(text, p + 1)));
}

/** A word for where just before a road's number ("the", "on", "near" …). */
const ROAD_CUE = new RegExp(`\\b(?:the|${ROAD_WORDS})\\s$`);

/** Postcodes, NI numbers and road numbers at an upper-case token, or a token that starts with a capital and holds a digit. */
function codesAtUpperCase(text: string, t: Token, out: Span[]): void {
  // (a postcode's outward part and a road number hold a digit, so their token does; an NI number's letters
  // are their own token only when a space and a digit follow: "AB 12 34 56 C")
  const niShape = t.hasDigit || (t.end - t.start === 2 && codeAt(text, t.end) === 32 && isAsciiDigit(codeAt(text, t.end + 1)));
  const p = t.start;
  // (each regex only where its shape can start, by a few code units: most upper-case tokens with a digit are a
  // test's name or a code, "PHQ-9", "GAD-7", "MP-24-0031877")
  if (t.hasDigit && ukPostcodeShape(text, p)) markMatch(out, 'POSTCODE', S.ukPostcode, text, p);
  // (NI_NUMBER: a second capital, then two digits, after a space or not)
  if (niShape && isAsciiUpper(codeAt(text, p + 1)) && (isAsciiDigit(codeAt(text, p + 2)) || (codeAt(text, p + 2) === 32 && isAsciiDigit(codeAt(text, p + 3))))) markMatch(out, 'ID', S.ni, text, p);
  // ("occurrence CLV/24/118406", "ref BSJ/UC/778213": letters, then numbers or letters between slashes, a force's or an
  // agency's reference)
  if (t.upper && codeAt(text, t.end) === 47 && (isAsciiDigit(codeAt(text, t.end + 1)) || isAsciiUpper(codeAt(text, t.end + 1)))) markMatch(out, 'ID', S.slashRef, text, p);
  // (ROAD_NUMBER: "the" and white space before it, A, B or M, then a digit)
  const c = text.charCodeAt(p);
  if (t.hasDigit && (c === 65 || c === 66 || c === 77) && isAsciiDigit(codeAt(text, p + 1)) && isSpace(codeAt(text, p - 1)) && ROAD_CUE.test(text.slice(Math.max(0, p - 7), p))) markMatch(out, 'PLACE', S.road, text, p);
}

/**
 * Whether UK_POSTCODE can match at `p`: a digit one or two code units after it (after the area's one or two letters),
 * then, one to three code units later, a digit and two capitals (the inward part, "4QP"). A necessary condition only.
 */
function ukPostcodeShape(text: string, p: number): boolean {
  let q = p + 1;
  if (!isAsciiDigit(codeAt(text, q))) q++;
  if (!isAsciiDigit(codeAt(text, q))) return false;
  for (let k = q + 1; k <= q + 3; k++) if (isAsciiDigit(codeAt(text, k)) && isAsciiUpper(codeAt(text, k + 1)) && isAsciiUpper(codeAt(text, k + 2))) return true;
  return false;
}

/** "last four digits 4821": the four digits. */
function lastFourAt(text: string, start: number, out: Span[]): void {
  const m = at(S.lastFour, text, start);
  if (!m) return;
  const s = m.index + m[0].length - m[1]!.length;
  push(out, span('ID', s, s + 4, 'pattern'));
}

/** text[start, end) is a day of the month with its ordinal suffix: "2nd", "21st", "14th". */
function isOrdinalDay(text: string, start: number, end: number): boolean {
  // (the suffix's last letter first, d or h: most numbers have none)
  const z = text.charCodeAt(end - 1);
  if (z !== 100 && z !== 104 && z !== 116) return false;
  return /^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)$/.test(text.slice(start, end));
}

/** A weekday in any case just before the ordinal day text[start, end): "sat the 11th", "thurs 14th", "Fri 22nd". */
function weekdayOrdinalAt(text: string, start: number, end: number, out: Span[]): void {
  const wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  // ("Tues, 4th period": an ordinal before a word for a lesson, a year or a place in a list is not a day)
  if (wd && !NOT_A_DAY_AFTER.test(text.slice(end, end + 10))) push(out, span('DATE', start - wd[0].length, end, 'pattern'));
}
const NOT_A_DAY_AFTER = /^\s(?:period|grade|floor|year|place|time|session|lesson|class|form|term|round|week)\b/i;
const WEEKDAY_BEFORE = /\b(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\.?,?\s(?:the\s)?$/i;

/** "account ending 3092", "card ending in 4471": the digits, when an account or card is named just before. */
function endingDigitsAt(text: string, start: number, out: Span[]): void {
  const m = at(S.ending, text, start);
  if (!m || !ACCOUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
  const s = m.index + m[0].length - m[1]!.length;
  push(out, span('ID', s, s + m[1]!.length, 'pattern'));
}
const ACCOUNT_BEFORE = /\b(?:account|acct|a\/c|card|debit|credit|bank|member|membership|policy|insurance|id|ssn|social security|medicare|phone|mobile|cell|number)\b[^.\n]{0,24}$/i;

/** "ext 7741", "Ext. 2204", "extn: 31520": a phone extension's digits (three to six), after "ext" or "extn". */
function extensionAt(text: string, end: number, out: Span[]): void {
  const m = EXTENSION.exec(text.slice(end, end + 12));
  if (m) push(out, span('PHONE', end + m[0].length - m[1]!.length, end + m[0].length, 'pattern'));
}
const EXTENSION = /^\.?:?\s?(\d{3,6})(?![\d\p{L}/.-]\d?)/u;

/** Codes that mix letters and digits: "DCFS-2023-118742", "B00419266", "7HKR4L2P9Q". */
function mixedCodeAt(text: string, t: Token, out: Span[]): void {
  // (one scan of the token for what the regexes /[a-z]/, /^\d+$/, /[A-Z]/ and digitsOf(s).length would tell)
  let digits = 0;
  let upper = false;
  for (let j = t.start; j < t.baseEnd; j++) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) return; // a lower-case letter
    if (isAsciiDigit(c)) digits++;
    else if (isAsciiUpper(c)) upper = true;
  }
  // (all digits: no upper-case letter either)
  if (!upper || digits < 4) return;
  const s = text.slice(t.start, t.baseEnd);
  if (!/^(?:1[38]00|0[589]00|13\d\d)[A-Z]+$/.test(s)) {
    // "1800RESPECT", "0800CHILDLINE": a public helpline spelled in letters is not an identifier.
    push(out, span('ID', t.start, t.baseEnd, 'pattern'));
  }
}

function idFromCue(text: string, m: RegExpExecArray, out: Span[]): void {
  const value = m[1]!;
  const vStart = m.index + m[0].length - value.length;
  // ("verified for the application.⏎3/4 1:30p – Called": a full stop and a line break end the cue's sentence)
  if (sentenceEndBetween(text, m.index, vStart)) return;
  // Keep the leading chunks that look like a code (upper case, digits, hyphens): "LPC-A 81234", "JT 48 29 61 B".
  // (the value holds only ASCII letters, digits, spaces, "/" and "-", and a chunk is the value split after each
  // space, value.split(/(?<=[ ])/): each chunk, without its space, is scanned once for what the regexes /[a-z]/,
  // /^[A-Z0-9][A-Z0-9/-]*$/, /\d/ and digitsOf(c).length would tell, with no array, substring or regex per chunk)
  let len = 0;
  let digits = 0;
  let lead = 0;
  const n = value.length;
  for (let a = 0; a < n; ) {
    let b = a;
    while (b < n && value.charCodeAt(b) !== 32) b++;
    // the chunk is value[a, next), its text without the space value[a, b)
    const next = b < n ? b + 1 : n;
    if (len === 0 && idLabel(value, a, b)) {
      lead += next - a;
      a = next;
      continue;
    }
    if (b === a) break;
    const f = value.charCodeAt(a);
    if (f === 47 || f === 45) break;
    let ds = 0;
    let lower = false;
    for (let j = a; j < b; j++) {
      const c = value.charCodeAt(j);
      if (isAsciiDigit(c)) ds++;
      else if (isAsciiLower(c)) lower = true;
    }
    if (lower) break;
    if (ds === 0 && b - a > 6) break;
    digits += ds;
    len += next - a;
    a = next;
  }
  const idStart = vStart + lead;
  const idText = value.slice(lead, lead + len).trimEnd();
  if (digits >= 3 && idText && !/^(?:19|20)\d\d$/.test(idText) && !PUBLIC_LINES.has(digitsOf(idText))) push(out, span('ID', idStart, idStart + idText.length, 'pattern'));
}

/** Whether text[from, to) holds a full stop and then a line break. */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  const dot = text.indexOf('.', from);
  return dot >= 0 && dot < to && text.indexOf('\n', dot) >= 0 && text.indexOf('\n', dot) < to;
}

/** /^(?:ID|NO|REF|NUMBER|#)$/i.test(s.slice(a, b)) for a chunk of an identifier's value (ASCII letters, digits, "/" and "-": never "#"). */
function idLabel(s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n !== 2 && n !== 3 && n !== 6) return false;
  const w = s.slice(a, b).toUpperCase();
  return w === 'ID' || w === 'NO' || w === 'REF' || w === 'NUMBER';
}

/**
 * "Catch22", "Start360", "Place2Be", "Steps2Wellbeing": a capitalised word then digits, or two capitalised words
 * joined by one digit, is a name (an organisation's, in notes); not a label and its number ("Year11", "Covid19").
 */
function brandWithDigitsAt(text: string, start: number, end: number, out: Span[]): void {
  const m = BRAND_WITH_DIGITS.exec(text.slice(start, end));
  if (m && !LABELS_WITH_NUMBERS.has(m[1]!.toLowerCase())) push(out, span('ORG', start, end, 'pattern'));
}
const BRAND_WITH_DIGITS = /^([A-Z][a-z]{2,})(?:\d{2,3}|\d[A-Z][a-z]+)$/;
const LABELS_WITH_NUMBERS = new Set(['covid', 'city', 'year', 'level', 'room', 'ward', 'term', 'week', 'session', 'grade', 'unit', 'flat', 'stage', 'step', 'phase', 'block', 'bed', 'band', 'key', 'page', 'part', 'tier', 'core', 'form', 'class', 'group', 'team', 'route', 'bus', 'line', 'pay', 'floor', 'suite', 'area', 'zone', 'sector', 'item', 'question', 'test', 'exam', 'module', 'paper', 'version', 'model', 'type', 'size', 'age', 'under', 'over', 'top', 'best', 'number', 'case', 'file', 'ref', 'code', 'pin', 'pass', 'password', 'user']);

const NUMBERED_ROADS = new Set(['route', 'hwy', 'highway', 'sr']);
const ROAD_CUES = new Set(['on', 'along', 'off', 'near', 'past', 'via', 'down', 'up', 'from', 'onto']);
/** "on Route 80", "on Old Route 28": the road's word and its number (one to three digits), after a cue, "the" or "Old" between. */
function numberedRoadAt(text: string, tokens: readonly Token[], i: number, out: Span[]): void {
  const t = tokens[i]!;
  const end = digitsEnd(text, t.end + 1);
  if (end - (t.end + 1) > 3 || isAsciiLetter(codeAt(text, end))) return;
  let start = t.start;
  let j = i - 1;
  if (j >= 0 && tokens[j]!.key === 'old' && tokens[j]!.cap && t.gap === ' ') {
    start = tokens[j]!.start;
    j--;
  }
  if (j >= 0 && tokens[j]!.key === 'the' && tokens[j]!.lower) j--;
  if (j < 0 || !ROAD_CUES.has(tokens[j]!.key) || !tokens[j]!.lower) return;
  push(out, span('PLACE', start, end, 'pattern'));
}

/**
 * A house number, one to three lower-case words and a word for a street or a building, then perhaps a town of up to
 * three words and a UK postcode in lower case: "14 brindley close, kitts green, b33 9qn", "22 alma street halifax
 * hx1 5pn", "(flat) 6 lyndon house".
 */
const LOWER_ADDRESS = /\d{1,4}[a-z]? ((?:[a-z][a-z'’-]+ ){1,3})(?:street|st|road|rd|close|avenue|ave|lane|drive|crescent|court|grove|place|terrace|gardens|mews|square|boulevard|blvd|parkway|way|walk|house|tower|heights)(?![\p{L}\p{N}])(?:(,? (?:[a-z][a-z'’-]+,? ){1,3})([a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})(?![\p{L}\p{N}]))?/uy;
/** Words that are never part of a street's name after a number: "3 in a row", "2 more days", "5 other way". */
const NOT_STREET_WORDS = new Set(['in', 'a', 'an', 'the', 'of', 'to', 'on', 'at', 'for', 'per', 'by', 'and', 'or', 'with', 'my', 'his', 'her', 'their', 'our', 'your', 'its', 'more', 'other', 'times', 'time', 'days', 'day', 'weeks', 'week', 'hours', 'hour', 'minutes', 'minute', 'min', 'mins', 'hr', 'hrs', 'mi', 'km', 'mile', 'miles', 'sessions', 'session', 'years', 'year', 'months', 'month', 'old', 'pm', 'am', 'people', 'kids', 'children', 'of', 'out', 'way', 'is', 'was', 'are', 'were', 'be', 'very', 'too', 'so', 'quite', 'each', 'every', 'different', 'same', 'new', 'big', 'small', 'might', 'may', 'will', 'can', 'could', 'would', 'should', 'must', 'did', 'does', 'do', 'has', 'had', 'have', 'not']);
/** Whether a word for a street or a building (by its class bits, or "house", "tower") comes two to four tokens after i: the regex is tried only then. */
function streetWordWithin(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) {
    const w = tokens[j]!;
    if (w.f & (C.STREET_SUFFIX | C.ORG_SUFFIX) || w.key === 'tower' || w.key === 'st' || w.key === 'rd') return true;
  }
  return false;
}
function lowerAddressAt(text: string, start: number, out: Span[]): void {
  // (not the last group of a longer number: "0491 570 313 re court")
  if (start >= 2 && text.charCodeAt(start - 1) === 32 && isAsciiDigit(text.charCodeAt(start - 2))) return;
  // (nor a school year's number: "Callum from Year 13 might drive you")
  if (/\b(?:year|yr|grade|level|step|stage|week|wk|session|room|page|bus|route)\s$/i.test(text.slice(Math.max(0, start - 8), start))) return;
  const m = at(LOWER_ADDRESS, text, start);
  if (!m) return;
  const words = m[1]!.trim().split(' ');
  for (let w = 0; w < words.length; w++) if (NOT_STREET_WORDS.has(words[w]!)) return;
  const from = /\bflat $/i.test(text.slice(Math.max(0, start - 5), start)) ? start - 5 : start;
  push(out, span('ADDRESS', from, start + m[0].length, 'pattern'));
}

// Pattern recognisers: contact details, dates, identifiers, postcodes and street addresses.
// Every regex is linear: bounded repetitions, no nested quantifiers over overlapping classes.
import { isMedicare, isNhsNumber, isTfn, NI_NUMBER, SSN } from './identifiers.js';
import * as C from './classes.js';
import { span, type Span } from './span.js';
import type { Token } from './tokens.js';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{2,2048}/gi;
const BARE_URL = /(?<![@\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|edu|gov|io|co|uk|au|us|me|ly|info|biz|nz|ie|ca)(?:\.[a-z]{2})?(?:\/[^\s<>"'()[\]{}]{1,2048})?(?![\w@-])/gi;
const GENERIC_DOMAINS = new Set(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'nhs.uk', 'gov.uk', 'nhs.net', 'gov.au', 'google.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'youtube.com', 'tiktok.com', 'twitter.com', 'x.com']);
const HANDLE = /(?<![\w@.\]])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;

// Digit groups: phone numbers, NHS numbers, Medicare numbers, account numbers ("+44 7700 900 318", "(773) 555-0182").
const NUMBER_GROUP = /(?<![\p{L}\p{N}/.,:#-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}[A-Za-z]?(?![\p{L}\p{N}/:-]|[.,]\d)/gu;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s{1,3}(?:the\\s)?)?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";
const TEXT_DATE = new RegExp(
  `\\b${WEEKDAY}(?:${DAY}(?:\\s{1,3}of)?\\s{1,3}${MONTH}(?:,?\\s{1,3}${YEAR})?|${MONTH}\\s{1,3}${DAY}(?:,?\\s{1,3}${YEAR})?|${MONTH},?\\s{1,3}(?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'gu',
);
const NUMERIC_DATE = new RegExp(`\\b${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}]|[/.-]\\d)`, 'gu');
const ISO_DATE = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g;
const SHORT_DATE = /(?<![\p{N}/.-])(\d{1,2})\/(\d{1,2})(?![\p{N}]|\/\d)/gu;
const SHORT_DATE_CUE = /\b(?:on|by|until|till|from|since|before|after|next|review|reviewed|session|supervision|appointment|meeting|dated|due|dob|d\.o\.b|date|seen|visit|booked|for|of|–|-)\W{0,3}$/i;

const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const US_ZIP = new RegExp(`(?<=,\\s{0,2}|\\p{Lu}\\p{Ll}+\\s)(?:${US_STATES})\\.?,?\\s{1,2}\\d{5}(?:-\\d{4})?\\b|\\b(?:ZIP|zip|Zip)(?:\\s?code)?:?\\s{0,2}\\d{5}(?:-\\d{4})?\\b`, 'gu');
const AU_POSTCODE = /(?<=,\s{0,2}|\p{Lu}\p{Ll}+\s)(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\.?,?\s{1,2}\d{4}\b/gu;
export const STATE_ABBR = new RegExp(`^,?\\s{1,2}(?:${US_STATES}|NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\\b(?![\\p{L}\\p{N}])`, 'u');

const STREET_WORDS = 'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Av|Drive|Dr|Way|Place|Pl|Court|Ct|Gardens|Gdns|Crescent|Cres|Grove|Terrace|Tce|Close|Boulevard|Blvd|Highway|Hwy|Parade|Pde|Square|Sq|Row|Mews|Walk|Rise|View|Green|Hill|Park|Circle|Pike|Parkway|Pkwy|Trail|Bank|Croft|Fold|Chase|Vale|Wynd|Brow|Gate|Quay|Wharf|Esplanade|Promenade|Approach|Heights|Meadows|Meadow|Yard|Alley|Loop|Run|Path|Broadway';
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:Flat|Unit|Apt|Apartment|Suite|Ste|Room|Rm|Lot)\\.?\\s{0,2}[0-9]{1,5}[A-Za-z]?\\s{0,2}[,/]\\s{0,2})?\\d{1,5}[A-Za-z]?(?:[/-]\\d{1,5}[A-Za-z]?)?,?\\s{1,2}(?:[NSEW]\\.?\\s{1,2})?(?:[\\p{Lu}][\\p{L}'’-]{0,30}\\s{1,2}){1,3}(?:${STREET_WORDS})\\.?(?![\\p{L}])`,
  'gu',
);

// UK road numbers after "the": "on the A859", "the M62".
const ROAD_NUMBER = /(?<=\bthe\s)[ABM]\d{1,4}(?:\(M\))?\b/g;
const ID_CUE = /\b(?:licen[cs]e|lic|permit|passport|visa|BRP|reg(?:istration)?|member(?:ship)?|badge|employee|staff|student|pupil|candidate|interpreter|account|acct|policy|claim|case|docket|file|ref(?:erence)?|MRN|ULN|UPN|USI|CRN|NDIS|TFN|IHI|CHI|Medicare|NHS|NI|NINO|SSN|ID|chart|incident|crime|booking|application|invoice|payment|order|ticket)\b\.?(?:\s{0,2}(?:no\.?|number|num|nos?\.|ID|#|card|ref(?:erence)?|code|:))*\s{0,2}[:#]?\s{0,2}(?:\(?last\s(?:four|4)(?:\sdigits)?\)?\s{0,2}:?\s{0,2})?([A-Za-z0-9][A-Za-z0-9 /-]{0,30})/gi;
const LAST_FOUR = /\blast\s{1,2}(?:four|4)(?:\s{1,2}digits)?\)?\s{0,2}(?:(?:is|are|of|were)\s{1,2})?:?\s{0,2}(\d{4})\b/gi;

const PHONE_CUE = /\b(?:phone|mobile|mob|tel|telephone|cell|cellphone|call|calls|called|ring|rang|text|texts|txt|contact|landline|fax|whatsapp|number|no|on|line|helpline|reached|reach)\b\W{0,4}$/i;
const ID_CUE_BEFORE = /\b(?:NHS|NI|SSN|ULN|UCAS|USI|CRN|NDIS|TFN|Medicare|MRN|ID|ref|reference|account|acct|case|docket|licen[cs]e|policy|claim|member|student|passport|card|number|no\.?|#)\W{0,12}$/i;

function push(out: Span[], s: Span | null): void {
  if (s && s.end > s.start) out.push(s);
}

function trimUrl(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?'")\]]/.test(text[end - 1]!)) end--;
  return end;
}

function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

function classifyNumberGroup(text: string, start: number, end: number): Span | null {
  const raw = text.slice(start, end);
  const digits = digitsOf(raw);
  const before = text.slice(Math.max(0, start - 28), start);
  const idCue = ID_CUE_BEFORE.test(before) && !/\b(?:phone|mobile|mob|tel|cell|call|ring|text)\b[^\n]{0,12}$/i.test(before);
  const phoneCue = PHONE_CUE.test(before);
  const grouped = /[ .()+-]/.test(raw);
  if (digits.length < 4) return null;
  if (digits.length === 4) return idCue && !/^(?:19|20)\d\d$/.test(digits) ? span('ID', start, end, 'pattern') : null;
  const phoneShape =
    (/^\+/.test(raw) && digits.length >= 9 && digits.length <= 14) ||
    (/^\(?0/.test(raw) && digits.length >= 9 && digits.length <= 11) ||
    (/^1[38]00/.test(digits) && digits.length === 10) ||
    (/^13\d{4}$/.test(digits) && grouped) ||
    (digits.length === 10 && /^\(?[2-9]\d\d\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw)) ||
    (digits.length === 11 && /^1[ .-]/.test(raw));
  if (idCue && !phoneCue) return span('ID', start, end, 'pattern');
  if (phoneShape) return span('PHONE', start, end, 'pattern');
  if (digits.length === 10 && isNhsNumber(digits)) return span('ID', start, end, 'pattern');
  if (isMedicare(digits) || isTfn(digits)) return span('ID', start, end, 'pattern');
  if (/^\d{1,2}[ .]\d{2}$/.test(raw)) return null; // a time or a decimal
  if (digits.length >= 5) return span('ID', start, end, 'pattern');
  return null;
}

function validDayMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

const S = {
  email: sticky(EMAIL),
  handle: sticky(HANDLE),
  url: sticky(URL),
  bareUrl: sticky(BARE_URL),
  textDate: sticky(TEXT_DATE),
  numericDate: sticky(NUMERIC_DATE),
  isoDate: sticky(ISO_DATE),
  shortDate: sticky(SHORT_DATE),
  ssn: sticky(SSN),
  ni: sticky(NI_NUMBER),
  lastFour: sticky(LAST_FOUR),
  idCue: sticky(ID_CUE),
  numberGroup: sticky(NUMBER_GROUP),
  ukPostcode: sticky(UK_POSTCODE),
  usZip: sticky(US_ZIP),
  auPostcode: sticky(AU_POSTCODE),
  address: sticky(ADDRESS),
  road: sticky(ROAD_NUMBER),
  // "Apt 4B", "Flat 12", "Unit #3" standing alone in an address
  unit: /(?:Flat|Unit|Apt|Apartment|Suite|Ste|Room|Rm|Lot)\.?\s{0,2}#?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/uy,
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

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDateSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  if (pos < 0) return null;
  re.lastIndex = pos;
  return re.exec(text);
}

const CALENDAR_START = new Set('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Tue Wed Thurs Thur Thu Fri Sat Sun'.split(' '));
export const ID_CUE_WORDS = new Set('licence license lic permit passport visa brp reg registration member membership badge employee staff student pupil candidate interpreter account acct policy claim case docket file ref reference mrn uln upn usi crn ndis tfn ihi chi medicare nhs ni nino ssn id chart incident crime booking application invoice payment order ticket'.split(' '));
const STATE_WORDS = new Set(US_STATES.split('|').concat(['NSW', 'VIC', 'Vic', 'QLD', 'Qld', 'SA', 'TAS', 'Tas', 'NT', 'ACT', 'ZIP', 'zip', 'Zip']));
export const UNIT_WORDS = new Set(['flat', 'unit', 'apt', 'apartment', 'suite', 'ste', 'room', 'rm', 'lot']);

/**
 * One pass over the tokens: each regex runs (sticky) only where a token can start its pattern, so the cost
 * is linear in the text and independent of the number of patterns that cannot apply.
 */
export function recognisePatterns(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  if (text.includes('@')) {
    for (const m of atSigns(text, S.email, true)) push(out, span('EMAIL', m.index, m.index + m[0].length, 'pattern'));
    for (const m of atSigns(text, S.handle, false)) push(out, span('HANDLE', m.index, m.index + m[0].length, 'pattern'));
  }
  if (text.includes('://') || hasWww(text)) {
    for (const m of text.matchAll(URL)) push(out, span('URL', m.index, trimUrl(text, m.index, m.index + m[0].length), 'pattern'));
  }
  let numberUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = text.charCodeAt(t.start);
    const digitStart = c0 >= 48 && c0 <= 57;
    let m: RegExpExecArray | null;

    // Bare domains and URLs: "linkedin.com/in/…", "peckhamyoungleaders.org"
    if (text.charCodeAt(t.end) === 46 && !digitStart && (m = at(S.bareUrl, text, t.start))) {
      const end = trimUrl(text, m.index, m.index + m[0].length);
      const d = text.slice(m.index, end).toLowerCase();
      if (!GENERIC_DOMAINS.has(d) && d.includes('.')) push(out, span('URL', m.index, end, 'pattern'));
    }
    if (t.cap && t.f & C.CALENDAR && CALENDAR_START.has(t.text)) {
      if ((m = at(S.textDate, text, t.start))) push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
      if ((m = at(S.numericDate, text, t.start)) && validDayMonth(Number(m[1]), Number(m[3]))) push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
    }
    if (digitStart) {
      // (guards: "3rd March" needs a space within four characters; "03/04/89" a separator after one or two digits)
      if (t.end - t.start <= 4 && (m = at(S.textDate, text, t.start))) push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
      if ((isDateSep(text.charCodeAt(t.start + 1)) || isDateSep(text.charCodeAt(t.start + 2))) && (m = at(S.numericDate, text, t.start)) && validDayMonth(Number(m[1]), Number(m[3]))) push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
      if (text.charCodeAt(t.start + 4) === 45 && (m = at(S.isoDate, text, t.start))) push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
      if ((text.charCodeAt(t.start + 1) === 47 || text.charCodeAt(t.start + 2) === 47) && (m = at(S.shortDate, text, t.start)) && validDayMonth(Number(m[1]), Number(m[2])) && SHORT_DATE_CUE.test(text.slice(Math.max(0, t.start - 16), t.start))) {
        push(out, span('DATE', m.index, m.index + m[0].length, 'pattern'));
      }
      if (text.charCodeAt(t.start + 3) === 45 && (m = at(S.ssn, text, t.start))) push(out, span('ID', m.index, m.index + m[0].length, 'pattern'));
      if ((m = at(S.address, text, t.start))) push(out, span('ADDRESS', m.index, m.index + m[0].length, 'pattern'));
      if (t.start >= numberUntil) {
        let s = t.start;
        const p1 = text[s - 1];
        if (p1 === '(' || p1 === '+') s--;
        if (text[s - 1] === '+') s--;
        m = at(S.numberGroup, text, s) ?? (s !== t.start ? at(S.numberGroup, text, t.start) : null);
        if (m) {
          let end = m.index + m[0].length;
          while (end > m.index && /[ .-]/.test(text[end - 1]!)) end--;
          numberUntil = end;
          push(out, classifyNumberGroup(text, m.index, end));
        }
      }
    } else if (t.f & C.UNIT) {
      if ((m = at(S.address, text, t.start)) || (m = at(S.unit, text, t.start))) push(out, span('ADDRESS', m.index, m.index + m[0].length, 'pattern'));
    }
    if (t.upper || (t.hasDigit && c0 >= 65 && c0 <= 90)) {
      // (a postcode's outward part and a road number hold a digit, so their token does; an NI number's letters
      // are their own token only when a space and a digit follow: "AB 12 34 56 C")
      const niShape = t.hasDigit || (t.end - t.start === 2 && text.charCodeAt(t.end) === 32 && isAsciiDigit(text.charCodeAt(t.end + 1)));
      if (t.hasDigit && (m = at(S.ukPostcode, text, t.start))) push(out, span('POSTCODE', m.index, m.index + m[0].length, 'pattern'));
      if (niShape && (m = at(S.ni, text, t.start))) push(out, span('ID', m.index, m.index + m[0].length, 'pattern'));
      if (t.hasDigit && (m = at(S.road, text, t.start))) push(out, span('PLACE', m.index, m.index + m[0].length, 'pattern'));
    }
    if (t.text.length <= 3 && (t.cap || t.upper || t.text === 'zip') && STATE_WORDS.has(t.text)) {
      if ((m = at(S.usZip, text, t.start))) push(out, span('POSTCODE', m.index, m.index + m[0].length, 'pattern'));
      if ((m = at(S.auPostcode, text, t.start))) push(out, span('POSTCODE', m.index, m.index + m[0].length, 'pattern'));
    }
    if (t.key === 'last' && (m = at(S.lastFour, text, t.start))) {
      const s = m.index + m[0].length - m[1]!.length;
      push(out, span('ID', s, s + 4, 'pattern'));
    }
    // (an identifier after a cue starts at the next token, or after "no.", "number", "ref", "last four" …: a
    // lower-case ordinary word there ends it before it starts — "the case worker", "in order to")
    if (t.f & C.ID_CUE && !plainWordNext(tokens[i + 1]) && (m = at(S.idCue, text, t.start))) idFromCue(text, m, out);
    // Codes that mix letters and digits: "DCFS-2023-118742", "B00419266", "7HKR4L2P9Q".
    if (t.hasDigit && !t.alpha) {
      const s = text.slice(t.start, t.baseEnd);
      if (!/[a-z]/.test(s) && !/^\d+$/.test(s) && /[A-Z]/.test(s) && digitsOf(s).length >= 4 && !/^(?:1[38]00|0[589]00|13\d\d)[A-Z]+$/.test(s)) {
        // "1800RESPECT", "0800CHILDLINE": a public helpline spelled in letters is not an identifier.
        push(out, span('ID', t.start, t.baseEnd, 'pattern'));
      }
    }
  }
  return out;
}

function idFromCue(text: string, m: RegExpExecArray, out: Span[]): void {
  const value = m[1]!;
  const vStart = m.index + m[0].length - value.length;
  // Keep the leading chunks that look like a code (upper case, digits, hyphens): "LPC-A 81234", "JT 48 29 61 B".
  let len = 0;
  let digits = 0;
  let lead = 0;
  for (const chunk of value.split(/(?<=[ ])/)) {
    const c = chunk.trimEnd();
    if (len === 0 && /^(?:ID|NO|REF|NUMBER|#)$/i.test(c)) {
      lead += chunk.length;
      continue;
    }
    if (!c || /[a-z]/.test(c) || !/^[A-Z0-9][A-Z0-9/-]*$/.test(c)) break;
    if (!/\d/.test(c) && c.length > 6) break;
    digits += digitsOf(c).length;
    len += chunk.length;
  }
  const idStart = vStart + lead;
  const idText = value.slice(lead, lead + len).trimEnd();
  if (digits >= 3 && idText && !/^(?:19|20)\d\d$/.test(idText)) push(out, span('ID', idStart, idStart + idText.length, 'pattern'));
}

// One pass over the text: word tokens with their offsets and the features the recognisers need.
import { fold, isLowerLetter, isUpperLetter } from './fold.js';

export interface Token {
  start: number;
  /** End of the whole token, including a possessive 's. */
  end: number;
  /** End without a possessive 's ("Tom's" → end of "Tom"). */
  baseEnd: number;
  text: string;
  /** The token without a possessive, folded. */
  key: string;
  /** First letter upper case, and not all upper case (or a single letter). */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym or a shouted name). */
  upper: boolean;
  lower: boolean;
  hasDigit: boolean;
  /** Only letters (and inner apostrophes/hyphens). */
  alpha: boolean;
  /** Starts a sentence, a line, a list item or a quoted utterance. */
  sentStart: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+|\.(?=[\p{L}]\.)[\p{L}])*/gu;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let prevEnd = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    let baseEnd = end;
    if (raw.length > 2) {
      const q = raw.charCodeAt(raw.length - 2);
      const l = raw.charCodeAt(raw.length - 1);
      if ((q === 39 || q === 8217) && (l === 115 || l === 83)) baseEnd = end - 2;
    }
    const base = baseEnd === end ? raw : text.slice(start, baseEnd);
    const f0 = base.charCodeAt(0);
    const first = base[0] ?? '';
    let letters = 0;
    let uppers = 0;
    let lowers = 0;
    let hasDigit = false;
    for (let j = 0; j < base.length; j++) {
      const c = base.charCodeAt(j);
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          letters++;
          lowers++;
        } else if (c >= 65 && c <= 90) {
          letters++;
          uppers++;
        } else if (c >= 48 && c <= 57) hasDigit = true;
        continue;
      }
      const ch = base[j]!;
      if (LETTER.test(ch)) {
        letters++;
        if (isUpperLetter(ch)) uppers++;
        else if (isLowerLetter(ch)) lowers++;
      } else if (DIGIT.test(ch)) hasDigit = true;
    }
    const upper = letters >= 2 && uppers === letters;
    const cap = (f0 >= 65 && f0 <= 90 ? true : f0 < 128 ? false : isUpperLetter(first)) && (!upper || letters === 1);
    const gap = text.slice(prevEnd, start);
    out.push({
      start,
      end,
      baseEnd,
      text: base,
      key: fold(base),
      cap,
      upper,
      lower: letters > 0 && lowers === letters,
      hasDigit,
      alpha: letters > 0 && !hasDigit,
      sentStart: isSentenceStart(text, start, out.length === 0),
      gap,
    });
    prevEnd = end;
  }
  return out;
}

function isSentenceStart(text: string, start: number, first: boolean): boolean {
  let i = start - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[' || ch === '*' || ch === '_') {
      i--;
      continue;
    }
    if (ch === '\n' || ch === '\r') return true;
    if (ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === '•' || ch === '–' || ch === '—' || ch === '-' || ch === '>' || ch === '|') {
      // "St. Luke's", "Dr. Patel", "Mrs. Johnson": the full stop of an abbreviated title does not end a sentence.
      if (ch === '.') {
        const w = /(?:^|[^\p{L}'’])([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, i - 7), i + 1));
        if (w && /^(?:mr|mrs|ms|dr|st|sgt|prof|rev|fr|jr|sr|no|vs|etc|lt|capt|det|mt|ft|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(w[1]!)) return false;
        if (w && w[1]!.length === 1) return false;
      }
      return true;
    }
    return false;
  }
  return first;
}

// Known identifiers and postcodes found in a note however they are spaced ("AB 12 34 56 C", "ab123456c",
// "943-476-5919"; "LS6 2AB", "ls62ab"). Each case brings its own identifiers, so a compiled regex per
// identifier was compiled once per note in a batch of different cases (15 % of a 10,000-note run); this
// scanner does the same matching without compiling anything.
import { isSpace } from './chars.js';

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII letters to lower case; anything else as it is (case-insensitive matching of a non-Unicode regex never maps other characters to ASCII). */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * Where `chars` (ASCII letters and digits) occur in `text` as a whole alphanumeric run, in any letter case,
 * left to right and not overlapping, as [start, end, start, end, ...]. Between two neighbouring characters one
 * separator may stand: with `split` = 'all', one of whitespace . / - between any two (an identifier); with a
 * number, only whitespace and only before chars[split] (a postcode: outward code, inward code). The same
 * matches as the global, case-insensitive regex
 * `(?<![A-Za-z0-9])c1[\s./-]?c2…cn(?![A-Za-z0-9])` (or `…out\s?in…`).
 */
export function findLoose(text: string, chars: string, split: number | 'all'): number[] {
  const out: number[] = [];
  const n = chars.length;
  const len = text.length;
  if (n === 0) return out;
  // Candidate starts are found with indexOf on the first character in each letter case (for a digit both are the
  // same); lowerAscii maps only A-Z, so no other character of the text can compare equal to it.
  const first = lowerAscii(chars.charCodeAt(0));
  const lo = String.fromCharCode(first);
  const up = first >= 97 && first <= 122 ? String.fromCharCode(first - 32) : lo;
  let nextLo = text.indexOf(lo);
  let nextUp = up === lo ? nextLo : text.indexOf(up);
  for (;;) {
    let p: number;
    if (nextLo < 0) {
      if (nextUp < 0) break;
      p = nextUp;
    } else p = nextUp < 0 || nextLo < nextUp ? nextLo : nextUp;
    let from = p + 1;
    if (p === 0 || !isAsciiAlnum(text.charCodeAt(p - 1))) {
      const end = matchFrom(text, p + 1, chars, split);
      if (end >= 0 && (end >= len || !isAsciiAlnum(text.charCodeAt(end)))) {
        out.push(p, end);
        from = end;
      }
    }
    if (nextLo >= 0 && nextLo < from) nextLo = text.indexOf(lo, from);
    if (up === lo) nextUp = nextLo;
    else if (nextUp >= 0 && nextUp < from) nextUp = text.indexOf(up, from);
  }
  return out;
}

/** The end of chars[1..] matched from `j`, or -1. (A separator is never a letter or digit, so at each step at most one way can match.) */
function matchFrom(text: string, j: number, chars: string, split: number | 'all'): number {
  const len = text.length;
  for (let i = 1; i < chars.length; i++) {
    if (j >= len) return -1;
    const c = text.charCodeAt(j);
    if (split === 'all' ? isSpace(c) || c === 46 || c === 47 || c === 45 : i === split && isSpace(c)) {
      j++;
      if (j >= len) return -1;
    }
    if (lowerAscii(text.charCodeAt(j)) !== lowerAscii(chars.charCodeAt(i))) return -1;
    j++;
  }
  return j;
}

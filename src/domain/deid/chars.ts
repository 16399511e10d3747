// Character tests shared by the recognisers, on UTF-16 code units, each the exact equivalent of the regex it replaces.

/**
 * The code unit at i, or -1 past either end. (String.prototype.charCodeAt gives NaN there, and the optimising compiler,
 * which assumes an index inside the string, throws the whole function's code away the first time it is not.)
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** c is a code unit of the regex class `\s` (white space and line terminators, as in ECMAScript). NaN (past the end) is not. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /^[A-Z](?:\.[A-Z])+$/.test(s): dotted initials ("J.M", "T.B.C"). */
export function isDottedInitials(s: string): boolean {
  const n = s.length;
  if (n < 3 || (n & 1) === 0) return false;
  for (let j = 0; j < n; j += 2) {
    const c = s.charCodeAt(j);
    if (c < 65 || c > 90) return false;
    if (j + 1 < n && s.charCodeAt(j + 1) !== 46) return false;
  }
  return true;
}

/** An ASCII lower-case letter a-z. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Where the run of ASCII digits starting at `i` ends (`i` itself when there is none). */
export function digitsEnd(text: string, i: number): number {
  while (isAsciiDigit(codeAt(text, i))) i++;
  return i;
}

/**
 * Whether the word is two or more ASCII capitals and a plural's "s" or a coordinator's "Co": an acronym with an
 * ending ("GPs", "CAMHs", "SENCo", "ALNCo"), no name (not initials with "Mc", "CMcA", nor "UCLan", "UMass").
 */
export function acronymWithEnding(s: string): boolean {
  const n = s.length;
  let caps = 0;
  while (caps < n && s.charCodeAt(caps) >= 65 && s.charCodeAt(caps) <= 90) caps++;
  if (caps < 2 || caps !== n - 1) return false;
  const last = s.charCodeAt(n - 1);
  // ("GPs": an "s" after two capitals or more; "SENCo": an "o" after a "C" ending three or more)
  return last === 115 || (last === 111 && caps >= 3 && s.charCodeAt(n - 2) === 67);
}

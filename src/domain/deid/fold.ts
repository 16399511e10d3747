// Case- and accent-insensitive keys for gazetteer look-ups ("Siobhán" → "siobhan").

const MARKS = /\p{M}+/gu;

export function fold(s: string): string {
  let upper = false;
  let quote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 8217) quote = true; // ’ (as in "didn’t"): nothing to normalise, only to replace
    else if (c > 127) return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
    else if (c >= 65 && c <= 90) upper = true;
  }
  const lower = upper ? s.toLowerCase() : s;
  return quote ? lower.replace(/’/g, "'") : lower;
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
let prev = new Int32Array(64);
let cur = new Int32Array(64);

export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (prev.length <= b.length) {
    prev = new Int32Array(b.length + 1);
    cur = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]! <= max;
}

/**
 * As withinEdits(a, b, 1) (Levenshtein distance at most 1, by UTF-16 code units) in one pass instead of the
 * table: skip the common prefix, then the rest must be equal after one substitution (same length) or after
 * dropping one code unit from the longer.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const na = a.length;
  const nb = b.length;
  if (na - nb > 1 || nb - na > 1) return false;
  let i = 0;
  while (i < na && i < nb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === na || i === nb) return true;
  // a[i] and b[i] differ: substitute (same lengths) or skip a[i] (a longer) or b[i] (b longer)
  let ia = na >= nb ? i + 1 : i;
  let ib = nb >= na ? i + 1 : i;
  while (ia < na) {
    if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
    ia++;
    ib++;
  }
  return true;
}

// Sentence splitting with UTF-16 offsets into the original text. Notes are informal: we split on
// sentence punctuation followed by a space, and on line breaks (bullets, "SI: denied" lines), but
// not after common abbreviations ("Mr", "Dr", "e.g.") or inside numbers ("4.5").

export interface Sentence { readonly start: number; readonly end: number }

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'approx', 'no', 'prof', 'cf', 'inc', 'dept', 'ref']);

/** Splits `text` into sentences; every character outside a sentence is whitespace or punctuation. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]+["'’”)\]]*(?=\s)|\r?\n|\u2028|\u2029/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 8 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (!ABBREVIATIONS.has(word)) return false;
  // "no." only when a number follows ("No. 4"); "No." ending a sentence ("Suicidal thoughts? No.") splits.
  return word !== 'no' || /^\.\s*\d/.test(text.slice(dot, dot + 4));
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

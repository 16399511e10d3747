// Notes dictated to voice-recognition software often keep the punctuation and the numbers as words: "student is
// mia de souza comma aged seventeen full stop new paragraph mobile oh four one nine two two seven three zero eight".
// The rules read punctuation (a list's commas, a sentence's end, a line's start) and digits (phones, identifiers,
// dates, ages), so such a note is redacted in its written form — the spoken marks replaced by the marks, the
// spoken numbers by digits, a spoken email address by the address — and every span found is mapped back to the words
// of the note as dictated.

/** A dictated note in its written form, and for each code unit of it where it comes from in the note. */
export interface Written {
  text: string;
  /** starts[i]: where the dictated words that code unit i of the written text stands for begin. */
  starts: Int32Array;
  /** ends[i]: where they end (exclusive). */
  ends: Int32Array;
}

/** The spoken marks: " full stop", " comma", " new paragraph" … with the space before them (and a "period" in US notes). */
const SPOKEN = /[ \t]+(full stop|comma|colon|semicolon|question mark|exclamation mark|new paragraph|new line|next paragraph|period)(?![\p{L}\p{N}'’-])/gu;
const WRITTEN: Record<string, string> = {
  'full stop': '.',
  period: '.',
  comma: ',',
  colon: ':',
  semicolon: ';',
  'question mark': '?',
  'exclamation mark': '!',
  'new paragraph': '\n\n',
  'next paragraph': '\n\n',
  'new line': '\n',
};
/** Marks only a dictated note uses, one of which must appear before any is replaced ("the comma splice" is no mark). */
const DICTATION_CUE = /[ \t](?:full stop|new paragraph|next paragraph|new line)(?![\p{L}\p{N}])/u;

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DIGITS: Record<string, number> = { zero: 0, oh: 0, ...UNITS };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const TEEN_ORDINALS: Record<string, number> = { tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30 };
/** A run of number words, one space apart ("oh four one nine", "nineteen fifty eight", "twenty first"). */
const NUMBER_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${numberWords()})(?: (?:${numberWords()}))*(?![\\p{L}\\p{N}'’-])`, 'gu');
function numberWords(): string {
  return [...Object.keys(DIGITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(UNIT_ORDINALS), ...Object.keys(TEEN_ORDINALS), 'hundred', 'thousand', 'double', 'triple', 'and'].join('|');
}
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words before a lone small number that make it an age: "aged five", "is six". */
const AGE_BEFORE = new Set(['aged', 'age', 'is', 'was', 'turned', 'turns', 'turning', 'now']);
/** Words after a lone small number that make it a count of time or an age: "five years old", "two weeks". */
const UNIT_AFTER = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** An email address spoken: "mia dot desouza at mackillop dot edu dot au" (the local part, the domain). */
const SPOKEN_EMAIL = /(?<![\p{L}\p{N}])([a-z0-9]+(?: (?:dot|underscore) [a-z0-9]+)*) at ([a-z0-9-]+(?: dot [a-z0-9-]+)*? dot (?:com|org|net|edu|gov|au|uk|nz|ca|us|io|co)(?: dot (?:au|uk|nz|ca|us))?)(?![\p{L}\p{N}])/gu;

/** Whether `pos` lies inside one of the replacements. */
function insideAny(reps: readonly Replacement[], pos: number): boolean {
  for (let i = 0; i < reps.length; i++) if (reps[i]!.start <= pos && pos < reps[i]!.end) return true;
  return false;
}

/** A stretch of the dictated note [start, end) and what it is written as. */
interface Replacement {
  start: number;
  end: number;
  written: string;
}

/**
 * The written form of a dictated note (undefined when the note is not dictated: no "full stop", "new paragraph"
 * or "new line" in it, or fewer than three spoken marks in all). A mark's written form takes the place of the
 * space before it and the words (after a new paragraph or line, of the spaces after it too); a run of number
 * words that of digits.
 */
export function writtenForm(text: string): Written | undefined {
  if (text.length < 20 || !DICTATION_CUE.test(text)) return undefined;
  const reps: Replacement[] = [];
  SPOKEN.lastIndex = 0;
  for (let m = SPOKEN.exec(text); m; m = SPOKEN.exec(text)) {
    const written = WRITTEN[m[1]!]!;
    let end = m.index + m[0].length;
    // ("… full stop new paragraph she said": the space after a line break is dropped)
    if (written.endsWith('\n')) while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    reps.push({ start: m.index, end, written });
  }
  if (reps.length < 3) return undefined;
  // ("mia dot desouza at mackillop dot edu dot au": an email address spoken, before the numbers: its words are none)
  SPOKEN_EMAIL.lastIndex = 0;
  for (let m = SPOKEN_EMAIL.exec(text); m; m = SPOKEN_EMAIL.exec(text)) {
    reps.push({ start: m.index, end: m.index + m[0].length, written: `${m[1]!.replace(/ dot /g, '.').replace(/ underscore /g, '_')}@${m[2]!.replace(/ dot /g, '.')}` });
  }
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(text); m; m = NUMBER_RUN.exec(text)) {
    if (!insideAny(reps, m.index)) numberReplacements(text, m.index, m[0], reps);
  }
  reps.sort((a, b) => a.start - b.start);
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (const r of reps) {
    if (r.start < pos) continue; // (overlaps none in practice: a mark's words are no number's)
    for (let i = pos; i < r.start; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    out += text.slice(pos, r.start) + r.written;
    for (let i = 0; i < r.written.length; i++) {
      starts.push(r.start);
      ends.push(r.end);
    }
    pos = r.end;
  }
  for (let i = pos; i < text.length; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  out += text.slice(pos);
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The span [start, end) of the written form as a span of the dictated note. */
export function dictatedRange(w: Written, start: number, end: number): [number, number] {
  if (end <= start) return [w.starts[start] ?? w.starts.length, w.starts[start] ?? w.starts.length];
  return [w.starts[start]!, w.ends[end - 1]!];
}

/**
 * The numbers of a run of number words at `at`, as replacements: three digits or more spoken one by one are one
 * number ("oh four one nine two two seven three zero eight" → "0419227308", "double five" → "55"); a year
 * ("nineteen fifty eight" → "1958", "twenty twenty three", "two thousand and five"); a number up to 999 or an
 * ordinal ("twenty seven" → "27", "twenty first" → "21st", "one hundred sixteenth" → "116th"). A lone one to nine is
 * left in words unless an age's or a unit's word is beside it ("aged five", "two weeks"), a lone "first" … "ninth"
 * unless "of" and a month follow or a month comes before.
 */
function numberReplacements(text: string, at: number, run: string, reps: Replacement[]): void {
  const words: string[] = [];
  const wordStarts: number[] = [];
  let p = 0;
  for (const w of run.split(' ')) {
    words.push(w);
    wordStarts.push(at + p);
    p += w.length + 1;
  }
  const emit = (i: number, j: number, written: string) => reps.push({ start: wordStarts[i]!, end: wordStarts[j]! + words[j]!.length, written });
  // ("phone log dictated six twelve twenty four": three numbers alone, a month, a day and a year, are a date)
  const date = spokenDate(words);
  if (date) {
    emit(0, words.length - 1, date);
    return;
  }
  let i = 0;
  while (i < words.length) {
    // digits one by one
    let j = i;
    let digits = '';
    while (j < words.length) {
      const d = DIGITS[words[j]!];
      if (d !== undefined) {
        digits += d;
        j++;
      } else if ((words[j] === 'double' || words[j] === 'triple') && DIGITS[words[j + 1] ?? ''] !== undefined) {
        digits += String(DIGITS[words[j + 1]!]).repeat(words[j] === 'double' ? 2 : 3);
        j += 2;
      } else break;
    }
    if (digits.length >= 3 && j - i >= 3) {
      emit(i, j - 1, digits);
      i = j;
      continue;
    }
    const year = yearAt(words, i);
    if (year) {
      emit(i, year[1] - 1, String(year[0]));
      i = year[1];
      continue;
    }
    const n = numberAt(words, i);
    if (n) {
      const [value, next, ordinal] = n;
      const lone = next === i + 1 && value < 10;
      const prev = wordBefore(text, wordStarts[i]!);
      const after = wordAfter(text, wordStarts[next - 1]! + words[next - 1]!.length);
      const keep = lone && (ordinal ? !(MONTHS.has(prev) || (after === 'of' && MONTHS.has(wordAfter(text, wordStarts[i]! + words[i]!.length + 3)))) : !(AGE_BEFORE.has(prev) || UNIT_AFTER.has(after)));
      if (!keep) emit(i, next - 1, ordinal ? ordinalOf(value) : String(value));
      i = next;
      continue;
    }
    i++;
  }
}

/**
 * A run that is exactly a month, a day and a year in numbers ("six twelve twenty four" → "6/12/24", "eleven three
 * two thousand and nine"), written with slashes in the order spoken; undefined otherwise.
 */
function spokenDate(words: readonly string[]): string | undefined {
  const a = numberAt(words, 0);
  if (!a || a[2] || a[0] < 1 || a[0] > 12 || a[1] !== 1) return undefined;
  const b = numberAt(words, a[1]);
  if (!b || b[2] || b[0] < 1 || b[0] > 31) return undefined;
  const year = yearAt(words, b[1]);
  if (year && year[1] === words.length) return `${a[0]}/${b[0]}/${year[0]}`;
  const c = numberAt(words, b[1]);
  if (c && !c[2] && c[1] === words.length && c[0] >= 10 && c[0] <= 99 && c[1] - b[1] <= 2) return `${a[0]}/${b[0]}/${c[0]}`;
  return undefined;
}

/** A year at words[i]: [value, index after it], or undefined. */
function yearAt(words: readonly string[], i: number): [number, number] | undefined {
  const a = words[i]!;
  if (a === 'two' && words[i + 1] === 'thousand') {
    let j = i + 2;
    if (words[j] === 'and') j++;
    const rest = words[j] !== undefined ? numberAt(words, j) : undefined;
    if (rest && !rest[2] && rest[0] < 100) return [2000 + rest[0], rest[1]];
    return [2000, i + 2];
  }
  const century = a === 'nineteen' ? 19 : a === 'twenty' ? 20 : 0;
  if (!century) return undefined;
  const b = words[i + 1];
  if (b === undefined) return undefined;
  if (b === 'oh' && UNITS[words[i + 2] ?? ''] !== undefined) return [century * 100 + UNITS[words[i + 2]!]!, i + 3];
  if (TEENS[b] !== undefined) return [century * 100 + TEENS[b]!, i + 2];
  if (TENS[b] !== undefined) {
    const u = UNITS[words[i + 2] ?? ''];
    return u !== undefined ? [century * 100 + TENS[b]! + u, i + 3] : [century * 100 + TENS[b]!, i + 2];
  }
  return undefined;
}

/** A number up to 999 or an ordinal at words[i]: [value, index after it, ordinal?], or undefined. */
function numberAt(words: readonly string[], i: number): [number, number, boolean] | undefined {
  const a = words[i]!;
  if (UNITS[a] !== undefined && words[i + 1] === 'hundred') {
    let j = i + 2;
    if (words[j] === 'and') j++;
    const rest = words[j] !== undefined ? numberAt(words, j) : undefined;
    if (rest && rest[0] < 100) return [UNITS[a]! * 100 + rest[0], rest[1], rest[2]];
    return [UNITS[a]! * 100, i + 2, false];
  }
  if (TENS[a] !== undefined) {
    const b = words[i + 1] ?? '';
    if (UNITS[b] !== undefined) return [TENS[a]! + UNITS[b]!, i + 2, false];
    if (UNIT_ORDINALS[b] !== undefined) return [TENS[a]! + UNIT_ORDINALS[b]!, i + 2, true];
    return [TENS[a]!, i + 1, false];
  }
  if (TEENS[a] !== undefined) return [TEENS[a]!, i + 1, false];
  if (TEEN_ORDINALS[a] !== undefined) return [TEEN_ORDINALS[a]!, i + 1, true];
  if (UNITS[a] !== undefined) return [UNITS[a]!, i + 1, false];
  if (UNIT_ORDINALS[a] !== undefined) return [UNIT_ORDINALS[a]!, i + 1, true];
  return undefined;
}

function ordinalOf(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** The word just before `pos` (after one space), in lower case, or "". */
function wordBefore(text: string, pos: number): string {
  if (text.charCodeAt(pos - 1) !== 32) return '';
  let s = pos - 1;
  while (s > 0 && /[\p{L}]/u.test(text[s - 1]!)) s--;
  return text.slice(s, pos - 1).toLowerCase();
}

/** The word just after `pos` (after one space), in lower case, or "". */
function wordAfter(text: string, pos: number): string {
  if (text.charCodeAt(pos) !== 32) return '';
  let e = pos + 1;
  while (e < text.length && /[\p{L}]/u.test(text[e]!)) e++;
  return text.slice(pos + 1, e).toLowerCase();
}

// Exact ages of particular people: "7-year-old", "aged 93", "(27)", "Lachlan, 6,", "10th birthday".
import { span, type Span } from './span.js';
import { codeAt, digitsEnd, isAsciiLower, isSpace } from './chars.js';

const YEAR_OLD = /(?<![\p{L}\p{N}.,])(\d{1,3})(?=\s?-?\s?(?:year|yr)s?\s?-?\s?old\b|\s?(?:y\/o|yo\b|y\.o\.))/gu;
// ("Age at assessment: 9", "Age: approx. 27")
const AGED = /\b(?:aged?|Age)(?:\s(?:at|on)\s[\p{L} ]{1,24}?)?\s?:?\s{1,2}(?:(?:approx\.?|approximately|about|around|c\.|~)\s?)?(\d{1,3})(?![\p{N}.,]\d|\s?(?:-|to|–)\s?\d|\s?(?:months?|weeks?|days?|mos?)\b)/gu;
const BIRTHDAY = /\b(\d{1,3})(?:st|nd|rd|th)(?=\s+(?:birthday|bday|b-day|b'day)\b)/g;
// "his 16th is on the 9th of June", "her 19th on 2 Dec", "for my 18th.": a possessive, then an ordinal standing alone
// (a birthday: not "her 2nd session", "his 3rd attempt", where a noun follows)
const S_POSSESSIVE_ORDINAL = /(?<=\b(?:his|her|their|my|your|our)\s)\d{1,3}(?:st|nd|rd|th)(?=\s(?:is|was|on|party|next|last|this|coming|tomorrow|today|yesterday|at|in)\b|\s?[,.;!?)]|\s*$)/y;
// "(7)", "(aged 6)", "(26yrs)", "(5 months)", "(turned 4 last week)", "(both 41)"
// ("(29 M)", "(31 F)": an age and a sex)
// ("(M, 29)", "(F, 8)": a sex and an age; "(yp, 15)", "(care leaver, 19)", "(bf, 17)": up to three lower-case
// words, a role, and an age; "(18 mo)": months; "(Yr 5, 10)", "(Little, 11)": a school year or one capitalised word
// first; "(19 F, 1st yr …)": the sex after the age)
const PAREN = /\(\s?(?:(?:aged?|turned|turns|now|both)\s|[MF],\s?|(?:YP|Pt|Client|Patient|Student|Pupil|Learner|Mentee),\s?|Y\.P\.\s|(?:[a-z][a-z'’-]*\s){0,2}[a-z][a-z'’-]*,\s?|[a-z]{2,4}\/[a-z]{2,5},\s?|(?:Y|Yr|Year)\s?\d{1,2},\s?|[A-Z][a-z'’-]+,\s?)?(\d{1,3})(?=\s?(?:[,;)]|y(?:rs?|ears?)?\b|\s?y\/o|\s?(?:months?|mths?|mos?|weeks?|wks?)\b|[MF]\)|[MF](?=[,;]))|(?<=(?:turned|turns)\s\d{1,3})\s)/g;
// "Lachlan, 6, and", "Jack Tremayne, 16 (Year 11)", "DOB 11/09/05, 18."
// ("Oksana Melnyk, 44   NI no: …": or a gap of spaces before the next field on the line)
// ("Pt: Royal Jenkins, 67 M, MRN …": or a sex letter after the age)
// ("Client: Siosaia Havili ("Saia"), 52 | Counsellor: …": or a bar between fields)
const LIST = /,\s(\d{1,3})(?=\s?(?:,|\)|\sand\b|;)|\s\(|\.(?:\s|$)|[ \t]*(?:\r?\n|$)|[ \t]{3,}\S|\s[MF](?:[,;)]|\s|$)|\s\|\s)/g;
const IS_AGE = /(?<!\(\s?)\b(?:is|['’]s|['’]m|turned|turns|turning|to be|now|just|nearly|almost)\s(\d{1,2})(?=[,.;)]|\s(?:and|but|with|years|yrs|this|last|next|in|so|when|at|turning|going|herself|himself|themselves|themself|now|already|too|though|because|or|yesterday|today|tomorrow|recently|soon)\b|\s\((?:\d|turning|turns|nearly|almost|bday|birthday|b-day)|\son\s(?:the\s)?[\dA-Z])(?![,.]\d)/g;
// IS_AGE tried only at digit runs: the keyword and its space as a look-behind (group 1), the digits as group 2.
// Same matches as the global scan of IS_AGE (fuzzed in ages.test.ts); the keyword starts 1 + its length before the digits.
const S_IS_AGE = /(?<=(?<!\(\s?)\b(is|['’]s|['’]m|turned|turns|turning|to be|now|just|nearly|almost)\s)(\d{1,2})(?=[,.;)]|\s(?:and|but|with|years|yrs|this|last|next|in|so|when|at|turning|going|herself|himself|themselves|themself|now|already|too|though|because|or|yesterday|today|tomorrow|recently|soon)\b|\s\((?:\d|turning|turns|nearly|almost|bday|birthday|b-day)|\son\s(?:the\s)?[\dA-Z])(?![,.]\d)/y;
const RELATION_BEFORE = /\b(?:youngest|eldest|oldest|son|daughter|child|brother|sister|gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa|grandfather|aunt|aunty|auntie|uncle|stepdad|stepmum|stepmom|stepson|stepdaughter|boy|girl|baby|grandson|granddaughter|nephew|niece|cousin|toddler|infant|twins?|kids?|children|mum|mother|dad|father|husband|wife|partner|man|woman|male|female|person|client|patient|learner|student|pupil|youth|mentee|boyfriend|girlfriend|fianc[ée]e?|adolescent|teen|teenager|youngster)\s$/i;

// "he's 17 now", "she is 16, …", "when she was 5)", "he turns 16 in June", "hes 14 now": an age after a pronoun (which stands for a
// person); not a future one, "covered till she's 21" (a past one is: "she basically raised him till he was 6")
const S_PRONOUN_AGE = /(?<=(?:(?<!\b(?:till|until|before|by|unless)\s)\b(?:[Hh]e|[Ss]he)(?:['’]?s|\sis|\sturns|\swill\sbe)|\b(?:[Hh]e|[Ss]he)(?:\swas|\sturned|\sjust\sturned))(?:\s(?:now|nearly|almost|only|just))?\s)(\d{1,2})(?=[,.;)]|\s(?:now|and|but|with|years?|yrs?|this|last|next|in|so|when|at|on|today|soon|tomorrow|y\/o|yo)\b|\s?$)(?![,.]\d)/y;
// "(son, 62)", "(daughter, 9)": a relation and an age in brackets
const REL_PAREN = /\((?:son|daughter|brother|sister|father|mother|dad|mum|mom|husband|wife|partner|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter)(?:-in-law)?,\s?(\d{1,3})\)/y;
// "two kids (6 and 9)", "children (4, 7 and 11)": ages listed in brackets after a word for children
const AGE_LIST_PAREN = /\((\d{1,2})(?:,\s?(\d{1,2}))?,?\s(?:and|&)\s(\d{1,2})\)/y;
const KIDS_BEFORE = /\b(?:kids|children|sons|daughters|boys|girls|twins|siblings|grandchildren|grandkids|brothers|sisters)\s$/i;
// "diagnosed with schizophrenia at 21", "retiring at 75": a life event, then "at" and an age (not "left school at
// 16", which annotators read as a school-leaving age rather than a person's age)
const S_AT_AGE = /(?<=\sat\s)(\d{1,2})(?=[,.;)]|\s(?:and|but|with|after|before|when|in|from|because)\b|\s?$)/y;
const LIFE_EVENT_BEFORE = /\b(?:old|young|diagnosed|retired|retiring|married|widowed|pregnant|died|emigrated|arrived|came\sto|moved\sto|started\s(?:school|work|drinking|using|smoking)|dropped\sout|excluded|expelled|adopted|fostered|orphaned)\b[^.\n]{0,40}$/i;

const sticky = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', '') + 'y');
const S_YEAR_OLD = sticky(YEAR_OLD);
const S_AGED = sticky(AGED);
const S_BIRTHDAY = sticky(BIRTHDAY);
/**
 * Whether the text holds "birthday", "bday", "b-day" or "b'day", /b(?:irth|-|')?day/.test(text): from each "day"
 * (a native search; "today", "Monday", "days" are looked at and passed over), cheaper than the regex's scan.
 */
function hasBirthdayWord(text: string): boolean {
  for (let i = text.indexOf('day'); i >= 0; i = text.indexOf('day', i + 3)) {
    const c = codeAt(text, i - 1);
    if (c === 98 || ((c === 45 || c === 39) && codeAt(text, i - 2) === 98) || (c === 104 && text.startsWith('birt', i - 5))) return true;
  }
  return false;
}
const S_PAREN = sticky(PAREN);
const S_LIST = sticky(LIST);

/** The matches a global scan would find, trying the sticky `re` only at the candidate `starts` (ascending). */
function matchesAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
  }
  return out;
}

const DIGIT = /\d/g;

/**
 * Where runs of ASCII digits start (every pattern here that starts with \d must start there or after a digit, which its look-behind or \b forbids).
 * (the first digit of each run found by the native scan of /\d/g, whose `test` makes no match array, and the rest
 * of the run skipped here: a loop over every character of the note costs more, and /\d+/g's exec made an array
 * per run)
 */
function digitRunStarts(text: string): number[] {
  const out: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const s = DIGIT.lastIndex - 1;
    out.push(s);
    DIGIT.lastIndex = digitsEnd(text, s + 1);
  }
  return out;
}

const ADVERB_BEFORE_AGE = /\b(?:now|nearly|only|almost|just) $/;

function isDash(c: number): boolean {
  return c === 8211 || c === 8212 || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether YEAR_OLD can match at the digit run at `p`: at most three digits, then up to three white-space
 * characters or hyphens and a "y" ("7-year-old", "45 yo", "6 y/o"). A necessary condition only.
 */
function digitsThenY(text: string, p: number): boolean {
  let q = digitsEnd(text, p);
  if (q - p > 3) return false;
  const lim = Math.min(q + 3, text.length);
  while (q < lim && (isSpace(text.charCodeAt(q)) || text.charCodeAt(q) === 45)) q++;
  return q < text.length && text.charCodeAt(q) === 121;
}

/** "is 7," / "turned 12 and": [keyword start, digits start, digits] per match, as `text.matchAll(IS_AGE)` finds them. */
export function isAgeMatches(text: string, digitRuns: readonly number[] = digitRunStarts(text)): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    // (the keyword is followed by one white-space character: "is 7")
    if (p < 3 || !isSpace(text.charCodeAt(p - 1))) continue;
    // (and the keyword's last letter before it: is, 's, turns — s; turned — d; to be — e; now — w; just, almost —
    // t; nearly — y; turning — g; 'm — m)
    const c = text.charCodeAt(p - 2);
    if (c !== 115 && c !== 100 && c !== 101 && c !== 119 && c !== 116 && c !== 121 && c !== 103 && c !== 109) continue;
    S_IS_AGE.lastIndex = p;
    const m = S_IS_AGE.exec(text);
    if (m) out.push([p - 1 - m[1]!.length, p, m[2]!]);
  }
  return out;
}

/** The reference: the global scan the anchored form replaces (kept for the property test). */
export function isAgeMatchesByScan(text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const m of text.matchAll(IS_AGE)) out.push([m.index, m.index + m[0].length - m[1]!.length, m[1]!]);
  return out;
}

function positionsOf(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/**
 * positionsOf, only where a word starts (no ASCII letter, digit or underscore before: the \b that AGED starts
 * with). ("manage", "message", "stage": most "age" in a note are inside a word, where the regex cannot match.)
 */
function wordStartsOf(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (!isWordChar(codeAt(text, i - 1)) && agedShape(text, i)) out.push(i);
  return out;
}

/**
 * Whether AGED can match at the "age" or "Age" at `i`: after "age", "aged" or "Age" comes white space or ":" (not
 * "agency", "agenda", "ages"), and a digit within the 70 code units its optional parts can take ("age at first
 * contact approximately 14": 24 letters of the u-flag pattern may be astral, two code units each). A necessary
 * condition only.
 */
function agedShape(text: string, i: number): boolean {
  let e = i + 3;
  if (text.charCodeAt(i) === 97 && codeAt(text, e) === 100) e++; // "aged" ("Age" has no "d" in AGED)
  const c = codeAt(text, e);
  if (c !== 58 && !isSpace(c)) return false;
  const to = Math.min(text.length, e + 71);
  for (let p = e + 1; p < to; p++) if (isDigit(text.charCodeAt(p))) return true;
  return false;
}

/** \w (ASCII, as with the u flag and no i flag). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function merge(a: readonly number[], b: readonly number[]): number[] {
  return b.length ? [...a, ...b].sort((x, y) => x - y) : (a as number[]);
}

function inRange(n: number): boolean {
  return n >= 0 && n <= 125;
}

/** `anchors` are PERSON, DATE and ID spans: an age is marked when it stands next to one of them. */
export function recogniseAges(text: string, anchors: readonly Span[]): Span[] {
  const out: Span[] = [];
  // Every pattern below needs a digit; most need a word that a plain substring search rules out quickly.
  const digitRuns = digitRunStarts(text);
  if (digitRuns.length === 0) return out;
  // (anchor ends are looked up by bisection in endsAnchor: no Set is built per note, and a long text with a
  // hundred thousand names is not scanned once per candidate age)
  const personEnds: number[] = [];
  const anchorEnds: number[] = [];
  let ascending = true;
  let anchorsAscending = true;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    if (anchorEnds.length && a.end < anchorEnds[anchorEnds.length - 1]!) anchorsAscending = false;
    anchorEnds.push(a.end);
    if (a.type === 'PERSON') {
      if (personEnds.length && a.end < personEnds[personEnds.length - 1]!) ascending = false;
      personEnds.push(a.end);
    }
  }
  // (usually in order already: sorted only when not, the same ascending array either way)
  if (!ascending) sortAscending(personEnds);
  if (!anchorsAscending) sortAscending(anchorEnds);

  // Each pattern is tried only where it can start (a digit run, "age"/"Age", "(", ","): the same matches as a
  // global scan, without running the regex at every position of the text.
  // (one small function per pattern: the optimising compiler handles them far faster than one large one)
  // (a pattern with no place to start finds nothing: the positions are found once, not searched for twice)
  yearOldAges(text, digitRuns, out);
  agedAges(text, out);
  if (hasBirthdayWord(text)) birthdayAges(text, digitRuns, out);
  possessiveOrdinalAges(text, digitRuns, out);
  // (where the brackets open, found once for the two patterns that start there)
  const opens = positionsOf(text, '(');
  parenthesisedAges(text, opens, anchorEnds, out);
  listedAges(text, anchorEnds, out);
  isAges(text, digitRuns, personEnds, out);
  if (personEnds.length) namedAges(text, digitRuns, personEnds, out);
  if (personEnds.length && text.includes('then ')) thenAges(text, personEnds, out);
  pronounAges(text, digitRuns, out);
  kinAges(text, digitRuns, out);
  leadingAges(text, digitRuns, out);
  if (text.includes('turning ')) turningAges(text, out);
  if (opens.length) bracketedListAges(text, opens, personEnds, out);
  if (opens.length && personEnds.length) personBracketAges(text, opens, personEnds, out);
  if (text.includes(' at ')) lifeEventAges(text, digitRuns, out);
  if (text.includes('| Age')) tableAges(text, out);
  if (out.length) nextAges(text, out);
  return out;
}

/**
 * "| Name | Age | School/college |" then "| Reece | 15 | Trinity CofE High |": in a table whose header has a column
 * "Age", the numbers of one to three digits alone in that column's cells.
 */
function tableAges(text: string, out: Span[]): void {
  let column = -1;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(lineStart) !== 124) column = -1;
    else {
      // the cells of the line: offsets of the bars
      const bars: number[] = [];
      for (let p = lineStart; p < lineEnd; p++) if (text.charCodeAt(p) === 124) bars.push(p);
      if (column < 0) {
        for (let c = 0; c + 1 < bars.length; c++) if (text.slice(bars[c]! + 1, bars[c + 1]!).trim().toLowerCase() === 'age') column = c;
      } else if (column + 1 < bars.length) {
        const from = bars[column]! + 1;
        const cell = text.slice(from, bars[column + 1]!);
        const digits = cell.trim();
        if (digits.length >= 1 && digits.length <= 3 && /^\d+$/.test(digits)) addAge(out, from + cell.indexOf(digits), digits);
      }
    }
    lineStart = lineEnd + 1;
  }
}

// "is 15 (16 in April)", "is 14 turning 15 in May", "aged 8 (nearly 9)": the age someone will be, after their age
const NEXT_AGE = /^\s?(?:\(\s?(?:turning\s|turns\s|nearly\s|almost\s)?|(?:turning|nearly|almost|going\son)\s)(\d{1,2})(?=\s(?:in|on|next|this|soon|by)\b|\))/;
function nextAges(text: string, out: Span[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const a = out[k]!;
    const m = NEXT_AGE.exec(text.slice(a.end, a.end + 24));
    if (m) addAge(out, a.end + m[0].length - m[1]!.length, m[1]!);
  }
}

function addAge(out: Span[], start: number, digits: string): void {
  if (inRange(Number(digits))) out.push(span('AGE', start, start + digits.length, 'pattern'));
}

/** /[\s"”’'.)]/ for one code unit. */
function skippedBeforeAge(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 46 || c === 41 || isSpace(c);
}

const numerically = (a: number, b: number) => a - b;

/**
 * ends.sort(numerically), by insertion when there are at most 32 (a note's dozen anchor ends, which come recogniser
 * by recogniser and so are seldom in order: Array.prototype.sort's set-up and a comparator call per comparison
 * cost more than this loop), else by that sort (a long text's thousands).
 */
function sortAscending(ends: number[]): void {
  const n = ends.length;
  if (n > 32) {
    ends.sort(numerically);
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = ends[i]!;
    let j = i - 1;
    while (j >= 0 && ends[j]! > v) {
      ends[j + 1] = ends[j]!;
      j--;
    }
    ends[j + 1] = v;
  }
}

/** Whether `pos` follows the end of an anchor, skipping spaces, quotes and closing punctuation back to it (`anchorEnds` ascending). */
function endsAnchor(text: string, anchorEnds: readonly number[], pos: number): boolean {
  let i = pos;
  while (i > 0 && skippedBeforeAge(text.charCodeAt(i - 1))) i--;
  if (endsAt(anchorEnds, i)) return true;
  // ("Chidinma Eze (she/her), 22,": a bracket of up to 40 characters on the line between the person and the age)
  let j = pos;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === 0 || text.charCodeAt(j - 1) !== 41) return false;
  const open = text.lastIndexOf('(', j - 1);
  if (open < 0 || j - open > 42 || text.slice(open, j).includes('\n')) return false;
  let k = open;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return endsAt(anchorEnds, k);
}

/** Whether a person ends at or before `pos`, within 120 characters and the same paragraph (`personEnds` ascending). */
function personBefore(text: string, personEnds: readonly number[], pos: number): boolean {
  const from = Math.max(0, pos - 120);
  const window = text.slice(from, pos);
  const cut = window.lastIndexOf('\n\n');
  const s0 = from + (cut >= 0 ? cut : 0);
  // the last person ending at or before pos (binary search)
  let lo = 0;
  let hi = personEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (personEnds[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && personEnds[lo - 1]! > s0;
}

/** "7-year-old", "45 yo" */
function yearOldAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  const starts: number[] = [];
  for (let k = 0; k < digitRuns.length; k++) if (digitsThenY(text, digitRuns[k]!)) starts.push(digitRuns[k]!);
  if (starts.length === 0) return;
  const ms = matchesAt(text, S_YEAR_OLD, starts);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    // ("9yo", "12yrs": letters joined to the number are part of the one word)
    let e = m.index + m[1]!.length;
    while (e < text.length && isAsciiLower(text.charCodeAt(e))) e++;
    if (inRange(Number(m[1]!))) out.push(span('AGE', m.index, e, 'pattern'));
  }
}

/** "aged 93", "Age: 14" */
function agedAges(text: string, out: Span[]): void {
  const lower = wordStartsOf(text, 'age');
  const upper = wordStartsOf(text, 'Age');
  if (lower.length === 0 && upper.length === 0) return;
  const ms = matchesAt(text, S_AGED, merge(lower, upper));
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    // ("can continue to age 21", "support until age 25": an age a rule or a service sets, nobody's)
    if (codeAt(text, m.index + 3) !== 100 && LIMIT_BEFORE_AGE.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    addAge(out, m.index + m[0].length - m[1]!.length, m[1]!);
    // ("three boys aged 13, 9 and 4": the ages listed after the first)
    let at = m.index + m[0].length;
    for (let more = 0; more < 6; more++) {
      const n = AGE_LIST_NEXT.exec(text.slice(at, at + 12));
      if (!n) break;
      addAge(out, at + n[0].length - n[1]!.length, n[1]!);
      at += n[0].length;
    }
  }
}
/** Words before "age" that make it a limit: "to age 21", "until age 25", "under age 16", "over age 65". */
const LIMIT_BEFORE_AGE = /\b(?:to|until|till|under|over|by)\s$/i;

/** The next age of a list: ", 9", " and 4", ", and 2", " & 6", then the list's end or its next item ("aged 16, 3 sessions left" is no list). */
const AGE_LIST_NEXT = /^(?:,\s?(?:and\s|&\s)?|\s(?:and|&)\s)(\d{1,2})(?=[,;)]|\.(?!\d)|\s(?:and|&)\s|\s\(|\s*$)/u;

/** "10th birthday" (the ordinal suffix included, whatever the number) */
function birthdayAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  const ms = matchesAt(text, S_BIRTHDAY, digitRuns);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    out.push(span('AGE', m.index, m.index + m[0].length, 'pattern'));
  }
}

/** "his 16th is on …", "her 19th on 2 Dec": an ordinal after a possessive, standing alone (the suffix included). */
function possessiveOrdinalAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    // (a space before the digits and a letter after them: the rest only then)
    if (p < 3 || text.charCodeAt(p - 1) !== 32 || (!isAsciiLower(codeAt(text, p + 1)) && !isAsciiLower(codeAt(text, p + 2)))) continue;
    S_POSSESSIVE_ORDINAL.lastIndex = p;
    const m = S_POSSESSIVE_ORDINAL.exec(text);
    if (m && inRange(parseInt(m[0], 10))) out.push(span('AGE', p, p + m[0].length, 'pattern'));
  }
}

/** "(27)", "(aged 6)": after a person or date, or after a word for a relation or a person ("son (7)"). */
function parenthesisedAges(text: string, opens: readonly number[], anchorEnds: readonly number[], out: Span[]): void {
  if (opens.length === 0) return;
  const starts: number[] = [];
  for (let k = 0; k < opens.length; k++) if (digitInBracket(text, opens[k]!)) starts.push(opens[k]!);
  if (starts.length === 0) return;
  const ms = matchesAt(text, S_PAREN, starts);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const digitsStart = m.index + m[0].length - m[1]!.length;
    // ("for 8 March. (2) Work experience": a number in brackets after a full stop, before a capital, numbers an item)
    if (digitsStart === m.index + 1 && listNumber(text, m.index, digitsStart + m[1]!.length)) continue;
    if (endsAnchor(text, anchorEnds, m.index) || RELATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || (digitsStart === m.index + 1 && SEX_OR_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) addAge(out, digitsStart, m[1]!);
  }
}
/** Whether the bracket at `open`, whose number ends at `end`, follows a full stop and comes before a capital: "March. (2) Work". */
function listNumber(text: string, open: number, end: number): boolean {
  let i = open;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const c = codeAt(text, end + 2);
  return codeAt(text, i - 1) === 46 && codeAt(text, end) === 41 && codeAt(text, end + 1) === 32 && c >= 65 && c <= 90;
}

/**
 * Whether PAREN can match at the "(" at `o`: an ASCII digit comes after it before any character its words cannot
 * hold (only ASCII letters, white space, "'", "’", "-", "," and "/" come before the digits: "(she/her)", "(GP)",
 * "(see above)" need no regex). Any other non-ASCII character is passed over. A necessary condition only.
 */
function digitInBracket(text: string, o: number): boolean {
  for (let p = o + 1; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) return true;
    if (c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 44 || c === 47 || isSpace(c)) continue;
    return false;
  }
  return false;
}

// ('"J" (13, Year 8, Noongar)', "(16, F)", "(15, 10th grade)": a number opening a bracket, then a sex or a school year)
const SEX_OR_YEAR_AFTER = /^,\s?(?:[MF](?=[,;)\s])|(?:Y|Yr|Year)\s?\d|\d{1,2}(?:st|nd|rd|th)\s(?:grade|gr\b))/;

/** "Lachlan, 6,": a number in a list right after a person or date. */
function listedAges(text: string, anchorEnds: readonly number[], out: Span[]): void {
  const ms = matchesAt(text, S_LIST, listStarts(text));
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    // ("her son, 7, is …": or right after a word for a child or a relative)
    if (endsAnchor(text, anchorEnds, m.index) || RELATION_BEFORE.test(text.slice(Math.max(0, m.index - 29), m.index) + ' ') || descriptorsAfterAnchor(text, anchorEnds, m.index)) addAge(out, m.index + m[0].length - m[1]!.length, m[1]!);
  }
}

// A person's sex or school year as an item of a list: "JR, F, 16.", "Dana Ruiz, 11th grade, 16.", "Kai, Year 9, 14"
const DESCRIPTOR = /^(?:[MF]|(?:Y|Yr|Year)\s?\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s(?:grade|gr\.?|yr)|[Gg]rade\s\d{1,2})$/;

/**
 * "JR, F, 16.", "Dana Ruiz, 11th grade, 16": the items of the list between a person (or a date) and the number
 * are only a sex or a school year, so the number is the person's age too (at most two such items).
 */
function descriptorsAfterAnchor(text: string, anchorEnds: readonly number[], comma: number): boolean {
  let end = comma;
  let roles = 0;
  for (let n = 0; n < 2; n++) {
    // ("Client Major Fenwick — Army vet, 58,": the first item may follow the person after a dash)
    const c = text.lastIndexOf(',', end - 1);
    const d = Math.max(text.lastIndexOf(' — ', end - 1), text.lastIndexOf(' – ', end - 1));
    const from = d > c ? d : c;
    if (from < 0 || end - from > 28) return false;
    const item = text.slice(from + (d > c ? 3 : 1), end).trim();
    // ("Sana Okafor, adult returner, 52,", "Tom Reid — care leaver, 20,": or one role of up to three words)
    if (!DESCRIPTOR.test(item) && !(roles++ === 0 && ROLE_ITEM.test(item) && !NOT_ROLE_ITEMS.test(item))) return false;
    if (endsAnchor(text, anchorEnds, from)) return true;
    end = from;
  }
  return false;
}
/** Up to three words of letters, the last in lower case: "adult returner", "Army vet", "new". */
const ROLE_ITEM = /^(?:[A-Za-z][a-z'’-]*\s){0,2}[a-z][a-z'’-]+$/;
/** Items after which a number is a count or a score, not an age. */
const NOT_ROLE_ITEMS = /\b(?:score[ds]?|scoring|sessions?|session\s\w+|weeks?|days?|months?|hours?|times?|rooms?|ward|bed|level|step|page|items?|total|out\sof|phq|gad|core|points?|grade|year|yr|class|period|no|number|ref|flat|unit|apt)$/i;

/**
 * Where LIST can start: a comma, then white space and a digit (",\s(\d{1,3})"). (Checked here, not by the sticky
 * regex at every comma of the note: a start that cannot match changes nothing in matchesAt.)
 */
function listStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (isSpace(codeAt(text, i + 1)) && isDigit(codeAt(text, i + 2))) out.push(i);
  }
  return out;
}

/** "Mateo Castellanos (then 7)", "Kwame, then 9, came …": an age at the time told of, just after a person's name. */
function thenAges(text: string, personEnds: readonly number[], out: Span[]): void {
  for (let i = text.indexOf('then '); i >= 0; i = text.indexOf('then ', i + 5)) {
    const p = i + 5;
    const e = digitsEnd(text, p);
    if (e === p || e - p > 2 || (codeAt(text, e) !== 44 && codeAt(text, e) !== 41)) continue;
    const bracketed = codeAt(text, i - 1) === 40 && codeAt(text, i - 2) === 32 && codeAt(text, e) === 41 && endsAt(personEnds, i - 2);
    const commas = codeAt(text, i - 1) === 32 && codeAt(text, i - 2) === 44 && codeAt(text, e) === 44 && endsAt(personEnds, i - 2);
    if (bracketed || commas) addAge(out, p, text.slice(p, e));
  }
}

/** "(Ayaan 14, Aleena 11, Zayd 6)": one or two digits right after a person's name and one space, then a comma, a semicolon, a bracket or "and". */
function namedAges(text: string, digitRuns: readonly number[], personEnds: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    // ("Amira – 19 – is at college": between dashes after the name)
    if (codeAt(text, p - 1) === 32 && isDash(codeAt(text, p - 2)) && codeAt(text, p - 3) === 32 && endsAt(personEnds, p - 3)) {
      const e = digitsEnd(text, p);
      if (e - p <= 2 && text.charCodeAt(e) === 32 && isDash(text.charCodeAt(e + 1))) addAge(out, p, text.slice(p, e));
      continue;
    }
    if (codeAt(text, p - 1) !== 32 || !endsAt(personEnds, p - 1)) continue;
    const q = digitsEnd(text, p);
    if (q - p > 2) continue;
    const c = text.charCodeAt(q);
    // ("Fifita, Tevita 58 M, CHF", "Delgado, Rosario 91 F": or a sex letter after the age, as a ward's list writes it)
    if (c === 44 || c === 59 || c === 41 || (c === 32 && (text.startsWith('and ', q + 1) || sexLetterAt(text, q + 1)))) addAge(out, p, text.slice(p, q));
  }
}

/** An "M" or "F" standing alone at `i`, before a comma, a semicolon, a bracket, white space or the end. */
function sexLetterAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c !== 77 && c !== 70) return false;
  const d = codeAt(text, i + 1);
  return d === -1 || d === 44 || d === 59 || d === 41 || isSpace(d);
}

/**
 * "sunny (friend from the block, 19, no job)", "shay (his cousin, tagged along, 16)", "J.R. (7th gr, 12)": in a
 * bracket just after a person (on one line, at most 60 characters), a part between commas that is one or two
 * digits alone is their age.
 */
function personBracketAges(text: string, opens: readonly number[], personEnds: readonly number[], out: Span[]): void {
  for (let k = 0; k < opens.length; k++) {
    const o = opens[k]!;
    // (the person's end, then spaces, a full stop or a closing quote: 'J.R. (7th gr, 12)', '"DS" (17, …)')
    let b = o;
    while (b > 0 && b > o - 3 && (codeAt(text, b - 1) === 32 || codeAt(text, b - 1) === 46 || codeAt(text, b - 1) === 34 || codeAt(text, b - 1) === 0x201d)) b--;
    if (!endsAt(personEnds, b)) continue;
    const close = text.indexOf(')', o + 1);
    if (close < 0 || close - o > 60) continue;
    const inner = text.slice(o + 1, close);
    if (inner.includes('\n') || inner.includes('(') || !inner.includes(',')) continue;
    let from = 0;
    for (;;) {
      const comma = inner.indexOf(',', from);
      const part = inner.slice(from, comma < 0 ? inner.length : comma);
      const lead = part.length - part.trimStart().length;
      const body = part.trim();
      if (body.length >= 1 && body.length <= 2 && isDigit(body.charCodeAt(0)) && (body.length === 1 || isDigit(body.charCodeAt(1))) && from + lead > 0) addAge(out, o + 1 + from + lead, body);
      if (comma < 0) break;
      from = comma + 1;
    }
  }
}

/** Whether `pos` is one of the ascending `ends`. */
function endsAt(ends: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo] === pos;
}

/** "is 7,", "turned 12 and": two or more, with a person shortly before. */
const FUTURE_BEFORE_I = /\b(?:till|until|til|before|when|once|unless|by the time)\s+I$/i;
function isAges(text: string, digitRuns: readonly number[], personEnds: readonly number[], out: Span[]): void {
  const ms = isAgeMatches(text, digitRuns);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!; // [keyword start, digits start, digits]
    // ("I want to stay till I'm 18": an age to come, not the person's)
    if (codeAt(text, m[0] + 1) === 109 && FUTURE_BEFORE_I.test(text.slice(Math.max(0, m[0] - 12), m[0]))) continue;
    // ("Her son is 12", "Mum is 42 and": or a word for a relative just before the keyword)
    if ((personBefore(text, personEnds, m[0]) || RELATION_BEFORE.test(text.slice(Math.max(0, m[0] - 14), m[0]))) && Number(m[2]) >= 2 && !scoreBefore(text, m[0])) addAge(out, m[1], m[2]);
  }
}

/**
 * Whether the sentence before `pos` gives a score: "PHQ-9 was 19 at intake and is 13 now", "Y-BOCS was 29 at intake and
 * is 22 now" (a number after "was", "from" or "scored", or a measure's capitals and number).
 */
function scoreBefore(text: string, pos: number): boolean {
  let from = Math.max(0, pos - 80);
  const stop = Math.max(text.lastIndexOf('. ', pos), text.lastIndexOf('\n', pos));
  if (stop >= from) from = stop + 1;
  return SCORE_BEFORE.test(text.slice(from, pos));
}
const SCORE_BEFORE = /\b(?:was|from|scored?|scores|scoring)\s\d{1,3}\b|\b[A-Z][A-Z-]{1,7}-?\d{1,2}\b/;

/**
 * "father 47 with untreated PTSD", "her son 12 and daughter 9": a family word, one space, then a number that ends the
 * phrase or comes before "and", "with", "who" … (not "son 2 weeks ago", "mum 3 times": a unit or a count after it).
 */
function kinAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    // (a family word ends in a letter just before the space: most digit runs are passed over on two code units)
    if (p < 4 || text.charCodeAt(p - 1) !== 32 || !isAsciiLower(codeAt(text, p - 2))) continue;
    const e = digitsEnd(text, p);
    if (e - p > 2 || !KIN_AGE_AFTER.test(text.slice(e, e + 9)) || !KIN_BEFORE_AGE.test(text.slice(Math.max(0, p - 16), p))) continue;
    if (Number(text.slice(p, e)) >= 1) addAge(out, p, text.slice(p, e));
  }
}
const KIN_BEFORE_AGE = /\b(?:son|daughter|brother|sister|mum|mom|mother|dad|father|husband|wife|grandson|granddaughter|nephew|niece|uncle|aunt|aunty|auntie|stepdad|stepmum|stepmom|stepson|stepdaughter|grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nanna|gran|boyfriend|girlfriend)\s$/;
const KIN_AGE_AFTER = /^(?:[,;)]|\.(?!\d)|\s(?:and|with|who|is|was|has|had|lives|living|from|at|in)\b|\s*$)/;

/** "he's 17 now", "she is 16,", "when she was 5)", "he turns 16 in June". */
function pronounAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    // (the word before ends in "s" — he's, is, was, turns — "d" — turned — or "e" — will be)
    const c = codeAt(text, p - 2);
    // (or "now", "nearly", "only", "almost", "just" after them: w, y, t)
    if (p < 4 || text.charCodeAt(p - 1) !== 32 || (c !== 115 && c !== 100 && c !== 101 && !((c === 119 || c === 121 || c === 116) && ADVERB_BEFORE_AGE.test(text.slice(Math.max(0, p - 8), p))))) continue;
    S_PRONOUN_AGE.lastIndex = p;
    const m = S_PRONOUN_AGE.exec(text);
    if (m && Number(m[1]) >= 1) addAge(out, p, m[1]!);
  }
}

/** "(son, 62)"; "two kids (6 and 9)", "children (4, 7 and 11)", "Maya and Theo (4 and 6)". */
function bracketedListAges(text: string, opens: readonly number[], personEnds: readonly number[], out: Span[]): void {
  for (let k = 0; k < opens.length; k++) {
    const o = opens[k]!;
    const c = text.charCodeAt(o + 1);
    if (!isDigit(c) && !isAsciiLower(c)) continue;
    REL_PAREN.lastIndex = o;
    const r = isDigit(c) ? null : REL_PAREN.exec(text);
    if (r) {
      addAge(out, o + r[0].length - 1 - r[1]!.length, r[1]!);
      continue;
    }
    // ("Maya and Theo Ferreira (4 and 6)": or after the names)
    if (!isDigit(text.charCodeAt(o + 1)) || !(KIDS_BEFORE.test(text.slice(Math.max(0, o - 20), o)) || (codeAt(text, o - 1) === 32 && endsAt(personEnds, o - 1)))) continue;
    AGE_LIST_PAREN.lastIndex = o;
    const m = AGE_LIST_PAREN.exec(text);
    if (!m) continue;
    // each number where it stands in the brackets
    let from = o + 1;
    for (let g = 1; g <= 3; g++) {
      const d = m[g];
      if (d === undefined) continue;
      const at = text.indexOf(d, from);
      addAge(out, at, d);
      from = at + d.length;
    }
  }
}

/** "diagnosed with schizophrenia at 21", "retiring at 75". */
function lifeEventAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    if (p < 4 || text.charCodeAt(p - 1) !== 32 || text.charCodeAt(p - 2) !== 116 || text.charCodeAt(p - 3) !== 97) continue;
    S_AT_AGE.lastIndex = p;
    const m = S_AT_AGE.exec(text);
    if (m && Number(m[1]) >= 5 && LIFE_EVENT_BEFORE.test(text.slice(Math.max(0, p - 64), p - 4))) addAge(out, p, m[1]!);
  }
}

/**
 * "My situation\n23, living with my parents", "(preferred name). 22, first-episode psychosis", "Client "S.K." – 24,
 * GAD", "- 29, Dandenong, 3 kids": one or two digits and a comma opening a line, a sentence or a dash's clause, with
 * no digit after the comma (not a list of numbers, "1, 2 and 3"), describe the person the note is about.
 */
function leadingAges(text: string, digitRuns: readonly number[], out: Span[]): void {
  for (let k = 0; k < digitRuns.length; k++) {
    const p = digitRuns[k]!;
    const q = digitsEnd(text, p);
    // (codeAt: past the end of the text is -1, no comma or space, without the out-of-bounds read that threw away
    // recogniseAges' optimised code the first time a digit ended a note)
    if (q - p > 2 || codeAt(text, q) !== 44 || codeAt(text, q + 1) !== 32 || isDigit(codeAt(text, q + 2))) continue;
    if (opensClause(text, p)) addAge(out, p, text.slice(p, q));
  }
}

/** Whether `p` starts a line (after a bullet or not), a sentence or the clause after a spaced dash. */
function opensClause(text: string, p: number): boolean {
  let i = p;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 10) return true;
  // ("- 29, Dandenong": a bullet opening the line)
  if ((c === 45 || c === 0x2022 || c === 42) && (i === 1 || text.charCodeAt(i - 2) === 10)) return true;
  if (i === p) return false;
  // (after a sentence's end or a spaced dash: "… in file). 22, first-episode", "– 24, GAD")
  return ((c === 46 || c === 33 || c === 63) && !isDigit(codeAt(text, i - 2))) || (isDash(c) && codeAt(text, i - 2) === 32);
}

/**
 * "he's turning 18 on the 9th of Jan", "her bday Dec 9, turning 18.": the age someone is about to be (a thing turns
 * no number of years, and "turning 5 pages" has no end of clause after the number).
 */
function turningAges(text: string, out: Span[]): void {
  for (let i = text.indexOf('turning '); i >= 0; i = text.indexOf('turning ', i + 8)) {
    if (i > 0 && isAsciiLower(codeAt(text, i - 1))) continue;
    const m = TURNING_AGE.exec(text.slice(i + 8, i + 40));
    if (m) addAge(out, i + 8, m[1]!);
  }
}
const TURNING_AGE = /^(\d{1,3})(?=[,.;!)]|\s?$|\s(?:on|in|next|this|soon|today|tomorrow|at|and|but|so|when|by|before)\b)(?![,.]\d)/;

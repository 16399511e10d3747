// The model's rules for informal notes: names, organisations and places written in lower case, the speakers of a
// pasted text thread, and the writer's sign-off. Called by recogniseProperNouns (proper-nouns.ts).
import { codeAt, isDottedInitials } from './chars.js';
import * as C from './classes.js';
import { span, type Span } from './span.js';
import { firstTokenAt, type Token } from './tokens.js';
import { BE_HAVE_DO, DETERMINERS, GREETINGS, HONORIFICS, LOWER_HONORIFICS, IRREGULAR_PAST, MODALS, PERSON_VERBS, POSSESSIVES, REL_GAP, ROLE_WORDS, SOCIAL_CUES, ampBefore, andFamilyAfter, hasApostrophe, kinAfter, nextToken, noListKnows, personVerbAfter, prevToken, says } from './cues.js';

/**
 * The speakers of a chat or text thread copied into a note: a word starting a line and followed by a colon
 * ("kez: hiya miss", "Dre: bet"), when the note reads as a thread. Ordinary words ("me", "Plan", "Client") and
 * labels stay.
 */
export function chatSpeakers(tokens: readonly Token[], out: Span[]): void {
  // (a thread: three such lines or more, two to eight speakers (a group chat), one of them speaking twice — a form's
  // labels are many and each used once, and its ordinary words are never taken below)
  // (the map is made at the first such line: most notes have none)
  let count: Map<string, number> | undefined;
  let lines = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!speakerAt(tokens, i)) continue;
    lines++;
    const k = tokens[i]!.key;
    count ??= new Map<string, number>();
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  if (lines < 3 || count === undefined || count.size < 2 || count.size > 8) return;
  let repeated = false;
  for (const n of count.values()) if (n >= 2) repeated = true;
  if (!repeated) return;
  // (the writer speaks as "me": then the thread is certainly a chat, and a lower-case word speaking between its
  // lines is a nickname, ordinary word or not: "dec: u still picking us up", "bones: cant make it")
  const withMe = count.has('me');
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!speakerAt(tokens, i) || t.text.includes('-') || t.f & (C.NAME_LABEL | C.DOMAIN | C.PUBLIC_TERM | C.RELATION | C.TITLE | C.ACRONYM | C.CLIENT_WORD)) continue;
    // (a given name that is also a word speaks too, in a thread: "Hope: can I come")
    if (t.f & (C.COMMON | C.RARE | C.CALENDAR) && !(t.f & C.GIVEN) && !(withMe && t.lower && !NOT_SPEAKERS.has(t.key) && besideSpeaker(tokens, i))) continue;
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
  }
}

/** Words that open a line with a colon in a note around a thread, not people. */
const NOT_SPEAKERS = new Set(['me', 'i', 'you', 'u', 'him', 'her', 'he', 'she', 'they', 'them', 'we', 'it', 'both', 'all', 'everyone', 'note', 'notes', 'nb', 'ps', 'plan', 're', 'update', 'edit', 'also', 'action', 'actions', 'outcome', 'summary', 'context', 'reply', 'sent', 'time', 'date', 'later', 'then', 'next', 'agreed', 'todo', 'us', 'mum', 'dad', 'admin', 'system', 'auto']);

/** The line before or after the speaker's is a speaker's too, with no blank line between. */
function besideSpeaker(tokens: readonly Token[], i: number): boolean {
  // (the previous line's first token: back to the token after a newline)
  if (tokens[i]!.gap.split('\n').length === 2) {
    let j = i - 1;
    while (j > 0 && !tokens[j]!.gap.includes('\n')) j--;
    if (j >= 0 && j < i && speakerAt(tokens, j)) return true;
  }
  for (let j = i + 1; j < tokens.length - 1; j++) {
    const g = tokens[j]!.gap;
    if (!g.includes('\n')) continue;
    return g.split('\n').length === 2 && speakerAt(tokens, j);
  }
  return false;
}

/** Labels of a list of the people at a meeting. */
const ATTENDANCE_LABELS = new Set(['present', 'attendees', 'attending', 'apologies', 'apols', 'absent']);

/**
 * "present: bear, kobe, Jarrah, lachie W, Sunny": in a list of who was at a meeting (after "Present:",
 * "Attendees:", "Apols:" opening a line) that names two people or more with capitals, a lower-case item of one word (or
 * one and an initial) is a person too, whatever else the word is. Not a family word, a role or a pronoun ("mum",
 * "SW", "me"), and not a list of anything else ("Present: low mood, tearful").
 */
export function attendanceLists(tokens: readonly Token[], out: Span[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(t.f & C.NAME_LABEL) || !tokens[i + 1]!.gap.startsWith(': ')) continue;
    if (t.key === 'name') {
      preferredNameField(tokens, i, out);
      continue;
    }
    if (!ATTENDANCE_LABELS.has(t.key) || !(i === 0 || t.gap.includes('\n'))) continue;
    // the items: runs of tokens joined by single spaces, separated by ", ", up to the line's end or a full stop
    const starts: number[] = [];
    const ends: number[] = [];
    let j = i + 1;
    starts.push(j);
    for (j = i + 2; j < tokens.length; j++) {
      const g = tokens[j]!.gap;
      if (g === ' ') continue;
      ends.push(j);
      // ("D.T., Priya S": or after an initial's full stop)
      if (g !== ', ' && g !== '., ') break;
      starts.push(j);
    }
    if (ends.length < starts.length) ends.push(j);
    let named = 0;
    for (let k = 0; k < starts.length; k++) {
      const a = tokens[starts[k]!]!;
      if (a.cap && (a.f & (C.GIVEN | C.SURNAME) || noListKnows(a.f)) && !(a.f & (C.TITLE | C.RELATION | C.NAME_LABEL))) named++;
    }
    if (named < 2) continue;
    for (let k = 0; k < starts.length; k++) {
      const a = tokens[starts[k]!]!;
      const n = ends[k]! - starts[k]!;
      const b = tokens[ends[k]! - 1]!;
      // ("Present: KM, D.T., Priya S": an item of initials alone, not a role's or a service's letters, "GP", "SW")
      if (n === 1 && a.alpha && (a.upper || isDottedInitials(a.text)) && a.text.replace(/\./g, '').length >= 2 && a.text.replace(/\./g, '').length <= 3 && !(a.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COLLEAGUE | C.RELATION | C.TITLE | C.NAME_LABEL)) && !NOT_ATTENDEES.has(a.key)) {
        out.push(span('PERSON', a.start, a.baseEnd, 'model'));
        continue;
      }
      if (!a.lower || !a.alpha || a.text.length < 2 || n > 2 || (n === 2 && b.text.length !== 1) || a.f & (C.KIN | C.RELATION | C.TITLE | C.COLLEAGUE | C.CLIENT_WORD | C.NAME_LABEL) || NOT_ATTENDEES.has(a.key)) continue;
      out.push(span('PERSON', a.start, b.baseEnd, 'model'));
    }
    i = j - 1;
  }
}
/**
 * "kids (Aria 6, Manaia 3)", "children (Kobe 8 and Indie 5)": after a word for children, a bracket listing
 * capitalised words each with a number of one or two digits names the children and their ages (two items or more).
 */
export function childrenWithAges(tokens: readonly Token[], out: Span[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.lower || !CHILDREN_WORDS.has(t.key) || (tokens[i + 1]!.gap !== ' (' && tokens[i + 1]!.gap !== '(')) continue;
    const names: Token[] = [];
    let j = i + 1;
    for (;;) {
      const name = tokens[j];
      const age = tokens[j + 1];
      if (name === undefined || age === undefined || !name.cap || !name.alpha || name.end !== name.baseEnd || age.gap !== ' ' || !age.hasDigit || age.alpha || age.text.length > 2) break;
      // (a name: not "Year 7", "Room 4", "Term 2" — an ordinary word counts only when it is a given name too)
      if ((name.f & C.COMMON && !(name.f & C.GIVEN)) || name.f & (C.UNIT | C.CALENDAR | C.DOMAIN | C.PUBLIC_TERM | C.ACRONYM | C.NAME_LABEL | C.TITLE | C.RELATION)) break;
      names.push(name);
      const after = tokens[j + 2];
      if (after === undefined || after.gap.startsWith(')')) {
        j = -1;
        break;
      }
      if (after.gap === ', ') j += 2;
      else if (after.key === 'and' && after.gap === ' ' && tokens[j + 3]?.gap === ' ') j += 3;
      else if (after.gap.startsWith(',') && after.key === 'and') j += 3;
      else break;
    }
    // (every item read up to the closing bracket)
    if (j !== -1 || names.length < 2) continue;
    for (const n of names) out.push(span('PERSON', n.start, n.baseEnd, 'model'));
  }
}
/** Words for someone's children or siblings, in the plural: "kids (Aria 6, Manaia 3)", "their boys ryder 7 and colt 4". */
const CHILDREN_WORDS = new Set(['kids', 'children', 'sons', 'daughters', 'boys', 'girls', 'twins', 'siblings', 'grandchildren', 'grandkids', 'grandsons', 'granddaughters', 'brothers', 'sisters', 'stepchildren']);

/**
 * "Preferred name: Savvy", "Pref name: bear": a form's field for the name someone goes by holds a name, whatever else
 * its words are (up to three on the line; not "N/A", "same" or a word of the form's).
 */
function preferredNameField(tokens: readonly Token[], i: number, out: Span[]): void {
  const p = tokens[i - 1];
  if (p === undefined || !PREFERRED.has(p.key) || (tokens[i]!.gap !== ' ' && tokens[i]!.gap !== '. ')) return;
  const a = tokens[i + 1]!;
  let b = a;
  for (let j = i + 2; j < tokens.length && j <= i + 3 && tokens[j]!.gap === ' '; j++) b = tokens[j]!;
  const after = tokens[b.i + 1];
  if (after !== undefined && !/^\s*(?:$|\n|[,;(.])/.test(after.gap)) return;
  for (let j = a.i; j <= b.i; j++) {
    const w = tokens[j]!;
    if (!w.alpha || w.f & (C.PUBLIC_TERM | C.ACRONYM | C.DOMAIN | C.CALENDAR | C.NAME_LABEL | C.CLIENT_WORD) || NOT_ATTENDEES.has(w.key) || NOT_PREFERRED.has(w.key)) return;
  }
  if (a.text.length < 2) return;
  out.push(span('PERSON', a.start, b.baseEnd, 'model'));
}
const PREFERRED = new Set(['preferred', 'pref', 'chosen', 'nick']);
const NOT_PREFERRED = new Set(['same', 'as', 'above', 'unknown', 'not', 'no', 'n', 'a', 'nil', 'tbc', 'declined', 'legal']);

const NOT_ATTENDEES = new Set(['me', 'myself', 'i', 'you', 'us', 'we', 'them', 'all', 'everyone', 'nobody', 'none', 'n/a', 'na', 'sw', 'yp', 'gp', 'and', 'the', 'staff', 'team', 'group', 'parents', 'family', 'others', 'other']);

/** A word at the start of a line, followed by a colon and a space. */
function speakerAt(tokens: readonly Token[], i: number): boolean {
  // (the colon after it first: one code unit, which rules out nearly every token)
  const g = tokens[i + 1]!.gap;
  if (codeAt(g, 0) !== 58 || codeAt(g, 1) !== 32) return false;
  const t = tokens[i]!;
  return (i === 0 || t.gap.includes('\n') || afterLineTimestamp(tokens, i)) && t.alpha && t.text.length <= 20;
}

/** "14/05/2024 17:03 rhi: …", "[09:02] kerry-ann: …", "5:30pm me: …": only a date or a time before it on its line. */
function afterLineTimestamp(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (j < 0 || !tokens[j]!.hasDigit || !/^[\s\]),–-]*$/.test(tokens[i]!.gap)) return false;
  for (; j >= 0; j--) {
    const d = tokens[j]!;
    if (!(d.hasDigit && !d.alpha) && d.key !== 'am' && d.key !== 'pm') return false;
    if (j === 0 || d.gap.includes('\n')) return true;
  }
  return false;
}

/**
 * The writer's sign-off at the end of the note: a dash starting the last line or after its last sentence, then
 * initials or a name in any case ("— kev", "— PW", "– Jo M", "r/v 3/2/25. — JW"); initials alone on the last line,
 * or with a role in brackets ("TN", "HB (Clin Psych)"); a letter or initials after thanks ("ta, J", "cheers\nKM").
 * Not an ordinary word ("— end", "- tbc") or an acronym a list knows ("NFA").
 */
export function signOff(text: string, tokens: readonly Token[], out: Span[]): void {
  const n = tokens.length;
  if (n < 2) return;
  const last = tokens[n - 1]!;
  if (lastLineInitials(text, tokens, out)) return;
  if (!/^[.!\s]*$/.test(text.slice(last.end))) return;
  // "ta, J", "thanks\nKM": after a word of thanks
  // ("Thanks, Jack": or a given name)
  const givenName = last.cap && last.text.length > 1 && (last.f & C.GIVEN) !== 0 && !(last.f & (C.CALENDAR | C.PUBLIC_TERM | C.ACRONYM | C.DOMAIN));
  if (last.alpha && (givenName || ((last.upper ? last.text.length <= 3 : last.cap && last.text.length === 1) && !(last.f & SIGNED_NOT))) && THANKS.has(tokens[n - 2]!.key) && /^(?:,?\s*|,?\s*\n\s*)$/.test(last.gap)) {
    out.push(span('PERSON', last.start, last.baseEnd, 'model'));
    return;
  }
  // ("CORE-10 to be done then. HW": initials after the last sentence, on its line)
  if (last.alpha && last.upper && last.text.length <= 3 && (last.gap === '. ' || last.gap === '.  ') && !(last.f & SIGNED_NOT)) {
    out.push(span('PERSON', last.start, last.baseEnd, 'model'));
    return;
  }
  // (one or two tokens after a dash that starts the last line, or follows its last sentence)
  // ("— d. ferreira": an initial with a full stop before the surname)
  const prev = tokens[n - 2]!;
  const first = n >= 3 && !/[—–-]\s?$/.test(last.gap) && /[—–-]\s?$/.test(prev.gap) && lineOrSentenceEnd(prev.gap) && (last.gap === ' ' || (last.gap === '. ' && prev.text.length === 1 && prev.alpha)) ? prev : last;
  if (!/[—–-]\s?$/.test(first.gap) || !lineOrSentenceEnd(first.gap)) return;
  for (let i = first.i; i < n; i++) {
    const t = tokens[i]!;
    if (!t.alpha || t.text.length > 20) return;
    // ("– sam h": a surname's initial after the name)
    // ("— D", "— d. ferreira": a single letter signs too)
    const initials = (t.upper && t.text.length <= 3) || (t.text.length === 1 && t.text !== 'I');
    // ("– Mere", "— Hope": a capitalised word-name alone signs too)
    const wordName = t.cap && first === last && (t.f & C.WORD_NAME) !== 0 && !(t.f & (C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.ACRONYM));
    if (!initials && !wordName && (t.f & (C.COMMON | C.RARE | C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.ACRONYM)) && !(t.f & C.GIVEN && !(t.f & C.COMMON))) return;
  }
  out.push(span('PERSON', first.start, last.baseEnd, 'model'));
}

/**
 * "the B. children", "H. family – case closure", "the K family": a family's surname written as its initial, before
 * a word for the family (with a full stop, or after "the"; never "A" or "I" without one).
 */
export function familyInitials(text: string, tokens: readonly Token[], runs: readonly (readonly Token[])[], out: Span[]): void {
  // (a capital letter alone is a run of its own: only the runs are looked at, not every token)
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.length !== 1) continue;
    const t = run[0]!;
    const i = t.i;
    if (t.baseEnd - t.start !== 1 || i + 1 >= tokens.length) continue;
    const c = text.charCodeAt(t.start);
    if (c < 65 || c > 90) continue;
    const next = tokens[i + 1]!;
    if (!next.lower || !FAMILY_NOUNS.has(next.key)) continue;
    if (next.gap === '. ' && c !== 73) out.push(span('PERSON', t.start, t.end + 1, 'model'));
    else if (next.gap === ' ' && c !== 65 && c !== 73 && i > 0 && tokens[i - 1]!.key === 'the' && t.gap === ' ') out.push(span('PERSON', t.start, t.end, 'model'));
  }
}
/** Words for a family or its members together ("the Smith family", "the M. kids"). */
export const FAMILY_NOUNS = new Set(['family', 'families', 'children', 'kids', 'household', 'siblings', 'twins', 'boys', 'girls', 'parents', 'grandparents', 'brothers', 'sisters', 'clan']);

/**
 * An organisation named in lower case, as dictated or typed in haste: words before a word for a school, a college, a
 * centre or a hospital, after "at", "from" or going "to" ("nursing pathway at malcolm x college", "her pcp at
 * eastside family health"), when a word of the name is a name, a place or no ordinary word ("at the community college",
 * "to high school", "at a local health center", "goes to little sprouts learning center" stay).
 */
export function lowerCaseOrganisations(tokens: readonly Token[], out: Span[]): void {
  for (let e = 2; e < tokens.length; e++) {
    const t = tokens[e]!;
    // (the class bit first: every word of LOWER_ORG_WORDS is an organisation word, and the bit is on the token)
    if ((t.f & C.ORG_SUFFIX) === 0 || t.gap !== ' ' || !t.lower || !LOWER_ORG_WORDS.has(t.key)) continue;
    let s = e;
    while (s > 0 && e - s < 3) {
      const w = tokens[s - 1]!;
      if (!w.lower || !w.alpha || NAME_STOPS.has(w.key) || (s < e && tokens[s]!.gap !== ' ')) break;
      s--;
    }
    if (s === e || s === 0) continue;
    const cue = tokens[s - 1]!;
    if (!ORG_CUES.has(cue.key) || tokens[s]!.gap !== ' ') continue;
    // ("to" only after going somewhere: "to pursue health care", "to close pending clinic review" are verbs)
    if (cue.key === 'to' && !(s >= 2 && GOING.has(tokens[s - 2]!.key))) continue;
    // (a word of the name that is no ordinary word: a name, a place, or a word no list knows)
    let named = false;
    for (let q = s; q < e; q++) {
      const w = tokens[q]!;
      if (!GENERIC_ORG_WORDS.has(w.key) && !(w.f & (C.DOMAIN | C.CALENDAR | C.PUBLIC_TERM)) && (!(w.f & C.COMMON) || w.f & (C.GIVEN | C.SURNAME | C.PLACE))) named = true;
    }
    if (named) out.push(span('ORG', tokens[s]!.start, t.baseEnd, 'model'));
  }
}
const LOWER_ORG_WORDS = new Set(['center', 'centre', 'college', 'school', 'academy', 'university', 'hospital', 'clinic', 'library', 'church', 'elementary', 'preschool', 'daycare', 'health', 'institute', 'group', 'therapies', 'club', 'surgery', 'trust', 'foundation']);
const ORG_CUES = new Set(['at', 'to', 'from', 'attends', 'attending', 'attended']);
const GOING = new Set(['goes', 'go', 'going', 'went', 'gone', 'moved', 'transferred', 'referred', 'sent', 'admitted', 'back', 'drove', 'walked']);
/** Words that end a name when read backwards: determiners, pronouns, prepositions, conjunctions. */
const NAME_STOPS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'your', 'this', 'that', 'to', 'at', 'from', 'in', 'on', 'with', 'for', 'and', 'or', 'of', 'by', 'is', 'was', 'goes', 'go', 'went', 'attends', 'attending', 'attended', 'local', 'new', 'old', 'same', 'other', 'another', 'any', 'some']);
/** Words that only describe an organisation ("community college", "mental health", "high school"). */
const GENERIC_ORG_WORDS = new Set(['community', 'primary', 'secondary', 'high', 'middle', 'junior', 'senior', 'public', 'state', 'city', 'county', 'medical', 'health', 'mental', 'family', 'learning', 'day', 'child', 'children', 'care', 'youth', 'career', 'careers', 'job', 'art', 'arts', 'dental', 'eye', 'urgent', 'walk', 'sixth', 'form', 'technical', 'vocational', 'adult', 'night', 'summer', 'sunday', 'bible', 'language', 'english', 'driving', 'nursing', 'law', 'business', 'cooking', 'music', 'dance', 'swim', 'swimming', 'boxing', 'football', 'soccer', 'sports', 'sport', 'tutoring', 'homework', 'after', 'before', 'breakfast', 'grammar', 'catholic', 'christian', 'islamic', 'jewish', 'private', 'charter', 'special', 'boarding', 'girls', 'boys', 'village', 'town', 'drama', 'film', 'beauty', 'hair', 'trade', 'trades', 'training', 'jobs', 'employment', 'resource', 'resources', 'recovery', 'rehab', 'treatment', 'crisis', 'support', 'counselling', 'counseling', 'wellness', 'wellbeing', 'sexual', 'womens', 'mens', 'general', 'teaching', 'research', 'memorial', 'regional', 'national', 'international', 'main', 'big', 'little', 'small', 'nearby', 'next', 'elementary', 'preschool', 'nursery', 'infant', 'infants', 'pupil', 'referral', 'unit', 'education', 'further', 'higher', 'open', 'online', 'virtual', 'evening', 'weekend', 'free', 'cancer', 'heart', 'eating', 'disorder', 'disorders', 'birth', 'maternity', 'pain', 'sleep', 'addiction', 'drug', 'alcohol', 'methadone', 'detox', 'gp', 'doctor', 'doctors', 'dentist', 'vet', 'pet', 'animal', 'shelter', 'food', 'bank', 'leisure', 'fitness', 'recreation', 'seniors', 'aged', 'veterans', 'vets', 'student', 'students', 'graduate', 'postgraduate', 'med', 'uni', 'tech', 'poly', 'prep', 'ed', 'home', 'grad', 'work', 'pre']);

/**
 * "got a job at maccas", "shifts at greggs", "works at tesco on weekends", "quit kfc": in a note written in lower
 * case, a word that no list knows (or only a place or surname list) after "at"/"for" in a phrase about work, or after
 * "quit"/"joined" — an employer.
 */
export function lowerCaseEmployers(tokens: readonly Token[], out: Span[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (the word-class test first: it skips most words without reading the token's Word)
    if ((t.f & ~(C.PLACE | C.SURNAME | C.KNOWN)) !== 0 || !t.lower || !t.alpha || t.text.length < 3 || t.gap !== ' ' || hasApostrophe(t.text)) continue;
    const prev = tokens[i - 1]!;
    if (!prev.lower) continue;
    let work = EMPLOYER_VERBS.has(prev.key);
    if (!work && (prev.key === 'at' || prev.key === 'for')) {
      for (let j = i - 2; j >= 0 && j >= i - 4 && !work; j--) if (WORK_WORDS.has(tokens[j]!.key)) work = true;
    }
    if (work) out.push(span('ORG', t.start, t.baseEnd, 'model'));
  }
}
const EMPLOYER_VERBS = new Set(['quit', 'joined', 'rejoined']);
const WORK_WORDS = new Set(['job', 'jobs', 'shift', 'shifts', 'works', 'working', 'worked', 'work', 'interview', 'placement', 'apprenticeship', 'started', 'starts', 'hired', 'sacked', 'fired', 'applied', 'applying', 'hours', 'trial', 'manager', 'boss', 'employed', 'volunteers', 'volunteering']);

const THANKS = new Set(['ta', 'thanks', 'thx', 'cheers', 'regards', 'best', 'x', 'xx']);

/**
 * "Best,⏎Mo⏎Mohammed Iqbal | Careers Adviser", "Many thanks,⏎Will": the name alone on the line after a letter's or an
 * email's closing, even a word that is also a name ("Mo", "Will"); not a role or a team ("Best,⏎Team Leader").
 */
export function closingLineName(text: string, tokens: readonly Token[], out: Span[]): void {
  for (let c = text.indexOf(',\n'); c >= 0; c = text.indexOf(',\n', c + 2)) {
    const k = firstTokenAt(tokens, c, 0, tokens.length) - 1;
    const w = tokens[k];
    if (w === undefined || w.end !== c || !THANKS.has(w.key) || w.key === 'x' || w.key === 'xx') continue;
    const n = tokens[k + 1];
    if (n === undefined || n.gap !== ',\n' || !n.cap || !n.alpha || n.text.length < 2 || n.end !== n.baseEnd || !(n.f & (C.GIVEN | C.WORD_NAME)) || n.f & (C.CALENDAR | C.PUBLIC_TERM | C.ACRONYM | C.DOMAIN | C.TITLE | C.NAME_LABEL | C.COLLEAGUE)) continue;
    const after = tokens[k + 2];
    if (after !== undefined && !after.gap.includes('\n')) continue;
    out.push(span('PERSON', n.start, n.end, 'model'));
  }
}
/** Initials that sign nothing: acronyms, public terms, words. */
const SIGNED_NOT = C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COMMON | C.UNIT | C.ID_CUE;

/** A gap ending in a dash that starts a line ("\n— ") or follows the end of a sentence (". — "). */
function lineOrSentenceEnd(gap: string): boolean {
  return /(?:\n\s*|[.!?)]\s+)[—–-]\s?$/.test(gap);
}

/**
 * "TN", "HB (Clin Psych)": two or three capitals no list knows alone on the last line, or before a bracket; and
 * several joined by "/", "&" or ",", or after "Signed": "LM / JWP", "Signed KA / DM" (a supervisor's and a
 * supervisee's initials).
 */
function lastLineInitials(text: string, tokens: readonly Token[], out: Span[]): boolean {
  const n = tokens.length;
  let i = n - 1;
  // (back to the first token of the last line: the first after its line break)
  const nl = text.lastIndexOf('\n', tokens[i]!.start);
  if (nl < 0) return false;
  while (i > 0 && tokens[i - 1]!.start > nl) i--;
  if (i === 0) return false;
  if (tokens[i]!.key === 'signed' && i + 1 < n && /^:?\s$/.test(tokens[i + 1]!.gap)) i++;
  // (the initials, each but the first after a "/", "&" or ",")
  // (one of several may be an acronym, "KA / DM", when another is not: "CBT / DBT" signs nothing)
  let j = i;
  let plain = false;
  while (j < n && isSignedInitials(tokens[j]!, SIGNED_NOT & ~C.ACRONYM) && (j === i || INITIALS_JOIN.test(tokens[j]!.gap))) {
    if (!(tokens[j]!.f & C.ACRONYM)) plain = true;
    j++;
  }
  if (!plain) return false;
  const last = tokens[j - 1]!;
  const rest = text.slice(last.end);
  // (a role after them: "HB (Clin Psych)", "– SG, psychologist", "HW, PWP")
  if (!/^\s*(?:\([^()\n]{1,40}\)|,\s?[A-Za-z][A-Za-z .&/-]{1,40})?[.\s]*$/.test(rest)) return false;
  for (let k = i; k < j; k++) out.push(span('PERSON', tokens[k]!.start, tokens[k]!.baseEnd, 'model'));
  return true;
}

/** Two or three capitals no list knows, as someone signs a note. */
function isSignedInitials(t: Token, not: number): boolean {
  return t.upper && t.text.length <= 3 && t.alpha && !(t.f & not) && t.end === t.baseEnd;
}
/** The gap between initials signed together: "LM / JWP", "KA/DM", "AB & CD", "AB, CD". */
const INITIALS_JOIN = /^\s?[/&,]\s?$/;

/** A word no list knows, or only a name or place list: "westlake", "paul", "xiong" (not "doesn't", "in-home"). */
function distinctive(t: Token): boolean {
  return t.lower && t.alpha && t.text.length >= 3 && (t.f & ~(C.GIVEN | C.SURNAME | C.PLACE | C.KNOWN)) === 0 && !hasApostrophe(t.text) && !t.text.includes('-');
}

const STREET_ABBREVIATIONS = new Set(['ave', 'rd', 'blvd', 'ln', 'hwy', 'pkwy', 'cres', 'tce', 'pde']);
/** The words that end a lower-case organisation's or place's name (generic ones such as "care" or "form" do not). */
const LOWER_PLACE_WORDS = new Set(['library', 'college', 'school', 'academy', 'high', 'hs', 'elementary', 'middle', 'primary', 'university', 'uni', 'church', 'mosque', 'temple', 'hospital', 'clinic', 'center', 'centre', 'park', 'ave', 'avenue', 'st', 'street', 'rd', 'road', 'lane', 'ln', 'blvd', 'boulevard', 'auto', 'motors', 'garage', 'bros', 'surgery', 'pharmacy', 'market', 'mall', 'plaza', 'estate', 'beach', 'lake', 'bakery', 'cafe', 'café', 'restaurant', 'gym', 'pool', 'stadium', 'arena', 'station']);

/** A verb, not part of a name: "jalen says school's", "rakib did pharmacy". */
function verbLike(k: string): boolean {
  return PERSON_VERBS.has(k) || says(k) || IRREGULAR_PAST.has(k) || MODALS.has(k) || BE_HAVE_DO.has(k) || (k.length > 4 && (k.endsWith('ed') || k.endsWith('ing')));
}

const LOWER_PLACE_STOPS = new Set(['on', 'of', 'the', 'a', 'an', 'and', 'or', 'for', 'with', 'by', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this', 'that', 'to', 'at', 'in', 'from', 'near', 'is', 'was']);

/** Whether most sentences in the note start in lower case: an informal note, where names are written in lower case too. */
function informalNote(tokens: readonly Token[]): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.sentStart || !t.alpha) continue;
    if (t.lower) lower++;
    else upper++;
  }
  return lower >= 3 && lower >= upper;
}

/**
 * Organisations and places written in lower case in informal notes (most sentences start in lower case): "como
 * ridge high", "saint paul college", "westlake park", "xiong bros auto", "on university ave". One to three
 * lower-case words before a school, shop, street or place word, the first of them a word no list knows (or only
 * a name or place list), a saint's name, or — before a street's abbreviation — any word after "on"/"off"/"at".
 */
export function lowerCasePlaces(tokens: readonly Token[], placeWords: readonly number[], out: Span[]): void {
  let informal: boolean | undefined;
  let done = -1;
  for (let c = 0; c < placeWords.length; c++) {
    const i = placeWords[c]!;
    if (i <= done) continue;
    const t = tokens[i]!;
    if (!LOWER_PLACE_WORDS.has(t.key)) continue;
    // (only in a note written in lower case: elsewhere an organisation's name is capitalised)
    informal ??= informalNote(tokens);
    if (!informal) return;
    // the words before it: lower case, one space apart, at most three
    let first = -1;
    let j = i - 1;
    for (; j >= 0 && j >= i - 3; j--) {
      const w = tokens[j]!;
      if (!w.lower || !w.alpha || (j < i - 1 && tokens[j + 1]!.gap !== ' ') || LOWER_PLACE_STOPS.has(w.key) || verbLike(w.key)) break;
      if (distinctive(w) || (w.f & C.ORG_PREFIX && w.key !== 'the')) first = j;
      else if (!(w.f & (C.COMMON | C.ORG_SUFFIX | C.PLACE_SUFFIX)) || (w.f & (C.CONNECTOR | C.PLACE_PREP | C.KIN | C.TITLE | C.CALENDAR))) break;
    }
    // "on university ave": an ordinary word before a street's abbreviation, after "on", "off" or "at"
    if (first < 0 && STREET_ABBREVIATIONS.has(t.key) && i >= 2 && tokens[i - 1]!.lower && tokens[i - 1]!.alpha && /^(?:on|off|at|along|near|down|up|onto|past|via|to|from)$/.test(tokens[i - 2]!.key)) first = i - 1;
    if (first < 0) continue;
    // (a saint's word or a name first still needs one word no list knows, or a given name after "saint")
    if (tokens[first]!.f & C.ORG_PREFIX && !(first + 1 < i && distinctive(tokens[first + 1]!))) continue;
    // the organisation words after it: "bros auto"
    let e = i;
    while (e + 1 < tokens.length && tokens[e + 1]!.lower && tokens[e + 1]!.gap === ' ' && LOWER_PLACE_WORDS.has(tokens[e + 1]!.key)) e++;
    const org = (tokens[e]!.f & C.ORG_SUFFIX) !== 0 && !((tokens[e]!.f & C.STREET_SUFFIX) !== 0 && (tokens[e]!.f & C.ORG_SUFFIX) === 0);
    out.push(span(org && !(tokens[e]!.f & C.STREET_SUFFIX) ? 'ORG' : 'PLACE', tokens[first]!.start, tokens[e]!.end, 'model'));
    done = e;
  }
}

/**
 * Towns and suburbs written in lower case: a word only the place lists know (or a given-name list too, "logan"),
 * after "in", "to", "from", "near" or "around" ("lives in inala", "moved to footscray", "bus from blacktown"); or a
 * word no list knows after a word for living, moving or growing up and "in"/"to"/"from" ("lives in harehills",
 * "grew up in splott").
 */
export function lowerCaseTowns(tokens: readonly Token[], out: Span[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = t.f;
    if ((f & C.PLACE) === 0 && f !== 0) continue;
    // (a place preposition before it, by its class bit first)
    const prev = tokens[i - 1]!;
    if ((prev.f & C.PLACE_PREP) === 0 || t.gap !== ' ') continue;
    if (!t.lower || !t.alpha || t.text.length < 4 || t.end !== t.baseEnd) continue;
    if (!prev.lower || !TOWN_PREPS.has(prev.key)) continue;
    if (f !== 0) {
      // (a word only the place lists know, or those and a name list)
      if ((f & ~(C.PLACE | C.SURNAME | C.GIVEN | C.KNOWN)) !== 0) continue;
    } else {
      // (a word no list knows: only after a word for living, moving, staying or growing up)
      const p2 = i > 1 ? tokens[i - 2]! : undefined;
      if (!p2 || !p2.lower || !RESIDENCE_WORDS.has(p2.key)) continue;
    }
    // (not a person's: "in logan's room"; nor before a word that makes it a thing, "from leeds uni" is kept whole)
    const next = tokens[i + 1];
    if (next && next.gap === ' ' && next.lower && (next.f & (C.ORG_SUFFIX | C.PLACE_SUFFIX | C.STREET_SUFFIX)) !== 0) continue;
    out.push(span('PLACE', t.start, t.end, 'model'));
  }
}
const TOWN_PREPS = new Set(['in', 'to', 'from', 'near', 'around', 'outside']);
const RESIDENCE_WORDS = new Set(['lives', 'live', 'living', 'lived', 'moved', 'move', 'moving', 'grew', 'growing', 'raised', 'staying', 'stays', 'stayed', 'up', 'born', 'based']);

/**
 * Names written in lower case in informal notes: "camila posted a pic", "her ex (jordan)", "ms hartigan",
 * "texted maryam and hafsa"; and surnames with a lower-case particle joined by a hyphen: "Mr al-Jubouri".
 */
export function lowerCaseNames(tokens: readonly Token[], out: Span[]): number[] {
  let lastName = -1;
  // (the lower-case words that may end an organisation's or a place's name, for lowerCasePlaces: found in this
  // pass rather than another over every token)
  const placeWords: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = t.f;
    if (f & (C.ORG_SUFFIX | C.STREET_SUFFIX | C.PLACE_SUFFIX) && i > 0 && t.lower && t.gap === ' ') placeWords.push(i);
    // "ms. h", "mr k": one lower-case letter after an honorific (t.baseEnd - t.start is the text's length);
    // "screenshots of k's texts": one in the possessive
    if (t.baseEnd - t.start === 1 && t.lower && (((t.gap === ' ' || t.gap === '. ') && i > 0 && HONORIFICS.has(tokens[i - 1]!.key)) || (t.baseEnd !== t.end && !NOT_LETTER_NAMES.has(t.key)))) {
      out.push(span('PERSON', t.start, t.baseEnd, 'model'));
      continue;
    }
    // "river (they/them, 16) came in upset": any lower-case word before the pronouns someone goes by
    // (the next token's gap first: it rules out almost every token without reading this one's Word)
    // ("shay (his cousin, 16) wants to be a chef": or, a given name or a word no list knows, before a bracket naming
    // their relation to someone)
    // ("- bec (mentor)", "case mgr tasha (SW)": or a word for a role alone in the bracket)
    if (i + 1 < tokens.length && tokens[i + 1]!.gap === ' (' && t.lower && t.alpha && (pronounsAt(tokens, i + 1) || prefPronounsAt(tokens, i + 1) || ((relationInBracket(tokens, i + 1) || roleInBracket(tokens, i + 1)) && ((t.f & C.GIVEN) !== 0 || (t.f & ~C.KNOWN) === 0))) && !NOT_BEFORE_PRONOUNS.has(t.key)) {
      out.push(span('PERSON', t.start, t.baseEnd, 'model'));
      lastName = i;
      continue;
    }
    // ("their boys ryder 7 and colt 4", "the kids brooklyn and wyatt": after a plural family word, two given names
    // joined by "and", each perhaps with an age)
    if (f & C.GIVEN && t.lower && i > 0 && t.gap === ' ' && tokens[i - 1]!.lower && CHILDREN_WORDS.has(tokens[i - 1]!.key)) {
      const j = pairedGivenAfter(tokens, i);
      if (j > 0) {
        out.push(span('PERSON', t.start, t.baseEnd, 'model'));
        out.push(span('PERSON', tokens[j]!.start, tokens[j]!.baseEnd, 'model'));
        lastName = j;
        i = j;
        continue;
      }
    }
    // (the word-class test first: it skips most words without reading the token's Word)
    if (f & (C.COMMON | C.RARE | C.WORD_NAME | C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.RELATION)) {
      // (only a surname, a given name or a word-name, or a word after a family word, can be one there: most ordinary
      // words are none of these, and are passed over without the call)
      if ((f & (C.SURNAME | C.GIVEN | C.WORD_NAME)) !== 0 || (i > 0 && (tokens[i - 1]!.f & C.KIN) !== 0)) lastName = ordinaryWordAsName(tokens, i, lastName, out);
      continue;
    }
    if (!t.lower) {
      if (!t.cap && !t.upper && t.alpha && PARTICLE_NAME.test(t.text)) out.push(span('PERSON', t.start, t.baseEnd, 'model'));
      continue;
    }
    if (!t.alpha) continue;
    lastName = otherLowerWordAsName(tokens, i, lastName, out);
  }
  return placeWords;
}

/** A lower-case given name usable as one (no month, family, role or public word, no modal). */
function lowerGiven(t: Token): boolean {
  return t.lower && t.alpha && t.text.length >= 3 && (t.f & C.GIVEN) !== 0 && (t.f & (C.CALENDAR | C.KIN | C.RELATION | C.TITLE | C.PUBLIC_TERM | C.DOMAIN)) === 0 && !MODALS.has(t.key);
}
/** The index of the second of two lower-case given names at i joined by "and", the first perhaps with an age ("ryder 7 and colt"), or -1. */
function pairedGivenAfter(tokens: readonly Token[], i: number): number {
  if (!lowerGiven(tokens[i]!)) return -1;
  let k = i + 1;
  const age = tokens[k];
  if (age !== undefined && age.gap === ' ' && age.hasDigit && !age.alpha && age.text.length <= 2) k++;
  const and = tokens[k];
  const u = tokens[k + 1];
  if (and === undefined || u === undefined || and.key !== 'and' || and.gap !== ' ' || u.gap !== ' ' || !lowerGiven(u)) return -1;
  return k + 1;
}

/** "(pref. they/them)", "(pronouns: she/her)": a word for the pronouns someone prefers, then the pair. */
function prefPronounsAt(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!;
  return PREF_WORDS.has(w.key) && j + 2 < tokens.length && /^[.:]? ?$/.test(tokens[j + 1]!.gap) && pronounsAt(tokens, j + 1);
}
const PREF_WORDS = new Set(['pref', 'prefers', 'pronouns', 'uses']);

/** Whether tokens[j] and tokens[j + 1] are a pair of pronouns someone goes by: "they/them", "she/her", "he/they". */
function pronounsAt(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && !!b && b.gap === '/' && PRONOUN_PAIR.has(a.key) && PRONOUN_PAIR.has(b.key);
}
/** Whether "who" and a verb a person does follow the token at i: "kahu who is 6", "ana who lives in forest lake". */
function whoAfter(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i + 1];
  const v = tokens[i + 2];
  return !!w && !!v && w.gap === ' ' && w.key === 'who' && v.gap === ' ' && v.lower && (PERSON_VERBS.has(v.key) || says(v.key));
}
/** Whether tokens[j] and tokens[j + 1] are a possessive and a family or relationship word: "(his cousin", "(her mate". */
function relationInBracket(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && !!b && b.gap === ' ' && (a.key === 'his' || a.key === 'her' || a.key === 'their' || a.key === 'my') && (b.f & (C.KIN | C.RELATION)) !== 0;
}
/** Whether tokens[j] is a word for a role alone in a bracket: "(mentor)", "(keyworker)". */
function roleInBracket(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && a.lower && (ROLE_WORDS.has(a.key) || (a.f & C.COLLEAGUE) !== 0) && (!b || b.gap.startsWith(')'));
}
/** Words before pronouns in brackets that are no name: "her pronouns (she/her)", "goes by (they/them)". */
const NOT_BEFORE_PRONOUNS = new Set(['pronoun', 'pronouns', 'name', 'names', 'use', 'uses', 'used', 'using', 'prefer', 'prefers', 'preferred', 'identifies', 'identify', 'identified', 'go', 'goes', 'by', 'as', 'is', 'are', 'was', 'with', 'and', 'or', 'the', 'a', 'an', 'of', 'to', 'them', 'they', 'she', 'he', 'her', 'his', 'their', 'now', 'new', 'correct', 'right', 'wrong']);
const PRONOUN_PAIR = new Set(['they', 'them', 'she', 'her', 'he', 'him', 'xe', 'xem', 'ze', 'zir', 'hir', 'theirs', 'hers', 'his']);

// (the two kinds of word below are judged in functions of their own, not in the loop: as one large function the
// optimising compiler took ~60 ms to compile it, and did so six times over in a batch's warm-up as rare branches
// were first taken)

/**
 * A lower-case word some list knows (an ordinary or rarer word, a word-name, a month, a public or domain word, a
 * relation) at i, used as a name: the index of the last name found (i when this is one), else `lastName`.
 */
function ordinaryWordAsName(tokens: readonly Token[], i: number, lastName: number, out: Span[]): number {
  const t = tokens[i]!;
  const f = t.f;
  // "her mom (mrs park)", "mr brown said": a word after "mr", "mrs", "ms" or "mx" in lower case is a surname
  // ("spoke to mrs hale (attendance)": or a word a list of names or places knows; "(mr ellis)": a theorist's surname
  // too, after the title)
  if ((f & (C.SURNAME | C.GIVEN | C.PLACE | C.WORD_SURNAME)) !== 0 && i > 0 && t.gap === ' ' && (tokens[i - 1]!.f & C.TITLE) !== 0 && t.lower && t.alpha && t.text.length >= 3 && LOWER_HONORIFICS.has(tokens[i - 1]!.text) && !(f & (C.CALENDAR | C.DOMAIN | C.RELATION | C.KIN)) && !(f & C.PUBLIC_TERM && !(f & C.SURNAME)) && !MODALS.has(t.key)) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  // ("met w/ will at the library", "catch up w/ summer, 3/8", "hung out w/ echo": "w/" is only ever with someone)
  if ((f & C.GIVEN) !== 0 && t.gap === '/ ' && i > 0 && tokens[i - 1]!.key === 'w' && tokens[i - 1]!.lower && t.lower && t.alpha && !(f & (C.KIN | C.RELATION | C.TITLE | C.PUBLIC_TERM | C.DOMAIN))) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  // "his friend mason wants", "w sunny –", "jay said": a given name that is also a word, used as a name
  // (an ordinary word needs to be on the list of words that are names: the gazetteers' given names include
  // "said", "alone" and "lap", names in other languages)
  // ("his cousin will.": a modal never ends a phrase after a family word; "my mum debs says": a rarer word there)
  const nameAfterKin = i > 0 && (tokens[i - 1]!.f & C.KIN) !== 0 && tokens[i - 1]!.lower && t.gap === ' ' && t.lower && t.alpha && t.text.length >= 3 && ((MODALS.has(t.key) && (!tokens[i + 1] || /^[.,;!?]/.test(tokens[i + 1]!.gap))) || (!(f & C.COMMON) && (f & C.RARE) !== 0 && personVerbAfter(tokens, i)));
  // ("his supervisor big mike": a nickname's prefix before a given name that is also a word, not "a big mark")
  const nick = (f & C.GIVEN) !== 0 && t.lower && t.alpha ? nicknamePrefix(tokens, i) : undefined;
  if (nick && !(nick.i > 0 && DETERMINER_BEFORE.has(tokens[nick.i - 1]!.key)) && !MODALS.has(t.key)) {
    out.push(span('PERSON', nick.start, t.baseEnd, 'model'));
    return i;
  }
  // ("yaw (13) was in a good mood": a given name that is also a word, with an age in brackets after it)
  if ((f & C.GIVEN) !== 0 && !(f & (C.KIN | C.RELATION | C.TITLE)) && t.lower && t.alpha && t.text.length >= 3 && !MODALS.has(t.key) && ageInBracketsNext(tokens, i)) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  if (nameAfterKin || possessiveWordName(t, tokens) || ((f & C.WORD_NAME || (f & C.GIVEN && !(f & C.COMMON))) && !(f & (C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.RELATION | C.TITLE)) && t.lower && t.alpha && t.text.length >= 3 && !MODALS.has(t.key) && lowerWordNameAsPerson(t, tokens, lastName))) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  return lastName;
}

/** Any other lower-case word at i, used as a name: the index of the last name found (i when this is one), else `lastName`. */
function otherLowerWordAsName(tokens: readonly Token[], i: number, lastName: number, out: Span[]): number {
  const t = tokens[i]!;
  const f = t.f;
  // ("hey its jun.", "hi it's kez!": the writer greeting and giving a name that is no ordinary word)
  if (selfIntroduced(tokens, i)) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  if (t.text.length < 3) {
    // "coming to vy's": a short given name in the possessive; "met ty (tyrese) after school", "w/ jo at the park":
    // one after a cue for meeting someone, where the phrase ends
    if (t.text.length === 2 && (f & C.GIVEN) !== 0 && !(f & (C.CONNECTOR | C.ACRONYM | C.DOMAIN | C.PUBLIC_TERM)) && (t.baseEnd !== t.end || (i > 0 && tokens[i - 1]!.lower && SOCIAL_CUES.has(tokens[i - 1]!.key) && (t.gap === ' ' || t.gap === '/ ') && phraseEndsAfter(tokens, i)))) {
      out.push(span('PERSON', t.start, t.baseEnd, 'model'));
      return i;
    }
    // ("hey ro — just recapping": two letters no list knows, greeted, before a comma, a dash or "!")
    if (t.text.length === 2 && t.alpha && noListKnows(f) && i > 0 && t.gap === ' ' && tokens[i - 1]!.lower && GREETINGS.has(tokens[i - 1]!.key)) {
      const next = tokens[i + 1];
      if (next === undefined || /^\s?[,!—–-]/.test(next.gap)) {
        out.push(span('PERSON', t.start, t.baseEnd, 'model'));
        return i;
      }
    }
    return lastName;
  }
  // "at brayden's", "coming to vy's": a given name in the possessive; "gráinne worried she's …": a word no list
  // knows starting a sentence before a verb a person does
  // ("kez said she was fine", "siosaia's mum rang": a word only a place or surname list knows, too, and a word
  // no list knows in the possessive before a family word)
  const nameOnly = (f & ~(C.PLACE | C.SURNAME | C.KNOWN)) === 0;
  // (not a word built as a symptom's or an abstract noun: "— photophobia noted.")
  // ("both kids kahu who is 6 and …": a given name or a word no list knows before "who" and a verb of a person)
  if ((t.baseEnd !== t.end && ((f & C.GIVEN) !== 0 || (nameOnly && kinAfter(tokens, i)))) || (t.sentStart && nameOnly && !hasApostrophe(t.text) && !t.text.includes("-") && !(t.key.length >= 7 && WORD_ENDINGS.test(t.key)) && personVerbAfter(tokens, i)) || (((f & C.GIVEN) !== 0 || nameOnly) && whoAfter(tokens, i))) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  const tx = t.text;
  // (a hyphenated surname only after an honorific: "ms adeyemi-ross")
  if (tx.includes("'") || tx.includes('’') || (tx.includes('-') && !(i > 0 && HONORIFICS.has(tokens[i - 1]!.key)))) return lastName;
  const k = t.key;
  const prev = prevToken(tokens, i);
  // ("her mum (babcia)": a family word in another language is the relation again, not a name)
  const afterRelation = !!prev && (prev.f & C.KIN) !== 0 && REL_GAP.test(t.gap) && !(f & (C.TITLE | C.KIN | C.RELATION) && t.gap.includes('('));
  // "mr. castellano", "ms hartigan": a title in any case before a lower-case word that is no ordinary word
  // (any title, "aunty mele", "uncle dean", "coach tavake", before a given name or a word no list knows)
  // ("prescribed by doctor okonkwo": or a word only the surname list knows)
  const afterTitle = !!prev && (HONORIFICS.has(prev.key) || ((prev.f & C.TITLE) !== 0 && prev.lower && ((f & C.GIVEN) !== 0 || (f & ~(C.SURNAME | C.KNOWN)) === 0))) && (t.gap === ' ' || t.gap === '. ');
  // "met jiwoo", "w/ sina", "texted maryam and hafsa": a given name, or a word no list knows, after a word for
  // meeting or messaging someone
  // ("conor + shay": or "+" after a name)
  // ("kobi & jez –", "hamish / deb,": or "&" or "/" just after a name)
  const paired = pairedAfterName(t, lastName);
  const social = (!!prev && prev.lower && (t.gap === ' ' || (t.gap === '/ ' && prev.key === 'w')) && (socialBefore(tokens, prev) || ((prev.key === 'and' || prev.key === 'or') && lastName === i - 2))) || paired;
  // (a word only the surname list knows counts after a name and "&": "kobi & jez")
  const surnameOnly = paired && (f & ~(C.SURNAME | C.KNOWN)) === 0 && (f & C.SURNAME) !== 0 && phraseEndsAfter(tokens, i);
  // (not before an organisation's word: "with ramapo college" names a college)
  // (nor a word built as an adjective, an adverb or an abstract noun: "with schizoaffective disorder", "seen
  // antenatally", "with interoceptive exposure")
  const unknownWord = noListKnows(f) && !((nextToken(tokens, i)?.f ?? 0) & (C.ORG_SUFFIX | C.STREET_SUFFIX | C.PLACE_SUFFIX)) && !(k.length >= 7 && WORD_ENDINGS.test(k));
  // ("caught up with kez at the library": after a cue for meeting someone, a word only a place list knows too)
  // (and the phrase ends there: "with yorkshire ambulance service", "with sheffield hallam" name other things)
  const placeOnly = (f & ~(C.PLACE | C.SURNAME | C.KNOWN)) === 0 && (f & C.PLACE) !== 0 && phraseEndsAfter(tokens, i);
  // "lil kev", "big stu": a nickname's prefix before a given name or a word no list knows (part of the name)
  const nick = nicknamePrefix(tokens, i);
  // (after "big" only a given name: "a big stressor" is a word no list knows)
  if (nick && ((f & C.GIVEN) !== 0 || (unknownWord && nick.key !== 'big')) && !(f & C.PUBLIC_NAME)) {
    out.push(span('PERSON', nick.start, t.baseEnd, 'model'));
    return i;
  }
  // ("siosaia (15) is in year 10": a word no list knows, or a given name, with an age in brackets after it)
  // (not before a state only a person is in, "kez was upset": a family word in another language is one too,
  // "tata was angry")
  if (((f & C.GIVEN) !== 0 || unknownWord || placeOnly) && ageInBracketsNext(tokens, i) && !(f & (C.PUBLIC_NAME | C.KIN | C.RELATION | C.TITLE))) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
    return i;
  }
  if (!(f & C.GIVEN) && !afterTitle && !(afterRelation && !prev.upper && !/(?:ed|ing|es)$/.test(k)) && !(social && (unknownWord || placeOnly || surnameOnly)) && !(unknownWord && companionCue(tokens, i))) return lastName;
  if (f & C.PUBLIC_NAME && !afterRelation && !afterTitle) return lastName;
  const afterCue = social && ((f & C.GIVEN) !== 0 || unknownWord || placeOnly || surnameOnly);
  // (a family word is the relation, not the name: "sir nanna crook again", "his grandmother nanna june")
  if ((f & C.KIN) === 0 && (t.sentStart || afterRelation || afterTitle || afterCue || (((f & C.GIVEN) !== 0 || unknownWord) && companionCue(tokens, i)))) {
    out.push(span('PERSON', t.start, afterCue || afterTitle || afterRelation ? withLowerSurname(tokens, i) : t.baseEnd, 'model'));
    return i;
  }
  return lastName;
}

/** Endings of adjectives, adverbs and abstract nouns, which a long word no list knows is built with, and a name seldom is. */
const WORD_ENDINGS = /(?:ive|ally|ous|ical|tion|sion|ment|ness|ity|ism|ology|osis|itis|able|ible|ised|ized|phobia|philia|pathy|algia|plegia|aemia|ectomy|scopy|graphy)$/;

/** Letters that are words or grades in the possessive ("a's", "i's", "u's"), never someone's initial. */
const NOT_LETTER_NAMES = new Set(['a', 'i', 'u', 's', 'x', 'y', 'o', 'p', 'q']);
/** Starts of what follows a name: a bracket, a comma, a full stop, a dash or "at"/"from"/"and"/"in"/"about"/"today". */
const AFTER_NAME_WORDS = new Set(['at', 'from', 'and', 'in', 'about', 'today', 'yesterday', 'tonight', 'again', 'who', 'because', 'when', 'is', 'are', 'was', 'were', 'has', 'had', 'but', 'so', 'then', 'on', 'for', 'after', 'before', 'first', 'later', 'tomorrow', 'home', 'back', 're', 'i', 'next', 'this', 'last', 'to', 'tmrw', 'tmr', 'tonite']);

/**
 * Whether `prev` is a word for meeting, messaging or being with someone (SOCIAL_CUES), "to" after a word for
 * speaking ("spoke to"), "about" after a word for worrying ("worried about"), a word for giving someone a lift
 * ("dropped", "collected"), or a greeting ("hey kez –").
 */
function socialBefore(tokens: readonly Token[], prev: Token): boolean {
  if (SOCIAL_CUES.has(prev.key) || LIFT_WORDS.has(prev.key)) return true;
  // "supervisor hollis brandt", "worker shawna pruitt": a role before the name (in dictated notes)
  // ("my mentee jaylen", "met with client jaylen": or the word for the client)
  // ("my colleague fran whelan", "sw mgr kav agreed": or a colleague's word, a manager's abbreviation)
  if (ROLE_WORDS.has(prev.key) || ((prev.f & (C.CLIENT_WORD | C.COLLEAGUE)) !== 0 && prev.end === prev.baseEnd) || prev.key === 'mgr') return true;
  if (prev.key !== 'to' && prev.key !== 'about' && prev.key !== 'by' && prev.key !== 'up' && prev.key !== 'from' && prev.key !== 'for') return false;
  const p2 = prevToken(tokens, prev.i);
  if (!p2 || !p2.lower || prev.gap !== ' ') return false;
  // "picked up kez from school"
  if (prev.key === 'up') return p2.key === 'picked' || p2.key === 'pick' || p2.key === 'picking';
  // "dictated by michelle tran", "written by j ramirez"
  if (prev.key === 'by') return AUTHORED.has(p2.key);
  // 'texts from kez: "where r u"', "a call from dre"
  if (prev.key === 'from') return MESSAGE_WORDS.has(p2.key);
  // "waiting for kofi to reply", "asked for dre at reception"
  if (prev.key === 'for') return WAITING_WORDS.has(p2.key);
  // "shout out to jalen"
  if (prev.key === 'to' && p2.key === 'out' && p2.i > 0 && tokens[p2.i - 1]!.key === 'shout') return true;
  if (prev.key === 'to') return SPOKE_WORDS.has(p2.key);
  if (WORRIED_WORDS.has(p2.key)) return true;
  // "told mum about dre", "asked her about kofi": telling someone about the person
  const p3 = p2.i > 0 ? tokens[p2.i - 1] : undefined;
  return !!p3 && p3.lower && p2.gap === ' ' && ((p2.f & C.KIN) !== 0 || TOLD_WHOM.has(p2.key)) && TOLD_WORDS.has(p3.key);
}
/** Messages from someone: "texts from kez". */
/** Telling someone about a person: "told mum about dre". */
const TOLD_WORDS = new Set(['told', 'tell', 'telling', 'asked', 'ask', 'asking', 'texted', 'messaged', 'warned']);
const TOLD_WHOM = new Set(['her', 'him', 'them', 'me', 'us', 'everyone']);
/** Waiting or asking for someone: "waiting for kofi". */
const WAITING_WORDS = new Set(['waiting', 'wait', 'waited', 'asked', 'asking', 'looking', 'looked', 'searching', 'covering', 'covered', 'cover']);
const MESSAGE_WORDS = new Set(['text', 'texts', 'message', 'messages', 'msg', 'msgs', 'call', 'calls', 'dm', 'dms', 'snap', 'snaps', 'voicemail', 'voicemails', 'email', 'emails', 'letter', 'note', 'visit']);
/** Verbs before "by" and the note's author or the person who saw the client: "dictated by", "seen by". */
const AUTHORED = new Set(['dictated', 'written', 'signed', 'completed', 'prepared', 'recorded', 'typed', 'transcribed', 'authored', 'seen', 'reviewed', 'supervised', 'referred', 'assessed', 'countersigned']);

/** The end of a lower-case name at i, with the surname after it: "michelle tran", "hollis brandt" (a word only the name or place lists know, a surname among them). */
function withLowerSurname(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n || n.gap !== ' ' || !n.lower || !n.alpha || n.text.length < 2 || t.end !== t.baseEnd) return t.baseEnd;
  const f = n.f;
  // (a surname, or a word no list knows that is no chat shorthand: "worker shawna pruitt", not "ewa doesnt", "kenz tmrw")
  if ((f & ~(C.SURNAME | C.GIVEN | C.PLACE | C.KNOWN)) !== 0 || ((f & (C.SURNAME | C.KNOWN)) === 0 && (f !== 0 || n.text.length < 4 || AFTER_NAME_WORDS.has(n.key) || n.key.endsWith('nt'))) || hasApostrophe(n.text) || n.end !== n.baseEnd) return t.baseEnd;
  return n.baseEnd;
}
/** Whether an age in brackets follows the token: "yaw (13)", "kez (15, year 10)". */
function ageInBracketsNext(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n || (n.gap !== ' (' && n.gap !== '(') || !n.hasDigit || n.alpha || n.text.length > 2) return false;
  const after = tokens[i + 2];
  return !after || after.gap.startsWith(')') || after.gap.startsWith(',');
}

/** A greeting, "its" or "it's", then the token at i, which is no ordinary word, before punctuation: "hey its jun.". */
function selfIntroduced(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const greeting = tokens[i - 2];
  if (prev === undefined || greeting === undefined || !t.lower || !t.alpha || t.text.length < 2 || (t.f & (C.COMMON | C.WORD_NAME | C.PUBLIC_TERM | C.DOMAIN)) !== 0) return false;
  if (t.gap !== ' ' || prev.gap !== ' ' || !(prev.key === 'its' || (prev.key === 'it' && prev.end !== prev.baseEnd)) || !GREETINGS.has(greeting.key)) return false;
  const next = tokens[i + 1];
  return next === undefined || /^[.,!]/.test(next.gap);
}
const LIFT_WORDS = new Set(['dropped', 'collected', 'drove', 'picked', 'hi', 'hey', 'hiya', 'hello', 'thx', 'ta', 'thanks', 'thank', 'cheers', 'ok', 'okay', 'bye', 'night', 'morning']);
const SPOKE_WORDS = new Set(['spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'chatted', 'chat', 'chatting', 'wrote', 'write', 'explained', 'listened', 'reached', 'apologised', 'apologized', 'introduced']);
const WORRIED_WORDS = new Set(['worried', 'worry', 'worrying', 'concerned', 'asked', 'asking']);

/**
 * A lower-case word that is also a given name ("mason", "sunny", "jay", "ray"), used as a name: after a family
 * word or a title and before a person's verb or the end of the phrase ("his friend mason wants", "coach ray
 * from"); after a word for being with someone and before the end of the phrase ("w sunny –", "w/ jay at"); or
 * starting a sentence, or after "and" just after a name, before a verb of saying ("jay said").
 */
/**
 * A word that is also a given name, in the possessive, before a family word or an age: "will's dad", "bear's 16",
 * "sunny's mum" (a modal in the possessive is always a name: "will's").
 */
function possessiveWordName(t: Token, tokens: readonly Token[]): boolean {
  if (t.baseEnd === t.end || !t.lower || !(t.f & (C.WORD_NAME | C.GIVEN)) || t.f & (C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.RELATION | C.TITLE) || t.baseEnd - t.start < 3) return false;
  if (MODALS.has(t.key)) return true;
  const next = nextToken(tokens, t.i);
  return !!next && next.gap === ' ' && ((next.f & C.KIN) !== 0 || (next.hasDigit && !next.alpha && next.text.length <= 2));
}

/** Whether the token follows the name found last, joined by " & ", " + " or " / " ("kobi & jez", "hamish / deb"). */
function pairedAfterName(t: Token, lastName: number): boolean {
  return lastName === t.i - 1 && (t.gap === ' & ' || t.gap === ' + ' || t.gap === ' / ');
}

/** Whether a phrase ends after the token at i: punctuation, the end of the text, or a word that follows a name ("at", "and", "is" …). */
function phraseEndsAfter(tokens: readonly Token[], i: number): boolean {
  const next = nextToken(tokens, i);
  return !next || /^\s*[,.;:()–—-]/.test(next.gap) || (next.gap === ' ' && next.lower && AFTER_NAME_WORDS.has(next.key));
}

function lowerWordNameAsPerson(t: Token, tokens: readonly Token[], lastName: number): boolean {
  const prev = prevToken(tokens, t.i);
  const next = nextToken(tokens, t.i);
  const endsPhrase = phraseEndsAfter(tokens, t.i);
  // ("hamish / deb, 6/12", "kobi & jez –": a given name just after a name and "&", "+" or "/", where the phrase ends)
  if ((t.f & C.GIVEN) !== 0 && pairedAfterName(t, lastName) && endsPhrase) return true;
  // ("his nan (pat)": the name in brackets after the family word)
  if (prev && prev.lower && (t.gap === ' ' || (t.gap === ' (' && next !== undefined && next.gap.startsWith(')'))) && ((prev.f & C.KIN) !== 0 || ((prev.f & C.TITLE) !== 0 && !HONORIFICS.has(prev.key)))) {
    return endsPhrase || personVerbAfter(tokens, t.i);
  }
  if (prev && prev.lower && (t.gap === ' ' || (t.gap === '/ ' && prev.key === 'w')) && socialBefore(tokens, prev) && (t.f & C.GIVEN) !== 0) return endsPhrase;
  if ((t.sentStart || (prev && prev.key === 'and' && lastName === prev.i - 1)) && next && next.gap === ' ' && says(next.key)) return true;
  return companionCue(tokens, t.i);
}

/**
 * Cues that a lower-case word is someone the writer or client spends time with: "me and jade went", "jade from
 * work is coming round", "lil kev" (a nickname's prefix, see nicknamePrefix).
 */
function companionCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = prevToken(tokens, i);
  const next = nextToken(tokens, i);
  // "me and jade went", "me n dre went bowling", "mum and dean are arguing": after "me and" or a family word and
  // "and", before a verb
  // ("me & dre": the "&" lies in the gap, see ampBefore)
  const before = prev && (prev.key === 'and' || prev.key === 'n') && prev.lower && t.gap === ' ' && prev.gap === ' ' && prev.i > 0 ? tokens[prev.i - 1] : prev && ampBefore(t) ? prev : undefined;
  // ("him and dre fell out", "she and kez went": a pronoun and "and" too)
  if (before && before.lower && (before.key === 'me' || (before.f & C.KIN) !== 0 || PAIR_PRONOUNS.has(before.key))) return !!next && next.gap === ' ' && next.lower && (verbLike(next.key) || WITH_ME_VERBS.has(next.key));
  // 'says dre is "bad news"', "reckons kez was lying": after a verb of saying, before "is" or "was"
  if (prev && prev.lower && t.gap === ' ' && SAYING_BEFORE.has(prev.key) && next && next.gap === ' ' && (next.key === 'is' || next.key === 'was' || next.key === "isn't" || next.key === "wasn't")) return true;
  // "he said mo is his best mate", "tyler was her boyfriend": before "is/was", a possessive and a relation word
  if (next && next.gap === ' ' && (next.key === 'is' || next.key === 'was' || next.key === "'s")) {
    let r = nextToken(tokens, next.i);
    if (r && POSSESSIVES.has(r.key)) r = nextToken(tokens, r.i);
    if (r && (r.key === 'best' || r.key === 'new' || r.key === 'old' || r.key === 'ex')) r = nextToken(tokens, r.i);
    if (r && r.gap === ' ' && r.lower && ((r.f & (C.KIN | C.RELATION)) !== 0 || MATES.has(r.key)) && (prev === undefined || !DETERMINER_BEFORE.has(prev.key))) return true;
  }
  // "kez and her sister came", "siosaia and mum": before "and", a possessive or not, and a family word
  // (not after a possessive or a determiner: "she named her faith and her mother")
  if (andFamilyAfter(tokens, i) && !(prev && t.gap === ' ' && (POSSESSIVES.has(prev.key) || DETERMINER_BEFORE.has(prev.key)))) return true;
  // "jade from work", "sunny from tuesdays": a person known from a place or a group
  // (the word after a space or an opening quote: '19:58 "jade from work is coming round"')
  if (next && next.key === 'from' && next.gap === ' ' && (t.sentStart || /[\s"“‘']$/.test(t.gap))) {
    const g = nextToken(tokens, next.i);
    return !!g && g.gap === ' ' && g.lower && FROM_GROUPS.has(g.key);
  }
  return false;
}

/** Words for a friend or a partner, after "X is his …": "mo is his best mate". */
const MATES = new Set(['mate', 'mates', 'friend', 'bestie', 'bff', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'fella', 'missus', 'cousin', 'bro', 'sis']);

/** Words before "big"/"lil" that make it an adjective: "a big mark", "the big bill". */
const DETERMINER_BEFORE = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'so', 'too', 'very', 'really', 'quite']);

/** Verbs after "me and X" that verbLike does not know. */
/** Pronouns before "and" and a name: "him and dre". */
const PAIR_PRONOUNS = new Set(['him', 'her', 'he', 'she', 'they', 'them', 'we', 'us', 'i']);
/** Verbs of saying before a name and "is": "says dre is". */
const SAYING_BEFORE = new Set(['says', 'said', 'reckons', 'reckoned', 'thinks', 'thought', 'feels', 'felt', 'knows', 'claims', 'claimed', 'admits', 'admitted']);
const WITH_ME_VERBS = new Set(['are', 'were', 'have', 'split', 'broke', 'fell', 'hang', 'hung', 'fight', 'fought', 'argue', 'argued', 'ran', 'walked', 'talked', 'talk', 'go', 'got', 'had', 'used']);
/** What someone is "from" when the word before is a person: "jade from work". */
const FROM_GROUPS = new Set(['work', 'school', 'college', 'uni', 'church', 'footy', 'football', 'gym', 'class', 'group', 'youth', 'tuesdays', 'mondays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'next', 'down', 'up', 'across', 'upstairs', 'downstairs', 'year', 'yr', 'care', 'placement', 'training', 'boxing', 'dance', 'drama', 'mosque', 'temple', 'scouts', 'cadets']);
/** Nickname prefixes said with a name: "lil kev", "big stu". */
export const NICKNAME_PREFIXES = new Set(['lil', 'big', 'lil\'', 'little']);

/** Whether the lower-case word at i follows a nickname's prefix ("lil kev", "big stu"): the prefix's token, or undefined. */
function nicknamePrefix(tokens: readonly Token[], i: number): Token | undefined {
  const prev = prevToken(tokens, i);
  return prev && prev.lower && tokens[i]!.gap === ' ' && NICKNAME_PREFIXES.has(prev.key) && prev.key !== 'little' ? prev : undefined;
}

/** A surname with a lower-case particle and a hyphen or apostrophe: "al-Jubouri", "el-Sayed", "bin-Rashid", "d'Souza". */
const PARTICLE_NAME = /^(?:al|el|ul|as|ash|ad|ar|at|az|an|bin|ibn|abu|ben|bint|de|di|da|du|del|la|le|van|von|d|l)[-'’]\p{Lu}\p{Ll}/u;

/** Where a dictated or typed note names its author: "dictated by", "signed by", "end of note" (any case). */
export const DICTATED_BY = /\b(?:(?:dictated|signed|written|typed|transcribed)\s+by|end\s+of\s+(?:note|dictation)|end\s+dictation)\s+/i;
const DICTATED_BY_ALL = new RegExp(DICTATED_BY.source, 'gi');
/** Qualifications' letters that end a name in a signature: "j ramirez lcsw". */
const CREDENTIALS = new Set(['lcsw', 'lmsw', 'msw', 'lpc', 'lpcc', 'lmft', 'lisw', 'licsw', 'lcpc', 'ncsp', 'psyd', 'phd', 'rn', 'bsw', 'ma', 'ms', 'med', 'ccc', 'mhc', 'lmhc', 'edd']);

/**
 * "dictated by j ramirez lcsw", "end of note a. kowal school counselor": in a note written in lower case (as
 * voice-to-text writes it), the one to three words after "dictated by" or "end of note", up to a qualification, a
 * role or the end of the line, are the author's name (a letter, a given name or a word no list knows among them).
 */
export function dictatedBy(text: string, tokens: readonly Token[], out: Span[]): void {
  for (const m of text.matchAll(DICTATED_BY_ALL)) {
    const lo = firstTokenAt(tokens, m.index + m[0].length, 0, tokens.length);
    let end = lo;
    let named = false;
    while (end < tokens.length && end - lo < 3) {
      const t = tokens[end]!;
      // (an ordinary word that is no given name ends it: "the", "school counselor", "family support worker")
      if (!t.lower || !t.alpha || (end > lo && !/^\.?\s$/.test(t.gap)) || CREDENTIALS.has(t.key) || ROLE_WORDS.has(t.key) || (t.f & (C.COLLEAGUE | C.RELATION | C.KIN | C.TITLE | C.CALENDAR)) !== 0 || (t.text.length > 1 && (t.f & C.COMMON) !== 0 && (t.f & C.GIVEN) === 0) || ((DETERMINERS.has(t.key) || POSSESSIVES.has(t.key)) && !(t.text.length === 1 && text.charCodeAt(t.end) === 46))) break;
      if (t.text.length === 1 || (t.f & C.GIVEN) !== 0 || noListKnows(t.f) || (t.f & C.SURNAME) !== 0) named = true;
      end++;
    }
    // (the name must end the line or stand before a qualification or a role)
    const after = tokens[end];
    const ends = !after || after.gap.includes('\n') || CREDENTIALS.has(after.key) || ROLE_WORDS.has(after.key) || (after.f & C.COLLEAGUE) !== 0 || (after.lower && ROLE_WORDS.has(tokens[end + 1]?.key ?? ''));
    if (end > lo && named && ends) out.push(span('PERSON', tokens[lo]!.start, tokens[end - 1]!.baseEnd, 'model'));
  }
}

// Rules of the proper-noun model that judge a run by what stands around it: a role, a business or a name's
// letters in brackets ("Mo (safeguarding lead)", "the family takeaway (Spice Villa, Werneth)"); an author's
// name used for a model or a method ("the Ehlers and Clark model"); a service every area has, named by its area
// ("Lewisham CAMHS"). Called by judgeRun (proper-nouns.ts).
import * as C from './classes.js';
import { EMPLOYER_BRAND_NAMES } from './lexicon.js';
import { INITIALS, NOT_INITIALS, ROLE_WORDS, STATE_ABBRS, ampBefore, noListKnows } from './cues.js';
import type { Run } from './run.js';
import { span, type Span } from './span.js';
import type { Token } from './tokens.js';

/**
 * A person named beside a role in brackets: "consult Mo (safeguarding lead)", "Bex (her key worker)", "Precious
 * (goes by Prish)"; or initials in brackets after a role: "Tutor comments (SR):", "reviewed by supervisor (JK)".
 * A single capitalised word that reads as a name (a given name, a word that is also one, a place word, or a word no
 * list knows), not a month, a title or a public term; initials no list knows.
 */
export function bracketedRoleRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  if (businessInBrackets(run, text, out)) return true;
  if (run.toks.length !== 1 || run.titled) return false;
  const t = run.toks[0]!;
  // (a bracket opens just before or just after the token, or the rule cannot apply)
  const after = tokens[t.i + 1];
  const g = run.beforeGap;
  if (!(after && (after.gap === ' (' || after.gap === '(')) && g !== ' (' && g !== '(') return false;
  if (t.text.length < 2) return false;
  // "Spoke to KT (social worker)", "tel. MH (counsellor)": initials before a role in brackets (an acronym too:
  // a role is said of a person)
  if (t.upper && INITIALS.test(t.text) && !(t.f & (NOT_INITIALS & ~C.ACRONYM)) && !STATE_ABBRS.has(t.text) && roleInBracketsAfter(t, tokens, text)) {
    out.push(span('PERSON', t.start, t.baseEnd, 'model', { colleague: run.colleague }));
    return true;
  }
  if (t.upper) {
    const before = run.before;
    // "the school resource officer (SRO)", "an independent domestic violence advocate (IDVA)": letters in brackets
    // that are the initials of the words just before them name the role, not a person
    if ((g === ' (' || g === '(') && abbreviatesWordsBefore(t, tokens)) return false;
    // "1. Young carer's assessment by 31 March (DK).": initials in brackets ending an action in a list, who does it
    if ((g === ' (' || g === '(') && text.charCodeAt(t.end) === 41 && INITIALS.test(t.text) && !(t.f & NOT_INITIALS) && !STATE_ABBRS.has(t.text) && actionOwner(text, t)) {
      out.push(span('PERSON', t.start, t.baseEnd, 'model', { colleague: run.colleague }));
      return true;
    }
    if (!before || !before.lower || (g !== ' (' && g !== '(') || text.charCodeAt(t.end) !== 41) return false;
    // "on the way to uni (UTS)", "at college (TCCD)": an acronym no list knows, in brackets after a word for a
    // place of study, work or care, is that place's name
    if (PLACE_OF_WORDS.has(before.key) && t.text.length <= 6 && t.alpha && !(t.f & (C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COMMON))) {
      out.push(span('ORG', t.start, t.end, 'model'));
      return true;
    }
    if (!INITIALS.test(t.text) || t.f & NOT_INITIALS || STATE_ABBRS.has(t.text)) return false;
    if (!(ROLE_WORDS.has(before.key) || (before.f & C.COLLEAGUE) !== 0 || SIGNED_BY.has(before.key))) return false;
  } else {
    // (a country or a place that is also a given name, "Jordan (youth worker)", or a place word, "Bex (her key
    // worker)": a role in brackets is said of a person, not of a place)
    if (!t.cap || t.f & (C.CALENDAR | C.TITLE | C.PUBLIC_TERM | C.ACRONYM | C.ORG_SUFFIX) || (t.f & C.PUBLIC_NAME && !(t.f & C.GIVEN))) return false;
    if (!(t.f & (C.GIVEN | C.WORD_NAME | C.SURNAME | C.PLACE) || noListKnows(t.f))) return false;
    if (!roleInBracketsAfter(t, tokens, text)) return false;
  }
  out.push(span('PERSON', t.start, t.baseEnd, 'model', { colleague: run.colleague }));
  return true;
}

/**
 * Whether the capitals of `t` (in brackets) are the first letters of as many words just before the bracket, in
 * order, ignoring "of", "and", "for" and "the" among them: "school resource officer (SRO)", "Child and Adolescent
 * Mental Health Service (CAMHS)". Not a name's initials: "spoke to Kate Turner (KT)" stays a person's letters
 * (a word of the name is a given name or a surname, and not an ordinary word).
 */
function abbreviatesWordsBefore(t: Token, tokens: readonly Token[]): boolean {
  const letters = t.text;
  let k = letters.length - 1;
  let allLower = true;
  let nameWord = false;
  for (let j = t.i - 1; j >= 0 && k >= 0; j--) {
    const w = tokens[j]!;
    if (j < t.i - 1 && w.gap.includes('\n')) return false;
    if (j !== t.i - 1 && tokens[j + 1]!.gap !== ' ' && tokens[j + 1]!.gap !== '-') return false;
    if (!w.alpha) return false;
    const key = w.key;
    if ((key === 'of' || key === 'and' || key === 'the' || key === 'for') && (key.charCodeAt(0) !== (letters.charCodeAt(k) | 32))) continue;
    if ((w.text.charCodeAt(0) | 32) !== (letters.charCodeAt(k) | 32)) return false;
    if (!w.lower) allLower = false;
    if (w.cap && (w.f & (C.GIVEN | C.SURNAME | C.KNOWN)) !== 0 && (w.f & C.COMMON) === 0) nameWord = true;
    k--;
  }
  return k < 0 && (allLower || !nameWord);
}

/** Whether the bracket after `t` ends its line (a full stop allowed) and the line is an item of a list ("1.", "-", "•"). */
function actionOwner(text: string, t: Token): boolean {
  if (!/^\)\.?[ \t]*(?:\r?\n|$)/.test(text.slice(t.end, t.end + 4))) return false;
  const ls = text.lastIndexOf('\n', t.start) + 1;
  return /^[ \t]*(?:\d{1,2}[.)]|[-•*–])\s/.test(text.slice(ls, ls + 6));
}

/**
 * "the family takeaway (Spice Villa, Werneth)", "his church (EFKS Mt Druitt)": a business or place of worship
 * named in brackets after the lower-case word for it — the capitalised words up to a comma or the bracket's end.
 */
function businessInBrackets(run: Run, text: string, out: Span[]): boolean {
  const g = run.beforeGap;
  if (g !== ' (' && g !== '(') return false;
  const { toks, before } = run;
  if (toks.length > 4 || run.titled || !before || !before.lower || !BUSINESS_WORDS.has(before.key)) return false;
  const c = text.charCodeAt(run.last.end);
  if (c !== 41 && c !== 44) return false; // ")" or ","
  if (toks.length === 1 && (toks[0]!.f & (C.ACRONYM | C.PUBLIC_TERM | C.COMMON))) return false;
  out.push(span('ORG', toks[0]!.start, run.last.end, 'model'));
  return true;
}

/** Lower-case words for a business or a place of worship, before its name in brackets. */
const BUSINESS_WORDS = new Set(['takeaway', 'shop', 'restaurant', 'cafe', 'café', 'place', 'church', 'mosque', 'temple', 'gurdwara', 'gym', 'club', 'salon', 'garage', 'pub', 'bar', 'store', 'warehouse', 'factory', 'firm', 'business', 'employer', 'workplace', 'bakery', 'barbers', 'barbershop', 'chippy', 'supermarket']);

/** Lower-case words for a place of study, work or care, before its name's letters in brackets ("uni (UTS)"). */
const PLACE_OF_WORDS = new Set(['uni', 'university', 'college', 'school', 'hospital', 'work', 'employer', 'job', 'church', 'campus', 'clinic', 'surgery', 'practice', 'agency', 'charity', 'council', 'firm', 'company', 'academy', 'nursery', 'club']);

/** Words after which initials in brackets sign a comment ("comments (SR)", "initials (JK)"). */
const SIGNED_BY = new Set(['comments', 'comment', 'notes', 'initials', 'signed', 'by', 'author', 'reviewer']);

/** Words that open a bracket naming the name before it ("(goes by …)", "(née …)", "(preferred name)"). */
const NAME_BRACKET = /^\s?\((?:goes by|known as|aka|a\.k\.a\.|nickname|née|nee|preferred name|prefers|pronouns)\b/i;

/**
 * Whether " (" follows the token, then up to four lower-case words ending in a role, a relation or a colleague,
 * and the closing bracket: "(safeguarding lead)", "(her key worker)", "(mum's partner)"; or the first item of a
 * list, a role ("(bf, senior)") or any words before an age that ends the bracket ("(care leaver, 19)"); not a
 * phrase with a preposition, which says something else ("Leeds (with her mum)", "Bury (near her nan)").
 */
function roleInBracketsAfter(t: Token, tokens: readonly Token[], text: string): boolean {
  const open = tokens[t.i + 1];
  if (!open || (open.gap !== ' (' && open.gap !== '(')) return false;
  if (NAME_BRACKET.test(text.slice(t.end, t.end + 18))) return true;
  for (let j = t.i + 1; j < tokens.length && j <= t.i + 4; j++) {
    const w = tokens[j]!;
    // ("Referred by Jack (GP)", "Mo (SENCO)": a role in capitals)
    if ((j > t.i + 1 && w.gap !== ' ') || !(w.lower || (w.upper && isRoleWord(w))) || NOT_IN_ROLE.has(w.key)) return false;
    const c = text.charCodeAt(w.end);
    if (c === 41) return isRoleWord(w);
    // ("Hunter (bf, senior)", "Jordan (care leaver, 19)": the first of a list, a role, or any words before an age)
    if (c === 44) return isRoleWord(w) || AGE_ENDS_BRACKET.test(text.slice(w.end, w.end + 6));
  }
  return false;
}

function isRoleWord(w: Token): boolean {
  return ROLE_WORDS.has(w.key) || (w.f & (C.COLLEAGUE | C.RELATION | C.KIN)) !== 0;
}

/** ", 19)": a comma, then an age that closes the bracket. */
const AGE_ENDS_BRACKET = /^,\s?\d{1,2}\)/;

/** Words that make a bracket something other than a role: prepositions, conjunctions, verbs of being. */
const NOT_IN_ROLE = new Set(['with', 'near', 'from', 'at', 'to', 'in', 'on', 'and', 'or', 'for', 'by', 'via', 'of', 'who', 'which', 'is', 'was', 'not', 'no', 'like', 'without', 'after', 'before', 'about', 'than', 'as', 'see', 'cc']);

/** Lower-case words that follow an eponymous model, method or test: "the Ehlers and Clark model". */
const MODEL_WORDS = new Set(['model', 'models', 'approach', 'framework', 'theory', 'method', 'protocol', 'technique', 'scale', 'test', 'inventory', 'questionnaire', 'mode', 'modes', 'cycle', 'stages', 'pyramid', 'hierarchy', 'triangle', 'paradigm', 'formulation', 'criteria', 'principles']);

/** Lower-case words naming a therapy or a way of working, before its author in brackets: "compassion-focused therapy (Gilbert)". */
const THERAPY_WORDS = new Set(['therapy', 'model', 'approach', 'framework', 'theory', 'method', 'externalising', 'externalizing', 'formulation', 'work', 'practice', 'technique', 'techniques', 'intervention', 'programme', 'program', 'mindfulness', 'self-compassion', 'mentalisation', 'mentalization']);

/**
 * An author's name used for a model or a method, never a person in the note: before a model word, alone or
 * joined to another name ("the Ehlers and Clark model", "Hawkins and Shohet modes"), or in brackets after a
 * therapy's name ("compassion-focused therapy (Gilbert)", "externalising (White and Epston)", "Te Whare Tapa Whā
 * (Durie)").
 */
export function eponymRun(run: Run, tokens: readonly Token[]): boolean {
  if (run.titled || run.relation !== undefined || run.labelled) return false;
  const last = run.last;
  const first = run.toks[0]!;
  let after = tokens[last.i + 1];
  // (neither a lower-case word or a name joined by "&" after the run nor a bracket, "and" or "&" before it: nothing
  // to test)
  const g = run.beforeGap;
  const bracketBefore = g === ' (' || g === '(' || (g === ' ' && run.before !== undefined && run.before.key === 'and') || ampBefore(first);
  if (!bracketBefore && !(after && ((after.gap === ' ' && after.lower) || ampBefore(after)))) return false;
  // ("Ehlers and Clark model", "Hawkins & Shohet modes": past one more name joined by "and" or "&")
  if (after && after.key === 'and' && after.lower) {
    const other = tokens[after.i + 1];
    if (other && other.cap && other.gap === ' ') after = tokens[other.i + 1];
  } else if (after && after.cap && ampBefore(after)) after = tokens[after.i + 1];
  // ("(Clark's model)", "Beck's model": in the possessive, a name no given-name list knows, or one in brackets or after
  // "the"; not "Sam's model railway")
  if (after && after.gap === ' ' && after.lower && MODEL_WORDS.has(after.key) && (last.end === last.baseEnd || !(last.f & C.GIVEN) || g === ' (' || g === '(' || (run.before !== undefined && run.before.key === 'the'))) return true;
  // ("Clark's cognitive model", "Shapiro's standard protocol", "Morrison's 4x4x4 model": in the possessive, one or two
  // words in lower case or with digits, then a model word)
  // (a surname, or a name no given-name list knows: not "Sam's new model car")
  if (last.end !== last.baseEnd && (!(last.f & C.GIVEN) || (last.f & (C.SURNAME | C.WORD_SURNAME)) !== 0) && after && after.gap === ' ' && !after.cap && !after.upper) {
    if (MODEL_WORDS.has(after.key)) return true;
    for (let j = after.i + 1; j <= after.i + 2 && j < tokens.length; j++) {
      const w = tokens[j]!;
      if (w.gap !== ' ' || w.cap || w.upper) break;
      if (MODEL_WORDS.has(w.key)) return true;
    }
  }
  // in brackets after a therapy's name
  let before = run.before;
  let gap = run.beforeGap;
  // ("(White and Epston)", "(White & Epston)": the second name, after the first and "and" or "&")
  if (before && before.key === 'and' && gap === ' ' && before.i >= 2 && tokens[before.i - 1]!.cap) {
    gap = tokens[before.i - 1]!.gap;
    before = tokens[before.i - 2];
  } else if (before && before.cap && ampBefore(first) && before.i >= 1) {
    gap = before.gap;
    before = tokens[before.i - 1];
  }
  if (gap !== ' (' && gap !== '(') return false;
  // (a therapy word in lower case, a model's name, or a public term in capitals: "the Discrimination Model (Bernard)",
  // "CFT (Gilbert)", "ACT (Hayes)"; not "with me (Bronwyn)")
  if (!before || !((THERAPY_WORDS.has(before.key) && (before.lower || MODEL_WORDS.has(before.key))) || ((before.f & C.PUBLIC_TERM) !== 0 && !before.lower))) return false;
  // (the bracket closes after this name, or after one more joined by "and"/"&")
  let end = last;
  const join = tokens[last.i + 1];
  if (join && join.key === 'and' && nameClosesBracket(tokens, join.i + 1)) end = tokens[join.i + 1]!;
  else if (join && ampBefore(join) && nameClosesBracket(tokens, join.i)) end = join;
  const close = tokens[end.i + 1];
  return first.cap && (close === undefined || close.gap.startsWith(')')) && run.toks.length <= 2;
}

/** Whether a capitalised token at j is followed by a closing bracket. */
function nameClosesBracket(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && t.cap && (next === undefined || next.gap.startsWith(')'));
}

/** Services that every area has, named by their area before them ("Lewisham CAMHS", "Salford Mind"). */
const AREA_SERVICES = new Set(['camhs', 'cmht', 'cmhs', 'iapt', 'yot', 'yjs', 'mash', 'crht', 'pcyc', 'csc', 'mind', 'ymca', 'ywca', 'foodbank', 'cab', 'shelter']);

/** Words that qualify an area's name: "Central Manchester", "North Leeds". */
const AREA_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'central', 'greater', 'inner', 'outer', 'mid', 'upper', 'lower', 'north-east', 'north-west', 'south-east', 'south-west']);

/**
 * A local team of a service every area has, named by its place: "Lewisham CAMHS", "Central Manchester CMHT",
 * "Salford Mind", "Kirwan PCYC" (the service alone is national: "referred to CAMHS").
 */
export function localServiceRule(run: Run, out: Span[]): boolean {
  const { toks } = run;
  const n = toks.length;
  if (n < 2 || !AREA_SERVICES.has(toks[n - 1]!.key)) return false;
  let place = false;
  // ("Suggested Telford Mind's parent group": past a sentence's first word that is no place)
  const from = toks[0]!.sentStart && !(toks[0]!.f & C.PLACE) && n > 2 ? 1 : 0;
  for (let q = from; q < n - 1; q++) {
    const t = toks[q]!;
    if (!t.cap) return false;
    if (AREA_QUALIFIERS.has(t.key)) continue;
    if (!(t.f & C.PLACE) || t.f & (C.PUBLIC_TERM | C.ACRONYM)) return false;
    place = true;
  }
  if (!place) return false;
  out.push(span('ORG', toks[from]!.start, run.last.baseEnd, 'model'));
  return true;
}

/**
 * An employer named after a word for getting, doing or losing a job: "applied to Bunnings", "was sacked from
 * Boots", "interview with JD Sports", "trial shift at Pizza Hut", "left Greggs", "Quit Target after a row",
 * "drives for Uber". One to three capitalised words (an acronym only before a word, "JD Sports"), none a given
 * name (an interview is often with a person: the person rules judge those), a relation, a title, a month or a
 * public term other than a company's brand ("applied to Centrelink", "left the Army" stay).
 */
export function employerRule(run: Run, tokens: readonly Token[], out: Span[]): boolean {
  if (brandBeforeWorkplace(run, tokens, out)) return true;
  let toks = run.toks;
  let before = run.before;
  // ("Left Sports Direct in March": the verb starts the sentence and so the run)
  if (toks.length >= 2 && toks[0]!.sentStart && LEAVE_VERBS.has(toks[0]!.key) && toks[1]!.gap === ' ') {
    before = toks[0];
    toks = toks.slice(1);
  } else if (!before || run.beforeGap !== ' ' || run.titled || run.relation || run.quoted) return false;
  if (toks.length > 3) return false;
  // (the words are tested before the words before them: most runs fail here, without the regex)
  const first0 = toks[0]!;
  if (first0.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR | C.NAME_LABEL) || first0.hasDigit) return false;
  if (!employerCue(before!, tokens)) return false;
  // (a platform is left or joined as a user: "left Facebook", "joined TikTok"; a brand counts only after a word for work)
  const leaving = LEAVE_VERBS.has(before!.key);
  const first = toks[0]!;
  // (initials before a word that is not a name are a company's: "JD Sports", not "JT Smith")
  if (first.f & C.GIVEN && !(EMPLOYER_BRANDS.has(first.key) && !leaving) && !(first.upper && toks.length > 1 && !(toks[1]!.f & (C.GIVEN | C.SURNAME) && !(toks[1]!.f & C.COMMONISH)))) return false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.hasDigit || !(t.cap || t.upper) || t.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR | C.NAME_LABEL)) return false;
    if (t.f & (C.PUBLIC_TERM | C.PUBLIC_NAME) && !(EMPLOYER_BRANDS.has(t.key) && !leaving)) return false;
    // (an acronym only before a word: "JD Sports", not "applied to PIP" or "left CAMHS")
    if (t.upper && (i === toks.length - 1 || t.f & C.DOMAIN)) return false;
    if (i > 0 && toks[i]!.gap !== ' ') return false;
  }
  // (a place of study or a kind of place is not an employer's name: "applied to University", "left School")
  if (toks.length === 1 && GENERIC_PLACES.has(first.key)) return false;
  // ("Applied to Local Authority jobs", "Started at High School": a kind of place; "Quit Smoking": an activity)
  if (toks.length > 1 && GENERIC_FIRST.has(first.key)) return false;
  if (toks.length === 1 && first.f & C.COMMON && first.key.endsWith('ing')) return false;
  // (a town is judged by the place rules: "left Leeds in 2019")
  if (toks.length === 1 && first.f & C.PLACE && !(first.f & C.COMMON)) return false;
  // ("interview with JT Smith": initials and a surname are a person's)
  const person = toks.length === 2 && first.upper && first.text.length <= 3 && (toks[1]!.f & C.SURNAME) !== 0;
  out.push(person ? span('PERSON', first.start, toks[1]!.baseEnd, 'model', { colleague: run.colleague }) : span('ORG', first.start, toks[toks.length - 1]!.end, 'model'));
  return true;
}
/**
 * "works nights at the Amazon warehouse", "a shift at the Tesco depot": one or two capitalised words after "the"
 * and before a word for a workplace are the employer's name (not a common word, a month or a public term other
 * than a brand: "the Main office", "the Christmas shop", "the NHS site").
 */
function brandBeforeWorkplace(run: Run, tokens: readonly Token[], out: Span[]): boolean {
  const { toks, before } = run;
  if (toks.length > 2 || !before || before.key !== 'the' || !before.lower || run.beforeGap !== ' ' || run.titled || run.quoted) return false;
  const last = toks[toks.length - 1]!;
  const next = tokens[last.i + 1];
  if (!next || next.gap !== ' ' || !next.lower || !WORKPLACES.has(next.key) || last.end !== last.baseEnd) return false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.hasDigit || t.sentStart || (i > 0 && t.gap !== ' ')) return false;
    if (t.f & (C.TITLE | C.RELATION | C.KIN | C.CALENDAR | C.NAME_LABEL | C.DOMAIN | C.ORG_SUFFIX)) return false;
    if (t.f & (C.PUBLIC_TERM | C.PUBLIC_NAME) && !EMPLOYER_BRANDS.has(t.key)) return false;
    // (an ordinary word capitalised in mid-sentence is a brand, "the Toll warehouse", "the Shell garage"; not a word
    // for which or where, "the Main warehouse", "the North depot")
    if (t.f & C.COMMON && !(t.f & (C.GIVEN | C.SURNAME | C.PLACE)) && !EMPLOYER_BRANDS.has(t.key) && (toks.length > 1 || NOT_BRANDS.has(t.key))) return false;
    // (a town's name there is the place: "until the Wakefield depot closed", "the Leeds office")
    if (t.f & C.PLACE && !EMPLOYER_BRANDS.has(t.key)) return false;
  }
  out.push(span('ORG', toks[0]!.start, last.end, 'model'));
  return true;
}
/** Ordinary words that say which or where a workplace is rather than whose: "the Main warehouse", "the New site". */
const NOT_BRANDS = new Set(['main', 'central', 'north', 'south', 'east', 'west', 'new', 'old', 'big', 'small', 'local', 'head', 'regional', 'national', 'city', 'town', 'county', 'district', 'night', 'day', 'evening', 'weekend', 'other', 'same', 'first', 'second', 'last', 'next', 'nearest', 'closest', 'corner', 'village', 'high', 'upper', 'lower']);
/** Words for a workplace after an employer's name: "the Amazon warehouse", "the Tesco depot". */
const WORKPLACES = new Set(['warehouse', 'depot', 'factory', 'plant', 'store', 'superstore', 'branch', 'distribution', 'fulfilment', 'fulfillment', 'call', 'site', 'shop', 'outlet', 'kitchen', 'restaurant', 'dealership', 'showroom', 'yard', 'mill', 'garage', 'cafe', 'café', 'pub', 'salon', 'gym', 'hotel', 'bakery', 'takeaway']);
/** Verbs of leaving or joining an employer, after which a capitalised word is the employer ("quit Primark"). */
const LEAVE_VERBS = new Set(['left', 'quit', 'joined', 'rejoined', 'resigned']);
/** Words for getting, doing or losing a job, up to three words before "to", "from", "with", "by" or "at" and the employer. */
const JOB_KEYS = new Set(['applied', 'applying', 'apply', 'application', 'applications', 'sacked', 'fired', 'dismissed', 'resigned', 'redundant', 'interview', 'interviews', 'interviewed', 'offer', 'offers', 'offered', 'shift', 'shifts', 'trial', 'job', 'jobs', 'placement', 'contract', 'hired', 'started', 'starting', 'starts', 'manager', 'boss', 'apprentice', 'apprenticeship', 'intern', 'trainee', 'cashier', 'cleaner', 'carer', 'driver', 'chef', 'cook', 'barista', 'porter', 'labourer', 'laborer', 'technician', 'mechanic', 'receptionist', 'waiter', 'waitress', 'bartender', 'picker', 'packer', 'operative', 'employee', 'staff', 'traineeship', 'internship', 'cv', 'cvs', 'work', 'works', 'worked', 'working', 'employed', 'volunteer', 'volunteers', 'volunteered', 'volunteering']);
/** Before "for", only words for working ("applied for Access", "an offer for Computer Science" are courses). */
const WORK_FOR_KEYS = new Set(['work', 'works', 'worked', 'working', 'employed', 'drive', 'drives', 'driving', 'drove', 'delivered', 'rode', 'cleans', 'cleaned', 'deliver', 'delivers', 'delivering', 'ride', 'rides', 'riding', 'volunteer', 'volunteers', 'volunteered', 'volunteering', 'shift', 'shifts', 'job', 'jobs']);
function employerCue(before: Token, tokens: readonly Token[]): boolean {
  if (!before.lower && !before.sentStart) return false;
  if (LEAVE_VERBS.has(before.key)) return true;
  if (!EMPLOYER_PREPS.has(before.key) || !before.lower) return false;
  // (the job word up to four words back, in the same sentence)
  const keys = before.key === 'for' ? WORK_FOR_KEYS : JOB_KEYS;
  let gapAfter = before.gap;
  for (let j = before.i - 1; j >= 0 && j >= before.i - 4; j--) {
    if (gapAfter !== ' ' && !/^[\s'’-]*$/.test(gapAfter)) break; // (one space, the usual gap, without the regex)
    const w = tokens[j]!;
    if (keys.has(w.key)) return true;
    // ("aircraft fitter at Airbus", "a warehouse operator at DHL": a word for someone's trade just before "at")
    if (j === before.i - 1 && before.key === 'at' && agentNoun(w)) return true;
    gapAfter = w.gap;
  }
  return false;
}
/**
 * Whether a lower-case word reads as a word for someone's trade or role: one of TRADE_WORDS ("nurse", "assistant"),
 * or an ending in "-er", "-or", "-ist" or "-ian" ("fitter", "supervisor", "pharmacist", "electrician"), not a family
 * word, a comparative or one of the ordinary words with those endings ("mother", "later", "over", "dinner", "member").
 */
function agentNoun(w: Token): boolean {
  const k = w.key;
  if (!w.lower || !w.alpha || k.length < 5 || w.f & (C.KIN | C.CALENDAR)) return false;
  if (TRADE_WORDS.has(k)) return true;
  if (!(k.endsWith('er') || k.endsWith('or') || k.endsWith('ist') || k.endsWith('ian'))) return false;
  return !NOT_AGENT_NOUNS.has(k) && !k.endsWith('ier') && !k.endsWith('ther') && !k.endsWith('ever');
}
const TRADE_WORDS = new Set(['nurse', 'guard', 'assistant', 'consultant', 'attendant', 'accountant', 'analyst', 'paralegal', 'medic', 'paramedic', 'midwife', 'steward', 'stewardess', 'clerk', 'associate', 'agent', 'executive', 'specialist', 'tech']);
// (trades that JOB_KEYS has, 'cashier', 'apprentice', 'chef' …, are found by it already, up to four words back)
const NOT_AGENT_NOUNS = new Set(['older', 'younger', 'elder', 'later', 'after', 'under', 'water', 'dinner', 'number', 'member', 'summer', 'winter', 'letter', 'corner', 'paper', 'matter', 'power', 'order', 'floor', 'error', 'honor', 'color', 'behavior', 'center', 'shelter', 'cancer', 'anger', 'danger', 'border', 'disorder', 'register', 'counter', 'quarter', 'major', 'minor', 'interior', 'exterior', 'senior', 'junior', 'favor', 'labor', 'harbor', 'mirror', 'horror', 'terror', 'sector', 'factor', 'motor', 'monitor', 'visitor', 'corridor', 'christian', 'asian', 'indian', 'italian', 'canadian', 'australian', 'persian', 'median', 'guardian', 'twist', 'wrist', 'exist', 'assist', 'insist', 'resist', 'persist', 'consist', 'wider', 'closer', 'bigger', 'smaller', 'better', 'lower', 'upper', 'inner', 'outer', 'longer', 'shorter', 'faster', 'slower', 'harder', 'stronger', 'weaker', 'higher', 'deeper', 'cheaper', 'bitter', 'sober', 'proper', 'tender', 'gender', 'render', 'wonder', 'ponder', 'offer', 'suffer', 'differ', 'prefer', 'refer', 'defer', 'enter', 'alter', 'answer', 'cover', 'discover', 'recover', 'consider', 'remember', 'deliver', 'encounter', 'murder', 'shower', 'flower', 'tower', 'timer', 'poster', 'folder', 'printer', 'trailer', 'locker', 'sticker', 'charger', 'computer', 'tractor', 'ladder', 'hammer', 'scanner', 'blender', 'burger', 'butter', 'pepper', 'supper', 'lager', 'cider', 'liquor', 'doctor']);

/**
 * Companies' brands that are public terms elsewhere ("ordered a Deliveroo", "got an Uber") but an employer's name here:
 * tech and delivery brands, and the lexicon's large employers known by one word (EMPLOYER_BRAND_NAMES).
 */
const EMPLOYER_BRANDS: ReadonlySet<string> = new Set(['uber', 'airbnb', 'ebay', 'paypal', 'google', 'facebook', 'meta', 'netflix', 'spotify', 'tiktok', 'microsoft', 'apple', 'tesla', 'lego', 'nintendo', 'ubereats'].concat(EMPLOYER_BRAND_NAMES.filter((b) => !b.includes(' ')).map((b) => b.toLowerCase().replace(/['’]s$/, ''))));
const EMPLOYER_PREPS = new Set(['to', 'from', 'with', 'by', 'at', 'for']);
const GENERIC_PLACES = new Set(['university', 'uni', 'college', 'school', 'sixth', 'work', 'home', 'church', 'council', 'hospital', 'court', 'prison', 'care', 'office', 'head', 'hr', 'management', 'reception', 'security', 'admin', 'retail', 'hospitality', 'construction', 'warehouse', 'agency', 'temp', 'family', 'friends', 'year', 'grade', 'form', 'class', 'level', 'stage', 'key', 'scouts', 'cubs', 'beavers', 'brownies', 'guides', 'rainbows', 'cadets', 'himself', 'herself', 'themselves', 'myself']);
const GENERIC_FIRST = new Set(['local', 'high', 'primary', 'secondary', 'sixth', 'junior', 'senior', 'middle', 'sunday', 'saturday', 'youth', 'student', 'students', 'community', 'social', 'public', 'private', 'state', 'national', 'the', 'alcoholics', 'narcotics', 'gamblers', 'cocaine', 'further', 'higher', 'adult', 'family', 'job', 'civil', 'armed']);

/**
 * Letters no list knows, as a university's, college's or hospital's name: before a word for what it offers or
 * decides ("UWE nursing degree", "SJSU decision comes in April", "NSU campus visit", "UHW on the cancer ward" is
 * not), or after "at", "to", "into" or "from" where the sentence is about study ("transfer to UTRGV", "applied to
 * DMU"). Three to five capitals; not a state's letters, not a word or an acronym any list knows.
 */
export function acronymOrgRule(run: Run, text: string, tokens: readonly Token[], out: Span[]): boolean {
  if (run.toks.length !== 1 || run.titled || run.quoted) return false;
  const t = run.toks[0]!;
  if (!t.upper || !t.alpha || t.text.length < 3 || t.text.length > 5 || (t.f & ~C.KNOWN) !== 0 || STATE_ABBRS.has(t.text)) return false;
  const next = tokens[t.i + 1];
  const offers = !!next && next.gap === ' ' && next.lower && ACRONYM_ORG_AFTER.has(next.key);
  const before = run.before;
  const study = !!before && before.lower && run.beforeGap === ' ' && STUDY_PREPS.has(before.key) && STUDY_BEFORE.test(text.slice(Math.max(0, before.start - 48), before.start));
  if (!offers && !study) return false;
  out.push(span('ORG', t.start, t.end, 'model'));
  return true;
}
/** What a university, college or hospital offers or decides, after its letters: "UWE nursing", "SJSU decision". */
const ACRONYM_ORG_AFTER = new Set(['campus', 'decision', 'decisions', 'admissions', 'halls', 'dorm', 'dorms', 'orientation', 'tuition', 'alumni', 'ward', 'wards', 'outpatients', 'maternity']);
const STUDY_PREPS = new Set(['at', 'to', 'into']);
const STUDY_BEFORE = /\b(?:transfer(?:red|ring)?|applied|applying|accepted|admitted|enrol(?:led|ling)?|got|get|getting|visit(?:ing)?|tour(?:ing)?)\b[^.\n]{0,20}$/i;

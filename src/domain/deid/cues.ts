// Word lists and token helpers shared by the proper-noun model (proper-nouns.ts) and its rules for informal,
// lower-case notes (informal.ts): verbs a person does, modals, honorifics, social cues, and neighbours of a token.
import { isAsciiDigit, isSpace } from './chars.js';
import * as C from './classes.js';
import type { Token } from './tokens.js';

/**
 * Whether an "&" joins the token to the one before it ("Hawkins & Shohet", "me & dre"). An "&" is never a token
 * of its own: it lies in the gap, so `t.text === '&'` is never true.
 */
export function ampBefore(t: Token): boolean {
  return t.gap === ' & ' || t.gap === '&';
}

/** The last code unit of s before its trailing whitespace (/\s*$/), or -1 when s is all whitespace. */
export function lastBeforeSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i < 0 ? -1 : s.charCodeAt(i);
}

export const REL_GAP = /^\s*[(,:]?\s*$/;

export function prevToken(tokens: readonly Token[], index: number): Token | undefined {
  return index > 0 ? tokens[index - 1] : undefined;
}

export function nextToken(tokens: readonly Token[], index: number): Token | undefined {
  return index + 1 < tokens.length ? tokens[index + 1] : undefined;
}

/** Verbs in the past that start a sentence before an organisation's name: "Left Oak Tree Academy at 16". */
export const IRREGULAR_PAST = new Set(['left', 'went', 'got', 'quit', 'began', 'became', 'took', 'rang', 'saw', 'met', 'won', 'lost', 'chose', 'wrote', 'sent', 'kept', 'found', 'made', 'sat', 'ran', 'taught', 'told', 'came', 'spent']);
export const POSSESSIVES = new Set(['her', 'his', 'my', 'their', 'our', 'your']);
export function hasApostrophe(s: string): boolean {
  return s.includes("'") || s.includes('’');
}

/** ("fafsa is due": a thing is, has and does too; a verb a person does is a stronger sign) */
export const BE_HAVE_DO = new Set(['is', 'was', 'has', 'had', 'did', 'does', "isn't", "wasn't", "hasn't", "didn't", "doesn't"]);
export const MODALS = new Set(['will', 'may', 'can', 'must', 'might', 'shall', 'should', 'would', 'could']);
/** Greetings before a name: "hey ro —", "hi it's kez!". */
export const GREETINGS: ReadonlySet<string> = new Set(['hey', 'hi', 'hiya', 'hello', 'yo']);
/** Greetings and thanks before a name: "hey destiny!!", "thanks grace,". */
export const GREETED: ReadonlySet<string> = new Set([...GREETINGS, 'thanks', 'thx', 'cheers', 'bye']);
/** A verb a person does (not a modal, nor "is", "has" or "did") after the token at i: "mason wants", "jay said", "gráinne worried". */
export function personVerbAfter(tokens: readonly Token[], i: number): boolean {
  const next = nextToken(tokens, i);
  if (!next || next.gap !== ' ' || !next.lower || MODALS.has(next.key) || BE_HAVE_DO.has(next.key)) return false;
  return PERSON_VERBS.has(next.key) || says(next.key) || (next.key.length > 4 && next.key.endsWith('ed'));
}

/** Words for meeting, messaging or being with someone, before a lower-case given name. */
export const SOCIAL_CUES = new Set(['with', 'w', 'met', 'meet', 'meeting', 'texted', 'texting', 'messaged', 'messaging', 'told', 'asked', 'ask', 'tell', 'called', 'rang', 'phoned', 'saw', 'seen', 'seeing', 'visited', 'hugged', 'dm', 'dmd', 'dmed', 'snapchatted']);

export const STATE_ABBRS = new Set(['NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT', 'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WV', 'WI', 'WY']);
/** States' letters that are also a degree's, after a person's name: "Jordan Whitehorse, MA", "Kai Smith, MS". */
export const DEGREE_STATES: ReadonlySet<string> = new Set(['MA', 'MS', 'MD', 'PA']);
/** Honorifics written in lower case before a surname (not "dr", "dr appointment", nor "miss", a verb too). */
export const LOWER_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'mister']);
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'dr', 'prof', 'sgt', 'rev', 'revd', 'sir', 'dame', 'madam', 'sra', 'srta']);

/** Whether only a list number, a bullet or quotes stand between the start of the line and `pos`. */
export function lineStartAt(text: string, pos: number): boolean {
  for (let p = pos - 1; p >= 0 && p >= pos - 8; p--) {
    const c = text.charCodeAt(p);
    if (c === 10) return true;
    if (!(isSpace(c) || isAsciiDigit(c) || c === 46 || c === 41 || c === 45 || c === 42 || c === 8226 || c === 8211 || c === 34 || c === 8220 || c === 40)) return false;
    if (p === 0) return true;
  }
  return pos === 0;
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'any', 'no', 'each', 'every']);
/** Verbs of saying and doing that follow a person's name (a set: keys are looked up, not matched). */
export const SAYS_WORDS = new Set(['said', 'says', 'told', 'asked', 'reported', 'reports', 'feels', 'felt', 'noticed', 'realised', 'realized', 'decided', 'came', 'went', 'wants', 'wanted', 'arrived', 'attended', 'called', 'rang', 'phoned', 'texted', 'explained', 'described', 'disclosed', 'agreed', 'denied', 'admitted', 'cried', 'laughed', 'thinks', 'thought', 'shared', 'mentioned', 'seemed', 'looked', 'brought', 'left', 'missed', 'cancelled', 'canceled']);
/** Verbs after a person's initials or name: the verbs of saying and more a person does ("SM is angry", "JB keeps saying"). */
export const PERSON_VERBS = new Set([...SAYS_WORDS, 'notices', 'observes', 'observed', 'reflects', 'reflected', 'assesses', 'tells', 'asks', 'discloses', 'describes', 'denies', 'agrees', 'keeps', 'kept', 'presents', 'presented', 'is', 'was', 'has', 'had', 'seems', 'became', 'gets', 'got', 'lives', 'lived', 'works', 'worked', 'will', 'would', 'can', 'could', 'did', 'does', 'didn\'t', 'doesn\'t', 'isn\'t', 'wasn\'t', 'hasn\'t', 'won\'t', 'can\'t', 'emailed', 'signs', 'signed', 'prefers', 'needs', 'needed', 'likes', 'liked', 'loves', 'hates', 'struggles', 'struggled', 'continues', 'remains', 'refused', 'refuses', 'declined', 'declines', 'accepted', 'accepts', 'engaged', 'engages', 'responded', 'disagreed', 'wrote', 'writes', 'brings', 'spoke', 'speaks', 'hopes', 'hoped', 'plans', 'planned', 'turns', 'turned', 'consents', 'consented', 'attends', 'requests', 'requested']);

export function says(k: string): boolean {
  return SAYS_WORDS.has(k);
}

/** Whether a word's class bits say no list knows it (the case's own names aside): "kez", "westlake". */
export function noListKnows(f: number): boolean {
  return (f & ~C.KNOWN) === 0;
}

/** Roles a person is named beside (besides the relation and colleague words of the lexicon). */
export const ROLE_WORDS = new Set(['visitor', 'worker', 'nurse', 'teacher', 'manager', 'officer', 'coordinator', 'receptionist', 'supervisor', 'mentor', 'counsellor', 'counselor', 'therapist', 'psychologist', 'psychiatrist', 'doctor', 'gp', 'tutor', 'coach', 'advocate', 'keyworker', 'caseworker', 'midwife', 'carer', 'assistant', 'clinician', 'practitioner', 'lead', 'director', 'head', 'principal', 'chaplain', 'pastor', 'imam', 'rabbi', 'priest', 'consultant', 'registrar', 'paramedic', 'pharmacist', 'solicitor', 'lawyer', 'attorney', 'interpreter', 'volunteer', 'neighbour', 'neighbor', 'landlord', 'landlady', 'employer', 'boss', 'deputy', 'administrator', 'secretary', 'chair', 'trainer', 'instructor', 'lecturer', 'dietitian', 'physio', 'physiotherapist', 'optometrist', 'dentist', 'surgeon', 'specialist', 'navigator', 'liaison', 'senco', 'headteacher', 'leader', 'neuropsychologist', 'psychotherapist', 'nurse-practitioner', 'caseworker', 'case-manager']);

/** Two or three capitals: someone's initials, unless a list knows them (NOT_INITIALS). */
export const INITIALS = /^[A-Z]{2,3}$/;

/** Word classes that make two capitals an acronym or a word rather than someone's initials. */
export const NOT_INITIALS = C.ACRONYM | C.PUBLIC_TERM | C.PUBLIC_NAME | C.DOMAIN | C.COMMON | C.UNIT | C.ID_CUE;

/** Verbs before a state: "was tearful", "seemed anxious". */
export const STATE_VERBS = new Set(['is', 'was', 'seems', 'seemed', 'looked', 'looks', 'felt', 'feels', 'became', 'appeared', 'appears', 'remains', 'remained', "isn't", "wasn't"]);
/** States only a person is in (not "Hope was important", "Summer was hot"). */
export const PERSON_STATES = new Set(['tearful', 'upset', 'angry', 'anxious', 'withdrawn', 'distressed', 'agitated', 'late', 'absent', 'excluded', 'suspended', 'arrested', 'pregnant', 'tired', 'exhausted', 'sad', 'teary', 'crying', 'subdued', 'guarded', 'defensive', 'chatty', 'engaged', 'irritable', 'hostile', 'polite', 'dishevelled', 'disheveled', 'intoxicated', 'drunk', 'homeless', 'admitted', 'discharged', 'bullied', 'scared', 'frightened', 'worried', 'nervous', 'embarrassed', 'ashamed', 'furious', 'quiet', 'reluctant', 'keen', 'motivated', 'unwell', 'poorly', 'sick']);

/** Whether "is"/"was"/"seemed" … and a state only a person is in follow the token: "Hope was tearful", "kez is upset". */
export function personStateAfter(tokens: readonly Token[], i: number): boolean {
  const v = nextToken(tokens, i);
  if (!v || v.gap !== ' ' || !STATE_VERBS.has(v.key)) return false;
  const a = nextToken(tokens, v.i);
  return !!a && a.gap === ' ' && a.lower && PERSON_STATES.has(a.key);
}

/** Auxiliaries and modals before an action only a person does ("Hope didn't attend", "Summer hasn't been sleeping"). */
/** (the auxiliaries and modals above, and the denied forms; not "may" or "shall", which are months and words too) */
const ACTION_AUX = new Set([...BE_HAVE_DO, ...MODALS, "hadn't", "won't", "can't", "couldn't", "wouldn't"].filter((k) => k !== 'may' && k !== 'shall'));
/** Where someone moves: "moved out", "moved in". */
const MOVED_WHERE = new Set(['out', 'in', 'house', 'home', 'back', 'away', 'schools', 'school', 'flats']);
/** Words between the auxiliary and the action: "has still not attended", "didn't even reply". */
const ACTION_ADVERBS = new Set(['not', 'also', 'still', 'now', 'just', 'already', 'never', 'finally', 'even', 'again', 'really', 'since']);
/** Actions only a person does, after an auxiliary (a thing, an idea or a season does none of them). */
const PERSON_ACTIONS = new Set(['attend', 'attended', 'attending', 'turned', 'turning', 'sleep', 'sleeping', 'slept', 'eating', 'eaten', 'ring', 'rung', 'ringing', 'phone', 'phoned', 'phoning', 'text', 'texted', 'texting', 'reply', 'replied', 'replying', 'answered', 'answering', 'cry', 'cried', 'crying', 'apologise', 'apologised', 'apologize', 'apologized', 'enrol', 'enrolled', 'enroll', 'applied', 'applying', 'engage', 'engaged', 'engaging', 'disclose', 'disclosed', 'disclosing', 'brought', 'bringing', 'signed', 'agreed', 'refused', 'declined', 'talked', 'talking', 'spoken', 'speaking', 'said', 'told', 'asked', 'asking', 'visited', 'visiting', 'wanted', 'wanting', 'cope', 'coping', 'coped', 'manage', 'managing', 'managed', 'self-harmed', 'self-harming', 'drinking', 'smoking', 'using', 'taking', 'studying', 'revising', 'working', 'worked', 'settled', 'settling', 'struggling', 'struggled', 'sleeping', 'understand', 'understood', 'remember', 'remembered', 'decided']);
/** Actions a season or a month does too ("Summer is coming", "May has started"): only after a person's name that is not one. */
const PERSON_MOVES = new Set(['come', 'coming', 'started', 'starting', 'missed', 'missing', 'moved', 'moving', 'left', 'leaving', 'gone', 'going', 'returned', 'returning', 'arrived', 'arriving']);
/** "Hope has been off school", "Grace has been tearful", "Faith has been sleeping": after "been". */
const AFTER_BEEN = new Set(['off', 'absent', 'excluded', 'suspended', 'sleeping', 'attending', 'coming', 'going', 'engaging', 'struggling', 'self-harming', 'drinking', 'using', 'living', 'staying', 'working', 'crying', 'missing', 'seen', 'referred', 'discharged', 'admitted', 'arrested', 'offered', 'told', 'asked', 'bullied', 'signed', 'placed']);

/**
 * Whether an auxiliary (and an adverb or two) then an action only a person does follow the token at i: "Hope
 * didn't attend", "Summer hasn't been sleeping", "Faith has been off school", "Grace isn't coming to group"
 * (movement only after a name that is not a month or a season: `calendar`). Or "turned up".
 */
export function personActionAfter(tokens: readonly Token[], i: number, calendar: boolean): boolean {
  const v = nextToken(tokens, i);
  if (!v || v.gap !== ' ' || !v.lower) return false;
  if (v.key === 'turned' || v.key === 'turns') {
    const up = nextToken(tokens, v.i);
    return !!up && up.gap === ' ' && up.key === 'up';
  }
  // "Hope moved out", "Grace moved in with her dad" (not a month's or a season's: "Summer moved in fast")
  if (!calendar && (v.key === 'moved' || v.key === 'moves')) {
    const p = nextToken(tokens, v.i);
    return !!p && p.gap === ' ' && MOVED_WHERE.has(p.key);
  }
  if (!ACTION_AUX.has(v.key)) return false;
  let a = nextToken(tokens, v.i);
  let denied = v.key.endsWith("n't");
  for (let k = 0; k < 2 && a && a.gap === ' ' && ACTION_ADVERBS.has(a.key); k++) {
    if (a.key === 'not' || a.key === 'never') denied = true;
    a = nextToken(tokens, a.i);
  }
  if (!a || a.gap !== ' ' || !a.lower) return false;
  if (a.key === 'been') {
    const b = nextToken(tokens, a.i);
    return !!b && b.gap === ' ' && b.lower && (AFTER_BEEN.has(b.key) || PERSON_STATES.has(b.key));
  }
  if (PERSON_ACTIONS.has(a.key)) return true;
  // (movement is said of hope and joy too, "Hope is coming back", "Joy has returned": only denied of a person,
  // "Grace isn't coming to group", or starting a place or a course, "Hope has started college")
  if (calendar || !PERSON_MOVES.has(a.key)) return false;
  if (denied) return true;
  const o = nextToken(tokens, a.i);
  return (a.key === 'started' || a.key === 'starting') && !!o && o.gap === ' ' && START_OBJECTS.has(o.key);
}
const START_OBJECTS = new Set(['college', 'school', 'uni', 'university', 'work', 'nursery', 'sixth', 'year', 'her', 'his', 'their', 'a', 'an', 'medication', 'counselling', 'counseling', 'therapy', 'treatment', 'placement', 'training']);

/** Whether a lower-case family word follows the token at i: "siosaia's mum", "Bill's dad". */
export function kinAfter(tokens: readonly Token[], i: number): boolean {
  const n = nextToken(tokens, i);
  return !!n && n.gap === ' ' && n.lower && (n.f & C.KIN) !== 0;
}

/** Whether "and", a possessive or not, and a family word follow the token at i: "Tom and her mum", "KT and mum". */
export function andFamilyAfter(tokens: readonly Token[], i: number): boolean {
  const a = nextToken(tokens, i);
  if (!a || a.key !== 'and' || a.gap !== ' ') return false;
  let k = nextToken(tokens, a.i);
  if (k && POSSESSIVES.has(k.key) && k.gap === ' ') k = nextToken(tokens, k.i);
  return !!k && k.lower && k.gap === ' ' && (k.f & C.KIN) !== 0;
}

/** Whether the letter A–F is a grade: before "in" and a school subject, "A's and B's", "rest is C's". */
export function gradeLetter(t: Token, tokens: readonly Token[], text: string): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 70) return false;
  const next = tokens[t.i + 1];
  const subject = tokens[t.i + 2];
  if (next !== undefined && subject !== undefined && next.key === 'in' && next.gap === ' ' && subject.gap === ' ' && SCHOOL_SUBJECTS.has(subject.key)) return true;
  if (GRADES_LISTED.test(text.slice(Math.max(0, t.start - 8), t.start + 9))) return true;
  // ("rest is C's", "all A's", "straight Bs": a grade in the plural after "is", "all", "straight" …)
  const prev = tokens[t.i - 1];
  return prev !== undefined && prev.lower && t.gap === ' ' && GRADE_PLURAL_BEFORE.has(prev.key) && /^(?:['’]s|s)(?![\p{L}\p{N}])/u.test(text.slice(t.start + 1, t.start + 4));
}
const GRADE_PLURAL_BEFORE = new Set(['is', 'are', 'all', 'straight', 'mostly', 'got', 'get', 'gets', 'and']);
const SCHOOL_SUBJECTS = new Set(['math', 'maths', 'english', 'reading', 'writing', 'spelling', 'science', 'history', 'geography', 'biology', 'chemistry', 'physics', 'art', 'music', 'french', 'spanish', 'german', 'pe', 'computing', 'algebra', 'geometry', 'economics', 'psychology', 'sociology', 'ela', 'literature', 'drama', 'business', 'it']);
/** Grades in the plural, listed: "A's and B's", "Bs and Cs". */
const GRADES_LISTED = /\b[A-F](?:['’]s|s) (?:and|&|or) [A-F](?:['’]s|s)\b/;

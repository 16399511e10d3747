// Context rules applied around a cue, NegEx-style: a trigger before the cue (or a few forms after it)
// and a scope that ends at a terminator ("but", "however", ";") or after a few words. All offsets are
// within one sentence; `before` is the sentence text up to the cue, `after` the text following it.
import type { Evidence } from './types.js';
import { rx } from './vocabulary.js';

/** Words that end the scope of a negation, a hypothetical or a time cue. */
const TERMINATOR = rx("(?:;|:|\\bbut\\b|\\bhowever\\b|\\balthough\\b|\\bthough\\b|\\bexcept\\b|\\bapart from\\b|\\byet\\b|\\bwhereas\\b|\\bwhile\\b|\\bbecause\\b|\\bwho\\b|\\bwhich\\b|\\bsaying\\b|\\bafter\\b|\\bwhen\\b|\\bsince\\b|\\band (?:she|he|they|I|the client|client|says|said|reports|reported|wants|wanted|has|had|is|was|feels|felt|admits|admitted|described|talked|told|thinks|plans|will|would|keeps|now|then|also|still)\\b|\\bnow\\b|,\\s*(?:he|she|they|I|the client|client)\\b)", 'gi');

/** Denials and absences: scope up to MAX_NEG_WORDS words ("denies any current thoughts of suicide"). */
const NEGATION_PRE = rx("\\b(?:no(?! one\\b| longer\\b| matter\\b)|denies|denied|deny|denying|never|without|nor|none|negative for|ruled out|absence of|free (?:of|from)|" +
  "no evidence of|no signs? of|no indication of|no history of|no concerns? (?:about|regarding|re)|nothing to suggest|unlikely to)\\b", 'gi');
/** Verb negations: a short scope ("does not want to die"), so "if things don't improve she might…" is not a denial. */
const NEGATION_VERB = rx("\\b(?:not|doesn't|does not|didn't|did not|isn't|is not|wasn't|was not|hasn't|has not|haven't|have not|hadn't|had not|" +
  "don't|do not|won't|will not|wouldn't|would not|never been)\\b", 'gi');

/** "Suicidal ideation: none", "thoughts of self-harm denied", "HTO - nil". */
const NEGATION_POST = rx("^(?:\\s+[\\w-]+){0,2}\\s*(?:[:=\\-–—]\\s*|\\s+(?:was|were|is|are)\\s+)?(?:none|nil|denied|absent|not present|ruled out|negative|not (?:reported|disclosed|identified|indicated|evident)|(?:denies|denied|denying) (?:both|all|any|either|it|them|this|these))\\b|^[^.;]{0,30}?,? which (?:she|he|they) (?:denies|denied)\\b", 'i');

/** "no longer self-harming" means it has stopped: history, not a denial. */
const NO_LONGER = rx("\\b(?:no longer|not any ?more|stopped)\\b", 'i');

const MAX_NEG_WORDS = 7;
const MAX_VERB_NEG_WORDS = 3;

/** Text of the current clause before the cue: from the last terminator in `before`. */
function clauseBefore(before: string): string {
  let cut = 0;
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(before)) !== null) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function isNegated(before: string, after: string): boolean {
  if (NEGATION_POST.test(afterClause(after))) return true;
  const clause = clauseBefore(before);
  return withinScope(clause, NEGATION_PRE, MAX_NEG_WORDS) || withinScope(clause, NEGATION_VERB, MAX_VERB_NEG_WORDS);
}

function withinScope(clause: string, trigger: RegExp, maxWords: number): boolean {
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = trigger.exec(clause)) !== null) last = m.index + m[0].length;
  if (last < 0) return false;
  const gap = clause.slice(last).trim();
  return (gap === '' ? 0 : gap.split(/\s+/).length) <= maxWords;
}

function afterClause(after: string): string {
  const m = /[;.!?]|\bbut\b|\bhowever\b/i.exec(after);
  return m ? after.slice(0, m.index) : after;
}

// ── time ─────────────────────────────────────────────────────────────────────────────────
const PAST = rx("\\b(?:(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|a few|a couple of) (?:years?|months?|decades?) ago|" +
  "years ago|in the past|previously|previous|historic(?:al|ally)?|history of|used to|as a (?:child|teenager|teen|student|young (?:person|man|woman|adult|child|boy|girl)|kid)|" +
  "when (?:she|he|they|I) (?:was|were) (?:younger|little|small|a (?:child|teenager|teen|student|kid))|at (?:primary|secondary) school|" +
  "at university|in (?:19|20)\\d\\d|(?:free|clear) of (?:it|self-harm|cutting|urges|this|them) for|throughout (?:her|his|their|my) (?:teens|childhood|twenties|youth|school years)|teens|teenage years|back in|last year|none since|not since|nothing since|no (?:[\\w-]+ ){1,4}(?:for|since) (?:\\d+|a|one|two|three|four|five|six|several|many) (?:years?|months?)|" +
  "in (?:her|his|their|my) (?:teens|twenties|thirties|youth|childhood)|childhood|old (?:self-harm )?scars|healed scars|no longer|at (?:the age of )?(?:[1-9]|1[0-9])\\b|convicted|served)\\b", 'i');
const CURRENT = rx("\\b(?:now|currently|at present|presently|today|tonight|this (?:week|month|morning|afternoon|evening|weekend|term|year)|" +
  "recently|recent|again|still|started|starting|restarted|relapse[ds]?|last (?:night|week|weekend|month)|yesterday|at the weekend|ongoing|" +
  "most days|every day|daily|every night|these days|at the moment|right now|lately|since (?:the|losing|her|his|their|starting|the start)|this past|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b", 'i');

export function timeOf(sentence: string, cueStart: number): 'current' | 'past' {
  const before = sentence.slice(0, cueStart);
  const clauseStart = before.length - clauseBefore(before).length;
  const clauseEndRel = (() => {
    const rest = sentence.slice(cueStart);
    const m = /;|\bbut\b|\bhowever\b|\balthough\b/i.exec(rest);
    return m ? cueStart + m.index : sentence.length;
  })();
  const clause = sentence.slice(clauseStart, clauseEndRel);
  if (CURRENT.test(clause)) return 'current';
  if (PAST.test(clause)) return 'past';
  if (CURRENT.test(sentence)) return 'current';
  if (PAST.test(sentence)) return 'past';
  return 'current';
}

export function stoppedBefore(before: string): boolean {
  return NO_LONGER.test(clauseBefore(before).split(/\s+/).slice(-4).join(' '));
}

// ── reported speech ──────────────────────────────────────────────────────────────────────
/** Someone other than the client is the source: "her mother said", "according to the school", "police told". */
const THIRD_PARTY = "(?:mother|mum|mom|father|dad|parents?|carers?|sister|brother|partner|husband|wife|boyfriend|girlfriend|friends?|neighbou?rs?|" +
  "teachers?|school|college|university|GP|doctor|psychiatrist|police|social worker|social services|health visitor|nurse|colleagues?|manager|employer|" +
  "aunt|uncle|grand(?:mother|father|ma|pa|parents?)|nan|gran|son|daughter|cousin|flatmate|housemate|someone|staff|a&e|hospital|probation|landlord|relative|family|stepdad|stepmum|referrer|referral|nursery|pre-school|childminder|youth worker|support worker|key worker|care worker|housing officer)";
const REPORTED = rx(`\\b${THIRD_PARTY}\\b(?:\\s+\\w+){0,2}?\\s+(?:said|says|told|tells|reported|reports|rang|called|phoned|messaged|emailed|texted|wrote|mentioned|informed|alleged|alleges|raised (?:a )?concerns?|is worried|was worried|believes?|thinks|found|saw|disclosed|shared|contacted)\\b|` +
  `\\baccording to\\b|\\b(?:apparently|allegedly|reportedly|rumou?red|it is alleged|it was reported|it has been reported)\\b|\\b(?:letter|referral|report|email|message) from\\b|\\b(?:GP|school|police|hospital) (?:letter|referral|report)\\b`, 'i');

export function isReported(before: string): boolean {
  return REPORTED.test(before);
}

// ── hypotheticals and worries ────────────────────────────────────────────────────────────
const HYPOTHETICAL = rx("\\b(?:worried|worries|worry|concerned|concern is|afraid|frightened|scared|fears?|feared|fearful)\\b(?!\\s+(?:of|about (?:her|his|their) (?:husband|partner|wife|boyfriend|girlfriend|ex|dad|father|mum|mother)))|" +
  "\\b(?:in case|what if|at risk of|risk (?:that|of)|might|(?<!wish(?:es|ed)? (?:that )?(?:she|he|they|I|we) )could|unless|(?:he|she|they|I|we|it|who) may)\\b", 'i');
const IF = /\bif\b|\bwhether\b/gi;
const MAIN_CLAUSE = rx("(?:,|\\b(?:he|she|they|I|we)(?:'ll|'d| will| would| is going to| wants to)\\b|\\bthen\\b|\\b(?:he|she|they|I|we)\\s*$)", 'i');

export function isHypothetical(before: string): boolean {
  const clause = clauseBefore(before);
  if (HYPOTHETICAL.test(clause)) return true;
  // "if she ever hurts him" is hypothetical; "if his girlfriend leaves him he will kill her" is a threat made now.
  IF.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = IF.exec(before)) !== null) last = m.index;
  if (last < 0) return false;
  return !MAIN_CLAUSE.test(before.slice(last));
}

export function evidenceOf(sentence: string, start: number): Evidence {
  const before = sentence.slice(0, start);
  if (isReported(before)) return 'reported';
  if (isHypothetical(before)) return 'hypothetical';
  if (stoppedBefore(before)) return 'past';
  return timeOf(sentence, start);
}

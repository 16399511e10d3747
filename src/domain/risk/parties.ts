// Who is involved: whether abuse concerns a child or an adult at risk, whether a threat comes from
// the client or from someone who may be harming the client, and whether a target is identifiable
// (CONTRACTS.md §1 `identifiableVictim`). Heuristics from the words of one sentence; they prompt, the
// practitioner corrects.
import type { Cue } from './lexicon.js';
import type { DetectOptions, RiskCategory, RiskIndicator } from './types.js';
import { ABUSER, ADULT_MARKER, CHILD_STRONG, CHILD_WEAK, PERSON, REFLEXIVE, rx } from './vocabulary.js';

/** Settles an abuse cue to child protection and/or adult safeguarding; [] when it does not apply. */
export function settleAbuse(sentence: string, cue: Cue, indicator: RiskIndicator, opts: DetectOptions): RiskCategory[] {
  const strong = CHILD_STRONG.test(sentence);
  const weak = CHILD_WEAK.test(sentence);
  const adult = ADULT_MARKER.test(sentence);
  if (cue.needsChild && !strong && !weak && opts.clientIsChild !== true) return [];
  if (cue.assumeChild) return opts.clientIsChild === false ? ['adult-safeguarding'] : ['child-protection'];
  // Domestic abuse with children in the household is both (children who see or hear it are harmed).
  if (indicator === 'domestic-abuse' || indicator === 'coercive-control') {
    if (strong || opts.clientIsChild === true) return adult || indicator === 'domestic-abuse' ? ['adult-safeguarding', 'child-protection'] : ['child-protection'];
    return ['adult-safeguarding'];
  }
  // Financial abuse and modern slavery are of adults (Care Act) unless a child is named.
  if ((indicator === 'financial-abuse' || indicator === 'modern-slavery') && !strong && opts.clientIsChild !== true) return ['adult-safeguarding'];
  if (opts.clientIsChild === true || strong) return ['child-protection'];
  if (adult) return ['adult-safeguarding'];
  if (weak) return opts.clientIsChild === false ? ['adult-safeguarding'] : ['child-protection'];
  return cue.defaultChild && opts.clientIsChild !== false ? ['child-protection'] : ['adult-safeguarding'];
}

const PARTNER = /\b(?:husband|wife|ex|ex-?(?:partner|husband|wife|boyfriend|girlfriend)|partner|boyfriend|girlfriend|spouse|fianc[eé]e?)\b/i;
const PARENT_PAIR = /\b(?:dad(?:dy)?|father|step-?dad)\b[\s\S]*\b(?:mum(?:my)?|mom(?:my)?|mother)\b|\b(?:mum(?:my)?|mom(?:my)?|mother)\b[\s\S]*\b(?:dad(?:dy)?|father)\b/i;
const SEXUAL = /\b(?:rap(?:e|es|ed)|molest\w*|abus(?:es|ed) (?:her|him) sexually)\b/i;

/** "her partner hits her" is domestic abuse; "daddy hurts mummy" too; "raped" is sexual abuse. */
export function refineAbuseIndicator(matched: string, indicator: RiskIndicator): RiskIndicator {
  if (indicator !== 'physical-abuse') return indicator;
  if (SEXUAL.test(matched)) return 'sexual-abuse';
  const withoutParentsPartners = matched.replace(/\b(?:mum|mom|dad|mother|father)['’]s (?:boyfriend|girlfriend|partner)\b/gi, 'parent');
  if (PARTNER.test(withoutParentsPartners) || PARENT_PAIR.test(matched)) return 'domestic-abuse';
  return indicator;
}

const SUBJECT = rx(`\\b(?:(${ABUSER})|(he|she|they|I|client|mentee|young person|son|daughter|friend|flatmate))\\b`, 'gi');

/**
 * The nearest subject before a threat: 'abuser' (partner, parent, carer…), 'client' (a pronoun or the
 * client) or null. A relative "who" is skipped, so "her husband, who threatens…" finds the husband.
 */
export function nearestSubject(before: string): 'abuser' | 'client' | null {
  SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: 'abuser' | 'client' | null = null;
  while ((m = SUBJECT.exec(before)) !== null) last = m[1] !== undefined ? 'abuser' : 'client';
  return last;
}

const OWNER: Record<string, string> = { he: 'his', she: 'her', i: 'my', they: 'their', client: 'their' };
const PRONOUN_SUBJECT = /\b(he|she|I|they|client)\s+(?:(?:has|have|had|is|was|were|are|been|keeps|kept|always|often|still|also|just|now|then|will|would|can|could|usually|sometimes|never)\s+){0,3}$/i;
const POSSESSIVE = /\b(his|her|their|my)\b/gi;

/** "she uses her bank card": the money belongs to the subject, so it is not someone else's. */
export function ownsIt(before: string, matched: string): boolean {
  const s = PRONOUN_SUBJECT.exec(before);
  if (!s) return false;
  const owner = OWNER[s[1]!.toLowerCase()]!;
  const poss = [...matched.matchAll(POSSESSIVE)].map((m) => m[1]!.toLowerCase());
  return poss.length > 0 && poss[poss.length - 1] === owner;
}

/**
 * A partner or family member as the subject right before the conduct ("her ex keeps turning up", "his dad
 * will make her pay"): at the start of a clause, so an object ("sending her ex dozens of messages") or a
 * relative clause ("the lads who jumped his brother will pay") does not count.
 */
export const ABUSER_SUBJECT = rx(`(?:^|[,;:(]\\s*|\\b(?:and|but|because|as|said|says|that|when|if|while|then|now)\\s+)(?:(?:her|his|their|my|the|a|an|client's)\\s+)?(?:[\\w'-]+\\s+)?${ABUSER}\\s+(?:(?:has|have|had|is|was|were|are|been|keeps|kept|always|often|still|also|just|now|then|will|would|'ll|'d|says|said|threatened|threatens)\\s+){0,3}$`, 'i');

/**
 * Someone other than the client as the subject right before the conduct ("a colleague, Mr Patel, keeps
 * calling…", "a man keeps following her"): the client is the one on the receiving end, so it is not
 * risk to others (an abuser is caught first, by ABUSER_SUBJECT).
 */
export const THIRD_SUBJECT = rx(`(?:^|[,;:(]\\s*|\\b(?:and|but|because|as|said|says|that|when|if|while|then|now)\\s+)(?:(?:a|an|the|her|his|their|some|one|this|that)\\s+)?(?:[\\w-]+\\s+)?(?:colleagues?|co-?workers?|manager|boss|supervisor|neighbou?rs?|stranger|man|men|woman|women|someone|somebody|customers?|students?|classmates?|pupils?|teachers?|lads?|girls?|boys?|guys?|person|people|landlord|gang|group|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z][\\w'’-]+)(?:\\s*,[^,;]{1,40},)?\\s+(?:(?:has|have|had|is|was|were|are|been|keeps|kept|always|often|still|also|just|now|then|will|would|'ll|'d)\\s+){0,3}$`, 'i');

const CLIENT_OBJECT = rx(`^\\s+(?:her|him|me|them|us|the client|mummy|mum|mom)\\b`, 'i');
const REFLEXIVE_OBJECT = rx(`^\\s+(?:${REFLEXIVE})\\b`, 'i');
const IDIOM_OBJECT = rx("^\\s+(?:it|time|for|off|two birds|this|that|(?:her|his|their|my) (?:feelings|chances|career|confidence)|" +
  "(?:the|this|that|my|his|her|their|an?) (?:\\w+ )?(?:quiz|exam|exams|test|interview|game|match|competition|presentation|audition|race|song|deadline|essay|" +
  "course|module|mood|vibe|lights?|engine|music|conversation|idea|bug|process|problem|task|project|assignment|gig|set|show|stage|role|job|performance|dance|look|outfit|pizza|burger|coffee|cake|drink|pint|sandwich|curry|kebab|chips|food|meal|takeaway|chocolate|beer|wine))\\b", 'i');
const NEEDS_PERSON = /^(?:.*\b(?:hit|punch|burn|smash|glass|knife|torch)\b)/i;
const PERSON_OBJECT = rx(`^\\s+(?:(?:(?:his|her|their|my|the|a|an)\\s+)?(?:\\S+'s\\s+)?(?:\\w+\\s+)?${PERSON}\\b|him\\b|her\\b|them\\b|me\\b|someone|somebody|people|anyone|[A-Z][a-z]+)`, 'i');

export type HarmReading = 'self' | 'idiom' | 'abuse' | 'others';

/** Reads a threat or intent to harm by what follows it and who is doing it. */
export function readHarm(matched: string, before: string, after: string): HarmReading {
  if (REFLEXIVE_OBJECT.test(after)) return 'self';
  if (IDIOM_OBJECT.test(after)) return 'idiom';
  if (NEEDS_PERSON.test(matched) && !PERSON_OBJECT.test(after)) return 'idiom';
  if (BOSS_IDIOM.test(before)) return 'idiom';
  if (nearestSubject(before) === 'abuser' && CLIENT_OBJECT.test(after)) return 'abuse';
  return 'others';
}

/** "his boss will kill him if the report is late": a figure of speech about a boss or teacher. */
const BOSS_IDIOM = /\b(?:boss|manager|teacher|tutor|lecturer|supervisor|coach)\s*$/i;

const CHILD_VICTIM = /\b(?:bab(?:y|ies)|toddlers?|infants?|child|children|kids?|newborn|(?:his|her|their) (?:son|daughter))\b/i;
const ADULT_VICTIM = /\b(?:elderly|disabled|frail|older (?:person|man|woman|relative)|(?:his|her|their) (?:grand(?:mother|father|ma|pa|parents?)|nan|gran))\b|\b(?:mother|father|mum|dad)\b(?=[^.]*\b(?:elderly|dementia|frail)\b)/i;

/** A client harming a child or an elderly relative also raises child protection or adult safeguarding. */
export function victimCategories(objectText: string): RiskCategory[] {
  const out: RiskCategory[] = [];
  if (CHILD_VICTIM.test(objectText)) out.push('child-protection');
  if (ADULT_VICTIM.test(objectText)) out.push('adult-safeguarding');
  return out;
}

const TARGET = rx(`^\\s+(?:against\\s+|at\\s+|towards?\\s+)?((?:(?:his|her|their|my|the)\\s+)(?:\\S+'s\\s+)?(?:(?:new|old|former|ex|elderly|younger|older)\\s+)?(?:ex-?partner|ex|${PERSON})\\b)`, 'i');
const NAMED = /^(?:[^.;]{0,30}?)\b((?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z][a-z'’-]+|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)/;

/** Offset (relative to `after`) and length of an identifiable target following a threat, if any. */
export function findTarget(after: string): { start: number; end: number } | null {
  const named = NAMED.exec(after);
  const rel = TARGET.exec(after);
  const m = rel ?? named;
  if (!m || m[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

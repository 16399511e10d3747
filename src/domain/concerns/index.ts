// Concerns (issue 7), the pure part: colleague concerns (PRACTICE T1–T3) told apart as workplace conflict or
// harassment/misconduct, the options offered to the client for each, the facts the engine is asked about,
// and the order of the safeguarding lead's queue. Data and functions only: no I/O, no clock.
import type { Concern } from '../decision/index.js';

export const CONCERN_KINDS = ['general', 'colleague'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

/** What the client describes about a colleague. Conflict is interpersonal; harassment and misconduct are conduct. */
export const COLLEAGUE_NATURES = ['conflict', 'harassment', 'misconduct'] as const;
export type ColleagueNature = (typeof COLLEAGUE_NATURES)[number];

export const URGENCY_LEVELS = ['immediate', 'urgent', 'soon', 'routine'] as const;
export type EscalationUrgency = (typeof URGENCY_LEVELS)[number];

export const DECISION_OUTCOMES = ['no-further-action', 'support-within-service', 'consult', 'refer', 'disclose', 'other'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface ColleagueOption {
  id: string;
  title: string;
  text: string;
}

/** The plain question the form asks, with what each answer means (so the choice is explained, not guessed). */
export const COLLEAGUE_NATURE_HELP: Readonly<Record<ColleagueNature, string>> = {
  conflict: 'A disagreement or clash between two people at work: tension, arguments, rudeness that is not about who the client is.',
  harassment: 'Unwanted behaviour that violates the client’s dignity or creates a hostile or humiliating environment, often about a protected characteristic (sex, race, disability, age, religion, sexuality…), or that is repeated and targeted.',
  misconduct: 'Behaviour that breaks the organisation’s rules or the law: bullying, discrimination, fraud, abuse of others, or putting people at risk.',
};

const OPTIONS: Readonly<Record<ColleagueNature, readonly ColleagueOption[]>> = {
  conflict: [
    { id: 'direct-conversation', title: 'A direct conversation', text: 'The client talks to the colleague themselves, when they feel ready; you can help them plan what to say.' },
    { id: 'mediation', title: 'Mediation', text: 'A neutral mediator (HR, an internal or external mediation service) helps both people talk it through.' },
    { id: 'line-manager', title: 'Their line manager, informally', text: 'The client asks their manager for help informally, without a formal complaint.' },
    { id: 'keep-a-record', title: 'Keep a private record', text: 'The client notes dates and what happened, in case it continues.' },
  ],
  harassment: [
    { id: 'reporting-channels', title: 'The organisation’s reporting channels', text: 'The client raises it under the employer’s dignity-at-work or harassment procedure (HR, a designated contact, a speak-up line).' },
    { id: 'trade-union', title: 'A trade union or employee representative', text: 'A representative can advise the client and accompany them.' },
    { id: 'keep-a-record', title: 'Keep a private record', text: 'Dates, what was said or done, and any witnesses: it helps whatever the client decides.' },
    { id: 'external-advice', title: 'Independent advice', text: 'An independent advice service (for example Acas in Great Britain, or an equality advice line) explains the client’s rights.' },
    { id: 'direct-conversation', title: 'A direct conversation, only if safe', text: 'Some people prefer to tell the colleague to stop; never suggest it where the client feels unsafe.' },
  ],
  misconduct: [
    { id: 'reporting-channels', title: 'The organisation’s reporting channels', text: 'The client reports it through the employer’s procedure (manager, HR, a speak-up or whistleblowing line).' },
    { id: 'whistleblowing', title: 'Whistleblowing protection', text: 'Where the public interest is involved, the client may be protected when reporting to a prescribed body or regulator.' },
    { id: 'trade-union', title: 'A trade union or employee representative', text: 'A representative can advise the client and accompany them.' },
    { id: 'keep-a-record', title: 'Keep a private record', text: 'Dates, what happened and any witnesses.' },
  ],
};

/** The options to explore with the client; the practitioner never contacts the colleague (T2). */
export function colleagueOptions(nature: ColleagueNature): readonly ColleagueOption[] {
  return OPTIONS[nature];
}

/** The engine's concern type for a colleague concern. */
export function colleagueConcern(nature: ColleagueNature): Concern {
  return nature === 'conflict' ? 'workplace-conflict' : 'colleague-conduct';
}

/** Rank for the lead's queue: most urgent first. */
export function urgencyRank(u: string | null): number {
  const i = URGENCY_LEVELS.indexOf((u ?? 'routine') as EscalationUrgency);
  return i < 0 ? URGENCY_LEVELS.length : i;
}

/** Orders open escalations: by urgency (immediate first), then by age (oldest first), then by id for stability. */
export function orderQueue<T extends { urgency: string | null; escalatedAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency) || a.escalatedAt.localeCompare(b.escalatedAt) || a.id.localeCompare(b.id));
}

/** Urgent and immediate escalations are also e-mailed to the leads (when SMTP is configured). */
export function needsEmail(u: EscalationUrgency): boolean {
  return u === 'immediate' || u === 'urgent';
}

/** The engine's urgency (now | today | routine) as a suggested escalation urgency for the form. */
export function suggestedUrgency(engineUrgency: string | undefined): EscalationUrgency {
  return engineUrgency === 'now' ? 'immediate' : engineUrgency === 'today' ? 'urgent' : 'routine';
}

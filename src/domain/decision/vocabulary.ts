// The closed vocabularies of the disclosure decision (CONTRACTS.md §1) and the orders the
// engine reasons with. Everything else in the engine and the packs is checked against these.

export const PROFESSIONS = ['iag', 'counselling', 'psychotherapy', 'psychology', 'social-work', 'mentoring', 'coaching', 'supervision'] as const;
export const CONCERNS = [
  'risk-to-self', 'risk-to-others', 'child-protection', 'adult-safeguarding', 'serious-crime', 'court-order',
  'law-enforcement-request', 'third-party-request', 'colleague-conduct', 'workplace-conflict', 'code-of-conduct',
  'consultation', 'payment', 'referral', 'none',
] as const;
export const IMMINENCES = ['imminent', 'foreseeable', 'unlikely', 'unknown'] as const;
export const SEVERITIES = ['life-threatening', 'serious', 'moderate', 'minor', 'unknown'] as const;
export const CONSENTS = ['given', 'refused', 'not-asked', 'unable'] as const;
export const REQUESTERS = ['court', 'police', 'employer', 'family', 'insurer', 'payer', 'supervisor', 'colleague', 'other-provider', 'regulator'] as const;
export const VERDICTS = ['maintain', 'seek-consent', 'share-with-consent', 'consult', 'escalate', 'disclose', 'refer', 'end-relationship'] as const;
export const RECIPIENTS = [
  'manager', 'safeguarding-lead', 'supervisor', 'emergency-services', 'police', 'court', 'local-authority', 'gp',
  'mental-health-services', 'regulator', 'payer', 'other-provider', 'named-third-party',
] as const;
export const URGENCIES = ['routine', 'today', 'now'] as const;
/** The grounds of PRACTICE.md B1 on which confidentiality may be broken without consent. */
export const GROUNDS = ['legal-duty', 'prevent-serious-harm', 'safeguarding', 'permitted-purpose'] as const;
export const LAYER_KINDS = ['law', 'profession', 'organisation'] as const;

export type Profession = (typeof PROFESSIONS)[number];
export type Concern = (typeof CONCERNS)[number];
export type Imminence = (typeof IMMINENCES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Consent = (typeof CONSENTS)[number];
export type Requester = (typeof REQUESTERS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Recipient = (typeof RECIPIENTS)[number];
export type Urgency = (typeof URGENCIES)[number];
export type Ground = (typeof GROUNDS)[number];
export type LayerKind = (typeof LAYER_KINDS)[number];

/**
 * Strength of a response, for composition (the strongest verdict wins) and for the
 * monotonicity properties: maintain < seek-consent/share-with-consent/consult/refer/end-relationship
 * < escalate < disclose.
 */
export const VERDICT_STRENGTH: Readonly<Record<Verdict, number>> = Object.freeze({
  maintain: 0,
  'seek-consent': 1,
  'share-with-consent': 1,
  consult: 1,
  refer: 1,
  'end-relationship': 1,
  escalate: 2,
  disclose: 3,
});

/**
 * Ranks used by `atLeast`/`atMost` conditions. "unknown" sits just above the middle: not knowing
 * how bad or how close a harm is calls for more care than a moderate or unlikely one (PRACTICE B2:
 * watch, gather information, consult), but it is not by itself enough to break a confidence.
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze({
  minor: 1, moderate: 2, unknown: 2.5, serious: 3, 'life-threatening': 4,
});
export const IMMINENCE_RANK: Readonly<Record<Imminence, number>> = Object.freeze({
  unlikely: 1, unknown: 1.5, foreseeable: 2, imminent: 3,
});
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = Object.freeze({ routine: 0, today: 1, now: 2 });

/** Severity and imminence from weakest to strongest, for property tests and documentation. */
export const SEVERITY_ORDER: readonly Severity[] = ['minor', 'moderate', 'unknown', 'serious', 'life-threatening'];
export const IMMINENCE_ORDER: readonly Imminence[] = ['unlikely', 'unknown', 'foreseeable', 'imminent'];

export function isStrongerOrEqual(a: Verdict, b: Verdict): boolean {
  return VERDICT_STRENGTH[a] >= VERDICT_STRENGTH[b];
}

// Shapes of the risk-indicator engine (issue 7, item 1). A finding is a prompt for the practitioner,
// never a decision: PRACTICE.md B2 (watch, gather information, consult) and B4 (the safeguarding
// lead decides with the practitioner).

/** Maps one-to-one onto the `concern` values of CONTRACTS.md §1. */
export type RiskCategory = 'risk-to-self' | 'risk-to-others' | 'child-protection' | 'adult-safeguarding' | 'serious-crime';

export const RISK_CATEGORIES: readonly RiskCategory[] = ['risk-to-self', 'risk-to-others', 'child-protection', 'adult-safeguarding', 'serious-crime'];

export type RiskIndicator =
  // risk to self
  | 'suicidal-ideation' | 'suicide-attempt' | 'self-harm' | 'overdose' | 'plan' | 'means' | 'self-neglect' | 'screening-item'
  // risk to self: warning signs short of ideation (IS PATH WARM: hopelessness, burden, substance use to cope)
  | 'hopelessness' | 'burden' | 'substance-use'
  // risk to others
  | 'threat' | 'intent-to-harm' | 'violence' | 'named-target'
  // abuse, neglect, exploitation
  | 'physical-abuse' | 'sexual-abuse' | 'emotional-abuse' | 'neglect' | 'domestic-abuse' | 'coercive-control'
  | 'financial-abuse' | 'exploitation' | 'grooming' | 'forced-marriage' | 'fgm' | 'modern-slavery'
  | 'discriminatory-abuse' | 'organisational-abuse'
  // serious crime
  | 'weapon' | 'terrorism' | 'drug-supply' | 'money-laundering' | 'arson' | 'robbery' | 'fraud' | 'theft';

/**
 * current: now or recently; past: history only (cues such as "two years ago", "used to", "none since");
 * reported: told by someone other than the client ("her mother said…"); hypothetical: a worry or a
 * condition ("if he ever…", "worried that she might…").
 */
export type Evidence = 'current' | 'past' | 'reported' | 'hypothetical';

export interface RiskFinding {
  readonly category: RiskCategory;
  readonly indicator: RiskIndicator;
  /** UTF-16 offsets of the evidence span in the text given: text.slice(start, end) is the cue. */
  readonly start: number;
  readonly end: number;
  readonly evidence: Evidence;
  /** Always false in detectRisk's output; negated mentions are only returned with { includeNegated: true }. */
  readonly negated: boolean;
  readonly confidence: 'high' | 'medium';
  /** Plain words for the practitioner, e.g. "This note mentions possible suicidal thoughts now. Raise a concern?" */
  readonly prompt: string;
}

export interface DetectOptions {
  /**
   * Whether the client is a child, when the case knows it. Abuse of the client is then read as
   * child protection (true) or adult safeguarding (false); left out, the words of the note decide.
   */
  readonly clientIsChild?: boolean;
  /** Also return negated mentions (flagged negated: true, with an empty prompt). For review screens and tests. */
  readonly includeNegated?: boolean;
}

// summariseRisk: findings → what to prompt about, and hints to pre-fill the concern form
// (CONTRACTS.md §1: concern, imminence, severity, identifiableVictim, adultAtRisk). Hints only: the
// practitioner and the safeguarding lead decide (PRACTICE.md B2, B4). We never pre-fill "imminent":
// whether harm is imminent is a judgement about this person today, which words in a note cannot settle.
import type { Evidence, RiskCategory, RiskFinding, RiskIndicator } from './types.js';
import { RISK_CATEGORIES } from './types.js';

export interface ConcernHint {
  /** A `concern` value of CONTRACTS.md §1. */
  readonly concern: RiskCategory;
  readonly imminence: 'foreseeable' | 'unknown';
  readonly severity: 'life-threatening' | 'serious' | 'unknown';
  /** The strongest evidence among the findings: current, then reported, hypothetical, past. */
  readonly evidence: Evidence;
  readonly indicators: readonly RiskIndicator[];
  readonly identifiableVictim?: true;
  readonly adultAtRisk?: true;
  /** One line for the practitioner, e.g. "This note mentions possible suicidal thoughts. Raise a concern?" */
  readonly prompt: string;
  readonly findings: number;
}

export interface RiskSummary {
  /** True when at least one category should be prompted about. */
  readonly prompt: boolean;
  /** One hint per category, most pressing first (current before reported, hypothetical, past). */
  readonly concerns: readonly ConcernHint[];
}

const RANK: Record<Evidence, number> = { current: 0, reported: 1, hypothetical: 2, past: 3 };
const ACUTE: ReadonlySet<RiskIndicator> = new Set(['plan', 'means', 'overdose', 'suicide-attempt']);
const PRESSING: ReadonlySet<RiskIndicator> = new Set(['plan', 'means', 'overdose', 'suicide-attempt', 'threat', 'named-target', 'weapon', 'intent-to-harm', 'terrorism']);

export function summariseRisk(findings: readonly RiskFinding[]): RiskSummary {
  const concerns: ConcernHint[] = [];
  for (const category of RISK_CATEGORIES) {
    const fs = findings.filter((f) => f.category === category && !f.negated);
    if (fs.length === 0) continue;
    const best = [...fs].sort((x, y) => RANK[x.evidence] - RANK[y.evidence] || (x.confidence === 'high' ? -1 : 1) - (y.confidence === 'high' ? -1 : 1))[0]!;
    const strong = fs.filter((f) => f.evidence !== 'past');
    const indicators = [...new Set(fs.map((f) => f.indicator))];
    const live = new Set(strong.map((f) => f.indicator));
    const imminence = [...live].some((i) => PRESSING.has(i)) && strong.some((f) => f.evidence === 'current' || f.evidence === 'reported') ? 'foreseeable' : 'unknown';
    const severity = strong.length === 0 ? 'unknown' : category === 'risk-to-self' && ![...live].some((i) => ACUTE.has(i)) ? 'serious'
      : category === 'risk-to-self' || (category === 'risk-to-others' && (live.has('weapon') || live.has('threat'))) ? 'life-threatening' : 'serious';
    concerns.push({
      concern: category, imminence, severity, evidence: best.evidence, indicators,
      ...(fs.some((f) => f.indicator === 'named-target') ? { identifiableVictim: true as const } : {}),
      ...(category === 'adult-safeguarding' ? { adultAtRisk: true as const } : {}),
      prompt: best.prompt, findings: fs.length,
    });
  }
  concerns.sort((x, y) => RANK[x.evidence] - RANK[y.evidence]);
  return { prompt: concerns.length > 0, concerns };
}

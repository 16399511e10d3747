// Checks a result against a scenario's expectation, the way the dev-set scorer does
// (verdict acceptable, no must-not verdict, flags, recipients), plus a pack's own extras.
import type { AssessmentResult } from './evaluate.js';
import type { Scenario } from './pack-schema.js';

export interface ScenarioCheck {
  ok: boolean;
  serious: boolean;
  problems: string[];
}

export function checkScenario(result: AssessmentResult, expect: Scenario['expect']): ScenarioCheck {
  const problems: string[] = [];
  let serious = false;
  if (!expect.verdicts.includes(result.verdict)) problems.push(`verdict ${result.verdict}, expected ${expect.verdicts.join(' or ')}`);
  if (expect.mustNotVerdicts.includes(result.verdict)) {
    serious = true;
    problems.push(`SERIOUS: verdict ${result.verdict} must not be given here`);
  }
  for (const k of ['mandatory', 'informClientFirst', 'approvalRequired'] as const) {
    if (expect[k] !== null && result[k] !== expect[k]) problems.push(`${k} ${result[k]}, expected ${expect[k]}`);
  }
  for (const need of expect.recipientsInclude) {
    const alts = Array.isArray(need) ? need : [need];
    if (!alts.some((a) => result.recipients.includes(a))) problems.push(`recipients lack ${alts.join('|')} (got ${result.recipients.join(', ') || 'none'})`);
  }
  for (const not of expect.recipientsExclude) {
    if (result.recipients.includes(not)) problems.push(`recipients include ${not}, which they must not`);
  }
  if (expect.warns === true && result.warnings.length === 0) problems.push('expected a warning, got none');
  return { ok: problems.length === 0, serious, problems };
}

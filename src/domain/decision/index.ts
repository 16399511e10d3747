// Public surface of the disclosure-decision engine (CONTRACTS.md §1). Pure: no I/O, no clock.
export {
  PROFESSIONS, CONCERNS, IMMINENCES, SEVERITIES, CONSENTS, REQUESTERS, VERDICTS, RECIPIENTS, URGENCIES, GROUNDS,
  VERDICT_STRENGTH, SEVERITY_ORDER, IMMINENCE_ORDER, isStrongerOrEqual,
  type Profession, type Concern, type Imminence, type Severity, type Consent, type Requester, type Verdict,
  type Recipient, type Urgency, type Ground, type LayerKind,
} from './vocabulary.js';
export { validateFacts, normalizeFacts, findContradiction, factsSchema, FACT_FIELDS, type Facts, type FactsError, type FactsResult, type NormalizedFacts } from './facts.js';
export {
  layerSchema, packDefSchema, packListSchema, scenarioSchema, scenarioFileSchema, PHASES,
  type Layer, type PackDef, type Rule, type Citation, type Scenario, type StepDef, type Outcome, type Condition,
} from './pack-schema.js';
export { compileLaw, composePack, resolveRules, PolicyError, type ComposedPack, type CompiledRule, type LawRegistry } from './compose.js';
export { assess, type AssessmentResult, type Step, type FiredRule } from './evaluate.js';
export { checkScenario, type ScenarioCheck } from './scenario-check.js';
export { renderText } from './text-summary.js';
export { assessmentResultSchema, assessmentErrorSchema } from './result-schema.js';

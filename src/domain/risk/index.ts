// Public surface of the risk-indicator engine (issue 7, item 1): it prompts, it never decides.
export { detectRisk } from './detect.js';
export { summariseRisk, type RiskSummary, type ConcernHint } from './summary.js';
export { RISK_CATEGORIES } from './types.js';
export type { DetectOptions, Evidence, RiskCategory, RiskFinding, RiskIndicator } from './types.js';

// Public surface of the de-identification engine (CONTRACTS.md §2; issue 5).
export { createRedactor } from './redactor.js';
export { buildResources, type RawGazetteers } from './resources.js';
export { defaultGazetteers } from './default-gazetteers.js';
export { scoreNotes, type GoldNote, type Score } from './scoring.js';
export { validateKnown, type KnownIssue } from './validate.js';
export type { DeidResources, Entity, EntitySource, EntityType, Known, KnownPerson, RedactOptions, RedactResult, Redactor } from './types.js';

// The facts of a situation (CONTRACTS.md §1 input): schema, validation with messages that name the
// field and its allowed values, the few combinations that cannot both hold, and normalisation
// (defaults for the optional facts) for the evaluator.
import { z } from 'zod';
import {
  CONCERNS, CONSENTS, IMMINENCES, PROFESSIONS, REQUESTERS, SEVERITIES,
  IMMINENCE_RANK, SEVERITY_RANK,
  type Concern, type Consent, type Imminence, type Profession, type Requester, type Severity,
} from './vocabulary.js';
import { COMMON_MISTAKES, ISO_COUNTRIES, JURISDICTION_PATTERN } from './iso-3166.js';

export interface Facts {
  jurisdiction: string;
  clientJurisdiction?: string;
  profession: Profession;
  concern: Concern;
  imminence: Imminence;
  severity: Severity;
  clientConsent: Consent;
  limitsExplained: boolean;
  requester?: Requester;
  identifiableVictim?: boolean;
  clientIsChild?: boolean;
  adultAtRisk?: boolean;
  withinCompetence?: boolean;
  conflictOfInterest?: boolean;
}

/** Facts with every optional fact given its documented default; what rules are evaluated against. */
export interface NormalizedFacts {
  jurisdiction: string;
  clientJurisdiction: string;
  profession: Profession;
  concern: Concern;
  imminence: Imminence;
  severity: Severity;
  clientConsent: Consent;
  limitsExplained: boolean;
  requester: Requester | 'none';
  identifiableVictim: boolean;
  clientIsChild: boolean;
  adultAtRisk: boolean;
  withinCompetence: boolean;
  conflictOfInterest: boolean;
  severityRank: number;
  imminenceRank: number;
}

export interface FactsError {
  field: string;
  message: string;
  allowed?: readonly string[];
}

export type FactsResult = { ok: true; facts: Facts } | { ok: false; error: FactsError };

const jurisdictionSchema = z.string().transform((s) => s.trim().toUpperCase());

/** The zod schema of the facts, for API documentation; `validateFacts` adds the cross-field checks. */
export const factsSchema = z.strictObject({
  jurisdiction: jurisdictionSchema,
  clientJurisdiction: jurisdictionSchema.optional(),
  profession: z.enum(PROFESSIONS),
  concern: z.enum(CONCERNS),
  imminence: z.enum(IMMINENCES),
  severity: z.enum(SEVERITIES),
  clientConsent: z.enum(CONSENTS),
  limitsExplained: z.boolean(),
  requester: z.enum(REQUESTERS).optional(),
  identifiableVictim: z.boolean().optional(),
  clientIsChild: z.boolean().optional(),
  adultAtRisk: z.boolean().optional(),
  withinCompetence: z.boolean().optional(),
  conflictOfInterest: z.boolean().optional(),
});

const ENUM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  profession: PROFESSIONS, concern: CONCERNS, imminence: IMMINENCES, severity: SEVERITIES,
  clientConsent: CONSENTS, requester: REQUESTERS,
};
// Sets for the hot path (validation runs once per assessment).
const ENUM_CHECKS: readonly (readonly [string, ReadonlySet<string>, readonly string[]])[] =
  Object.entries(ENUM_FIELDS).map(([k, v]) => [k, new Set(v), v] as const);
const REQUIRED = ['jurisdiction', 'profession', 'concern', 'imminence', 'severity', 'clientConsent', 'limitsExplained'] as const;
const BOOLEAN_FIELDS = ['limitsExplained', 'identifiableVictim', 'clientIsChild', 'adultAtRisk', 'withinCompetence', 'conflictOfInterest'] as const;
/** Fields a caller may add to a facts object without it being an error: echoed back, never used. */
const PASSTHROUGH = new Set(['id']);
export const FACT_FIELDS: readonly string[] = Object.keys(factsSchema.shape);
const FACT_FIELD_SET: ReadonlySet<string> = new Set(FACT_FIELDS);

const fail = (field: string, message: string, allowed?: readonly string[]): FactsResult =>
  ({ ok: false, error: allowed ? { field, message, allowed } : { field, message } });

function checkJurisdiction(field: string, raw: unknown): FactsResult | string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail(field, `${field} must be an ISO 3166 code such as GB-ENG, US-CA, AU-NSW or a country code alone such as FR`);
  }
  const code = raw.trim().toUpperCase();
  const hint = COMMON_MISTAKES[code] ?? (code.startsWith('UK-') ? `GB-${code.slice(3)}` : undefined);
  if (!JURISDICTION_PATTERN.test(code) || !ISO_COUNTRIES.has(code.slice(0, 2))) {
    const why = JURISDICTION_PATTERN.test(code) ? `"${code.slice(0, 2)}" is not an ISO 3166-1 country code` : 'it is not ISO 3166 style (CC or CC-SUB)';
    return fail(field, `${field} "${raw}" is not valid: ${why}.${hint ? ` Did you mean ${hint}?` : ''} Examples: GB-ENG, GB-SCT, GB-WLS, GB-NIR, US, US-CA, US-NY, US-TX, AU, AU-NSW, AU-VIC, AU-QLD, FR`);
  }
  return code;
}

/**
 * Validates one facts object. Returns the facts (jurisdictions upper-cased) or the first problem,
 * naming the field and, for closed vocabularies, the allowed values.
 */
export function validateFacts(input: unknown): FactsResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('(facts)', 'the facts must be one JSON object, e.g. {"jurisdiction":"GB-ENG","profession":"iag",...}');
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!FACT_FIELD_SET.has(key) && !PASSTHROUGH.has(key)) {
      return fail(key, `"${key}" is not a fact this engine knows; allowed fields: ${FACT_FIELDS.join(', ')}`, FACT_FIELDS);
    }
  }
  for (const key of REQUIRED) {
    if (o[key] === undefined) {
      const allowed = ENUM_FIELDS[key];
      return fail(key, `${key} is required${allowed ? `; allowed values: ${allowed.join(', ')}` : key === 'limitsExplained' ? ' (true or false)' : ''}`, allowed);
    }
  }
  const j = checkJurisdiction('jurisdiction', o.jurisdiction);
  if (typeof j !== 'string') return j;
  let cj: string | undefined;
  if (o.clientJurisdiction !== undefined) {
    const r = checkJurisdiction('clientJurisdiction', o.clientJurisdiction);
    if (typeof r !== 'string') return r;
    cj = r;
  }
  for (const [key, set, allowed] of ENUM_CHECKS) {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'string' || !set.has(v))) {
      return fail(key, `${key} ${JSON.stringify(v)} is not allowed; allowed values: ${allowed.join(', ')}`, allowed);
    }
  }
  for (const key of BOOLEAN_FIELDS) {
    const v = o[key];
    if (v !== undefined && typeof v !== 'boolean') return fail(key, `${key} must be true or false, not ${JSON.stringify(v)}`, ['true', 'false']);
  }
  const facts = { ...(o as unknown as Facts), jurisdiction: j, ...(cj ? { clientJurisdiction: cj } : {}) };
  delete (facts as Record<string, unknown>).id;
  const contradiction = findContradiction(facts);
  return contradiction ? { ok: false, error: contradiction } : { ok: true, facts };
}

/**
 * Combinations that cannot both hold. Only true contradictions between the contract's own
 * definitions are refused; merely unusual facts (a child who is also an adult-at-risk's carer,
 * a "minor" harm that is imminent) are accepted and assessed.
 */
export function findContradiction(f: Facts): FactsError | undefined {
  // law-enforcement-request is defined as "police ask ... without a court order".
  if (f.concern === 'law-enforcement-request' && f.requester !== undefined && f.requester !== 'police' && f.requester !== 'regulator') {
    return {
      field: 'requester',
      message: `concern "law-enforcement-request" means the police ask without a court order, but requester is "${f.requester}". ` +
        (f.requester === 'court' ? 'Use concern "court-order" for an order, subpoena or witness summons.' : 'Use concern "third-party-request" for other requesters.'),
      allowed: ['police', 'regulator'],
    };
  }
  // third-party-request is for "an employer, family member, insurer or other party"; a court or the police have their own concerns.
  if (f.concern === 'third-party-request' && (f.requester === 'court' || f.requester === 'police')) {
    return {
      field: 'requester',
      message: `concern "third-party-request" with requester "${f.requester}" contradicts itself: use concern "${f.requester === 'court' ? 'court-order' : 'law-enforcement-request'}".`,
      allowed: REQUESTERS.filter((r) => r !== 'court' && r !== 'police'),
    };
  }
  // "nothing beyond the ordinary" cannot carry a serious or life-threatening harm.
  if (f.concern === 'none' && (f.severity === 'serious' || f.severity === 'life-threatening')) {
    return {
      field: 'concern',
      message: `concern "none" means nothing beyond the ordinary, but severity is "${f.severity}": choose the concern the harm is about (e.g. risk-to-self, risk-to-others).`,
      allowed: CONCERNS,
    };
  }
  return undefined;
}

/** Documented defaults of the optional facts. */
export function normalizeFacts(f: Facts): NormalizedFacts {
  return {
    jurisdiction: f.jurisdiction,
    clientJurisdiction: f.clientJurisdiction ?? f.jurisdiction,
    profession: f.profession,
    concern: f.concern,
    imminence: f.imminence,
    severity: f.severity,
    clientConsent: f.clientConsent,
    limitsExplained: f.limitsExplained,
    requester: f.requester ?? 'none',
    identifiableVictim: f.identifiableVictim ?? false,
    clientIsChild: f.clientIsChild ?? false,
    // An adult-safeguarding concern is about an adult at risk unless the caller says otherwise.
    adultAtRisk: f.adultAtRisk ?? f.concern === 'adult-safeguarding',
    withinCompetence: f.withinCompetence ?? true,
    conflictOfInterest: f.conflictOfInterest ?? false,
    severityRank: SEVERITY_RANK[f.severity],
    imminenceRank: IMMINENCE_RANK[f.imminence],
  };
}

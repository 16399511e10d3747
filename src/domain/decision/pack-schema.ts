// The format of a policy layer and of the pack list, as zod schemas. Pure: the loader in
// services/ parses YAML and maps the issues these report to file and line.
import { z } from 'zod';
import {
  CONCERNS, CONSENTS, GROUNDS, IMMINENCES, LAYER_KINDS, PROFESSIONS, RECIPIENTS, REQUESTERS, SEVERITIES,
  URGENCIES, VERDICTS,
} from './vocabulary.js';

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) => {
  const e = z.enum(values);
  return z.union([e, z.array(e).min(1), z.strictObject({ not: z.union([e, z.array(e).min(1)]) })]);
};
const ranked = <T extends readonly [string, ...string[]]>(values: T) => {
  const e = z.enum(values);
  return z.union([
    e, z.array(e).min(1),
    z.strictObject({ not: z.union([e, z.array(e).min(1)]) }),
    z.strictObject({ atLeast: e }),
    z.strictObject({ atMost: e }),
    z.strictObject({ atLeast: e, atMost: e }),
  ]);
};
const jurisdictionPattern = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code such as GB-ENG or US');

const baseCondition = z.strictObject({
  jurisdiction: z.union([jurisdictionPattern, z.array(jurisdictionPattern).min(1), z.strictObject({ not: z.array(jurisdictionPattern).min(1) })]).optional(),
  profession: oneOrMany(PROFESSIONS).optional(),
  concern: oneOrMany(CONCERNS).optional(),
  imminence: ranked(IMMINENCES).optional(),
  severity: ranked(SEVERITIES).optional(),
  clientConsent: oneOrMany(CONSENTS).optional(),
  requester: oneOrMany([...REQUESTERS, 'none'] as const).optional(),
  limitsExplained: z.boolean().optional(),
  identifiableVictim: z.boolean().optional(),
  clientIsChild: z.boolean().optional(),
  adultAtRisk: z.boolean().optional(),
  withinCompetence: z.boolean().optional(),
  conflictOfInterest: z.boolean().optional(),
  /** true when the client is in another jurisdiction than the practitioner */
  crossBorder: z.boolean().optional(),
});
export type BaseCondition = z.infer<typeof baseCondition>;
export const conditionSchema = baseCondition.extend({
  anyOf: z.array(baseCondition).min(2).optional(),
  noneOf: z.array(baseCondition).min(1).optional(),
}).strict();
export type Condition = z.infer<typeof conditionSchema>;

export const citationSchema = z.strictObject({
  source: z.string().min(3),
  note: z.string().min(3),
});
export type Citation = z.infer<typeof citationSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const stepId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case step id');
const item = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case item such as risk-summary');

export const outcomeSchema = z.strictObject({
  verdict: z.enum(VERDICTS).optional(),
  ground: z.enum(GROUNDS).optional(),
  mandatory: z.boolean().optional(),
  personalDuty: z.boolean().optional(),
  recipients: z.array(z.enum([...RECIPIENTS, 'requester'] as const)).optional(),
  excludeRecipients: z.array(z.enum(RECIPIENTS)).optional(),
  minimumNecessary: z.array(item).optional(),
  urgency: z.enum(URGENCIES).optional(),
  approvalRequired: z.boolean().optional(),
  informClientFirst: z.boolean().optional(),
  steps: z.array(stepId).optional(),
  explain: z.string().min(10).optional(),
  warning: z.string().min(10).optional(),
  /** for a rule without a verdict (a modifier): the verdicts it adds to; all when absent */
  appliesTo: z.array(z.enum(VERDICTS)).min(1).optional(),
  priority: z.number().int().min(0).max(100).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case rule id such as gb-eng.fgm-under-18'),
  summary: z.string().min(5),
  when: conditionSchema,
  then: outcomeSchema,
  citation: citationSchema.optional(),
  cites: z.array(z.string()).min(1).optional(),
  reviewed: isoDate.optional(),
  uncertain: z.string().min(10).optional(),
}).superRefine((r, ctx) => {
  if (r.then.verdict === 'disclose' && !r.then.ground) {
    ctx.addIssue({ code: 'custom', path: ['then', 'ground'], message: 'a rule that discloses must name its ground from PRACTICE B1: ' + GROUNDS.join(', ') });
  }
  if (r.then.verdict && r.then.appliesTo) {
    ctx.addIssue({ code: 'custom', path: ['then', 'appliesTo'], message: 'appliesTo is only for rules without a verdict (modifiers)' });
  }
  if (r.then.mandatory && r.then.verdict !== 'disclose') {
    ctx.addIssue({ code: 'custom', path: ['then', 'mandatory'], message: 'a mandatory duty must have verdict: disclose' });
  }
  if (!r.citation && !r.cites) {
    ctx.addIssue({ code: 'custom', path: ['citation'], message: 'every rule needs a citation (source and note) or cites (principles of the profession code)' });
  }
});
export type Rule = z.infer<typeof ruleSchema>;

export const PHASES = ['safety', 'client', 'consult', 'internal', 'external', 'record', 'afterwards'] as const;
export type Phase = (typeof PHASES)[number];
export const stepSchema = z.strictObject({
  phase: z.enum(PHASES),
  text: z.string().min(10),
  /** keep the step only when this flag of the result holds */
  onlyWhen: z.enum(['approval-required', 'inform-client-first', 'not-inform-client-first']).optional(),
  /** drop this step when the named step is also in the result (e.g. "tell the lead today" when "now" is there) */
  supersededBy: stepId.optional(),
});
export type StepDef = z.infer<typeof stepSchema>;

export const layerSchema = z.strictObject({
  id: z.string().regex(/^(law|profession|organisation)\/[a-z0-9-]+$/, 'kind/name, e.g. law/gb-eng'),
  kind: z.enum(LAYER_KINDS),
  title: z.string().min(3),
  version: z.string().min(1),
  reviewed: isoDate,
  jurisdiction: z.union([jurisdictionPattern, z.literal('*')]).optional(),
  emergencyNumber: z.string().optional(),
  partial: z.string().min(10).optional(),
  extends: z.array(z.string()).optional(),
  description: z.string().optional(),
  principles: z.record(z.string(), citationSchema).optional(),
  steps: z.record(stepId, stepSchema).optional(),
  rules: z.array(ruleSchema),
}).superRefine((l, ctx) => {
  if (!l.id.startsWith(l.kind + '/')) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with "${l.kind}/"` });
  if (l.kind === 'law' && !l.jurisdiction) ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: 'a law layer names its jurisdiction (or * for the cautious default)' });
  if (l.kind !== 'law' && (l.jurisdiction || l.emergencyNumber || l.partial)) {
    ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: 'only law layers have a jurisdiction, emergencyNumber or partial note' });
  }
  l.rules.forEach((r, i) => {
    if (l.kind === 'law') {
      if (!r.citation) ctx.addIssue({ code: 'custom', path: ['rules', i, 'citation'], message: 'a legal rule states its citation (source and note)' });
      if (!r.reviewed) ctx.addIssue({ code: 'custom', path: ['rules', i, 'reviewed'], message: 'a legal rule states the date it was last reviewed (YYYY-MM-DD)' });
    } else {
      // Only the law can create or restrict a legal duty: a lower layer may be stricter, never claim or remove one.
      for (const k of ['mandatory', 'personalDuty', 'excludeRecipients'] as const) {
        if (r.then[k] !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'then', k], message: `${k} may only be set by a law layer` });
      }
      if (r.then.ground === 'legal-duty') ctx.addIssue({ code: 'custom', path: ['rules', i, 'then', 'ground'], message: 'only a law layer can claim the ground legal-duty' });
    }
  });
});
export type Layer = z.infer<typeof layerSchema>;

export const packDefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'a kebab-case id such as gb-iag'),
  title: z.string().min(3),
  region: z.union([z.enum(['GB', 'US', 'AU']), z.literal('*')]),
  profession: z.enum(PROFESSIONS),
  version: z.string().min(1),
  layers: z.array(z.string()).min(1),
});
export type PackDef = z.infer<typeof packDefSchema>;
export const packListSchema = z.strictObject({ packs: z.array(packDefSchema).min(1) });

export const scenarioSchema = z.strictObject({
  id: z.string().min(2),
  title: z.string().min(3),
  narrative: z.string().min(20),
  source: z.string().min(3),
  facts: z.record(z.string(), z.unknown()),
  expect: z.strictObject({
    verdicts: z.array(z.enum(VERDICTS)).min(1).max(2),
    mustNotVerdicts: z.array(z.enum(VERDICTS)).default([]),
    mandatory: z.boolean().nullable().default(null),
    informClientFirst: z.boolean().nullable().default(null),
    approvalRequired: z.boolean().nullable().default(null),
    recipientsInclude: z.array(z.union([z.enum(RECIPIENTS), z.array(z.enum(RECIPIENTS)).min(1)])).default([]),
    recipientsExclude: z.array(z.enum(RECIPIENTS)).default([]),
    warns: z.boolean().optional(),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export const scenarioFileSchema = z.strictObject({ pack: z.string(), scenarios: z.array(scenarioSchema).min(1) });

// The result's shape as a zod schema, for the HTTP layer's response schema (a whitelist: fields
// not listed here are stripped) and for the OpenAPI document. Mirrors AssessmentResult.
import { z } from 'zod';
import { GROUNDS, RECIPIENTS, URGENCIES, VERDICTS } from './vocabulary.js';

export const assessmentResultSchema = z.object({
  id: z.string().optional(),
  verdict: z.enum(VERDICTS),
  mandatory: z.boolean(),
  informClientFirst: z.boolean(),
  approvalRequired: z.boolean(),
  urgency: z.enum(URGENCIES),
  recipients: z.array(z.enum(RECIPIENTS)),
  minimumNecessary: z.array(z.string()),
  steps: z.array(z.object({ id: z.string(), text: z.string() })),
  citations: z.array(z.object({ source: z.string(), note: z.string() })),
  rationale: z.string(),
  policy: z.object({ id: z.string(), version: z.string(), layers: z.array(z.string()) }),
  warnings: z.array(z.string()),
  ground: z.enum(GROUNDS).optional(),
  rules: z.array(z.object({ id: z.string(), layer: z.string(), verdict: z.enum(VERDICTS).optional(), applied: z.boolean() })),
});

/** The error body for facts that cannot be assessed (also one `--jsonl` output line). */
export const assessmentErrorSchema = z.object({
  error: z.object({ field: z.string(), message: z.string(), allowed: z.array(z.string()).optional() }),
});

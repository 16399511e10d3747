// The shapes of training content (issue 8): a "What would you do?" scenario (narrative, CONTRACTS §1 facts,
// the expected outcome, teaching notes, tags) and an "Ethical or unethical?" exercise (a situation and the
// adviser's actions, each with the right mark and why). Used for the shipped files under policies/training/
// and for what admins write in the app, so both are held to the same rules.
import { z } from 'zod';
import { CONCERNS, PROFESSIONS, RECIPIENTS, VERDICTS } from '../decision/vocabulary.js';

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const MARKS = ['ethical', 'unethical'] as const;
export type Mark = (typeof MARKS)[number];

export const tagsSchema = z.strictObject({
  profession: z.enum(PROFESSIONS),
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code such as GB-ENG, US-CA or AU'),
  concern: z.enum(CONCERNS),
  difficulty: z.enum(DIFFICULTIES),
});
export type Tags = z.infer<typeof tagsSchema>;

/** What the author expects: the verdict, and optionally whether the client is told first and whether approval is needed. */
export const expectedSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  informClientFirst: z.boolean().optional(),
  approvalRequired: z.boolean().optional(),
});
export type Expected = z.infer<typeof expectedSchema>;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const trainingScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'a kebab-case id such as t-iag-01'),
  title: text(3, 160),
  narrative: text(40, 4000),
  facts: z.record(z.string(), z.unknown()),
  expect: expectedSchema,
  notes: text(20, 4000),
  tags: tagsSchema,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

export const exerciseActionSchema = z.strictObject({
  text: text(5, 600),
  mark: z.enum(MARKS),
  why: text(10, 1200),
});
export type ExerciseAction = z.infer<typeof exerciseActionSchema>;

export const exerciseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'a kebab-case id such as e-iag-01'),
  title: text(3, 160),
  situation: text(40, 4000),
  actions: z.array(exerciseActionSchema).min(3).max(12),
  tags: tagsSchema,
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const trainingFileSchema = z.strictObject({
  scenarios: z.array(trainingScenarioSchema).default([]),
  exercises: z.array(exerciseSchema).default([]),
});
export type TrainingFile = z.infer<typeof trainingFileSchema>;

/** A learner's answer to "What would you do?". */
export const scenarioAnswerSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  informClientFirst: z.boolean(),
  approvalRequired: z.boolean(),
  recipients: z.array(z.enum(RECIPIENTS)).max(RECIPIENTS.length),
  minimumNecessary: z.string().trim().max(1000).default(''),
});
export type ScenarioAnswer = z.infer<typeof scenarioAnswerSchema>;

/** A learner's marks for an "Ethical or unethical?" exercise, one per action, in order. */
export const exerciseAnswerSchema = z.strictObject({ marks: z.array(z.enum(MARKS)).min(1).max(12) });
export type ExerciseAnswer = z.infer<typeof exerciseAnswerSchema>;

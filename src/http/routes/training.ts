// Training (issue 8): the library, "What would you do?" and "Ethical or unethical?" exercises, authoring
// with the engine's check, assignments, progress, the team summary and certificates. No client data.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as training from '../../services/training.js';
import { renderCertificate } from '../../services/training-certificate.js';
import { CONCERNS, PROFESSIONS, RECIPIENTS, URGENCIES, VERDICTS } from '../../domain/decision/index.js';
import { DIFFICULTIES, MARKS } from '../../domain/training/index.js';
import { meta } from '../auth.js';
import { Id, IdParams, responses } from '../schemas.js';

const Tags = z.object({ profession: z.enum(PROFESSIONS), jurisdiction: z.string(), concern: z.enum(CONCERNS), difficulty: z.enum(DIFFICULTIES) });
const Kind = z.enum(['scenario', 'exercise']);
const ItemId = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/, 'Not a valid id.');
const LibraryItem = z.object({ kind: Kind, id: z.string(), title: z.string(), source: z.enum(['shipped', 'organisation']), tags: Tags, narrative: z.string().optional() });
const EngineAnswer = z.object({
  verdict: z.enum(VERDICTS), informClientFirst: z.boolean(), approvalRequired: z.boolean(), urgency: z.enum(URGENCIES), recipients: z.array(z.enum(RECIPIENTS)),
  minimumNecessary: z.array(z.string()), steps: z.array(z.object({ id: z.string(), text: z.string() })), citations: z.array(z.object({ source: z.string(), note: z.string() })),
  rationale: z.string(), policy: z.object({ id: z.string(), version: z.string() }),
});
const Expected = z.strictObject({ verdict: z.enum(VERDICTS), informClientFirst: z.boolean().optional(), approvalRequired: z.boolean().optional() });
const ScenarioBody = z.strictObject({
  title: z.string().trim().min(3, 'Give a title of at least 3 characters.').max(160),
  narrative: z.string().trim().min(40, 'Write a narrative of at least 40 characters.').max(4000),
  facts: z.record(z.string(), z.unknown()),
  expected: Expected,
  notes: z.string().trim().min(20, 'Write teaching notes of at least 20 characters.').max(4000),
  difficulty: z.enum(DIFFICULTIES),
  confirmDisagreement: z.boolean().optional(),
});
const Disagreement = z.object({ field: z.string(), expected: z.string(), engine: z.string() });
const Authored = z.object({ id: z.string(), title: z.string(), tags: Tags, expected: Expected, engine: EngineAnswer, disagrees: z.boolean(), confirmedDisagreement: z.boolean(), createdAt: z.string() });
const AnswerBody = z.strictObject({ kind: Kind, id: ItemId, assignmentId: Id.optional(), answer: z.unknown() });
const Parts = z.object({ verdict: z.boolean(), informClientFirst: z.boolean(), approvalRequired: z.boolean(), recipients: z.number() });
const AnswerResult = z.union([
  z.object({ kind: z.literal('scenario'), recorded: z.boolean(), score: z.number(), correct: z.boolean(), parts: Parts, yours: z.unknown(), engine: EngineAnswer, notes: z.string(), assignmentCompleted: z.boolean() }),
  z.object({ kind: z.literal('exercise'), recorded: z.boolean(), score: z.number(), correct: z.boolean(), items: z.array(z.object({ text: z.string(), mark: z.string(), expected: z.enum(MARKS), right: z.boolean(), why: z.string() })), assignmentCompleted: z.boolean() }),
]);
const AssignmentView = z.object({ id: z.string(), title: z.string(), dueAt: z.string(), createdAt: z.string(), completedAt: z.string().nullable(), total: z.number(), answered: z.number(), averageScore: z.number().nullable(), overdue: z.boolean(), certificate: z.boolean() });
const AssignmentDetail = AssignmentView.extend({ items: z.array(z.object({ kind: Kind, id: z.string(), title: z.string(), answered: z.boolean(), score: z.number().nullable() })) });
const TopicRow = z.object({ topic: z.string(), kind: z.enum(['concern', 'profession']), attempts: z.number(), correct: z.number(), rate: z.number(), averageScore: z.number() });

export function trainingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const full = { auth: 'full' as const };
    const tags = ['training'];
    app.get('/api/v1/training/library', {
      config: full,
      schema: { tags, querystring: z.object({ kind: Kind.optional(), profession: z.enum(PROFESSIONS).optional(), concern: z.enum(CONCERNS).optional(), difficulty: z.enum(DIFFICULTIES).optional() }), response: responses({ 200: z.array(LibraryItem) }) },
    }, async (request) => training.listLibrary(ctx, request.principal!, request.query));

    app.get('/api/v1/training/scenarios/:id', {
      config: full,
      schema: { tags, params: z.strictObject({ id: ItemId }), response: responses({ 200: z.object({ id: z.string(), title: z.string(), narrative: z.string(), tags: Tags, source: z.string() }) }) },
    }, async (request) => training.getScenario(ctx, request.principal!, request.params.id));

    app.get('/api/v1/training/exercises/:id', {
      config: full,
      schema: { tags, params: z.strictObject({ id: ItemId }), response: responses({ 200: z.object({ id: z.string(), title: z.string(), situation: z.string(), actions: z.array(z.string()), tags: Tags, source: z.string() }) }) },
    }, async (request) => training.getExercise(ctx, request.principal!, request.params.id));

    app.post('/api/v1/training/scenarios/check', {
      config: full,
      schema: { tags, summary: 'What the decision engine says about a draft scenario (saves nothing)', body: ScenarioBody, response: responses({ 200: z.object({ engine: EngineAnswer, disagreements: z.array(Disagreement), tags: Tags }) }) },
    }, async (request) => training.checkScenarioDraft(ctx, request.principal!, request.body));

    app.post('/api/v1/training/scenarios', {
      config: full,
      schema: { tags, summary: 'Save an organisation scenario (409 if the engine disagrees and the author has not confirmed)', body: ScenarioBody, response: responses({ 201: Authored }) },
    }, async (request, reply) => reply.code(201).send(await training.createScenario(ctx, request.principal!, request.body, meta(request))));

    app.post('/api/v1/training/exercises', {
      config: full,
      schema: {
        tags,
        summary: 'Save an organisation "Ethical or unethical?" exercise',
        body: z.strictObject({
          title: z.string().trim().min(3, 'Give a title of at least 3 characters.').max(160),
          situation: z.string().trim().min(40, 'Describe the situation in at least 40 characters.').max(4000),
          actions: z.array(z.strictObject({ text: z.string().trim().min(5, 'Describe the action.').max(600), mark: z.enum(MARKS), why: z.string().trim().min(10, 'Say why, in at least 10 characters.').max(1200) })).min(3, 'Give at least 3 actions.').max(12),
          tags: z.strictObject({ profession: z.enum(PROFESSIONS), jurisdiction: z.string().max(12), concern: z.enum(CONCERNS), difficulty: z.enum(DIFFICULTIES) }),
        }),
        response: responses({ 201: z.object({ id: z.string(), title: z.string(), tags: Tags, actions: z.number() }) }),
      },
    }, async (request, reply) => reply.code(201).send(await training.createExercise(ctx, request.principal!, request.body, meta(request))));

    app.get('/api/v1/training/authored', { config: full, schema: { tags, response: responses({ 200: z.array(Authored) }) } }, async (request) => training.listAuthored(ctx, request.principal!));

    app.post('/api/v1/training/answers', {
      config: full,
      schema: { tags, summary: 'Answer a scenario or exercise; scored against the decision engine', body: AnswerBody, response: responses({ 200: AnswerResult }) },
    }, async (request) => (await training.submitAnswer(ctx, request.principal!, request.body as training.AnswerInput, meta(request))) as z.infer<typeof AnswerResult>);

    app.post('/api/v1/training/assignments', {
      config: full,
      schema: {
        tags,
        body: z.strictObject({
          title: z.string().trim().min(3, 'Give a title of at least 3 characters.').max(160),
          items: z.array(z.strictObject({ kind: Kind, id: ItemId })).min(1, 'Choose at least one item.').max(60),
          assigneeIds: z.array(Id).min(1, 'Choose at least one person.').max(500),
          dueAt: z.string().min(10).max(40),
        }),
        response: responses({ 201: z.object({ ids: z.array(z.string()) }) }),
      },
    }, async (request, reply) => reply.code(201).send(await training.createAssignments(ctx, request.principal!, request.body, meta(request))));

    app.get('/api/v1/training/assignments', { config: full, schema: { tags, response: responses({ 200: z.array(AssignmentView) }) } }, async (request) => training.listMyAssignments(ctx, request.principal!));

    app.get('/api/v1/training/assignments/:id', { config: full, schema: { tags, params: IdParams, response: responses({ 200: AssignmentDetail }) } }, async (request) =>
      training.getMyAssignment(ctx, request.principal!, request.params.id));

    app.get('/api/v1/training/issued', {
      config: full,
      schema: { tags, response: responses({ 200: z.array(z.object({ title: z.string(), dueAt: z.string(), createdAt: z.string(), assignees: z.number(), completed: z.number(), items: z.number() })) }) },
    }, async (request) => training.listIssued(ctx, request.principal!));

    app.get('/api/v1/training/learners', { config: full, schema: { tags, response: responses({ 200: z.array(z.object({ id: z.string(), displayName: z.string() })) }) } }, async (request) =>
      training.listLearners(ctx, request.principal!));

    app.get('/api/v1/training/progress', {
      config: full,
      schema: { tags, response: responses({ 200: z.object({ assignments: z.number(), completed: z.number(), answered: z.number(), averageScore: z.number().nullable(), byTopic: z.array(TopicRow) }) }) },
    }, async (request) => training.myProgress(ctx, request.principal!));

    app.get('/api/v1/training/team', {
      config: full,
      schema: { tags, response: responses({ 200: z.object({ learners: z.number(), assignments: z.number(), completed: z.number(), overdue: z.number(), answered: z.number(), averageScore: z.number().nullable(), byTopic: z.array(TopicRow), smallGroup: z.boolean() }) }) },
    }, async (request) => training.teamSummary(ctx, request.principal!));

    app.get('/api/v1/training/certificates/:id', {
      config: full,
      schema: { tags, summary: 'The certificate (PDF) for a completed assignment of yours', params: IdParams, response: responses({ 200: z.string().describe('application/pdf') }) },
    }, async (request, reply) => {
      const data = await training.certificateData(ctx, request.principal!, request.params.id);
      const pdf = await renderCertificate(data);
      reply.header('content-disposition', 'attachment; filename="confidant-training-certificate.pdf"');
      // A Buffer is sent as it is (Fastify does not serialise buffers).
      return reply.type('application/pdf').send(pdf as never);
    });
  };
}

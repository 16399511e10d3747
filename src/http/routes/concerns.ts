// Concerns and escalations (issue 7 items 2, 4, 7): raise (the engine's verdict comes back at once), the
// prefill for the form, the client's list, one concern, the practitioner's choice, escalation; the lead's
// queue, the question thread and the decision. Access is decided in src/access; services do the work.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as concerns from '../../services/concerns.js';
import * as escalations from '../../services/escalations.js';
import { assessmentResultSchema } from '../../domain/decision/index.js';
import { CONCERNS, CONSENTS, IMMINENCES, PROFESSIONS, REQUESTERS, SEVERITIES } from '../../domain/decision/vocabulary.js';
import { COLLEAGUE_NATURES, CONCERN_KINDS, DECISION_OUTCOMES, URGENCY_LEVELS } from '../../domain/concerns/index.js';
import { meta } from '../auth.js';
import { Id, IdParams, responses } from '../schemas.js';

const ConcernParams = z.strictObject({ id: Id, concernId: Id });
const EscParams = z.strictObject({ concernId: Id });
const Option = z.object({ id: z.string(), title: z.string(), text: z.string() });
const Facts = z.object({
  jurisdiction: z.string(),
  clientJurisdiction: z.string().optional(),
  profession: z.string(),
  concern: z.string(),
  imminence: z.string(),
  severity: z.string(),
  clientConsent: z.string(),
  limitsExplained: z.boolean(),
  requester: z.string().optional(),
  identifiableVictim: z.boolean().optional(),
  clientIsChild: z.boolean().optional(),
  adultAtRisk: z.boolean().optional(),
  withinCompetence: z.boolean().optional(),
  conflictOfInterest: z.boolean().optional(),
});
const Message = z.object({ id: z.string(), authorId: z.string(), authorName: z.string(), authorRole: z.string(), body: z.string(), createdAt: z.string() });
const Concern = z.object({
  id: z.string(),
  clientId: z.string(),
  clientReference: z.string(),
  engagementId: z.string().nullable(),
  noteId: z.string().nullable(),
  kind: z.string(),
  facts: Facts,
  atRisk: z.string(),
  summary: z.string(),
  colleagueNature: z.string().nullable(),
  colleagueThirdPartyId: z.string().nullable(),
  colleagueOptions: z.array(Option),
  limitsSource: z.string(),
  policyVersion: z.string(),
  verdict: z.string(),
  engineResult: assessmentResultSchema,
  suggestedUrgency: z.string(),
  choice: z.string().nullable(),
  choiceReason: z.string().nullable(),
  status: z.string(),
  urgency: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  escalationNote: z.string().nullable(),
  emailStatus: z.string().nullable(),
  decision: z.object({ outcome: z.string(), reason: z.string(), decidedBy: z.string(), decidedAt: z.string() }).nullable(),
  messages: z.array(Message),
  createdAt: z.string(),
  updatedAt: z.string(),
  raisedBy: z.string(),
  raisedByName: z.string(),
});
const ListItem = z.object({ id: z.string(), kind: z.string(), verdict: z.string(), choice: z.string().nullable(), status: z.string(), urgency: z.string().nullable(), createdAt: z.string(), raisedBy: z.string() });
const Prefill = z.object({
  engagementId: z.string().nullable(),
  limitsExplained: z.boolean().nullable(),
  limitsSource: z.string(),
  jurisdiction: z.string().nullable(),
  jurisdictionSource: z.string(),
  colleagueNatures: z.array(z.object({ id: z.string(), help: z.string(), concern: z.string(), options: z.array(Option) })),
  colleagues: z.array(z.object({ id: z.string(), relationship: z.string() })),
});
const QueueItem = z.object({
  id: z.string(), clientId: z.string(), clientReference: z.string(), kind: z.string(), verdict: z.string(), urgency: z.string(), escalatedAt: z.string(),
  raisedBy: z.string(), raisedByName: z.string(), messages: z.number(), waitingOn: z.string(),
});
const Bool = z.boolean().nullable().optional();
const RaiseBody = z.strictObject({
  kind: z.enum(CONCERN_KINDS),
  engagementId: Id.nullable().optional(),
  noteId: Id.nullable().optional(),
  profession: z.enum(PROFESSIONS),
  concern: z.enum(CONCERNS).nullable().optional(),
  colleagueNature: z.enum(COLLEAGUE_NATURES).nullable().optional(),
  colleagueThirdPartyId: Id.nullable().optional(),
  colleagueName: z.string().max(200).nullable().optional(),
  atRisk: z.enum(concerns.AT_RISK),
  imminence: z.enum(IMMINENCES),
  severity: z.enum(SEVERITIES),
  clientConsent: z.enum(CONSENTS),
  limitsExplained: Bool,
  requester: z.enum(REQUESTERS).nullable().optional(),
  identifiableVictim: Bool,
  clientIsChild: Bool,
  adultAtRisk: Bool,
  withinCompetence: Bool,
  conflictOfInterest: Bool,
  jurisdiction: z.string().trim().max(12).nullable().optional(),
  summary: z.string().max(4000),
});

export function concernRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/v1/clients/:id/concerns/prefill', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: IdParams, querystring: z.strictObject({ engagementId: Id.optional() }), response: responses({ 200: Prefill }) },
    }, async (request) => concerns.concernPrefill(ctx, request.principal!, request.params.id, request.query.engagementId, meta(request)));

    app.post('/api/v1/clients/:id/concerns', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: IdParams, body: RaiseBody, response: responses({ 201: z.object({ concern: Concern }) }) },
    }, async (request, reply) => reply.code(201).send({ concern: await concerns.raiseConcern(ctx, request.principal!, request.params.id, request.body, meta(request)) }));

    app.get('/api/v1/clients/:id/concerns', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: IdParams, response: responses({ 200: z.array(ListItem) }) },
    }, async (request) => concerns.listConcerns(ctx, request.principal!, request.params.id, meta(request)));

    app.get('/api/v1/clients/:id/concerns/:concernId', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: ConcernParams, response: responses({ 200: z.object({ concern: Concern }) }) },
    }, async (request) => ({ concern: await concerns.getConcern(ctx, request.principal!, request.params.id, request.params.concernId, meta(request)) }));

    app.post('/api/v1/clients/:id/concerns/:concernId/choice', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: ConcernParams, body: z.strictObject({ choice: z.enum(['accepted', 'overridden']), reason: z.string().max(4000).nullable().optional() }), response: responses({ 200: z.object({ concern: Concern }) }) },
    }, async (request) => ({ concern: await concerns.chooseOnConcern(ctx, request.principal!, request.params.id, request.params.concernId, request.body, meta(request)) }));

    app.post('/api/v1/clients/:id/concerns/:concernId/escalate', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: ConcernParams, body: z.strictObject({ urgency: z.enum(URGENCY_LEVELS), note: z.string().max(4000).nullable().optional() }), response: responses({ 200: z.object({ concern: Concern }) }) },
    }, async (request) => ({ concern: await escalations.escalateConcern(ctx, request.principal!, request.params.id, request.params.concernId, request.body, meta(request)) }));

    app.get('/api/v1/escalations', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], response: responses({ 200: z.array(QueueItem) }) },
    }, async (request) => escalations.escalationQueue(ctx, request.principal!, meta(request)));

    app.post('/api/v1/escalations/:concernId/messages', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: EscParams, body: z.strictObject({ body: z.string().max(4000) }), response: responses({ 201: z.object({ concern: Concern }) }) },
    }, async (request, reply) => reply.code(201).send({ concern: await escalations.postEscalationMessage(ctx, request.principal!, request.params.concernId, request.body, meta(request)) }));

    app.post('/api/v1/escalations/:concernId/decision', {
      config: { auth: 'full' },
      schema: { tags: ['concerns'], params: EscParams, body: z.strictObject({ outcome: z.enum(DECISION_OUTCOMES), reason: z.string().max(4000) }), response: responses({ 200: z.object({ concern: Concern }) }) },
    }, async (request) => ({ concern: await escalations.decideEscalation(ctx, request.principal!, request.params.concernId, request.body, meta(request)) }));
  };
}

// Consultations without names (issue 7 item 3, U1). The practitioner's routes (under the client, and by
// consultation id) return the author's view, with the review and the pseudonym legend; the supervisor's routes
// (under /supervision) have their own response schemas that whitelist only the packet and the thread, so no
// client id, reference, concern or name can reach a supervisor even if the service returned more.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as consultations from '../../services/consultations.js';
import { meta } from '../auth.js';
import { Empty, Id, IdParams, responses } from '../schemas.js';

const Mark = z.strictObject({ text: z.string().max(200), as: z.enum(consultations.MARK_KINDS) });
const DraftBody = {
  summary: z.string().max(consultations.MAX_SUMMARY).optional(),
  noteIds: z.array(Id).max(consultations.MAX_NOTES).optional(),
  marks: z.array(Mark).max(consultations.MAX_MARKS).optional(),
  unmarks: z.array(z.string().max(200)).max(consultations.MAX_MARKS).optional(),
};
const Message = z.object({ id: z.string(), from: z.enum(['practitioner', 'supervisor']), authorName: z.string(), body: z.string(), createdAt: z.string() });
const Span = z.object({ start: z.number(), end: z.number(), text: z.string(), replacement: z.string(), type: z.string(), source: z.string(), kept: z.boolean(), unmarkable: z.boolean() });
const AuthorView = z.object({
  id: z.string(),
  clientId: z.string(),
  concernId: z.string().nullable(),
  status: z.string(),
  supervisor: z.object({ id: z.string(), displayName: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  summary: z.string(),
  notes: z.array(z.object({ id: z.string(), label: z.string() })),
  marks: z.array(z.object({ text: z.string(), as: z.string() })),
  unmarks: z.array(z.string()),
  review: z.object({
    parts: z.array(z.object({ kind: z.string(), label: z.string(), noteId: z.string().nullable(), original: z.string(), redacted: z.string(), spans: z.array(Span) })),
    packetText: z.string(),
    legend: z.array(z.object({ tag: z.string(), words: z.array(z.string()) })),
    problems: z.array(z.string()),
  }),
  sentPacket: z.string().nullable(),
  messages: z.array(Message),
});
const AuthorSummary = z.object({
  id: z.string(),
  clientId: z.string(),
  status: z.string(),
  supervisorName: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  messageCount: z.number(),
  lastMessageAt: z.string().nullable(),
  lastFrom: z.string().nullable(),
});
// The supervisor's whitelists.
const InboxItem = z.object({ id: z.string(), status: z.string(), sentAt: z.string(), practitionerName: z.string(), preview: z.string(), messageCount: z.number(), lastMessageAt: z.string().nullable(), lastFrom: z.string().nullable() });
const Packet = z.object({ id: z.string(), status: z.string(), sentAt: z.string(), closedAt: z.string().nullable(), practitionerName: z.string(), packetText: z.string(), messages: z.array(Message) });
const MessageBody = z.strictObject({ body: z.string().max(consultations.MAX_MESSAGE) });

export function consultationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['consultations'];
    app.get('/api/v1/supervisors', { config: { auth: 'full' }, schema: { tags, response: responses({ 200: z.array(z.object({ id: z.string(), displayName: z.string() })) }) } }, async (request) =>
      consultations.listSupervisors(ctx, request.principal!),
    );
    app.get('/api/v1/clients/:id/consultations', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: z.array(AuthorSummary) }) } }, async (request) =>
      consultations.listClientConsultations(ctx, request.principal!, request.params.id, meta(request)),
    );
    app.post('/api/v1/clients/:id/consultations', {
      config: { auth: 'full' },
      schema: { tags, params: IdParams, body: z.strictObject({ supervisorId: Id, concernId: Id.nullable().optional(), ...DraftBody }), response: responses({ 201: z.object({ consultation: AuthorView }) }) },
    }, async (request, reply) => reply.code(201).send({ consultation: await consultations.createConsultation(ctx, request.principal!, request.params.id, request.body, meta(request)) }));
    app.get('/api/v1/consultations', { config: { auth: 'full' }, schema: { tags, response: responses({ 200: z.array(AuthorSummary) }) } }, async (request) =>
      consultations.listMyConsultations(ctx, request.principal!, meta(request)),
    );
    app.get('/api/v1/consultations/:id', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: z.object({ consultation: AuthorView }) }) } }, async (request) => ({
      consultation: await consultations.getConsultation(ctx, request.principal!, request.params.id, meta(request)),
    }));
    app.put('/api/v1/consultations/:id', {
      config: { auth: 'full' },
      schema: { tags, params: IdParams, body: z.strictObject({ supervisorId: Id.optional(), ...DraftBody }), response: responses({ 200: z.object({ consultation: AuthorView }) }) },
    }, async (request) => ({ consultation: await consultations.updateConsultation(ctx, request.principal!, request.params.id, request.body, meta(request)) }));
    app.post('/api/v1/consultations/:id/send', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: z.strictObject({ packetText: z.string().max(200_000).optional() }).nullish(), response: responses({ 200: z.object({ consultation: AuthorView }) }) } }, async (request) => ({
      consultation: await consultations.sendConsultation(ctx, request.principal!, request.params.id, { packetText: request.body?.packetText }, meta(request)),
    }));
    app.post('/api/v1/consultations/:id/messages', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: MessageBody, response: responses({ 201: z.object({ message: Message }) }) } }, async (request, reply) =>
      reply.code(201).send({ message: await consultations.practitionerMessage(ctx, request.principal!, request.params.id, request.body.body, meta(request)) }),
    );
    app.post('/api/v1/consultations/:id/close', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: Empty, response: responses({ 200: z.object({ consultation: AuthorView }) }) } }, async (request) => ({
      consultation: await consultations.closeConsultation(ctx, request.principal!, request.params.id, meta(request)),
    }));

    // The supervisor's side.
    app.get('/api/v1/supervision/inbox', { config: { auth: 'full' }, schema: { tags, response: responses({ 200: z.array(InboxItem) }) } }, async (request) =>
      consultations.supervisorInbox(ctx, request.principal!, meta(request)),
    );
    app.get('/api/v1/supervision/consultations/:id', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: z.object({ consultation: Packet }) }) } }, async (request) => ({
      consultation: await consultations.getPacket(ctx, request.principal!, request.params.id, meta(request)),
    }));
    app.post('/api/v1/supervision/consultations/:id/messages', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: MessageBody, response: responses({ 201: z.object({ message: Message }) }) } }, async (request, reply) =>
      reply.code(201).send({ message: await consultations.supervisorReply(ctx, request.principal!, request.params.id, request.body.body, meta(request)) }),
    );
  };
}

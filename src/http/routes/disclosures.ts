// Disclosures (issue 7 items 5, 6, 8): the request form's options, requests, the leads' approval queue,
// approval (of an exact request hash) and refusal, recording, annotations, the disclosure pack PDF, the
// accounting of disclosures and the chronology. There is deliberately no route that edits or deletes a
// recorded disclosure: PUT changes a request only until it is recorded.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as dis from '../../services/disclosures.js';
import { disclosurePackPdf } from '../../services/disclosure-pack.js';
import { CHRONOLOGY_KINDS, chronologyPdf, getChronology } from '../../services/chronology.js';
import { meta } from '../auth.js';
import { Id, IdParams, responses } from '../schemas.js';

const Text = (max: number) => z.string().max(max);
const When = z.string().trim().max(40);
const Field = z.union([
  z.strictObject({ key: z.enum(dis.CLIENT_FIELD_KEYS as [dis.ClientFieldKey, ...dis.ClientFieldKey[]]) }),
  z.strictObject({ key: z.literal('written'), category: z.string().max(60), text: Text(20_000) }),
  z.strictObject({ key: z.literal('note'), noteId: Id }),
]);
const RequestBody = z.strictObject({
  concernId: Id.nullable().optional(),
  ground: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('citation'), source: Text(500) }), z.strictObject({ kind: z.literal('written'), text: Text(4000) })]).nullable().optional(),
  recipient: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('directory'), directoryId: Id }), z.strictObject({ kind: z.literal('named'), name: Text(200), contact: Text(500).nullable().optional() })]).nullable().optional(),
  fields: z.array(Field).max(40).optional(),
  justification: Text(4000).nullable().optional(),
  clientTold: z.enum(dis.CLIENT_TOLD).nullable().optional(),
  clientToldReason: Text(2000).nullable().optional(),
  requestApproval: z.boolean().optional(),
});

const Ground = z.object({ kind: z.string(), source: z.string().nullable(), text: z.string() });
const Recipient = z.object({ kind: z.string(), directoryId: z.string().nullable(), name: z.string(), contact: z.string().nullable() });
const DisclosedField = z.object({ key: z.string(), category: z.string(), label: z.string(), value: z.string(), noteId: z.string().optional() });
const Disclosure = z.object({
  id: z.string(),
  clientId: z.string(),
  concernId: z.string().nullable(),
  status: z.string(),
  ground: Ground,
  recipient: Recipient,
  categories: z.array(z.string()),
  fields: z.array(DisclosedField),
  justification: z.string().nullable(),
  beyondMinimum: z.boolean(),
  minimumNecessary: z.array(z.string()),
  approvalRequired: z.boolean(),
  requestHash: z.string(),
  requestVersion: z.number(),
  requestedBy: z.string(),
  requestedByName: z.string(),
  approvedBy: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvalValid: z.boolean(),
  refusedBy: z.string().nullable(),
  refusedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
  clientTold: z.string(),
  clientToldReason: z.string().nullable(),
  clientToldAt: z.string().nullable(),
  disclosedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  annotations: z.array(z.object({ id: z.string(), authorId: z.string(), authorName: z.string(), text: z.string(), createdAt: z.string() })),
});
const Accounting = z.object({
  id: z.string(),
  status: z.string(),
  concernId: z.string().nullable(),
  requestedAt: z.string(),
  disclosedAt: z.string().nullable(),
  recipient: z.string(),
  ground: z.string(),
  categories: z.array(z.string()),
  requestedBy: z.string(),
  approvedBy: z.string().nullable(),
  clientTold: z.string(),
  clientToldReason: z.string().nullable(),
  clientToldAt: z.string().nullable(),
});
const QueueItem = z.object({ id: z.string(), clientId: z.string(), clientReference: z.string(), concernId: z.string().nullable(), categories: z.array(z.string()), requestedBy: z.string(), requestedByName: z.string(), requestedAt: z.string(), updatedAt: z.string(), ownRequest: z.boolean() });
const Options = z.object({
  clientFields: z.array(z.object({ key: z.string(), category: z.string(), label: z.string(), value: z.string().nullable() })),
  writtenCategories: z.array(z.string()),
  notes: z.array(z.object({ id: z.string(), sessionDate: z.string().nullable(), createdAt: z.string(), preview: z.string() })),
  concern: z.object({ id: z.string(), verdict: z.string(), approvalRequired: z.boolean(), minimumNecessary: z.array(z.string()), citations: z.array(z.object({ source: z.string(), note: z.string() })), recipients: z.array(z.string()) }).nullable(),
});
const Event = z.object({ at: z.string(), kind: z.string(), title: z.string(), detail: z.string().nullable(), by: z.string().nullable(), ref: z.object({ type: z.string(), id: z.string() }) });
const ChronoQuery = z.strictObject({ kind: z.string().max(200).optional(), from: When.optional(), to: When.optional() });
const Pdf = z.any().describe('application/pdf');

const filterOf = (q: z.infer<typeof ChronoQuery>) => ({ kinds: q.kind ? q.kind.split(',').map((s) => s.trim()).filter(Boolean) : [], from: q.from ?? null, to: q.to ?? null });

export function disclosureRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['disclosures'];
    app.get('/api/v1/clients/:id/disclosure-options', { config: { auth: 'full' }, schema: { tags, params: IdParams, querystring: z.strictObject({ concernId: Id.optional() }), response: responses({ 200: Options }) } }, async (request) =>
      dis.disclosureOptions(ctx, request.principal!, request.params.id, request.query.concernId ?? null, meta(request)),
    );
    app.get('/api/v1/clients/:id/disclosures', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: z.array(Accounting) }) } }, async (request) =>
      dis.listDisclosures(ctx, request.principal!, request.params.id, meta(request)),
    );
    app.post('/api/v1/clients/:id/disclosures', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: RequestBody, response: responses({ 201: z.object({ disclosure: Disclosure }) }) } }, async (request, reply) =>
      reply.code(201).send({ disclosure: await dis.requestDisclosure(ctx, request.principal!, request.params.id, request.body as dis.DisclosureInput, meta(request)) }),
    );
    app.get('/api/v1/disclosures/pending', { config: { auth: 'full' }, schema: { tags, response: responses({ 200: z.array(QueueItem) }) } }, async (request) => dis.pendingApprovals(ctx, request.principal!, meta(request)));
    app.get('/api/v1/disclosures/:id', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: z.object({ disclosure: Disclosure }) }) } }, async (request) => ({
      disclosure: await dis.getDisclosure(ctx, request.principal!, request.params.id, meta(request)),
    }));
    app.put('/api/v1/disclosures/:id', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: RequestBody, response: responses({ 200: z.object({ disclosure: Disclosure }) }) } }, async (request) => ({
      disclosure: await dis.amendDisclosure(ctx, request.principal!, request.params.id, request.body as dis.DisclosureInput, meta(request)),
    }));
    app.post('/api/v1/disclosures/:id/approve', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: z.strictObject({ requestHash: z.string().max(128) }), response: responses({ 200: z.object({ disclosure: Disclosure }) }) } }, async (request) => ({
      disclosure: await dis.approveDisclosure(ctx, request.principal!, request.params.id, request.body.requestHash, meta(request)),
    }));
    app.post('/api/v1/disclosures/:id/refuse', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: z.strictObject({ reason: Text(4000) }), response: responses({ 200: z.object({ disclosure: Disclosure }) }) } }, async (request) => ({
      disclosure: await dis.refuseDisclosure(ctx, request.principal!, request.params.id, request.body.reason, meta(request)),
    }));
    app.post('/api/v1/disclosures/:id/record', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: z.strictObject({ disclosedAt: When.nullable().optional(), clientToldAt: When.nullable().optional() }), response: responses({ 200: z.object({ disclosure: Disclosure }) }) } }, async (request) => ({
      disclosure: await dis.recordDisclosure(ctx, request.principal!, request.params.id, request.body, meta(request)),
    }));
    app.post('/api/v1/disclosures/:id/annotations', { config: { auth: 'full' }, schema: { tags, params: IdParams, body: z.strictObject({ text: Text(4000) }), response: responses({ 201: z.object({ disclosure: Disclosure }) }) } }, async (request, reply) =>
      reply.code(201).send({ disclosure: await dis.annotateDisclosure(ctx, request.principal!, request.params.id, request.body.text, meta(request)) }),
    );
    app.get('/api/v1/disclosures/:id/pack.pdf', { config: { auth: 'full' }, schema: { tags, params: IdParams, response: responses({ 200: Pdf }) } }, async (request, reply) => {
      const pdf = await disclosurePackPdf(ctx, request.principal!, request.params.id, meta(request));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="disclosure-pack.pdf"').send(pdf);
    });
    // The chronology: ?kind=concern,disclosure&from=YYYY-MM-DD&to=YYYY-MM-DD
    app.get('/api/v1/clients/:id/chronology', { config: { auth: 'full' }, schema: { tags, description: `kind: comma-separated, of ${CHRONOLOGY_KINDS.join(', ')}`, params: IdParams, querystring: ChronoQuery, response: responses({ 200: z.object({ reference: z.string(), events: z.array(Event) }) }) } }, async (request) =>
      getChronology(ctx, request.principal!, request.params.id, filterOf(request.query), meta(request)),
    );
    app.get('/api/v1/clients/:id/chronology.pdf', { config: { auth: 'full' }, schema: { tags, params: IdParams, querystring: ChronoQuery, response: responses({ 200: Pdf }) } }, async (request, reply) => {
      const pdf = await chronologyPdf(ctx, request.principal!, request.params.id, filterOf(request.query), meta(request));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="chronology.pdf"').send(pdf);
    });
  };
}

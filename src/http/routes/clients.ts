// Clients, their notes, and break-glass.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as clients from '../../services/clients.js';
import * as notes from '../../services/notes.js';
import { openBreakGlass, MIN_REASON } from '../../services/break-glass.js';
import { meta } from '../auth.js';
import { Client, ClientListItem, ClientSummary, CreatedClient, Id, IdParams, Note, responses } from '../schemas.js';

const Opt = (max: number) => z.string().trim().max(max).nullable().optional();

export function clientRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/v1/clients', {
      config: { auth: 'full' },
      schema: { tags: ['clients'], querystring: z.object({ q: z.string().max(200).optional() }), response: responses({ 200: z.array(ClientListItem) }) },
    }, async (request) => clients.listClients(ctx, request.principal!, request.query.q, meta(request)));

    app.get('/api/v1/clients/assignments', { config: { auth: 'full' }, schema: { tags: ['clients'], response: responses({ 200: z.array(ClientSummary) }) } }, async (request) =>
      clients.listAssignments(ctx, request.principal!, meta(request)),
    );

    app.post('/api/v1/clients', {
      config: { auth: 'full' },
      schema: {
        tags: ['clients'],
        body: z.strictObject({
          name: z.string().trim().min(1).max(200),
          preferredName: Opt(200),
          dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.').nullable().optional(),
          email: z.string().trim().email().max(254).nullable().optional(),
          phone: Opt(40),
          language: Opt(40),
          jurisdiction: z.string().trim().regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'Use a code such as GB-ENG or US-CA.').nullable().optional(),
          practitionerId: Id.nullable().optional(),
        }),
        response: responses({ 201: z.object({ client: CreatedClient }) }),
      },
    }, async (request, reply) => {
      const r = await clients.createClient(ctx, request.principal!, request.body, meta(request));
      return reply.code(201).send({ client: r.client });
    });

    app.get('/api/v1/clients/:id', { config: { auth: 'full' }, schema: { tags: ['clients'], params: IdParams, response: responses({ 200: Client }) } }, async (request) =>
      clients.getClient(ctx, request.principal!, request.params.id, meta(request)),
    );

    app.post('/api/v1/clients/:id/assign', {
      config: { auth: 'full' },
      schema: { tags: ['clients'], params: IdParams, body: z.strictObject({ practitionerId: Id }), response: responses({ 200: z.object({ id: z.string(), reference: z.string(), practitionerId: z.string() }) }) },
    }, async (request) => clients.assignClient(ctx, request.principal!, request.params.id, request.body.practitionerId, meta(request)));

    app.get('/api/v1/clients/:id/notes', { config: { auth: 'full' }, schema: { tags: ['notes'], params: IdParams, response: responses({ 200: z.array(Note) }) } }, async (request) =>
      notes.listNotes(ctx, request.principal!, request.params.id, meta(request)),
    );

    app.post('/api/v1/clients/:id/notes', {
      config: { auth: 'full' },
      schema: { tags: ['notes'], params: IdParams, body: z.strictObject({ text: z.string().min(1).max(100_000) }), response: responses({ 201: z.object({ note: Note }) }) },
    }, async (request, reply) => reply.code(201).send({ note: await notes.createNote(ctx, request.principal!, request.params.id, request.body.text, meta(request)) }));

    app.get('/api/v1/clients/:id/notes/:noteId', {
      config: { auth: 'full' },
      schema: { tags: ['notes'], params: z.strictObject({ id: Id, noteId: Id }), response: responses({ 200: z.object({ note: Note }) }) },
    }, async (request) => ({ note: await notes.getNote(ctx, request.principal!, request.params.id, request.params.noteId, meta(request)) }));

    app.post('/api/v1/clients/:id/break-glass', {
      config: { auth: 'full' },
      schema: {
        tags: ['break-glass'],
        params: IdParams,
        body: z.strictObject({ reason: z.string().trim().min(MIN_REASON, `Give a reason of at least ${MIN_REASON} characters.`).max(2000) }),
        response: responses({ 201: z.object({ expiresAt: z.string() }) }),
      },
    }, async (request, reply) => reply.code(201).send(await openBreakGlass(ctx, request.principal!, request.params.id, request.body.reason, meta(request))));
  };
}

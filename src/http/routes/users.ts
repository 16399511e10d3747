// User administration, organisation settings and the practitioner directory.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as users from '../../services/users.js';
import { getOrganisation, updateOrganisation } from '../../services/organisation.js';
import { meta } from '../auth.js';
import { AdminUser, Email, IdParams, Organisation, responses, Roles } from '../schemas.js';

const Name = z.string().trim().min(1).max(200);

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/v1/users', { config: { auth: 'full' }, schema: { tags: ['users'], response: responses({ 200: z.array(AdminUser) }) } }, async (request) => users.listUsers(ctx, request.principal!));

    app.post('/api/v1/users', {
      config: { auth: 'full' },
      schema: { tags: ['users'], body: z.strictObject({ email: Email, displayName: Name, roles: Roles }), response: responses({ 201: z.object({ user: AdminUser, temporaryPassword: z.string() }) }) },
    }, async (request, reply) => reply.code(201).send(await users.createUser(ctx, request.principal!, request.body, meta(request))));

    app.patch('/api/v1/users/:id', {
      config: { auth: 'full' },
      schema: { tags: ['users'], params: IdParams, body: z.strictObject({ displayName: Name.optional(), roles: Roles.optional() }), response: responses({ 200: z.object({ user: AdminUser }) }) },
    }, async (request) => ({ user: await users.updateUser(ctx, request.principal!, request.params.id, request.body, meta(request)) }));

    app.post('/api/v1/users/:id/deactivate', {
      config: { auth: 'full' },
      schema: { tags: ['users'], params: IdParams, body: z.strictObject({ reason: z.string().trim().max(200).optional() }).nullish(), response: responses({ 200: z.object({ user: AdminUser }) }) },
    }, async (request) => ({ user: await users.deactivateUser(ctx, request.principal!, request.params.id, request.body?.reason, meta(request)) }));

    app.post('/api/v1/users/:id/reactivate', {
      config: { auth: 'full' },
      schema: { tags: ['users'], params: IdParams, body: z.strictObject({}).nullish(), response: responses({ 200: z.object({ user: AdminUser }) }) },
    }, async (request) => ({ user: await users.reactivateUser(ctx, request.principal!, request.params.id, meta(request)) }));

    app.post('/api/v1/users/:id/reset-mfa', {
      config: { auth: 'full' },
      schema: { tags: ['users'], params: IdParams, body: z.strictObject({}).nullish(), response: responses({ 200: z.object({ user: AdminUser }) }) },
    }, async (request) => ({ user: await users.resetUserMfa(ctx, request.principal!, request.params.id, meta(request)) }));

    app.get('/api/v1/practitioners', { config: { auth: 'full' }, schema: { tags: ['users'], response: responses({ 200: z.array(z.object({ id: z.string(), displayName: z.string() })) }) } }, async (request) =>
      users.listPractitioners(ctx, request.principal!),
    );

    app.get('/api/v1/organisation', { config: { auth: 'full' }, schema: { tags: ['organisation'], response: responses({ 200: Organisation }) } }, async (request) => getOrganisation(ctx, request.principal!));

    app.patch('/api/v1/organisation', {
      config: { auth: 'full' },
      schema: {
        tags: ['organisation'],
        body: z.strictObject({ name: Name.optional(), settings: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).optional() }),
        response: responses({ 200: Organisation }),
      },
    }, async (request) => updateOrganisation(ctx, request.principal!, request.body, meta(request)));
  };
}
